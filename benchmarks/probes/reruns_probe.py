# Imports the generated project's own test helpers (tests.support, tests.e2e), not the template's.
"""A benchmark probe, run by pytest in a generated project's tests/e2e/: per pattern page, the
last of its BENCH_CLICKS, timed from the click to the end of its script run through AppTest and
to the updated page in Chromium; the same for a one-button script, the floor. Every sample goes
to BENCH_OUTPUT as JSON."""

import importlib
import json
import os
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect
from streamlit.testing.v1 import AppTest

from tests.e2e.server import running_app
from tests.e2e.steps import wait_until_drawn
from tests.support import Session

PACKAGE = os.environ.get("BENCH_PACKAGE", "")
SAMPLES = json.loads(os.environ.get("BENCH_SAMPLES", '{"apptest": 1, "browser": 1}'))
OUTPUT = Path(os.environ.get("BENCH_OUTPUT", "bench-reruns.json"))
# Per page module: the [button key, text its rerun shows] of each click; the last is timed.
CLICKS = json.loads(os.environ.get("BENCH_CLICKS", "{}"))
FLOOR = "floor"  # the floor script, a page with one button, by the name its samples go under
FLOOR_SCRIPT = """import streamlit as st

st.title("Floor")
if st.button("Click", key="floor"):
    st.write("Clicked")
"""
# In the page: click the button with this key, and resolve with the milliseconds until the
# page shows this text (a line of text, or an input's value) and has been painted.
CLICK_TO_UPDATED_PAGE = """([key, text]) => new Promise((resolve, reject) => {
  const shows = () => document.body.innerText.split("\\n").some(line => line.trim() === text)
    || [...document.querySelectorAll("input")].some(input => input.value === text);
  if (shows()) return reject(new Error(`"${text}" shows before the click on ${key}`));
  const start = performance.now();
  const check = () => {
    if (!shows()) return;
    observer.disconnect();
    clearInterval(poll);
    requestAnimationFrame(() => resolve(performance.now() - start));
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, {subtree: true, childList: true, characterData: true});
  const poll = setInterval(check, 16);  // an input's new value is no DOM mutation
  setTimeout(() => reject(new Error(`"${text}" never showed after the click on ${key}`)), 30000);
  document.querySelector(`.st-key-${key} button`).click();
})"""


def apptest_sample(name: str, clicks: list) -> float:
    """Seconds of the script run that the last of `clicks` causes, in a new session."""
    if name == FLOOR:
        at = AppTest.from_string(FLOOR_SCRIPT, default_timeout=30).run()
    else:
        at = Session(importlib.import_module(f"{PACKAGE}.patterns.{name}")).at
    for key, _ in clicks[:-1]:
        at.button(key=key).click().run()
    at.button(key=clicks[-1][0]).click()
    start = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - start
    assert not at.exception, [item.value for item in at.exception]
    return elapsed


def browser_sample(browser, url: str, clicks: list) -> float:
    """Seconds from the last of `clicks` to the page showing its text, in a new session."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(url)
        wait_until_drawn(page)
        for key, text in clicks:
            # Streamlit keeps widgets disabled until its websocket is connected.
            expect(page.locator(f".st-key-{key} button")).to_be_enabled()
            elapsed = page.evaluate(CLICK_TO_UPDATED_PAGE, [key, text]) / 1000
            wait_until_drawn(page)
        return elapsed
    finally:
        page.close()


@pytest.fixture
def floor_url(tmp_path):
    """The floor script, served by its own `streamlit run`."""
    (tmp_path / "floor_app.py").write_text(FLOOR_SCRIPT)
    with running_app(tmp_path / "floor_app.py") as url:
        yield url


def test_reruns(monkeypatch, browser, app_url, floor_url):
    """Each page's timed click and the floor's, through AppTest and in Chromium."""
    monkeypatch.setattr(importlib.import_module(f"{PACKAGE}.slow_work"), "SIMULATED_SECONDS", 0)
    urls = {FLOOR: floor_url, **{name: f"{app_url}/{name}" for name in CLICKS}}
    samples = {"apptest": {}, "browser": {}}
    apptest_runs, browser_runs = range(SAMPLES["apptest"]), range(SAMPLES["browser"])
    for name, clicks in {**CLICKS, FLOOR: [["floor", "Clicked"]]}.items():
        samples["apptest"][name] = [apptest_sample(name, clicks) for _ in apptest_runs]
        samples["browser"][name] = [
            browser_sample(browser, urls[name], clicks) for _ in browser_runs
        ]
    OUTPUT.write_text(json.dumps(samples))
