"""What a user does in the browser, by widget key, and what every page must never show."""

import re
from collections.abc import Callable
from weakref import WeakKeyDictionary

from playwright.sync_api import Page, WebSocket, expect
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

# How long to wait for the end of the script run that an action causes.
RUN_SECONDS = 10
# The line in which a page shows how often it has run in this session.
RUNS_SHOWN = re.compile(r"This page has run (\d+) times in this session")


def wait_until_drawn(page: Page) -> None:
    """Wait until the script has run and every element of the page has been drawn."""
    page.locator("h1").first.wait_for()
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0)
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")


# The app's websocket of each open page: the one it opened last (a reload opens a new one).
APP_SOCKETS: WeakKeyDictionary[Page, WebSocket] = WeakKeyDictionary()


# Per open page, the last value of each slider (by key) that the page has sent to the server.
SLIDER_VALUES_SENT: WeakKeyDictionary[Page, dict[str, list[float]]] = WeakKeyDictionary()


def follow_app_socket(page: Page) -> None:
    """Keep track of the websocket through which the app talks to `page`, and of the slider
    values the page sends through it; call it before the page opens the app."""
    SLIDER_VALUES_SENT[page] = {}

    def on_socket(socket: WebSocket) -> None:
        APP_SOCKETS[page] = socket
        socket.on("framesent", lambda payload: note_slider_values(page, payload))

    page.on("websocket", on_socket)


def note_slider_values(page: Page, payload: bytes | str) -> None:
    """Note the slider values that a message from the page to the server carries."""
    if not isinstance(payload, bytes):
        return
    message = BackMsg.FromString(payload)
    if message.WhichOneof("type") == "rerun_script":
        for state in message.rerun_script.widget_states.widgets:
            if state.WhichOneof("value") == "double_array_value":
                key = state.id.rpartition("-")[2]
                SLIDER_VALUES_SENT[page][key] = list(state.double_array_value.data)


def ends_a_run(payload: bytes | str) -> bool:
    """Whether a message from the app's server says that a script run (of the page or of a
    fragment) has ended."""
    return isinstance(payload, bytes) and (
        ForwardMsg.FromString(payload).WhichOneof("type") == "script_finished"
    )


def after_its_run(page: Page, action: Callable[[], None]) -> None:
    """Do `action`, then wait until the server has said that the script run it causes has
    ended, and the page has drawn it. An action that causes no run fails here."""
    with APP_SOCKETS[page].expect_event(
        "framereceived", predicate=ends_a_run, timeout=RUN_SECONDS * 1000
    ):
        action()
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


def open_from_navigation(page: Page, title: str) -> None:
    """Click the sidebar link to the page with this title, and wait until the page shown
    before is gone and the new one has drawn."""
    wait_until_drawn(page)
    heading = page.locator("h1").first
    shown = heading.inner_text()
    page.get_by_test_id("stSidebarNav").get_by_text(title, exact=True).click()
    expect(heading).not_to_have_text(shown)
    wait_until_drawn(page)


def leave_and_return(page: Page, title: str) -> None:
    """Open the home page through the sidebar navigation, then the page titled `title` again,
    as a user who leaves a page and comes back to it in the same session."""
    open_from_navigation(page, "Home")
    open_from_navigation(page, title)


def nudge_slider(page: Page, key: str, steps: int) -> None:
    """Move the slider with this key `steps` steps to the right (to the left when `steps` is
    negative) with the keyboard, as a user may, and wait until the page has sent the new value
    and the run it causes has been drawn."""
    thumb = widget(page, key).get_by_role("slider")
    for _ in range(abs(steps)):
        thumb.press("ArrowRight" if steps > 0 else "ArrowLeft")
    shown = [float(thumb.input_value())]
    # The page sends a slider's value a moment after the last key press: a click before that
    # would rerun with the value before it.
    for _ in range(RUN_SECONDS * 50):
        if SLIDER_VALUES_SENT[page].get(key) == shown:
            break
        page.wait_for_timeout(20)
    else:
        raise AssertionError(f"the page never sent {key} = {shown[0]} to the server")
    wait_until_drawn(page)


def runs_shown(page: Page) -> int:
    """The run count that the page shows ("This page has run N times in this session."),
    once no run is under way."""
    wait_until_drawn(page)
    return int(RUNS_SHOWN.search(page.get_by_text(RUNS_SHOWN).inner_text()).group(1))
