"""Session 26's new-user pass: briefreader installed from a fresh clone (the README's two commands, pipx) and used on
folders of real articles from public repositories no corpus split uses (notes/s26_tester.md has the provenance, the gold
written before running briefreader, and every finding). Each bug is pinned by an xfail(strict=True) test that fails on
the code of its day; the reason names the finding (U-number) and what a reader saw. Each has a guard showing the input
reaches the code in question. Texts are the sources' own, trimmed to what shows the fault:
- likgjava/eb @ 7470cfbc, webapp/view/staticpags/sqzx/ff80808131767356013182d4f45500f5.jsp (生物质能, 2011-08-01),
  goodszx/ff8080812f9cf3c5012fb39bf3b3055a.jsp (广东能源, 2011-05-03), sqzx/ff8080812e4689bf012e50709f6f043e.jsp (外三);
- xiaomincui/100allin @ a8157ce9, topic/dollar20110913/index.aspx (a GBK page with no charset), topic/bohai20110601;
- taipei-doit/CiviClaw-taipei-daily-news @ 75429225, docs/podcast.xml (RSS, zh-TW: 臺北每日新聞).
The e-mail (U9, U10) is a container built by the tester around the 西藏 article of likgjava/eb
(sqzx/ff8080812fbfbecc012fd2de8a13087b.jsp): the forwarding words and the signature are the tester's."""

from __future__ import annotations

from email.header import Header
from email.mime.text import MIMEText

import pytest

from briefreader.figures import extract_figures
from briefreader.ingest import ingest_bytes, ingest_entries


def _en(text: str, region: str | None = None) -> list[str]:
    return [f.en for f in extract_figures(text, region=region)]


def _kinds(text: str, region: str | None = None) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in extract_figures(text, region=region)]


# ---------------------------------------------------------------------------------------------------------------
# U1 — 12-text — high. A 环球运费网 topic page (100allin, saved .aspx as .html) is several boxes, each an <h4> and its
# paragraphs. Only one box is kept: the GBK page on the dollar (topic/dollar20110913) shows only its sidebar-like box of
# three hedging methods (风险转移法 …); the boxes 美元在疲弱中走低 (耐用品订单 +4.0%), 人民币汇率境内外价差拉大 and
# 美元贬值对美国经济及世界的影响 — the article — are gone, and with them every figure. topic/bohai20110601 keeps its
# first box and drops three. Same with the page encoded as UTF-8.
_NAV = (
    '<div class="h_box"><div class="head"><div class="head_top"><div class="head_top_left"><a href="/"><img '
    'src="images/logo.gif" alt="环球运费网"></a><a href="/">首页</a> | <a href="/fcl/">整箱海运价</a> | <a href="/lcl/">拼箱'
    '海运价</a> | <a href="/air/">空运运价</a> | <a href="/company/">公司库</a> | <a href="/bbs/">论坛</a></div><div '
    'class="head_top_right"><a href="/accounts/login.aspx">[登录]</a> |<a href="/accounts/reg.aspx">[免费注册]</a></div>'
    "</div></div></div>"
)
_DOLLAR_PAGE = (
    "<html><head><title>美元呈走低趋势，中国出口形势不乐观-环球运费网</title></head><body>"
    + _NAV
    + '<div class="main">'
    '<div class="title"><img src="images/title.gif" alt="海盗与马士基的“渊源”" /></div><div class="text_3">'
    '<div class="text_3_sub"><h4>美元在疲弱中走低</h4><div class="text_3_sub_left">'
    "<p>　　近期，一年一度的全球央行行长会议在美国召开。美联储主席伯南克在全球央行年会上发表讲话，表示美国经济复苏进度远不及"
    "预期，美联储将采取进一步的刺激政策帮助经济复苏。但伯南克没有提出明确的经济刺激计划。 </p>"
    "<p>　　近期美国数据有好有坏。从消息面来看，美国最新公布的经济数据意外强劲：美国7月耐用品订单数据为增长4.0%，大幅好于预期"
    "的2.0%和前值－2.1%，从而缓解了对美国经济陷入二次衰退的担忧。</p>"
    '</div><div class="text_3_sub_right"><img src="images/qy.gif" width="320" height="170" border="0" /></div></div>'
    '<div class="text_3_sub"><h4>人民币汇率境内外价差拉大</h4><div>'
    "<p> 　　在近日人民币市场利率小幅下行，央行发行利率在前一周上行了8个基点后，上周则保持平稳，这也在很大程度上打消了市场的"
    "加息预期。市场人士判断，目前中国央行调整利率以及存款准备金率的可能性均不高。 <br />"
    " 　　结合欧洲债务危机迄今未见曙光，市场信心低落，对未来全球经济二次探底甚至二次衰退的担忧迅速升温，中国的出口前景并不"
    "乐观，人民币加速升值必然带来负面冲击。 </p>"
    "<p>　　招商银行高级经济师刘东亮指出，我国出口的大幅增长很大程度上是由出口价格上涨导致，而在欧洲债务危机、美国评级下调的"
    "压力之下，外需预计也难以出现较快增长。剔除价格因素，下半年中国出口的总体形势并不乐观。</p></div></div>"
    '<div class="text_3_sub"><h4>我国货代企业规避汇率风险采取的措施</h4><div class="text_3_sub_left3"><img '
    'src="images/qy3.gif" width="315" height="250" border="0" /></div><div class="text_3_sub_right3">'
    "<p><strong>风险转移法</strong><br />风险转移是指将汇率风险包括在交易价格内,最简单有效的做法是将合同期内汇率可能波动的"
    "幅度完全包含在交易价格中,但是这种情况要求汇率风险规避一方拥有完全的定价权,把汇率风险转嫁给交易对方。 </p>"
    "<p><strong>选择计价货币法</strong><br />在涉外货代交易中,最常用的选择计价货币的方法有两种:人民币为计价结算货币；收取"
    "硬货币、支付软货币。 </p>"
    "<p><strong>提前或推迟结算法</strong><br />提前或推迟结算法就是当预期某种货币将要升值或是贬值时,提前或推迟对外币账款的"
    "收付,通过调整外币资金的结汇时间来规避汇率风险。 <br />"
    '<div style="text-align:right;"><strong><a href="http://www.100allin.com/bbs/thread-49437-1.html">[详细]</a>'
    "</strong></div></p></div></div>"
    '<div class="text_3_sub"><h4>美元贬值对美国经济及世界的影响</h4><div class="text_3_sub_left">'
    "<p>　　美元贬值将直接促成全球能源和初级产品价格的上涨，给全球带来通货膨胀的压力。历史经验表明，原油价格和黄金价格均与美元"
    "汇率逆向而动。由于美元仍然是国际石油交易中的垄断性计价货币，美元贬值导致了产油国的石油收入下降。</p>"
    "<p>　　美元贬值对发达的经济体国家出口贸易有不利影响，可能触发贸易保护主义的抬头。 此外，美元贬值将给新兴经济体带来更加"
    "严峻的挑战。</p>"
    '</div><div class="text_3_sub_right"><img src="images/qy2.gif" width="285" height="189" border="0" /></div></div>'
    '</div><div class="text_4"><h4>环球运费网最新运价<span>整箱 | <a href="/lcl/">拼箱</a> | <a href="/air/">空运</a>'
    '</span></h4><ul class="text_4_title"><li>标题</li><li>起运港</li><li>目的港</li><li>20GP</li><li>40GP</li>'
    '<li>40HQ</li><li>公司</li></ul><div class="page"><a href="/fcl/list-1.html">1</a> <a href="/fcl/list-2.html">2</a> '
    '<a href="/fcl/list-1.html">更多运价>></a></div></div></div></body></html>'
)


def _dollar(encoding: str):
    return ingest_bytes(_DOLLAR_PAGE.encode(encoding), id="allin_dollar_20110913", suffix=".html")


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8"])
def test_u1_guard_the_page_is_read_with_its_title_and_site(encoding: str) -> None:
    b = _dollar(encoding)
    assert b.title == "美元呈走低趋势，中国出口形势不乐观"
    assert b.source == "环球运费网"
    assert "风险转移是指将汇率风险包括在交易价格内" in b.text
    assert "免费注册" not in b.text and "40HQ" not in b.text


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8"])
def test_u1_every_box_of_the_topic_page_is_kept(encoding: str) -> None:
    b = _dollar(encoding)
    for words in (
        "美联储主席伯南克",
        "耐用品订单数据为增长4.0%",
        "招商银行高级经济师刘东亮",
        "美元贬值将直接促成全球能源",
    ):
        assert words in b.text, words


# ---------------------------------------------------------------------------------------------------------------
# U2 — 12-text — medium. A saved 阳光易购 article (likgjava/eb's sqzx pages, a JSP fragment) starts with its breadcrumb:
# "首页 陶朱公商圈 商圈资讯 新兴产业规划临近 生物质能或领衔新能源" is the first paragraph of the article (3 of 3 such pages).
_SQZX = (
    '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
    '<script language="javascript" type="text/javascript">\n$(document).ready(function(){\n'
    '\tvar id = $("#channelId").val();\n})\n</script>\n'
    ' <div id="conTitle">\n \t<div class="navCurrent ">\n'
    '\t<a href="/view/srplatform/portal/index.jsp" id="/view/srplatform/portal/index.jsp" title="首页" '
    'target="_self">首页</a>\n'
    '\t<a href="javascript:void(0)" id="/view/smallscale/business/shangquan.jsp" title="陶朱公商圈" '
    'class="cmsHref_self">陶朱公商圈</a>\n'
    '\t<a href="javascript:void(0)" id="/view/staticpags/sqzx/sqzx.jsp" title="商圈资讯" class="cmsHref_self">商圈资讯</a>\n'
    '\t<a href="javascript:void(0)" id="/view/staticpags/sqzx/ff80808131767356013182d4f45500f5.jsp" title="新兴产业规划'
    '临近 生物质能或领衔新能源" class="cmsHref_self">新兴产业规划临近 生物质能或领衔新能源</a>\n'
    " \t</div>\n </div>\n"
    '<div id="conBody">\n   <input type="hidden"  id="channelId" value="ff8080812dd59be5012dda319fa70356" />\n'
    '   <div class="frameNews">\n    <h1>新兴产业规划临近 生物质能或领衔新能源</h1>\n    <div class="subtitle"></div>\n'
    '       <div class="source">\n\t      <span>发布时间：2011-08-01</span>\n'
    "\t      <span>发布人：中国证券网-上海证券报  </span>\n      </div>\n"
    "      <p><P>记者近日从多方了解到，《国家战略性新兴产业发展“十二五”规划》已经进入到征求意见阶段。国家发改委副主任张晓强日前也"
    "表示，争取尽快发布。</P>\n<P>新能源作为7大战略性新兴产业之一，其发展将成为能源产业变局重头戏。</P>\n"
    "<P>据了解，“十二五”时期我国新能源产业锁定了核电、风电、太阳能和生物质能四大产业。在产业规模规划上，核电和风电可伸缩空间"
    "较大，目前还不十分确定。而太阳能和生物质能发电装机容量较为确定，即未来5年分别达到1000万千瓦以上和1300万千瓦。其中，生物"
    "质能发电装机容量较2010年增长160%，这个目标数字超过了风头正健的光伏装机容量。</P>\n"
    "<P>中国科学院、中国工程院院士石元春推算，1300万千瓦发电装机容量意味着要增加500至700个生物质能发电厂，一年要建成100多家"
    "生物质能电厂。</P>\n</p>\n   </div>\n</div>\n"
)


def _sqzx():
    return ingest_bytes(_SQZX.encode("utf-8"), id="eb_biomass_20110801", suffix=".html")


def test_u2_guard_the_fragment_is_read_with_title_date_and_source() -> None:
    b = _sqzx()
    assert b.title == "新兴产业规划临近 生物质能或领衔新能源"
    assert str(b.date) == "2011-08-01"
    assert "上海证券报" in b.source
    assert "记者近日从多方了解到" in b.text and "$(document)" not in b.text


def test_u2_the_breadcrumb_is_not_in_the_text() -> None:
    assert "陶朱公商圈" not in _sqzx().text


# ---------------------------------------------------------------------------------------------------------------
# U3 — 12-text — low-medium. A full 阳光易购 JSP page (goodszx) shows a server-side directive as its first line:
# '<%@ include file="/view/staticpags/load/left_cms.jsp" %>' (2 of 2 such pages; the TUI wraps it over two lines).
_GOODSZX = (
    '<%@ page pageEncoding="UTF-8"%>\n<%@ include file="/view/srplatform/common/taglibs.jsp"%>\n'
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
    '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<title>广东能源供应能力显著增强 利用效率明显提高- 【阳光易购】'
    '</title>\n</head>\n<body>\n<div id="container">\n\t<div class="header">\n'
    '\t\t<%@ include file="/view/srplatform/portal/include/main_header_index.jsp" %>\n\t</div>\n'
    '\t<div id="sysContent" class="page">\n\t\t<div id="contentSub" class="index3pa">\n'
    '\t\t\t<%@ include file="/view/staticpags/load/left_cms.jsp" %>\n\t\t</div>\n'
    '\t\t<div id="contentMain" class="index3pa">\n\t\t\t<div id="conBody">\n\t\t\t\t<div class="frameNews">\n'
    "\t\t\t\t\t<h1>广东能源供应能力显著增强 利用效率明显提高</h1>\n"
    '\t\t\t\t\t<div class="source"><span>发布时间：2011-05-03</span><span>发布人：- </span></div>\n'
    "\t\t\t\t\t<p>广东省统计局5月1日通报该省&ldquo;十一五&rdquo;期间能源供应与消费情况。据通报，过去五年，广东省能源供应能力"
    "显著增强，新增发电装机容量3100万千瓦，利用效率明显提高，单位GDP能耗累计下降16.4%。</p>\n"
    "<p>据广东省统计局介绍，&ldquo;十一五&rdquo;期间，广东新增发电装机容量3100万千瓦，至去年底，广东省内电源装机容量达7100"
    "万千瓦，位居中国第二。</p>\n"
    "\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n\t</div>\n</div>\n</body>\n</html>\n"
)


def _goodszx():
    return ingest_bytes(_GOODSZX.encode("utf-8"), id="eb_guangdong_energy_20110503", suffix=".html")


def test_u3_guard_the_page_is_read() -> None:
    b = _goodszx()
    assert b.title == "广东能源供应能力显著增强 利用效率明显提高"
    assert str(b.date) == "2011-05-03"
    assert "广东省统计局5月1日通报" in b.text


def test_u3_server_side_directives_are_not_text() -> None:
    text = _goodszx().text
    assert "<%@" not in text and "left_cms.jsp" not in text


# ---------------------------------------------------------------------------------------------------------------
# U4 — 12-text — medium. An RSS item whose <description> is plain text with line breaks (臺北每日新聞, a podcast feed
# of 63 daily digests: an intro line, then five numbered headlines each followed by its summary) is shown as ONE
# paragraph: every headline runs into the first sentence of its summary ("…啟動報名臺北市政府為協助…"), five stories
# in one wall of text. `o` (original) shows the lines.
_ITEM = (
    "今日臺北市政重點新聞摘要：\n"
    "1. 助攻創業夢想！北市府115年度創業入門課程啟動報名 \n"
    "臺北市政府為協助有志創業者，將於今年6月與8月推出兩梯次「創業入門課程」。課程涵蓋商機洞察、商業模式、募資策略與AI應用"
    "等實戰內容，助您精準定位並降低創業風險。名額有限，歡迎有創業夢想的民眾把握機會報名參加！\n"
    "4. 北市雙冠王! 營利事業銷售額連4年成長創新高 4年減債400億元達標\n"
    "臺北市經濟實力再獲肯定！不僅營利事業銷售額連續四年成長創下新高，市府更成功在四年間減債達400億元。北市府將持續秉持財政永續"
    "精神，打造兼具經濟動能與財政韌性的首都城市。\n"
)
_FEED = (
    '<?xml version="1.0" ?>\n<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" version="2.0">\n'
    "  <channel>\n    <title>臺北每日新聞 (Taipei Daily News)</title>\n"
    "    <link>https://taipei-doit.github.io/CiviClaw-taipei-daily-news/</link>\n    <language>zh-TW</language>\n"
    "    <description>每日為您提供臺北市政府最新鮮、最重要的市政新聞摘要。由 AI 自動精選與配音。</description>\n"
    "    <item>\n      <title>每日市政摘要 2026-05-22</title>\n"
    f"      <description>{_ITEM}</description>\n"
    "      <pubDate>Fri, 22 May 2026 09:03:25 GMT</pubDate>\n"
    '      <guid isPermaLink="false">episode_2026-05-22.mp3</guid>\n    </item>\n  </channel>\n</rss>\n'
)


def _item():
    return ingest_entries(_FEED.encode("utf-8"), id="taipei_podcast_feed", suffix=".xml")[0]


def test_u4_guard_the_item_is_read() -> None:
    b = _item()
    assert str(b.date) == "2026-05-22"
    assert "台北每日新闻" in b.source or "臺北每日新聞" in b.source
    assert "创业入门课程" in b.text
    assert "\n" in b.original.strip()


def test_u4_a_plain_text_description_keeps_its_lines() -> None:
    b = _item()
    assert "启动报名台北市政府" not in b.text
    assert len(b.paragraphs) >= 4, b.paragraphs


# ---------------------------------------------------------------------------------------------------------------
# U5 — 13-dev — medium-high. A year before 臺北/台北 is read as a count of machines (台, the measure word): in the same
# feed '2026臺北首都盃國際技能競賽' is "2,026" in Counts (twice: headline and summary), '2026台北水舞嘉年華' likewise.
# Every Taiwanese event name that starts with its year does this.
@pytest.mark.parametrize("measure", ["新增50台设备。", "工厂采购了200台机器人。"])
def test_u5_guard_tai_counts_machines(measure: str) -> None:
    assert [k for k, _ in _kinds(measure)] == ["count"]


@pytest.mark.parametrize(
    "sentence",
    [
        "2026臺北首都盃國際技能競賽圓滿落幕，我國代表選手在10個職類中表現亮眼。",
        "2026台北首都杯国际技能竞赛圆满落幕，我国代表选手在10个职类中表现亮眼。",
        "备受瞩目的「2026台北水舞嘉年华」将于6月13日在锡口码头彩虹桥绚丽登场！",
    ],
)
def test_u5_a_year_before_taipei_is_no_count(sentence: str) -> None:
    assert not [f for f in extract_figures(sentence) if f.kind == "count" and f.value == 2026]


# ---------------------------------------------------------------------------------------------------------------
# U6 — 13-dev — medium. 增加500至700个生物质能发电厂 (how many new power plants 13 GW of biomass needs) is shown
# "up 500–700": a change with no subject, where the sentence counts plants. (新增加了50个项目 → "up 50 projects".)
_PLANTS = "中国科学院、中国工程院院士石元春推算，1300万千瓦发电装机容量意味着要增加500至700个生物质能发电厂，一年要建成100多家生物质能电厂。"


def test_u6_guard_the_range_is_read() -> None:
    f = next(f for f in extract_figures(_PLANTS) if f.kind == "count")
    assert (f.low, f.high) == (500, 700)


def test_u6_a_count_of_new_plants_says_plants() -> None:
    en = next(f.en for f in extract_figures(_PLANTS) if f.kind == "count")
    assert "500–700" in en and "plant" in en and not en.startswith("up"), en


# ---------------------------------------------------------------------------------------------------------------
# U7 — 13-dev — medium. A price per unit loses its unit in two common shapes: a range before 元/吨 (秦皇岛's coal
# prices '625-635元/吨' → "RMB 625–635", beside '820元/吨' → "RMB 820/t" in the same paragraph), and 每度 before the
# amount ('每度0.7元左右', the cost of a kWh of biomass power → "about RMB 0.7").
_COAL = "据相关数据：环渤海地区港口平仓的发热量5500大卡市场动力煤的综合平均价格为820元/吨，秦皇岛4500大卡热量动力煤价格为625-635元/吨。"
_KWH = "目前，生物质发电成本在每度0.7元左右，而太阳能发电价格在每度1.5元左右。"


def test_u7_guard_the_single_price_keeps_its_rate() -> None:
    assert _en(_COAL)[0] == "RMB 820/t"
    assert [f.value for f in extract_figures(_KWH)] == [0.7, 1.5]


@pytest.mark.parametrize(("sentence", "amount", "per"), [(_COAL, "625", "/t"), (_KWH, "0.7", "/kWh")])
def test_u7_a_range_per_tonne_and_a_price_per_kwh_keep_their_unit(sentence: str, amount: str, per: str) -> None:
    en = next(e for e in _en(sentence) if amount in e)
    assert per in en, en


# ---------------------------------------------------------------------------------------------------------------
# U8 — 13-dev — medium-low (the kind this session adds). Energy and mass in industry news (the five likgjava/eb energy
# articles state 40 such figures: 1300万千瓦, 100兆瓦, 1200万吨, 4327万吨标准煤 …). Three things an analyst needs beyond
# the bare number: tonnes of standard coal are coal equivalent, not tonnes ('超过4000万吨标准煤' is not "over 40 mn t");
# a capacity per year keeps its rate ('炼油能力达4550万吨/年'); two refineries of 1200万吨 each are two figures. The
# guards keep what must stay no quantity: a temperature in 度, coal per kWh, a price per kWh, an energy intensity per
# RMB 10,000 of GDP ('0.664吨标准煤/万元' is no tonnage of 0.664 t).
_COAL_EQ = "专家据此推算，到2015年各类生物质利用量至少超过4000万吨标准煤。"
_REFINERY = (
    "广东省统计局表示，油气供应方面，广东建成中海油惠州1200万吨炼油、广州石化1200万吨炼油改扩建、茂名石化100万吨乙烯扩建等"
    "项目，形成茂名、惠州等大型石化基地，广东炼油能力达4550万吨/年。"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "隨著氣溫飆升，臺北捷運戶外軌道溫度一度突破50度！",
        "实现全年供电煤耗279.39克/千瓦时，成为世界上第一个冲破实际运行供电煤耗280克/千瓦时整关的电厂。",
        _KWH,
        "广东省统计局称，广东能源利用效率明显提高，去年广东单位GDP能耗0.664吨标准煤/万元，为全国单位GDP能耗的65%。",
    ],
)
def test_u8_guard_degrees_and_rates_are_no_quantity(sentence: str) -> None:
    assert not [(f.text, f.en) for f in extract_figures(sentence) if f.kind == "quantity"]


def test_u8_standard_coal_is_coal_equivalent() -> None:
    ens = [f.en for f in extract_figures(_COAL_EQ) if f.kind == "quantity"]
    assert any("40 mn" in en and "tce" in en for en in ens), ens


def test_u8_a_capacity_per_year_keeps_its_rate() -> None:
    ens = [f.en for f in extract_figures(_REFINERY) if f.kind == "quantity"]
    assert any("45.5 mn" in en and ("/yr" in en or "a year" in en or "per year" in en) for en in ens), ens


def test_u8_two_refineries_of_the_same_size_are_two_figures() -> None:
    values = [f.value for f in extract_figures(_REFINERY) if f.kind == "quantity"]
    assert values.count(12_000_000) == 2, values


# ---------------------------------------------------------------------------------------------------------------
# U9 — 12-meta — medium; U10 — 12-text — low-medium. A forwarded article in a GBK e-mail: the forwarder's signature
# (name, department, phone numbers) stays at the end of the article (U10), and the department in it, 能源研究部, is
# shown as the outlet (U9). The forwarding words before the article are dropped, as they should be.
_TIBET_PARAS = [
    "西藏最大的太阳能光伏发电站100兆瓦大型光伏并网发电站日前正式开工建设。和平解放60年来，西藏高网型光伏发电累计安装量已"
    "达到9兆瓦，约占中国太阳能光伏发电装机容量的13%，将成为中国太阳能发电量最大省区。",
    "西藏是中国太阳能资源最丰富的省区，年日照时间大部分地区在2000小时以上，年辐射量可达6000-8000兆焦耳每平方米。",
    "目前，西藏累计推广太阳灶39.5万台，推广太阳灶年均增幅超过10%，太阳能集中供暖面积达1万平方米，风光互补发电总装机容量达到"
    "220千瓦，全区共有20万左右农牧民家庭依靠光伏发电圆了电灯梦，近70万名农牧民因使用各种太阳能产品而受益。",
]


def _mail():
    body = (
        "各位好，转发一篇西藏光伏的报道，供参考。\n\n---------- 转发的邮件 ----------\n发件人：资讯组\n日期：2011年5月9日\n"
        "主题：西藏将成为中国太阳能发电量最大省区\n\n" + "\n\n".join(_TIBET_PARAS) + "\n\n--\n王小明\n能源研究部\n"
        "电话：010-68520066 手机：13800138000\n"
    )
    m = MIMEText(body, "plain", "gbk")
    m["Subject"] = Header("转发：西藏将成为中国太阳能发电量最大省区", "gbk")
    m["From"] = "wang@example.com"
    m["Date"] = "Tue, 10 May 2011 09:15:00 +0800"
    return ingest_bytes(m.as_bytes(), id="fwd_tibet", suffix=".eml")


def test_u9_u10_guard_the_mail_is_read() -> None:
    b = _mail()
    assert b.title == "西藏将成为中国太阳能发电量最大省区"
    assert "西藏最大的太阳能光伏发电站" in b.text and "各位好" not in b.text


def test_u9_a_signature_department_is_no_outlet() -> None:
    assert _mail().source != "能源研究部"


def test_u10_the_signature_is_not_article_text() -> None:
    text = _mail().text
    assert "13800138000" not in text and "王小明" not in text


# ---------------------------------------------------------------------------------------------------------------
# U11 — 12-text — medium-low. One NUL byte in a UTF-8 text file (a scraper's stray \x00) makes the whole briefing
# unreadable: 'binary: binary data, not a text document', the article gone from the list.
_NUL = (
    "西藏将成为中国太阳能发电量最大省区\n\n西藏最大的太阳能光伏发电站100兆瓦大型光伏并网发电站日前正式开工建设。\x00和平解放60年"
    "来，西藏高网型光伏发电累计安装量已达到9兆瓦，约占中国太阳能光伏发电装机容量的13%。\n"
)


def test_u11_guard_the_same_file_without_the_nul_is_read() -> None:
    b = ingest_bytes(_NUL.replace("\x00", "").encode("utf-8"), id="nul_one", suffix=".txt")
    assert b.title == "西藏将成为中国太阳能发电量最大省区"


def test_u11_one_nul_does_not_make_a_text_file_binary() -> None:
    b = ingest_bytes(_NUL.encode("utf-8"), id="nul_one", suffix=".txt")
    assert b.title == "西藏将成为中国太阳能发电量最大省区"
    assert not [p for p in b.problems if p.kind == "binary"]
    assert "\x00" not in b.text


# ---------------------------------------------------------------------------------------------------------------
# U12 — 12-meta — low. A title loses the space between a word and a date: every item of the feed is listed
# "每日市政摘要2026-05-22" for <title>每日市政摘要 2026-05-22</title>.
def test_u12_guard_a_space_between_chinese_words_is_kept() -> None:
    assert _sqzx().title == "新兴产业规划临近 生物质能或领衔新能源"


def test_u12_the_space_before_a_date_in_a_title_is_kept() -> None:
    assert _item().title == "每日市政摘要 2026-05-22"


# ---------------------------------------------------------------------------------------------------------------
# U13 — 13-dev — low-medium. In Taiwanese text (the feed's region is Taiwan, its 元 read as TWD), sums written without
# 元 are missed: 未來三年將投入2.7億升級技術型高中實習工場 (TWD 270 mn), 總獎金高達187萬 (the same item in the Big5
# file says 187萬元 and is read), 查扣高達一百二十四萬賭資 (TWD 1.24 mn).
def test_u13_guard_the_same_sums_with_yuan_are_read() -> None:
    assert _en("總獎金高達187萬元的「2026捷運盃街舞大賽」熱血開跑啦！", region="tw") == ["as much as TWD 1.87 mn"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("臺北市政府也宣布未來三年將投入2.7億升級技術型高中實習工場，為即將到來的國際賽事全力備戰。", 270_000_000),
        ("總獎金高達187萬的「2026捷運盃街舞大賽」熱血報名中！", 1_870_000),
        ("當場逮捕負責人與賭客共三十人，並查扣高達一百二十四萬賭資及多項毒品。", 1_240_000),
    ],
)
def test_u13_sums_without_yuan_in_a_money_context_are_money(sentence: str, value: float) -> None:
    found = [(f.kind, f.value, f.unit) for f in extract_figures(sentence, region="tw")]
    assert ("money", value, "TWD") in found, found


# ---------------------------------------------------------------------------------------------------------------
# U14 — 13-dev — medium. In the same Taipei feed (臺北每日新聞, language zh-TW, every item about the city government)
# 元 is "TWD" in some items and "yuan" in others: 不到四百元 → "under 400 yuan" beside 臺北 and 臺灣 in the same
# sentence and paragraph ("Traditional script, no regional word or known source"); 600元 (a baseball-ticket voucher)
# is "600 yuan" in two items and "TWD 600" in a third; 最高7萬元 → "up to 70,000 yuan". 5 of 63 items.
_CHIP_ITEM = (
    "今日臺北市政重點新聞摘要：\n"
    "2. 臺灣半導體產業起點！南陽街紀念牌揭幕 蔣萬安：打造臺北成全球AI科技產業發展最強的一顆心臟\n"
    "走過半個世紀，臺灣半導體產業的奇蹟竟然是從臺北南陽街的一頓早餐開始！市長蔣萬安今日出席南陽街紀念牌揭幕儀式，感念前人以"
    "不到四百元的早餐促成臺灣半導體發展的歷史起點。未來市府也將持續串聯科技廊帶，全力將臺北打造成為全球AI科技產業發展的最強"
    "心臟。\n"
)


def _chip_item():
    feed = _FEED.replace(_ITEM, _CHIP_ITEM).replace("2026-05-22", "2026-05-26")
    return ingest_entries(feed.encode("utf-8"), id="taipei_podcast_feed", suffix=".xml")[0]


def test_u14_guard_the_sum_is_read() -> None:
    money = [f for f in _chip_item().figures if f.kind == "money"]
    assert [(f.value, f.qualifier) for f in money] == [(400, "under")]


def test_u14_taipei_government_news_is_in_twd() -> None:
    money = [f for f in _chip_item().figures if f.kind == "money"]
    assert [(f.unit, f.en) for f in money] == [("TWD", "under TWD 400")]


# ---------------------------------------------------------------------------------------------------------------
# U15 — 13-dev — low. A band's name is a crowd: 告五人 (a Taiwanese band, in the line-up of 潮臺北亞洲音樂節) → count
# "5 people".
_LINEUP = "首波卡司華麗曝光 韓國獨立天團、日本怪奇組合、楊乃文、告五人等 亞洲音樂浪潮席捲北流"


def test_u15_guard_five_people_are_counted() -> None:
    assert _en("專案小組循線追查，成功將涉案的五人全數逮捕歸案。") == ["5 people"]


def test_u15_a_band_name_is_no_count() -> None:
    assert not [f for f in extract_figures(_LINEUP) if f.kind == "count"]


# ---------------------------------------------------------------------------------------------------------------
# U16 — 13-dev — medium-low (second pass, quantity at 867d1b6). A battery's power and energy written as one pair, the
# way storage projects are specified, is no figure at all: 'Powerpack 模块来提供 100 MW/129 MWh 的容量' (TechCrunch's
# Hornsdale story in Chinese, apachecn-archive/techcrunch-blog-zh-2014-2018 @ 23c40579, docs/tesla-will-build-worlds-
# largest-battery-storage-facility-for-australian-wind-farm.md) and '储能电站规模为200兆瓦/400兆瓦时' give nothing,
# while '500MW的输出，其能存储4GWh的能量' gives both.
_HORNSDALE = (
    "该设施将使用特斯拉的商用电池储能 Powerpack 模块来提供 100 MW/129 MWh 的容量，这将存储农场涡轮机在高峰发电时段产生的"
    "能量，并在电网需要时全天持续可用。"
)


def test_u16_guard_power_and_energy_apart_are_read() -> None:
    found = [(f.value, f.unit) for f in extract_figures("由Hydrostor开发的设施将有500MW的输出，其能存储4GWh的能量。")]
    assert (500, "MW") in found and (4, "GWh") in found


@pytest.mark.parametrize(
    ("sentence", "power", "energy"),
    [(_HORNSDALE, (100, "MW"), (129, "MWh")), ("储能电站规模为200兆瓦/400兆瓦时。", (200, "MW"), (400, "MWh"))],
)
def test_u16_a_power_energy_pair_is_two_quantities(
    sentence: str, power: tuple[float, str], energy: tuple[float, str]
) -> None:
    found = [(f.value, f.unit) for f in extract_figures(sentence) if f.kind == "quantity"]
    assert power in found and energy in found, found


# ---------------------------------------------------------------------------------------------------------------
# U17 — 13-dev — medium-low (second pass). A flow per second is shown as a volume: 直潭壩 '增加調節性放流至每秒約500
# 立方公尺' (the Taipei feed, typhoon 巴威) → "about 500 m³", where '4550万吨/年' keeps its "/yr".
_FLOW = "臺北自來水事業處直潭壩宣布自今天上午八點半起，增加調節性放流至每秒約500立方公尺。"


def test_u17_guard_the_volume_is_read() -> None:
    q = [f for f in extract_figures(_FLOW) if f.kind == "quantity"]
    assert [(f.value, f.unit) for f in q] == [(500, "m3")]


def test_u17_a_flow_per_second_keeps_its_rate() -> None:
    en = next(f.en for f in extract_figures(_FLOW) if f.kind == "quantity")
    assert "/s" in en or "per second" in en or "a second" in en, en


# ---------------------------------------------------------------------------------------------------------------
# U18 — 12-text — low. A translated article in Markdown (the same TechCrunch story) ends with its embed placeholder
# '[YouTube https://www.youtube.com/watch?v=GuXf2WT4GZU&w=680&h=383]' as a paragraph of the article.
_TESLA_MD = (
    "# 特斯拉将为澳大利亚风电场建造全球最大的电池存储设施 \n\n"
    "> 原文：<https://web.archive.org/web/https://techcrunch.com/2017/07/07/tesla-will-build-worlds-largest-battery-"
    "storage-facility-for-australian-wind-farm/>\n\n"
    "# 特斯拉将为澳大利亚风力发电场建造世界上最大的电池存储设施\n\n"
    "这个系统将能够在最大容量下为大约 3 万个家庭供电，特斯拉表示，这相当于 2016 年导致南澳大利亚全州大停电的风暴中有多少家庭断"
    "电。然而，真正的目标是通过根据高峰需求控制电力输送来帮助稳定南澳大利亚电网。\n\n"
    "“电池存储是我们国家能源市场的未来，世界的目光将关注我们在这一领域的领导地位，”南澳大利亚总理杰伊·韦瑟里尔在通过电子邮件"
    "提供的一份声明中写道。\n\n"
    " [YouTube https://www.youtube.com/watch?v=GuXf2WT4GZU&w=680&h=383]\n"
)


def _tesla():
    return ingest_bytes(_TESLA_MD.encode("utf-8"), id="tesla_hornsdale", suffix=".md")


def test_u18_guard_the_article_is_read() -> None:
    b = _tesla()
    assert b.title == "特斯拉将为澳大利亚风电场建造全球最大的电池存储设施"
    assert "南澳大利亚总理杰伊·韦瑟里尔" in b.text


def test_u18_an_embed_placeholder_is_not_text() -> None:
    text = _tesla().text
    assert "youtube.com" not in text and "[YouTube" not in text


# ---------------------------------------------------------------------------------------------------------------
# U19 — 13-dev — low-medium (second pass, f1c1324). Standard coal is coal equivalent in one shape only: '超过4000万吨
# 标准煤' → "over 40 mn tce" (U8, fixed), but a range before 吨标准煤 and 标准煤 before its number are plain tonnes:
# '约6至7亿吨标准煤' → "600–700 mn t" (the 约 is lost too), '全年共节约标准煤16.28万吨' → "162,800 t".
@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("“目前来看，如果仅利用农业秸秆等原材料，我国生物质能可利用总规模约6至7亿吨标准煤。”周凤起分析说。", "600"),
        ("据估算，去年西藏通过太阳能光伏利用和光热利用，全年共节约标准煤16.28万吨，折合人民币上亿元。", "162,800"),
    ],
)
def test_u19_standard_coal_is_coal_equivalent_in_every_shape(sentence: str, amount: str) -> None:
    en = next(f.en for f in extract_figures(sentence) if f.kind == "quantity" and amount in f.en)
    assert "tce" in en, en
