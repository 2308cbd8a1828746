"""Guards the app installed the way a user installs it (issue 18): a wheel built from this tree, put into a
fresh virtual environment, run from an empty folder with no config anywhere.

pipx and `uv tool install` do exactly this (build a wheel, install it into a venv of its
own, put the `briefreader` script on PATH). To keep the test to ~20 s, the new venv gets
the wheel alone (`--no-deps`) and reuses the dependencies already installed for the test
run through a .pth file; the package itself can only come from the wheel (the checks
below assert where it was imported from). Building the wheel needs setuptools and wheel:
from this environment when both are installed, else pip fetches them from PyPI (~10 s).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import site
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kwargs)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict:
    work = tmp_path_factory.mktemp("install")
    dist = work / "dist"
    isolation = []  # pip builds in an isolated environment by default, fetching setuptools
    if importlib.util.find_spec("wheel") and importlib.util.find_spec("setuptools"):
        isolation = ["--no-build-isolation"]
    # From a copy: an in-tree build would leave build/ and *.egg-info in the work tree.
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    build = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", *isolation, "-w", str(dist), str(source)])
    if build.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{build.stdout}\n{build.stderr}")
    (wheel,) = dist.glob("briefreader-*.whl")

    venv = work / "venv"
    made = run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    done = run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)]
    )
    assert done.returncode == 0, done.stderr
    purelib = run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip()
    # The dependencies of this test run, after the venv's own site-packages (a path in a
    # .pth is appended, and .pth files inside it are not run: the editable install of
    # this tree stays invisible).
    Path(purelib, "_test_deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")

    home = work / "home"
    empty = work / "empty"
    empty.mkdir()
    briefings = work / "briefings"
    shutil.copytree(ROOT / "briefings", briefings)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFREADER_", "PYTHON", "XDG_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local/state"),
        PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
    )
    return {
        "venv": venv,
        "python": python,
        "script": venv / "bin" / "briefreader",
        "env": env,
        "cwd": empty,
        "briefings": briefings,
        "purelib": Path(purelib),
    }


def test_the_package_comes_from_the_wheel(installed: dict) -> None:
    where = run(
        [str(installed["python"]), "-c", "import briefreader, sys; print(briefreader.__file__)"],
        cwd=installed["cwd"],
        env=installed["env"],
    )
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(installed["purelib"])
    data = installed["purelib"] / "briefreader" / "data"
    assert (data / "default_config.toml").is_file() and (data / "config_template.toml").is_file()


def test_version_from_the_installed_metadata(installed: dict) -> None:
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    out = run([str(installed["script"]), "--version"], cwd=installed["cwd"], env=installed["env"])
    assert out.returncode == 0 and out.stdout.strip() == f"briefreader {expected}"


def test_list_from_an_empty_folder_has_topics(installed: dict) -> None:
    out = run(
        [str(installed["python"]), "-m", "briefreader", "list", "--json", "--briefings", str(installed["briefings"])],
        cwd=installed["cwd"],
        env=installed["env"],
    )
    assert out.returncode == 0, out.stderr
    entries = json.loads(out.stdout)
    assert len(entries) == 5
    assert all(e["topics"] for e in entries)  # the taxonomy shipped in the package
    assert {"metaverse", "live_streaming"} <= {t for e in entries for t in e["topics"]}
    assert list(installed["cwd"].iterdir()) == []  # nothing written where it was run


def test_config_show_has_the_built_in_topics(installed: dict) -> None:
    out = run([str(installed["script"]), "config", "show"], cwd=installed["cwd"], env=installed["env"])
    assert out.returncode == 0, out.stderr
    shown = tomllib.loads(out.stdout)
    assert shown["topics"]["metaverse"]["en"] == "Metaverse" and len(shown["topics"]) >= 8
    assert shown["glossary"]["工信部"].startswith("Ministry of Industry")
    assert shown["library"]["briefings"] == str(installed["cwd"] / "briefings")


def test_first_run_then_config_init(installed: dict) -> None:
    first = run([str(installed["script"]), "list"], cwd=installed["cwd"], env=installed["env"])
    assert first.returncode == 2 and "config init --briefings" in first.stderr
    init = run(
        [str(installed["script"]), "config", "init", "--briefings", str(installed["briefings"])],
        cwd=installed["cwd"],
        env=installed["env"],
    )
    assert init.returncode == 0, init.stderr
    listed = run([str(installed["script"]), "list"], cwd=installed["cwd"], env=installed["env"])
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 5
