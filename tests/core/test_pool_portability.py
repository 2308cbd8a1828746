"""A worker's per-job limits degrade where the platform lacks them (reviewer, session 9):
Windows has neither the ``resource`` module nor SIGALRM/setitimer. The worker must still
reach its job loop and answer (no time limit, no memory cap), not die before it is ready,
which made every limited pool fall back to reading all files in the main process."""

from __future__ import annotations

import builtins
import signal

import pytest

import briefreader.pool as pool


class _Queue:
    def __init__(self, items: list) -> None:  # type: ignore[type-arg]
        self.items = items

    def get(self):  # type: ignore[no-untyped-def]
        return self.items.pop(0)


class _Pipe:
    def __init__(self) -> None:
        self.sent: list = []  # type: ignore[type-arg]

    def send(self, message) -> None:  # type: ignore[no-untyped-def]
        self.sent.append(message)


@pytest.fixture
def windows_like(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SIGALRM", "setitimer", "ITIMER_REAL"):
        monkeypatch.delattr(signal, name, raising=False)
    real_import = builtins.__import__

    def no_resource(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "resource":
            raise ModuleNotFoundError("No module named 'resource'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_resource)
    monkeypatch.setattr(pool, "_die_with_parent", lambda parent: None)


def test_a_worker_without_resource_limits_still_answers(windows_like) -> None:
    pipe = _Pipe()
    pool._serve(abs, _Queue([[(0, -3), (1, 4)], None]), pipe, 1, pool.Limits(5.0, 1 << 30), ())
    assert pipe.sent == [None, (0, True, 3), (1, True, 4)]


def test_a_lost_worker_is_described_without_sigalrm(windows_like) -> None:
    assert "exit code 1" in pool._why(1, pool.Limits(5.0, 1 << 30))
