"""5. Server: `streamlit run` of the generated app until /_stcore/health answers ok, vs a
one-line Streamlit app."""

from pathlib import Path

from benchmarks.measure import Figure, Server, Settings, bake, median_side_by_side

GROUP = "5. Server"
TARGET_RATIO = 1.2
ONE_LINE_APP = 'import streamlit as st; st.write("hello")\n'


def seconds_to_healthy(app_dir: Path, script: str = "streamlit_app.py") -> float:
    """Seconds from `streamlit run` to a healthy server."""
    with Server(app_dir, script) as server:
        return server.seconds_to_healthy()


def measure(settings: Settings, work: Path) -> list[Figure]:
    """Start-up of the default project's app, beside a one-line app's."""
    project = bake(work / "default")
    floor_dir = work / "one-line-app"
    floor_dir.mkdir()
    (floor_dir / "app.py").write_text(ONE_LINE_APP)
    subject, floor = median_side_by_side(
        lambda: seconds_to_healthy(project),
        lambda: seconds_to_healthy(floor_dir, "app.py"),
        settings.server_runs,
    )
    return [
        Figure(
            GROUP,
            "streamlit run to healthy, default project",
            subject,
            "s",
            floor,
            f"ratio <= {TARGET_RATIO}",
            subject / floor <= TARGET_RATIO,
        )
    ]
