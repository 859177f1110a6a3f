"""Each button mistake drawn as it is usually written, beside the code that fixes it."""

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of

TITLE = page_of(__file__).title

INTRO = """
Each section shows a mistake on the left and its fix on the right. Click through both sides:
the left one fails in the way its caption says.

Each fix is kept when you visit another page and come back: its flags and its result are
plain session-state keys, and its slider is drawn with `persist_state="session"`.
"""


def count(key: str) -> None:
    """Callback or body: add one to the counter under `key`."""
    st.session_state[key] = st.session_state.get(key, 0) + 1


def set_flag(key: str) -> None:
    """Callback: set the flag under `key`, the stateful-button pattern."""
    st.session_state[key] = True


def nested_buttons(bad, fix) -> None:
    """A button inside a button: the inner body never runs. Fix: remember the outer click."""
    bad.caption("The inner click reruns the script, where the outer button is False again.")
    # The same as `if inner:` nested in `if outer:`; the inner button is drawn only after Outer.
    outer = bad.button("Outer", key="anti_nested_bad_outer")
    if outer and bad.button("Inner", key="anti_nested_bad_inner"):
        count("anti_nested_bad_runs")
    bad.write(f"Inner body runs: {st.session_state.get('anti_nested_bad_runs', 0)}")
    fix.caption("The outer click sets a flag; the inner button has a callback.")
    fix.button("Outer", key="anti_nested_fix_outer", on_click=set_flag, args=("anti_nested_open",))
    if st.session_state.get("anti_nested_open"):
        fix.button(
            "Inner", key="anti_nested_fix_inner", on_click=count, args=("anti_nested_fix_runs",)
        )
    fix.write(f"Inner body runs: {st.session_state.get('anti_nested_fix_runs', 0)}")


def nested_widget(bad, fix) -> None:
    """A widget inside a button: it vanishes at its first use. Fix: remember the click."""
    bad.caption("Moving the slider reruns the script, and the slider is gone.")
    if bad.button("Open", key="anti_widget_bad_open"):
        bad.slider("Amount", 0, 10, 5, key="anti_widget_bad_slider")
    fix.caption("The click sets a flag, and the slider is drawn whenever it is set.")
    fix.button("Open", key="anti_widget_fix_open", on_click=set_flag, args=("anti_widget_open",))
    if st.session_state.get("anti_widget_open"):
        fix.slider("Amount", 0, 10, 5, key="anti_widget_fix_slider", persist_state="session")


def unsaved_result(bad, fix) -> None:
    """A result computed under a button and not saved: a later button cannot reach it."""
    bad.caption("The result lived in a variable of the run that computed it.")
    if bad.button("Process", key="anti_unsaved_bad_process"):
        result = 42
        bad.write(f"Result: {result}")
    if bad.button("Save", key="anti_unsaved_bad_save"):
        try:
            bad.write(f"Saved {result}.")
        except NameError:
            bad.warning("NameError: the result is gone.")
    fix.caption("The result is kept in session state, so Save finds it.")
    if fix.button("Process", key="anti_unsaved_fix_process"):
        st.session_state["anti_unsaved_result"] = 42
    if "anti_unsaved_result" in st.session_state:
        fix.write(f"Result: {st.session_state['anti_unsaved_result']}")
    if fix.button("Save", key="anti_unsaved_fix_save"):
        fix.success(f"Saved {st.session_state.get('anti_unsaved_result', 'nothing yet')}.")


SECTIONS = {
    "Buttons nested in buttons": nested_buttons,
    "Widgets nested in a button": nested_widget,
    "A result that was not saved": unsaved_result,
}


def render() -> None:
    """Draw the page: each anti-pattern beside its fix."""
    st.title(TITLE)
    st.markdown(INTRO)
    for heading, section in SECTIONS.items():
        st.subheader(heading)
        bad, fix = st.columns(2, border=True)
        bad.markdown("**Mistake**")
        fix.markdown("**Fix**")
        section(bad, fix)


if __name__ == "__main__":
    render()
