"""Screenshot of the review page of the sample article (called by docs/make-pictures).

Usage: python docs/review-picture.py PAGE.html OUT.png — headless Debian Chromium via selenium,
1280 x 860, with the first demand selected so its sentence is marked and listed.
"""

import shutil
import sys
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

page, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
options = webdriver.ChromeOptions()
options.binary_location = shutil.which("chromium") or "chromium"
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,860"):
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
try:
    driver.get(page.as_uri())
    demand = driver.find_element(By.CSS_SELECTOR, 'li.item[data-section="demands"]')
    heading = driver.find_element(By.ID, "h-demands")
    driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", heading)
    demand.find_element(By.CSS_SELECTOR, "button.show").click()
    driver.find_element(By.CSS_SELECTOR, "mark.ev.current").click()
    driver.execute_script("arguments[0].focus()", demand)
    driver.save_screenshot(str(out))
finally:
    driver.quit()
