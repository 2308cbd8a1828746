"""Guards the joining of hard-wrapped lines: a paragraph a source broke mid-sentence is
read as one paragraph again, while a short subheading (一、提案办理概况) stays on its own
line instead of being glued to the paragraph under it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefreader.ingest import ingest_bytes

SAMPLES = Path(__file__).resolve().parents[2] / "briefings"
REPLY = SAMPLES / "003_3847f5d9994fa04d.txt"  # a district government's reply, with numbered subheadings


@pytest.fixture(scope="module")
def reply():
    return ingest_bytes(REPLY.read_bytes(), id="003", path=str(REPLY), suffix=".txt")


@pytest.mark.parametrize(
    "heading",
    ["一、提案办理概况", "二、提案建议答复", "1. 营造数字经济新生态", "2. 挖掘特色文化内涵，构建数字文化产业生态"],
)
def test_a_subheading_is_a_paragraph_of_its_own(reply, heading: str):
    # Each has clause punctuation (、 or ，) and ends in a character, like the first line of
    # a wrapped sentence; being short is what tells it apart.
    assert heading in reply.paragraphs, [p[:20] for p in reply.paragraphs]


def test_the_paragraph_under_a_subheading_starts_where_it_did(reply):
    after = reply.paragraphs[reply.paragraphs.index("一、提案办理概况") + 1]
    assert after.startswith("收到该提案后，我委十分重视")


_CLAUSE = set("，、；。")
_LABEL = re.compile("[\u4e00-\u9fff]{2,8}[:：]")


def _wrap(paragraph: str, width: int) -> str:
    """Break every ``width`` characters or just after, between two characters (or after a
    comma) and never before punctuation, as CJK line breaking does (no line starts with
    ，or 。). Breaks next to quotes and digits are left out: the joining rule does not
    claim them (a line ending in ” may end a heading), and so is a break before the first
    comma (a first line without one may be a headline) and before "情况答复如下：" (a line
    that opens with a label such as 联系电话： starts afresh)."""
    lines, start = [], 0
    for i in range(1, len(paragraph)):
        before, after = paragraph[i - 1], paragraph[i]
        if (
            i - start >= width
            and _CLAUSE & set(paragraph[:i])
            and ("\u4e00" <= before <= "\u9fff" or before in "，、")
            and "\u4e00" <= after <= "\u9fff"
            and not _LABEL.match(paragraph, i)
        ):
            lines.append(paragraph[start:i])
            start = i
    return "\n".join([*lines, paragraph[start:]])


@pytest.mark.parametrize("width", [26, 30, 36])
def test_a_hard_wrapped_paragraph_is_one_paragraph_again(reply, width: int):
    # The same reply as a plain-text mail client would send it: every paragraph broken
    # at about a fixed width.
    long = [p for p in reply.paragraphs if len(p) > 3 * width]
    assert len(long) >= 3
    wrapped = "\n\n".join(["对区政协十五届二次会议第B129号提案的答复", *(_wrap(p, width) for p in long)])
    assert wrapped.count("\n") > 3 * len(long)
    wrapped = wrapped.encode()
    again = ingest_bytes(wrapped, id="003w", path="003w.txt", suffix=".txt")
    assert again.paragraphs == long


def test_a_label_line_is_not_glued_to_an_open_sentence_above_it():
    # A reply whose last sentence lost its full stop, then the contact lines of 003
    # with no blank line between: "承办人姓名：" starts its own line, it does not continue.
    text = (
        "对区政协十五届二次会议第B129号提案的答复\n\n"
        "下一步，我委将继续加强与区文化旅游局等部门的沟通协调，推动元宇宙产业集聚发展\n"
        "承办人姓名：张智宇 联系电话：65668055"
    )
    b = ingest_bytes(text.encode(), id="003c", path="003c.txt", suffix=".txt")
    assert b.paragraphs[-1] == "承办人姓名：张智宇 联系电话：65668055"
    assert b.paragraphs[-2].endswith("推动元宇宙产业集聚发展")
