"""The graph explorer in a real browser: headless Chromium driven by playwright.

Needs the Debian packages ``chromium`` (and ``chromium-driver``, for selenium users) and the
pip package ``playwright`` — only its Python package: the browser is the system's
``/usr/bin/chromium`` (``KG_CHROMIUM`` names another), never a downloaded one.
Without Chromium every test here skips, saying so; ``.ci/run`` installs it.

``KG_UPDATE_SCREENSHOT=1 pytest tests/test_browser.py -k screenshot`` rewrites docs/graph.png.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from kg.exports import html as kg_html
from test_html import HOSTILE, hostile_graph, sample_graph

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]


def _find_chromium() -> str | None:
    """KG_CHROMIUM if set, else the Debian package's /usr/bin/chromium, else one on PATH."""
    wanted = os.environ.get("KG_CHROMIUM")
    if wanted:
        return wanted if Path(wanted).is_file() else None
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    return shutil.which("chromium") or shutil.which("chromium-browser")


CHROMIUM = _find_chromium()
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
READY = 'document.body.dataset.ready === "true"'


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("no Chromium at /usr/bin/chromium (or KG_CHROMIUM): install the Debian packages "
                    "chromium and chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # Chromium is there, so the test must run: say what is missing
        pytest.fail("Chromium is installed but the playwright Python package is not: pip install playwright "
                    "(do not run `playwright install`; the tests use the system Chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


class Page:
    """A page opened from a file, recording what must not happen: dialogs, errors, requests."""

    def __init__(self, browser, path: Path, timeout_ms: int = 30_000) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1440, "height": 900}, device_scale_factor=1)
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("request", lambda r: self.requests.append(r.url))
        started = time.perf_counter()
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function(READY, timeout=timeout_ms)
        self.seconds_to_ready = time.perf_counter() - started

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def search(self, text: str) -> None:
        box = self.page.locator("#search")
        box.fill("")
        box.press_sequentially(text, delay=20)
        self.page.wait_for_selector("#suggestions li[data-id]")
        box.press("Enter")

    def click_node(self, node_id: str) -> None:
        """A real mouse click on the node where it is drawn on the canvas."""
        self.page.wait_for_timeout(700)  # let the focus animation finish
        x, y = self.js("""id => { const n = kgExplorer.network;
            const p = n.canvasToDOM(n.getPositions([id])[id]); return [p.x, p.y]; }""", node_id)
        box = self.page.locator("#graph").bounding_box()
        self.page.mouse.click(box["x"] + x, box["y"] + y)

    def click_edge_middle(self, edge_id: str) -> None:
        x, y = self.js("""id => { const n = kgExplorer.network, e = kgExplorer.edges.get(id);
            const p = n.getPositions([e.from, e.to]);
            const a = n.canvasToDOM(p[e.from]), b = n.canvasToDOM(p[e.to]);
            return [(a.x + b.x) / 2, (a.y + b.y) / 2]; }""", edge_id)
        box = self.page.locator("#graph").bounding_box()
        self.page.mouse.click(box["x"] + x, box["y"] + y)

    def panel_text(self) -> str:
        return self.page.locator("#panel").inner_text()

    def assert_clean(self) -> None:
        assert self.dialogs == []
        assert self.errors == []
        assert all(u.startswith(("file:", "data:", "blob:", "about:")) for u in self.requests), self.requests


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory) -> Path:
    return kg_html.write_html(sample_graph(), tmp_path_factory.mktemp("browser") / "graph.html",
                              title="kg · 即墨区城市更新")


def test_browser_search_click_panel_and_screenshot(browser, sample_page, tmp_path):
    p = Page(browser, sample_page)
    assert p.js("kgExplorer.network.body.data.nodes.length") == 8
    p.search("区住建局")  # an alias, typed key by key
    agency = "Agency/即墨区住房和城乡建设局"
    assert p.js("kgExplorer.network.getSelectedNodes()") == [agency]
    text = p.panel_text()
    assert text.splitlines()[0] == "即墨区住房和城乡建设局"
    for expected in ("政府机构 Agency", "区住建局", "即墨区住建局", "79.4亿元", "3200万元", "专项借款",
                     "《即墨区城市更新跑出加速度》", "001_jimo.txt", "领导 leads", "资助 funds"):
        assert expected in text, expected
    marks = p.page.locator("#panel .evidence mark").all_inner_texts()
    assert "区住建局" in marks  # the entity's words highlighted in its evidence sentences

    p.click_node("Official/孙立伟")  # a real click on the canvas
    p.page.wait_for_function("document.querySelector('#panel h2').textContent === '孙立伟'")
    text = p.panel_text()
    assert "官员 Official" in text and "党组书记、局长" in text
    assert p.page.locator("#panel .evidence mark").all_inner_texts()[:1] == ["孙立伟"]

    leads = p.js("kgExplorer.edges.get().find(e => e.from === 'Official/孙立伟').id")
    p.click_edge_middle(leads)
    p.page.wait_for_function("document.getElementById('panel').dataset.shows === 'edge'")
    text = p.panel_text()
    assert "领导 leads" in text and "职务 role" in text and "党组书记、局长" in text
    assert set(p.page.locator("#panel .evidence mark").all_inner_texts()) >= {"孙立伟", "即墨区住房和城乡建设局"}

    p.search("区住建局")
    p.page.wait_for_timeout(700)
    p.page.locator("#fit").click()  # the whole graph in the picture, the agency selected
    box = p.page.locator("#graph").bounding_box()
    p.page.mouse.move(box["x"] + 10, box["y"] + box["height"] - 10)  # off every node: no tooltip
    p.page.wait_for_timeout(600)
    shot = tmp_path / "graph.png"
    p.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("KG_UPDATE_SCREENSHOT"):
        shutil.copyfile(shot, ROOT / "docs" / "graph.png")
    p.assert_clean()


def test_browser_filters_ego_and_whole(browser, sample_page):
    p = Page(browser, sample_page)
    visible = "kgExplorer.nodes.get({filter: n => !n.hidden}).length"
    assert p.js(visible) == 8
    p.page.locator('input[data-type="Place"]').uncheck()
    assert p.js(visible) == 6
    p.page.locator('input[data-type="Place"]').check()
    p.page.locator('input[data-predicate="locatedIn"]').uncheck()
    assert p.js("kgExplorer.edges.get({filter: e => !e.hidden}).length") == 6
    p.page.locator('input[data-predicate="locatedIn"]').check()

    p.search("孙立伟")
    p.page.locator("#hops").fill("1")
    p.page.locator("#ego").click()
    assert sorted(p.js("kgExplorer.nodes.get({filter: n => !n.hidden}).map(n => n.id)")) == [
        "Agency/即墨区住房和城乡建设局", "Official/孙立伟"]
    assert "ego of 孙立伟" in p.page.locator("#status").inner_text()
    p.page.locator("#hops").fill("2")
    p.page.locator("#ego").click()
    assert p.js(visible) == 4
    p.page.locator("#whole").click()
    assert p.js(visible) == 8
    p.assert_clean()


def test_browser_ego_page_opens_on_entity(browser, tmp_path):
    path = kg_html.write_ego_html(sample_graph(), "即墨城投", 1, tmp_path / "ego.html")
    p = Page(browser, path)
    p.page.wait_for_selector("#panel h2")
    assert p.page.locator("#panel h2").inner_text() == "青岛即墨城市发展投资有限公司"
    assert p.js("kgExplorer.network.body.data.nodes.length") == 3
    p.assert_clean()


def test_browser_hostile_text_stays_text(browser, tmp_path):
    path = kg_html.write_html(hostile_graph(), tmp_path / "evil.html", title=f"图{HOSTILE}")
    p = Page(browser, path)
    assert p.page.title() == f"图{HOSTILE}"
    p.search("甲局")
    panel = p.panel_text()
    assert f"别名{HOSTILE}" in panel  # alias, literally
    assert f"甲局{HOSTILE}投资乙工程</script><!--。" in panel  # the sentence, literally
    assert f"《标题{HOSTILE}》" in panel
    p.page.locator("#panel .evidence").first.hover()
    p.search("<script>")  # the node whose label is markup, found by typing it
    assert p.page.locator("#panel h2").inner_text() == HOSTILE
    assert f"职务{HOSTILE}" in p.panel_text()
    p.page.locator("#panel h2").hover()
    edge = p.js("kgExplorer.edges.getIds()[0]")
    p.js("id => kgExplorer.selectEdge(id)", edge)
    assert f"1亿元{HOSTILE}" in p.panel_text()
    # nothing became markup: no script or handler attribute anywhere in the live document
    assert p.js("document.querySelectorAll('script').length") == 3
    assert p.js("[...document.querySelectorAll('*')].filter(e => [...e.attributes]"
                ".some(a => a.name.startsWith('on'))).length") == 0
    p.page.wait_for_timeout(300)
    p.assert_clean()  # and no alert() ran


def _much_evidence_graph():
    """甲局 funds 乙工程, said in 45 sentences (one carrying markup, one found 3000 times) and inferred once."""
    from kg.graph.model import build_graph
    from kg.records import Entity, Evidence

    evidence = [Evidence(f"f{i:02}.txt#0", f"f{i:02}.txt", f"第{i}期", f"甲局投资乙工程{i}亿元。", 0, 12,
                                "funds_verb", count=3000 if i == 0 else 1) for i in range(44)]
    evidence.append(Evidence("f44.txt#0", "f44.txt", f"标题{HOSTILE}", f"甲局{HOSTILE}投资乙工程</script>。", 0, 40,
                             "funds_verb"))
    evidence.append(Evidence("f45.txt#0", "f45.txt", "第45期", "", 0, 0, "place_nesting", basis="inferred"))
    ents = [Entity("Agency/甲局", "Agency", "甲局", {f"别名{HOSTILE}"}), Entity(f"Project/{HOSTILE}", "Project", HOSTILE)]
    return build_graph(ents, [("Agency/甲局", "funds", f"Project/{HOSTILE}", ev) for ev in evidence], {})


def test_browser_long_evidence_lists_page_twenty_at_a_time_and_stay_text(browser, tmp_path):
    path = kg_html.write_html(_much_evidence_graph(), tmp_path / "many.html", title=f"图{HOSTILE}")
    p = Page(browser, path)
    blocks = "document.querySelectorAll('#evidence-list > .evidence').length"
    more = p.page.locator("#panel button.more").last
    edge = p.js("kgExplorer.edges.getIds()[0]")
    p.js("id => kgExplorer.selectEdge(id)", edge)
    assert p.page.locator("#panel h3").all_inner_texts() == ["证据 evidence (46, found 3045 times)"]
    assert p.js(blocks) == 20
    assert more.inner_text() == "显示更多 show 20 more (20 of 46 shown)"
    assert "出现 3000 次 found 3000 times" in p.panel_text()
    more.click()
    assert p.js(blocks) == 40 and more.inner_text() == "显示更多 show 6 more (40 of 46 shown)"
    more.click()
    assert p.js(blocks) == 46 and not more.is_visible()
    panel = p.panel_text()
    assert f"甲局{HOSTILE}投资乙工程</script>。" in panel and f"《标题{HOSTILE}》" in panel  # literally
    assert "推断 inferred · place_nesting" in panel
    assert p.js("document.querySelectorAll('#panel .evidence.inferred blockquote').length") == 0

    p.search("甲局")  # the node's panel pages its evidence (one block per sentence) the same way
    assert p.js(blocks) == 20
    assert more.inner_text() == "显示更多 show 20 more (20 of 46 shown)"
    # nothing became markup: no script or handler attribute anywhere in the live document
    assert p.js("document.querySelectorAll('script').length") == 3
    assert p.js("[...document.querySelectorAll('*')].filter(e => [...e.attributes]"
                ".some(a => a.name.startsWith('on'))).length") == 0
    p.page.wait_for_timeout(300)
    p.assert_clean()  # and no alert() ran


@pytest.mark.xdist_group("page_of_5000_nodes")
def test_browser_5000_nodes_open_without_freezing(browser, page_of_5000_nodes):
    G, path = page_of_5000_nodes
    p = Page(browser, path, timeout_ms=30_000)
    # drawn and still: no physics, so positions do not move after the first frame
    still = "kgExplorer.network.getPositions(['Official/实体0'])['Official/实体0']"
    before = p.js(still)
    p.page.wait_for_timeout(500)
    assert p.js(still) == before and p.js("kgExplorer.network.physics.options.enabled") is False
    assert p.js("kgExplorer.network.body.data.nodes.length") == 5000
    assert p.js("1 + 1") == 2  # the page answers: its main thread is free
    p.search("别名4999")
    p.page.wait_for_function("document.querySelector('#panel h2') && "
                             "document.querySelector('#panel h2').textContent === '实体4999'", timeout=10_000)
    p.page.wait_for_timeout(700)  # the focus animation
    frame_ms = p.js("() => { const t = performance.now(); kgExplorer.network.renderer._redraw(); "
                    "return performance.now() - t; }")  # printed below; a clock is not asserted here
    assert p.js("kgExplorer.edges.get({filter: e => e.label}).length") > 0  # its edges are labelled
    p.page.locator("#ego").click()
    p.page.wait_for_function("document.getElementById('status').textContent.includes('ego of')")
    p.page.locator("#whole").click()
    assert p.js("kgExplorer.nodes.get({filter: n => !n.hidden}).length") == 5000
    print(f"5,000 nodes: ready in {p.seconds_to_ready:.1f} s, one zoomed-in frame {frame_ms:.0f} ms")
    p.assert_clean()
