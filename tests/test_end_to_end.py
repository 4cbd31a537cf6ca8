"""The seed article through the whole pipeline: PDF and DOCX read back as a reader would."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefings.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "korea-canada-2plus2.txt"
TITLE = "South Korea and Canada Demand Withdrawal of North Korean Troops from Russia"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("generated")
    result = CliRunner(env={"SOURCE_DATE_EPOCH": "1790000000"}).invoke(
        main, ["generate", str(SEED), "-o", str(folder)]
    )
    assert result.exit_code == 0, result.output
    paths = [Path(line) for line in result.output.split()]
    return {path.suffix.lstrip("."): path for path in paths}


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(path)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def docx_lines(path: Path) -> list[str]:
    import docx

    document = docx.Document(str(path))
    return [f"[{p.style.name}] {p.text}" for p in document.paragraphs if p.text.strip()]


def test_generate_writes_pdf_and_docx_named_after_the_title(generated: dict[str, Path]) -> None:
    assert set(generated) == {"pdf", "docx"}
    slug = "south-korea-and-canada-demand-withdrawal-of-north-korean-troops-from-russia"
    assert generated["pdf"].name == f"{slug}.pdf"
    assert generated["pdf"].read_bytes().startswith(b"%PDF-")


def test_pdf_reads_back_with_title_sections_and_page_numbers(generated: dict[str, Path]) -> None:
    text = " ".join(pdf_text(generated["pdf"]).split())
    assert TITLE in text
    assert "Indo-Pacific dialogue" in text
    assert "Page 1 of" in text
    assert "UNCLASSIFIED" in text
    for heading in ("Bottom line", "Key points", "Actors", "Demands", "Next steps", "Evidence"):
        assert heading in text
    for name in (
        "Cho Tae-yul",
        "Kim Yong-hyun",
        "Melanie Joly",
        "Bill Blair",
        "Yonhap News Agency",
    ):
        assert name in text


def test_docx_uses_named_styles_and_an_actors_table(generated: dict[str, Path]) -> None:
    import docx

    document = docx.Document(str(generated["docx"]))
    styles = {p.style.name for p in document.paragraphs if p.text.strip()}
    assert {"Title", "Heading 1", "List Bullet"} <= styles
    title = next(p for p in document.paragraphs if p.style.name == "Title")
    assert title.text == TITLE
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:5] == ["Key points", "Actors", "Demands", "Positions", "Next steps"]
    table = document.tables[0]
    assert [cell.text for cell in table.rows[0].cells] == ["Actor", "Kind", "Role / affiliation"]
    names = [row.cells[0].text for row in table.rows[1:]]
    assert any(name.startswith("Cho Tae-yul") for name in names)
    assert any(name.startswith("South Korea") for name in names)


def test_extract_then_render_gives_the_same_documents(
    generated: dict[str, Path], tmp_path: Path
) -> None:
    runner = CliRunner(env={"SOURCE_DATE_EPOCH": "1790000000"})
    brief = tmp_path / "brief.yaml"
    assert runner.invoke(main, ["extract", str(SEED), "-o", str(brief)]).exit_code == 0
    result = runner.invoke(main, ["render", str(brief), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    rendered = {Path(line).suffix.lstrip("."): Path(line) for line in result.output.split()}
    assert pdf_text(rendered["pdf"]) == pdf_text(generated["pdf"])
    assert docx_lines(rendered["docx"]) == docx_lines(generated["docx"])


def test_generate_from_stdin(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        ["generate", "-", "-f", "md", "-o", str(tmp_path)],
        input=io.BytesIO(SEED.read_bytes()),
    )
    assert result.exit_code == 0, result.output
    markdown = Path(result.output.strip()).read_text(encoding="utf-8")
    assert markdown.startswith("**UNCLASSIFIED**")
    assert f"# {TITLE}" in markdown


def test_seed_brief_is_at_most_two_pages(generated: dict[str, Path]) -> None:
    from pypdf import PdfReader

    assert len(PdfReader(generated["pdf"]).pages) <= 2


@pytest.mark.parametrize(
    ("template", "present", "absent", "max_pages"),
    [
        ("policy-brief", ["Actors", "Positions", "Evidence"], [], 2),
        ("one-pager", ["Key points", "Demands", "Next steps", "Evidence"], ["Actors"], 1),
        ("email", ["Key points", "Next steps"], ["Actors", "Evidence"], 2),
    ],
)
def test_each_builtin_template_renders_the_seed(
    tmp_path: Path, template: str, present: list[str], absent: list[str], max_pages: int
) -> None:
    from pypdf import PdfReader

    result = CliRunner().invoke(
        main, ["generate", str(SEED), "--template", template, "-f", "pdf", "-o", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    path = Path(result.output.strip())
    text = " ".join(pdf_text(path).split())
    assert TITLE in text and "Bottom line" in text
    for heading in present:
        assert heading in text
    for heading in absent:
        assert heading not in text
    assert len(PdfReader(path).pages) <= max_pages


def test_custom_template_file_drives_the_documents(tmp_path: Path) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text(
        "# {{ brief.title }}\n\n## Who\n\n{% for a in brief.actors %}- {{ a.name }}\n"
        "{% endfor %}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["generate", str(SEED), "--template", str(template), "-o", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    docx_path = next(Path(line) for line in result.output.split() if line.endswith(".docx"))
    lines = docx_lines(docx_path)
    assert lines[0] == f"[Title] {TITLE}"
    assert "[Heading 1] Who" in lines
    assert "[List Bullet] Cho Tae-yul" in lines


def test_a_long_article_is_processed_whole(tmp_path: Path) -> None:
    from briefings.pipeline import extract_article, load_article

    corpus = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    bodies = [path.read_text(encoding="utf-8").split("\n", 2)[2].strip() for path in corpus]
    text = "\n\n".join(bodies * 4)
    assert len(text) > 30_000
    article_path = tmp_path / "long.txt"
    article_path.write_text("A digest of statements\n\n" + text, encoding="utf-8")
    article = load_article(str(article_path))
    brief = extract_article(article)
    cited = brief.cited_evidence()
    assert max(evidence.end for evidence in cited) > 30_000, "the end of the article is read"
    assert all(article.text[e.start : e.end] == e.text for e in cited)
    assert not any("truncat" in warning for warning in brief.warnings)


@pytest.mark.parametrize(
    "path", sorted((ROOT / "tests" / "corpus").glob("*.txt")), ids=lambda path: path.stem
)
def test_every_item_carries_verbatim_evidence(path: Path) -> None:
    from briefings.pipeline import extract_article, load_article

    article = load_article(str(path))
    brief = extract_article(article)
    sections = {
        "key_points": brief.key_points,
        "actors": brief.actors,
        "demands": brief.demands,
        "positions": brief.positions,
        "next_steps": brief.next_steps,
        "figures": brief.figures,
        "dates": brief.dates,
        "locations": brief.locations,
    }
    for name, items in sections.items():
        for item in items:
            assert item.evidence, f"{name} item without evidence: {item}"
            for evidence in item.evidence:
                assert article.text[evidence.start : evidence.end] == evidence.text
    assert brief.summary and brief.summary_evidence
    assert len(brief.summary.split()) <= 60
    assert 3 <= len(brief.key_points) <= 6
