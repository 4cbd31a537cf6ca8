"""Brief (+ Article) -> one self-contained HTML review page: article left, items right.

The page's CSS and JavaScript are real files in `templates/review/`, inlined here; the brief
travels as JSON inside a `<script type="application/json">` element, its `<` escaped so that
article text can never close the element. Article text is HTML-escaped on the server side.
"""

from __future__ import annotations

import base64
import bisect
import json
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from briefings.brand import Brand, FontFace
from briefings.model import Article, Brief, Evidence
from briefings.resources import templates_dir

# Section key, heading, colour group. Dates and places share one colour, as the issue asks.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("key_points", "Key points", "key"),
    ("actors", "Actors", "actors"),
    ("demands", "Demands", "demands"),
    ("positions", "Positions", "positions"),
    ("next_steps", "Next steps", "next"),
    ("figures", "Key figures", "figures"),
    ("dates", "Dates", "where"),
    ("locations", "Places", "where"),
)
LEGEND: tuple[tuple[str, str], ...] = (
    ("key", "Key points"),
    ("actors", "Actors"),
    ("demands", "Demands"),
    ("positions", "Positions"),
    ("next", "Next steps"),
    ("figures", "Figures"),
    ("where", "Dates & places (underlined)"),
)


@dataclass(frozen=True)
class Paragraph:
    """One numbered paragraph: runs of text, each a cited sentence (its index) or plain (None)."""

    number: int
    runs: tuple[tuple[str, int | None], ...]


def article_paragraphs(article: Article, brief: Brief) -> list[Paragraph]:
    """The cleaned article's paragraphs, numbered as the brief numbers them, sentences marked."""
    evidence = _unique_evidence(brief)
    starts = [e.start for e in evidence]
    text = article.text
    paragraphs: list[Paragraph] = []
    for number, span in enumerate(article.paragraphs, start=1):
        position = span.start
        runs: list[tuple[str, int | None]] = []
        for e in evidence[bisect.bisect_left(starts, span.start) :]:
            if e.start >= span.end:
                break
            if e.start < position or e.end > span.end:
                continue  # overlapping or straddling sentences are left plain
            runs.append((text[position : e.start], None))
            runs.append((text[e.start : e.end], e.sentence))
            position = e.end
        runs.append((text[position : span.end], None))
        paragraphs.append(Paragraph(number, tuple(r for r in runs if r[0])))
    return paragraphs


def cited_paragraphs(brief: Brief) -> list[Paragraph]:
    """Without the article (a brief file): the cited sentences, grouped by their paragraph."""
    by_number: dict[int, list[Evidence]] = {}
    for evidence in _unique_evidence(brief):
        by_number.setdefault(evidence.paragraph or 0, []).append(evidence)
    paragraphs: list[Paragraph] = []
    for number in sorted(by_number):
        runs: list[tuple[str, int | None]] = []
        for evidence in by_number[number]:
            if runs:
                runs.append((" … ", None))
            runs.append((evidence.text, evidence.sentence))
        paragraphs.append(Paragraph(number, tuple(runs)))
    return paragraphs


def _unique_evidence(brief: Brief) -> list[Evidence]:
    """Every cited sentence once, in article order."""
    seen: dict[tuple[int, int], Evidence] = {}
    for evidence in [*brief.cited_evidence(), *brief.evidence]:
        seen.setdefault((evidence.start, evidence.end), evidence)
    return sorted(seen.values(), key=lambda e: e.start)


def sentence_groups(brief: Brief) -> dict[int, list[str]]:
    """Colour groups citing each sentence (by sentence index), in legend order."""
    groups: dict[int, set[str]] = {}
    for evidence in brief.summary_evidence:
        groups.setdefault(evidence.sentence, set()).add("key")
    for key, _, group in SECTIONS:
        for item in getattr(brief, key):
            for evidence in item.evidence:
                groups.setdefault(evidence.sentence, set()).add(group)
    order = [group for group, _ in LEGEND]
    return {s: sorted(g, key=order.index) for s, g in groups.items()}


def render_article(paragraphs: list[Paragraph], brief: Brief) -> str:
    """The paragraphs as HTML, every cited sentence a focusable mark; all text escaped."""
    groups = sentence_groups(brief)
    names = dict(LEGEND)
    html: list[str] = []
    for paragraph in paragraphs:
        parts: list[str] = []
        for text, sentence in paragraph.runs:
            if sentence is None:
                parts.append(escape(text))
                continue
            cited = groups.get(sentence, [])
            classes = " ".join(f"g-{g}" for g in cited)
            style = _highlight_style(cited)
            label = ", ".join(names[g] for g in cited) or "the brief"
            parts.append(
                f'<mark class="ev {classes}"{style} id="s{sentence}" data-s="{sentence}" '
                f'tabindex="0" role="button" aria-label="Sentence {sentence + 1}, cited by '
                f'{escape(label)}: show the items">{escape(text)}</mark>'
            )
        html.append(
            f'<p id="p{paragraph.number}" class="para"><span class="pn" aria-hidden="true">'
            f"{paragraph.number or '–'}</span>{''.join(parts)}</p>"
        )
    return "\n".join(html)


def _highlight_style(groups: list[str]) -> str:
    """Bands of each citing section's tint when several sections cite one sentence.

    Dates and places cite nearly every sentence, so they are a dotted underline (see the
    style sheet), never a band, and the other sections stay legible.
    """
    tints = [f"var(--g-{g})" for g in groups if g != "where"]
    if len(tints) < 2:
        return ""
    step = 100 / len(tints)
    stops = ", ".join(
        f"{tint} {i * step:.0f}% {(i + 1) * step:.0f}%" for i, tint in enumerate(tints)
    )
    return f' style="background: linear-gradient(to bottom, {stops})"'


def render_legend() -> str:
    """The colour legend of the highlights."""
    items = "".join(
        f'<li><span class="swatch g-{group}" aria-hidden="true"></span>{escape(label)}</li>'
        for group, label in LEGEND
    )
    return f'<ul class="legend" aria-label="Highlight colours">{items}</ul>'


def font_faces(brand: Brand, text: str) -> str:
    """@font-face rules with the brand's body and heading fonts inlined, subset to `text`."""
    rules: list[str] = []
    faces: dict[tuple[str, str], tuple[FontFace, Path]] = {}
    for face in (brand.body_font, brand.heading_font):
        faces[(face.family, "400")] = (face, face.regular)
        faces[(face.family, "700")] = (face, face.bold)
    characters = set(text) | {chr(c) for c in range(32, 127)} | set("“”‘’–—…·¶✓")
    for (family, weight), (_, path) in faces.items():
        data = _subset_font(path, characters)
        if data is None:
            continue
        encoded = base64.b64encode(data).decode("ascii")
        rules.append(
            f'@font-face {{ font-family: "{_css_string(family)}"; font-weight: {weight}; '
            f'src: url(data:font/ttf;base64,{encoded}) format("truetype"); }}'
        )
    return "\n".join(rules)


def _subset_font(path: Path, characters: set[str]) -> bytes | None:
    """The font file cut down to `characters` (a few tens of kB instead of ~700)."""
    import io
    import logging

    from fontTools import subset

    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)

    try:
        options = subset.Options()
        options.layout_features = ["*"]
        font = subset.load_font(str(path), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes={ord(c) for c in characters})
        subsetter.subset(font)
        out = io.BytesIO()
        subset.save_font(font, out, options)
        return out.getvalue()
    except Exception:  # a font fontTools cannot subset: the page falls back to system fonts
        return None


def _css_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")


def brand_css(brand: Brand) -> str:
    """The brand as CSS custom properties read by review.css."""
    c = brand.colors
    names = ("primary", "secondary", "foreground", "background", "light", "muted", "border")
    props = [f"--{name}: {c[name]};" for name in names]
    props.append(f"--heading: {brand.heading_color};")
    props.append(f"--banner-bg: {brand.classification_background};")
    props.append(f"--banner-fg: {brand.classification_color};")
    body = _css_string(brand.body_font.family)
    heading = _css_string(brand.heading_font.family)
    props.append(f'--body-font: "{body}", "DejaVu Sans", Arial, sans-serif;')
    props.append(f'--heading-font: "{heading}", "DejaVu Sans", Arial, sans-serif;')
    return ":root { " + " ".join(props) + " }"


def page_data(brief: Brief, slug: str) -> str:
    """The brief and what the script needs, as JSON safe inside a script element."""
    data = {
        "brief": brief.model_dump(mode="json"),
        "slug": slug,
        "sections": [{"key": k, "title": t, "group": g} for k, t, g in SECTIONS],
    }
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def build_review_page(
    brief: Brief, brand: Brand, slug: str, article: Article | None = None
) -> bytes:
    """The whole review page as UTF-8 bytes: no network needed, works from file://."""
    folder = templates_dir() / "review"
    paragraphs = article_paragraphs(article, brief) if article else cited_paragraphs(brief)
    article_html = render_article(paragraphs, brief)
    note = (
        ""
        if article
        else '<p class="note">Made from a brief file: only the cited sentences of the article '
        "are shown.</p>"
    )
    css = (folder / "review.css").read_text(encoding="utf-8")
    script = (folder / "review.js").read_text(encoding="utf-8")
    shell = (folder / "page.html").read_text(encoding="utf-8")
    all_text = brief.model_dump_json() + (article.text if article else "")
    values = {
        "LANG": escape(brand.language),
        "TITLE": escape(brief.title),
        "ORG": escape(brand.name),
        "LABEL": escape(brand.label),
        "CLASSIFICATION": escape(brand.classification),
        "FONTS": font_faces(brand, all_text),
        "BRAND_CSS": brand_css(brand),
        "CSS": css,
        "LEGEND": render_legend(),
        "NOTE": note,
        "ARTICLE": article_html,
        "DATA": page_data(brief, slug),
        "SCRIPT": script.replace("</", "<\\/"),
        "SOURCE": escape(brief.source.publisher or brief.source.url or "the article"),
    }
    # One pass, so that text already put in (an article quoting "{{DATA}}") is never re-read.
    page = re.sub(r"\{\{([A-Z_]+)\}\}", lambda match: values[match.group(1)], shell)
    return page.encode("utf-8")
