"""Two replicas of the generated app behind nginx, sticky by client, sharing one database."""

import re
import shutil
import sys
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.support import Project
from tooling.commands import free_port, started, wait_until_healthy
from tooling.system_tools import find_program, system_chromium
from tooling.template import only

pytestmark = [pytest.mark.needs("nginx", "chromium"), pytest.mark.xdist_group("browser")]
CHROMIUM_ARGS = ["--disable-background-networking", "--disable-component-update", "--no-sandbox"]


@contextmanager
def serving(command: list[str], cwd: Path, url: str):
    """Run `command` until the block ends, waiting first until `url` is healthy."""
    with started(command, cwd, stderr=None) as process:
        if not wait_until_healthy(url, process):
            pytest.fail(f"{url} did not become healthy")
        yield process


def nginx_config(project: Path, folder: Path, listen: int, replicas: list[int]) -> Path:
    """The project's deploy/nginx.conf, pointed at these replicas and this folder."""
    config = (project / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    servers = "".join(f"        server 127.0.0.1:{port};\n" for port in replicas)
    config = re.sub(r"(        server 127\.0\.0\.1:\d+;\n)+", servers, config)
    config = config.replace("listen 127.0.0.1:8080;", f"listen 127.0.0.1:{listen};")
    config = config.replace("/tmp/streamlit-nginx", str(folder / "nginx"))
    path = folder / "nginx.conf"
    path.write_text(config, encoding="utf-8")
    return path


def process_page(page, url: str) -> None:
    """Open the expensive-process page at `url` and click "Process" with the defaults."""
    page.goto(f"{url}/expensive_process")
    page.locator(".st-key-expensive_process button").click()
    expect(page.get_by_text("Result for multiplier 1 and add 0:").last).to_be_visible()
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")


def runs_shown(page, count: int):
    """The caption that says how often this session ran the work, once the page has settled."""
    return page.get_by_text(f"The slow work has run {count} time(s) in this session.").last


def test_replicas_share_results_and_keep_sessions_sticky(bake, tmp_path):
    """A result computed through nginx is served by both replicas from the database."""
    project = Project(tmp_path / "project", {})
    baked = bake(**{**only("pattern_expensive_process"), "pattern_expensive_process": "database"})
    shutil.copytree(baked.path, project.path)
    (project.path / ".streamlit" / "secrets.toml").write_text(
        f'[connections.results]\nurl = "sqlite:///{tmp_path / "shared.sqlite3"}"\n'
    )
    ports = [free_port(), free_port()]
    balancer = free_port()
    config = nginx_config(project.path, tmp_path, balancer, ports)
    streamlit = [sys.executable, "-m", "streamlit", "run", "streamlit_app.py"]
    with ExitStack() as stack:
        for port in ports:
            command = [*streamlit, f"--server.port={port}", "--server.headless=true"]
            stack.enter_context(serving(command, project.path, f"http://127.0.0.1:{port}"))
        nginx = [find_program("nginx"), "-c", str(config), "-g", "daemon off;"]
        stack.enter_context(serving(nginx, tmp_path, f"http://127.0.0.1:{balancer}"))
        playwright = stack.enter_context(sync_playwright())
        browser = playwright.chromium.launch(executable_path=system_chromium(), args=CHROMIUM_ARGS)
        through_nginx = browser.new_page()
        process_page(through_nginx, f"http://127.0.0.1:{balancer}")
        expect(runs_shown(through_nginx, 1)).to_be_visible()
        # The session keeps its state through later reruns: it stays on its replica.
        through_nginx.locator(".st-key-expensive_add input").fill("3")
        through_nginx.locator(".st-key-expensive_add input").press("Enter")
        expect(runs_shown(through_nginx, 1)).to_be_visible()
        expect(through_nginx.get_by_text("Result for multiplier 1 and add 0:").last).to_be_visible()
        # Each replica, asked directly, serves the result from the database without working.
        for port in ports:
            direct = browser.new_page()
            process_page(direct, f"http://127.0.0.1:{port}")
            expect(runs_shown(direct, 0)).to_be_visible()
            expect(direct.get_by_test_id("stDataFrame")).to_be_visible()
        browser.close()
