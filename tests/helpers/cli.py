"""Run the CLI in-process, as the CLI tests do (one definition, shared)."""

from __future__ import annotations

from briefreader.cli import main


def cli(capsys, *args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``briefreader ARGS``; never a traceback."""
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err
