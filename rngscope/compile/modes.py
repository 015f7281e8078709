"""Compilation modes: a mode is a named tuple of passes run in order over a FunctionGraph.

FAST_RUN follows Theano 1.0.5's optimizer database in order (positions sort,
ties by name): merge, the loops' push-out of loop-invariant and sequence-only work
(scan_pushout), the
'useless' pass (fills and no-ops removed, inputs first) and a merge, sums of indexed
increments made chains, canonicalize, merge, stabilize, log-sum-exp, the allocs'
clean-up, scan_eqopt2 (constants folded, loops' constants read back inside, loops of the
same length merged), the loops' memory (scan_save_mem), BLAS, specialize (with the fused
softmax cross-entropy),
uncanonicalize, specialize_device, elementwise fusion, merge, the in-place passes
(indexed increments, BLAS, elementwise, loops, random), a last merge and the output
copies.
FAST_COMPILE runs what Theano tags 'fast_compile': merges,
constant folding and a few cleanups, dot -> Dot22, then the output copies.
UNOPTIMIZED runs no rewrite, only the output copies that keep outputs from
aliasing.
"""
from __future__ import annotations

from functools import partial
from typing import NamedTuple

from rngscope.compile.merge_window import open_merge_window
from rngscope.compile.nanguard import NanGuard
from rngscope.compile.rewriter import Context, equilibrium, in_to_out, merge, sweeps
from rngscope.compile.rewrites import (
    asserts, broadcast, canonical, erf, integer, nnet, reductions, set_constants, shape, sigmoid_products,
    slices, specialize, switch, views,
)
from rngscope.compile.rewrites import blas as blas_rules
from rngscope.compile.rewrites import bn as bn_rules
from rngscope.compile.rewrites.casts import CASTS
from rngscope.compile.rewrites.conv import CONV_CPU, abstract_conv_check
from rngscope.compile.rewrites.fusion import fusion
from rngscope.compile.rewrites.increments import serialize_increments, set_to_inc_subtensor
from rngscope.compile.rewrites.loop_grad import merge_inouts
from rngscope.compile.rewrites.loop_memory import loop_save_mem
from rngscope.compile.rewrites.loop_merge import loop_merge
from rngscope.compile.rewrites.loop_pushout import loop_constants, loop_pushout
from rngscope.compile.rewrites.inplace import (
    blas_inplace, cond_inplace, elemwise_inplace, loop_inplace, random_inplace,
)
from rngscope.compile.rewrites.inplace_subtensor import subtensor_inplace
from rngscope.compile.rewrites.outputs import insert_deepcopy
from rngscope.graph.sites import sites_off
from rngscope.tensor.alloc import Alloc
from rngscope.tensor.variable import TensorType, fresh_constants

__all__ = [
    "attach_shapes", "blas", "canonicalize", "canonicalize_fast_compile", "dot_to_dot22", "FAST_COMPILE",
    "FAST_RUN", "get_mode", "OPTIMIZERS", "log_sum_exp", "Mode", "MODES", "NanGuardMode", "specialize_device", "specialize_pass",
    "stabilize", "uncanonicalize", "unique", "UNOPTIMIZED", "useless",
]

# (Theano registers local_subtensor_lift in canonicalize only: CANONICALIZE has it)
_SHARED = (
    shape.shape_to_shape_i, shape.shape_i_lift, shape.subtensor_of_vector,
    shape.subtensor_slice_of_vector,
    canonical.constant_folding, canonical.upcast_constant_inputs,
    canonical.fill_sink, canonical.fill_to_alloc, canonical.dimshuffle_lift,
    canonical.useless_elemwise,
)

# Theano upcasts constant inputs in canonicalize only: the index arithmetic scan_save_mem
# builds after it, and the slice lengths local_fill_to_alloc brings in from stabilize on (a
# minibatch's size from its bounds as the script wrote them), keep their int8 constants
_NO_UPCAST = tuple(r for r in _SHARED if r is not canonical.upcast_constant_inputs)
# Theano registers local_fill_sink in canonicalize only: specialize leaves a fill where it is;
# and it reads Shape(x)[k] in two steps, as canonicalize does (subtensor_make_vector): Shape(x)
# becomes a MakeVector in one pass, its item is taken in the next, so a buffer size 1 + x.shape[0]
# folds after the index arithmetic folded in the pass before
_SPECIALIZE_SHARED = tuple(canonical.subtensor_make_vector if r is shape.subtensor_of_vector else r
                           for r in _NO_UPCAST if r is not canonical.fill_sink)


def _inline_graph(node, ctx):
    """OpFromGraph{inline=True}(*inputs) -> its graph read from the inputs."""
    if not getattr(node.op, "is_inline", False):
        return None
    return node.op.inlined(node)


def inline_ofg(fg):
    """Every inline OpFromGraph replaced by its graph, inputs first, until none is left (one
    inside another comes out in the next pass): Theano's inline_ofg_expansion, before the
    first merge."""
    while any(getattr(n.op, "is_inline", False) for n in fg.nodes()):
        in_to_out(fg, (_inline_graph,))


def useless(fg):
    """Fills, elementwise no-ops and reshapes that change nothing, removed in one pass
    from the inputs (Theano's 'useless' pass, before canonicalize)."""
    in_to_out(fg, (views.gradient_identity, canonical.useless_fill, canonical.useless_elemwise,
                   shape.subtensor_of_alloc, shape.useless_reshape, shape.inc_subtensor_of_alloc,
                   shape.join_make_vector, shape.join_one, reductions.useless_reduce,
                   canonical.useless_alloc, canonical.merge_alloc))


def serialize_increments_pass(fg):
    """Sums of indexed increments made a chain, inputs first (Theano's
    pre_local_IncSubtensor_serialize at 0.99, just before canonicalize)."""
    in_to_out(fg, (serialize_increments,))


def canonicalize(fg, unsafe=()):
    """Shapes, folding, fills, dimshuffle lifting and the add/mul canonizers. ``unsafe``:
    the rules a mode including 'unsafe' adds (here and in the other passes of
    _TAKES_UNSAFE)."""
    equilibrium(fg, (views.gradient_identity,) + canonical.CANONICALIZE + (serialize_increments,
                                                                         set_to_inc_subtensor)
                + erf.ERF + switch.SWITCH
                + integer.CANONICAL_INTEGER + (shape.dimshuffle_in_reshape, shape.useless_slice,
                                               shape.useless_subtensor, shape.subtensor_of_alloc,
                                               shape.subtensor_of_dot,
                                               slices.subtensor_merge_slices, asserts.zero_dot)
                + broadcast.BROADCAST + (set_constants.setsubtensor_of_constants,
                                         set_constants.incsubtensor_of_zeros_to_set,
                                         canonical.reshape_lift) + CASTS + unsafe, cleanup=True)


def stabilize(fg, unsafe=()):
    """log1p, softplus and friends (numerically safer forms); Theano registers
    local_greedy_distributor here too (a product of the slice lengths local_fill_to_alloc
    brings in, (n - 1) * 1, distributed: n - 1 with the factor's int64 1)."""
    equilibrium(fg, specialize.STABILIZE + (canonical.greedy_distributor,) + nnet.STABILIZE
                + (sigmoid_products.sigm_times_exp,) + erf.ERF
                + (shape.subtensor_of_dot, shape.useless_reshape, canonical.reshape_lift,
                   shape.inc_subtensor_of_alloc, asserts.zero_dot, canonical.useless_alloc,
                   canonical.canonicalize_alloc, canonical.merge_alloc,
                   set_constants.setsubtensor_of_constants)
                + _NO_UPCAST + unsafe, new_trees=False)


def log_sum_exp(fg):
    """log(sum(exp(x))) in its stable max form (one in-to-out pass, as Theano's)."""
    specialize.log_sum_exp(fg)


def elemwise_alloc(fg):
    """Allocs an elementwise op reads next to an input of the output's size, dropped (one
    in-to-out pass after stabilize: Theano's local_elemwise_alloc at 1.52)."""
    in_to_out(fg, (canonical.elemwise_alloc,))


def scan_constant_folding(fg):
    """Constants folded once more, inputs first, after the allocs' clean-up (Theano's
    constant_folding_for_scan2, the first pass of scan_eqopt2 at 1.6, which runs on every
    FAST_RUN graph, loop or not): the DimShuffle of a constant that elemwise_alloc leaves
    becomes a constant here, so the constant merge meets it now, not in specialize."""
    in_to_out(fg, (canonical.constant_folding,))


def scan_eqopt2(fg, max_rounds=20):
    """Theano's scan_eqopt2 (1.6), an equilibrium of whole-graph passes: constants folded,
    loops' constants read inside, side-by-side loops merged, equal inputs and outputs
    merged, again while any of them changes the graph."""
    for _ in range(max_rounds):
        version = fg.version
        for p in (scan_constant_folding, loop_constants, loop_merge, merge_inouts):
            p(fg)
        if fg.version == version:
            return


def blas(fg):
    """Theano's BlasOpt, in its order: dot -> Dot22 (vectors made rows and columns around
    it, inputs first), z + dot22 -> Gemm, c * dot22 -> Dot22Scalar, then Gemm on rows and
    columns -> Gemv and the Dot22 left of vectors -> Ger or Gemv, dimshuffles lifted."""
    in_to_out(fg, (blas_rules.dot_to_dot22,))
    sweeps(fg, blas_rules.GEMM)
    in_to_out(fg, blas_rules.DOT22SCALAR)
    try:
        equilibrium(fg, blas_rules.GEMV + (canonical.dimshuffle_lift,))
    except blas_rules.GerRefused:  # Theano's pass stops at a float16 outer product
        pass


def specialize_pass(fg, unsafe=()):
    """sqr, neg and identity removals."""
    equilibrium(fg, specialize.SPECIALIZE + nnet.SPECIALIZE + erf.ERF + switch.SWITCH_SPECIALIZE
                + (shape.useless_slice, shape.useless_subtensor, shape.useless_subtensor_to_length,
                   shape.subtensor_of_alloc, shape.subtensor_of_dot)
                + (canonical.elemwise_alloc, shape.alloc_unary)
                + _SPECIALIZE_SHARED + (shape.join_make_vector, shape.join_one, canonical.useless_alloc,
                                        canonical.canonicalize_alloc, canonical.merge_alloc,
                                        reductions.reduce_of_alloc) + integer.INTEGER
                + (shape.subtensor_merge, slices.subtensor_merge_slices, asserts.remove_useless_assert,
                   set_constants.incsubtensor_of_zeros_to_set, set_to_inc_subtensor)
                + broadcast.BROADCAST + CASTS + unsafe, new_trees=False)
    nnet.crossentropy_softmax_1hot(fg)  # Theano's crossentropy_to_crossentropy_with_softmax


def uncanonicalize(fg):
    """MaxAndArgmax split when one output is read, min back from -max(-x), allocs without
    left-padding dimshuffles (Theano's uncanonicalize, between specialize and
    specialize_device)."""
    equilibrium(fg, (nnet.max_and_argmax_split,) + specialize.UNCANONICALIZE, new_trees=False)


def specialize_device(fg):
    """The batch-normalization ops expanded, integer powers as products of squares and the
    AbstractConv2d ops made ConvOps (all Theano registers there: a fill made after specialize,
    the fused cross-entropy's zero bias, stays a fill)."""
    equilibrium(fg, bn_rules.BATCH_NORM + specialize.SPECIALIZE_DEVICE + CONV_CPU, new_trees=False)


# the optimizer's Query tags of each mode, as Theano prints them
_QUERY_TAGS = {"FAST_RUN": ("fast_run",), "FAST_COMPILE": ("fast_compile", "fast_compile_gpu"),
               "UNOPTIMIZED": (), "MERGE": ("merge",), "STABILIZE": ("fast_run",),
               "FAST_RUN_STABLE": ("fast_run",)}


class Mode(NamedTuple):
    """A named tuple of passes, run in order."""

    name: str
    passes: tuple
    guard: object = None  # checks each node's outputs as they are computed (NanGuardMode)
    linker: str = "vm"  # the linker a script named: printed only (rngscope has one)
    excluded: tuple = ()  # the tags a script excluded (Mode.excluding), as it named them
    included: tuple = ()  # the tags a script included (Mode.including), as it named them
    required: tuple = ()  # the tags a script required (Mode.requiring)
    cutoff: str = "inf"  # the Query's position_cutoff, as Theano prints it

    def describe(self, linker=None):
        """As Theano prints a Mode: the linker asked for and the optimizer's Query."""
        linker = self.linker if linker is None else linker
        return "Mode(linker = %s, optimizer = %s)" % (linker, self.describe_query())

    def query(self):
        """The tags of Theano's optimizer Query for this mode: (include, exclude, require)."""
        return (unique(_QUERY_TAGS.get(self.name, ("fast_run",)) + self.included),
                unique(("cxx_only",) + self.excluded), self.required)

    def describe_query(self):
        """As Theano prints the mode's Query."""
        included, excluded, required = self.query()
        return ("Query{inc=OrderedSet(%s),ex=OrderedSet(%s),require=OrderedSet(%s),subquery={},"
                "position_cutoff=%s,extra_opts=[]}"
                % (_tag_list(included), _tag_list(excluded), _tag_list(required), self.cutoff))

    def excluding(self, *tags):
        """This mode without the passes Theano's optdb tags with ``tags`` (those of
        EXCLUDABLE); None when a tag is not one of them."""
        if not all(t in EXCLUDABLE for t in tags):
            return None
        dropped = {p for t in tags for p in EXCLUDABLE[t]}
        return self._replace(passes=tuple(p for p in self.passes if p not in dropped),
                             excluded=unique(self.excluded + tags))

    def including(self, *tags):
        """This mode with the rewrites Theano's optdb tags with ``tags`` added; None when
        rngscope cannot tell what a tag adds here. 'unsafe' and 'local_remove_all_assert'
        add the removal of every Assert to canonicalize, stabilize and specialize
        (none of which the unoptimized mode runs); 'fast_run' makes FAST_COMPILE run
        FAST_RUN's passes (the union of the two tags' rewrites gives FAST_RUN's graph);
        a tag all of whose rewrites the mode already runs, or excluded, changes nothing
        (Theano's Query leaves out what it excludes, whatever it includes)."""
        passes = self.passes
        for tag in tags:
            if tag in UNSAFE_TAGS:
                passes = tuple(_with_unsafe(p) for p in passes)
            elif tag == "fast_run" and self.name == "FAST_COMPILE":
                dropped = {p for t in self.excluded for p in EXCLUDABLE[t]}
                passes = tuple(_with_unsafe(p) if _is_unsafe(passes) else p
                               for p in FAST_RUN.passes if p not in dropped)
            elif not self._runs_all_of(tag):
                return None
        return self._replace(passes=passes, included=unique(self.included + tags))

    def requiring(self, *tags):
        """This mode restricted to the rewrites tagged ``tags``: only a tag every rewrite
        of the mode carries ('fast_run' of FAST_RUN, 'fast_compile' of FAST_COMPILE),
        which changes nothing; None for any other."""
        if not all(t in _QUERY_TAGS.get(self.name, ())[:1] for t in tags):
            return None
        return self._replace(required=unique(self.required + tags))

    def _runs_all_of(self, tag):
        if tag == self.name.lower():
            return True
        return self.name == "FAST_RUN" and tag in EXCLUDABLE

    def __str__(self):
        return self.describe()

    __repr__ = __str__  # no function addresses: the same text on every run

    def optimize(self, fg):
        # Theano turns its constant cache off for the whole optimization: each constant
        # a rewrite builds is a new object, which the merges then keep or leave apart
        # (compile/merge_constants.py)
        # and keeps no creation frames for the nodes its rewrites make (graph/basic.py
        # creation_site); fgraph.replace hands a replaced node's site to its replacement
        with fresh_constants(), sites_off():
            for p in self.passes:
                p(fg)


def attach_shapes(fg):
    """Every variable's shape inferred now, from the graph as the script built it (Theano's
    ShapeOpt attaches its ShapeFeature at 0.1, after the first merge and the loop push-out
    at 0.05, and on_attach computes shape_of for each node then): a later rewrite of what a
    shape read leaves the shape reading the old value: a minibatch's Gemv is allocated from
    the slice bounds as the script wrote them). Attached before the push-out, a shape that
    reads a loop's output (Shape_i of an MRG draw's loop) kept the loop the push-out
    replaced, and canonicalize brought it back as a second loop."""
    ctx = Context(fg)
    for node in fg.toposort():
        for o in node.outputs:
            if isinstance(o.type, TensorType):
                ctx.shape_of(o)
    fg.shapes.infer = partial(_alloc_shape_on_entry, ctx)


def _alloc_shape_on_entry(ctx, var):
    """An Alloc a rewrite brings in (a gradient's zeros, fill_to_alloc's) has its shape
    inferred as it enters the graph, as Theano's ShapeFeature.on_import infers every new
    node's.  Inferred only when first asked, the shapes of a second-order gradient loop's
    buffers were built from Allocs that later rewrites dropped, so scan_save_mem sized the
    loop with a `4` no node read any more, where Theano's reads the live Alloc's `4`
    (debugprint_scan_second_order_hvp).  Other replacements are still inferred when first
    asked: rngscope builds an Elemwise's and a Subtensor's shape with other graphs than
    Theano, and inferring those on entry changed nine recorded cases (constant ids, the
    last bits of minibatch means)."""
    if var.owner is not None and isinstance(var.owner.op, Alloc):
        ctx.shape_of(var)


FAST_RUN = Mode("FAST_RUN", (
    inline_ofg, merge, loop_pushout, attach_shapes, useless, merge, serialize_increments_pass,
    canonicalize, merge,
    open_merge_window,  # no merge again until the one after fusion, as in Theano (merge1.2 to merge2)
    stabilize,
    log_sum_exp, elemwise_alloc, scan_eqopt2, loop_save_mem, blas,
    specialize_pass, uncanonicalize,
    specialize_device, abstract_conv_check,
    fusion, merge,  # both at 49 in Theano's optdb, which sorts ties by name: elemwise_fusion first
    subtensor_inplace, blas_inplace, elemwise_inplace, loop_inplace, cond_inplace,
    random_inplace, merge, insert_deepcopy,
))
_INPLACE = (subtensor_inplace, blas_inplace, elemwise_inplace, loop_inplace, cond_inplace,
            random_inplace)
# Theano's optdb tags a script can exclude, and the passes each one names here
EXCLUDABLE = {"fusion": (fusion,), "local_elemwise_fusion": (fusion,),
              "FusionOptimizer": (fusion,), "elemwise_fusion": (fusion,), "inplace": _INPLACE}
# Theano registers local_remove_all_assert, tagged 'unsafe', in canonicalize, stabilize and
# specialize (and in useless, whose query leaves it out: recorded), where no mode runs it
# unless a script includes it
UNSAFE_TAGS = ("unsafe", "local_remove_all_assert")
UNSAFE = (asserts.remove_all_assert,)


def unique(tags):
    return tuple(dict.fromkeys(tags))


def _tag_list(tags):
    return "[%s]" % ", ".join(repr(t) for t in tags) if tags else ""


def _with_unsafe(p):
    return partial(p, unsafe=UNSAFE) if p in _TAKES_UNSAFE else p


def _is_unsafe(passes):
    return any(isinstance(p, partial) for p in passes)


def canonicalize_fast_compile(fg, unsafe=()):
    """FAST_COMPILE's canonicalize: constant folding and the few cleanups tagged for it."""
    equilibrium(fg, (views.gradient_identity,) + canonical.CANONICALIZE_FAST_COMPILE + unsafe)
    merge(fg)  # Theano runs a merge as the equilibrium's clean-up


def dot_to_dot22(fg):
    """FAST_COMPILE's BLAS: dot -> Dot22 and nothing more."""
    equilibrium(fg, (blas_rules.dot_to_dot22,))


def specialize_fast_compile(fg):
    """FAST_COMPILE's specialize: argmax pushed below softmax and the monotonic maps."""
    equilibrium(fg, (nnet.argmax_pushdown,))


def specialize_device_fast_compile(fg):
    """FAST_COMPILE's specialize_device: the batch-normalization ops expanded and the
    AbstractConv2d ops made ConvOps (the rest of the pass is tagged 'fast_run' only)."""
    equilibrium(fg, bn_rules.BATCH_NORM + CONV_CPU, new_trees=False)


FAST_COMPILE = Mode("FAST_COMPILE", (
    inline_ofg, merge, merge, canonicalize_fast_compile, merge, dot_to_dot22, specialize_fast_compile,
    specialize_device_fast_compile, abstract_conv_check, insert_deepcopy,
))
# No rewrites at all (Theano's Mode(optimizer=None)): the reference the property tests
# compare the rewritten graphs with.
UNOPTIMIZED = Mode("UNOPTIMIZED", (insert_deepcopy,))
# the passes an 'unsafe' mode runs with the rules of UNSAFE added
_TAKES_UNSAFE = (canonicalize, stabilize, specialize_pass, canonicalize_fast_compile)
MODES = {
    "FAST_RUN": FAST_RUN, "FAST_COMPILE": FAST_COMPILE, None: FAST_RUN,
    "Mode": FAST_RUN,  # theano.config.mode's default: a Mode with the default optimizer
    # Theano's DebugMode compiles FAST_RUN's graph and checks each node against its Python
    # implementation while it runs: the graph and the values are FAST_RUN's.
    "DebugMode": FAST_RUN, "DEBUG_MODE": FAST_RUN,
}


# Theano's other predefined optimizers (theano/compile/mode.py), each a Query over optdb:
# 'merge' selects the five MergeOptimizers (one does it: nothing runs between them);
# 'stabilize' is FAST_RUN cut off after stabilize (1.5); 'o2' adds fusion (49) to
# FAST_COMPILE; 'o3' is FAST_RUN without 'inplace', 'unsafe' that with 'unsafe';
# 'fast_run_stable' requires the tag 'stable', which no pass of Theano's optdb carries:
# nothing runs, not even a merge (recorded).
MERGE = Mode("MERGE", (merge, insert_deepcopy))
STABILIZE = Mode("STABILIZE", FAST_RUN.passes[:FAST_RUN.passes.index(stabilize) + 1]
                 + (insert_deepcopy,), cutoff="1.500000")
O2 = FAST_COMPILE._replace(passes=FAST_COMPILE.passes[:-1] + (fusion, insert_deepcopy),
                           included=("fusion",))
O3 = FAST_RUN.excluding("inplace")
FAST_RUN_STABLE = Mode("FAST_RUN_STABLE", (insert_deepcopy,), required=("stable",))

# what ``theano.Mode(optimizer=...)`` names: its passes
OPTIMIZERS = {None: UNOPTIMIZED, "None": UNOPTIMIZED, "default": FAST_RUN, "fast_run": FAST_RUN,
              "fast_compile": FAST_COMPILE, "merge": MERGE, "o1": FAST_COMPILE, "o2": O2,
              "o3": O3, "o4": FAST_RUN, "unsafe": O3.including("unsafe"),
              "stabilize": STABILIZE, "fast_run_stable": FAST_RUN_STABLE}


def NanGuardMode(nan_is_error=None, inf_is_error=None, big_is_error=None, optimizer="default",
                 linker=None):
    """Theano's NanGuardMode: the optimizer's passes, every node's outputs checked (each flag
    defaults to True, as Theano's configuration has it)."""
    guard = NanGuard(*(True if flag is None else bool(flag)
                       for flag in (nan_is_error, inf_is_error, big_is_error)))
    if optimizer not in OPTIMIZERS:
        raise KeyError(optimizer)  # Theano's: not one of its predefined optimizers
    return Mode("NanGuardMode", OPTIMIZERS[optimizer].passes, guard)


def get_mode(mode):
    """The Mode for ``mode``: a Mode, a mode's name, or an object standing for a Theano
    mode that names its Mode as ``engine_mode`` (``theano.Mode(optimizer=None)``)."""
    if isinstance(mode, Mode):
        return mode
    engine = getattr(mode, "engine_mode", None)
    if isinstance(engine, Mode):
        linker = getattr(mode, "provided_linker", None)
        return engine._replace(linker=linker) if isinstance(linker, str) else engine
    name = getattr(mode, "name", mode)
    if name == "NanGuardMode":  # as Theano's get_mode builds it for the name
        return NanGuardMode(True, True, True)
    if name not in MODES:
        if isinstance(name, str):  # Theano's own error: no such mode in Theano either
            raise Exception("No predefined mode exist for string: %s" % name)
        raise ValueError(f"mode {mode!r} is not implemented by rngscope; it has FAST_RUN, "
                         "FAST_COMPILE, DebugMode (FAST_RUN's graph), NanGuardMode and "
                         "theano.Mode(optimizer=...)")
    return MODES[name]
