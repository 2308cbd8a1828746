"""Session 32 review findings (reviewer): each bug a strict xfail with the input it fails on, and an unmarked guard of
what a fix must keep. Inputs written for the probe in the shapes of real publishers' text (a paper's own report under
a headline that opens with the organisation it covers, …); each was run against the start commit af358bcd (git
archive, PYTHONPATH) and HEAD. No held-out folder, gold or figures set was read."""

from __future__ import annotations

import pytest

from briefreader.ingest import ingest_bytes


def _txt(text: str, name: str = "probe.txt") -> object:
    return ingest_bytes(text.encode("utf-8"), id=name.rsplit(".", 1)[0], suffix=".txt")


# ---------------------------------------------------------------------------------------------------------------------
# R1 (d6837bea metadata.py _TITLE_ISSUER_PREFIX / _title_issuer, REGRESSION, medium: a confident wrong source): a paper's
# own report ("本报讯（记者 王小明）…") under a headline that opens with the organisation it reports on, set off by ｜ or a
# dash ("国家发改委｜今年将新增…", "教育部-2024年高考报名人数达1342万"). af358bcd: source "" (the paper is not named);
# HEAD: the organisation (国家发改委, 教育部, 中国人民银行) — the story's subject shown as its publisher. The rule reads a
# shape (an organisation's name + a dash); what the text IS, a reporter's report (本报讯, 记者, a wire's dateline in the
# lead), says the name is the subject. Fix: offer the title's issuer only when the lead carries no reporter's dateline
# or byline.
_REPORT = (
    "\n\n本报讯（记者 王小明）国家发展改革委今天举行新闻发布会，介绍今年以来经济运行情况。发言人表示，将新增1000亿元中央预算内"
    "投资，重点支持城市更新和防洪排涝设施建设。\n"
)


@pytest.mark.xfail(
    strict=True,
    reason="R1 (medium, d6837bea): a 本报讯 report titled 'ORG｜headline' shows the organisation it covers as its source",
)
@pytest.mark.parametrize(
    "title",
    [
        "国家发改委｜今年将新增1000亿元中央预算内投资",
        "教育部-2024年高考报名人数达1342万",
        "中国人民银行—下调存款准备金率0.5个百分点",
    ],
)
def test_r1_a_papers_report_is_not_published_by_the_organisation_its_headline_opens_with(title: str) -> None:
    b = _txt(title + _REPORT)
    assert b.source == ""


def test_r1_guard_a_caucus_release_titled_with_its_name_keeps_its_issuer() -> None:
    # the dev shape d6837bea was made for (dev-retired27 s30h_07/10): a council caucus's own release, no reporter
    b = _txt(
        "國民黨團-大型龍舟賽冠軍1萬，選手傻眼！\n\n臺南市議會國民黨團今天召開記者會，批評市府舉辦的龍舟賽獎金過低，"
        "冠軍只有一萬元，難怪選手傻眼。\n"
    )
    assert b.source == "台南市议会国民党团"
