"""Review s18 R15: a news headline opening with an organisation and a year ("中国银行2023年…") is no document
title naming its issuer; that refused candidate hid the site's own name, so the page lost its source."""

from __future__ import annotations

import pytest

from briefreader.ingest.metadata import extract_metadata

LEAD = "全年净利润同比增长百分之五，资产质量保持稳定。分析人士认为，行业盈利压力依然较大，下半年仍需观察。"


@pytest.mark.parametrize(
    ("headline", "page_title", "site"),
    [
        ("中国银行2023年净利润增长5%", "中国银行2023年净利润增长5%_新浪财经_新浪网", "新浪网"),
        ("北京大学2024年录取分数线公布", "北京大学2024年录取分数线公布 - 中国教育在线", "中国教育在线"),
    ],
)
def test_a_news_headline_with_an_organisation_and_a_year_keeps_the_sites_name(
    headline: str, page_title: str, site: str
) -> None:
    meta = extract_metadata(f"{headline}\n\n{LEAD * 2}", {}, html_title=page_title)
    assert meta.source == site


def test_a_documents_title_still_names_its_issuer() -> None:
    title = "浙江省嘉善县财政局2024年部门预算"
    meta = extract_metadata(f"{title}\n\n{LEAD * 2}", {}, html_title=title)
    assert meta.source == "浙江省嘉善县财政局"
