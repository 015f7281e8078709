"""In-place rewrites: let an op overwrite an input nobody needs afterwards.

An input may be destroyed when it is not a constant, not a protected graph
input (inputs are protected unless they are shared variables being updated),
not a graph output nor viewed by one, not destroyed already, and every other reader of it can
run first (no reader depends on the destroyer).  Random ops become in-place
only when their state is updated, so a draw never copies a state it will
overwrite, and a stream read without an update is copied, never changed.

The compiled graph is a private clone, so these passes swap a node's op for
its in-place twin without rebuilding it; only an output whose type went stale
is retyped, its readers kept on the old type by a Rebroadcast, as Theano's
make_node of the twin and FunctionGraph.replace leave it.
"""
from __future__ import annotations

from rngscope.compile.fgraph import view_root, view_tree
from rngscope.compile.vocabulary import is_random
from rngscope.graph.basic import Constant, io_toposort
from rngscope.tensor import basic as T
from rngscope.tensor import scalar as scal
from rngscope.tensor.blas import Gemm, Gemv, ScipyGer
from rngscope.tensor.elemwise import Elemwise
from rngscope.tensor.ifelse import IfElse
from rngscope.tensor.alloc import Alloc, AllocEmpty
from rngscope.tensor.shape_ops import DeepCopyOp

__all__ = [
    "blas_inplace", "cond_inplace", "DestroyChecker", "elemwise_inplace", "loop_inplace",
    "random_inplace",
]


class DestroyChecker:
    """Answers "may this node destroy that input?" for the current graph."""

    def __init__(self, fg):
        fg.track_readers()  # Theano attaches its DestroyHandler before the in-place passes
        self.fg = fg
        self.nodes = fg.nodes()
        self.clients = fg.clients()
        self.destroyed = set()
        self.root_destroyer = {}  # id(destroyed root) -> the node destroying it
        self.prereqs = {}
        for node in self.nodes:
            self.note(node)
        self.outputs = {id(o) for o in fg.outputs}
        # outputs of nodes made in place by this pass: Theano's twin node gives them new
        # variables, which the outputs it listed when the pass began do not name
        self.renewed = set()

    def note(self, node):
        for _o, ins in getattr(node.op, "destroy_map", {}).items():
            root = view_root(node.inputs[ins[0]])
            self.destroyed.add(id(root))
            self.root_destroyer[id(root)] = node
            self.prereqs.setdefault(id(node), []).extend(self.readers(root, node))

    def readers(self, root, node):
        """Nodes other than ``node`` reading ``root`` or any view of it."""
        out = []
        for v in view_tree(root, self.clients):
            for c, _i in self.clients.get(id(v), ()):
                if c != "output" and c is not node and not any(c is r for r in out):
                    out.append(c)
        return out

    def has_destroyer(self, var):
        return id(view_root(var)) in self.destroyed

    def protected(self, var):
        return id(var) in self.fg.protected or isinstance(var, Constant)

    def can_destroy(self, node, var):
        root = view_root(var)
        if self.protected(root) or id(root) in self.destroyed:
            return False
        # Theano's Supervisor also protects the graph outputs: none may be (a view of)
        # the destroyed value -- e.g. a stream whose update is its own state.
        if any(id(v) in self.outputs for v in view_tree(root, self.clients)):
            return False
        return not any(self.depends(r, node) for r in self.readers(root, node))

    def aliased(self, node, op):
        """Whether ``node`` reads, through another input, the value ``op`` would destroy
        (Theano's DestroyHandler refuses that "input aliasing": x += x.T, or a fused
        expression reading two views of one vector)."""
        for ins in getattr(op, "destroy_map", {}).values():
            k = ins[0]
            tree = {id(v) for v in view_tree(view_root(node.inputs[k]), self.clients)}
            if any(i != k and id(v) in tree for i, v in enumerate(node.inputs)):
                return True
        return False

    def depends(self, reader, node):
        """True when ``reader`` must run after ``node`` (data edges and in-place orderings)."""
        stack, seen = [reader], set()
        while stack:
            n = stack.pop()
            if n is node:
                return True
            if id(n) in seen:
                continue
            seen.add(id(n))
            stack.extend(i.owner for i in n.inputs if i.owner is not None)
            stack.extend(self.prereqs.get(id(n), ()))
        return False

    def swap(self, node, op):
        node.op = op
        self.renewed.update(id(o) for o in node.outputs)
        self.fg.replaced_in_place(node)
        self.note(node)
        self.retype(node)

    def retype(self, node):
        """Theano builds the in-place twin with make_node over the inputs as they are now, so
        an output whose type went stale (a draw's size folded to 1 after the draw was built)
        gets its fresh, more broadcastable type, and FunctionGraph.replace hands the readers
        ``patternbroadcast(new, old pattern)``: a Rebroadcast keeps the type they were built on."""
        fresh = node.op.make_node(*node.inputs).outputs
        for out, new in zip(node.outputs, fresh):
            old = out.type
            if (new.type == old or getattr(old, "ndim", None) is None
                    or new.type.dtype != old.dtype or new.type.ndim != old.ndim
                    or not all(b or not a for a, b in zip(old.broadcastable,
                                                          new.type.broadcastable))):
                continue
            readers = list(self.fg.clients_of.get(id(out), {}).values())
            out.type = new.type
            kept = T.patternbroadcast(out, old.broadcastable)
            for reader, i in readers:
                self.fg.change_input(reader, i, kept)
            self.clients = self.fg.clients()

    def makes_kept_output(self, node, op):
        """Whether ``op`` would compute one of the outputs a loop's step keeps in place
        of another value (Theano's NoOutputFromInplace: a scan writes those into its
        preallocated buffers)."""
        kept = self.fg.outputs[slice(*getattr(self.fg, "kept_outputs", (0, 0)))]
        return any(node.outputs[o] is v for o in getattr(op, "destroy_map", {}) for v in kept)

    def attempt(self, node, var, op):
        """Theano's try-validate-revert: make ``node`` in place on ``var`` if allowed
        (True), else leave it, with the bookkeeping a reverted attempt leaves."""
        if (self.can_destroy(node, var) and not self.aliased(node, op)
                and not self.makes_kept_output(node, op)):
            self.swap(node, op)
            return True
        self.fg.replaced_in_place(node, reverted=True)
        return False


def blas_inplace(fg):
    """gemm/gemv{no_inplace}(z, ...) -> {inplace}, ger -> {destructive}, when z may be
    destroyed."""
    checker = DestroyChecker(fg)
    for node in checker.nodes:
        if isinstance(node.op, (Gemm, Gemv, ScipyGer)) and not node.op.inplace:
            checker.attempt(node, node.inputs[0], type(node.op)(inplace=True))


def elemwise_inplace(fg):
    """Elemwise(..., x, ...) -> Elemwise{Op}[(0, k)] overwriting x where allowed."""
    checker = DestroyChecker(fg)
    n_real = getattr(fg, "n_real", len(fg.outputs))
    update_outs = fg.outputs[n_real:]
    big = len(checker.nodes) > 500
    for node in io_toposort(fg.inputs, fg.outputs):
        if type(node.op) is not Elemwise or node.op.inplace:
            continue
        out = node.outputs[0]
        if big and out.ndim == 0:
            continue
        # an output made in place earlier in the pass is tried, and the attempt reverted
        candidates = [k for k, i in enumerate(node.inputs)
                      if not isinstance(i, Constant) and not checker.has_destroyer(i)
                      and not checker.protected(i)
                      and (id(i) not in checker.outputs or id(i) in checker.renewed)]
        targets = [fg.updated[p] for p, u in enumerate(update_outs) if u is out]
        if targets:
            # an update's own input first, then a value computed in place on it (a Gemv
            # writing into the gradient buffer it updates), then the rest, as Theano sorts
            first = [k for k in candidates if any(node.inputs[k] is t for t in targets)]
            second = [k for k in candidates if k not in first and node.inputs[k].owner
                      is not None and any(checker.root_destroyer.get(id(t)) is
                                          node.inputs[k].owner for t in targets)]
            candidates = first + second + [k for k in candidates if k not in first + second]
        for k in candidates:
            if node.inputs[k].type != out.type:
                continue
            if checker.attempt(node, node.inputs[k],
                               Elemwise(scal.unnamed(node.op.scalar_op), ((0, k),))):
                # Theano's in-place twin keeps no stack trace (recorded: an in-place add
                # raising prints the hint, where its BLAS twins keep the backtrace)
                node.tag.pop("site", None)
                break


def cond_inplace(fg):
    """if{}(c, then..., else...) -> if{inplace}: each output a view of its branch value, not
    a copy (Theano's cond_make_inplace; in a graph of 500 nodes or more an if of scalars
    only keeps copying).  A branch value something destroys keeps the copy."""
    checker = DestroyChecker(fg)
    big = len(checker.nodes) >= 500
    for node in checker.nodes:
        op = node.op
        if not isinstance(op, IfElse) or op.as_view:
            continue
        if big and all(o.ndim == 0 for o in node.outputs):
            continue
        if any(checker.has_destroyer(v) for v in node.inputs[1:]):
            fg.replaced_in_place(node, reverted=True)
            continue
        checker.swap(node, IfElse(op.n_outs, True, op.name))


def random_inplace(fg):
    """random_op(rng, ...) -> in-place when rng is updated (not protected)."""
    checker = DestroyChecker(fg)
    for node in checker.nodes:
        op = node.op
        if is_random(op) and not op.inplace:
            checker.attempt(node, node.inputs[0], op.as_inplace())


def loop_inplace(fg):
    """for{cpu,f}(n, ..., buffers, ...) -> forall_inplace,cpu,f}: a loop writes its fed-back
    outputs into their buffers, all of them if it may, else each one it may (Theano's
    scanOp_make_inplace, after the elementwise in-place pass).  A buffer given twice (two
    merged loops starting from one value) is copied for the second output that writes it,
    unless an Alloc makes it (it is then made afresh, see ``_fresh_allocs``).
    Theano takes the loops last first (its toposort reversed): a gradient loop becomes in
    place, and so the newest reader of its inputs, before the forward loop it follows, which
    orders the readers a later destroyer must wait for; of two loops starting from one
    buffer, the later one writes into it."""
    for node in fg.toposort():
        if hasattr(node.op, "buffer_positions"):
            seen = set()
            for _o, i in node.op.buffer_positions():
                made = node.inputs[i].owner
                if id(node.inputs[i]) in seen and not (
                        made is not None and isinstance(made.op, (Alloc, AllocEmpty))):
                    fg.change_input(node, i, DeepCopyOp()(node.inputs[i]))
                seen.add(id(node.inputs[i]))
    checker = DestroyChecker(fg)
    loops = [node for node in fg.toposort() if hasattr(node.op, "buffer_positions")]
    for node in reversed(loops):
        pairs = [(o, i) for o, i in node.op.buffer_positions() if o not in node.op.destroyed]
        fresh = _fresh_allocs(fg, node)
        allowed = [o for o, i in pairs if i in fresh or checker.can_destroy(node, node.inputs[i])]
        if allowed and len(allowed) == len(pairs) and len(
                {id(fresh[i]) if i in fresh else id(view_root(node.inputs[i]))
                 for _o, i in pairs}) == len(pairs):
            for i, v in fresh.items():
                fg.change_input(node, i, v)
            checker.swap(node, node.op.in_place(allowed))
            node.tag.pop("site", None)  # Theano's in-place loop keeps no trace (recorded)
            continue
        for o, i in pairs:
            if checker.attempt(node, node.inputs[i], node.op.in_place([o])):
                node.tag.pop("site", None)


def _fresh_allocs(fg, node):
    """{input position: a new Alloc}: each buffer of ``node`` that an Alloc or AllocEmpty
    makes for more than one reader (another node, or this loop at two positions) made
    afresh for it alone, as Theano's attempt_scan_inplace builds its in-place loop's
    inputs (two equal zero buffers merged into one become two again)."""
    fresh = {}
    for _o, i in node.op.buffer_positions():
        v = node.inputs[i]
        if v.owner is not None and isinstance(v.owner.op, (Alloc, AllocEmpty)) \
                and len(fg.clients(v)) > 1:
            fresh[i] = v.owner.op.make_node(*v.owner.inputs).outputs[0]
    return fresh
