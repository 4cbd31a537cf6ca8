"""The review page driven in headless Chromium: mark, drop, edit, save, render, check the PDF.

Needs Debian's `chromium` and `chromium-driver` (.ci/run installs them); skips, saying so, only
where no browser is installed. The accessibility check injects axe-core from tests/a11y
(`npm ci --prefix tests/a11y`, also run by .ci/run).
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefings.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "korea-canada-2plus2.txt"
AXE = ROOT / "tests" / "a11y" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="no browser: install Debian's chromium and chromium-driver to run the review page tests",
)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(downloads: Path) -> Iterator[Any]:
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(argument)
    options.add_experimental_option(
        "prefs",
        {
            "download.default_directory": str(downloads),
            "download.prompt_for_download": False,
            "safebrowsing.enabled": False,
        },
    )
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def write_page(tmp_path: Path, article: Path, *extra: str) -> Path:
    page = tmp_path / "review.html"
    result = CliRunner().invoke(main, ["review", str(article), "-o", str(page), *extra])
    assert result.exit_code == 0, result.output
    return page


def page_brief(driver: Any) -> dict[str, Any]:
    text = driver.execute_script("return document.getElementById('brief-data').textContent")
    return dict(json.loads(text)["brief"])


def item(driver: Any, section: str, index: int) -> WebElement:
    selector = f'li.item[data-section="{section}"][data-index="{index}"]'
    return driver.find_element(By.CSS_SELECTOR, selector)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def pick_items(brief: dict[str, Any]) -> tuple[tuple[str, int], tuple[str, int]]:
    """An item to drop whose `what` appears nowhere else in the brief, and one to edit."""
    keys = ("demands", "positions", "next_steps")
    entries = [(key, i) for key in keys for i in range(len(brief[key]))]
    for key, index in entries:
        rest = copy.deepcopy(brief)
        del rest[key][index]
        rest["evidence"] = []  # recomputed from the kept items when saved
        if brief[key][index]["what"] not in json.dumps(rest, ensure_ascii=False):
            edit = next(entry for entry in entries if entry != (key, index))
            return (key, index), edit
    raise AssertionError("the sample brief has no item that only one item states")


def test_review_flow_drop_edit_save_render(browser: Any, downloads: Path, tmp_path: Path) -> None:
    page = write_page(tmp_path, SEED)
    browser.get(page.as_uri())
    brief = page_brief(browser)
    (drop_key, drop_index), (edit_key, edit_index) = pick_items(brief)
    dropped_what = brief[drop_key][drop_index]["what"]

    # Clicking an item's "Show sentence" marks its evidence sentence and scrolls to it.
    target = item(browser, edit_key, edit_index)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", target)
    target.find_element(By.CSS_SELECTOR, "button.show").click()
    sentence = brief[edit_key][edit_index]["evidence"][0]["sentence"]
    mark = browser.find_element(By.ID, f"s{sentence}")
    assert "current" in mark.get_attribute("class")
    assert "current" in target.get_attribute("class")
    pane = browser.find_element(By.CSS_SELECTOR, "section.article")
    assert browser.execute_script(
        "const m = arguments[0].getBoundingClientRect(), p = arguments[1].getBoundingClientRect();"
        "return m.top >= p.top && m.bottom <= p.bottom;",
        mark,
        pane,
    )

    # Clicking a highlighted sentence lists the items citing it.
    mark.click()
    cited_by = browser.find_element(By.ID, "cited-by")
    assert cited_by.is_displayed()
    assert brief[edit_key][edit_index]["what"][:30] in flat(cited_by.text)

    # Keyboard: j moves to the next item, x toggles keep, with a visible focus ring.
    first = item(browser, "key_points", 0)
    browser.execute_script("arguments[0].focus()", first)
    first.send_keys("j")
    focused = browser.switch_to.active_element
    assert focused.get_attribute("data-section") == "key_points"
    assert focused.get_attribute("data-index") == "1"
    outline = browser.execute_script("return getComputedStyle(arguments[0]).outlineStyle", focused)
    assert outline == "solid"
    focused.send_keys("x")
    assert "dropped" in focused.get_attribute("class")
    focused.send_keys("x")
    assert "dropped" not in focused.get_attribute("class")

    # Drop one item, edit another's `what`.
    drop = item(browser, drop_key, drop_index)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", drop)
    drop.find_element(By.CSS_SELECTOR, "input.keep").click()
    assert "dropped" in drop.get_attribute("class")
    edited = item(browser, edit_key, edit_index)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", edited)
    what = edited.find_element(By.CSS_SELECTOR, "textarea")
    what.clear()
    what.send_keys("Analyst corrected this item")

    browser.find_element(By.ID, "save").click()
    slug = json.loads(
        browser.execute_script("return document.getElementById('brief-data').textContent")
    )["slug"]
    saved = downloads / f"{slug}.yaml"
    deadline = time.monotonic() + 15
    while not saved.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert saved.exists(), list(downloads.iterdir())

    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["render", str(saved), "-f", "pdf", "-o", str(out)])
    assert result.exit_code == 0, result.output
    pdf = next(out.glob("*.pdf"))
    text = flat(" ".join(p.extract_text() or "" for p in PdfReader(pdf).pages))
    assert "Analyst corrected this item" in text
    assert flat(dropped_what) not in text
    # Evidence is kept as it was: the edited item's sentence is still quoted.
    evidence_text = brief[edit_key][edit_index]["evidence"][0]["text"]
    assert flat(evidence_text)[:60] in text


def test_saved_yaml_keeps_evidence_and_drops_item(browser: Any, tmp_path: Path) -> None:
    """The saved brief is the original minus the dropped item, evidence untouched."""
    browser.get(write_page(tmp_path, SEED).as_uri())
    brief = page_brief(browser)
    browser.execute_script("arguments[0].scrollIntoView()", item(browser, "figures", 0))
    item(browser, "figures", 0).find_element(By.CSS_SELECTOR, "input.keep").click()
    edited = browser.execute_script("return window.briefingsReview.editedBrief()")
    assert edited["figures"] == brief["figures"][1:]
    assert edited["demands"] == brief["demands"]
    cited = {(e["start"], e["end"]) for e in edited["evidence"]}
    assert {(e["start"], e["end"]) for e in brief["demands"][0]["evidence"]} <= cited


def test_merge_actor_reattributes_items(browser: Any, tmp_path: Path) -> None:
    browser.get(write_page(tmp_path, SEED).as_uri())
    brief = page_brief(browser)
    names = [a["name"] for a in brief["actors"]]
    source = next(n for n in names if any(n in d["by"] for d in brief["demands"]))
    into = next(n for n in names if n != source)
    select = item(browser, "actors", names.index(source)).find_element(
        By.CSS_SELECTOR, ".field:last-child select"
    )
    from selenium.webdriver.support.ui import Select

    Select(select).select_by_value(into)
    edited = browser.execute_script("return window.briefingsReview.editedBrief()")
    assert source not in [a["name"] for a in edited["actors"]]
    target = next(a for a in edited["actors"] if a["name"] == into)
    assert source in target["aliases"]
    assert all(source not in d["by"] for d in edited["demands"])


def test_reattribute_by_picking_another_actor(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.support.ui import Select

    browser.get(write_page(tmp_path, SEED).as_uri())
    brief = page_brief(browser)
    other = next(a["name"] for a in brief["actors"] if a["name"] not in brief["demands"][0]["by"])
    by = item(browser, "demands", 0).find_element(By.CSS_SELECTOR, "select")
    Select(by).select_by_value(other)
    edited = browser.execute_script("return window.briefingsReview.editedBrief()")
    assert edited["demands"][0]["by"] == [other]
    assert edited["demands"][0]["evidence"] == brief["demands"][0]["evidence"]


def test_saved_text_is_yaml_even_with_control_characters(browser: Any, tmp_path: Path) -> None:
    import yaml

    browser.get(write_page(tmp_path, SEED).as_uri())
    value = "a\u0080b\u0085c\ufffe d “quoted” \\ \t end"
    text = browser.execute_script(
        "return window.briefingsReview.yamlSafe(JSON.stringify({v: arguments[0]}, null, 2))", value
    )
    assert yaml.safe_load(text) == {"v": value}


def test_article_script_is_text(browser: Any, tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(
        "Envoys Meet in Geneva\n\nGENEVA, March 3 (Reuters) - Switzerland called on Iran to "
        "release the prisoners <script>window.pwned = 1</script> before Friday, the foreign "
        'minister said. {{DATA}} </script><img src=x onerror="window.pwned=2">\n',
        encoding="utf-8",
    )
    browser.get(write_page(tmp_path, article).as_uri())
    assert browser.execute_script("return window.pwned === undefined")
    assert "<script>window.pwned = 1</script>" in browser.find_element(By.ID, "article-text").text
    assert browser.execute_script("return typeof window.briefingsReview.editedBrief") == "function"


@pytest.mark.parametrize("width", [1280, 800])
def test_page_passes_axe(browser: Any, tmp_path: Path, width: int) -> None:
    """axe-core's WCAG 2 A/AA and best-practice rules, with a dropped item and a marked sentence."""
    if not AXE.is_file():
        pytest.skip("axe-core is not installed: run `npm ci --prefix tests/a11y`")
    browser.set_window_size(width, 900)
    browser.get(write_page(tmp_path, SEED).as_uri())
    browser.execute_script(
        "arguments[0].click()",
        item(browser, "demands", 0).find_element(By.CSS_SELECTOR, "input.keep"),
    )
    browser.execute_script("arguments[0].click()", browser.find_element(By.CSS_SELECTOR, "mark.ev"))
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    results = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'best-practice']})"
        ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.length + ' ' +"
        " v.nodes[0].html.slice(0, 120))));"
    )
    browser.set_window_size(1280, 900)
    assert results == []


@pytest.mark.parametrize("width", [1280, 800])
def test_layout_fits_width(browser: Any, tmp_path: Path, width: int) -> None:
    browser.get(write_page(tmp_path, SEED).as_uri())
    browser.set_window_size(width, 900)
    try:
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
        save = browser.find_element(By.ID, "save")
        assert save.is_displayed()
    finally:
        browser.set_window_size(1280, 900)


def test_30000_character_article_loads_under_a_second(browser: Any, tmp_path: Path) -> None:
    paragraphs = SEED.read_text(encoding="utf-8").split("\n\n")
    body = "\n\n".join(paragraphs[1:])
    text = paragraphs[0] + "\n\n" + "\n\n".join([body] * (30_000 // len(body) + 1))
    article = tmp_path / "long.txt"
    article.write_text(text[:30_000].rsplit(".", 1)[0] + ".\n", encoding="utf-8")
    page = write_page(tmp_path, article)
    timings = []
    for _ in range(3):
        browser.get(page.as_uri())
        timings.append(
            browser.execute_script(
                "const n = performance.getEntriesByType('navigation')[0];"
                "return n.loadEventEnd - n.startTime;"
            )
        )
    items = browser.execute_script("return document.querySelectorAll('li.item').length")
    print(
        f"review page of a 30,000-char article: load {min(timings):.0f} ms "
        f"(runs {', '.join(f'{t:.0f}' for t in timings)}), {items} items"
    )
    assert items > 50
    assert min(timings) < 1000
