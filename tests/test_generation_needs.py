"""Generating a project needs only Python and cookiecutter: no other tool, no network, no secret."""

import fnmatch
import re
import sys

from tests.support import cookiecutter_cli
from tooling.commands import CLEAN_ENV
from tooling.template import DEFAULTS, PROJECT_TEMPLATE


def test_generation_works_with_only_python_on_the_path(tmp_path):
    """No git, uv or Docker on PATH, and every proxy pointing nowhere: generation still works."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python3").symlink_to(sys.executable)
    closed = "http://127.0.0.1:9"
    env = {
        **CLEAN_ENV,
        "PATH": str(bin_dir),
        "HTTP_PROXY": closed,
        "HTTPS_PROXY": closed,
        "http_proxy": closed,
        "https_proxy": closed,
    }
    result = cookiecutter_cli("--no-input", "-o", str(tmp_path / "out"), cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "out" / "streamlit_button_patterns" / "streamlit_app.py").is_file()


def test_no_question_asks_for_a_secret():
    """The replay file stores every answer in plain text, so no question may ask for a secret."""
    secret = re.compile(r"secret|password|token|api[_ ]?key|credential", re.IGNORECASE)
    questions = [name for name in DEFAULTS if not name.startswith("_")]
    assert not [name for name in questions if secret.search(name)]
    assert not secret.search(str(DEFAULTS["__prompts__"]))


def test_the_project_holds_no_secret_and_ignores_the_secrets_file(bake):
    """No secrets file is generated, and git would ignore one that the user adds."""
    project = bake()
    assert not project.files("secrets.toml")
    assert ".streamlit/secrets.toml" in project.read(".gitignore").splitlines()


def test_exactly_the_files_without_jinja_are_copied_without_rendering():
    """Files matched by `_copy_without_render` hold no Jinja, and every file without Jinja is
    matched: copying it instead of rendering it makes generation faster, and changes nothing."""
    jinja = re.compile(r"\{\{|\{%|\{#")
    copied = DEFAULTS["_copy_without_render"]
    for path in sorted(PROJECT_TEMPLATE.rglob("*")):
        if path.is_file():
            relative = path.relative_to(PROJECT_TEMPLATE).as_posix()
            has_jinja = bool(jinja.search(path.read_text(encoding="utf-8")))
            matched = any(fnmatch.fnmatch(relative, pattern) for pattern in copied)
            assert matched != has_jinja, f"{relative}: Jinja {has_jinja}, copied {matched}"
