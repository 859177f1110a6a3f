"""Each technique's own mechanics are visible in the code that the user gets."""

import ast

import pytest

from tooling.template import VARIANTS


def render_calls(source: str) -> list[str]:
    """The calls made in `render()` and the helpers it calls, in source order, as dotted names."""
    tree = ast.parse(source)
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    calls: list[str] = []

    def visit(function: ast.FunctionDef) -> None:
        for node in ast.walk(function):
            if isinstance(node, ast.Call):
                name = ast.unparse(node.func)
                calls.append(name)
                if name in functions:
                    visit(functions[name])

    visit(functions["render"])
    return calls


def reset_page(bake, technique: str) -> str:
    """The source of the reset-widgets page generated with one technique."""
    project = bake(pattern_reset_widgets=technique)
    return project.read(f"{project.answers['project_slug']}/patterns/reset_widgets.py")


def test_callback_technique_changes_the_value_in_on_click_callbacks(bake):
    """Both buttons pass a callback; the callback writes the input's key in session state."""
    source = reset_page(bake, "callback")
    buttons = [
        node
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "st.button"
    ]
    assert len(buttons) == 2
    assert all(any(item.arg == "on_click" for item in button.keywords) for button in buttons)
    assert "st.session_state[NAME_KEY] = value" in source


def test_get_technique_reads_the_button_keys_before_drawing_the_input(bake):
    """The keyed buttons are read with .get() before the input is drawn."""
    calls = render_calls(reset_page(bake, "get_before_widget"))
    gets = [index for index, name in enumerate(calls) if name == "st.session_state.get"]
    assert len(gets) == 2
    assert max(gets) < calls.index("st.text_input") < calls.index("st.button")


def test_container_technique_draws_the_input_last_into_an_earlier_container(bake):
    """A container is created first, the buttons come next, the input is drawn into it last."""
    calls = render_calls(reset_page(bake, "container"))
    assert calls.index("st.container") < calls.index("st.button")
    assert calls[-1] == "input_area.text_input"
    assert "st.text_input" not in calls


STORE_INTERFACE = ["WHERE", "SHARED", "stored", "compute_and_store", "clear"]


@pytest.mark.parametrize("store", VARIANTS["pattern_expensive_process"])
def test_every_store_has_the_interface_and_the_page_computes_only_on_a_click(bake, store):
    """The store declares the five names; the page calls compute_and_store only under the
    "Process" click, once per parameter set at a time, and draws results through the look-up
    alone."""
    project = bake(pattern_expensive_process=store)
    package = project.path / project.answers["project_slug"]
    results = ast.parse((package / "result_store.py").read_text(encoding="utf-8"))
    functions = {node.name for node in results.body if isinstance(node, ast.FunctionDef)}
    constants = {
        target.id
        for node in results.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    assert set(STORE_INTERFACE) <= functions | constants
    page = (package / "patterns" / "expensive_process.py").read_text(encoding="utf-8")
    assert page.count("compute_and_store(multiplier, add, report)") == 1
    assert (
        "job, started = run_once(key, lambda report: compute_and_store(multiplier, add, report))"
    ) in function_source(page, "process")
    assert (
        'if st.button("Process", key="expensive_process"):\n'
        "        problem = process(multiplier, add)"
    ) in function_source(page, "render")
    assert "table = stored(multiplier, add)" in function_source(page, "show_result")


def function_source(source: str, function: str) -> str:
    """The source of one module-level function."""
    tree = ast.parse(source)
    (node,) = [node for node in tree.body if getattr(node, "name", None) == function]
    return ast.get_source_segment(source, node)


@pytest.mark.parametrize("store", VARIANTS["pattern_expensive_process"])
def test_every_store_keys_results_by_every_parameter(bake, store):
    """Each store keys a result by both the multiplier and the number added."""
    project = bake(pattern_expensive_process=store)
    results = (project.path / project.answers["project_slug"] / "result_store.py").read_text()
    key_by_store = {
        "session_state": "key = (multiplier, add)",
        "cache_data": "multiplier: int, add: int, _compute: bool, _report: Report",
        "database": "(RESULTS.c.multiplier == multiplier) & (RESULTS.c.add_value == add)",
    }
    assert key_by_store[store] in results


def test_database_store_sends_parameters_only_as_bound_values(bake):
    """The SQL is built from SQLAlchemy expressions, never from text with values pasted in."""
    project = bake(pattern_expensive_process="database")
    source = (project.path / project.answers["project_slug"] / "result_store.py").read_text()
    assert "sa.text(" not in source and "execute(f" not in source and ".format(" not in source
    assert "sa.select(" in source and "sa.insert(" in source and "sa.delete(" in source
