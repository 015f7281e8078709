"""Record the public attribute names of the Theano 1.0.5 objects a script reaches.

Run with the real Theano (never a dependency of rngscope), from the repository root:

    THEANO_FLAGS="cxx=,device=cpu,floatX=float64,blas.ldflags=" PYTHONHASHSEED=0 \
        /work/theano-venv/bin/python scripts/record_theano_attributes.py \
        > rngscope/compat/theano_attributes.txt

One line per Theano class, ``module.Class: name name ...``, then one per Theano module
rngscope stands in for, ``theano.tensor (module): name name ...`` (sorted; names without a
leading underscore).  rngscope reads it when a script's attribute lookup fails on one
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


def main():
    for obj in objects():
        cls = type(obj)
        print(f"{cls.__module__}.{cls.__qualname__}: {public(obj)}")
    modules = [importlib.import_module(name) for name in MODULES]  # all imported, then listed
    for name, module in zip(MODULES, modules):
        print(f"{name} (module): {public(module)}")


if __name__ == "__main__":
    main()
