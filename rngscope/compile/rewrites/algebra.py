"""Algebra in canonical form: Theano's AlgebraicCanonizer for products and sums (constants
merged, terms cancelled), the greedy distributor, and the small mul/pow identities.

Each rule is one function with its equation as docstring; it returns the new outputs or None.
"""
from __future__ import annotations

from functools import reduce

import numpy as np

from rngscope.compile.vocabulary import ADD_FAMILY, MUL_FAMILY, scalar_cls, tracks
from rngscope.graph.types import upcast
from rngscope.tensor import basic as T
from rngscope.tensor.elemwise import DimShuffle, Elemwise, Sum
from rngscope.tensor.nnet import Softmax
from rngscope.tensor.static import constant_value
from rngscope.tensor.variable import TensorConstant, constant

__all__ = [
    "add_calculate", "add_canonizer", "broadcast_like", "Canonizer", "func_inv", "greedy_distributor", "inv_canon", "leaf_constant", "mul_calculate",
    "mul_canonizer", "mul_zero", "pow_canonicalize", "zero_div",
]


class Canonizer:
    """Theano's AlgebraicCanonizer for one family (main, inverse, reciprocal)."""

    ops = (Elemwise,)

    def __init__(self, family, main, inverse, reciprocal, calculate, use_reciprocal, neutral,
                 simplifiers=()):
        self.neutral = neutral
        self.simplifiers = simplifiers  # (num, denum) -> (num, denum), after the constants
        self.family = family
        self.families = frozenset(family)  # the driver offers only these nodes
        self.main, self.inverse, self.reciprocal = main, inverse, reciprocal
        self.calculate = calculate
        self.use_reciprocal = use_reciprocal

    def __call__(self, node, ctx):
        if scalar_cls(node) not in self.family:
            return None
        out = node.outputs[0]
        if self._feeds_family(out, ctx):
            return None  # the topmost node of the family rewrites the whole tree
        orig_num, orig_denum = self.num_denum(out)
        if self._canonical(orig_num, orig_denum, out.type.dtype) and not any(
                s.applies(orig_num, orig_denum) for s in self.simplifiers):
            return None
        num, denum = self.simplify(list(orig_num), list(orig_denum), out.type)
        if _same(orig_num, num) and _same(orig_denum, denum):
            return None
        new = self.merge(num, denum)
        if new.dtype != out.dtype:
            new = T.cast(new, out.dtype)
        if new.type != out.type:
            for i in node.inputs:
                new = T.fill(i, new)
        if new.type != out.type:
            return None
        return [new]

    def _feeds_family(self, out, ctx):
        """Whether a reader of ``out`` (through DimShuffles read once) is in the family."""
        for client, _i in ctx.clients(out):
            if client == "output":
                continue
            while isinstance(client.op, DimShuffle) and ctx.n_clients(client.outputs[0]) <= 1:
                nxt = ctx.clients(client.outputs[0])
                if not nxt or nxt[0][0] == "output":
                    break
                client = nxt[0][0]
            if type(client.op) is Elemwise and client.op.family in self.families:
                return True
        return False

    def _canonical(self, num, denum, dtype):
        """Whether ``simplify`` would return (num, denum) unchanged: no factor on both sides,
        and no constant leaf, or a single one already first, of the output dtype and not
        the neutral element (Theano's "already simplified" case).  A family without a
        reciprocal gives an empty numerator its neutral element: inv(x) is 1 / x."""
        if denum and not num and not self.use_reciprocal:
            return False
        for v in num:
            for d in denum:
                if v is d:
                    return False
        for v in denum:
            if isinstance(v, TensorConstant) and v.scalar_value() is not None:
                return False
        for v in num[1:]:
            if isinstance(v, TensorConstant) and v.scalar_value() is not None:
                return False
        first = num[0].scalar_value() if num and isinstance(num[0], TensorConstant) else None
        return first is None or (first.dtype == dtype and not bool(first == self.neutral))

    def num_denum(self, var):
        """(numerator, denominator) leaves, walking the family iteratively."""
        # Each frame: (variable, flipped); leaves go to num (or denum when flipped).
        num, denum = [], []
        main, inverse = self.family[0], self.family[1]
        family = self.families
        stack = [(var, False)]
        pop, push = stack.pop, stack.append
        while stack:
            v, flip = pop()
            node = v.owner
            if node is not None:
                op = node.op
                if type(op) is Elemwise:
                    cls = op.family
                    if cls in family:
                        inputs = node.inputs
                        if cls == main:
                            for i in reversed(inputs):
                                push((i, flip))
                        elif cls == inverse:
                            push((inputs[1], not flip))
                            push((inputs[0], flip))
                        else:
                            push((inputs[0], not flip))
                        continue
                elif isinstance(op, DimShuffle) and op.pads_left:
                    push((node.inputs[0], flip))
                    continue
            (denum if flip else num).append(v)
        return num, denum

    def simplify(self, num, denum, out_type):
        if denum:
            for v in list(num):
                if any(v is d for d in denum):
                    num.remove(v)
                    denum.remove(v)
        num, denum = self.simplify_constants(num, denum, out_type)
        for simplifier in self.simplifiers:
            num, denum = simplifier(list(num), list(denum))
        return num, denum

    def simplify_constants(self, orig_num, orig_denum, out_type):
        num, numct = _split_constants(orig_num)
        denum, denumct = _split_constants(orig_denum)
        dtype = out_type.dtype
        first = leaf_constant(orig_num[0]) if orig_num else None
        # the neutral element is dropped, unless it is all the numerator holds and the
        # family has no reciprocal (1 / x stays 1 / x: Theano's mul canonizer)
        kept = self.use_reciprocal or num
        if len(numct) == 1 and not denumct and first is not None and (
                first.dtype == dtype and not (kept and bool(first == self.neutral))):
            return orig_num, orig_denum  # the lone constant is already first: no change
        if kept:
            raw = self.calculate(numct, denumct, True, dtype)
        else:
            raw = [self.calculate(numct, denumct, False, dtype)]
        # 0-d constants, new objects (Theano's constant cache is off while it optimizes):
        # Elemwise pads them with DimShuffle{x,...}, which constant folding folds later
        return [constant(np.asarray(c), dtype=dtype) for c in raw] + num, denum

    def merge(self, num, denum):
        if not num and not denum:
            return T.as_tensor_variable(self.calculate([], [], False, None))
        if not num:
            if self.use_reciprocal:
                return self.reciprocal(self.merge(denum, []))
            num = [T.as_tensor_variable(self.calculate([], [], False, None))]
        if not denum:
            return num[0] if len(num) == 1 else self.main(*num)
        return self.inverse(self.merge(num, []), self.merge(denum, []))


def leaf_constant(v):
    """The canonizer's constants: only actual constants (0-d, or all elements equal), as in
    Theano's AlgebraicCanonizer.get_constant -- not casts, fills or allocs of them."""
    return v.scalar_value() if isinstance(v, TensorConstant) else None


def _split_constants(leaves):
    """(the non-constant leaves, the values of the constant ones), each in order."""
    rest, values = [], []
    for v in leaves:
        ct = v.scalar_value() if isinstance(v, TensorConstant) else None
        if ct is None:
            rest.append(v)
        else:
            values.append(ct)
    return rest, values


def _same(a, b):
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))


def mul_calculate(num, denum, aslist, dtype):
    if not num and not denum:
        return [] if aslist else np.int8(1)
    if dtype is None:
        dtype = upcast(*[np.asarray(v).dtype for v in num + denum])
    one = np.asarray(1, dtype=dtype)
    v = reduce(np.multiply, num, one) / reduce(np.multiply, denum, one)
    if aslist:
        return [] if bool(v == 1) else [v]  # v is 0-d: constants are single values
    return v


def add_calculate(num, denum, aslist, dtype):
    zero = 0.0 if dtype is None else np.asarray(0, dtype=dtype)
    v = reduce(np.add, num, zero) - reduce(np.add, denum, zero)
    if aslist:
        return [] if bool(v == 0) else [v]
    return v


def x_over_abs_x(num, denum):
    """x / abs(x) -> sgn(x) (Theano's check_for_x_over_absX, the mul canonizer's first
    simplifier)."""
    for den in list(denum):
        x = _abs_of_numerator(den, num)
        if x is not None:
            denum.remove(den)
            num.remove(x)
            num.append(T.sgn(x))
    return num, denum


def _abs_of_numerator(den, num):
    """x when ``den`` is abs(x) of a real x that ``num`` holds, else None."""
    if scalar_cls(den.owner) != "Abs":
        return None
    x = den.owner.inputs[0]
    if x.dtype.startswith("complex") or not any(x is n for n in num):
        return None
    return x


x_over_abs_x.applies = lambda num, denum: any(
    _abs_of_numerator(d, num) is not None for d in denum)


def softmax_simplifier(num, denum):
    """exp(x) / sum(exp(x), axis=1, keepdims) -> softmax(x), for a float matrix x (Theano's
    softmax_simplifier, which the mul canonizer runs after the constants)."""
    for numerator in list(num):
        pair = _softmax_pair(numerator, denum)
        if pair is not None:
            num.remove(numerator)
            denum.remove(pair)
            num.append(Softmax()(numerator.owner.inputs[0]))
    return num, denum


def _softmax_pair(numerator, denum):
    """The denominator DimShuffle{0,x}(Sum{axis=[1]}(numerator)) of exp(x), or None."""
    if not numerator.dtype.startswith("float") or numerator.ndim != 2:
        return None
    if scalar_cls(numerator.owner) != "Exp":
        return None
    for d in denum:
        owner = d.owner
        if owner is None or not isinstance(owner.op, DimShuffle) or owner.op.new_order != (0, "x"):
            continue
        z = owner.inputs[0].owner
        if z is not None and type(z.op) is Sum and z.op.axis == (1,) and z.inputs[0] is numerator:
            return d
    return None


softmax_simplifier.applies = lambda num, denum: any(
    _softmax_pair(n, denum) is not None for n in num)

mul_canonizer = Canonizer(MUL_FAMILY, T.mul, T.true_div, T.inv, mul_calculate, False, 1,
                          (x_over_abs_x, softmax_simplifier))
add_canonizer = Canonizer(ADD_FAMILY, T.add, T.sub, T.neg, add_calculate, True, 0)


DIV_COST = 1.5  # a division counts as this many multiplications (Theano's weighting)


def _distribute_greedy(pos_pairs, neg_pairs, num, denum, out_type):
    """Multiply ``num`` / divide ``denum`` into every term of a sum, given as (num, denum)
    pairs, when that saves operations: (applied, new positive pairs, new negative pairs)."""
    score = len(num) + DIV_COST * len(denum)
    new_pos = [mul_canonizer.simplify(n + num, d + denum, out_type) for n, d in pos_pairs]
    new_neg = [mul_canonizer.simplify(n + num, d + denum, out_type) for n, d in neg_pairs]
    for (n, d), (nn, dd) in zip(pos_pairs + neg_pairs, new_pos + new_neg):
        score += len(n) + DIV_COST * len(d) - len(nn) - DIV_COST * len(dd)
    if score <= 0:
        return False, pos_pairs, neg_pairs
    return True, new_pos, new_neg


def _attempt_distribution(factor, num, denum, out_type):
    """Distribute the factors of ``num`` / ``denum`` into the sum ``factor`` where it pays:
    (changed, the new factor, the factors left in num, those left in denum)."""
    pos, neg = add_canonizer.num_denum(factor)
    if len(pos) == 1 and not neg:
        return False, factor, num, denum
    pos_pairs = [mul_canonizer.num_denum(t) for t in pos]
    neg_pairs = [mul_canonizer.num_denum(t) for t in neg]
    change = False
    score = None  # _distribute_greedy's score for a plain factor, while the terms stay
    for n in list(num):
        if score is None:
            score = 1 + sum(_gains(pos_pairs + neg_pairs, True, out_type))
            plain = _plain_test(pos_pairs + neg_pairs, True)
        if score <= 0 and plain(n):
            continue  # what _distribute_greedy finds, without simplifying every term again
        ok, pos_pairs, neg_pairs = _distribute_greedy(pos_pairs, neg_pairs, [n], [], out_type)
        if ok:
            change, score = True, None
            _remove(num, n)
    score = None
    for d in list(denum):
        if score is None:
            score = DIV_COST + sum(_gains(pos_pairs + neg_pairs, False, out_type))
            plain = _plain_test(pos_pairs + neg_pairs, False)
        if score <= 0 and plain(d):
            continue
        ok, pos_pairs, neg_pairs = _distribute_greedy(pos_pairs, neg_pairs, [], [d], out_type)
        if ok:
            change, score = True, None
            _remove(denum, d)
    if not change:
        return False, factor, num, denum
    new = add_canonizer.merge([mul_canonizer.merge(n, d) for n, d in pos_pairs],
                              [mul_canonizer.merge(n, d) for n, d in neg_pairs])
    return True, new, num, denum


def _gains(pairs, into_num, out_type):
    """What _distribute_greedy scores for each term (num, denum) of a sum when one more
    factor is multiplied in (divided, when not ``into_num``): a fresh variable stands for it."""
    stand_in = out_type()
    gains = []
    for n, d in pairs:
        if into_num:
            nn, dd = mul_canonizer.simplify(n + [stand_in], list(d), out_type)
        else:
            nn, dd = mul_canonizer.simplify(list(n), d + [stand_in], out_type)
        gains.append(len(n) + DIV_COST * len(d) - len(nn) - DIV_COST * len(dd))
    return gains


def _plain_test(pairs, into_num):
    """A test of whether a factor simplifies with every term as a fresh variable would (so
    _gains scores it): no constant, it cancels nothing and makes no sgn (x / abs(x)) or
    softmax with a term's factors. A long product of sums (the gradient of a chain of 10,000
    nodes) then need not simplify every term once per factor to find that distributing does
    not pay; the test reads sets made once, so each factor costs one lookup."""
    if into_num:  # v meets the terms' denominators: v itself, abs(v), sum(v) there
        meets = set()
        for _n, d in pairs:
            for e in d:
                meets.add(id(e))
                if e.owner is not None and scalar_cls(e.owner) == "Abs":
                    meets.add(id(e.owner.inputs[0]))
                z = _summed(e)
                if z is not None:
                    meets.add(id(z))
        return lambda v: leaf_constant(v) is None and id(v) not in meets
    numerators = {id(e) for n, _d in pairs for e in n}

    def plain(v):  # v meets the terms' numerators: v itself, abs(x) or sum(x) of one there
        if leaf_constant(v) is not None or id(v) in numerators:
            return False
        if v.owner is not None and scalar_cls(v.owner) == "Abs" and id(v.owner.inputs[0]) in numerators:
            return False
        z = _summed(v)
        return z is None or id(z) not in numerators
    return plain


def _summed(v):
    """x when ``v`` is DimShuffle{0,x}(Sum{axis=[1]}(x)) (a softmax's denominator), else None."""
    owner = v.owner
    if owner is None or not isinstance(owner.op, DimShuffle) or owner.op.new_order != (0, "x"):
        return None
    z = owner.inputs[0].owner
    return z.inputs[0] if z is not None and type(z.op) is Sum and z.op.axis == (1,) else None


def _remove(items, v):
    del items[next(k for k, e in enumerate(items) if e is v)]


@tracks(Elemwise, families=MUL_FAMILY)
def greedy_distributor(node, ctx):
    """(a/x + b/y) * x * y -> a*y + b*x; (a/x + b) * x -> a + b*x: a product distributed
    into a sum when that saves multiplications (a division counting 1.5)."""
    out = node.outputs[0]
    num, denum = mul_canonizer.num_denum(out)
    if len(num) == 1 and not denum:
        return None
    new_num, new_denum, change = [], [], False
    for candidate in list(num):
        if not any(candidate is v for v in num):
            continue
        _remove(num, candidate)
        changed, candidate, num, denum = _attempt_distribution(candidate, num, denum, out.type)
        change |= changed
        new_num.append(candidate)
    for candidate in list(denum):
        if not any(candidate is v for v in denum):
            continue
        _remove(denum, candidate)
        changed, candidate, denum, num = _attempt_distribution(candidate, denum, num, out.type)
        change |= changed
        new_denum.append(candidate)
    if not change:
        return None
    new = mul_canonizer.merge(new_num + num, new_denum + denum)
    return [new] if new.type == out.type else None


@tracks(Elemwise, families=("Mul",))
def mul_zero(node, ctx):
    """mul(0, x) -> fill(x, 0) (Theano's local_mul_zero; the fill keeps the shape)."""
    if scalar_cls(node) != "Mul":
        return None
    out = node.outputs[0]
    for i in node.inputs:
        value = constant_value(i)
        if value is not None and value.ndim == 0 and value == 0:
            new = constant(np.asarray(0, dtype=out.dtype))
            for j in node.inputs:
                new = T.fill(j, new)
            return [new] if new.type == out.type else None
    return None


def broadcast_like(value, template, ctx):
    """``value`` with ``template``'s type: cast, then allocated to its shape (Theano's
    broadcast_like)."""
    value = T.as_tensor_variable(value)
    if value.type == template.type:
        return value
    if value.dtype != template.dtype:
        value = T.cast(value, template.dtype)
    if value.type == template.type:
        return value
    new = T.alloc(value, *ctx.shape_of(template))
    loose = [k for k, b in enumerate(new.broadcastable) if b and not template.broadcastable[k]]
    if loose:
        new = T.unbroadcast(new, *loose)
    return new


@tracks(Elemwise, families=("Neg", "Inv"), every_elemwise=True)
def func_inv(node, ctx):
    """neg(neg(x)) -> x; inv(inv(x)) -> x (Theano's local_func_inv)."""
    inner = node.inputs[0].owner
    if scalar_cls(inner) != scalar_cls(node):
        return None
    return [inner.inputs[0]] if inner.inputs[0].type == node.outputs[0].type else None


@tracks(Elemwise, families=("Inv",))
def inv_canon(node, ctx):
    """inv(x) -> x ** -1.0 (Theano's local_inv_canon: the reciprocal leaves the product
    family, so the canonizer keeps inv(a * b) apart from the constants around it;
    specialize makes it inv again)."""
    if scalar_cls(node) != "Inv" or node.op.inplace:
        return None
    new = T.pow(node.inputs[0], -1.0)
    return [new] if new.type == node.outputs[0].type else None


@tracks(Elemwise, families=("TrueDiv", "IntDiv"))
def zero_div(node, ctx):
    """0 / x -> 0, allocated to the quotient's shape (Theano's local_zero_div; -0.0 is 0)."""
    value = leaf_constant(node.inputs[0])
    if value is None or not bool(value == 0):
        return None
    return [broadcast_like(0, node.outputs[0], ctx)]


@tracks(Elemwise, families=("Pow",))
def pow_canonicalize(node, ctx):
    """x ** 0 -> 1; x ** 1 -> x (broadcast to the output's type)."""
    x, y = node.inputs
    c = leaf_constant(y)
    if c is None or not all(y.broadcastable) or not (bool(c == 0) or bool(c == 1)):
        return None
    out = node.outputs[0]
    new = x if bool(c == 1) else T.as_tensor_variable(np.asarray(1, dtype=out.dtype))
    if new.dtype != out.dtype:
        new = T.cast(new, out.dtype)
    if new.type != out.type:
        new = T.alloc(new, *ctx.shape_of(out))
        loose = [k for k, b in enumerate(new.broadcastable) if b and not out.broadcastable[k]]
        if loose:
            new = T.unbroadcast(new, *loose)
    return [new] if new.type == out.type else None
