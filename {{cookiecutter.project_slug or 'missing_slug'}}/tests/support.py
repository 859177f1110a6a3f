"""Test helpers: a browser session driven through AppTest, and the parts of the state machines."""

import importlib
import os
from pathlib import Path
from types import ModuleType
from typing import ClassVar, Self

import streamlit as st
from hypothesis import HealthCheck, settings, strategies
from hypothesis.stateful import RuleBasedStateMachine, invariant
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
APP_PATH = ROOT / "streamlit_app.py"
# The app's package: the one folder of the project that holds the pattern pages.
PACKAGE = next(ROOT.glob("*/patterns/__init__.py")).parent.parent.name
# The pattern modules as found on disk, whatever the catalogue says.
PATTERN_MODULES = sorted(path.stem for path in ROOT.glob(f"{PACKAGE}/patterns/[!_]*.py"))
# AppTest's default of 3 s is too short for a cold start on a slow CI machine.
TIMEOUT_SECONDS = 30

# Few, short random walks by default so the suite stays fast; HYPOTHESIS_PROFILE=thorough
# runs many more and longer ones.
settings.register_profile(
    "fast",
    max_examples=4,
    stateful_step_count=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("thorough", max_examples=200, stateful_step_count=30, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))

# What a user may type: nothing, plain or non-Latin text, very long text, or text that looks
# like Markdown or HTML and must still be shown as typed.
typed_text = strategies.one_of(
    strategies.just(""),
    strategies.text(strategies.characters(exclude_categories=("Cs", "Cc")), max_size=20),
    strategies.sampled_from(["Ada", "Zoë", "日本語", "Кириллица", "مرحبا", "🎈🎈"]),
    strategies.sampled_from(
        ["**bold**", "[link](https://example.com)", "<img src=x onerror=alert(1)>", ":red[x]"]
    ),
    strategies.just("long " * 200),
)


def app_module(name: str) -> ModuleType:
    """A module of the app's package, by its name in the package ("text", "patterns.<page>")."""
    return importlib.import_module(f"{PACKAGE}.{name}")


def page_path(page: ModuleType) -> str:
    """The path of a page module's script, relative to the app, as AppTest.switch_page takes it."""
    return Path(page.__file__).resolve().relative_to(APP_PATH.parent).as_posix()


def quick_state() -> dict:
    """What the pages' QUICK_STATE dicts set: their slow parts (a slow report, simulated work)
    at 0 seconds. A test needs a page's behaviour, not its waiting; the browser tests keep the
    real times."""
    modules = (app_module(f"patterns.{name}") for name in PATTERN_MODULES)
    return {
        key: value
        for module in modules
        for key, value in getattr(module, "QUICK_STATE", {}).items()
    }


class Session:
    """One browser session of the app, driven through AppTest, checked after every step."""

    # What the session finds in st.secrets; tests may set it, as secrets.toml would.
    secrets: ClassVar[dict] = {}

    def __init__(self, page: ModuleType | None = None, *, state: dict | None = None) -> None:
        """A new session, its first run showing `page` (a page module), else the home page,
        with every page's QUICK_STATE, then `state`, in session state before that run (as a
        widget's value, by its key).

        Opening the page on the first run, as a link to it would, saves a run of the home page.
        """
        self.at = AppTest.from_file(str(APP_PATH), default_timeout=TIMEOUT_SECONDS)
        self.at.secrets.update(self.secrets)
        for key, value in {**quick_state(), **(state or {})}.items():
            self.at.session_state[key] = value
        if page is not None:
            self.at.switch_page(page_path(page))
        self.run()

    def run(self) -> Self:
        """Rerun the script and check that the page shows no exception and no error."""
        self.at.run()
        assert not self.at.exception, [item.value for item in self.at.exception]
        assert not self.at.error, [item.value for item in self.at.error]
        return self

    def open(self, page: ModuleType) -> Self:
        """Switch to the page that runs the module `page`."""
        self.at.switch_page(page_path(page))
        return self.run()

    def click(self, key: str) -> Self:
        """Click the button with this key."""
        self.at.button(key=key).click()
        return self.run()

    def type(self, key: str, text: str) -> Self:
        """Type `text` into the text input with this key."""
        self.at.text_input(key=key).input(text)
        return self.run()

    def set(self, widget: str, key: str, value) -> Self:
        """Set the value of the widget of this kind ("slider", "selectbox"...) with this key."""
        getattr(self.at, widget)(key=key).set_value(value)
        return self.run()

    def has(self, widget: str, key: str) -> bool:
        """Whether the page shows a widget of this kind with this key."""
        return any(item.key == key for item in getattr(self.at, widget))

    def value(self, key: str):
        """The session-state value under `key`."""
        return self.at.session_state[key]


def leave_and_return(session: Session, page: ModuleType) -> Session:
    """Open the home page, then `page` again, as a user who leaves a page through the
    navigation and comes back to it in the same session."""
    return session.open(app_module("home")).open(page)


def run_script(script, **kwargs) -> AppTest:
    """Run a function, with these keyword arguments, as the script of a new session that sees
    the tests' secrets; it must raise nothing."""
    at = AppTest.from_function(script, default_timeout=TIMEOUT_SECONDS, kwargs=kwargs)
    at.secrets.update(Session.secrets)
    at.run()
    assert not at.exception, [item.value for item in at.exception]
    return at


class PageMachine(RuleBasedStateMachine):
    """Random walks through one page: a new session per walk, checked after every step."""

    page_module: ModuleType

    def __init__(self) -> None:
        super().__init__()
        st.cache_data.clear()
        self.page = Session(self.page_module)

    @invariant()
    def shows_no_exception_or_error(self) -> None:
        """No exception box and no error element, whatever the user did."""
        assert not self.page.at.exception
        assert not self.page.at.error
