"""``theano.version``: the version of Theano a script runs against, 1.0.5 (its release's
git revision included)."""
from rngscope.compat import missing as _missing

__all__ = ["FALLBACK_VERSION", "full_version", "git_revision", "release", "short_version", "version"]

FALLBACK_VERSION = "1.0.5+unknown"
full_version = short_version = version = "1.0.5"
git_revision = "f3bb5b755ec5e92fb60b5364d83a10878fa9a211"
release = True

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
