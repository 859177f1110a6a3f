"""In the browser: the report downloads as the CSV of the table shown, and the download causes
no rerun, so the page stays as it was; what AppTest, which reruns after every click, cannot
show."""

from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.steps import (
    click,
    expect_text,
    nudge_slider,
    runs_shown,
    wait_until_drawn,
    widget,
)


def expect_runs(page, count: int) -> None:
    """Wait until the page says that it has run `count` times and no run is under way: the
    end of a rerun, however short, that a wait for the running state could miss."""
    expect_text(page, f"This page has run {count} times in this session.")
    wait_until_drawn(page)


def shown_table_csv(page, rows: int) -> str:
    """The report table as the page draws it, once it has this many rows, written as CSV
    lines: the header, then each row."""
    lines = widget(page, "download_report_shown").locator("table tr")
    expect(lines).to_have_count(rows + 1)
    cells = lines.evaluate_all(
        "rows => rows.map(row => [...row.cells].map(cell => cell.innerText.trim()).join(','))"
    )
    return "\n".join(cells) + "\n"


def download(page) -> str:
    """Click the download button and wait for the file; its text."""
    with page.expect_download() as started:
        click(page, "download_file")
    return Path(started.value.path()).read_text(encoding="utf-8")


def test_the_download_is_the_table_shown_and_causes_no_rerun(open_page):
    """Built at 11 rows, then downloaded twice: each file is the CSV of the table shown, the
    run count does not move, and the table, its line and the slider stay as they were; the
    next run, caused by the slider, counts the two files made."""
    page = open_page("download")
    runs = runs_shown(page)
    nudge_slider(page, "download_rows", 1)
    expect_runs(page, runs + 1)
    click(page, "download_build")
    expect_runs(page, runs + 2)
    expect_text(page, "Report of 11 rows, built.")
    table = shown_table_csv(page, 11)
    assert table.startswith("Day,Visitors,Sign-ups\n1,")
    runs = runs_shown(page)
    for _ in range(2):
        assert download(page) == table
        assert runs_shown(page) == runs
    expect_text(page, "Report of 11 rows, built.")
    assert shown_table_csv(page, 11) == table
    expect(widget(page, "download_rows").get_by_role("slider")).to_have_value("11")
    expect_text(page, "Files made of this report for download: 0.")
    nudge_slider(page, "download_rows", 1)
    expect_runs(page, runs + 1)
    expect_text(page, "Files made of this report for download: 2.")
