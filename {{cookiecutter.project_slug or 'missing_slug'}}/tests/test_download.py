"""User stories of the download page: a report built by a button, kept, and downloaded.

AppTest runs the script again after every step it takes, a click on the download button too,
so it cannot show that the download causes no rerun, and it calls no `data=` function (it has
no server to serve the file): the browser tests show both. Here: the report is built, kept and
drawn again after a download click, no run makes the file, and the data function, called as
Streamlit calls it, gives the CSV of the table shown.
"""

from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import strategies
from hypothesis.stateful import invariant, precondition, rule, run_state_machine_as_test

from tests.support import PageMachine, app_module, leave_and_return

download = app_module("patterns.download")


@pytest.fixture
def page(new_session):
    """The download page, opened in a new session."""
    return new_session(download)


def report_line(page) -> str:
    """The line above the report, as the user reads it."""
    return page.at.container(key="download_report_shown").markdown[0].value


def shown_table(page):
    """The report table, as the page shows it."""
    return page.at.container(key="download_report_shown").table[0].value


def files_made_line(page) -> str:
    """The line that counts the files made of the report for download."""
    return next(item.value for item in page.at.caption if item.value.startswith("Files made"))


def click_download(page):
    """Click the download button, as a user who downloads the report."""
    page.at.download_button(key="download_file").click()
    return page.run()


def in_a_worker_thread(function):
    """What `function` returns when called as Streamlit calls a download's data: in another
    thread, outside any run of the script; what it raises is raised here."""
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(function).result()


def test_the_build_shows_the_report_and_its_download(page):
    """Before the first build there is no report and nothing to download; a user picks 12
    rows and builds: a line, a table of 12 days and a download button."""
    assert page.at.caption[0].value.startswith("No report yet")
    assert not page.at.table
    assert not page.has("download_button", "download_file")
    page.set("slider", "download_rows", 12).click("download_build")
    assert report_line(page) == "Report of 12 rows, built."
    table = shown_table(page)
    assert list(table.columns) == ["Day", "Visitors", "Sign-ups"]
    assert table["Day"].tolist() == list(range(1, 13))
    assert page.has("download_button", "download_file")


def test_the_report_and_the_inputs_stay_after_downloads(page):
    """Built, then downloaded twice: the same line, table and slider value each time."""
    page.set("slider", "download_rows", 25).click("download_build")
    built = shown_table(page)
    for _ in range(2):
        click_download(page)
        assert report_line(page) == "Report of 25 rows, built."
        assert shown_table(page).equals(built)
        assert page.at.slider(key="download_rows").value == 25


def test_the_download_is_set_to_cause_no_rerun(page):
    """The download button is drawn with on_click="ignore": AppTest reruns after any click,
    so it reads the setting that the browser obeys (the browser tests count the runs)."""
    page.click("download_build")
    assert page.at.download_button(key="download_file").proto.ignore_rerun


def test_the_file_is_the_csv_of_the_table_shown(page):
    """The data function, called in a worker thread as Streamlit does, gives the CSV of the
    table on the page: a header line, then one line per row, in the order shown."""
    page.set("slider", "download_rows", 3).click("download_build")
    csv = in_a_worker_thread(download.report_file(page.value("download_report")))
    lines = csv.splitlines()
    assert lines[0] == "Day,Visitors,Sign-ups"
    shown = shown_table(page).astype(str).values.tolist()
    assert [line.split(",") for line in lines[1:]] == shown
    assert len(shown) == 3


def test_the_file_is_made_only_when_it_is_downloaded(page):
    """No run makes the file, a click on the download button in AppTest neither (it calls no
    data function); each call of the data function, as a browser's download makes, makes one,
    and the page counts it at its next run."""
    page.click("download_build").run()
    click_download(page)
    assert files_made_line(page) == "Files made of this report for download: 0."
    make_file = download.report_file(page.value("download_report"))
    in_a_worker_thread(make_file)
    in_a_worker_thread(make_file)
    page.run()
    assert files_made_line(page) == "Files made of this report for download: 2."


def test_building_again_replaces_the_report(page):
    """Built at 10 rows, the slider moved to 5: the report waits for the next build; two
    builds then show one report, of 5 rows."""
    page.click("download_build").set("slider", "download_rows", 5)
    assert report_line(page) == "Report of 10 rows, built."
    page.click("download_build").click("download_build")
    assert report_line(page) == "Report of 5 rows, built."
    assert len(shown_table(page)) == 5
    assert len(page.at.table) == 1


def test_the_report_and_the_rows_are_kept_after_a_visit_to_home(page):
    """Built at 7 rows, then Home and back: the same report, slider and download button."""
    page.set("slider", "download_rows", 7).click("download_build")
    leave_and_return(page, download)
    assert report_line(page) == "Report of 7 rows, built."
    assert len(shown_table(page)) == 7
    assert page.at.slider(key="download_rows").value == 7
    assert page.has("download_button", "download_file")


class DownloadMachine(PageMachine):
    """A user picks rows, builds, downloads and visits Home in any order."""

    page_module = download

    def __init__(self) -> None:
        super().__init__()
        self.rows = 10
        self.built: int | None = None

    @rule(rows=strategies.integers(1, 50))
    def pick_rows(self, rows) -> None:
        self.page.set("slider", "download_rows", rows)
        self.rows = rows

    @rule()
    def build(self) -> None:
        self.page.click("download_build")
        self.built = self.rows

    @precondition(lambda self: self.built is not None)
    @rule()
    def download_the_report(self) -> None:
        click_download(self.page)

    @rule()
    def visit_home(self) -> None:
        leave_and_return(self.page, download)

    @invariant()
    def the_last_build_is_shown_with_its_download(self) -> None:
        """The slider shows the rows picked; the report, if any, is the last one built."""
        assert self.page.at.slider(key="download_rows").value == self.rows
        has_download = self.page.has("download_button", "download_file")
        assert has_download == (self.built is not None)
        if self.built is not None:
            assert report_line(self.page) == f"Report of {self.built} rows, built."
            assert len(shown_table(self.page)) == self.built


def test_random_builds_and_downloads_keep_the_last_report():
    """Any order of rows, builds, downloads and visits shows the last report built."""
    run_state_machine_as_test(DownloadMachine)
