"""The browser tests' server: a taken port is handled, and the server never outlives its use."""

import socket
import subprocess

import pytest

from tests.e2e import server


def test_a_port_taken_by_another_program_is_skipped(monkeypatch):
    """If the chosen port is taken before the server binds it, the server starts on another."""
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        ports = iter([taken])
        real_free_port = server.free_port
        monkeypatch.setattr(server, "free_port", lambda: next(ports, None) or real_free_port())
        with server.running_app() as url:
            assert server.is_healthy(url)
            assert not url.endswith(f":{taken}")


def test_the_server_is_stopped_when_its_user_fails(monkeypatch):
    """An exception inside the `with` block still stops the server and its process group."""
    started: list[subprocess.Popen] = []
    real_start = server.start

    def recording_start(*arguments):
        started.append(real_start(*arguments))
        return started[-1]

    monkeypatch.setattr(server, "start", recording_start)
    with pytest.raises(RuntimeError), server.running_app():
        raise RuntimeError("a failing test")
    assert started
    assert all(process.poll() is not None for process in started)
