"""Time against size: read + clean + extract + PDF + DOCX of 10 kB ... 2 MB of article text.

Each size is built twice from the shared corpus (articles repeated in order): as paragraphs
(blank lines between them) and as one single line (every line break a space); a third shape,
`people`, names a new person in every sentence (the text with the most distinct actors per
character). One process loads the model once, then times each case. Both wall-clock and CPU
seconds are printed: on a shared machine the CPU seconds of this process are what can be
compared from run to run. The cost is linear when the last column (CPU µs per character)
stays flat.
Usage: python bench/scaling/scale.py [--sizes 10000,30000,...] [--people-sizes ...]
       [--corpus DIR] [--json FILE]
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
PEOPLE_SIZES = (75_000, 150_000, 300_000)  # about 1,250, 2,500 and 5,000 distinct people
SYLLABLES = ("ka", "lo", "mi", "ren", "to", "sa", "vel", "dun", "pri", "zo")


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


def build_people(size: int) -> str:
    """About `size` characters of one-sentence paragraphs, each naming a new person."""
    parts = ["Ministers Meet"]
    length, i = 0, 0
    while length < size:
        s = SYLLABLES
        name = (
            f"{s[i % 10].title()}{s[i // 10 % 10]}{s[i // 100 % 10]}{s[i // 10000 % 10]} "
            f"{s[i // 1000 % 10].title()}{s[(i * 7) % 10]}ski"
        )
        parts.append(f"Minister {name} of Canada said talks would go on.")
        length += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts) + "\n"


def time_case(path: Path) -> dict[str, float]:
    """Wall-clock seconds per stage for one article, and the CPU seconds of the whole."""
    brand = load_brand(None)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    times: dict[str, float] = {}
    cpu = time.process_time()
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
    times["cpu"] = time.process_time() - cpu
    return times


def cases(articles: list[str], sizes: list[int], people: list[int]) -> list[tuple[str, int, str]]:
    """(shape, size, text) for every case to time."""
    built = [("paragraphs", size, build_text(articles, size, False)) for size in sizes]
    built += [("one line", size, build_text(articles, size, True)) for size in sizes]
    return built + [("people", size, build_people(size)) for size in people]


def main() -> None:
    """Run every size in every shape and print the table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--people-sizes", default=",".join(map(str, PEOPLE_SIZES)))
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--json", type=Path)
    options = parser.parse_args()
    articles = [p.read_text() for p in sorted(options.corpus.glob("*.txt"))]
    sizes = [int(s) for s in options.sizes.split(",") if s]
    people = [int(s) for s in options.people_sizes.split(",") if s]
    load_pipeline()
    rows = []
    print("| shape | chars | read+clean s | extract s | render s | wall s | CPU s | CPU µs/char |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for shape, size, text in cases(articles, sizes, people):
            path = Path(folder) / f"{shape}-{size}.txt"
            path.write_text(text)
            times = time_case(path)
            per_char = times["cpu"] / len(text) * 1e6
            rows.append({"shape": shape, "chars": len(text), **times})
            print(
                f"| {shape} | {len(text):,} | {times['read+clean']:.2f} | {times['extract']:.2f} "
                f"| {times['render']:.2f} | {times['total']:.2f} | {times['cpu']:.2f} "
                f"| {per_char:.1f} |",
                flush=True,
            )
    if options.json:
        options.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
