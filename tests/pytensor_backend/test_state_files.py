"""State files of PyTensor scripts through `rngscope replay --save-state/--load-state`: Generator
entries (PCG64 and MT19937) round-trip to the same draws; bad files exit 2, changing nothing.

Skipped, with the reason, when pytensor cannot be imported (CI installs the extra).
"""
from __future__ import annotations

import json

import numpy as np
import pytest

pytest.importorskip("pytensor", reason="pytensor is not importable; pip install 'rngscope[pytensor]'")

from rngscope.trace import statefile  # noqa: E402

SCRIPT = """\
import numpy as np
import pytensor
from pytensor.tensor.random.utils import RandomStream

pcg = RandomStream(seed=1)
mt = RandomStream(seed=2, rng_ctor=lambda seed: np.random.Generator(np.random.MT19937(seed)))
a = pcg.normal(0, 1, size=(3,))
b = mt.uniform(0, 1, size=(3,))
f = pytensor.function([], [a, b])
for i in range(4):
    f()
"""
TIMEOUT = 240


@pytest.fixture
def script(tmp_path):
    (tmp_path / "two_generators.py").write_text(SCRIPT)
    return tmp_path


def events(rngscope, cwd, *args):
    done = rngscope("replay", "-q", "two_generators.py", "--format", "jsonl", *args, cwd=cwd,
                    timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr.decode()
    return [json.loads(line) for line in done.stdout.decode().splitlines()]


def calls(lines):
    return [e for e in lines if e["event"] == "call"]


def test_the_file_holds_a_pcg64_and_an_mt19937_generator(rngscope, script):
    events(rngscope, script, "--save-state", "s.json", "--at", "2")
    doc = json.loads((script / "s.json").read_text())
    assert doc["schema"] == "rngscope.state/1" and doc["at"] == {"call": 2, "when": "before"}
    assert [(s["stream"], s["state"]["type"], s["state"]["bit_generator"]["bit_generator"])
            for s in doc["streams"]] == [("a.rng", "Generator", "PCG64"),
                                          ("b.rng", "Generator", "MT19937")]
    parsed = statefile.read(str(script / "s.json"))
    assert all(isinstance(e.value(), np.random.Generator) for e in parsed.streams)


def test_loading_a_state_saved_before_call_2_replays_call_2s_draws(rngscope, script):
    original = calls(events(rngscope, script, "--save-state", "s.json", "--at", "2"))
    loaded = events(rngscope, script, "--load-state", "s.json")
    sets = [e for e in loaded if e["event"] == "state"]
    assert [(e["source"], e["after"]) for e in sets] == [
        ("load-state", s["before"]) for s in original[2]["streams"]]
    first = calls(loaded)[0]
    assert [(d["stream"], d["state"], d["digest"]) for d in first["draws"]] == [
        (d["stream"], d["state"], d["digest"]) for d in original[2]["draws"]]
    assert [o["digest"] for o in first["outputs"]] == [o["digest"] for o in original[2]["outputs"]]


def test_an_end_state_round_trip_continues_where_the_run_ended(rngscope, script):
    original = calls(events(rngscope, script, "--save-state", "end.json"))
    loaded = calls(events(rngscope, script, "--load-state", "end.json"))
    assert [s["before"] for s in loaded[0]["streams"]] == [s["after"] for s in original[-1]["streams"]]
    events(rngscope, script, "--load-state", "end.json", "--save-state", "again.json", "--at", "0")
    assert (json.loads((script / "again.json").read_text())["streams"]
            == json.loads((script / "end.json").read_text())["streams"])


def _pcg(doc):
    return doc["streams"][0]["state"]["bit_generator"]


def _mt(doc):
    return doc["streams"][1]["state"]["bit_generator"]


def _randomstate_entry(doc):
    legacy = np.random.RandomState(0).get_state()
    doc["streams"][0] = {"stream": "a.rng", "fingerprint": statefile.fingerprint(legacy),
                         "state": statefile.encode_state(legacy)}


BAD = {  # name -> (edit of the decoded file or None for a text edit, what the message says)
    "not JSON": (lambda text: text[: len(text) // 2], "not valid JSON"),
    "a pickle field": (lambda d: d.update(pickle="gASV"), "unknown field 'pickle'"),
    "unknown bit generator": (lambda d: _pcg(d).update(bit_generator="Pickled"), "rngscope reads"),
    "PCG64 word too large": (lambda d: _pcg(d)["state"].update(state=2 ** 128 + 5),
                             "numpy does not accept"),
    "negative word": (lambda d: _pcg(d)["state"].update(inc=-1), "unsigned"),
    "float word": (lambda d: _pcg(d).update(uinteger=1.5), "integers"),
    "bool flag": (lambda d: _pcg(d).update(has_uint32=True), "integers"),
    "extra bit-generator field": (lambda d: _pcg(d).update(extra=1), "out of range"),
    "edited state, old fingerprint": (lambda d: _pcg(d)["state"].update(state=_pcg(d)["state"]["state"] + 1),
                                      "fingerprint"),
    "short MT19937 key": (lambda d: _mt(d)["state"].update(key=_mt(d)["state"]["key"][:600]),
                          "numpy does not accept"),
    "MT19937 key word too large": (lambda d: _mt(d)["state"]["key"].__setitem__(0, 2 ** 32),
                                   "out of range"),
    "a RandomState for a Generator stream": (_randomstate_entry,
                                             "the script's stream holds a numpy Generator, the file does not"),
    "a stream the script lacks": (lambda d: d["streams"][1].update(stream="c.rng"),
                                  "a stream 'c.rng' that the script does not create"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_pytensor_state_file_exits_2_in_one_paragraph_and_changes_nothing(rngscope, script, case):
    events(rngscope, script, "--save-state", "s.json", "--at", "1")
    path = script / "s.json"
    edit, message = BAD[case]
    if case == "not JSON":
        path.write_text(edit(path.read_text()))
    else:
        doc = json.loads(path.read_text())
        edit(doc)
        path.write_text(json.dumps(doc))
    before = path.read_bytes()
    done = rngscope("replay", "-q", "two_generators.py", "--load-state", "s.json", cwd=script,
                    timeout=TIMEOUT)
    assert done.returncode == 2
    assert done.stdout == b""
    err = done.stderr.decode()
    assert err.startswith("rngscope: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and message in err
    assert "othing was changed" in err
    assert path.read_bytes() == before
