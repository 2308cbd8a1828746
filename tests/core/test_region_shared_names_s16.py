"""文汇报: a name Shanghai's paper and Hong Kong's (文匯報, folded) share; the words decide (tester s16 G2)."""

from __future__ import annotations

from briefreader.figures import extract_figures
from briefreader.figures.region import detect_region

SHANGHAI = "上海市统计局昨天发布数据，今年前三季度全市社会消费品零售总额达到373亿元，同比增长5%。浦东新区表现突出。"
HONG_KONG = "特區政府今日公布，立法會財務委員會批准撥款373億元，用於九龍東的公營房屋。"


def test_a_shanghai_wenhui_briefing_keeps_renminbi():
    # HK's alias 文汇 matched the start of Shanghai's 文汇报: its every bare 元 read as HKD
    assert detect_region(SHANGHAI, source="文汇报").name == "mainland"
    money = [f for f in extract_figures(SHANGHAI, region=detect_region(SHANGHAI, source="文汇报")) if f.kind == "money"]
    assert [f.unit for f in money] == ["CNY"]


def test_hong_kongs_wen_wei_po_stays_hong_kong():
    assert detect_region(HONG_KONG, source="文匯報", script="hant").name == "hk"
    assert detect_region("本港今日天氣晴朗。", source="香港文匯報", script="hant").name == "hk"
    assert detect_region("消息。", source="文匯網").name == "hk"


def test_a_regions_reason_is_the_same_in_every_process():
    # _sea_region listed the mainland places of a frozenset in hash order: the reason (kept in the index
    # and printed by figures --json) changed with PYTHONHASHSEED (19-perf s16)
    import os
    import subprocess
    import sys

    code = (
        "from briefreader.figures.region import detect_region\n"
        "t = '新加坡和马来西亚的企业在上海、深圳、广州、北京、杭州、成都设厂。新加坡政府拨款。马来西亚新山。"
        "新加坡组屋。马来西亚吉隆坡。价格60万元。'\n"
        "print(detect_region(t, script='hans').reason)\n"
    )
    reasons = {
        subprocess.run(
            [sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True, text=True, check=True,
        ).stdout
        for seed in range(1, 6)
    }  # fmt: skip
    assert len(reasons) == 1 and "the mainland (" in reasons.pop()
