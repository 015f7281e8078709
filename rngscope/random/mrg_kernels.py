"""Pure-numpy numerical kernel of Theano 1.0.5's ``MRG_RandomStreams`` (MRG31k3p).

Contract
--------
Everything here is plain numpy (no Theano) and reproduces, bit for bit, the numbers Theano 1.0.5
produces in pure-Python mode (``cxx=``, every op runs its Python ``perform``, numpy 1.23.5).

State.  A generator state is 6 ``int32`` values ``(x11, x12, x13, x21, x22, x23)``: two order-3
multiple recursive generators, component 1 modulo ``M1 = 2**31 - 1`` and component 2 modulo
``M2 = 2**31 - 21069`` (``x11``/``x21`` are the newest values).

* ``seed_rstate(seed)`` is ``MRG_RandomStreams(seed).rstate``: an int seed is repeated 6 times.
* Creating a random variable (``uniform``; ``normal``/``binomial`` go through ``uniform``) takes
  ``n = n_streams_for(size)`` streams: ``get_substream_rstates(srng.rstate, n)`` is the value of the
  new shared state matrix (row 0 is ``srng.rstate``, each next row jumps ``2**72`` steps ahead), and
  afterwards ``srng.rstate`` becomes ``next_rstate(srng.rstate)`` (a ``2**134``-step jump).
* ``mrg_uniform(state_matrix, size, dtype)`` is the op's ``perform``: sample ``i`` (flat, C order)
  comes from stream ``i % n_streams``; the updated state matrix is the shared variable's new value.

Distributions built on the uniform draws ``u`` (what the symbolic graph computes):

* ``uniform(size, low, high)``: ``u * (high - low) + low`` with ``low``/``high`` cast to the output
  dtype (``upcast(floatX, low, high)`` unless ``dtype=``).  Compiled (FAST_RUN), constant bounds
  give ``Elemwise{Composite{(i0 + (i1 * i2))}}[(0, 2)](low, high - low, u)`` with ``high - low``
  constant-folded in the dtype; with the defaults 0 and 1 the arithmetic is rewritten away and the
  output is the op's sample output itself.  See ``mrg_uniform_values``.
* ``normal(size, avg, std)``: ``n = prod(size)`` values need ``n_even = n + n % 2`` uniform draws,
  requested as ``uniform((n_even,), ndim=1, dtype=dtype)`` with a *symbolic* length (``size.prod()``),
  so the stream guess fails and 60 * 256 = 15360 streams are used.  With ``u1 = u[:n_even // 2]``
  (first half) and ``u2 = u[n_even // 2:]`` (second half): ``r = sqrt(-2.0 * log(u1))``,
  ``theta = 2*pi * u2`` (``2*pi`` as a ``dtype`` constant), ``z0 = r * cos(theta)``,
  ``z1 = r * sin(theta)``; the samples are ``join(z0, z1)`` (all cosine values first, then all sine
  values), always cut to ``[:n]`` (so an odd size drops the last sine value), reshaped to ``size``,
  then ``* std`` and ``+ avg``.  Compiled: ``Composite{sqrt((i0 * log(i1)))}(-2.0, u1)``,
  ``Elemwise{Mul}(2pi, u2)``, ``Composite{(i0 * cos(i1))}``, ``Composite{(i0 * sin(i1))}``, ``Join``,
  ``Subtensor{:int64:}``, ``Reshape{k}`` when ``len(size) > 1``, then
  ``Composite{(i0 + (i1 * i2))}(avg, std, samples)``, or only ``Elemwise{Mul}``/``Elemwise{Add}``
  (or nothing) when ``avg == 0`` and/or ``std == 1``.  See ``mrg_normal_values``.
* ``binomial(size, n=1, p)``: ``cast(uniform(size) < p, dtype)`` (``dtype`` default ``int64``; the
  uniform draws are floatX whatever ``dtype`` is); compiled ``Composite{Cast{dtype}(LT(i0, i1))}``.
  See ``mrg_binomial_values``.

Floating point.  The ``*_values`` helpers replay the compiled graph's operations in Theano's own
order.  A fused ``Composite`` node runs per element through ``numpy.frompyfunc`` on Python floats,
so the whole fused expression is evaluated in double precision and rounded to the output dtype once
(this matters for float32); a lone ``Elemwise{Mul}``/``sub``/``Add`` is a numpy ufunc in the dtype.
Transcendentals use the C library (``math.log``/``sqrt``/``cos``/``sin``), as numpy's scalar path
does.  The conformance goldens were recorded that way; numpy 1.23.5 on an AVX-512 machine instead
uses SVML for float64 ``log``/``cos``/``sin`` and differs in the last bit for some normal draws.
"""

import math

import numpy as np

__all__ = [
    "M1",
    "M2",
    "N_STREAMS_DEFAULT",
    "seed_rstate",
    "n_streams_for",
    "jump_matrices",
    "next_rstate",
    "get_substream_rstates",
    "mrg_uniform",
    "mrg_uniform_values",
    "mrg_normal_values",
    "mrg_binomial_values",
]

M1 = 2147483647  # 2**31 - 1, modulus of component 1
M2 = 2147462579  # 2**31 - 21069, modulus of component 2
N_STREAMS_DEFAULT = 60 * 256  # streams used when the size is not a tuple of Python ints
MAX_SAMPLES = M1  # the op refuses more samples than this

# One-step transition matrices of the two recurrences (state vector newest value first):
# x1_new = 2**22 * x12 + (2**7 + 1) * x13 (mod M1); x2_new = 2**15 * x21 + (2**15 + 1) * x23 (mod M2).
_STEP1 = ((0, 4194304, 129), (1, 0, 0), (0, 1, 0))
_STEP2 = ((32768, 0, 32769), (1, 0, 0), (0, 1, 0))

# Per-dtype (mask, offset, norm) of the op's python perform; norm is the float64 value the
# integer is multiplied by (numpy scalar promotion makes the product float64 for every dtype).
_OUTPUT_PARAMS = {
    "float64": (0xFFFFFFFF, 0, 4.656612873077392578125e-10),
    "float32": (0xFFFFFFFF, 0, float(np.float32(4.6566126e-10))),
    "float16": (0x7FFF, 1, float(np.float16(3.0458e-05))),
}


def _mat_mult_mod(a, b, m):
    """Product of two 3x3 integer matrices (tuples of rows) modulo m."""
    return tuple(
        tuple(sum(a[i][k] * b[k][j] for k in range(3)) % m for j in range(3)) for i in range(3)
    )


def _mat_pow2_mod(step, log2_steps, m):
    """Matrix ``step ** (2 ** log2_steps)`` modulo m, by repeated squaring."""
    result = step
    for _ in range(log2_steps):
        result = _mat_mult_mod(result, result, m)
    return result


_JUMPS = {
    72: (_mat_pow2_mod(_STEP1, 72, M1), _mat_pow2_mod(_STEP2, 72, M2)),
    134: (_mat_pow2_mod(_STEP1, 134, M1), _mat_pow2_mod(_STEP2, 134, M2)),
}


def jump_matrices(log2_steps):
    """The (component 1, component 2) 3x3 jump-ahead matrices for ``2 ** log2_steps`` steps."""
    if log2_steps not in _JUMPS:
        _JUMPS[log2_steps] = (
            _mat_pow2_mod(_STEP1, log2_steps, M1),
            _mat_pow2_mod(_STEP2, log2_steps, M2),
        )
    return _JUMPS[log2_steps]


def _jump(state, mats):
    """Apply jump matrices to one 6-int state (Python ints; numpy's non-negative ``%``)."""
    a1, a2 = mats
    s1, s2 = state[:3], state[3:]
    out = [sum((a1[i][j] * s1[j]) % M1 for j in range(3)) % M1 for i in range(3)]
    out += [sum((a2[i][j] * s2[j]) % M2 for j in range(3)) % M2 for i in range(3)]
    return out


def _as_state(rstate):
    """Validate a 6-value state vector and return it as a list of Python ints."""
    arr = np.asarray(rstate)
    if arr.shape != (6,):
        raise ValueError("an MRG state has 6 values, got shape %s" % (arr.shape,))
    return [int(v) for v in arr.astype(np.int32)]


def _to_int32(value):
    """Python int to int32 the way numpy 1.23.5 stores it (wraps modulo 2**32)."""
    if not -(2**63) <= value < 2**63:
        raise OverflowError("Python int too large to convert to C long")
    return ((value + 2**31) & 0xFFFFFFFF) - 2**31


def seed_rstate(seed):
    """The 6-int ``int32`` state ``MRG_RandomStreams(seed).rstate`` holds for a seed."""
    if isinstance(seed, int):  # Theano tests Python ints only (bool included, numpy ints not)
        if seed == 0:
            raise ValueError("seed should not be 0", seed)
        if seed >= M2:
            raise ValueError("seed should be less than %i" % M2, seed)
        return np.asarray([_to_int32(int(seed))] * 6, dtype=np.int32)
    try:
        n_values = len(seed)
    except TypeError:
        raise TypeError("seed should be 1 integer or 6 integers") from None
    if n_values != 6:
        raise TypeError("seed should be 1 integer or 6 integers")
    if seed[0] == 0 and seed[1] == 0 and seed[2] == 0:
        raise ValueError("The first 3 values of seed should not be all 0", seed)
    if seed[3] == 0 and seed[4] == 0 and seed[5] == 0:
        raise ValueError("The last 3 values of seed should not be all 0", seed)
    if seed[0] >= M1 or seed[1] >= M1 or seed[2] >= M1:
        raise ValueError("The first 3 values of seed should be less than %i" % M1, seed)
    if seed[3] >= M2 or seed[4] >= M2 or seed[5] >= M2:
        raise ValueError("The last 3 values of seed should be less than %i" % M2, seed)
    return np.asarray(seed, dtype=np.int32)


def n_streams_for(size):
    """Number of streams ``uniform`` uses for ``size`` when ``nstreams`` is not given."""
    if isinstance(size, (tuple, list)) and all(isinstance(d, int) for d in size):
        n = 1
        for d in size:
            n *= d
        if n > 6:
            n //= 6
        return min(n, N_STREAMS_DEFAULT)
    return N_STREAMS_DEFAULT


def next_rstate(rstate):
    """``srng.rstate`` after creating one random variable: the state jumped ``2**134`` steps."""
    return np.asarray(_jump(_as_state(rstate), jump_matrices(134)), dtype=np.int32)


def get_substream_rstates(rstate, n_streams):
    """The ``(n_streams, 6)`` ``int32`` state matrix of a new variable (rows ``2**72`` apart)."""
    n_streams = int(n_streams)
    if n_streams <= 0:
        raise ValueError("n_streams must be positive", n_streams)
    mats = jump_matrices(72)
    out = np.zeros((n_streams, 6), dtype=np.int32)
    state = _as_state(rstate)
    out[0] = state
    for i in range(1, n_streams):
        state = _jump(state, mats)
        out[i] = state
    return out


def _wrap32(x):
    """Wrap int64 values to the int32 range (two's complement overflow)."""
    return ((x + 2**31) & 0xFFFFFFFF) - 2**31


def _reduce_once(y, m):
    """Subtract the modulus once where ``y`` is negative or ``>= m`` (int32 wrap-around)."""
    return np.where((y < 0) | (y >= m), _wrap32(y - m), y)


def _advance(states):
    """Advance each row of an int64 ``(k, 6)`` state block one step; return the raw outputs."""
    x11, x12, x13, x21, x22, x23 = (states[:, j] for j in range(6))
    # component 1: 2**22 * x12 + 2**7 * x13 + x13 (mod M1), via shifts as the op does
    y1 = _wrap32(((x12 & 0x1FF) << 22) + (x12 >> 9) + ((x13 & 0xFFFFFF) << 7) + (x13 >> 24))
    y1 = _reduce_once(y1, M1)
    y1 = _reduce_once(_wrap32(y1 + x13), M1)
    # component 2: 2**15 * x21 + 2**15 * x23 + x23 (mod M2), 2**31 == 21069 (mod M2)
    t1 = _reduce_once(_wrap32(((x21 & 0xFFFF) << 15) + 21069 * (x21 >> 16)), M2)
    y2 = _reduce_once(_wrap32(((x23 & 0xFFFF) << 15) + 21069 * (x23 >> 16)), M2)
    y2 = _reduce_once(_wrap32(y2 + x23), M2)
    y2 = _reduce_once(_wrap32(y2 + t1), M2)
    new = np.stack([y1, x11, x12, y2, x21, x22], axis=1)
    diff = np.where(y1 <= y2, _wrap32(y1 - y2 + M1), _wrap32(y1 - y2))
    return new, diff


def mrg_uniform(rstate_matrix, size, dtype="float64", inplace=False):
    """The ``mrg_uniform`` op's perform: ``(new_state_matrix, samples reshaped to size)``."""
    dtype = np.dtype(dtype).name
    if dtype not in _OUTPUT_PARAMS:
        raise TypeError("mrg_uniform supports float64, float32 and float16, not %s" % dtype)
    mask, offset, norm = _OUTPUT_PARAMS[dtype]
    size = tuple(int(d) for d in np.asarray(size, dtype=np.int64).reshape(-1))
    n_elements = 1
    for d in size:
        n_elements *= d
    if n_elements > MAX_SAMPLES:
        raise ValueError("rng_mrg does not support more then (2**31 -1) samples")
    if inplace:
        if not (isinstance(rstate_matrix, np.ndarray) and rstate_matrix.dtype == np.int32):
            raise TypeError("inplace=True needs an int32 numpy array")
        target = rstate_matrix
    else:
        target = np.array(rstate_matrix, dtype=np.int32, copy=True)
    if target.ndim != 2 or target.shape[1] != 6 or target.shape[0] < 1:
        raise ValueError("state matrix must have shape (n_streams, 6), got %s" % (target.shape,))
    n_streams = target.shape[0]
    states = target.astype(np.int64)
    raw = np.empty(n_elements, dtype=np.int64)
    start = 0
    while start < n_elements:  # one round: each stream in use yields one sample
        active = min(n_streams, n_elements - start)
        new, diff = _advance(states[:active])
        states[:active] = new
        raw[start:start + active] = (diff & mask) + offset
        start += active
    target[...] = states.astype(np.int32)
    sample = (raw.astype(np.float64) * norm).astype(dtype).reshape(size)
    return target, sample


def _fused(func, out_dtype, *arrays):
    """Run a fused elementwise expression per element on Python floats, like Theano's Composite."""
    ufunc = np.frompyfunc(func, len(arrays), 1)
    result = ufunc(*arrays)
    return np.asarray(result, dtype=out_dtype)


def _log(x):
    """libm ``log`` with numpy's results outside the domain (-inf at 0, nan below)."""
    if x > 0:
        return math.log(x)
    return -math.inf if x == 0 else math.nan


def _sqrt(x):
    """libm ``sqrt`` with numpy's nan for negative input."""
    return math.sqrt(x) if x >= 0 or x != x else math.nan


def _cos(x):
    """libm ``cos`` with numpy's nan for infinite input."""
    return math.cos(x) if math.isfinite(x) else math.nan


def _sin(x):
    """libm ``sin`` with numpy's nan for infinite input."""
    return math.sin(x) if math.isfinite(x) else math.nan


def mrg_normal_values(u, avg, std, size):
    """Final ``normal`` samples from the ``n + n % 2`` uniform draws ``u`` (Theano's op order)."""
    u = np.asarray(u)
    dtype = u.dtype
    size = tuple(int(d) for d in np.asarray(size, dtype=np.int64).reshape(-1))
    n = 1
    for d in size:
        n *= d
    n_even = n + n % 2
    if u.shape != (n_even,):
        raise ValueError("expected %d uniform draws, got shape %s" % (n_even, u.shape))
    half = n_even // 2
    u1, u2 = u[:half], u[half:]
    # Composite{sqrt((i0 * log(i1)))}(-2.0, u1)
    r = _fused(lambda c, x: _sqrt(c * _log(x)), dtype, np.asarray([-2.0], dtype), u1)
    # Elemwise{Mul}(2*pi constant of dtype, u2): a real numpy multiply in dtype
    theta = np.multiply(np.asarray([2.0 * np.pi], dtype=dtype), u2)
    # Composite{(i0 * cos(i1))} and Composite{(i0 * sin(i1))}
    z0 = _fused(lambda a, t: a * _cos(t), dtype, r, theta)
    z1 = _fused(lambda a, t: a * _sin(t), dtype, r, theta)
    samples = np.concatenate([z0, z1])[:n].reshape(size)
    avg = np.asarray(avg, dtype=dtype)
    std = np.asarray(std, dtype=dtype)
    scale = not bool(np.all(std == 1))  # a constant std of 1 is rewritten away
    shift = not bool(np.all(avg == 0))  # so is a constant avg of 0
    if scale and shift:  # Composite{(i0 + (i1 * i2))}(avg, std, samples)
        return _fused(lambda a, s, x: a + s * x, dtype, avg, std, samples)
    if scale:  # Elemwise{Mul}(std, samples)
        return np.multiply(std, samples)
    if shift:  # Elemwise{Add}(avg, samples)
        return np.add(avg, samples)
    return samples


def mrg_binomial_values(u, p, dtype="int64"):
    """Final ``binomial`` (n=1) samples: ``cast(u < p, dtype)`` from the uniform draws."""
    return (np.asarray(u) < np.asarray(p)).astype(dtype)


def mrg_uniform_values(u, low, high):
    """``uniform(low, high)`` with constant bounds: ``low + (high - low) * u`` as Theano computes it."""
    u = np.asarray(u)
    dtype = u.dtype
    low = np.asarray(low, dtype=dtype)
    # high - low is constant-folded by a real numpy subtraction in dtype
    width = np.subtract(np.asarray(high, dtype=dtype), low)
    # Composite{(i0 + (i1 * i2))}(low, high - low, u)
    return _fused(lambda lo, w, x: lo + w * x, dtype, low, width, u)
