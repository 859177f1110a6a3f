"""A button disabled while its work runs: its callback records a job that every run works on."""

import time

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of

TITLE = page_of(__file__).title

SECONDS_KEY = "busy_seconds"
JOB_KEY = "busy_job"
RUNS_KEY = "busy_runs"
LAST_KEY = "busy_last"
FAILURE_KEY = "busy_failure"
# The stand-in work is this many steps, each a part of the chosen duration.
STEPS = 5
# Session-state values that make the work instant: the tests' AppTest sessions start with them.
QUICK_STATE = {SECONDS_KEY: 0.0}

EXPLANATION = """
**The problem.** A button that starts slow work stays clickable while the work runs, so an
impatient second click starts it again (streamlit issues #156, #6756, #6415): Streamlit
starts a new run at every interaction without waiting for the run under way.

**The pattern.** The button's `on_click` callback records a *job* in session state, unless
one is under way, and the button is drawn with `disabled=` set while there is a job. The run
draws the disabled button first, then does the work inside `st.status`, writing each step
there; at the end it forgets the job, notes how long the work took and calls `st.rerun()`,
so the button is drawn enabled again. The server ignores a click sent for a disabled button,
and that is also why the work hangs on the job, not on `if st.button(...)`: a button that its
own callback disables returns `False` even in the run of its click. The count below says how
many times the work was started.

**Interrupted runs.** Any interaction while the work runs (the slider, a click that reached
the server before the button was disabled, another page) starts a new run, and Streamlit
stops the old one at its next Streamlit command: drawing, or reading or writing session
state. The job counts the steps done, and a step is counted before any such command, so the
new run goes on from the next step: no step is done twice and the work is never started
twice. A step that fails ends the job and says so: the button is never stuck disabled.

**Leaving the page.** The job, the count and the last duration are plain session-state keys,
and the slider is drawn with `persist_state="session"`. Leaving while the work runs pauses
it, since it runs in this page's script run: coming back goes on from the step it reached.
For work that must go on while the user does something else, run it in a thread of its own.

**Streamlit version.** The server drops the click, and the value, of a disabled widget from
Streamlit 1.61 on; `persist_state` came in 1.59 and `st.status` in 1.26.
"""


def init_state() -> None:
    """No job, no run and no failure yet, once per session."""
    st.session_state.setdefault(JOB_KEY, None)
    st.session_state.setdefault(RUNS_KEY, 0)
    st.session_state.setdefault(LAST_KEY, None)
    st.session_state.setdefault(FAILURE_KEY, None)


def busy() -> bool:
    """Whether there is work under way."""
    return st.session_state[JOB_KEY] is not None


def start() -> None:
    """Callback of "Start the work": record a job with the chosen duration, unless one is
    under way (a click that reached the server before the button was disabled)."""
    if busy():
        return
    seconds = st.session_state[SECONDS_KEY]
    st.session_state[JOB_KEY] = {"seconds": seconds, "done": 0, "worked": 0.0}
    st.session_state[RUNS_KEY] += 1
    st.session_state[FAILURE_KEY] = None


def clear() -> None:
    """Callback of "Clear": forget how often and how long the work ran."""
    st.session_state[RUNS_KEY] = 0
    st.session_state[LAST_KEY] = None
    st.session_state[FAILURE_KEY] = None


def work_step(seconds: float) -> None:
    """One step of the stand-in work: replace it with your own. It uses no Streamlit command
    (no drawing, no session state), so no interruption can fall inside it."""
    time.sleep(seconds)


def step_line(number: int) -> str:
    """The line that the status shows for a step done."""
    return f"Step {number} of {STEPS} done."


def do_the_work() -> None:
    """Work on the job from the step it reached, inside a status, then forget it and rerun.

    Each step is counted in the job (a plain dict, not a Streamlit command) before the
    status is written to, so a run stopped there leaves the job at the step after it.
    """
    job = st.session_state[JOB_KEY]
    resumed = " (resumed)" if job["done"] else ""
    status = st.status(f"Working for {job['seconds']:.1f} s{resumed}…", expanded=True)
    for number in range(1, job["done"] + 1):
        status.write(step_line(number))
    try:
        while job["done"] < STEPS:
            started = time.perf_counter()
            work_step(job["seconds"] / STEPS)
            job["worked"] += time.perf_counter() - started
            job["done"] += 1
            status.write(step_line(job["done"]))
    except Exception as problem:  # a rerun or a stop is no Exception: they keep the job
        st.session_state[FAILURE_KEY] = f"The work failed at step {job['done'] + 1}: {problem}"
    else:
        st.session_state[LAST_KEY] = job["worked"]
        status.update(label=f"Work done in {job['worked']:.1f} s", state="complete")
    st.session_state[JOB_KEY] = None
    st.rerun()


def draw_result() -> None:
    """How long the last run took and how often the work ran, or that it has not run."""
    result = st.container(key="busy_result")
    if st.session_state[FAILURE_KEY]:
        result.error(st.session_state[FAILURE_KEY])
    if st.session_state[LAST_KEY] is not None:
        result.markdown(f"Work done in {st.session_state[LAST_KEY]:.1f} s.")
    if st.session_state[RUNS_KEY]:
        result.markdown(f"The work has run {st.session_state[RUNS_KEY]} time(s) in this session.")
    else:
        result.caption("No work done yet.")


def render() -> None:
    """Draw the page: the duration, the buttons (disabled while busy), then the work under
    way or the result."""
    init_state()
    st.title(TITLE)
    st.markdown(EXPLANATION)
    st.slider("Seconds of work", 0.0, 5.0, 2.0, step=0.5, key=SECONDS_KEY, persist_state="session")
    start_column, clear_column = st.columns(2)
    start_column.button("Start the work", key="busy_start", on_click=start, disabled=busy())
    clear_column.button("Clear", key="busy_clear", on_click=clear, disabled=busy())
    if busy():
        do_the_work()
    else:
        draw_result()


if __name__ == "__main__":
    render()
