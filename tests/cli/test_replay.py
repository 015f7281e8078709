"""`rngscope replay` in a real subprocess: output formats, state files and exit codes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rngscope.trace.contract import validate_stream

GOLDENS = Path(__file__).resolve().parents[1] / "trace" / "goldens"


def test_text_timeline_into_a_pipe_is_the_golden(rngscope):
    proc = rngscope("replay")
    assert proc.returncode == 0
    assert proc.stdout.decode() == (GOLDENS / "sample.txt").read_text()
    assert b"v1 == v3: True" in proc.stderr  # the script's own prints go to standard error


def test_restore_after_0(rngscope):
    proc = rngscope("replay", "--restore-after", "0", "-q")
    assert proc.returncode == 0 and proc.stderr == b""
    assert proc.stdout.decode() == (GOLDENS / "sample_restore_after_0.txt").read_text()


def test_jsonl_lines_follow_the_contract(rngscope):
    proc = rngscope("replay", "-q", "--format", "jsonl", "--expect", "v3 == v1")
    assert proc.returncode == 0
    objects = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert validate_stream(objects) == []
    assert {"event": "expect", "expect": "v3 == v1", "ok": True} == {
        k: objects[-2][k] for k in ("event", "expect", "ok")}


def test_json_document(rngscope):
    proc = rngscope("replay", "-q", "--format", "json")
    doc = json.loads(proc.stdout)
    assert doc["schema"] == "rngscope.replay/1" and doc["calls"] == 4 and doc["draws"] == 2
    assert [e["event"] for e in doc["events"]] == ["call", "call", "state", "call", "call"]


def test_expectations_exit_codes(rngscope):
    ok = rngscope("replay", "-q", "--expect", "v3 == v1", "--expect", "v2 != v1")
    assert ok.returncode == 0
    failed = rngscope("replay", "-q", "--expect", "v2 == v1")
    assert failed.returncode == 1
    assert b"expectation failed: v2 == v1 fails: v2 differs from v1" in failed.stderr
    assert b"FAILED: v2 == v1" in failed.stdout


def test_save_then_load_state(rngscope, tmp_path):
    state = tmp_path / "s.json"
    saved = rngscope("replay", "-q", "--save-state", str(state), "--at", "2")
    assert saved.returncode == 0
    assert json.loads(state.read_text())["schema"] == "rngscope.state/1"
    loaded = rngscope("replay", "-q", "--calls", "f,f", "--load-state", str(state),
                      "--format", "jsonl")
    objects = [json.loads(line) for line in loaded.stdout.decode().splitlines()]
    calls = [o for o in objects if o["event"] == "call"]
    # the states before call 2 of the sample (just restored): f draws v2's and v3's draws
    assert [c["draws"][0]["draw"] for c in calls] == [1, 2]
    assert [o["source"] for o in objects if o["event"] == "state"] == ["load-state"] * 2


def test_goto(rngscope):
    proc = rngscope("replay", "-q", "--goto", "3")
    out = proc.stdout.decode()
    assert proc.returncode == 0
    assert out.startswith("call 3, line 23: v3 = f()")
    assert "draw #2 of rv_u.rng at f7bb19a49bdb" in out and "again (call 1)" in out
    assert "[[0.31971415 0.47584377]" in out  # the very values v1 and v3 have


@pytest.mark.parametrize("args, message", [
    (("--expect", "v3 = v1"), b"is not of the form"),
    (("--expect", "v9 == v1"), b"'v9' is not a result"),
    (("--restore-after", "9"), b"--restore-after 9: the replay made only 4 calls"),
    (("--restore-after", "0", "--snapshot-before", "2"), b"comes before --snapshot-before 2"),
    (("--calls", "nope"), b"no function named 'nope'"),
    (("--calls", "f(open('x'))"), b"must be Python literals"),
    (("--calls", "f(1)"), b"call 0, f(1), failed"),
    (("--at", "1"), b"give --save-state FILE too"),
    (("--goto", "4"), b"--goto 4: the replay made 4 calls"),
    (("--load-state", "missing.json"), b"no such file"),
    (("missing.py",), b"no such file"),
    (("--format", "xml"), b"Invalid value for '--format'"),
])
def test_bad_input_exits_2_without_a_traceback(rngscope, tmp_path, args, message):
    proc = rngscope("replay", "-q", *args, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr
    assert b"Traceback" not in proc.stderr
    assert proc.stdout == b""


def test_bad_state_file_exits_2_and_changes_nothing(rngscope, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "rngscope.state/1", "streams": [')
    out = tmp_path / "out.json"
    proc = rngscope("replay", "--load-state", str(bad), "--save-state", str(out))
    assert proc.returncode == 2 and b"not valid JSON" in proc.stderr and b"Nothing was changed" in proc.stderr
    assert not out.exists()
    assert proc.stderr.count(b"v1 =") == 0  # the script did not even run


def test_a_script_that_raises_exits_2(rngscope, tmp_path):
    script = tmp_path / "boom.py"
    script.write_text("raise ValueError('boom')\n")
    proc = rngscope("replay", str(script))
    assert proc.returncode == 2
    assert b"ValueError: boom" in proc.stderr and b"boom.py raised ValueError" in proc.stderr


def test_script_from_standard_input(rngscope):
    source = (Path(__file__).resolve().parents[2] / "rngscope" / "samples" / "sharing_streams.py")
    proc = rngscope("replay", "-", "-q", "--expect", "v3 == v1", input=source.read_bytes())
    assert proc.returncode == 0
    assert b"v3 = f()" in proc.stdout


def test_a_scan_that_draws_replays(rngscope):
    """A scan's inner draws are the stream's (the loop's carried copy is no stream of its own):
    each call of a 3-step loop advances the one stream by 3 numbered draws."""
    script = (Path(__file__).resolve().parents[1] / "conformance" / "theano-1.0.5-reach"
              / "scan_random_walk_with_updates.py")
    proc = rngscope("replay", str(script), "-q")
    assert proc.returncode == 0, proc.stderr.decode()
    rows = [line for line in proc.stdout.decode().splitlines() if line[:1].isdigit()]
    assert [row.split(", loop ", 1)[1].rstrip() for row in rows] == [
        "walk ×3: draws #1–#3", "walk ×3: draws #4–#6", "walk ×3: draws #7–#9"]
    assert "stream#1" not in proc.stdout.decode()


def test_jsonl_streams_its_first_lines_before_the_script_ends(rngscope_env, tmp_path):
    """A real process: the script waits for standard input after 5,000 calls; its first
    lines are read from the pipe while it waits, then it is let go."""
    import subprocess
    import sys

    script = tmp_path / "waits.py"
    script.write_text(
        "import sys\n"
        "from theano.tensor.shared_randomstreams import RandomStreams\n"
        "from theano import function\n"
        "srng = RandomStreams(seed=1)\n"
        "f = function([], srng.uniform((2,)))\n"
        "for i in range(5000):\n"
        "    f()\n"
        "sys.stdin.readline()  # until the reader has seen the first lines\n"
        "for i in range(5000):\n"
        "    f()\n")
    proc = subprocess.Popen([sys.executable, "-m", "rngscope", "replay", "-q", str(script),
                             "--format", "jsonl"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=rngscope_env(NO_COLOR="1"))
    try:
        first = [proc.stdout.readline() for _ in range(3)]
        assert all(first), proc.communicate(timeout=60)[1].decode()
        first = [json.loads(line) for line in first]
        assert proc.poll() is None  # the script is still waiting
        assert [o["event"] for o in first] == ["start", "call", "call"]
        assert first[0]["streams"][0]["stream"] == "uniform#0.rng"
        assert [o["call"] for o in first[1:]] == [0, 1]
        proc.stdin.write(b"go\n")
        proc.stdin.close()
        rest = proc.stdout.read()  # (through the same buffer as the lines read above)
        err = proc.stderr.read()
        proc.wait(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == 0, err.decode()
    objects = first + [json.loads(line) for line in rest.decode().splitlines()]
    assert validate_stream(objects) == []
    calls = [o for o in objects if o["event"] == "call"]
    assert [c["call"] for c in calls] == list(range(10000))
    assert objects[-1] == {"event": "end", "calls": 10000, "draws": 10000}


def test_jsonl_into_a_pipe_its_reader_closes_ends_quietly(rngscope_env, tmp_path):
    """``rngscope replay --format jsonl | head -1``: the replay stops when the reader has
    gone, exit code 1 (as click ends on a closed pipe), nothing on standard error -- not a
    BrokenPipeError blamed on the script. A script that catches Exception does not keep it."""
    import subprocess
    import sys

    script = tmp_path / "long.py"
    script.write_text(
        "from theano.tensor.shared_randomstreams import RandomStreams\n"
        "from theano import function\n"
        "srng = RandomStreams(seed=1)\n"
        "f = function([], srng.uniform((2,)))\n"
        "for i in range(200000):\n"
        "    try:\n"
        "        f()\n"
        "    except Exception:\n"
        "        print('the script caught it', file=__import__('sys').stderr)\n"
        "        raise\n")
    proc = subprocess.Popen([sys.executable, "-m", "rngscope", "replay", str(script),
                             "--format", "jsonl"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=rngscope_env(NO_COLOR="1"))
    try:
        first = proc.stdout.readline()
        proc.stdout.close()  # the reader goes away, as head does
        err = proc.stderr.read()
        proc.wait(timeout=120)
    finally:
        proc.kill()
    assert json.loads(first)["event"] == "start"
    assert (proc.returncode, err.decode()) == (1, "")


def test_goto_as_json_is_a_document(rngscope):
    done = rngscope("replay", "-q", "--goto", "1", "--format", "json")
    assert done.returncode == 0, done.stderr.decode()
    doc = json.loads(done.stdout)
    assert doc["event"] == "goto" and [d["reproduced"] for d in doc["draws"]] == [True]


def test_an_mrg_dropout_mask_gets_the_mask_findings_and_a_gibbs_sample_none(rngscope, tmp_path):
    script = tmp_path / "mrg_masks.py"
    script.write_text(
        "import numpy as np\n"
        "import theano, theano.tensor as T\n"
        "from theano.sandbox.rng_mrg import MRG_RandomStreams\n"
        "srng = MRG_RandomStreams(seed=5)\n"
        "x = T.dmatrix('x')\n"
        "W = theano.shared(np.full((3, 2), 0.1), name='W')\n"
        "mask = srng.binomial(size=(4, 3), p=0.5, dtype='float64')\n"
        "h = T.tanh(T.dot(x * mask, W))\n"
        "train = theano.function([x], h.sum(), updates=[(W, W - 0.1 * T.grad(h.sum(), W))])\n"
        "test = theano.function([x], h.sum(), no_default_updates=True)\n"
        "hs = srng.binomial(size=(4, 2), p=T.nnet.sigmoid(T.dot(x, W)), dtype='float64')\n"
        "gibbs = theano.function([x], T.dot(hs, W.T).sum())\n"
        "xv = np.ones((4, 3))\n"
        "a = train(xv)\n"
        "b = test(xv)\n"
        "c = gibbs(xv)\n")
    proc = rngscope("replay", str(script), "-q")
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "mask.rng  " in out and "hs.rng  " in out and "(binomial)" in out
    assert ("train advances the dropout mask stream mask.rng on every call: each call (a "
            "training step) draws a new mask (call 0 draws #1).") in out
    assert "test reads the dropout mask stream mask.rng without advancing it" in out
    assert "dropout mask stream hs.rng" not in out


COPIED_LOOP = """\
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=21)
x0 = T.vector('x0')
W = theano.shared(np.eye(2) * 0.5, name='W')
hs, upd = theano.scan(lambda h: T.tanh(T.dot(h, W) + srng.normal((2,), std=0.1)),
                      outputs_info=x0, n_steps=3)
f = theano.function([x0], hs[-1], updates=upd)
a = f(np.ones(2))
g = f.copy()
b = g(np.ones(2))
"""


def test_a_copied_function_with_a_loop_is_replayed_with_draws_of_its_own(rngscope, tmp_path):
    """A copy has its own nodes, as Theano's (it crashed the replay when it shared them)."""
    script = tmp_path / "copied.py"
    script.write_text(COPIED_LOOP)
    proc = rngscope("replay", "-q", str(script))
    assert proc.returncode == 0, proc.stderr.decode()
    rows = [line.split() for line in proc.stdout.decode().splitlines() if line[:1].isdigit()]
    assert [(r[2], r[-2], r[-1]) for r in rows] == [("a", "draws", "#1–#3"), ("b", "draws", "#4–#6")]
