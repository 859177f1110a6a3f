"""Slow work that runs at most once at a time per key, in a thread of its own.

Streamlit starts a new run of the script as soon as the user interacts, without waiting for the
run under way (the `runner.fastReruns` option, on by default): a second click on a button runs
the button's code again while the first run is still working, and other sessions run it too.
Here the first run starts the work in a thread of its own and every later run with the same
key, from this session or another, waits for that one instead of starting it again. A rerun
that interrupts the run waiting for the work does not stop the work.
"""

import threading
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from streamlit.runtime.scriptrunner import add_script_run_ctx

from {{ cookiecutter.project_slug }}.slow_work import Report


@dataclass
class Job:
    """One run of the work: its result to come, and how far it has got (0 to 1)."""

    result: Future = field(default_factory=Future)
    progress: float = 0.0

    def report(self, done: float) -> None:
        """Note how far the work has got."""
        self.progress = min(max(done, 0.0), 1.0)


_JOBS: dict[Hashable, Job] = {}
_JOBS_LOCK = threading.Lock()


def running(key: Hashable) -> Job | None:
    """The job under way for `key`, if there is one."""
    with _JOBS_LOCK:
        return _JOBS.get(key)


def run_once(key: Hashable, work: Callable[[Report], Any]) -> tuple[Job, bool]:
    """The job under way for `key`, else a new one that runs `work(report)`; and whether this
    call started it.

    The work runs in a thread that carries the session's Streamlit context, so it can read
    st.session_state and st.secrets as the script would; it must not draw anything.
    """
    with _JOBS_LOCK:
        if key in _JOBS:
            return _JOBS[key], False
        job = _JOBS[key] = Job()
    worker = threading.Thread(target=_run, args=(key, job, work), name="slow-work", daemon=True)
    add_script_run_ctx(worker)
    worker.start()
    return job, True


def _run(key: Hashable, job: Job, work: Callable[[Report], Any]) -> None:
    """Run the work, hand its result (or its exception) to the job, and let the key go."""
    try:
        job.result.set_result(work(job.report))
    except BaseException as error:  # every waiting run sees what went wrong
        job.result.set_exception(error)
    finally:
        with _JOBS_LOCK:
            del _JOBS[key]
