"""User stories of the expensive-process page: slow work run once and its result kept."""

import contextlib
{%- if cookiecutter.result_store == "database" %}
import os
from concurrent.futures import ThreadPoolExecutor
{%- endif %}

{% if cookiecutter.result_store == "database" -%}
import pandas as pd
{% endif -%}
import pytest
{%- if cookiecutter.result_store == "database" %}
import sqlalchemy as sa
{%- endif %}
import streamlit as st
from hypothesis import strategies
from hypothesis.stateful import invariant, rule, run_state_machine_as_test
from streamlit.testing.v1 import AppTest

{% if cookiecutter.result_store == "database" -%}
from {{ cookiecutter.project_slug }} import patterns, result_store, slow_work
{% else -%}
from {{ cookiecutter.project_slug }} import slow_work
{% endif -%}
from {{ cookiecutter.project_slug }}.patterns import expensive_process

from tests.support import TIMEOUT_SECONDS, PageMachine, Session


@pytest.fixture(autouse=True)
def instant_work(monkeypatch):
    """Make the stand-in work instant: the tests count runs, they do not wait for them."""
    monkeypatch.setattr(slow_work, "SIMULATED_SECONDS", 0)


@pytest.fixture
def page(new_session):
    """The expensive-process page, opened in a new session."""
    return new_session(expensive_process)


def process(page, multiplier: int, add: int):
    """Pick the parameters and click "Process"."""
    page.at.selectbox(key="expensive_multiplier").select(multiplier)
    page.at.number_input(key="expensive_add").set_value(add)
    return page.run().click("expensive_process")


def runs(page) -> int:
    """How many times the work really ran in this session."""
    return page.at.session_state.get("expensive_runs", 0)


def shown_table(page) -> list[list[int]]:
    """The result table on screen, as rows of numbers."""
    return page.at.dataframe[0].value.to_numpy().tolist()


def test_a_click_shows_the_result_for_both_parameters(page):
    """A user picks 2 and 3, clicks "Process" and sees the table times 2 plus 3."""
    process(page, 2, 3)
    assert shown_table(page) == [[5, 11, 17], [7, 13, 19], [9, 15, 21]]
    assert runs(page) == 1


def test_the_result_stays_on_screen_through_later_interactions(page):
    """After processing, changing a parameter without clicking keeps the last result shown."""
    process(page, 2, 3)
    page.at.number_input(key="expensive_add").set_value(7)
    page.run()
    page.at.selectbox(key="expensive_multiplier").select(1)
    page.run()
    assert shown_table(page) == [[5, 11, 17], [7, 13, 19], [9, 15, 21]]


def test_parameters_already_computed_are_not_computed_again(page):
    """Processing 2/3, then 1/0, then 2/3 again runs the work twice, not three times."""
    process(page, 2, 3)
    process(page, 1, 0)
    assert shown_table(page) == [[1, 4, 7], [2, 5, 8], [3, 6, 9]]
    process(page, 2, 3)
    assert runs(page) == 2
    assert shown_table(page) == [[5, 11, 17], [7, 13, 19], [9, 15, 21]]


def test_every_parameter_that_changes_the_output_is_part_of_the_key(page):
    """Two requests that differ only in the number added give two different results."""
    process(page, 2, 3)
    process(page, 2, 4)
    assert runs(page) == 2
    assert shown_table(page) == [[6, 12, 18], [8, 14, 20], [10, 16, 22]]


def test_clear_removes_the_stored_results(page):
    """After "Clear results" the page shows no result and the work runs again when asked."""
    process(page, 2, 3)
    page.click("expensive_clear")
    assert not page.at.dataframe
    process(page, 2, 3)
    assert runs(page) == 2


def test_the_work_runs_under_a_spinner(page, monkeypatch):
    """While the work runs, the user sees a "Processing" spinner."""
    messages = []

    @contextlib.contextmanager
    def recording_spinner(text="", *args, **kwargs):
        messages.append(text)
        yield

    monkeypatch.setattr(st, "spinner", recording_spinner)
    process(page, 3, 1)
    assert messages == ["Processing…"]
    assert runs(page) == 1


def ask_past_the_limit() -> None:
    """A script: ask the store for KEPT_RESULTS + 1 parameter sets, then for the newest and
    the oldest again, noting in session state how many times the work has run after each."""
    import streamlit as st

    from {{ cookiecutter.project_slug }} import result_store, slow_work

    for add in range(slow_work.KEPT_RESULTS + 1):
        result_store.table_for(1, add)
    st.session_state["runs_to_fill"] = slow_work.runs_in_session()
    result_store.table_for(1, slow_work.KEPT_RESULTS)
    st.session_state["runs_after_newest"] = slow_work.runs_in_session()
    result_store.table_for(1, 0)
    st.session_state["runs_after_oldest"] = slow_work.runs_in_session()


def test_beyond_the_kept_number_the_oldest_result_is_forgotten_first():
    """Past KEPT_RESULTS results, the newest is still served and the oldest is worked out again."""
    at = AppTest.from_function(ask_past_the_limit, default_timeout=TIMEOUT_SECONDS)
    at.secrets.update(Session.secrets)
    at.run()
    assert not at.exception, [item.value for item in at.exception]
    kept = slow_work.KEPT_RESULTS
    assert at.session_state["runs_to_fill"] == kept + 1
    assert at.session_state["runs_after_newest"] == kept + 1, "the newest result was forgotten"
    assert at.session_state["runs_after_oldest"] == kept + 2, "the oldest result was kept"
{%- if cookiecutter.result_store == "session_state" %}


def reset_results() -> None:
    """Nothing to do: each new session starts with no results."""


def test_a_second_session_does_not_see_the_first_ones_results(page, new_session):
    """Results live in session state: another browser session computes its own."""
    process(page, 2, 3)
    other = new_session(expensive_process)
    assert not other.at.dataframe
    process(other, 2, 3)
    assert runs(other) == 1
    assert shown_table(other) == shown_table(page)
{%- else %}


def test_a_second_session_reuses_the_first_ones_results(page, new_session):
    """Results are shared: another browser session gets them without working."""
    process(page, 2, 3)
    other = new_session(expensive_process)
    process(other, 2, 3)
    assert runs(other) == 0
    assert shown_table(other) == shown_table(page)
{%- endif %}
{%- if cookiecutter.result_store == "cache_data" %}


def reset_results() -> None:
    """Nothing to do: every test and every random walk starts with cleared caches."""
{%- elif cookiecutter.result_store == "database" %}


# The tests run against a new SQLite file each; set RESULTS_DATABASE_URL to a PostgreSQL URL
# (postgresql+psycopg://user:password@host/db) to run them against that server as well.
DATABASE_URLS = [None, *filter(None, [os.environ.get("RESULTS_DATABASE_URL")])]


@pytest.fixture(
    autouse=True, params=DATABASE_URLS, ids=lambda url: "postgresql" if url else "sqlite"
)
def results_database(request, tmp_path, monkeypatch) -> str:
    """Point every session at an empty results database, as secrets.toml would."""
    url = request.param or f"sqlite:///{tmp_path / 'results.sqlite3'}"
    monkeypatch.setattr(Session, "secrets", {"connections": {"results": {"url": url}}})
    reset_results()
    return url


def reset_results() -> None:
    """Delete every stored result from the database the sessions use."""
    database = sa.create_engine(Session.secrets["connections"]["results"]["url"])
    with database.begin() as connection:
        result_store.METADATA.drop_all(connection)
    database.dispose()


def test_results_survive_a_restart(page, new_session):
    """After a server restart (caches and connections gone) the result is still served."""
    process(page, 2, 3)
    st.cache_data.clear()
    st.cache_resource.clear()
    restarted = new_session(expensive_process)
    process(restarted, 2, 3)
    assert runs(restarted) == 0
    assert shown_table(restarted) == shown_table(page)


def test_concurrent_writes_of_one_result_leave_one_row(results_database):
    """Two sessions storing the same parameters at once both succeed, and one row remains."""
    database = sa.create_engine(results_database)
    assert result_store.fetch(database, 2, 3) is None
    table = pd.DataFrame({"A": [1]})
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda _: result_store.save(database, 2, 3, table), range(8)))
    with database.connect() as connection:
        rows = connection.execute(sa.select(sa.func.count()).select_from(result_store.RESULTS))
        assert rows.scalar() == 1
    database.dispose()


def test_an_unreachable_database_shows_one_error_and_the_rest_works(monkeypatch, tmp_path):
    """A bad database URL gives one error that says what to check; other pages still work."""
    broken = f"sqlite:///{tmp_path / 'missing-folder' / 'results.sqlite3'}"
    monkeypatch.setattr(Session, "secrets", {"connections": {"results": {"url": broken}}})
    page = Session(expensive_process)
    page.at.button(key="expensive_process").click().run()
    assert [item.value for item in page.at.error] == [result_store.HELP]
    assert not page.at.exception
    assert not (tmp_path / "missing-folder").exists(), "nothing is left half-written"
    page.open(patterns.discover()[0])
{%- endif %}


class ProcessMachine(PageMachine):
    """A user changes the parameters and clicks "Process" in any order."""

    page_module = expensive_process

    def __init__(self) -> None:
        super().__init__()
        reset_results()
        self.computed: set[tuple[int, int]] = set()
        self.shown: tuple[int, int] | None = None

    @rule(multiplier=strategies.sampled_from([1, 2, 3]), add=strategies.integers(0, 10))
    def process(self, multiplier, add) -> None:
        process(self.page, multiplier, add)
        self.computed.add((multiplier, add))
        self.shown = (multiplier, add)

    @rule(add=strategies.integers(0, 10))
    def change_without_clicking(self, add) -> None:
        self.page.at.number_input(key="expensive_add").set_value(add)
        self.page.run()

    @invariant()
    def work_runs_once_per_parameter_set_and_the_result_stays(self) -> None:
        """The work ran once per distinct request, and the last result is still shown."""
        assert runs(self.page) == len(self.computed)
        if self.shown:
            multiplier, add = self.shown
            expected = [
                [(base + 3 * column) * multiplier + add for column in range(3)]
                for base in (1, 2, 3)
            ]
            assert shown_table(self.page) == expected


def test_random_requests_run_the_work_once_per_parameter_set():
    """Any sequence of requests runs the work once per distinct parameters, never more."""
    run_state_machine_as_test(ProcessMachine)
