"""User stories of the modify-state page: a value above its button, updated with no lag."""

import pytest

from {{ cookiecutter.project_slug }}.patterns import modify_state


@pytest.fixture
def page(session):
    """The modify-state page, opened in a new session."""
    return session.open(modify_state)


def shown(page, label: str) -> str:
    """The value of the metric with this label, as the user reads it."""
    return next(item.value for item in page.at.metric if item.label == label)


def test_the_callback_updates_the_value_above_in_the_same_run(page):
    """One click on the callback button shows 1 above it at once, in one run."""
    runs = page.value("modify_runs")
    page.click("modify_callback_add")
    assert shown(page, "Callback counter") == "1"
    assert page.value("modify_runs") == runs + 1


def test_the_rerun_technique_updates_the_value_but_costs_two_runs(page):
    """One click on the st.rerun button shows 1 above it, after two runs of the script."""
    runs = page.value("modify_runs")
    page.click("modify_rerun_add")
    assert shown(page, "Rerun counter") == "1"
    assert page.value("modify_runs") == runs + 2


def test_each_click_counts_once(page):
    """Three clicks on each button show 3 on each counter."""
    for _ in range(3):
        page.click("modify_callback_add").click("modify_rerun_add")
    assert shown(page, "Callback counter") == "3"
    assert shown(page, "Rerun counter") == "3"
