"""Record the public attribute names of the Theano 1.0.5 objects a script reaches.

Run with the real Theano (never a dependency of rngscope), from the repository root:

    THEANO_FLAGS="cxx=,device=cpu,floatX=float64,blas.ldflags=" PYTHONHASHSEED=0 \
        /work/theano-venv/bin/python scripts/record_theano_attributes.py \
        > rngscope/compat/theano_attributes.txt

One line per Theano class, ``module.Class: name name ...`` (sorted; names without a
leading underscore).  rngscope reads it when a script's attribute lookup fails on one
of its stand-in objects: a name Theano has is rngscope's gap, any other name is the
script's own AttributeError, as under Theano.
"""
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


def main():
    for obj in objects():
        cls = type(obj)
        names = sorted(n for n in dir(obj) if not n.startswith("_"))
        print(f"{cls.__module__}.{cls.__qualname__}: {' '.join(names)}")


if __name__ == "__main__":
    main()
