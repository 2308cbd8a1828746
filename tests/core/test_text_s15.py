"""Session 14's tester (F6) and session 15, article text (issue 12): decoding by line and by
word shape, and the text cleaner's cases, each written from general knowledge for a general
rule."""

from __future__ import annotations

import time

import pytest

from briefreader.ingest import ingest_bytes
from briefreader.ingest.decode import decode_bytes
from briefreader.model import FATAL

GBK_LINE = "上海市统计局今天发布了第三季度经济数据。\n"
UTF8_LINE = "国内生产总值同比增长百分之五点二。\n"
BIG5_LINE = "臺北市政府今天公布本年度預算。\n"
BODY = [
    "许多商户在刚过去的这个周末发起一连两天的感谢日活动，呼吁市民光顾本地小店。",
    "主办单位估计活动总营业额超过一亿元，近两千家店铺登记参与，比去年多出四成。",
    "活动发起人在社交媒体上表示，希望借这次活动提醒市民关注小店所面对的压力。",
]


# --- a file in two encodings: each line read in its own -----------------------------------


@pytest.mark.parametrize(
    "data",
    [
        GBK_LINE.encode("gbk") + UTF8_LINE.encode("utf-8"),
        UTF8_LINE.encode("utf-8") + GBK_LINE.encode("gbk"),
        b"\xef\xbb\xbf" + UTF8_LINE.encode("utf-8") + GBK_LINE.encode("gbk"),
    ],
)
def test_a_file_of_one_gbk_line_and_one_utf8_line_is_read_and_marked(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert decoded.text is not None
    assert GBK_LINE in decoded.text and UTF8_LINE in decoded.text
    assert [p.kind for p in decoded.problems] == ["mixed_encoding"]
    b = ingest_bytes(data, id="mixed", path="mixed.txt", suffix=".txt")
    assert not {p.kind for p in b.problems} & FATAL
    assert "第三季度" in b.text and "百分之五点二" in b.text


def test_big5_lines_among_utf8_lines_are_read_as_big5() -> None:
    data = UTF8_LINE.encode("utf-8") * 2 + BIG5_LINE.encode("big5")
    decoded = decode_bytes(data)
    assert decoded.text is not None and BIG5_LINE in decoded.text


def test_a_line_no_encoding_reads_is_kept_as_damage_and_counted() -> None:
    data = UTF8_LINE.encode("utf-8") + GBK_LINE.encode("gbk") + b"\xff\xff\xff\n"
    decoded = decode_bytes(data)
    assert decoded.text is not None and GBK_LINE in decoded.text and UTF8_LINE in decoded.text
    assert "\ufffd" in decoded.text
    assert "1 in neither" in decoded.problems[0].message


def test_a_utf8_file_with_a_damaged_byte_is_not_read_as_a_mix() -> None:
    line = UTF8_LINE.encode("utf-8")
    data = line * 30 + line[:9] + b"\xff" + line[9:]
    decoded = decode_bytes(data)
    assert decoded.text is not None and decoded.encoding == "utf-8"
    assert "mixed_encoding" not in {p.kind for p in decoded.problems}


def test_reading_by_lines_is_bounded() -> None:
    data = (UTF8_LINE.encode("utf-8") + b"\xff\n") * 100_000  # 200,000 lines of a hostile mix
    start = time.perf_counter()
    decode_bytes(data)
    assert time.perf_counter() - start < 10


# --- single-byte Western text ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Café crème brûlée costs 5 £ in München.\n", "latin-1"),  # tester s14 F6: "crčme brűlée … 5 Ł"
        ("Die Straße über Österreich, Größe 5 m². Ça coûte 5 £.\n", "cp1252"),
        ("Ølstykke og Århus, Þingvellir, Ísland, Færøerne.\n", "latin-1"),
        (
            "Rząd ogłosił nową reformę. Uczniowie uczą się w szkole, a nauczyciele są zadowoleni. "
            "Minister powiedział, że zmiany wejdą w życie w przyszłym roku.\n",
            "cp1250",
        ),
        ("Şişli’de güzel bir gün, öğrenciler çalışıyor.\n", "cp1254"),
        ("Привет, как дела? Сегодня хорошая погода в Москве.\n", "cp1251"),
    ],
)
def test_single_byte_text_is_read_in_the_page_whose_words_are_letters(text: str, codec: str) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text


def test_a_guess_between_latin_pages_is_reported() -> None:
    decoded = decode_bytes("Café crème brûlée costs 5 £ in München.\n".encode("latin-1"))
    kinds = [p.kind for p in decoded.problems]
    assert kinds == ["encoding_guess"]
    b = ingest_bytes("Café crème brûlée costs 5 £ in München.\n".encode("latin-1"), id="l1", suffix=".txt")
    assert "encoding_guess" in {p.kind for p in b.problems}
    assert "crème" in b.text


# --- a page's head keeps its blocks apart ---------------------------------------------------


def test_the_lines_above_a_pages_article_keep_their_blocks_apart() -> None:
    # 12-meta s14 (dev s14_29): the head's blocks, joined by the cleaner as one wrapped sentence
    # ("…家世显赫播报文章语音播报文章，释放双眼管不饿关注"), hid the account's name from metadata
    from briefreader.ingest.clean import clean_text
    from briefreader.ingest.html import html_to_doc

    body = "".join(f"<p>{line}</p>" for line in BODY * 3)
    page = (
        "<!doctype html><html><head><title>t</title></head><body><div class='top'><a href='/'>首页</a></div>"
        "<div class='head'><h1>37岁丁俊晖身价过亿，住英国富人区，43岁妻子身材傲人，家世显赫</h1>"
        "<div>播报文章</div><div>语音播报文章，释放双眼</div>"
        "<div><a class='name' href='/u/1'>管不饿</a><div>关注</div><span>2024-05-08 23:23</span></div></div>"
        f"<div class='article'>{body}</div></body></html>"
    )
    doc = html_to_doc(page)
    assert BODY[0] in doc.text
    head = [line for line in clean_text(doc.head).split("\n") if line]
    assert "管不饿" in head and "关注" in head


# --- UI widgets inside the article's container ----------------------------------------------


def _page(inside: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY * 2)
    return (
        "<!doctype html><html><head><title>t</title></head><body><div class='main'>"
        f"<p>{BODY[0]}</p>{inside}{paragraphs}</div></body></html>"
    )


def test_a_video_players_controls_and_error_message_leave_the_article() -> None:
    # dev-retired10 s13_18: "倍速 / 2.0X / … / 很抱歉，当前视频播放失败 / 错误代码：QVS.4100"
    from briefreader.ingest.html import html_to_doc

    player = (
        "<div class='player'><div class='bar'><span>倍速</span><div>2.0X</div><div>1.0X</div></div>"
        "<div class='time'>00:00</div><div class='err'><div>很抱歉，当前视频播放失败</div>"
        "<div>错误代码：<span>QVS.4100</span></div><span><button>立即刷新</button></span>"
        "<span><button>帮助反馈</button></span></div></div>"
    )
    text = html_to_doc(_page(player)).text
    assert "QVS.4100" not in text and "倍速" not in text and "播放失败" not in text
    assert all(line in text for line in BODY)


def test_an_embeds_consent_banner_leaves_the_article() -> None:
    # dev s15_13 (BBC): "允许Instagram内容 / 此文包含Instagram提供的内容。…请点击“接受并继续”。"
    from briefreader.ingest.html import html_to_doc

    banner = (
        "<div><div class='embed'><a href='#end'><span>跳过 Instagram 帖子</span></a><div>"
        "<div class='consent'><strong>允许Instagram内容</strong><p>此文包含Instagram提供的内容。"
        "我们在加载任何内容前会寻求您的认可。希望阅读上述内容，请点击“接受并继续”。</p>"
        "<button type='button'>Accept and continue</button></div></div>"
        "<p id='end'>结尾 Instagram 帖子</p></div></div>"
    )
    text = html_to_doc(_page(banner)).text
    assert "允许Instagram内容" not in text and "接受并继续" not in text
    assert all(line in text for line in BODY)


def test_a_control_inside_a_heading_or_a_contents_box_keeps_the_articles_headings() -> None:
    from briefreader.ingest.html import html_to_doc

    contents = "<div class='toc'><button>目录</button><div>一、背景</div><div>二、做法</div></div>"
    headed = f"<h2>一、背景<button>复制链接</button></h2><p>{BODY[1]}</p><h2>二、做法</h2>"
    text = html_to_doc(_page(contents + headed)).text
    assert "一、背景" in text and "二、做法" in text


# --- a label over a run of links heads a list --------------------------------------------------


def test_a_label_over_several_link_lines_goes_with_them_and_a_fields_one_link_stays() -> None:
    # dev s15_08 (中央社): "※你可能還想看：" over four linked headlines, at the end of the last <p>
    from briefreader.ingest.html import html_to_doc

    reading = (
        f"<p>{BODY[2]}<br><br>※你可能還想看：<br><br><a href='/a/1'>亞室運星海爭霸 楊家正晉4強</a><br><br>"
        "<a href='/a/2'>電競不是夢 聽聽台北狙擊者隊長的追夢之旅</a></p>"
    )
    text = html_to_doc(_page(reading)).text
    assert "你可能還想看" not in text and "追夢之旅" not in text
    assert BODY[2] in text
    field = f"<p>{BODY[2]}</p><p>来源：</p><p><a href='https://www.news.cn/'>新华网</a></p>"
    assert "新华网" in html_to_doc(_page(field)).text


# --- one <article> of a page that loads the next story under its own ----------------------------


def test_text_found_over_two_articles_keeps_the_pages_own() -> None:
    # dev s15_37 (香港01): the next story (another concert) loaded under the page's own <article>
    from selectolax.lexbor import LexborHTMLParser

    from briefreader.ingest.html import _one_article, _paragraphs

    own = BODY
    nxt = [
        "另一场演唱会将于明年六月在体育场举行，门票详情有待公布。",
        "主办单位表示，演出共有两场，座位表稍后在官方网站发布。",
        "前往场馆的交通安排与上一场相同，建议观众提早出发。",
    ]
    shared = "巴士：1号线 - 码头"
    page = (
        "<html><body><div>"
        # each story under its own headline, as 香港01 loads them (review s15 R21: without, a digest)
        + "".join(
            f"<h1>{p[0][:8]}</h1><article><p>{p[0]}</p><p>{p[1]}</p><p>{shared}</p><p>{p[2]}</p></article>"
            for p in (own, nxt)
        )
        + "</div></body></html>"
    )
    root = LexborHTMLParser(page).body
    text = _one_article(root, _paragraphs(root))
    assert all(line in text for line in own)
    assert not any(line in text for line in nxt)
    assert text.count(shared) == 1


@pytest.mark.parametrize(
    "block",
    [
        # review s15 R14: one control beside prose is a share or zoom button, not a widget
        "<div><div>一季度全市地区生产总值同比增长5.2%，增速比上年同期加快0.8个百分点。</div><button>放大</button></div>",
        "<div><span>市长表示：“全市经济增长5.2%。”</span><input type=button value=复制></div>",
        "<div><p>下一步，市政府将继续加大政策支持力度。</p><p>确保全年目标任务顺利完成。</p><button>点赞</button></div>",
    ],
)
def test_prose_beside_one_control_stays(block: str) -> None:
    from briefreader.ingest.html import html_to_doc

    text = html_to_doc(_page(block)).text
    assert ("5.2%" in text) or ("下一步" in text and "确保全年" in text)


def test_a_fragments_closing_label_goes_only_when_it_is_a_pointer() -> None:
    # review s13 T1: a line with 相关/阅读 anywhere in it is no pointer label
    from briefreader.ingest.html import html_to_doc

    prose = "".join(f"<p>{line}</p>" for line in BODY)
    links = "<p><a href='/a/1'>另一篇文章的标题</a></p><p><a href='/a/2'>第二篇文章的标题</a></p>"
    assert "相关阅读" not in html_to_doc(f"{prose}<p>相关阅读：</p>{links}").text
    assert "延伸閱讀" not in html_to_doc(f"{prose}<p>延伸閱讀：</p>{links}").text
    assert "记者从相关部门获悉：" in html_to_doc(f"{prose}<p>记者从相关部门获悉：</p>{links}").text
