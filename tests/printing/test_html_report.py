"""The HTML replay report as a document (no browser): self-contained, grid, links, findings."""
from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser

import pytest

from rngscope.printing import html_report
from rngscope.runner import load_script
from rngscope.trace import expectations, findings as explain
from rngscope.trace.replay import Options, replay

HAS_DOT = shutil.which("dot") is not None


class Page(HTMLParser):
    """Every start tag with its attributes, and the text, of an HTML document."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.tags, self.text, self.stack = [], [], []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def find(self, tag=None, **attrs):
        return [a for t, a in self.tags if (tag is None or t == tag)
                and all(a.get(k.rstrip("_")) == v for k, v in attrs.items())]

    def with_class(self, tag, cls):
        return [a for t, a in self.tags if t == tag and cls in (a.get("class") or "").split()]


@pytest.fixture(scope="module")
def sample():
    result = replay(load_script(None), Options())
    return result, expectations.check(result.timeline, ["v3 == v1"])


@pytest.fixture(scope="module")
def page(sample):
    return html_report.report(*sample, graphviz=False)


def test_the_page_fetches_nothing(page):
    parsed = Page(page)
    assert not parsed.find("script") and not parsed.find("link") and not parsed.find("img")
    assert not parsed.find("iframe") and not parsed.find("object")
    assert not re.search(r"https?:|//[a-z]|url\(|@import|@font-face|\bsrc=", page, re.I)
    assert [t for t, _ in parsed.tags].count("style") == 1


@pytest.mark.skipif(not HAS_DOT, reason="Graphviz's `dot` is not installed "
                                        "(apt-get install graphviz)")
def test_pictures_are_inline_svg_without_urls_or_clashing_ids(sample):
    page = html_report.report(*sample)
    parsed = Page(page)
    assert len(parsed.find("svg")) == 3
    assert not re.search(r"https?:|xmlns|<!DOCTYPE svg|<\?xml", page)
    ids = [a["id"] for _, a in parsed.tags if "id" in a]
    assert len(ids) == len(set(ids))
    assert "default update" in page and "frozen" in page


def test_without_graphviz_the_functions_are_text_trees(page):
    parsed = Page(page)
    trees = parsed.with_class("pre", "tree")
    assert len(trees) == 3 and not parsed.find("svg")
    assert "apt-get install graphviz" in page
    assert "rv_u ~ uniform(0.0, 1.0, size=(2,2)) from rv_u.rng" in page


def test_the_timeline_is_a_grid_of_calls_by_streams(page):
    parsed = Page(page)
    assert parsed.find("table", id="timeline-grid")
    headers = re.findall(r'<th scope="col" class="stream">([^<]*)</th>', page)
    assert headers == ["rv_u.rng", "rv_n.rng"]
    calls = parsed.with_class("tr", "call")
    assert [a["id"] for a in calls] == ["call-0", "call-1", "call-2", "call-3"]
    assert len(parsed.with_class("tr", "state")) == 1
    cells = parsed.with_class("td", "cell")
    assert len(cells) == 5 * 2  # every row has a cell per stream
    kinds = [a["class"].split()[1] for a in cells if a["data-label"] == "rv_u.rng"]
    assert kinds == ["advanced", "advanced", "restored", "advanced", "advanced"]
    assert "draw #1</span> again, as in <a href=\"#call-0\">call 0</a>" in page
    assert "draw #2</span> again, as in <a href=\"#call-1\">call 1</a>" in page


def test_equal_results_are_linked_both_ways(page):
    v3 = re.search(r'<tr class="call" id="call-3">.*?</tr>', page).group(0)
    assert '= <a href="#call-1">v1</a>' in v3
    v1 = re.search(r'<tr class="call" id="call-1">.*?</tr>', page).group(0)
    assert 'same values later: <a href="#call-3">v3</a>' in v1


def test_every_link_has_a_target(page):
    parsed = Page(page)
    ids = {a["id"] for _, a in parsed.tags if "id" in a}
    hrefs = [a["href"] for a in parsed.find("a")]
    assert hrefs and all(h.startswith("#") and h[1:] in ids for h in hrefs)


def test_the_findings_and_expectations_are_listed(sample, page):
    parsed = Page(page)
    findings = parsed.with_class("li", "finding")
    expected = explain.findings(sample[0].timeline)
    assert len(findings) == len(expected) >= 4
    assert [a["class"].split()[1] for a in findings] == [f.kind for f in expected]
    text = "".join(parsed.text)
    assert "v3 equals v1: both are draw #2 of rv_u.rng" in text
    assert parsed.with_class("li", "ok") and "v3 == v1 holds" in text


def test_it_reads_on_a_narrow_screen_and_printed(page):
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "@media (max-width: 720px)" in page and "@media print" in page
    assert 'content: attr(data-label)' in page  # a grid row becomes a labelled card
    assert all("data-label" in a for a in Page(page).with_class("td", "cell"))


def test_the_same_replay_gives_the_same_bytes(sample, page):
    assert html_report.report(*sample, graphviz=False) == page


def test_text_is_escaped(sample):
    result, checked = sample
    findings = [explain.Finding("no-update", "<b>x</b> & call 1", (1,))]
    page = html_report.report(result, checked, findings=findings, graphviz=False)
    assert "&lt;b&gt;x&lt;/b&gt; &amp; <a href=\"#call-1\">call 1</a>" in page


def test_write_is_atomic_and_complete(sample, tmp_path):
    out = tmp_path / "report.html"
    html_report.write(out, *sample)
    assert out.read_text(encoding="utf-8").endswith("</html>\n")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_replay_html_option_writes_the_report(tmp_path):
    from click.testing import CliRunner

    from rngscope.cli import main

    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["replay", "-q", "--html", str(out), "--restore-after", "0"])
    assert result.exit_code == 0, result.output
    assert "replay of the built-in sample" in result.output  # the timeline still printed
    page = out.read_text(encoding="utf-8")
    assert '<table class="grid" id="timeline-grid">' in page and "--restore-after 0" in page
    missing = CliRunner().invoke(main, ["replay", "-q", "--html", str(tmp_path / "no" / "r.html")])
    assert missing.exit_code == 2 and "cannot write" in missing.output
