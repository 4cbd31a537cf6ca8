"""Where a cold `briefings generate ARTICLE` (PDF + DOCX) spends its time, stage by stage.

Each run is a fresh interpreter (as the CLI is); imports are timed where they first happen.
Usage: python bench/speed/cold_stages.py [ARTICLE] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, sys, time
marks = [("interpreter start", 0.0)]
t0 = time.perf_counter()
def mark(name):
    marks.append((name, time.perf_counter() - t0))
import briefings.cli.main
mark("import cli + click")
from datetime import UTC, datetime
from briefings.brand import load_brand
from briefings.pipeline import build_document, extract_article, load_article, render_document
mark("import pipeline (pydantic models, jinja2, markdown-it)")
brand = load_brand()
mark("load brand")
article = load_article(sys.argv[1])
mark("read + clean")
import spacy
mark("import spacy")
from briefings.extract.nlp import load_pipeline
mark("import extraction rules (gazetteers, wordninja)")
load_pipeline()
mark("load spaCy model + ruler patterns")
brief = extract_article(article)
mark("extract (first article)")
document = build_document(brief, brand=brand, now=datetime(2026, 11, 26, tzinfo=UTC))
mark("compose + layout")
import briefings.writers.pdf.writer
mark("import reportlab + pdf writer")
render_document(document, ("pdf",), brand)
mark("render pdf (first: fonts)")
import briefings.writers.docx.writer
mark("import python-docx + docx writer")
render_document(document, ("docx",), brand)
mark("render docx (first)")
print(json.dumps(marks))
"""


def main() -> None:
    """Run the cold child --runs times; print the median duration of each stage."""
    parser = argparse.ArgumentParser()
    parser.add_argument("article", nargs="?", default=str(ROOT / "seeds/korea-canada-2plus2.txt"))
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    runs: list[list[tuple[str, float]]] = []
    for _ in range(options.runs):
        command = [sys.executable, "-c", CHILD, options.article]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        runs.append(json.loads(output.splitlines()[-1]))
    names = [name for name, _ in runs[0]][1:]
    print(f"{'stage':<55} {'median ms':>9}")
    total = 0.0
    for index, name in enumerate(names, start=1):
        spans = [run[index][1] - run[index - 1][1] for run in runs]
        total += statistics.median(spans)
        print(f"{name:<55} {statistics.median(spans) * 1000:>9.0f}")
    print(f"{'sum of medians (after interpreter start)':<55} {total * 1000:>9.0f}")


if __name__ == "__main__":
    main()
