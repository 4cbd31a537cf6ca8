"""Property-based fuzzing of the public entry points with hypothesis.

Properties: no exception escapes but our own BriefingsError; every evidence offset lies inside
the article text and its text is that slice; a rendered PDF opens with pypdf, a DOCX opens with
python-docx and passes `briefings lint`. The `ci` profile (the default) generates 10,500 cases
(100 x the factors below); `HYPOTHESIS_PROFILE=dev` runs a tenth.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from briefings.brand import load_brand
from briefings.cli.main import main
from briefings.errors import BriefingsError
from briefings.model import Brief, RawArticle
from briefings.pipeline import build_document, extract_article, render_document
from briefings.read.clean import clean_article
from briefings.read.formats import TEXT
from briefings.read.sources import check_article_bytes
from briefings.writers.docx.lint import lint_docx

settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("dev", parent=settings.get_profile("ci"), max_examples=10)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def examples(times: float) -> int:
    """`times` the profile's example count (the cheap entry points get more)."""
    return max(1, int(settings.default.max_examples * times))


SEED = (Path(__file__).parents[1] / "seeds" / "korea-canada-2plus2.txt").read_text()
WORDS = SEED.split()
HOSTILE = [
    "", " ", "\n\n", "\u202e", "\u200d", "\ufeff", "\x00", "\x0b", "\x85", "<b>", "</para>",
    '<img src="x"/>', "&amp;", "&#0;", "{{ x }}", "{% for %}", "# ", "- ", "1. ", "| a |",
    "[x](javascript:1)", "**", "_", "`", "\\", "$", "%", "é", "👍🏽", "国", "ع", "\u0301" * 5,
    "..", "/", "CON", ".", "?", "!", "“", "”", "—",
]  # fmt: skip
# Every character but lone surrogates (not Unicode scalar values; no article can hold one).
CHARS = st.characters(blacklist_categories=("Cs",))
PIECE = st.one_of(st.sampled_from(WORDS), st.sampled_from(HOSTILE), st.text(CHARS, max_size=12))
SEPARATOR = st.sampled_from([" ", " ", " ", ". ", ", ", "\n", "\n\n", ""])


@st.composite
def article_texts(draw: Any, max_pieces: int = 120) -> str:
    """Article-like text: seed words, hostile fragments and random characters."""
    pieces = draw(st.lists(st.tuples(PIECE, SEPARATOR), max_size=max_pieces))
    return "".join(piece + separator for piece, separator in pieces)


def free_text(max_size: int = 200) -> st.SearchStrategy[str]:
    """A field's value: contract edge values, hostile fragments or random text."""
    return st.one_of(
        st.sampled_from(HOSTILE), article_texts(max_pieces=30), st.text(CHARS, max_size=max_size)
    ).map(lambda text: text[:max_size])


# --------------------------------------------------------------------------- reading, cleaning

PREFIXES = [
    b"", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"<html><body><p>",
    b"From: a@b\nSubject: x\n\n", b"# Title\n\n", b"%PDF-1.4", b"\x89PNG", b"<?xml version='1.0'?>",
]  # fmt: skip


@settings(max_examples=examples(40))
@given(
    st.sampled_from(PREFIXES), st.one_of(st.binary(max_size=400), article_texts().map(str.encode))
)
def test_reading_bytes_raises_only_our_errors(prefix: bytes, data: bytes) -> None:
    try:
        raw = check_article_bytes(prefix + data, "fuzz", None)
        article = clean_article(raw)
    except BriefingsError:
        return
    assert article.text.strip()
    for span in article.paragraphs:
        assert 0 <= span.start <= span.end <= len(article.text)


@settings(max_examples=examples(25))
@given(article_texts())
def test_cleaning_text_raises_only_our_errors(text: str) -> None:
    try:
        article = clean_article(RawArticle(data=text.encode(), name="fuzz", media_type=TEXT), text)
    except BriefingsError:
        return
    assert article.text == article.text.strip()
    assert "\r" not in article.text


# --------------------------------------------------------------------------- extraction


@settings(max_examples=examples(15))
@given(article_texts(max_pieces=200))
def test_extraction_cites_exact_slices_of_the_text(text: str) -> None:
    try:
        article = clean_article(RawArticle(data=text.encode(), name="fuzz", media_type=TEXT), text)
    except BriefingsError:
        return
    brief = extract_article(article)
    assert brief.title
    for evidence in [*brief.cited_evidence(), *brief.evidence]:
        assert 0 <= evidence.start <= evidence.end <= len(article.text)
        assert article.text[evidence.start : evidence.end] == evidence.text


# --------------------------------------------------------------------------- rendering

BRAND = load_brand(None)
NOW = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)


@st.composite
def briefs(draw: Any) -> dict[str, Any]:
    """A Brief as JSON data, every field random text (offsets random too)."""
    offset = st.integers(min_value=0, max_value=10_000)

    def cited() -> st.SearchStrategy[list[dict[str, Any]]]:
        evidence = st.fixed_dictionaries(
            {"sentence": offset, "text": free_text(), "start": offset, "end": offset},
            optional={"paragraph": st.none() | offset},
        )
        return st.lists(evidence, max_size=2)

    def items(**fields: Any) -> st.SearchStrategy[list[dict[str, Any]]]:
        return st.lists(st.fixed_dictionaries({**fields, "evidence": cited()}), max_size=3)

    names = st.lists(free_text(40), max_size=3)
    maybe = st.none() | free_text(60)
    return {
        # Longer than Word's 255-character core-property limit: the writers fit it (#12).
        "title": draw(free_text(600).filter(lambda t: t.strip())),
        "summary": draw(free_text(400)),
        "summary_evidence": draw(cited()),
        "source": draw(
            st.fixed_dictionaries(
                {},
                optional={k: maybe for k in ("title", "publisher", "url", "published", "author")},
            )
        ),
        "key_points": draw(items(text=free_text(300))),
        "actors": draw(
            items(
                name=free_text(60),
                kind=st.sampled_from(["country", "organization", "person", "group"]),
                role=maybe,
                aliases=names,
            )
        ),
        "demands": draw(items(by=names, of=maybe, what=free_text())),
        "positions": draw(
            items(
                by=names,
                stance=st.sampled_from(["condemn", "support", "concern", "welcome", "other"]),
                target=maybe,
                what=free_text(),
            )
        ),
        "next_steps": draw(items(by=names, what=free_text(), when=maybe)),
        "figures": draw(items(value=free_text(20), counts=maybe)),
        "dates": draw(items(text=free_text(40), iso=st.none() | st.just("2026-01-02"))),
        "locations": draw(items(name=free_text(40))),
        "warnings": draw(st.lists(free_text(80), max_size=2)),
    }


def check_outputs(outputs: dict[str, bytes]) -> None:
    """The PDF opens and has pages; the DOCX opens and passes lint."""
    if "pdf" in outputs:
        reader = PdfReader(io.BytesIO(outputs["pdf"]))
        assert len(reader.pages) >= 1
        reader.pages[0].extract_text()
    if "docx" in outputs:
        assert docx.Document(io.BytesIO(outputs["docx"])).paragraphs
        assert lint_docx(outputs["docx"]) == []


@settings(max_examples=examples(3))
@given(briefs())
def test_rendering_a_random_brief_gives_documents_that_open(data: dict[str, Any]) -> None:
    brief = Brief.model_validate(data)
    try:
        document = build_document(brief, brand=BRAND, now=NOW)
        outputs = render_document(document, ("pdf", "docx"), BRAND)
    except BriefingsError:
        return
    check_outputs(outputs)


# --------------------------------------------------------------------------- brands, render

BRAND_KEYS = [
    "meta", "name", "short_name", "logo", "small", "medium", "path", "color", "palette",
    "primary", "secondary", "foreground", "background", "typography", "fonts", "family",
    "files", "base", "size", "briefing", "classification", "footer", "page_size", "margins",
]  # fmt: skip
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), free_text(40),
    st.sampled_from(["#0B2545", "#FFF", "navy", "logo.png", "A4", "letter", "1in", "-5"]),
)  # fmt: skip
YAML_DATA = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(BRAND_KEYS) | free_text(10), children, max_size=4)
    ),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def folder() -> Any:
    with tempfile.TemporaryDirectory(prefix="briefings-fuzz-") as name:
        yield Path(name)


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@settings(max_examples=examples(20), suppress_health_check=list(HealthCheck))
@given(YAML_DATA.map(_dump) | free_text(200))
def test_loading_a_random_brand_raises_only_our_errors(folder: Path, text: str) -> None:
    path = folder / "brand.yml"
    path.write_text(text, encoding="utf-8")
    with contextlib.suppress(BriefingsError):
        load_brand(path)


@settings(max_examples=examples(2), suppress_health_check=list(HealthCheck))
@given(briefs().map(_dump) | YAML_DATA.map(_dump))
def test_render_of_a_random_brief_file_exits_cleanly(folder: Path, text: str) -> None:
    path = folder / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    out = folder / "out"
    result = CliRunner().invoke(
        main, ["render", str(path), "-f", "docx", "-o", str(out), "--force"]
    )
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    if result.exit_code == 0:
        written = list(out.glob("*.docx"))
        assert len(written) == 1
        check_outputs({"docx": written[0].read_bytes()})
        written[0].unlink()
    else:
        assert result.stderr.startswith("Error: "), result.output


def test_a_figure_without_a_value_keeps_its_cited_note() -> None:
    """Found by fuzzing after #12: a blank figure value dropped the callout, and with it the only
    link to its evidence note (an uncited bookmark in the DOCX)."""
    brief = Brief.model_validate(
        {
            "title": "T",
            "figures": [
                {"value": " ", "evidence": [{"sentence": 0, "text": "x", "start": 0, "end": 1}]}
            ],
        }
    )
    outputs = render_document(build_document(brief, brand=BRAND, now=NOW), ("pdf", "docx"), BRAND)
    check_outputs(outputs)
    text = " ".join(PdfReader(io.BytesIO(outputs["pdf"])).pages[0].extract_text().split())
    assert "(value not stated)" in text
