"""User stories of the batch-input page: the same inputs as a form, as widgets that wait for
"Apply", and as live widgets, each applying what it holds.

AppTest runs the script after every step it takes, so it cannot count the reruns that a
browser makes: the browser tests show that typing in the form and in the widgets that wait
causes none, and that "Send", "Apply" and each live change cause one. Here: what each way
applies, and when.
"""

import pytest
from hypothesis import strategies
from hypothesis.stateful import invariant, rule, run_state_machine_as_test
from streamlit.testing.v1 import element_tree

from tests.support import PageMachine, app_module, leave_and_return, typed_text

batch_input = app_module("patterns.batch_input")
as_text = app_module("text").as_text
WAYS = list(batch_input.WAYS)
NOTHING_YET = "Nothing applied yet."
# Whether AppTest acts out `clear_on_submit`: a later submit sends the cleared values, as a
# browser does (Streamlit 1.67 does, 1.64 does not).
CLEARS_SUBMITTED_FORMS = hasattr(element_tree, "_form_clear_flags")


@pytest.fixture
def page(new_session):
    """The batch-input page, opened in a new session."""
    return new_session(batch_input)


def applied(page, way: str) -> str:
    """What one way says it applied, as the user reads it."""
    return page.at.container(key=f"batch_{way}_outcome").markdown[0].value


def reruns(page, way: str) -> str:
    """The count of reruns that one way shows."""
    return page.at.container(key=f"batch_{way}_outcome").caption[0].value


def fill(page, way: str, item: str, quantity: int) -> None:
    """Enter an item and a quantity into one way's inputs, without running the script: in a
    form they wait for its submit button, as a browser's do."""
    page.at.text_input(key=f"batch_{way}_item").input(item)
    page.at.number_input(key=f"batch_{way}_quantity").set_value(quantity)


def send(page, item: str, quantity: int):
    """Fill in the form and click "Send"."""
    fill(page, "form", item, quantity)
    return page.click("batch_send")


def test_the_form_applies_the_entry_when_it_is_sent(page):
    """A new page has applied nothing anywhere. A user enters 2 Pens in the form: a rerun
    before "Send" applies nothing, "Send" applies the entry. (AppTest forgets what a rerun
    finds unsent in a form, so it is entered again.)"""
    for way in WAYS:
        assert applied(page, way) == NOTHING_YET
        assert reruns(page, way) == "Reruns it caused: 0"
    fill(page, "form", "Pens", 2)
    page.run()
    assert applied(page, "form") == NOTHING_YET
    send(page, "Pens", 2)
    assert applied(page, "form") == "Applied: 2 × Pens"
    assert reruns(page, "form") == "Reruns it caused: 1"


@pytest.mark.skipif(not CLEARS_SUBMITTED_FORMS, reason="this AppTest does not clear a form")
def test_a_sent_form_is_cleared_for_the_next_entry(page):
    """Sent, then sent again with nothing entered: the second entry is the empty one."""
    send(page, "Pens", 2).click("batch_send")
    assert applied(page, "form") == "Applied: 1 × (nothing)"
    assert reruns(page, "form") == "Reruns it caused: 2"


def test_the_waiting_widgets_apply_what_was_typed_on_apply(page):
    """A user types into the widgets that wait: nothing is applied until "Apply", then the
    values typed are, and they stay in the widgets; each further click counts one rerun."""
    page.type("batch_wait_item", "Ink").set("number_input", "batch_wait_quantity", 3)
    assert applied(page, "wait") == NOTHING_YET
    for clicks in (1, 2):
        page.click("batch_apply")
        assert applied(page, "wait") == "Applied: 3 × Ink"
        assert reruns(page, "wait") == f"Reruns it caused: {clicks}"
    assert page.at.text_input(key="batch_wait_item").value == "Ink"


def test_each_live_change_applies_at_once(page):
    """Each change to a live widget applies both values and counts one rerun."""
    page.type("batch_live_item", "Tape")
    assert applied(page, "live") == "Applied: 1 × Tape"
    page.set("number_input", "batch_live_quantity", 4)
    assert applied(page, "live") == "Applied: 4 × Tape"
    assert reruns(page, "live") == "Reruns it caused: 2"


def test_typed_markup_is_shown_as_text(page):
    """Markup typed as the item shows as typed, in every way, never as bold, HTML or a link."""
    text = "**bold** <b>x</b> [link](https://example.com)"
    send(page, text, 1)
    page.type("batch_wait_item", text).click("batch_apply")
    page.type("batch_live_item", text)
    for way in WAYS:
        assert applied(page, way) == f"Applied: 1 × {as_text(text)}"


def test_what_was_applied_and_the_widgets_are_kept_after_a_visit_to_home(page):
    """Each way applied its own entry, then Home and back: the same entries and counts; the
    waiting and live widgets keep their values, even one typed and not applied, and the form
    comes back empty (it was cleared when sent)."""
    send(page, "Pens", 2)
    page.type("batch_wait_item", "Ink").click("batch_apply").type("batch_wait_item", "Glue")
    page.type("batch_live_item", "Tape")
    leave_and_return(page, batch_input)
    assert [applied(page, way) for way in WAYS] == [
        "Applied: 2 × Pens",
        "Applied: 1 × Ink",
        "Applied: 1 × Tape",
    ]
    assert [reruns(page, way) for way in WAYS] == ["Reruns it caused: 1"] * 3
    assert page.at.text_input(key="batch_wait_item").value == "Glue"
    assert page.at.text_input(key="batch_live_item").value == "Tape"
    assert page.at.text_input(key="batch_form_item").value == ""


class BatchMachine(PageMachine):
    """A user fills, sends, applies and changes the three ways in any order."""

    page_module = batch_input

    def __init__(self) -> None:
        super().__init__()
        self.waiting = ("", 1)
        self.expected = dict.fromkeys(WAYS)
        self.counts = dict.fromkeys(WAYS, 0)

    def apply(self, way: str, item: str, quantity: int) -> None:
        """Note what one way has applied and the rerun it counted."""
        self.expected[way] = (item, quantity)
        self.counts[way] += 1

    @rule(item=typed_text, quantity=strategies.integers(1, batch_input.MAX_QUANTITY))
    def send_the_form(self, item, quantity) -> None:
        send(self.page, item, quantity)
        self.apply("form", item, quantity)

    @rule(item=typed_text)
    def type_while_waiting(self, item) -> None:
        self.page.type("batch_wait_item", item)
        self.waiting = (item, self.waiting[1])

    @rule()
    def click_apply(self) -> None:
        self.page.click("batch_apply")
        self.apply("wait", *self.waiting)

    @rule(item=typed_text)
    def type_live(self, item) -> None:
        before = self.page.at.text_input(key="batch_live_item").value
        self.page.type("batch_live_item", item)
        if item != before:
            quantity = self.page.at.number_input(key="batch_live_quantity").value
            self.apply("live", item, quantity)

    @rule()
    def visit_home(self) -> None:
        leave_and_return(self.page, batch_input)

    @invariant()
    def each_way_shows_what_it_applied(self) -> None:
        """Each way shows its last applied entry, as text, and one rerun per apply."""
        for way in WAYS:
            entry = self.expected[way]
            if entry is None:
                assert applied(self.page, way) == NOTHING_YET
            else:
                item, quantity = entry
                shown = as_text(item.strip()) if item.strip() else "(nothing)"
                assert applied(self.page, way) == f"Applied: {quantity} × {shown}"
            assert reruns(self.page, way) == f"Reruns it caused: {self.counts[way]}"


def test_random_use_of_the_three_ways_keeps_each_outcome_true():
    """Any order of sends, applies, typing and visits shows what each way last applied."""
    run_state_machine_as_test(BatchMachine)
