"""Review s18 R12, R13, R6 on 2e72de4's chrome rules: an article's own sentence or section that opens with a
most-read word or sits under a 互动/评论 heading stays, and many weak comment headings cost linear time."""

from __future__ import annotations

import time

from briefreader.ingest import _normalize

PROSE = "".join(
    f"某市昨日发生第{i}起交通事故，造成两人受伤，警方正在调查事故原因，目前伤者已被送往医院救治。\n\n" for i in range(3)
)


def _text(body: str) -> str:
    return _normalize(PROSE + body)[0]


def test_a_sentence_opening_with_a_most_read_word_stays_with_its_points() -> None:
    text = _text("最新报道显示，该市已有三人死亡。\n\n一、加强道路巡查\n\n二、完善交通信号\n\n三、严查酒后驾驶\n")
    assert text.endswith("最新报道显示，该市已有三人死亡。\n一、加强道路巡查\n二、完善交通信号\n三、严查酒后驾驶")


def test_a_most_read_heading_alone_still_cuts_its_headlines() -> None:
    text = _text("热门新闻\n\n某地发生大火\n\n某市出台新政\n\n某公司发布财报\n")
    assert "热门新闻" not in text and "某地发生大火" not in text


def test_an_articles_own_section_with_a_question_stays() -> None:
    for section in (
        "两岸互动\n\n今年两岸交流持续升温，双方举行了多场座谈。\n\n未来会怎样？\n\n专家认为仍需观察。\n",
        "评论\n\n该事故再次暴露出道路管理的短板。\n\n如何补齐短板？\n\n专家认为需要加强执法。\n",
    ):
        assert _text(section).endswith(section.strip().split("\n\n")[-1]), section


def test_an_accounts_prompt_to_the_reader_still_goes() -> None:
    assert "你怎么看" not in _text("每人互动\n\n你怎么看这件事？\n")


def test_many_weak_comment_headings_cost_linear_time() -> None:
    start = time.process_time()
    _text("评论\n" * 8000)
    assert time.process_time() - start < 10  # 22 s before (quadratic); ~1 s here
