"""Run a piece of Python with file permissions enforced, also when the tests run as root.

Root opens any file and enters any folder (capabilities CAP_DAC_OVERRIDE and
CAP_DAC_READ_SEARCH), which made the tests of unreadable files skip in containers and
on CI machines that run as root. As root the child is started through util-linux
``setpriv`` without those two capabilities: still uid 0, so it can run the venv's
Python wherever it lives, but a file of mode 000 is closed to it as to a reader.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"


def run_unprivileged(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -c code args...`` with permission bits enforced; output captured as text."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root and util-linux setpriv is missing: permissions cannot be enforced")
        prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search"]
    env = {
        **os.environ,
        "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    return subprocess.run(
        [*prefix, sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120, env=env
    )
