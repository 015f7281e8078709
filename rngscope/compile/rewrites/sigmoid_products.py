"""Products of exponentials and sigmoids: ``exp(x) * sigmoid(-x) -> sigmoid(x)`` anywhere
in a tree of products and negations (Theano's local_sigm_times_exp, a stabilisation).

The product is read as a tree ``[negated, children or leaf]`` (Theano's mul tree), the
leaves are paired left to right, and the tree is multiplied out again; every walk is
iterative.
"""
from __future__ import annotations

from rngscope.compile.rewrites.nnet import exp_arg, negated
from rngscope.compile.vocabulary import is_elemwise, scalar_cls, tracks
from rngscope.tensor import basic as T
from rngscope.tensor.elemwise import Elemwise

__all__ = ["sigm_times_exp"]


@tracks(Elemwise, families=("Mul",))
def sigm_times_exp(node, ctx):
    """exp(x) * sigmoid(-x) -> sigmoid(x);  exp(-x) * sigmoid(x) -> sigmoid(-x), anywhere in
    a tree of products and negations (Theano's local_sigm_times_exp: the leaves are met
    left to right, a leaf pairs with the first earlier leaf it cancels, which becomes the
    sigmoid; the later leaf becomes a 1)."""
    tree = _mul_tree(node.outputs[0])
    if not _pair_sigm_exp(tree):
        return None
    out = _tree_product(_drop_ones(tree))
    return [out] if out.type == node.outputs[0].type else None


def _mul_tree(root):
    """A tree [negated, children or leaf variable] of the products and negations under
    ``root`` (Theano's parse_mul_tree), built iteratively."""
    top = [False, None]
    stack = [(root, top)]
    while stack:
        var, slot = stack.pop()
        while True:
            if is_elemwise(var.owner, "Mul"):
                slot[1] = [[False, None] for _ in var.owner.inputs]
                stack.extend(zip(var.owner.inputs, slot[1]))
                break
            inner = negated(var)
            if inner is None:
                slot[1] = var
                break
            slot[0] = not slot[0]
            var = inner
    return top


# a leaf's kind -> (the kind of earlier leaf it cancels, what that leaf becomes, and its
# new kind): exp(x) * sigmoid(-x) = sigmoid(x), exp(-x) * sigmoid(x) = sigmoid(-x)
_SIGM_EXP = {
    "exp": ("sigm-", lambda x: T.sigmoid(x), "sigm"),
    "exp-": ("sigm", lambda x: T.sigmoid(T.neg(x)), "sigm-"),
    "sigm": ("exp-", lambda x: T.sigmoid(T.neg(x)), "sigm-"),
    "sigm-": ("exp", lambda x: T.sigmoid(x), "sigm"),
}


def _pair_sigm_exp(tree):
    """Pair exp and sigmoid leaves in place (Theano's perform_sigm_times_exp, iterative);
    True if a pair was made."""
    seen = {kind: [] for kind in _SIGM_EXP}  # kind -> [(x, leaf)] not paired yet
    changed = False
    stack = [(tree, None, None)]
    while stack:
        sub, parent, k = stack.pop()
        neg, var = sub
        if isinstance(var, list):
            stack.extend((child, sub, j) for j, child in reversed(list(enumerate(var))))
            continue
        exp = exp_arg(var)
        if exp is not None:
            neg ^= exp[0]
            arg, kind = exp[1], "exp"
        elif scalar_cls(var.owner) == "ScalarSigmoid":
            arg, kind = var.owner.inputs[0], "sigm"
        else:
            continue
        inner = negated(arg)
        if inner is not None:
            arg, kind = inner, kind + "-"
        partner, becomes, new_kind = _SIGM_EXP[kind]
        found = next((j for j, (x, _leaf) in enumerate(seen[partner]) if x is arg), None)
        if found is None:
            seen[kind].append((arg, sub))
            continue
        _x, leaf = seen[partner].pop(found)
        leaf[0] ^= neg
        leaf[1] = becomes(arg)
        seen[new_kind].append((arg, leaf))
        parent[1][k] = [False, None]  # a factor 1
        changed = True
    return changed


def _parents_last(tree):
    """The subtrees of a product tree, each after its children (iterative)."""
    order, stack = [], [tree]
    while stack:
        sub = stack.pop()
        order.append(sub)
        if isinstance(sub[1], list):
            stack.extend(sub[1])
    return reversed(order)


def _drop_ones(tree):
    """The tree without its 1 leaves (a -1 leaf flips its product) and without products of
    fewer than two factors (Theano's simplify_mul), iterative."""
    simple = {}
    for sub in _parents_last(tree):
        neg, inputs = sub
        if not isinstance(inputs, list):
            simple[id(sub)] = sub
            continue
        kept = []
        for child in inputs:
            s = simple[id(child)]
            if s[1] is None:
                neg ^= s[0]
            else:
                kept.append(s)
        if not kept:
            simple[id(sub)] = [neg, None]
        elif len(kept) == 1:
            simple[id(sub)] = [kept[0][0] ^ neg, kept[0][1]]
        else:
            simple[id(sub)] = [neg, kept]
    return simple[id(tree)]


def _tree_product(tree):
    """The variable a product tree computes (Theano's compute_mul), iterative."""
    value = {}
    for sub in _parents_last(tree):
        neg, inputs = sub
        out = T.mul(*[value[id(c)] for c in inputs]) if isinstance(inputs, list) else inputs
        value[id(sub)] = T.neg(out) if neg else out
    return value[id(tree)]
