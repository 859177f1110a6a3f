"""What a user does in the browser, by widget key, and what every page must never show."""

from collections.abc import Callable

from playwright.sync_api import Page, expect

# In the page: a promise, kept as window.scriptRunEnded, that resolves when the next script run
# ends (the app's script state leaves "running"), however short the run.
WATCH_NEXT_RUN = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  window.scriptRunEnded = new Promise(resolve => {
    const observer = new MutationObserver(records => {
      if (records.some(record => record.oldValue === "running")) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(app, {attributeFilter: ["data-test-script-state"], attributeOldValue: true});
  });
}"""


def wait_until_drawn(page: Page) -> None:
    """Wait until the script has run and every element of the page has been drawn."""
    page.locator("h1").first.wait_for()
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0)
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")


def after_its_run(page: Page, action: Callable[[], None]) -> None:
    """Do `action`, then wait until the script run that it causes has ended."""
    page.evaluate(WATCH_NEXT_RUN)
    action()
    page.evaluate("() => window.scriptRunEnded")
    wait_until_drawn(page)


def widget(page: Page, key: str):
    """The element that holds the widget with this key."""
    return page.locator(f".st-key-{key}")


def click(page: Page, key: str) -> None:
    """Click the button with this key."""
    widget(page, key).locator("button").click()


def type_text(page: Page, key: str, text: str) -> None:
    """Type `text` into the input with this key and press Enter to send it; in a select box,
    that picks the option typed, as a user may."""
    field = widget(page, key).locator("input")
    field.fill(text)
    field.press("Enter")


def expect_text(page: Page, text: str) -> None:
    """Wait until `text` shows on the page, and check that no exception box shows."""
    expect(page.get_by_text(text, exact=True).first).to_be_visible()
    expect_no_exception(page)


def expect_no_exception(page: Page) -> None:
    """No exception box and no error message on the page."""
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_test_id("stAlertContentError")).to_have_count(0)
