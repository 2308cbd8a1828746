"""Guards session 14's metadata changes (issue 12). Each case quotes a form from a dev or retired file,
or is written from general knowledge of how Chinese-language pages and records are made; each fails on
the code before unless it says it is a guard."""

from __future__ import annotations

import json

from briefreader.hanzi import to_simplified
from briefreader.ingest import ingest_bytes
from briefreader.ingest.metadata import extract_metadata
from briefreader.ingest.outlets import outlet_for_url


def _json(record: dict):
    return ingest_bytes(json.dumps(record, ensure_ascii=False).encode(), id="t.json", suffix=".json")


_CONTENT = (
    "安平區公所推廣長照2.0不遺餘力，今年聖誕節結合替代役團隊，推出系列活動，於107年12月21日由區長率領替代役男們"
    "走進幼兒園報佳音。活動讓長者戴上紅帽、手拿禮物，帶領小朋友一同共舞，現場氣氛溫馨歡樂。"
)


# --- a government site's record names the office that issued it in a "department" field


def test_a_records_department_field_names_its_source():
    # dev-retired9 s12_06 (臺南市政府's news records: published, title, department, url, content, tags)
    b = _json(
        {
            "published": "2018-12-27",
            "title": "聖誕老人報佳音活動",
            "department": "臺南市安平區公所",
            "url": "https://example.org/News_Content.aspx?n=13371&s=2489094",
            "content": _CONTENT,
        }
    )
    assert to_simplified(b.source) == "台南市安平区公所"


def test_a_records_own_source_field_comes_before_its_department():
    # guard: a news record's department is its desk; the source field names the outlet
    b = _json(
        {"date": "2018-12-27", "title": "報佳音", "source": "中央社", "department": "地方中心", "content": _CONTENT}
    )
    assert to_simplified(b.source) == "中央社"


# --- an office's address names it (Taiwan's government sites, as the mainland's ministries)


def test_taiwans_offices_are_known_by_their_addresses():
    # dev-retired9 s12_15 (金管會's penalty notice as a record whose only name of its issuer is its link)
    url = "http://www.fsc.gov.tw/ch/home.jsp?id=131&parentpath=0,2&dataserno=201506100001&dtable=Penalty"
    assert outlet_for_url(url) == "金融監督管理委員會"
    assert outlet_for_url("https://www.tainan.gov.tw/News_Content.aspx?n=13370&s=8545006") == "臺南市政府"
    b = _json({"title": "裁處德商銀行罰鍰", "link": url, "pubDate": "2015-06-10 08:00:00", "description": _CONTENT})
    assert to_simplified(b.source) == "金融监督管理委员会"


# --- a breadcrumb above the headline is the page's navigation

_REPORT = (
    "北京市妇女儿童工作委员会儿童心理调研课题组\n"
    "为了贯彻落实北京市“十五”时期儿童发展规划，进一步了解全市13—15岁儿童目前的心理发展现状，"
    "北京市妇女儿童工作委员会开展了本次儿童心理素质发展现状的调查和研究。\n"
    "本次研究对象为13—15岁的儿童，共收回1500名儿童的问卷。\n"
)
_HEADLINE = "北京市儿童(13-15岁)心理素质发展现状调查研究报告"


def test_a_breadcrumb_above_the_headline_is_no_part_of_the_text():
    # dev s13_13 (千龙网: "北京 >> 走近北京市妇女儿童工作委员会 >> 首页 >> 研究集萃" above the report's heading)
    body = f"北京 >> 走近北京市妇女儿童工作委员会 >> 首页 >> 研究集萃\n{_HEADLINE}\n{_REPORT}"
    meta = extract_metadata(body, {}, {}, f"千龙网--北京--{_HEADLINE}")
    assert meta.title == _HEADLINE
    assert "走近" not in meta.body and meta.body.startswith("北京市妇女儿童工作委员会儿童心理调研课题组")


def test_a_line_with_arrows_inside_the_text_stays():
    # guard: a line of arrows that is not right above the headline is the article's (a flow it describes)
    body = f"{_HEADLINE}\n{_REPORT}申报 > 初审 > 复审 > 公示\n"
    meta = extract_metadata(body, {}, {}, f"千龙网--北京--{_HEADLINE}")
    assert "申报 > 初审 > 复审 > 公示" in meta.body


def test_a_title_in_parts_gives_the_part_the_text_opens_with():
    # "千龙网--北京--<headline>": the site, its channel and the headline; the text opens with the headline
    meta = extract_metadata(f"{_HEADLINE}\n{_REPORT}", {}, {}, f"千龙网--北京--{_HEADLINE}")
    assert meta.title == _HEADLINE
