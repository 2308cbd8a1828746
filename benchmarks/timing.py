"""What the in-process benchmarks share for timing one call: its median CPU time over several runs."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def median_cpu_ms(fn: Callable[[], T], runs: int) -> tuple[float, T]:
    """The median CPU milliseconds of ``runs`` calls of ``fn`` (CPU, not wall: the machine is shared), and the last
    call's result."""
    times: list[float] = []
    out = None
    for _ in range(max(1, runs)):
        start = time.process_time()
        out = fn()
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000, out  # type: ignore[return-value]
