"""User stories of the stateful-button page: content that stays after one click."""

import pytest

from {{ cookiecutter.project_slug }}.patterns import stateful_button


@pytest.fixture
def page(session):
    """The stateful-button page, opened in a new session."""
    return session.open(stateful_button)


def test_the_content_is_hidden_until_the_click(page):
    """Before the click the settings are not on the page."""
    assert not page.has("slider", "stateful_level")
    assert page.value("stateful_clicked") is False


def test_the_content_stays_through_interactions_with_its_own_widgets(page):
    """A user opens the settings, moves the slider, ticks the box: the settings stay open."""
    page.click("stateful_open")
    page.set("slider", "stateful_level", 8)
    page.set("checkbox", "stateful_notify", True)
    page.set("slider", "stateful_level", 2)
    assert page.at.slider(key="stateful_level").value == 2
    assert page.at.checkbox(key="stateful_notify").value is True
    assert "Level 2, notifications on." in [item.value for item in page.at.markdown]


def test_a_second_click_changes_nothing(page):
    """Clicking again keeps the content and the values in it."""
    page.click("stateful_open").set("slider", "stateful_level", 9).click("stateful_open")
    assert page.at.slider(key="stateful_level").value == 9
