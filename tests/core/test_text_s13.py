"""Session 13, article text (issue 12): unit cases written from general knowledge of how
pages are set, each for a general rule found on real pages (named in the commit that
made it)."""

from __future__ import annotations

from briefreader.ingest.html import html_to_doc

BODY = [
    "许多商户在刚过去的这个周末发起一连两天的感谢日活动，呼吁市民光顾本地小店。",
    "主办单位估计活动总营业额超过一亿元，近两千家店铺登记参与。",
    "活动发起人在社交媒体上表示，希望借这次活动提醒市民关注小店所面对的压力。",
]


# --- a fragment's closing links and the label that points to them ----------------------


def test_a_label_pointing_to_closing_links_goes_with_them() -> None:
    """An archived feed entry ends in its aggregator's footer: a label pointing elsewhere
    ("获取更多RSS：") over bare links. The links go as closing pointers; so does their label."""
    html = (
        "".join(f"<p>{p}</p>" for p in BODY)
        + '<br><hr><div>获取更多RSS：<br><a href="https://a.example">https://a.example</a> <br>'
        '<a href="https://b.example">https://b.example</a><br></div>'
    )
    text = html_to_doc(html).text
    assert "活动发起人在社交媒体上表示" in text
    assert "获取更多RSS" not in text
    assert "a.example" not in text


def test_a_field_label_over_a_closing_link_stays() -> None:
    """A label naming a field of the article ("来源：") is the article's, not a pointer."""
    html = "".join(f"<p>{p}</p>" for p in BODY) + '<p>来源：<br><a href="https://x.example/">某某日报</a></p>'
    text = html_to_doc(html).text
    assert "来源：" in text
