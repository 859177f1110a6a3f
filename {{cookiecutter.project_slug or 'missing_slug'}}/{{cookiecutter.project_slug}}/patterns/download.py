"""A report built by a button and kept in session state, downloaded without a rerun."""

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

import pandas as pd
import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of

TITLE = page_of(__file__).title

ROWS_KEY = "download_rows"
REPORT_KEY = "download_report"
RUNS_KEY = "download_runs"
COLUMNS = ("Day", "Visitors", "Sign-ups")

EXPLANATION = """
**The problem.** A download button reruns the whole script when it is clicked, like any
button. A report built under `if st.button(...)` is gone after that rerun, and the download
button with it; a report built outside a button is built again on every run, and a file handed
to `data=` as bytes is made on every run too, whether anyone downloads it or not.

**The pattern.** The “Build the report” button's callback builds the report and keeps it in
session state, and every run draws it from there. The download button takes
`on_click="ignore"`: a click downloads the file and the script does *not* rerun, so the page
stays exactly as it is (watch the run count at the bottom). Its `data=` is a function, which
Streamlit calls only when the button is clicked, so the file is made only for a download.
Streamlit calls it in a worker thread of the server, outside any run of the script, where
`st.session_state` is out of reach: the function is given the report it turns into CSV
(bound with `functools.partial` when the button is drawn) and reads nothing else. It counts
the files it makes on the report; as a download causes no rerun, the count on the page moves
at the next run that something else causes, such as the slider.

**Leaving the page.** The report and the run count are plain session-state keys, and the rows
slider is drawn with `persist_state="session"`: back from another page, the report, its
download button and the slider are as you left them.

**Streamlit version.** The newest feature here is `persist_state` (Streamlit 1.59); a
function as the download's `data` came in 1.52, and `on_click="ignore"` in 1.43.
"""


@dataclass
class Report:
    """A report built by the button, and when each file of it was made for a download."""

    table: pd.DataFrame
    # Appended to by the data function: an append is atomic, so two downloads at once in two
    # worker threads both count.
    files_made: list[float] = field(default_factory=list)


def init_state() -> None:
    """Set the run count up once per session; there is no report until the first build."""
    st.session_state.setdefault(RUNS_KEY, 0)


def make_report(rows: int) -> Report:
    """The report: one line per day, with figures that follow from the day alone."""
    days = range(1, rows + 1)
    visitors = [50 + (37 * day) % 100 for day in days]
    signups = [count // 10 for count in visitors]
    return Report(pd.DataFrame(dict(zip(COLUMNS, (list(days), visitors, signups), strict=True))))


def build_report() -> None:
    """Callback: build the report for the rows chosen, and keep it."""
    st.session_state[REPORT_KEY] = make_report(st.session_state[ROWS_KEY])


def report_csv(report: Report) -> str:
    """The report as a CSV file, counted: a header line, then one line per row."""
    report.files_made.append(time.time())
    return report.table.to_csv(index=False)


def report_file(report: Report) -> Callable[[], str]:
    """What the download button calls, in a worker thread, when it is clicked: a function of
    no arguments that makes the CSV file of this report, reading no session state."""
    return partial(report_csv, report)


def draw_report(report: Report) -> None:
    """The report kept in session state, its line, and the button that downloads it."""
    rows = len(report.table)
    with st.container(key="download_report_shown"):
        st.write(f"Report of {rows} rows, built.")
        st.table(report.table, hide_index=True)
    st.download_button(
        "Download the report (CSV)",
        data=report_file(report),
        file_name=f"report-{rows}-rows.csv",
        mime="text/csv",
        key="download_file",
        on_click="ignore",
        icon=":material/download:",
    )
    st.caption(f"Files made of this report for download: {len(report.files_made)}.")


def render() -> None:
    """Draw the page: the rows, the build button, the report and its download, the run count."""
    init_state()
    st.session_state[RUNS_KEY] += 1
    st.title(TITLE)
    st.markdown(EXPLANATION)
    st.slider("Rows", 1, 50, 10, key=ROWS_KEY, persist_state="session")
    st.button("Build the report", key="download_build", on_click=build_report)
    report = st.session_state.get(REPORT_KEY)
    if report is None:
        st.caption("No report yet: choose the rows and click “Build the report”.")
    else:
        draw_report(report)
    st.caption(f"This page has run {st.session_state[RUNS_KEY]} times in this session.")


if __name__ == "__main__":
    render()
