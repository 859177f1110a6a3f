"""User stories of the keep-values page: one form kept four ways, through hidden inputs and a
visit to another page."""

import pytest
from hypothesis import strategies
from hypothesis.stateful import invariant, precondition, rule, run_state_machine_as_test

from tests.support import PageMachine, app_module, leave_and_return, typed_text

keep_values = app_module("patterns.keep_values")
as_text = app_module("text").as_text

WAYS = ("plain", "copy", "reassign", "persist")
# What each way shows after the inputs were hidden and shown again, and after a visit to Home.
KEEPS_WHEN_HIDDEN = {"plain": False, "copy": True, "reassign": True, "persist": True}
KEEPS_ACROSS_PAGES = {"plain": False, "copy": True, "reassign": False, "persist": True}
EMPTY = "Kept: (no name), 0 ticket(s)"
ticket_counts = strategies.integers(0, keep_values.MAX_TICKETS)


@pytest.fixture
def page(new_session):
    """The keep-values page, opened in a new session."""
    return new_session(keep_values)


def kept(page, way: str) -> str:
    """The line under one way's column: what that way holds, as the user reads it."""
    [line] = page.at.container(key=f"keep_{way}").markdown
    return line.value


def inputs(page, way: str) -> tuple[str, int]:
    """The name and the tickets that one way's inputs show."""
    name = page.at.text_input(key=keep_values.widget_key(way, "name")).value
    tickets = page.at.number_input(key=keep_values.widget_key(way, "tickets")).value
    return name, tickets


def fill(page, way: str, name: str, tickets: int) -> None:
    """Type a name and set a number of tickets in one way's inputs, to be sent at the next run."""
    page.at.text_input(key=keep_values.widget_key(way, "name")).input(name)
    page.at.number_input(key=keep_values.widget_key(way, "tickets")).set_value(tickets)


def fill_every_way(page, name: str = "Ada", tickets: int = 3):
    """Type the same name and tickets into all four ways; one run sends them all, as a user's
    eight entries would, each with its own run (each widget's callback runs either way)."""
    for way in WAYS:
        fill(page, way, name, tickets)
    return page.run()


def hidden(page) -> bool:
    """Whether the inputs are hidden: the page offers to show them and draws none."""
    if page.has("button", "keep_show"):
        assert not page.has("button", "keep_hide") and not page.at.text_input
        return True
    assert len(page.at.text_input) == len(page.at.number_input) == len(WAYS)
    return False


def test_a_new_page_shows_every_input_and_nothing_kept(page):
    """Before any typing, every way shows its inputs and the same empty line."""
    assert not hidden(page)
    assert [kept(page, way) for way in WAYS] == [EMPTY] * len(WAYS)
    assert [inputs(page, way) for way in WAYS] == [("", 0)] * len(WAYS)


def test_what_is_typed_shows_under_every_way(page):
    """A name and tickets typed into each column show under that column."""
    fill_every_way(page)
    assert [kept(page, way) for way in WAYS] == ["Kept: Ada, 3 ticket(s)"] * len(WAYS)


def test_hidden_inputs_forget_only_the_plain_widget(page):
    """Typed into all four, hidden and shown again: the plain widget is empty, the others keep."""
    fill_every_way(page).click("keep_hide")
    assert hidden(page)
    page.click("keep_show")
    assert not hidden(page)
    for way in WAYS:
        expected = ("Ada", 3) if KEEPS_WHEN_HIDDEN[way] else ("", 0)
        assert inputs(page, way) == expected, way
        assert kept(page, way) == ("Kept: Ada, 3 ticket(s)" if expected[0] else EMPTY), way


def test_hiding_and_showing_again_and_again_keeps_the_same_values(page):
    """Repeated hide and show clicks: the three ways that keep still hold the first values."""
    fill_every_way(page)
    for _ in range(2):
        page.click("keep_hide").click("keep_show")
    assert [inputs(page, way) for way in WAYS] == [("", 0), ("Ada", 3), ("Ada", 3), ("Ada", 3)]


def test_after_a_visit_to_home_the_copy_and_persist_state_keep_their_values(page):
    """Typed into all four, then Home and back: only the copy and persist_state kept theirs;
    the re-assignment runs on this page only, so Streamlit deleted its values on Home."""
    leave_and_return(fill_every_way(page), keep_values)
    assert not hidden(page)
    for way in WAYS:
        expected = ("Ada", 3) if KEEPS_ACROSS_PAGES[way] else ("", 0)
        assert inputs(page, way) == expected, way
    assert [kept(page, way) for way in WAYS] == [
        EMPTY,
        "Kept: Ada, 3 ticket(s)",
        EMPTY,
        "Kept: Ada, 3 ticket(s)",
    ]


def test_hidden_inputs_are_still_hidden_after_a_visit_to_home(page):
    """Hidden, then Home and back: still hidden, and showing them brings back what was kept."""
    fill_every_way(page, "Grace", 2).click("keep_hide")
    leave_and_return(page, keep_values)
    assert hidden(page)
    page.click("keep_show")
    assert [inputs(page, way) for way in WAYS] == [("", 0), ("Grace", 2), ("", 0), ("Grace", 2)]


def test_typed_markup_is_shown_as_text(page):
    """Markdown and HTML typed as a name show as typed and trimmed, never as markup; a name of
    blanks is no name."""
    typed = "  **bold** <b>x</b> [link](https://example.com)  "
    fill(page, "copy", typed, 1)
    fill(page, "persist", "   ", 2)
    page.run()
    assert kept(page, "copy") == f"Kept: {as_text(typed.strip())}, 1 ticket(s)"
    assert not any(mark in kept(page, "copy") for mark in ("**", "<b>", "]("))
    assert kept(page, "persist") == "Kept: (no name), 2 ticket(s)"


class KeepMachine(PageMachine):
    """A user types, hides, shows and visits Home in any order."""

    page_module = keep_values

    def __init__(self) -> None:
        super().__init__()
        self.values = {way: ("", 0) for way in WAYS}
        self.hidden = False

    @precondition(lambda self: not self.hidden)
    @rule(way=strategies.sampled_from(WAYS), name=typed_text)
    def type_name(self, way, name) -> None:
        self.page.type(keep_values.widget_key(way, "name"), name)
        self.values[way] = (name, self.values[way][1])

    @precondition(lambda self: not self.hidden)
    @rule(way=strategies.sampled_from(WAYS), tickets=ticket_counts)
    def set_tickets(self, way, tickets) -> None:
        self.page.set("number_input", keep_values.widget_key(way, "tickets"), tickets)
        self.values[way] = (self.values[way][0], tickets)

    @precondition(lambda self: not self.hidden)
    @rule()
    def hide(self) -> None:
        self.page.click("keep_hide")
        self.hidden = True
        self.values["plain"] = ("", 0)

    @precondition(lambda self: self.hidden)
    @rule()
    def show(self) -> None:
        self.page.click("keep_show")
        self.hidden = False

    @rule()
    def visit_home(self) -> None:
        leave_and_return(self.page, keep_values)
        for way in WAYS:
            if not KEEPS_ACROSS_PAGES[way]:
                self.values[way] = ("", 0)

    @invariant()
    def every_way_shows_what_it_kept(self) -> None:
        """Each column's line, and its inputs when shown, hold what that way keeps."""
        assert hidden(self.page) == self.hidden
        for way in WAYS:
            name, tickets = self.values[way]
            shown = as_text(name.strip()) or "(no name)"
            assert kept(self.page, way) == f"Kept: {shown}, {tickets} ticket(s)", way
            if not self.hidden:
                assert inputs(self.page, way) == self.values[way], way


def test_random_typing_hiding_and_visits_keep_what_each_way_promises():
    """Any order of typing, hiding, showing and visits to Home: each way keeps exactly what
    it promises, and shows it as text."""
    run_state_machine_as_test(KeepMachine)
