"""A page's own disclaimer is chrome; the same words reported from someone are the
article's (issue 12, session 8: "disclaimer rules may drop reported speech"). The
"不代表…立场" rule dropped any short paragraph that said it, a spokesman's words included."""

from __future__ import annotations

import pytest

from briefreader.ingest import ingest_bytes
from briefreader.ingest.clean import drop_boilerplate

BODY = "国家统计局今天发布数据，前三季度国内生产总值同比增长百分之五点二，其中第三季度增长百分之四点九，经济运行总体回升向好。"


@pytest.mark.parametrize(
    "line",
    [
        "他表示，本报告不构成投资建议。",
        "外交部发言人称，个别议员的言论不代表美国政府立场，中方对此坚决反对。",
        "“这只是我的个人看法，不代表公司立场。”他笑着说。",
        "「有關言論純屬個人意見，不代表政府立場。」發言人強調。",
        "专家提醒，投资需谨慎。",
        "公司在公告中强调：上述预测仅供参考，最终数据以年度报告为准。",
    ],
)
def test_reported_words_stay(line: str) -> None:
    assert drop_boilerplate(f"{BODY}\n{line}") == f"{BODY}\n{line}"


@pytest.mark.parametrize(
    "line",
    [
        "本文仅代表作者个人观点，不代表本网立场。",
        "以上内容仅供参考，不构成投资建议。",
        "股市有风险，投资需谨慎。",
        "本文正文由脚本自上海市官方公开页面提取，仅供检索查阅；以官方链接发布版本为准",
        "本文为百略网授权网易财经《亦观察》发布，转载请注明出处。本文仅为作者观点，不代表网易立场。",
        "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。",
    ],
)
def test_a_page_s_own_note_goes(line: str) -> None:
    assert drop_boilerplate(f"{BODY}\n{line}") == BODY


def test_a_reported_disclaimer_survives_ingest() -> None:
    text = f"统计局发布前三季度数据\n{BODY}\n分析师表示，本报告不构成投资建议，但经济回升的趋势已经明确。\n"
    b = ingest_bytes(text.encode(), id="d", suffix=".txt")
    assert "本报告不构成投资建议" in b.text
