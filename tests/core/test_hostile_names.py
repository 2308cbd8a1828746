"""Guards the terminal against file names: whatever a briefing's file is called, no
control, escape or bidi character of it reaches `list` or `check` output (issue 20)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefreader.cli import main

# Written out here, not taken from safe.py: an independent oracle.
UNSAFE = (
    {chr(c) for c in range(0x00, 0x20) if chr(c) not in "\n\t"}
    | {"\x7f"}
    | {chr(c) for c in range(0x80, 0xA0)}
    | set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    | set("\ufff9\ufffa\ufffb")
)

hostile = st.text(
    alphabet=st.sampled_from(sorted(UNSAFE - {"\x00"}) + list("ab中文[]=:;\\ ")),
    min_size=1,
    max_size=24,
).filter(lambda s: s not in (".", "..") and not s.startswith("."))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=hostile)
def test_no_unsafe_character_of_a_file_name_reaches_the_output(name: str, capsys) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "b"
        folder.mkdir()
        try:
            (folder / f"{name}.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
            (folder / f"{name}.html").write_bytes(b"\xff\xfe\x00")  # a problem line for `check`
        except OSError:  # a name the file system refuses
            return
        for args in (["list"], ["list", "--json"], ["check"]):
            code = main(["--no-cache", "--briefings", str(folder), "--notes", os.path.join(tmp, "n.toml"), *args])
            out, err = capsys.readouterr()
            assert code in (0, 1)
            leaked = {ch for ch in out + err if ch in UNSAFE and ch not in "\n\t"}
            assert not leaked, (args, name, sorted(hex(ord(c)) for c in leaked))
