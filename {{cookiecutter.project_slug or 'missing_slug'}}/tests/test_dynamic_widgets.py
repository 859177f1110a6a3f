"""User stories of the dynamic-widgets page: rows of inputs added and removed by buttons."""

import pytest
from hypothesis import strategies
from hypothesis.stateful import invariant, precondition, rule, run_state_machine_as_test

from tests.support import PageMachine, app_module, leave_and_return, typed_text

dynamic_widgets = app_module("patterns.dynamic_widgets")
as_text = app_module("text").as_text


@pytest.fixture
def page(new_session):
    """The dynamic-widgets page, opened in a new session."""
    return new_session(dynamic_widgets)


def summary(page) -> list[str]:
    """The lines of the "People" summary, as the user reads them."""
    return [item.value for item in page.at.container(key="rows_summary").markdown]


def fill_row(page, row_id: int, first: str, last: str) -> None:
    """Type a first and a last name into one row."""
    page.type(f"rows_first_{row_id}", first)
    page.type(f"rows_last_{row_id}", last)


def test_a_new_page_has_no_rows(page):
    """Before any click the page has no row and the summary says so."""
    assert page.value("rows_ids") == []
    assert summary(page) == []
    assert page.at.container(key="rows_summary").caption[0].value.startswith("Nobody yet")


def test_added_rows_are_filled_and_summarised(page):
    """A user adds two people, fills them in, and the summary lists both."""
    page.click("rows_add").click("rows_add")
    fill_row(page, 0, "Ada", "Lovelace")
    fill_row(page, 1, "Grace", "Hopper")
    assert summary(page) == ["Person 1: Ada Lovelace", "Person 2: Grace Hopper"]


def test_removing_a_row_keeps_the_other_rows_values(page):
    """A user removes the middle of three people; the other two keep what was typed."""
    for _ in range(3):
        page.click("rows_add")
    fill_row(page, 0, "Ada", "Lovelace")
    fill_row(page, 1, "Alan", "Turing")
    fill_row(page, 2, "Grace", "Hopper")
    page.click("rows_remove_1")
    assert page.value("rows_ids") == [0, 2]
    assert page.at.text_input(key="rows_first_2").value == "Grace"
    assert summary(page) == ["Person 1: Ada Lovelace", "Person 2: Grace Hopper"]


def test_a_row_added_after_a_removal_starts_empty(page):
    """A new row never inherits the values of a removed one."""
    page.click("rows_add")
    fill_row(page, 0, "Ada", "Lovelace")
    page.click("rows_remove_0").click("rows_add")
    assert page.value("rows_ids") == [1]
    assert page.at.text_input(key="rows_first_1").value == ""
    assert summary(page) == ["Person 1: (no name yet)"]


def test_the_rows_and_their_names_are_kept_after_a_visit_to_home(page):
    """Two people filled in, then Home and back: the same rows, names and summary."""
    page.click("rows_add").click("rows_add")
    fill_row(page, 0, "Ada", "Lovelace")
    fill_row(page, 1, "Grace", "Hopper")
    leave_and_return(page, dynamic_widgets)
    assert page.at.text_input(key="rows_first_1").value == "Grace"
    assert summary(page) == ["Person 1: Ada Lovelace", "Person 2: Grace Hopper"]


def test_a_removed_row_leaves_no_values_behind(page):
    """What was typed in a removed row is forgotten, so a long session keeps no dead rows."""
    page.click("rows_add")
    fill_row(page, 0, "Ada", "Lovelace")
    page.click("rows_remove_0")
    kept = [key for key in ("rows_first_0", "rows_last_0") if key in page.at.session_state]
    assert kept == []


@pytest.mark.parametrize(
    "actions",
    [
        ["add", "add", "remove 0", "add", "remove 2", "add", "remove 1"],
        ["add", "remove 0", "add", "remove 1", "add", "add", "add", "remove 3"],
        ["add", "add", "add", "remove 2", "remove 1", "remove 0", "add"],
    ],
    ids=["interleaved", "add-remove-repeatedly", "remove-all-then-add"],
)
def test_any_sequence_of_adds_and_removes_keeps_keys_unique(page, actions):
    """Adds and removes in any order never raise a duplicate-key error, and rows match ids."""
    for action in actions:
        if action == "add":
            page.click("rows_add")
        else:
            page.click(f"rows_remove_{action.split()[1]}")
        ids = page.value("rows_ids")
        assert len(ids) == len(set(ids)) == len(summary(page))


class RowsMachine(PageMachine):
    """A user adds, fills and removes rows in any order."""

    page_module = dynamic_widgets

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[int, dict[str, str]] = {}
        self.next_id = 0

    @rule()
    def add(self) -> None:
        self.page.click("rows_add")
        self.rows[self.next_id] = {"first": "", "last": ""}
        self.next_id += 1

    @precondition(lambda self: self.rows)
    @rule(data=strategies.data())
    def remove(self, data) -> None:
        row_id = data.draw(strategies.sampled_from(sorted(self.rows)))
        self.page.click(f"rows_remove_{row_id}")
        del self.rows[row_id]

    @precondition(lambda self: self.rows)
    @rule(data=strategies.data(), field=strategies.sampled_from(["first", "last"]), text=typed_text)
    def type_name(self, data, field, text) -> None:
        row_id = data.draw(strategies.sampled_from(sorted(self.rows)))
        self.page.type(f"rows_{field}_{row_id}", text)
        self.rows[row_id][field] = text

    @rule()
    def visit_home(self) -> None:
        leave_and_return(self.page, dynamic_widgets)

    @invariant()
    def summary_matches_the_rows(self) -> None:
        """One summary line per row, in order, with each typed name shown as text."""
        assert self.page.value("rows_ids") == sorted(self.rows)
        expected = []
        for position, names in enumerate(self.rows.values(), start=1):
            full_name = " ".join(name.strip() for name in names.values() if name.strip())
            expected.append(f"Person {position}: {as_text(full_name) or '(no name yet)'}")
        assert summary(self.page) == expected


def test_random_adds_removes_and_typing_keep_the_summary_true():
    """Any sequence of adds, removes and typing keeps one correct summary line per row."""
    run_state_machine_as_test(RowsMachine)
