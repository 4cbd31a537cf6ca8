"""Time against size: read + clean + extract + PDF + DOCX of 10 kB ... 2 MB of article text.

Each size is built twice from the shared corpus (articles repeated in order): as paragraphs
(blank lines between them) and as one single line (every line break a space). One process
loads the model once, then times each case. Prints a table and microseconds per character;
the cost is linear when that last column stays flat.
Usage: python bench/scaling/scale.py [--sizes 10000,30000,...] [--corpus DIR] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from briefings.brand import load_brand
from briefings.extract.nlp import load_pipeline
from briefings.pipeline import build_document, extract_article, load_article, render_document

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "articles"
SIZES = (10_000, 30_000, 100_000, 300_000, 1_000_000, 2_000_000)


def build_text(articles: list[str], size: int, one_line: bool) -> str:
    """About `size` characters of the articles repeated, paragraphed or as one line."""
    paragraphs = [p.strip() for text in articles for p in text.split("\n\n") if p.strip()]
    if one_line:
        paragraphs = [" ".join(p.split()) for p in paragraphs]
    separator = " " if one_line else "\n\n"
    parts: list[str] = []
    length = 0
    while length < size:
        paragraph = paragraphs[len(parts) % len(paragraphs)]
        parts.append(paragraph)
        length += len(paragraph) + len(separator)
    return separator.join(parts)[:size].rstrip() + "\n"


def time_case(path: Path) -> dict[str, float]:
    """Seconds per stage for one article."""
    brand = load_brand(None)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    times: dict[str, float] = {}
    start = time.perf_counter()
    article = load_article(str(path), max_bytes=3_000_000)
    times["read+clean"] = time.perf_counter() - start
    mark = time.perf_counter()
    brief = extract_article(article)
    times["extract"] = time.perf_counter() - mark
    mark = time.perf_counter()
    render_document(build_document(brief, brand=brand, now=now), ("pdf", "docx"), brand)
    times["render"] = time.perf_counter() - mark
    times["total"] = time.perf_counter() - start
    return times


def main() -> None:
    """Run every size in both shapes and print the table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--json", type=Path)
    options = parser.parse_args()
    articles = [p.read_text() for p in sorted(options.corpus.glob("*.txt"))]
    load_pipeline()
    rows = []
    print("| shape | chars | read+clean s | extract s | render s | total s | µs/char |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for one_line in (False, True):
            for size in map(int, options.sizes.split(",")):
                path = Path(folder) / f"{size}-{one_line}.txt"
                path.write_text(build_text(articles, size, one_line))
                times = time_case(path)
                shape = "one line" if one_line else "paragraphs"
                per_char = times["total"] / size * 1e6
                rows.append({"shape": shape, "chars": size, **times})
                print(
                    f"| {shape} | {size:,} | {times['read+clean']:.2f} | {times['extract']:.2f} "
                    f"| {times['render']:.2f} | {times['total']:.2f} | {per_char:.1f} |",
                    flush=True,
                )
    if options.json:
        options.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
