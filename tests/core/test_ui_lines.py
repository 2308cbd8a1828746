"""A line of a page's controls is chrome (issue 12, session 8): pagination, print/close,
back to top, font size. Found on reference pages outside the corpus ("第1页/共1页<<上一页|下一页>>"
inside the article's element). A sentence that names a page is text."""

from __future__ import annotations

import pytest

from briefreader.ingest.clean import drop_boilerplate

BODY = "国家统计局今天发布数据，前三季度国内生产总值同比增长百分之五点二，经济运行总体回升向好。"


@pytest.mark.parametrize(
    "line",
    [
        "第1页/共1页 <<上一页 | 下一页>>",
        "[1] [2] [3] [4] [5] [6]",
        "字号：默认 大 超大",
        "【打印】 【关闭】",
        "返回顶部",
        "共3页 第1页",
    ],
)
def test_a_line_of_controls_goes(line: str) -> None:
    assert drop_boilerplate(f"{BODY}\n{line}\n{BODY}") == f"{BODY}\n{BODY}"


@pytest.mark.parametrize("line", ["国务院首页发布了这份通知。", "第一页", "大", "中小企业"])
def test_words_that_are_not_only_controls_stay(line: str) -> None:
    assert line in drop_boilerplate(f"{BODY}\n{line}\n{BODY}")
