"""``theano.misc.pkl_utils``: ``dump`` pickles an object into a zip file whose arrays are
kept beside the pickle as NPY files (a shared variable's value under its name: ``W``, a
second ``W`` as ``W_2``; any other array as ``array_0``, ``array_1``...), so ``numpy.load``
reads them; ``load`` reads such a file back. The pickle holds rngscope's objects: a file
Theano wrote is not one rngscope can load."""
from __future__ import annotations

import io
import pickle
import zipfile
from collections import defaultdict
from contextlib import closing
from pickle import DEFAULT_PROTOCOL, HIGHEST_PROTOCOL

import numpy as np

from rngscope.compat import missing as _missing
from rngscope.shared import SharedVariable

__all__ = ["DEFAULT_PROTOCOL", "HIGHEST_PROTOCOL", "PersistentNdarrayID", "PersistentNdarrayLoad",
           "PersistentSharedVariableID", "SharedVariable", "dump", "load", "zipadd"]


def zipadd(func, zip_file, name):
    """``func(f)`` writes into ``f``, which becomes the entry ``name`` of ``zip_file``."""
    buffer = io.BytesIO()
    func(buffer)
    zip_file.writestr(name, buffer.getvalue())


class PersistentNdarrayID:
    """Keeps each ndarray met while pickling as an NPY entry of the zip file (once per
    array object), named ``array_0``, ``array_1``...; its persistent id is ``ndarray.name``."""

    def __init__(self, zip_file):
        self.zip_file = zip_file
        self.count = 0
        self.seen = {}

    def _resolve_name(self, obj):
        name = "array_%d" % self.count
        self.count += 1
        return name

    def __call__(self, obj):
        if type(obj) is not np.ndarray:
            return None
        if id(obj) not in self.seen:
            name = self._resolve_name(obj)
            zipadd(lambda f: np.lib.format.write_array(f, obj), self.zip_file, name)
            self.seen[id(obj)] = "ndarray." + name
        return self.seen[id(obj)]


class PersistentSharedVariableID(PersistentNdarrayID):
    """As PersistentNdarrayID, a shared variable's value named after the variable (``x``,
    then ``x_2``, ``x_3``...): ValueError for an unnamed one unless ``allow_unnamed``, for
    a name met twice unless ``allow_duplicates``."""

    def __init__(self, zip_file, allow_unnamed=True, allow_duplicates=True):
        super().__init__(zip_file)
        self.name_counter = defaultdict(int)
        self.ndarray_names = {}
        self.allow_unnamed = allow_unnamed
        self.allow_duplicates = allow_duplicates

    def _resolve_name(self, obj):
        if id(obj) not in self.ndarray_names:
            return super()._resolve_name(obj)
        name = self.ndarray_names[id(obj)]
        count = self.name_counter[name]
        self.name_counter[name] += 1
        if count:
            if not self.allow_duplicates:
                raise ValueError("multiple shared variables with the name `%s` found" % name)
            name = "%s_%d" % (name, count + 1)
        return name

    def __call__(self, obj):
        if isinstance(obj, SharedVariable):
            if obj.name:
                self.ndarray_names[id(obj.get_value(borrow=True))] = obj.name
            elif not self.allow_unnamed:
                raise ValueError("unnamed shared variable, %s" % obj)
        return super().__call__(obj)


class PersistentNdarrayLoad:
    """The arrays of a zip file ``dump`` wrote, by persistent id (each read once)."""

    def __init__(self, zip_file):
        self.zip_file = zip_file
        self.cache = {}

    def __call__(self, persid):
        array_type, name = persid.split(".")
        if array_type != "ndarray":
            raise _missing.NotImplementedByRngscope("theano.misc.pkl_utils.load of a %s" % array_type)
        if name not in self.cache:
            with self.zip_file.open(name) as f:
                self.cache[name] = np.lib.format.read_array(f)
        return self.cache[name]


def dump(obj, file_handler, protocol=DEFAULT_PROTOCOL, persistent_id=PersistentSharedVariableID):
    """Pickle ``obj`` into the zip file ``file_handler``: the pickle as ``pkl``, after the
    arrays ``persistent_id(zip_file)`` keeps beside it."""
    with closing(zipfile.ZipFile(file_handler, "w", zipfile.ZIP_DEFLATED, allowZip64=True)) as zf:
        def write(f):
            pickler = pickle.Pickler(f, protocol=protocol)
            pickler.persistent_id = persistent_id(zf)
            pickler.dump(obj)

        zipadd(write, zf, "pkl")


def load(f, persistent_load=PersistentNdarrayLoad):
    """The object ``dump`` pickled into the zip file ``f``."""
    with closing(zipfile.ZipFile(f, "r")) as zf:
        unpickler = pickle.Unpickler(io.BytesIO(zf.open("pkl").read()))
        unpickler.persistent_load = persistent_load(zf)
        return unpickler.load()


__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
