"""The one outlet table (ingest/outlets.py's OUTLETS) and everything derived from it: the host
table, the names known by name only, the aggregator names and the region reader's name lists.

Cases from the table itself and general knowledge of the press, not from corpus files.
"""

from __future__ import annotations

import re

from briefreader.figures import region, units
from briefreader.figures.extract import fold_text
from briefreader.ingest import outlets
from briefreader.ingest.outlets import (
    ABROAD_NAMES,
    CARRIERS,
    HOSTS,
    KINDS,
    NAMES,
    OUTLETS,
    REGION_NAMES,
    REGIONS,
    SHARED_NAMES,
    Outlet,
    canonical_outlet,
    is_aggregator_name,
    is_platform,
    is_portal_name,
    known_outlets,
    office_of_host,
    outlet_for_url,
    outlet_of_url,
)


def test_every_entry_is_well_formed() -> None:
    for o in OUTLETS:
        assert o.kind in KINDS, o
        if o.kind in CARRIERS:
            assert o.region == "", o  # a platform, a portal carries every region's articles
        elif o.kind == "abroad":
            assert o.region == "other", o
        elif isinstance(o.region, tuple):
            assert len(o.region) == 2 and set(o.region) <= set(REGIONS) - {"other"}, o
        else:
            assert o.region in set(REGIONS) - {"other"}, o
        assert o.name and o.name == o.name.strip(), o
        for host in o.hosts:
            assert host == host.lower().strip(".") and "." in host and "/" not in host, o
        assert o.kind != "aggregator" or not o.hosts, o  # an aggregator has no address the table vouches for
    hosts = [h for o in OUTLETS for h in o.hosts]
    assert len(hosts) == len(set(hosts))  # one outlet per address


def test_every_name_in_the_derived_tables_comes_from_the_one_table() -> None:
    by_host = {h: o for o in OUTLETS for h in o.hosts}
    assert set(HOSTS) == set(by_host)
    for host, name in HOSTS.items():
        o = by_host[host]
        assert name == (o.name if o.kind in ("outlet", "abroad") else ""), host
    assert NAMES and all(Outlet(n, "mainland") in OUTLETS for n in NAMES)  # 石榴云, 周到
    aliases = {(o.region, a) for o in OUTLETS if o.kind in ("outlet", "abroad") for a in o.aliases}
    for home, names in REGION_NAMES.items():
        assert names and all((home, n) in aliases for n in names), home
    assert ABROAD_NAMES and all(("other", n) in aliases for n in ABROAD_NAMES)
    assert SHARED_NAMES and all((regions, n) in aliases for n, regions in SHARED_NAMES.items())
    # and every alias is in one of them
    derived = {(r, n) for r, ns in REGION_NAMES.items() for n in ns} | {("other", n) for n in ABROAD_NAMES}
    assert aliases == derived | {(r, n) for n, r in SHARED_NAMES.items()}
    # the aggregator test is the carriers' (platforms', portals' and aggregators') own names, nothing else
    said = {a for o in OUTLETS if o.kind in CARRIERS for a in o.aliases}
    pattern = outlets._AGGREGATOR_NAME.pattern
    assert pattern.startswith("^(?:") and pattern.endswith(")")
    assert {re.sub(r"\\s\*", " ", p).replace("\\", "") for p in pattern[4:-1].split("|")} == said
    # no second copy left where the lists used to be kept
    assert not hasattr(units, "REGION_SOURCES")
    assert not [n for n in vars(region) if n.endswith("_SOURCES")]


def test_the_region_reader_finds_each_alias_at_its_outlet_s_home() -> None:
    for o in OUTLETS:
        if o.kind not in ("outlet", "abroad"):
            continue
        for alias in o.aliases:
            assert region._outlet_region(fold_text(alias)) == o.region, (o.name, alias)


def test_an_address_gives_its_own_outlet() -> None:
    money = outlet_of_url("https://money.udn.com/money/story/5612/1")
    assert money is not None and (money.name, money.region) == ("經濟日報", "tw")
    udn = outlet_of_url("https://udn.com/news/story/1")
    assert udn is not None and (udn.name, udn.region) == ("聯合新聞網", "tw")
    whb = outlet_of_url("https://www.whb.cn/zhuzhan/1.html")
    assert whb is not None and whb.region == "mainland"  # Shanghai's 文汇报, not Hong Kong's 文匯報
    sina = outlet_of_url("https://news.sina.com.cn/c/1.shtml")
    assert sina is not None and sina.kind == "platform" and outlet_for_url("https://news.sina.com.cn/c/1") == ""
    assert is_platform("News.Sina.com.cn.") and not is_platform("money.udn.com")
    assert outlet_of_url("https://example.com/1") is None and outlet_of_url("not a url") is None
    assert outlet_for_url("https://news.ltn.com.tw/news/1") == "自由時報"


def test_aggregator_names_and_known_outlets() -> None:
    for name in ("Yahoo奇摩新聞", "LINE TODAY", "LINETODAY", "今日頭條", "百家号", "微信公众号", "ZAKER新闻"):
        assert is_aggregator_name(name), name
    for name in ("中央社", "自由時報", "聯合新聞網", "新华社"):
        assert not is_aggregator_name(name), name
    known = known_outlets()
    assert {"经济日报", "联合新闻网", "石榴云", "周到", "美国之音"} <= known
    assert "新浪" not in known and "yahoo" not in known  # platforms name no source
    assert "钜亨网" not in known  # known to the region reader only: no address the table vouches for


def test_a_portal_is_a_carrier_apart_from_platforms_and_aggregators() -> None:
    # review s33 R10: Yahoo's news portal publishes items of its own (a last-resort source when an item's own fields
    # name it); Google News and WeChat's platform publish nothing, so their names are never one
    portals = {o.name for o in OUTLETS if o.kind == "portal"}
    assert "Yahoo" in portals and not portals & {"Google", "微信", "GitHub"}
    assert is_portal_name("Yahoo新聞") and is_portal_name("Yahoo 新聞") and is_aggregator_name("Yahoo新聞")
    for name in ("Google News", "Google 新闻", "微信公众平台", "LINE TODAY", "头条号", "新华社", "Yahoo新聞"[1:]):
        assert not is_portal_name(name), name
    assert is_aggregator_name("Google News") and is_aggregator_name("微信公众平台")
    assert is_platform("hk.news.yahoo.com") and outlet_for_url("https://hk.news.yahoo.com/a.html") == ""


def test_a_state_council_body_s_address_names_it_and_a_province_s_domain_names_only_its_government() -> None:
    # session 43: a record or feed item that gives only its link (dev-retired38's nea.gov.cn records had no source)
    assert outlet_for_url("https://www.nea.gov.cn/20260520/a842d14c/c.html") == "国家能源局"
    assert outlet_for_url("https://www.samr.gov.cn/xw/1.html") == "国家市场监督管理总局"
    # a ministry's subdomain may be another office's (a regional bureau, a province's tax bureau): no guess
    assert (
        outlet_for_url("https://nfj.nea.gov.cn/xwzx/1.html") == "" and outlet_for_url("http://big5.nfra.gov.cn/") != ""
    )
    assert outlet_for_url("https://guangdong.chinatax.gov.cn/1.html") == ""
    assert outlet_for_url("https://www.sc.gov.cn/10462/1.shtml") == "四川省人民政府"
    # a department's site under a province's domain is the department's (office_of_host), never the government's
    assert (
        outlet_for_url("http://drc.gd.gov.cn/a.html") == ""
        and office_of_host("drc.gd.gov.cn") == "广东省发展和改革委员会"
    )
    assert outlet_for_url("http://unknown.hebei.gov.cn/") == ""
    assert outlet_for_url("http://gd.gov.cn/") == outlet_for_url("http://www.gd.gov.cn/a") == "广东省人民政府"
    assert canonical_outlet("市场监管总局") == "国家市场监督管理总局"
