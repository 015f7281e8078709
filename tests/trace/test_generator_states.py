"""numpy Generator states (PyTensor's streams): fingerprints, state-file round trips, bad files.

No PyTensor needed: these are numpy states in the ``rngscope.state/1`` format's Generator entry
(``{"type": "Generator", "bit_generator": <bit_generator.state>}``).
"""
from __future__ import annotations

import copy
import json

import numpy as np
import pytest

from rngscope.trace import statefile
from rngscope.trace.fingerprint import fingerprint
from rngscope.trace.generator_states import BIT_GENERATORS, GeneratorStateError, canonical, generator


def rng(name, seed=7):
    return np.random.Generator(BIT_GENERATORS[name](seed))


@pytest.mark.parametrize("name", sorted(BIT_GENERATORS))
def test_equal_fingerprints_if_and_only_if_equal_states(name):
    a, b = rng(name), rng(name)
    assert fingerprint(a) == fingerprint(b) == fingerprint(a.bit_generator.state)
    a.random()
    assert fingerprint(a) != fingerprint(b)
    b.random()
    assert fingerprint(a) == fingerprint(b)
    assert fingerprint(rng(name, seed=8)) != fingerprint(b)
    assert len(fingerprint(a)) == 12


def test_a_cached_uint32_is_part_of_the_state():
    a, b = rng("PCG64"), rng("PCG64")
    a.integers(0, 2 ** 32, dtype=np.uint32)  # leaves half of a 64-bit word cached
    b.bit_generator.advance(1)
    assert a.bit_generator.state["state"] == b.bit_generator.state["state"]
    assert fingerprint(a) != fingerprint(b)


def test_generator_and_randomstate_fingerprints_never_meet():
    assert fingerprint(np.random.default_rng(1)) != fingerprint(np.random.RandomState(1))


def _document(streams):
    return statefile.document(streams, "pt_script.py", {"call": 0})


@pytest.mark.parametrize("name", ["PCG64", "MT19937", "Philox", "SFC64", "PCG64DXSM"])
def test_round_trip_through_a_file_gives_the_same_draws(tmp_path, name):
    original = rng(name)
    original.normal(size=3)
    path = tmp_path / "state.json"
    statefile.write(str(path), _document([("rv_u.rng", original)]))
    entry = json.loads(path.read_text())["streams"][0]
    assert entry["state"]["type"] == "Generator"
    assert entry["state"]["bit_generator"]["bit_generator"] == name
    (loaded,) = statefile.read(str(path)).streams
    assert loaded.fingerprint == fingerprint(original)
    again = loaded.value()
    assert isinstance(again, np.random.Generator) and again is not original
    assert np.array_equal(again.normal(size=5), original.normal(size=5))


def test_a_file_holds_both_kinds_of_stream(tmp_path):
    path = tmp_path / "state.json"
    statefile.write(str(path), _document([("rv_u.rng", rng("PCG64")),
                                          ("theano.rng", np.random.RandomState(3).get_state())]))
    doc = statefile.read(str(path))
    assert [e.state["type"] for e in doc.streams] == ["Generator", "MT19937"]
    assert doc.streams[0].mismatch(np.random.default_rng(0)) is None
    assert "numpy Generator" in doc.streams[0].mismatch(np.random.RandomState(0))
    assert "numpy Generator" in doc.streams[1].mismatch(np.random.default_rng(0))


def _good(tmp_path, name="PCG64"):
    path = tmp_path / "state.json"
    statefile.write(str(path), _document([("rv_u.rng", rng(name))]))
    return path


def _edit_state(path, change):
    doc = json.loads(path.read_text())
    change(doc["streams"][0]["state"]["bit_generator"])
    bit_state = doc["streams"][0]["state"]["bit_generator"]
    try:  # keep the fingerprint in step, so the state itself is what is judged
        doc["streams"][0]["fingerprint"] = fingerprint(bit_state)
    except (TypeError, GeneratorStateError):
        pass
    path.write_text(json.dumps(doc))


BAD = {  # name -> (bit generator, edit, what the message says)
    "unknown bit generator": ("PCG64", lambda s: s.update(bit_generator="Pickled"), "rngscope reads"),
    "no state": ("PCG64", lambda s: s.pop("state"), "numpy does not accept"),
    "state word too large": ("PCG64", lambda s: s["state"].update(state=2 ** 128 + 5), "numpy does not accept"),
    "negative word": ("PCG64", lambda s: s["state"].update(inc=-1), "unsigned"),
    "float word": ("PCG64", lambda s: s.update(uinteger=1.5), "integers"),
    "bool flag": ("PCG64", lambda s: s.update(has_uint32=True), "integers"),
    "unknown field": ("PCG64", lambda s: s.update(extra=1), "out of range"),
    "short MT19937 key": ("MT19937", lambda s: s["state"].update(key=s["state"]["key"][:600]),
                          "numpy does not accept"),
    "MT19937 key word too large": ("MT19937", lambda s: s["state"]["key"].__setitem__(0, 2 ** 32),
                                   "out of range"),
    "MT19937 key word beyond 64 bits": ("MT19937", lambda s: s["state"]["key"].__setitem__(0, 2 ** 70),
                                        "numpy does not accept"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_generator_states_are_rejected_with_the_reason(tmp_path, case):
    name, edit, message = BAD[case]
    path = _good(tmp_path, name)
    _edit_state(path, edit)
    with pytest.raises(statefile.StateFileError, match=message) as info:
        statefile.read(str(path))
    assert "stream 'rv_u.rng'" in str(info.value)


def test_an_edited_state_without_its_fingerprint_is_caught(tmp_path):
    path = _good(tmp_path)
    doc = json.loads(path.read_text())
    doc["streams"][0]["state"]["bit_generator"]["state"]["state"] += 1
    path.write_text(json.dumps(doc))
    with pytest.raises(statefile.StateFileError, match="fingerprint"):
        statefile.read(str(path))


def test_the_generator_entry_has_exactly_its_fields(tmp_path):
    path = _good(tmp_path)
    doc = json.loads(path.read_text())
    doc["streams"][0]["state"]["pickle"] = "gASV"
    path.write_text(json.dumps(doc))
    with pytest.raises(statefile.StateFileError, match="unknown field 'pickle'"):
        statefile.read(str(path))


def test_canonical_form_is_plain_json_and_generator_rebuilds_it():
    for name in BIT_GENERATORS:
        state = canonical(rng(name))
        assert json.loads(json.dumps(state)) == state
        assert canonical(generator(copy.deepcopy(state))) == state


def test_bad_generator_state_file_exits_2_through_the_cli(rngscope_process, tmp_path):
    path = _good(tmp_path)
    _edit_state(path, lambda s: s.update(bit_generator="Pickled"))
    proc = rngscope_process("replay", "-q", "--load-state", str(path))
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr
    assert b"'Pickled'; rngscope reads" in proc.stderr


def test_a_generator_state_for_a_randomstate_stream_exits_2_and_says_why(rngscope_process, tmp_path):
    path = tmp_path / "state.json"
    statefile.write(str(path), _document([("rv_u.rng", rng("PCG64")), ("rv_n.rng", rng("MT19937"))]))
    proc = rngscope_process("replay", "-q", "--load-state", str(path))
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr
    assert b"numpy Generator" in proc.stderr
