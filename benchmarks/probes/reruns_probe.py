"""A benchmark probe, copied into a generated project's tests/e2e/ and run there by pytest.

It times one interaction per pattern page: a click and the rerun it causes, through AppTest
(the script run) and in Chromium (from the click to the updated page), beside a script with one
button. Settings come from BENCH_* variables; the medians go to BENCH_OUTPUT as JSON.
"""

import importlib
import json
import os
import statistics
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect
from streamlit.testing.v1 import AppTest

from tests.e2e.server import running_app
from tests.e2e.steps import wait_until_drawn
from tests.support import TIMEOUT_SECONDS, Session

PACKAGE = os.environ.get("BENCH_PACKAGE", "")
SAMPLES = int(os.environ.get("BENCH_SAMPLES", "1"))
BROWSER_SAMPLES = int(os.environ.get("BENCH_BROWSER_SAMPLES", "1"))
OUTPUT = Path(os.environ.get("BENCH_OUTPUT", "bench-reruns.json"))
# Per page: the (button key, text its rerun shows) of each click; the last click is timed.
INTERACTIONS = json.loads(os.environ.get("BENCH_INTERACTIONS", "{}"))
FLOOR_SCRIPT = """import streamlit as st

st.title("Floor")
if st.button("Click", key="floor"):
    st.write("Clicked")
"""
FLOOR_INTERACTION = [("floor", "Clicked")]

# In the page: click the button with this key, and resolve with the milliseconds until the
# page shows this text (a line of text, or an input's value) and has been painted.
CLICK_TO_UPDATED_PAGE = """
([key, text]) => new Promise((resolve, reject) => {
  const shows = () =>
    document.body.innerText.split("\\n").some(line => line.trim() === text) ||
    Array.from(document.querySelectorAll("input")).some(input => input.value === text);
  const button = document.querySelector(`.st-key-${key} button`);
  if (button === null || shows()) {
    reject(new Error(`${location.pathname}: no button ${key}, or "${text}" shown already`));
    return;
  }
  const start = performance.now();
  let waiting = true;
  const check = () => {
    if (waiting && shows()) {
      waiting = false;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    }
  };
  // Text changes show as DOM mutations; an input's new value does not, so check every frame too.
  const observer = new MutationObserver(check);
  observer.observe(document.body, {subtree: true, childList: true, characterData: true});
  const everyFrame = () => { check(); if (waiting) requestAnimationFrame(everyFrame); };
  requestAnimationFrame(everyFrame);
  const fail = () => reject(new Error(`${location.pathname}: "${text}" never showed`));
  setTimeout(() => waiting && fail(), 30000);
  button.click();
})
"""


def save(section: str, medians: dict) -> None:
    """Add one section of results to the output file."""
    results = json.loads(OUTPUT.read_text()) if OUTPUT.exists() else {}
    OUTPUT.write_text(json.dumps({**results, section: medians}))


def timed_click(at: AppTest, key: str) -> float:
    """Seconds of the script run that a click on the button `key` causes."""
    at.button(key=key).click()
    start = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - start
    assert not at.exception, [item.value for item in at.exception]
    return elapsed


def test_apptest_reruns(monkeypatch):
    """The script run of one click per page, through AppTest, and of the one-button script."""
    slow_work = importlib.import_module(f"{PACKAGE}.slow_work")
    monkeypatch.setattr(slow_work, "SIMULATED_SECONDS", 0)
    medians = {}
    for name, steps in INTERACTIONS.items():
        module = importlib.import_module(f"{PACKAGE}.patterns.{name}")
        samples = []
        for _ in range(SAMPLES):
            page = Session(module)
            for key, _ in steps[:-1]:
                page.click(key)
            samples.append(timed_click(page.at, steps[-1][0]))
        medians[name] = statistics.median(samples)
    floor = []
    for _ in range(SAMPLES):
        at = AppTest.from_string(FLOOR_SCRIPT, default_timeout=TIMEOUT_SECONDS).run()
        floor.append(timed_click(at, "floor"))
    save("apptest", {"pages": medians, "floor": statistics.median(floor)})


@pytest.fixture
def floor_url(tmp_path):
    """The one-button script, served by its own `streamlit run`."""
    script = tmp_path / "floor_app.py"
    script.write_text(FLOOR_SCRIPT)
    with running_app(script) as url:
        yield url


def browser_click_seconds(browser, url: str, steps: list) -> float:
    """Seconds from the last click of `steps` to the page showing its text, in a new session."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(url)
        wait_until_drawn(page)
        for key, text in steps:
            # Streamlit keeps widgets disabled until its websocket is connected.
            expect(page.locator(f".st-key-{key} button")).to_be_enabled()
            elapsed = page.evaluate(CLICK_TO_UPDATED_PAGE, [key, text]) / 1000
            wait_until_drawn(page)
        return elapsed
    finally:
        context.close()


def test_browser_reruns(browser, app_url, floor_url):
    """From click to updated page in Chromium, per page and for the one-button script."""
    medians = {
        name: statistics.median(
            browser_click_seconds(browser, f"{app_url}/{name}", steps)
            for _ in range(BROWSER_SAMPLES)
        )
        for name, steps in INTERACTIONS.items()
    }
    floor = [
        browser_click_seconds(browser, floor_url, FLOOR_INTERACTION) for _ in range(BROWSER_SAMPLES)
    ]
    save("browser", {"pages": medians, "floor": statistics.median(floor)})
