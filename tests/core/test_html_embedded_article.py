"""Articles a script renders, media fallback text, and a plug under a separator (issue 12,
session 8, dev s8_05 TVB: the body only in __NEXT_DATA__; s8_07 Sing Tao: "Your browser
does not support the video tag" and a "---" block of calls to send tips and update the app)."""

from __future__ import annotations

import json

from briefreader.ingest import ingest_bytes
from briefreader.ingest.html import html_to_doc

TITLE = "旅業界冀當局爭取郵輪落戶香港"
BODY = [
    "有國際郵輪品牌選擇新加坡為母港，有本地旅遊業界希望當局推出更多具體政策，積極爭取郵輪落戶香港。",
    "環球郵輪業疫後逐步復常，至少16間郵輪公司確定今年內重返本港市場，提供逾150個航次。",
    "有學者認為，本港復常較其他地區慢，國際郵輪品牌重臨香江需時。",
    "旅發局回應表示，會向郵輪公司提供各項支援及優惠，並繼續與不同公司洽談。",
]
FOOTER = "<footer-ish><div>條款及細則</div><div>個人資料收集聲明</div><div>Cookies 政策</div></footer-ish>"


def next_page(data: dict, markup_body: str = "") -> str:
    return (
        f"<!doctype html><html><head><title>{TITLE} - 無綫新聞</title></head><body>"
        f"<div id=__next><nav><a href=/>首頁</a></nav><h1>{TITLE}</h1>{markup_body}"
        f"<div>隨時隨地觀看新聞，立即下載</div>{FOOTER}</div>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
        "</body></html>"
    )


def test_the_article_only_in_the_page_s_data_is_read() -> None:
    data = {"props": {"pageProps": {"newsItems": {"title": TITLE, "desc": "\n\n".join(BODY)}}}}
    text = html_to_doc(next_page(data)).text
    assert all(p in text for p in BODY)
    assert "個人資料收集聲明" not in text and "Cookies" not in text


def test_a_body_in_markup_is_read_from_markup() -> None:
    """The data duplicates what the markup shows: the markup's article stays (a page's own paragraphs)."""
    data = {"props": {"pageProps": {"newsItems": {"title": TITLE, "desc": "\n\n".join(BODY) + "只在数据里的一句。"}}}}
    markup = "<article>" + "".join(f"<p>{p}</p>" for p in BODY) + "</article>"
    text = html_to_doc(next_page(data, markup)).text
    assert all(p in text for p in BODY) and "只在数据里的一句" not in text


def test_a_related_story_s_body_in_the_data_is_not_taken() -> None:
    other = {"title": "另一宗新聞的標題完全不同", "desc": "".join(BODY)}
    data = {"props": {"pageProps": {"newsItems": {"title": TITLE, "desc": "短。"}, "related": [other]}}}
    assert BODY[0] not in html_to_doc(next_page(data)).text


def test_a_body_given_as_markup_in_the_data_loses_its_tags() -> None:
    data = {"@type": "NewsArticle", "headline": TITLE, "articleBody": "".join(f"<p>{p}</p>" for p in BODY)}
    page = next_page({}).replace(
        '<script id="__NEXT_DATA__"',
        f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script><script id="__NEXT_DATA__"',
    )
    text = html_to_doc(page).text
    assert BODY[0] in text and "<p>" not in text


def test_media_fallback_text_is_not_text() -> None:
    page = next_page(
        {},
        "<video><source src=a.mp4>Your browser does not support the video tag.</video>"
        "<audio>Your browser does not support HTML5 Audio!</audio>" + "".join(f"<p>{p}</p>" for p in BODY),
    )
    text = html_to_doc(page).text
    assert BODY[0] in text and "does not support" not in text


def _ingest(paragraphs: list[str]) -> str:
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    return ingest_bytes(html.encode(), id="s", suffix=".html").text


def test_a_plug_under_a_separator_at_the_end_is_dropped() -> None:
    plug = [
        "---",
        "《星島申訴王》於3月1日隆重登場，節目為民請命抱不平。你申訴，我跟進，搵91999933，《星島申訴王》隨時候命！",
        "立即報料: https://bit.ly/3IMunqd",
        "你的獨家報料一旦被採用及報導，將獲得乙份獎品。",
        "《星島頭條》APP經已推出最新版本，請立即更新，瀏覽更精彩內容：https://bit.ly/3yLrgYZ",
    ]
    text = _ingest(BODY + plug)
    assert "旅发局回应表示" in text and "申诉王" not in text and "bit.ly" not in text


def test_more_article_under_a_separator_stays() -> None:
    more = [
        "---",
        "註：本文數據來自旅遊發展局二〇二三年四月的統計，郵輪航次包括過夜停泊的航次。",
        "記者翌日再向運輸及物流局查詢，當局表示會研究業界建議，並適時公布。",
    ]
    text = _ingest(BODY + more)
    assert "注：本文数据来自旅游发展局" in text and "当局表示会研究业界建议" in text
