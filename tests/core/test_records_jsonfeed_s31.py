"""A JSON Feed's title is its items' carrier, as an RSS channel's is: an item's own closing credit names its outlet
over it, and an item with none falls back to it (dev s31_10: the flashes' "（央视新闻）" lost to "新浪财经新闻")."""

from __future__ import annotations

import json

from briefreader.ingest import ingest_entries


def _feed(*titles: str) -> bytes:
    items = [
        {
            "id": n,
            "content_html": "",
            "url": f"https://example.com/7x24/{n}.html",
            "title": t,
            "date_modified": "2021-05-20T11:01:05.000Z",
        }
        for n, t in enumerate(titles, 1)
    ]
    feed = {"version": "https://jsonfeed.org/version/1", "title": "新浪财经新闻", "items": items}
    return json.dumps(feed, ensure_ascii=False).encode()


def test_an_items_closing_credit_names_its_outlet_over_the_feeds_title() -> None:
    data = _feed(
        "【加沙卫生部：冲突已造成230人丧生】当地时间5月20日中午，加沙地带卫生部表示，至少有230名巴勒斯坦人在过去11天"
        "的交战中丧生，另有1710人受伤。（央视新闻）",
        "【央行：5月LPR维持不变】中国人民银行授权全国银行间同业拆借中心公布，5月贷款市场报价利率维持不变，"
        "1年期LPR为3.85%。",
    )
    entries = ingest_entries(data, id="f", path="rss.json", suffix=".json")
    assert len(entries) == 2, entries
    credited, plain = entries
    assert credited.source == "央视新闻", credited.source
    assert plain.source == "新浪财经新闻", plain.source  # the carrier, where the item names no one
