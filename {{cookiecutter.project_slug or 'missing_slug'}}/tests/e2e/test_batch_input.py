"""In the browser: the reruns each way causes, counted by the page; what AppTest, which runs
the script once per step it takes, cannot count. Typing in the form and in the widgets that
wait causes none, "Send" and "Apply" one each, and every change to a live widget one."""

from playwright.sync_api import expect

from tests.e2e.steps import click, expect_text, runs_shown, widget


def expect_one_more_run(page, runs: int, action) -> int:
    """Do `action`, wait until the page counts one more run than `runs`, however short that
    run, and check that no second one follows; the new count."""
    action()
    expect(page.get_by_text(f"This page has run {runs + 1} times")).to_be_visible()
    assert runs_shown(page) == runs + 1
    return runs + 1


def enter(page, key: str, text: str) -> None:
    """Type `text` into the input with this key and leave it with Tab, which commits the value
    without submitting a form, as Enter would."""
    field = widget(page, key).locator("input")
    field.fill(text)
    field.press("Tab")


def expect_outcome(page, way: str, applied: str, reruns: int) -> None:
    """Wait until one way shows this applied entry and this count of reruns."""
    outcome = widget(page, f"batch_{way}_outcome")
    expect(outcome.get_by_text(applied, exact=True)).to_be_visible()
    expect(outcome.get_by_text(f"Reruns it caused: {reruns}", exact=True)).to_be_visible()


def value_of(page, key: str):
    """The input with this key, to check its value."""
    return widget(page, key).locator("input")


def test_typing_in_the_form_and_the_waiting_widgets_causes_no_rerun(open_page):
    """A user fills in the form and the widgets that wait: the page does not run; "Send" and
    "Apply" then run it once each, the form is cleared and the waiting widgets keep theirs."""
    page = open_page("batch_input")
    runs = runs_shown(page)
    enter(page, "batch_form_item", "Pens")
    enter(page, "batch_form_quantity", "2")
    enter(page, "batch_wait_item", "Ink")
    enter(page, "batch_wait_quantity", "3")
    expect(value_of(page, "batch_wait_quantity")).to_have_value("3")
    assert runs_shown(page) == runs
    expect_outcome(page, "form", "Nothing applied yet.", 0)
    expect_outcome(page, "wait", "Nothing applied yet.", 0)
    runs = expect_one_more_run(page, runs, lambda: click(page, "batch_send"))
    expect_outcome(page, "form", "Applied: 2 × Pens", 1)
    expect(value_of(page, "batch_form_item")).to_have_value("")
    expect(value_of(page, "batch_form_quantity")).to_have_value("1")
    expect_one_more_run(page, runs, lambda: click(page, "batch_apply"))
    expect_outcome(page, "wait", "Applied: 3 × Ink", 1)
    expect(value_of(page, "batch_wait_item")).to_have_value("Ink")
    expect_text(page, "Nothing applied yet.")


def test_each_change_to_a_live_widget_causes_one_rerun(open_page):
    """A user types an item, then a quantity, into the live widgets: one run each, each
    applied at once."""
    page = open_page("batch_input")
    runs = runs_shown(page)
    runs = expect_one_more_run(page, runs, lambda: enter(page, "batch_live_item", "Tape"))
    expect_outcome(page, "live", "Applied: 1 × Tape", 1)
    expect_one_more_run(page, runs, lambda: enter(page, "batch_live_quantity", "4"))
    expect_outcome(page, "live", "Applied: 4 × Tape", 2)
