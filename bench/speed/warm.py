"""Warm, in-process timings per article: extraction, compose, PDF and DOCX rendering (medians).

Usage: python bench/speed/warm.py [ARTICLE] [--runs 20]
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from briefings.brand import load_brand
from briefings.pipeline import build_document, extract_article, load_article, render_document

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    """Print the median (and spread) of each stage over --runs warm runs."""
    parser = argparse.ArgumentParser()
    parser.add_argument("article", nargs="?", default=str(ROOT / "seeds/korea-canada-2plus2.txt"))
    parser.add_argument("--runs", type=int, default=20)
    options = parser.parse_args()
    brand = load_brand()
    now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    article = load_article(options.article)
    brief = extract_article(article)  # warm: model loaded, caches filled
    document = build_document(brief, brand=brand, now=now)
    render_document(document, ("pdf", "docx"), brand)
    timings: dict[str, list[float]] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now_ = time.perf_counter()
        timings.setdefault(stage, []).append((now_ - clock) * 1000)
        clock = now_

    for _ in range(options.runs):
        clock = time.perf_counter()
        article = load_article(options.article)
        lap("read")
        brief = extract_article(article)
        lap("extract")
        document = build_document(brief, brand=brand, now=now)
        lap("compose")
        render_document(document, ("pdf",), brand)
        lap("render pdf")
        render_document(document, ("docx",), brand)
        lap("render docx")
        render_document(document, ("pdf", "docx"), brand)
        lap("render pdf+docx")
    print(f"{Path(options.article).name}: {len(article.text):,} characters, {options.runs} runs")
    print(f"{'stage':<16} {'median ms':>10} {'min':>8} {'max':>8}")
    for stage, values in timings.items():
        median = statistics.median(values)
        print(f"{stage:<16} {median:>10.1f} {min(values):>8.1f} {max(values):>8.1f}")


if __name__ == "__main__":
    main()
