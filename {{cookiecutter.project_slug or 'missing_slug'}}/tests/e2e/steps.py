"""What a user does in the browser, by widget key, and what every page must never show."""

import re
from collections.abc import Callable
from weakref import WeakKeyDictionary

from playwright.sync_api import Page, WebSocket, expect
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

# How long to wait for the end of the script run that an action causes.
RUN_SECONDS = 10
# How often to look again at what the app's websocket carried, while waiting.
POLL_MILLISECONDS = 20
# The line in which a page shows how often it has run in this session.
RUNS_SHOWN = re.compile(r"This page has run (\d+) times in this session")


def wait_until_drawn(page: Page) -> None:
    """Wait until the script has run and every element of the page has been drawn."""
    page.locator("h1").first.wait_for()
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0)
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")


class AppTraffic:
    """What passes between one page and the app's server over the page's websocket (the one it
    opened last: a reload opens a new one): how many script runs have ended, and the last value
    of each widget that the page sent, with how many runs had ended when it was sent."""

    def __init__(self, page: Page) -> None:
        """Follow the page's websockets from now on: create it before the page opens the app."""
        self.page = page
        self.runs_ended = 0
        self.values_sent: dict[str, tuple[WidgetState, int]] = {}
        page.on("websocket", self.follow)

    def follow(self, socket: WebSocket) -> None:
        """Count what a new websocket of the page carries."""
        socket.on("framereceived", self.received)
        socket.on("framesent", self.sent)

    def received(self, payload: bytes | str) -> None:
        """Count a message from the server that ends a script run (of the page or of a
        fragment); a run stopped early for the next one ends nothing a user sees."""
        if isinstance(payload, bytes):
            message = ForwardMsg.FromString(payload)
            ended = message.WhichOneof("type") == "script_finished"
            if ended and message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                self.runs_ended += 1

    def sent(self, payload: bytes | str) -> None:
        """Note the widget values that a request of the page for a run carries, by key."""
        if isinstance(payload, bytes):
            message = BackMsg.FromString(payload)
            if message.WhichOneof("type") == "rerun_script":
                for state in message.rerun_script.widget_states.widgets:
                    key = state.id.split("-", 2)[-1]  # the id is $$ID-<hash>-<key>
                    self.values_sent[key] = (state, self.runs_ended)

    def wait_for(self, condition: Callable[[], bool], what: str) -> None:
        """Wait until `condition()` holds, at most RUN_SECONDS; else fail, saying `what`."""
        for _ in range(RUN_SECONDS * 1000 // POLL_MILLISECONDS):
            if condition():
                return
            self.page.wait_for_timeout(POLL_MILLISECONDS)
        raise AssertionError(f"waited {RUN_SECONDS} s in vain: {what}")


# The traffic of each open page.
TRAFFIC: WeakKeyDictionary[Page, AppTraffic] = WeakKeyDictionary()


def follow_app_traffic(page: Page) -> None:
    """Keep track of what passes between `page` and the app; call it before the page opens
    the app."""
    TRAFFIC[page] = AppTraffic(page)


def after_its_run(page: Page, action: Callable[[], None]) -> None:
    """Do `action`, then wait until the server has ended the script run that it causes, and
    the page has drawn it. An action that causes no run fails here."""
    traffic = TRAFFIC[page]
    ended_before = traffic.runs_ended
    action()
    traffic.wait_for(lambda: traffic.runs_ended > ended_before, "no script run ended")
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
    value = float(thumb.input_value())
    traffic = TRAFFIC[page]

    def value_sent_and_run() -> bool:
        state, ended_before = traffic.values_sent.get(key, (WidgetState(), 0))
        return list(state.double_array_value.data) == [value] and traffic.runs_ended > ended_before

    # The page sends a slider's value a moment after the last key press: a click before that
    # would rerun with the value before it.
    traffic.wait_for(value_sent_and_run, f"{key} = {value} was never sent and run")
    wait_until_drawn(page)


def runs_shown(page: Page) -> int:
    """The run count that the page shows ("This page has run N times in this session."),
    once no run is under way."""
    wait_until_drawn(page)
    return int(RUNS_SHOWN.search(page.get_by_text(RUNS_SHOWN).inner_text()).group(1))
