"""Load time of `briefings review`'s page for a 30,000-character article in headless Chromium.

Usage: python bench/speed/review_load.py [N]  (N page loads, default 10). Prints the page's
size, the time to build it (extract + page) and the Performance API's navigation timings
(responseEnd, domContentLoadedEventEnd, loadEventEnd; ms from navigation start), median and min.
tests/test_review_browser.py asserts the same load stays under a second.
"""

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from briefings.cli.main import main

SEED = Path(__file__).resolve().parents[2] / "seeds" / "korea-canada-2plus2.txt"
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
work = Path(tempfile.mkdtemp())
paragraphs = SEED.read_text(encoding="utf-8").split("\n\n")
body = "\n\n".join(paragraphs[1:])
text = paragraphs[0] + "\n\n" + "\n\n".join([body] * (30_000 // len(body) + 1))
article = work / "long.txt"
article.write_text(text[:30_000].rsplit(".", 1)[0] + ".\n", encoding="utf-8")
page = work / "review.html"
started = time.perf_counter()
result = CliRunner().invoke(main, ["review", str(article), "-o", str(page)])
built = time.perf_counter() - started
assert result.exit_code == 0, result.output
options = webdriver.ChromeOptions()
options.binary_location = shutil.which("chromium") or "chromium"
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
timings: dict[str, list[float]] = {
    "responseEnd": [],
    "domContentLoadedEventEnd": [],
    "loadEventEnd": [],
}
try:
    for _ in range(runs):
        driver.get(page.as_uri())
        entry = driver.execute_script(
            "return performance.getEntriesByType('navigation')[0].toJSON()"
        )
        for key, values in timings.items():
            values.append(entry[key] - entry["startTime"])
    items = driver.execute_script("return document.querySelectorAll('li.item').length")
    marks = driver.execute_script("return document.querySelectorAll('mark.ev').length")
finally:
    driver.quit()
print(
    f"article {len(article.read_text(encoding='utf-8')):,} chars; "
    f"page {page.stat().st_size:,} bytes, "
    f"{items} items, {marks} marked sentences; built in {built:.2f} s (extract + page)"
)
for key, values in timings.items():
    print(
        f"{key:>25}: median {statistics.median(values):.0f} ms, "
        f"min {min(values):.0f} ms ({runs} loads)"
    )
