"""Batch throughput: N articles (the shared corpus repeated under distinct names) with -j JOBS.

Prints wall time, briefs per second and, through bench/memory/rss.py, the peak RSS of the parent
and of each worker. Usage: python bench/speed/batch.py [--count 200] [--jobs 2] [--formats pdf,docx]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "articles"  # ../shared/corpus beside the repo


def main() -> None:
    """Copy the corpus to a temporary folder, run the batch, report speed and memory."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--formats", default="pdf,docx")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    options = parser.parse_args()
    articles = sorted(options.corpus.glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="briefings-bench-") as folder:
        inbox, out = Path(folder) / "inbox", Path(folder) / "out"
        inbox.mkdir()
        for number in range(options.count):
            source = articles[number % len(articles)]
            shutil.copy(source, inbox / f"{number:04}-{source.name}")
        manifest = Path(folder) / "run.json"
        formats = [arg for fmt in options.formats.split(",") for arg in ("-f", fmt)]
        command = [
            sys.executable, str(ROOT / "bench/memory/rss.py"), "--",
            str(Path(sys.executable).parent / "briefings"), "generate", str(inbox), "-o", str(out),
            "-j", str(options.jobs), "-q", "--manifest", str(manifest), *formats,
        ]  # fmt: skip
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True)
        wall = time.perf_counter() - start
        data = json.loads(manifest.read_text())
        written = data["counts"]["written"]
        extract = sorted(a["timings"].get("extract", 0) for a in data["articles"] if a["timings"])
        print(f"{options.count} articles, -j {options.jobs}, formats {options.formats}")
        print(f"exit {result.returncode}; written {written}, failed {data['counts']['failed']}")
        print(f"wall {wall:.2f} s (including start-up) -> {written / wall:.1f} briefs/s")
        if extract:
            median = extract[len(extract) // 2] * 1000
            print(f"median extract per article in a worker: {median:.0f} ms")
        print("\n".join(line for line in result.stderr.splitlines() if "peak RSS" in line))


if __name__ == "__main__":
    main()
