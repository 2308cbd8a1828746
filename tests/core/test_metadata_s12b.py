"""Guards session 12's bulletin-board reading (review s12 F3): a PTT post's header (作者/看板/標題/時間)
and footer (※ 發信站, ※ 文章網址) read as the structure they are. Fails on the code before (title
"標題 [問題] …", no date, no source)."""

from __future__ import annotations

import datetime as dt

from briefreader.hanzi import to_simplified
from briefreader.ingest import ingest_bytes

# A real post as PTT's own terminal shows it (the origin_post of
# https://www.ptt.cc/bbs/MobileComm/M.1594296389.A.535.html, quoted in a PyPtt client's fixture), cut after
# its first two pushes; the header's padding as the terminal gives it
_POST = (
    " 作者  Barefoot24 (アドル)                                   看板  MobileComm \n"
    " 標題  [問題] 現在買 Xperia 1 ii 很盤嗎?                                      \n"
    " 時間  Thu Jul  9 20:06:27 2020                                               \n"
    "───────────────────────────────────────\n\n\n"
    "目前XZ1拿兩年多\n\n因為裝 Netflix App 會當機 讓我有點想換\n\n之前有看上日亞X1 但因為台星好像不OK\n\n"
    "加上還是比較喜歡X1ii外型 所以最後在出貨前退了\n\n\n\n最近回頭找找X1ii的優惠\n\n"
    "記得之前有說搭振興券的方案(?) 但我一個也沒找到 (只找到電視有優惠)\n\n加上預購禮也都沒了\n\n"
    "現在這時點買是不是就單純的盤子而已...?\n\n--\n"
    "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 118.161.135.33 (臺灣)\n"
    "※ 文章網址: https://www.ptt.cc/bbs/MobileComm/M.1594296389.A.535.html\n"
    "推 marunaru    : 買28k的就還好 買電信的就盤                        07/09 20:06\n"
    "推 ayuhb       : 你覺得貴就盤，覺得不貴就賺                        07/09 20:08\n"
)


def _read(text: str):
    return ingest_bytes(text.encode(), id="t.txt", suffix=".txt")


def test_a_ptt_post_header_gives_title_date_and_source():
    b = _read(_POST)
    # the category tag [問題] is the board's label, not the headline (the figures6 gold's PTT titles omit it)
    assert to_simplified(b.title) == to_simplified("現在買 Xperia 1 ii 很盤嗎?")
    assert b.date == dt.date(2020, 7, 9)
    # the convention of the figures6 gold: "PTT 批踢踢實業坊 Stock 板"
    assert to_simplified(b.source) == to_simplified("PTT 批踢踢實業坊 MobileComm 板")
    text = to_simplified(b.text)
    assert to_simplified("目前XZ1拿兩年多") in text
    for gone in ("作者", "Thu Jul", "发信站", "文章网址"):
        assert gone not in text


def test_the_post_address_dates_a_post_whose_time_line_is_unreadable():
    # M.<epoch> in the address is the posting moment (1594296389 = 2020-07-09 20:06 in Taipei)
    b = _read(_POST.replace("Thu Jul  9 20:06:27 2020", "(不明)"))
    assert b.date == dt.date(2020, 7, 9)


def test_a_header_without_a_station_gives_no_source():
    # the same header on another BBS with no 發信站/文章網址: whose board it is is not said
    post = _POST.split("--\n")[0]
    b = _read(post)
    assert b.source in (None, "")
    assert b.date == dt.date(2020, 7, 9)


def test_one_labelled_line_alone_is_no_bulletin_board_header():
    b = _read(
        "標題  新一輪交通改善計劃公布\n\n市政府今日公布新一輪交通改善計劃，涵蓋三條地鐵線路的延伸工程，預計於兩年內完成施工。\n"
    )
    assert "PTT" not in (b.source or "")


# --- JSON-LD's WebSite item (a Yoast/SEO plugin's @graph) names the site (html passes it as jsonld:website)

_BODY = "<p>市政府今日公布新一轮交通改善计划，涵盖三条地铁线路的延伸工程，预计于两年内完成施工。</p>" * 3


def test_a_json_ld_graph_website_names_the_source():
    graph = (
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebPage", "name": "地铁延伸工程公布", "datePublished": "2024-05-20T08:00:00+08:00"},'
        '{"@type": "WebSite", "name": "城市交通观察网", "url": "https://example.org/"}]}'
    )
    page = (
        "<!doctype html><html><head><title>地铁延伸工程公布</title>"
        f'<script type="application/ld+json">{graph}</script></head>'
        f"<body><h1>地铁延伸工程公布</h1>{_BODY}</body></html>"
    )
    b = ingest_bytes(page.encode(), id="t.html", suffix=".html")
    assert b.source == "城市交通观察网"
