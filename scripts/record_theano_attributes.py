"""Record the public attribute names of the Theano 1.0.5 objects a script reaches.

Run with the real Theano (never a dependency of rngscope), from the repository root:

    THEANO_FLAGS="cxx=,device=cpu,floatX=float64,blas.ldflags=" PYTHONHASHSEED=0 \
        /work/theano-venv/bin/python scripts/record_theano_attributes.py \
        > rngscope/compat/theano_attributes.txt

One line per Theano class, ``module.Class: name name ...``, then one per Theano module
rngscope stands in for, ``theano.tensor (module): name name ...`` (sorted; names without a
leading underscore), and the tags of Theano's optimizer database,
``theano.compile.optdb (tags): ...``, then those only GPU rewrites carry.  rngscope reads it when a script's attribute lookup fails on one
of its stand-in objects or modules: a name Theano has is rngscope's gap, any other name is
the script's own AttributeError, as under Theano.
"""
import importlib

import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams
from theano.tensor.shared_randomstreams import RandomStreams


def objects():
    """One object of every class a script meets through the stand-in ``theano``."""
    x = T.dvector("x")
    streams = RandomStreams(1)
    streams.uniform((2,))
    f = theano.function([x], T.dot(x, x) * 2)
    return [MRG_RandomStreams(1), streams, x, T.constant(1.0), theano.shared(np.zeros(2)),
            f, f.maker, f.maker.fgraph, (x * 2).owner, x.type, streams.state_updates[0][0],
            theano.In(x), theano.Out(x), theano.Mode()]


# the modules of rngscope's stand-in ``theano`` package (rngscope/compat/theano) that
# Theano 1.0.5 has
MODULES = (
    "theano", "theano.compile", "theano.compile.io", "theano.compile.nanguardmode",
    "theano.compile.ops", "theano.compile.sharedvalue", "theano.gof", "theano.gof.fg",
    "theano.gof.graph", "theano.gradient", "theano.ifelse", "theano.printing", "theano.sandbox",
    "theano.sandbox.rng_mrg", "theano.scalar", "theano.scan_module", "theano.scan_module.scan_op",
    "theano.tensor", "theano.tensor.basic", "theano.tensor.blas", "theano.tensor.elemwise", "theano.tensor.extra_ops",
    "theano.tensor.nlinalg", "theano.tensor.nnet", "theano.tensor.nnet.nnet",
    "theano.tensor.nnet.sigm", "theano.tensor.raw_random", "theano.tensor.shared_randomstreams",
    "theano.tensor.sharedvar", "theano.tensor.slinalg", "theano.tensor.subtensor",
    "theano.tensor.type", "theano.tensor.xlogx", "theano.updates",
)


def public(obj):
    return " ".join(sorted(n for n in dir(obj) if not n.startswith("_")))


def _gpu_named(name):
    """A name of GPU rewrites (gpuarray, cuDNN, MAGMA, cuSOLVER): they leave a CPU graph alone."""
    return any(word in name.lower() for word in ("gpu", "dnn", "cuda", "magma", "cusolver", "cublas"))


def optdb_tags():
    """(every name and tag Theano's optimizer database knows, the ones only GPU rewrites carry:
    those under a database with a GPU name, or with one themselves).
    ``Mode.excluding`` and ``including`` of a tag outside the first, or in the second, change
    nothing without a GPU."""
    from theano.compile import optdb
    from theano.gof.optdb import DB

    carriers = {}  # tag -> whether each rewrite carrying it is under a GPU database
    stack, seen = [(optdb, False)], set()
    while stack:
        db, gpu = stack.pop()
        if id(db) in seen:
            continue
        seen.add(id(db))
        for key, objs in db.__db__.items():
            for o in objs:
                name = str(getattr(o, "name", "") or "")
                on_gpu = gpu or _gpu_named(name)
                carriers.setdefault(str(key), set()).add(on_gpu)
                if isinstance(o, DB):
                    stack.append((o, on_gpu))
            if not objs:
                carriers.setdefault(str(key), set())
    known = sorted(carriers)
    gpu_only = sorted(t for t, flags in carriers.items()
                      if _gpu_named(t) or (flags and all(flags)))
    return " ".join(known), " ".join(gpu_only)


def main():
    for obj in objects():
        cls = type(obj)
        print(f"{cls.__module__}.{cls.__qualname__}: {public(obj)}")
    modules = [importlib.import_module(name) for name in MODULES]  # all imported, then listed
    for name, module in zip(MODULES, modules):
        print(f"{name} (module): {public(module)}")
    known, gpu_only = optdb_tags()
    print(f"theano.compile.optdb (tags): {known}")
    print(f"theano.compile.optdb (gpu tags): {gpu_only}")


if __name__ == "__main__":
    main()
