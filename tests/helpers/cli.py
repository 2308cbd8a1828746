"""Run the CLI in-process, as the CLI tests do (one definition, shared)."""

from __future__ import annotations

from pathlib import Path

from briefreader.cli import main


def cli(capsys, *args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``briefreader ARGS``; never a traceback."""
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def fresh_user(monkeypatch, home: Path) -> None:
    """The CLI as a new user runs it in ``home``: no config named in the environment or found in the user's config
    folder, an index cache of its own, ``home`` the working folder (./config.toml looked for there)."""
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(home / "cache"))
    monkeypatch.delenv("BRIEFREADER_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg"))
    monkeypatch.chdir(home)
