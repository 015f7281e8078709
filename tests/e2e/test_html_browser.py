"""The HTML replay report in a real headless Chromium: the page renders its grid and findings.

Chromium comes from the distribution's packages (``scripts/install_browser.sh``;
``.ci/run`` installs it).  Without it the tests are skipped, saying so.  The
browser runs with networking features off and a fresh profile, on a
``file://`` page that has nothing to fetch.  Screenshots are written to the
test's temporary folder, or to ``$RNGSCOPE_SCREENSHOTS`` when that is set.
"""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from pathlib import Path

import pytest

from rngscope.printing import html_report
from rngscope.runner import load_script
from rngscope.trace import expectations
from rngscope.trace.replay import Options, replay

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars", "--mute-audio"]
ADVANCED = (0xF1, 0xDD, 0xF5)  # --advanced in the report's CSS
RESTORED = (0xDC, 0xF1, 0xDF)  # --restored


def find_browser():
    """A working Chromium, or None (with the reason)."""
    for name in filter(None, [os.environ.get("RNGSCOPE_BROWSER"), "chromium",
                              "chromium-browser", "google-chrome", "google-chrome-stable"]):
        path = shutil.which(name)
        if path is None:
            continue
        try:
            done = subprocess.run([path, "--version"], capture_output=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0 and b"Chrom" in done.stdout:
            return path
    return None


BROWSER = find_browser()
pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="no Chromium installed: run scripts/install_browser.sh (as root) "
                            "or set RNGSCOPE_BROWSER to a Chromium binary")


@pytest.fixture(scope="module")
def report_file(tmp_path_factory):
    result = replay(load_script(None), Options())
    checked = expectations.check(result.timeline, ["v3 == v1", "v2 != v1"])
    path = tmp_path_factory.mktemp("report") / "report.html"
    html_report.write(path, result, checked)
    return path


def browse(tmp_path, *args, timeout=120):
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    done = subprocess.run([BROWSER, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, timeout=timeout)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return done.stdout.decode("utf-8", errors="replace")


def screenshot(tmp_path, page: Path, name: str, width: int, height: int) -> Path:
    folder = Path(os.environ.get("RNGSCOPE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / name
    browse(tmp_path, f"--window-size={width},{height}", f"--screenshot={out}", page.as_uri())
    return out


def test_the_rendered_dom_has_the_timeline_grid_and_the_findings(report_file, tmp_path):
    dom = browse(tmp_path, "--dump-dom", report_file.as_uri())
    assert '<table class="grid" id="timeline-grid">' in dom
    for k in range(4):
        assert f'<tr class="call" id="call-{k}">' in dom
    assert dom.count('<td data-label="rv_u.rng" class="cell advanced">') == 4
    assert dom.count('<td data-label="rv_u.rng" class="cell restored">') == 1
    assert '<section id="findings">' in dom and dom.count('<li class="finding ') >= 4
    assert "v3 equals v1" in dom and "v2 != v1 holds" in dom


def test_a_screenshot_shows_the_coloured_grid(report_file, tmp_path):
    shot = screenshot(tmp_path, report_file, "report-wide.png", 1280, 1400)
    width, height, pixels = read_png(shot)
    assert (width, height) == (1280, 1400)
    # the grid's cells, styled: far more of each colour than the legend's swatch alone
    assert pixels[ADVANCED] > 5000 and pixels[RESTORED] > 1000


def test_on_a_narrow_screen_the_grid_becomes_cards(report_file, tmp_path):
    shot = screenshot(tmp_path, report_file, "report-narrow.png", 390, 2400)
    width, _height, pixels = read_png(shot)
    assert width == 390
    assert pixels[ADVANCED] > 5000 and pixels[RESTORED] > 1000


def test_the_page_prints(report_file, tmp_path):
    pdf = tmp_path / "report.pdf"
    browse(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", report_file.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000


# -- a small PNG reader (8-bit RGB/RGBA, not interlaced: what Chromium writes) -----------------


def read_png(path: Path):
    """(width, height, Counter of (r, g, b) over every 4th pixel of each row) of a PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, []
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _c, _f, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and color in (2, 6) and interlace == 0
        elif kind == b"IDAT":
            idat.append(chunk)
        pos += 12 + length
    channels = 4 if color == 6 else 3
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    previous = bytearray(stride)
    colours = Counter()
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        _unfilter(kind, line, previous, channels)
        for x in range(0, stride, channels * 4):  # every 4th pixel is plenty for cell colours
            colours[tuple(line[x:x + 3])] += 1
        previous = line
    return width, height, colours


def _unfilter(kind, line, previous, bpp):
    if kind == 0:
        return
    for i in range(len(line)):
        left = line[i - bpp] if i >= bpp else 0
        up = previous[i]
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 2:
            line[i] = (line[i] + up) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
        elif kind == 4:
            corner = previous[i - bpp] if i >= bpp else 0
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            best = left if pa <= pb and pa <= pc else up if pb <= pc else corner
            line[i] = (line[i] + best) & 0xFF
        else:
            raise ValueError(f"PNG filter {kind}")
