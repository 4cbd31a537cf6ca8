"""`briefings review` without a browser: what the page holds, escaping, exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefings.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "korea-canada-2plus2.txt"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def page_data(html: str) -> dict[str, object]:
    found = re.search(r'<script type="application/json" id="brief-data">(.*?)</script>', html, re.S)
    assert found is not None
    return dict(json.loads(found.group(1)))


def test_page_from_article_marks_every_cited_sentence(tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    code, out, _ = run("review", str(SEED), "-o", str(page))
    assert code == 0 and out.strip() == str(page)
    html = page.read_text(encoding="utf-8")
    assert '<html lang="en-GB">' in html
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html
    data = page_data(html)
    brief = data["brief"]
    assert isinstance(brief, dict)
    sentences = {e["sentence"] for e in brief["evidence"]}
    marked = {int(n) for n in re.findall(r'<mark class="ev[^"]*"[^>]* data-s="(\d+)"', html)}
    assert sentences == marked
    assert (
        data["slug"]
        == "south-korea-and-canada-demand-withdrawal-of-north-korean-troops-from-russia"
    )
    from briefings.pipeline import load_article

    assert html.count('<p id="p') == len(load_article(str(SEED)).paragraphs)
    cited = {e["paragraph"] for e in brief["evidence"]}
    assert all(f'<p id="p{n}"' in html for n in cited)
    assert "@font-face" in html and "DejaVu Sans" in html


def test_article_markup_is_escaped(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Talks in Geneva\n\nSwitzerland called on Iran to release <b>all</b> prisoners "
        "</script><script>alert(1)</script> before Friday, the minister said.\n",
        encoding="utf-8",
    )
    page = tmp_path / "r.html"
    assert run("review", str(article), "-o", str(page))[0] == 0
    html = page.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("</script>") == 2  # the data element's and the page script's own


def test_page_from_brief_file_shows_cited_sentences(tmp_path: Path) -> None:
    brief_file = tmp_path / "b.yaml"
    assert run("extract", str(SEED), "-o", str(brief_file))[0] == 0
    page = tmp_path / "r.html"
    assert run("review", str(brief_file), "-o", str(page), "--brand", "ministry")[0] == 0
    html = page.read_text(encoding="utf-8")
    assert "only the cited sentences" in html
    assert "DejaVu Serif" in html
    assert html.count('<mark class="ev') == len(page_data(html)["brief"]["evidence"])  # type: ignore[index, arg-type]


def test_default_path_and_overwrite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("review", str(SEED))
    assert code == 0
    path = Path(out.strip())
    assert path.parent == Path("output") and path.name.endswith(".review.html")
    code, _, err = run("review", str(SEED))
    assert code == 12
    assert err.startswith("Error: output/") and "--force" in err
    assert run("review", str(SEED), "--force")[0] == 0


def test_bad_inputs_exit_codes(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: [unclosed\n", encoding="utf-8")
    code, _, err = run("review", str(bad), "-o", str(tmp_path / "x.html"))
    assert code == 9 and err.startswith("Error: ")
    code, _, err = run("review", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "y.html"))
    assert code == 3 and "Traceback" not in err
    assert not (tmp_path / "x.html").exists() and not (tmp_path / "y.html").exists()
