"""Session 19 (12-text): article text lost or chrome kept, found by the tester and the reviewer in session 18,
each fixed by its general cause.

Every page here is written from the structure of real pages (not from the corpus gold)."""

from __future__ import annotations

from briefreader.ingest import ingest_entries

SHORT = [
    "第一财经记者从保监会相关人士处确认，今天下午保监会也就股市相关问题召开会议，具体内容尚未透露。",
    "不过，近日关于险资护盘传言不断，会议或与险资权益类配置有关。",
]


def _briefing(data: str, suffix: str):
    return ingest_entries(data.encode("utf-8"), id="t", suffix=suffix)[0]


def _heads(n: int, key: str) -> str:
    return "".join(
        f"<li><a href='/n/{key}{i}.html'>相关新闻标题第{i}条 市场关注后续走势{key}</a></li>" for i in range(n)
    )


def _linked_rows(n: int, key: str) -> str:
    return "".join(
        f"<p><a href='/n/{key}{i}.html'>要闻标题第{i}条 市场{key}</a> <a href='/m/{key}{i}.html'>另一条标题{i}</a></p>"
        for i in range(n)
    )


# --- tester s18 T5: a short article on a long portal page -------------------------------------------------------
def _portal_page() -> str:
    """A NetEase-shaped page: the article's two paragraphs in a container that also holds a promotion table
    (links whose text wraps at a <br>) and lists of headlines; far below, the comment box, which readability's
    class-name weights favour ("post")."""
    return (
        "<html><head><title>保监会也就股市开会了_某某财经</title></head><body>"
        f"<div class='nav'><ul>{_heads(20, 'nav')}</ul></div>"
        "<div class='main'><div class='left'>"
        "<h1 id='h1title'>保监会也就股市开会了</h1>"
        "<div class='time-source'>2015-07-04 15:31:53 来源: 第一财经日报</div>"
        "<div class='share'>分享到：</div>"
        "<div id='endText'>" + "".join(f"<p>{p}</p>" for p in SHORT) + "<table><tr>"
        "<td><p><a href='/app'><b>某某财经<br>会赚钱的客户端：</b></a></p></td>"
        "<td><p><a href='/tool'><b>携手券商<br>推出“打新神器”：</b></a></p></td></tr></table>"
        f"<div><p><b>证券要闻</b></p>{_linked_rows(4, 'a')}<p><b>行业动态</b></p>{_linked_rows(4, 'b')}</div>"
        "<p>本文来源：第一财经日报</p></div>"
        f"<div class='related'><h3>延伸阅读</h3><ul>{_heads(10, 'c')}</ul></div>"
        "<div id='tieArea' class='tie-area'><div id='tiePostBox' class='tie-post js-post-area'>"
        "<div class='tie-titlebar'><strong>网友跟贴</strong><span>0人跟贴 | 0人参与 | 手机发跟贴 | 注册</span></div>"
        "<div class='tie-hotword'><p>跟贴热词：</p></div><div class='tips'>文明上网，登录发贴</div>"
        "<p>网友评论仅供其表达个人看法，并不表明本站立场。</p></div></div>"
        f"</div><div class='side'><ul>{_heads(30, 'side')}</ul></div></div></body></html>"
    )


def test_a_short_article_under_its_headline_beats_a_comment_box_readability_chose():
    b = _briefing(_portal_page(), ".html")
    assert SHORT[0] in b.text and SHORT[1] in b.text
    assert "跟贴" not in b.text and "文明上网" not in b.text
    assert b.date_iso == "2015-07-04"  # the date line above the article is its head again


def test_a_promotions_link_that_wraps_at_a_line_break_goes_whole():
    page = (
        "<html><head><title>保监会也就股市开会了</title></head><body><h1>保监会也就股市开会了</h1><div id='text'>"
        + "".join(f"<p>{p}</p>" for p in SHORT * 3)
        + "<p><a href='/app'><b>某某财经<br>会赚钱的客户端：</b></a></p>"
        "<p><a href='/app'>手机玩微博<br>戳这里</a></p></div></body></html>"
    )
    text = _briefing(page, ".html").text
    assert SHORT[1] in text
    assert "客户端" not in text and "戳这里" not in text


# --- tester s18 T3: an editor's credit with a space for its colon -------------------------------------------------
BODY = [
    "国家统计局今天发布数据显示，前三季度全国规模以上工业增加值同比增长百分之五点二，比上半年加快零点三个百分点。",
    "分行业看，制造业增加值增长百分之五点八，电力、热力、燃气及水生产和供应业增长百分之四点一，采矿业有所回落。",
    "国家统计局新闻发言人表示，下阶段要加大宏观政策调节力度，着力扩大国内需求，推动经济持续回升向好。",
]


def test_an_outlets_editor_credit_without_a_colon_goes():
    for credit in ("每经编辑 黄胜", "本期编辑 邢潭", "责任编辑 赵思远"):
        text = _briefing("工业增加值增长\n\n" + credit + "\n\n" + "\n\n".join(BODY) + "\n", ".txt").text
        assert text.startswith(BODY[0][:10]) and credit not in text


def test_a_line_of_words_and_names_with_spaces_stays():
    line = "编辑部 声明 王明 李华"
    text = _briefing("工业增加值增长\n\n" + "\n\n".join(BODY) + "\n\n" + line + "\n", ".txt").text
    assert line in text


# --- tester s18 T8: a Word table's cells --------------------------------------------------------------------------
def test_a_word_tables_cells_stay_apart(tmp_path):
    import docx

    doc = docx.Document()
    doc.add_paragraph("1-11月全国规模以上工业企业利润")
    for para in BODY:
        doc.add_paragraph(para)
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [("分组", "利润总额（亿元）", "同比增长（%）"), ("总计", "79750.1", "38"), ("采矿业", "9920.7", "185.7")]
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "stats.docx"
    doc.save(path)
    text = ingest_entries(path.read_bytes(), id="t", suffix=".docx")[0].text
    assert "总计 | 79750.1 | 38" in text and "采矿业 | 9920.7 | 185.7" in text


# --- review s18 R7: a licence reported in the article ------------------------------------------------------------
PROSE = "".join(
    f"某市昨日发生第{i}起交通事故，造成两人受伤，警方正在调查事故原因，目前伤者已被送往医院救治。\n\n" for i in range(3)
)


def test_a_licence_the_article_reports_stays_and_a_reprint_notice_goes():
    for sentence in ("记者获授权发布此消息。", "该药已获美国授权发布。"):
        assert sentence in _briefing(PROSE + sentence + "\n\n" + PROSE, ".txt").text
        assert sentence in _briefing(sentence + "\n\n" + PROSE, ".txt").text
    for notice in ("虎嗅网获授权转载。", "本文经作者授权发布"):
        assert notice not in _briefing(notice + "\n\n" + PROSE, ".txt").text


# --- review s18 R25: a text that is an address, a note that points to one ---------------------------------------
def test_an_address_alone_or_under_a_short_note_stays():
    assert _briefing("https://example.com/a/b/c.html\n", ".txt").text == "https://example.com/a/b/c.html"
    text = _briefing("会议资料已上传。\n\nhttps://example.com/a\n", ".txt").text
    assert "https://example.com/a" in text


# --- review s18 R14, R1: a style sheet's @media rules and its size ------------------------------------------------
def test_an_element_a_media_rule_shows_is_not_hidden():
    art = "".join(f"<p>{line}</p>" for line in PROSE.split("\n\n") if line)
    page = (
        "<html><head><title>t</title><style>.pc{display:none}@media (min-width:768px){.pc{display:block}}</style>"
        "</head><body><article><h1>某市发生交通事故</h1><div class='pc'>图为事故现场，记者张三摄</div>"
        + art
        + "<div class='pc'>延伸：全市今年已发生交通事故120起</div></article></body></html>"
    )
    text = _briefing(page, ".html").text
    assert "120起" in text


def test_a_sheet_of_many_selectors_is_read_in_bounded_time():
    import time

    from briefreader.ingest.html import html_to_doc

    names = ",".join(f".c{i}" for i in range(20_000))
    divs = "".join(f"<div class='d{i}'><span>x</span></div>" for i in range(5_000))
    paras = "<p>" + "这是一个句子。" * 10 + "</p>"
    page = f"<html><head><style>{names}{{display:none}}</style></head><body>{divs}{paras * 20}</body></html>"
    plain = page.replace(names, ".zz")
    start = time.perf_counter()
    html_to_doc(plain)
    base = time.perf_counter() - start
    start = time.perf_counter()
    html_to_doc(page)
    assert time.perf_counter() - start < 3 * base + 1


# --- RTHK's 2014 pages: a space after every character ------------------------------------------------------------
def test_hanzi_set_a_space_apart_read_as_words_and_latin_and_numbers_keep_theirs():
    spaced = "旺 角 发 生 一 宗 企 图 车 内 盗 窃 案，一 名 休 班 警 员 被 捕。凌 晨 约 3 时，有 途 人 报 案。"
    text = _briefing(f"<html><body><p>{spaced}</p><p>{BODY[0]}</p></body></html>", ".html").text
    assert "旺角发生一宗企图车内盗窃案，一名休班警员被捕。凌晨约3时，有途人报案。" in text
    text = _briefing(f"<p>PM 2.5 指 数 上 升 了 两 成，New York 市 民 关 注。</p><p>{BODY[0]}</p>", ".html").text
    assert "PM 2.5指数上升了两成，New York 市民关注。" in text  # a space beside a Latin word is kept


def test_the_dev_corpus_rthk_page_reads_without_its_spaces():
    from pathlib import Path

    from briefreader.ingest import ingest_path

    data = Path(__file__).resolve().parents[1] / "data" / "realworld"
    b = ingest_path(data / "dev" / "s18_30_rthk_off_duty_officer_theft_big5.html", data)[0]
    assert "旺角发生一宗企图车内盗窃案，一名休班警员被捕。" in b.text
    assert b.title == "一名休班警涉嫌企图车内盗窃被捕"


# --- 12-corpus s19 (dev s19_09, s19_10): a list page made a feed ------------------------------------------------
def test_a_feed_entry_that_is_a_list_item_reads_its_headline():
    item = (
        "<a href='/n/{k}'><img src='/i/{k}.png' alt='{t}'></a><div class='contentBox'><a href='/n/{k}'><h3>{t}</h3></a>"
        "<div><a href='/list'>私家历史</a><span>{k}天前</span></div><span>21评</span></div>"
    )
    titles = ["“权力的游戏”：盐商与明清官场的博弈", "稽古录｜先秦时期有巨人族么？"]
    entries = "".join(
        f"<entry><title>{t}</title><id>https://example.com/n/{k}</id><link href='https://example.com/n/{k}'/>"
        f"<updated>2026-01-2{k}T05:48:32Z</updated><content type='html'><![CDATA[{item.format(k=k, t=t)}]]></content>"
        "</entry>"
        for k, t in enumerate(titles, start=1)
    )
    feed = f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>私家历史</title>{entries}</feed>"
    out = ingest_entries(feed.encode(), id="t", suffix=".xml")
    assert [b.text for b in out] == titles
    assert [b.date_iso for b in out] == ["2026-01-21", "2026-01-22"]


# --- 12-corpus s19 (dev s19_05): a saved page that is a frame around the page ---------------------------------
def test_a_page_inside_an_iframe_srcdoc_is_read_when_the_outer_page_has_no_text():
    import html

    inner = (
        "<html><head><title>某市发生交通事故 - 某某网</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        "<h1>某市发生交通事故</h1><div class='content'>"
        + "".join(f"<p>{line}</p>" for line in PROSE.split("\n\n") if line)
        + "</div></body></html>"
    )
    outer = (
        "<!DOCTYPE html><html><head><title>wrapper</title><script>var ads = 1;</script></head><body>"
        f"<div id='wrap'><iframe id='frame' srcdoc=\"{html.escape(inner)}\"></iframe></div></body></html>"
    )
    b = _briefing(outer, ".html")
    assert "警方正在调查事故原因" in b.text and b.title == "某市发生交通事故"
    # a page with its own text keeps it: a widget's frame beside an article is no page to read
    page = outer.replace("<div id='wrap'>", "<div id='wrap'>" + "".join(f"<p>{p}</p>" for p in BODY))
    assert BODY[0] in _briefing(page, ".html").text


# --- 12-corpus s19 (dev s19_03, s19_12, s19_13): a mobile page's app prompts, a repost's takedown note, [全文] ------
def test_a_mobile_pages_prompts_to_open_the_app_go():
    paras = [BODY[0], "打开网易新闻 查看精彩图片", BODY[1], "打开网易新闻 查看更多视频", BODY[2]]
    text = _briefing("<html><body>" + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>", ".html").text
    assert BODY[2] in text and "打开" not in text


def test_a_reposts_takedown_note_goes_and_a_report_of_one_stays():
    note = "本文创作初衷在于传播正能量，无任何侵犯他人权益的意图。如有侵权，请联系我们，我们将积极配合处理。"
    assert "如有侵权" not in _briefing(PROSE + note + "\n", ".txt").text
    said = "平台表示，如有侵权请联系删除。"
    assert said in _briefing(PROSE + said + "\n", ".txt").text


def test_a_teasers_link_to_the_whole_article_goes():
    text = _briefing(PROSE + "本文对《牛马游戏》展开批判性分析。 [全文]\n", ".txt").text
    assert text.endswith("本文对《牛马游戏》展开批判性分析。")


# --- 12-corpus s19 (dev s19_06, s19_14, s19_18): a feed filter's verdict; a site's click-for-offer at the edges ----
def test_a_filters_verdict_above_the_text_goes_and_a_bracket_in_the_text_stays():
    verdict = "[recommended] 哈啰被315点名，涉及消费者权益，故为recommended"
    paras = "".join(f"<p>{line}</p>" for line in PROSE.split("\n\n") if line)
    item = f"<p><small style='opacity: 0.7;'>{verdict}</small></p>{paras}"
    feed = (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>filtered</title><item>"
        f"<title>某市发生交通事故</title><link>https://example.com/1</link><description><![CDATA[{item}]]>"
        "</description></item></channel></rss>"
    )
    text = ingest_entries(feed.encode(), id="t", suffix=".xml")[0].text
    assert "recommended" not in text and text.startswith("某市昨日发生第0起")
    inner = "[updated] 警方已公布事故原因。"
    assert inner in _briefing(PROSE + inner + "\n", ".txt").text


def test_a_click_to_download_or_register_call_at_either_edge_goes_and_a_notices_own_stays():
    first = "2026年，智能体将取得哪些突破？点击下载《2026年AI预测》白皮书，获悉专家一手前瞻！"
    last = "点击链接立即报名注册：Platform Training，更多精彩活动请关注专区。"
    text = _briefing(first + "\n\n" + PROSE + last + "\n", ".txt").text
    assert "点击" not in text and "第2起交通事故" in text
    notice = "市民可点击链接报名参加，名额有限。"
    assert notice in _briefing(PROSE + notice + "\n", ".txt").text


# --- review s19 R1, R11, R12 ----------------------------------------------------------------------------------------
def test_paired_headings_that_end_in_a_role_word_stay():
    for heading in ("加强审核 严格监管", "图书编辑 出版发行", "强化监制 落实责任"):
        text = _briefing("工业增加值增长\n\n" + BODY[0] + "\n\n" + heading + "\n\n" + BODY[1] + "\n", ".txt").text
        assert heading in text


def test_a_feed_entrys_datum_under_its_repeated_headline_stays():
    feed = (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>x</title><item><title>今日油价</title>"
        "<link>https://e.com/1</link><description><![CDATA[<p>今日油价</p><p>92号汽油 7.52元/升</p>]]></description>"
        "</item></channel></rss>"
    )
    assert ingest_entries(feed.encode(), id="t", suffix=".xml")[0].text == "92号汽油7.52元/升"


def test_a_takedown_note_glued_to_the_last_paragraph_leaves_the_paragraph():
    last = "全年共实现营收120亿元，同比增长15%，净利润达到8亿元。"
    for note in ("如有侵权请联系删除。", "本文转自网络，如有侵权请联系删除。"):
        text = _briefing(PROSE + last + note + "\n", ".txt").text
        assert text.endswith(last)


def test_an_ad_frames_srcdoc_on_a_script_rendered_page_is_no_article():
    import html

    from briefreader.ingest.html import html_to_doc

    sale = "限时优惠，全场五折，点击立即购买，名额有限先到先得。" * 6
    ad = f"<html><head><title>广告</title></head><body><div class='ad'>{sale}</div></body></html>"
    outer = (
        "<!DOCTYPE html><html><head><title>国务院印发关于加强审核工作的通知</title>"
        "<meta name='source' content='新华社'></head><body><div id='app'></div><script>render()</script>"
        f'<iframe srcdoc="{html.escape(ad)}" width=300 height=250></iframe></body></html>'
    )
    doc = html_to_doc(outer)
    assert "限时优惠" not in doc.text and doc.title != "广告" and doc.meta.get("source") == "新华社"
