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


# --- session 14's dev batch (s14_*)


def _md(text: str):
    return ingest_bytes(text.encode(), id="t.md", suffix=".md")


_ARCHIVE = (
    "---\nlayout: post\ntitle: {title}\ncategories: Archive\ndate: 2020-02-09\n---\n\n"
    "原文来自{note}：~~[{title}](http://example.org/a/8234.html)~~\n\n"
    "“分析发现，新型冠状病毒属于SARS冠状病毒。”2月9日晚，一位教授在新闻发布会上的这一介绍令人吃惊。\n\n"
    "多位研究病毒的学者表示不太相信，是不是口误？当晚记者拨通了这位教授的电话，他表示可能是口误。\n"
)


def test_a_copys_note_names_the_account_in_marks_before_the_copys_title():
    # dev s14_26 (原文来自「知识分子」：~~[title](…)~~) and s14_14 (原文来自订阅号「经济观察报书评」：…)
    title = "华中农大教授：新型冠状病毒属于SARS冠状病毒是口误"
    assert _md(_ARCHIVE.format(title=title, note="「知识分子」")).source == "知识分子"
    assert _md(_ARCHIVE.format(title=title, note="订阅号「经济观察报书评」")).source == "经济观察报书评"


def test_a_person_in_a_copys_note_is_no_source():
    # guard: a person's name in the marks names no publisher
    title = "华中农大教授：新型冠状病毒属于SARS冠状病毒是口误"
    assert _md(_ARCHIVE.format(title=title, note="「王小明」")).source == ""


_WORDPRESS = """<html><head><meta charset="utf-8"><title>{site}  &raquo; 播客热潮迅速蔓延 挑逗传统传媒业</title></head><body>
<div id="header"><a href="/">{site}</a></div>
<h2>播客热潮迅速蔓延 挑逗传统传媒业</h2>
<div class="meta">Saturday, September 10th, 2005 10:56 am</div>
<div class="entry"><p>每个人都可以当主持人，任何人都可以通过软件免费下载播客提供的节目，订阅自己喜欢的内容，这股热潮正在迅速蔓延。</p>
<p>业内人士认为，播客的兴起正在挑逗传统传媒业的神经，广播电台和报纸都开始尝试推出自己的播客节目。</p>
<p>有分析指出，播客的低门槛让个人也能与大机构竞争听众，这将改变传媒业的格局。</p></div></body></html>"""


def test_a_known_outlets_blog_site_in_the_title_names_the_source():
    # dev s14_13 (<title>多维博客 » …</title>: 多维 is the name source lines give 多維新聞)
    b = ingest_bytes(_WORDPRESS.format(site="多维博客").encode(), id="t.html", suffix=".html")
    assert b.source == "多维博客"


def test_a_bloggers_own_blog_in_the_title_is_no_source():
    # guard: a name the tables do not know with 博客 after it is a blogger's (a person's handle)
    b = ingest_bytes(_WORDPRESS.format(site="阿明博客").encode(), id="t.html", suffix=".html")
    assert b.source == ""


_SELF_MEDIA = """<html><head><meta charset="utf-8"><title>丁俊晖世锦赛首轮出局 仍怀冠军梦想_【快资讯】</title>
<meta property="og:release_date" content="2024-05-08 23:23:53"></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">科技</a> <a href="/b">体育</a></div>
<div class="article"><h1>丁俊晖世锦赛首轮出局 仍怀冠军梦想</h1>
<div class="author-info"><div class="top"><a class="author-info__name" href="/zmt?id=1">{account}</a>
<div class="author-info__attention">关注</div></div>
<div class="time">2024-05-08 23:23</div><div>来自甘肃</div></div>
<div class="content"><p>斯诺克球员丁俊晖在刚刚结束的世锦赛首轮遭到淘汰，未能突破重围，这对仍怀抱世界冠军梦想的他而言无疑是沉重的打击。</p>
<p>即便屡屡吞下苦果，丁俊晖依旧咬牙坚持，每天训练超过八个小时，希望在下个赛季重新找回状态。</p>
<p>业内人士认为，只要坚持不放弃，他仍有机会在职业生涯后期斩获更多大赛冠军。</p></div></div></body></html>"""


def test_a_self_media_account_above_its_follow_button_and_time_is_the_source():
    # dev s14_29's layout (快传号 "管不饿 / 关注 / 2024-05-08 23:23 / 来自甘肃"; in s14_29 itself the text cleaner
    # joins the account's line to the lines above it, so the page still has no source: 12-text's)
    b = ingest_bytes(_SELF_MEDIA.format(account="管不饿").encode(), id="t.html", suffix=".html")
    assert b.source == "管不饿"


_SUBMISSION = (
    "{who}就與規管網約車服務有關的四項附屬法例提交之意見書\n"
    "提交予：立法會與規管網約車服務有關的4項附屬法例小組委員會\n"
    "2026 年 6 月\n"
    "執行摘要\n"
    "{who}支持四項附屬法例，肯定當局落實網約車規管制度，邁向市民、網約車及的士三方共贏的政策目標。\n"
    "一、總體立場\n"
    "1.1 {who}一直主張網約車合法化。{who}認為，當局應以數據為本，定期檢討許可證的數目。\n"
    "八、結語\n"
    "8.1 {who}期望當局以市民出行體驗為本，使一萬個許可證成為改善整體交通服務的起點。\n"
    "{who}\n"
    "2026 年 6 月\n"
)


def test_a_submission_signed_with_its_headlines_name_names_its_author():
    # dev s14_31 (新思維's LegCo submission: its name in the headline and alone under the last sentence; the
    # paper speaks of itself as "新思維認為", which is no sign of a person)
    b = ingest_bytes(_SUBMISSION.format(who="新思維").encode(), id="t.txt", suffix=".txt")
    assert to_simplified(b.source) == "新思维"


def test_a_persons_signed_submission_still_names_no_source():
    # guard: a person's name (a common surname) signing a submission is a person's
    b = ingest_bytes(_SUBMISSION.format(who="陳大文").encode(), id="t.txt", suffix=".txt")
    assert b.source == ""


_BLOG_POST = """<html><head><meta charset="gbk"></head><body>
<div id="header"><h1 class="title"><a href="index.html">bjreader的博客</a></h1></div>
<div id="category"><a href="1.html" title="上一篇">孩子，夏令营让你得到了什么？</a>- -| <a href="index.html">回首页</a> |
<a href="catalog_2005.html">2005年索引</a> | - -<a href="3.html" title="下一篇">浴室都安全吗?</a></div>
<div class="entity"><h2 class="diaryTitle">谁来为无序拆房“埋单”？- -</h2>
<p>拆房屡出命案 管理形同虚设</p><p>谁来为无序拆房“埋单”？</p>
<p>2003-7-24 钱江晚报</p>
<p>为拆一幢房，断送了三条人命。前天的这场惨剧发生得实在太突然，太震惊了。三条人命啊，就这样从我们眼前骤然消失。</p>
<p>采访中，我们发现，一项建筑工程往往要经过层层转包，最后就落在了外地民工身上。安全意识的淡漠和违规操作，才是拆房工地事故频发的软肋所在。</p>
<p>生命是可贵的，生命同样是脆弱的，每个人的生命只有一次。人命关天的事，岂可马虎视之？</p>
</div></body></html>"""


def test_a_blog_posts_headline_past_the_blogs_name_and_its_links_to_other_posts():
    # dev s14_11 (a BlogChina copy of 钱江晚报's report: the blog's name as <h1>, the links to the posts either
    # side, then the post's title, the report's subtitle and its headline again)
    b = ingest_bytes(_BLOG_POST.encode("gbk"), id="t.html", suffix=".html")
    assert b.title == "谁来为无序拆房“埋单”？"
    assert not b.text.startswith(("bjreader", "孩子")), b.text[:80]
