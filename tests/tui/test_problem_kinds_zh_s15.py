"""Every kind of problem has a Chinese name in the zh UI (review s15 R18: mixed_encoding,
added to the decoder this session, showed in English), and model.PROBLEM_KINDS is the one
list: a kind made anywhere in the source is in it."""

from __future__ import annotations

import re
from pathlib import Path

from briefreader import model
from briefreader.tui.i18n import PROBLEM_KINDS_ZH, problem_text

SRC = Path(model.__file__).resolve().parent


def test_every_kind_made_in_the_source_is_in_the_one_list() -> None:
    made = set()
    for path in SRC.rglob("*.py"):
        made |= set(re.findall(r'Problem\(\s*"([a-z_]+)"', path.read_text(encoding="utf-8")))
    assert made and made <= set(model.PROBLEM_KINDS), made - set(model.PROBLEM_KINDS)


def test_every_kind_has_a_chinese_name() -> None:
    assert set(PROBLEM_KINDS_ZH) == set(model.PROBLEM_KINDS)


def test_the_mixed_encoding_sentence_is_said_in_chinese() -> None:
    kind, message = problem_text(
        "mixed_encoding",
        "lines in two encodings: 3 read as UTF-8, 2 as gb18030, 1 in neither (shown with \ufffd)",
        "zh",
    )
    assert (
        kind == "编码混杂"
        and message == "各行编码不一：3 行按 UTF-8 读取，2 行按 gb18030 读取，1 行都无法读取（显示为 �）"
    )
    kind, message = problem_text("mixed_encoding", "lines in two encodings: 3 read as UTF-8, 2 as big5", "zh")
    assert message == "各行编码不一：3 行按 UTF-8 读取，2 行按 big5 读取"
