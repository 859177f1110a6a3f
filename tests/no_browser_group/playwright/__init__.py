"""Playwright as it is where the browser group is not installed: on PYTHONPATH, it hides the
installed one, so a generated project's default test run proves it needs no browser package."""

raise ImportError("No module named 'playwright': the browser group is not installed")
