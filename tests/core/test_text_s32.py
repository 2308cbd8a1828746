"""Session 32 (12-text): a corpus in comma-separated values is read as its records, one briefing a row (a scraper's
headerless "url,title,body", a Weibo dump's "时间,标签（标题),内容,转发数,…" header, a dataframe's ",title,content"
with its index column: dev s32_01-03, s32_08): headline, day and link from what each column IS, the quoted body
with its commas and line breaks whole, the header and the counts never text; a related list glued to an article's
last sentence in one line ("…投資決定。延伸閱讀：…") goes with its heading.

The files are written here in the shapes of those dev files; the guards keep prose whose lines hold as many commas, a
table of figures, and a sentence that opens with the words of a pointer."""

from __future__ import annotations

import json

from briefreader.ingest import ingest_bytes, ingest_entries
from briefreader.ingest.clean import drop_boilerplate

_POSTS = [
    (
        "2020-06-18",
        "#某市防疫再入战时状态#",
        "【#某市防疫再入战时状态#】昨天下午，某市疫情防控工作领导小组召开会议。会议强调，应急响应级别调至二级，"
        "使疫情防控工作又一次进入战时状态。（某市日报）",
    ),
    (
        "2020-06-17",
        "#进出京火车票退票免收手续费#",
        "【转发周知！#进出京火车票退票免收手续费#】记者从铁路部门获悉，为配合做好疫情防控工作,铁路部门决定："
        "自2020年6月17日0时起，旅客办理退票时，均不收取退票手续费。（记者陈某）",
    ),
    (
        "2020-06-16",
        "#某地新增确诊病例超百例#",
        "【#某地新增确诊病例超百例#】6月16日晚，某地召开疫情防控例行新闻发布会。会上介绍，\n自6月11日至15日，"
        "累计报告确诊病例106例。目前，9个区已经报告确诊病例。（某地青年报）",
    ),
]


def _weibo_csv() -> str:
    rows = [" 时间,标签（标题),内容,转发数,点赞数,评论数,热评链接"]
    for n, (day, tag, body) in enumerate(_POSTS):
        quoted = f'"{body}"' if ("," in body or "\n" in body) else body
        rows.append(f"{day},{tag},{quoted},{100 + n},{11114 + n},{300 + n},https://weibo.cn/comment/hot/J{n}?rl=2")
    return "\r\r\n".join(rows) + "\r\r\n"


def test_a_csv_corpus_with_a_header_is_one_briefing_a_row() -> None:
    got = ingest_entries(_weibo_csv().encode("utf-16"), id="posts.csv", suffix=".csv")
    assert [b.title for b in got] == [tag for _, tag, _ in _POSTS]
    assert [str(b.date)[:10] for b in got] == [day for day, _, _ in _POSTS]
    for b, (_, _, body) in zip(got, _POSTS, strict=True):
        assert b.format == "record"
        # the quoted body whole, its ASCII comma and its line break inside
        assert "".join(body.split()) in "".join(b.text.split())
        for chrome in ("转发数", "点赞数", "热评链接", "weibo.cn/comment", "11114"):
            assert chrome not in b.text
    # the comments' address is no link of the post (its header names another's)
    assert all("comment" not in (b.link or "") for b in got)


def _quoted(field: str) -> str:
    return f'"{field}"' if "," in field else field


def test_a_headerless_csv_of_address_title_body_is_read_by_what_its_columns_are() -> None:
    bodies = [
        ",,新华社北京5月30日电,国务院任免国家工作人员,,,,任命某某为某大学校长,副部长级,,免去某某的某大学校长职务,,,,",
        ",,人民网北京5月30日电,,记者杨某,日前,国家广播电视总局印发,经纪机构管理办法,,以下简称,管理办法,,,规范经纪活动,,,,",
        ",,本报济南5月29日电,,,记者徐某,山东省邹平市,拆除2个老旧厂房,腾出680亩土地,一个新的基地拔地而起,,,,",
    ]
    titles = ["国务院任免国家工作人员", "国家广播电视总局,规范经纪活动", "山东努力塑造高质量发展新优势"]
    urls = [f"http://politics.people.com.cn/n1/2022/0530/c1001-3243416{n}.html" for n in range(3)]
    text = "\n".join(f'{u},{_quoted(t)},"{b}"' for u, t, b in zip(urls, titles, bodies, strict=True))
    got = ingest_entries(text.encode("gbk"), id="news.csv", suffix=".csv")
    assert [b.title for b in got] == titles
    assert [b.link for b in got] == urls
    assert "任命某某为某大学校长,副部长级" in got[0].text
    assert "腾出680亩土地" in got[2].text
    assert all("people.com.cn" not in b.text for b in got)


def test_a_dataframe_saved_with_its_index_column_is_read_as_records() -> None:
    body = "（中央社記者某某台北2024年2月2日電）人工智慧概念股強勢，帶動台股今天終場上漲91.82點，收在18059.93點。"
    text = ",title,content\n" + "\n".join(
        f"0,台股收漲第{n}則新聞標題,{body.replace('91.82', str(90 + n))}" for n in range(3)
    )
    got = ingest_entries(text.encode("utf-8"), id="news.csv", suffix=".csv")
    assert [b.title for b in got] == [f"台股收涨第{n}则新闻标题" for n in range(3)] or [b.title for b in got] == [
        f"台股收漲第{n}則新聞標題" for n in range(3)
    ]
    assert all("title,content" not in b.text for b in got)


def test_prose_with_as_many_commas_in_each_line_stays_one_text() -> None:
    # (no header naming a field, no column of addresses or days: commas and nothing else)
    text = (
        "In the spring of that year, the council met again to discuss the plan for the new library in the town.\n"
        "After a long debate, the members agreed that the building should open before the end of the next summer.\n"
        "The mayor said, with some relief, that the funds would come from the state and from private donors alike.\n"
    )
    got = ingest_entries(text.encode("utf-8"), id="essay.txt", suffix=".txt")
    assert len(got) == 1
    assert "the council met again" in got[0].text and "private donors alike" in got[0].text


def test_a_table_of_figures_in_csv_is_no_corpus() -> None:
    text = "地区,2022年,2023年,增长\n北京,41610.9,43760.7,5.2\n上海,44652.8,47218.7,5.0\n广东,129118.6,135673.2,4.8\n"
    got = ingest_entries(text.encode("utf-8"), id="gdp.csv", suffix=".csv")
    assert len(got) == 1
    assert "43760.7" in got[0].text


_ARTICLE = (
    "南韓記憶體大廠傳出選定印第安那州打造先進封裝廠，目標是降低美國對台灣先進晶片的依賴。\n"
    "一名美國官員表示，概念就是要在美國境內生產更多先進晶片、降低對台灣的依賴。\n"
)


def test_a_related_list_glued_to_the_last_sentence_goes() -> None:
    glued = (
        "(圖片來源：shutterstock)＊編者按：本文僅供參考之用，讀者務請運用個人獨立思考能力，自行作出投資決定。"
        "延伸閱讀：尋找代工廠？某公司執行長將現身晶圓大會某國選前撒幣 將補助晶片廠數十億美元資料來源-某某理財網"
    )
    b = ingest_bytes((_ARTICLE + glued).encode("utf-8"), id="a.txt", suffix=".txt")
    assert "先進封裝廠" in b.text or "先进封装厂" in b.text
    for chrome in ("延伸", "代工", "撒币", "撒幣"):
        assert chrome not in b.text
    assert "投资决定。" in b.text or "投資決定。" in b.text


def test_a_pointer_without_its_colon_or_inside_the_text_stays() -> None:
    text = (
        "某市今年新增城镇就业十二万人，城镇登记失业率控制在百分之三以内。相关新闻显示，该市招聘会提供岗位八万多个。\n"
        "某市还将举办招聘会三百余场。延伸阅读：某市就业政策汇编（见附件一）。\n"
        "市人力资源和社会保障局负责人介绍，该市今年帮助两万多名困难人员实现就业。\n"
    )
    out = drop_boilerplate(text)
    assert "相关新闻显示，该市招聘会提供岗位八万多个。" in out
    assert "延伸阅读：某市就业政策汇编" in out  # not the last line: the text's own


_TEASER = (
    "「讓體質更好不是壞事。」6月27日，金管會公布了一項全新法則，那就是「系統性重要銀行」名單，總共有五家銀行上榜。\n"
    "金管會主委表示，系統性重要銀行必須符合額外的資本適足和監理要求，要扮演金融市場穩定的力量。\n"
)


def test_a_pointer_to_the_rest_of_the_article_ends_it_with_the_relay_s_promotion() -> None:
    # a magazine's teaser relayed by a news site, in a scraper's JSON record (dev-retired23 s26h_09's shape)
    paragraphs = "".join(f"<p>{p}</p>" for p in _TEASER.splitlines())
    tail = (
        '<p>(閱讀全文… <a href="https://pse.is/HFUC8">https://pse.is/HFUC8</a>)</p>'
        "<p>更多內容，請參閱最新一期《某周刊》(第1176期)<br>閱讀更多文章，歡迎加入某周刊粉絲團&amp;LINE</p>"
        "<p>你可能也會感興趣》</p>"
        '<p><a href="https://pse.is/JXN29">「天啊！這麼高級真的可以給我？」台灣芒果珍貴如同黃金...日本人這樣「哈台灣」</a></p>'
        '<p><a href="https://pse.is/JWPP2">雙宋離婚教我的事：心裡有傷也別訴苦，溫柔「放下」，你將來會感謝現在大器的自己</a></p>'
    )
    record = {"title": "金管會公布5家系統性銀行", "date": "2019/07/12 18:11:00", "content": paragraphs + tail}
    b = ingest_bytes(json.dumps([record], ensure_ascii=False).encode("utf-8"), id="r.json", suffix=".json")
    assert "系统性重要银行" in b.text or "系統性重要銀行" in b.text
    for chrome in ("全文", "pse.is", "粉丝团", "粉絲團", "感兴趣", "感興趣", "芒果", "双宋", "雙宋"):
        assert chrome not in b.text


def test_prose_under_a_pointer_to_the_rest_stays() -> None:
    # a digest: each teaser's pointer goes, the next item's paragraphs are text
    more = (
        "阅读全文 >>\n"
        "某市今年新增城镇就业十二万人，城镇登记失业率控制在百分之三以内，全年共举办各类招聘会三百余场。\n"
        "市人力资源和社会保障局负责人介绍，该市今年共提供岗位八万多个，帮助两万多名困难人员实现就业。\n"
    )
    out = drop_boilerplate(_TEASER + more)
    assert "阅读全文" not in out
    assert "帮助两万多名困难人员实现就业。" in out and "招聘会三百余场。" in out


def _rss(content: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>某数据网</title>'
        "<link>http://www.example.com</link><description>发现数据的价值</description><item><title>某机构："
        "2025年上半年彩电销量1375万台</title><link>http://www.example.com/archives/1.html</link>"
        "<pubDate>Thu, 24 Jul 2025 22:00:06 +0000</pubDate>"
        f"<content:encoded><![CDATA[{content}]]></content:encoded></item></channel></rss>"
    ).encode("utf-8")


_SHORT_POST = (
    "<p>近日消息，据某机构数据显示，2025年上半年彩电市场呈现回暖趋势，销量达1375万台，同比增长1.8%。</p>"
    "<p>其中，MiniLED电视成为拉动行业增长的核心力量。</p>"
    "<p>搭载该技术的产品已跃升为市场主流，推动了产品结构升级。</p>"
)


def test_a_long_related_list_under_its_label_closing_a_short_entry_goes() -> None:
    items = "".join(
        f'<li><a href="http://www.example.com/archives/{n}.html">某机构：{2010 + n}年中国彩电市场简析第{n}期</a></li>'
        for n in range(15)
    )
    related = f'<div class="wp_rp_wrap"><h3 class="related_post_title">更多阅读：</h3><ul>{items}</ul></div>'
    (b,) = ingest_entries(_rss(_SHORT_POST + related), id="feed.xml", suffix=".xml")
    assert "MiniLED电视成为拉动行业增长的核心力量。" in b.text
    for chrome in ("更多阅读", "彩电市场简析"):
        assert chrome not in b.text


def test_a_reading_list_under_a_label_of_its_own_stays() -> None:
    # links as long as the post under a label that names what they are, not other pages of the site: the post's own
    items = "".join(
        f'<p><a href="http://www.example.org/report/{n}.pdf">某研究院《{2010 + n}年中国彩电市场年度发展研究报告'
        f"（第{n}卷）》全文及其附表下载</a></p>"
        for n in range(15)
    )
    (b,) = ingest_entries(_rss(_SHORT_POST + "<p>报告原文：</p>" + items), id="feed.xml", suffix=".xml")
    assert "2024年中国彩电市场年度发展研究报告（第14卷）" in b.text


def test_a_tab_separated_corpus_with_a_header_and_quoted_line_breaks_is_read_as_records() -> None:
    summary = "某市今年新增城镇就业十二万人，城镇登记失业率控制在百分之三以内，全年共举办各类招聘会三百余场，提供岗位八万多个。"
    rows = ["标题\t摘要\t正文\t链接\t发布时间"]
    for n in range(3):
        body = (
            f'"某市第{n}季度就业形势稳定。\n市人力资源和社会保障局负责人介绍，该市今年帮助两万多名困难人员实现就业。"'
        )
        rows.append(
            f"某市第{n}季度就业形势稳定\t{summary}\t{body}\thttp://www.example.gov.cn/{n}.html\t2024-0{n + 1}-15"
        )
    got = ingest_entries("\n".join(rows).encode("utf-8"), id="news.tsv", suffix=".tsv")
    assert [b.title for b in got] == [f"某市第{n}季度就业形势稳定" for n in range(3)]
    assert [str(b.date)[:10] for b in got] == ["2024-01-15", "2024-02-15", "2024-03-15"]
    assert all("帮助两万多名困难人员实现就业" in b.text and "example.gov.cn" not in b.text for b in got)


def test_paragraphs_indented_with_a_tab_stay_one_text() -> None:
    text = (
        "某市就业形势稳定\n\n\t某市今年新增城镇就业十二万人，城镇登记失业率控制在百分之三以内。\n"
        "\t市人力资源和社会保障局负责人介绍，该市今年帮助两万多名困难人员实现就业。\n"
        "\t全年共举办各类招聘会三百余场，提供岗位八万多个。\n"
    )
    got = ingest_entries(text.encode("utf-8"), id="a.txt", suffix=".txt")
    assert len(got) == 1 and "提供岗位八万多个。" in got[0].text


_STORY = (
    "“清晨青县棚中菜，午间京津盘中餐。”南接沧州、北依京津的青县，在京津菜篮子供应中的市场地位和地缘优势可见一斑。\n"
    "青县具有30余年的蔬菜种植历史，如今设施蔬菜播种面积达40万亩，年产蔬菜230多万吨，年产值近50亿元。\n"
    "目前，青县已建成8家蔬菜配送中心、9个产地市场，并与10多家大型蔬菜批发市场建立了稳定合作关系。\n"
    "卢茂凯表示，该县正在谋划建设综合性、现代化的大型蔬菜交易市场和综合物流园区，引导蔬菜产业提档升级。（记者 米某 王某）\n"
)


def test_a_page_copied_as_text_loses_its_menu_and_the_modules_under_the_story() -> None:
    head = (
        "网站首页时政国际财经台湾军事观点领导人事理论法治社会产经教育科普体育文化书画房产汽车旅游健康视频\n登录注册\n"
    )
    teaser = "大巨各庄，小穿芳峪，蓟州的两个村。一平原一山村，一南一北，村党组织书记都姓孟，互相比着干。"
    modules = (
        f"推荐阅读\n南北二孟擂台戏{teaser}\n天津频道|独家关注|高层动态\n|观点评论\n南北二孟擂台戏\n{teaser}\n"
        "天津频道|独家关注|高层动态 |观点评论\n精彩图集\n专访某某：做中文友好交流的纽带专访某某：做中文友好交流的纽带\n"
        "本网原创\n天津：一条海河观光带，半部津门改革史\n天津开发区税务局开展宣传辅导 派发个…\n"
        "天津市河西区展现特色文化 参与协同发展\n总动员齐上阵 天津市税务局打好个税改…\n热点排行\n"
        "国家先进计算产业创新中心落户天津\n天津小客车12月竞价结果出炉 个人最低…\n"
    )
    b = ingest_bytes((head + _STORY + modules).encode("utf-8"), id="page.txt", suffix=".txt")
    assert "青县具有30余年的蔬菜种植历史" in b.text and "（记者 米某 王某）" in b.text
    for chrome in ("网站首页", "登录注册", "推荐阅读", "擂台戏", "精彩图集", "纽带", "热点排行", "竞价结果"):
        assert chrome not in b.text


def test_a_related_section_with_paragraphs_under_it_stays() -> None:
    section = "相关新闻\n" + "".join(
        f"第{n}个县的蔬菜基地也在扩大规模，当地农民的种菜收入已占到纯收入的一半左右，京津市民的菜篮子更加丰富。\n"
        for n in range(1, 10)
    )
    out = drop_boilerplate(_STORY + section)
    assert "第9个县的蔬菜基地也在扩大规模" in out and "相关新闻" in out


def test_a_heading_that_opens_with_the_home_page_s_word_stays() -> None:
    text = "首页设计大赛开幕\n" + _STORY
    out = drop_boilerplate(text)
    assert out.startswith("首页设计大赛开幕")


def test_a_wiki_page_copied_as_text_loses_its_controls_and_keeps_its_headings() -> None:
    text = (
        "日本\n（重定向自Japan）\n日本国（日本语：日本国）简称日本，是位于亚洲东部的一个岛国，领土由四个大岛和六千多个小岛组成。\n"
        "目录 [隐藏]\n[编辑]历史\n日本列岛在旧石器时代已有人类居住，公元前后出现了许多小国，后来逐渐统一起来。\n"
        "[编辑]地理\n日本位于亚欧大陆东部、太平洋西北部，领土由北海道、本州、四国、九州四个大岛组成。\n查 · 论 · 编\n"
    )
    out = drop_boilerplate(text)
    for chrome in ("重定向", "[隐藏]", "[编辑]", "查 · 论 · 编"):
        assert chrome not in out
    assert "\n历史\n" in out and "\n地理\n" in out


def test_a_caption_with_its_credit_inside_a_paragraph_goes() -> None:
    line = (
        "我们之前只是觉得无人机可以在测绘行业应用，现在则是彻头彻尾地做测绘。工作人员进行作业准备和调试/图 来源某某网"
        "谭某：2017年5月份。测绘是有标准的，所有东西都需要跟着标准走。"
    )
    out = drop_boilerplate(line)
    assert "现在则是彻头彻尾地做测绘。谭某：2017年5月份。" in out
    assert "/图" not in out and "调试" not in out


# --- review s32 R4 R5 R6 R8 R9 (the reviewer's inputs): what the rules above must keep ---------------------------


def test_prose_under_a_read_the_rest_line_of_a_digest_or_a_meeting_stays() -> None:
    digest = (
        "本周科技要闻\n\n苹果发布新款MacBook Air\n苹果公司周一发布新款笔记本电脑，起售价7999元。\n阅读全文>>\n\n"
        "华为发布鸿蒙新版本\n华为宣布鸿蒙系统新版本将于下月推送，覆盖50款机型。"
    )
    assert "覆盖50款机型。" in drop_boilerplate(digest)
    meeting = "会议指出，今年以来全省经济运行总体平稳，就业形势总体稳定。\n点击阅读全文\n会议强调，各地区各部门要切实抓好落实。"
    assert "切实抓好落实。" in drop_boilerplate(meeting)
    english = (
        "The central bank said inflation is easing.\nRead more\nOfficials also signalled two cuts later this year."
    )
    assert "two cuts later this year." in drop_boilerplate(english)


def test_a_sentence_after_a_glued_pointer_heading_stays() -> None:
    line = (
        "今年以来地方政府专项债券发行明显提速，专项债发行提速将有力支撑基建投资。相关链接：专项债券是指为有一定收益的"
        "公益性项目发行的政府债券，是稳投资的重要工具。"
    )
    assert "是稳投资的重要工具。" in drop_boilerplate(line)


def test_a_count_of_posts_on_a_line_of_its_own_stays() -> None:
    text = "今年社区发展很快，感谢每一位成员的参与和贡献，我们明年见。\n12000 个帖子\n3500 位参与者"
    out = drop_boilerplate(text)
    assert "12000 个帖子" in out and "3500 位参与者" in out


def test_a_slash_before_tu_inside_a_sentence_cuts_nothing() -> None:
    for line in (
        "他说，这叫左文右图。很多读者喜欢看文/图结合的报道，新华社也推出了大量图文产品。",
        "报名时间为3月1日至15日。请上传照片/图片后到社区服务台领取报名表，逾期不再受理。",
        "本次活动吸引了上千名市民参加。主办方精选了二十组文/图作品在市电视台展播，观众反响热烈。",
    ):
        assert drop_boilerplate(line) == line


def test_a_headline_that_opens_with_the_home_page_s_word_is_no_menu() -> None:
    text = "首页设计大赛获奖作品展示开幕式在北京隆重举行\n" + _STORY
    assert drop_boilerplate(text).startswith("首页设计大赛获奖作品展示开幕式在北京隆重举行")


def test_a_csv_table_of_projects_is_one_document() -> None:
    rows = ["序号,项目名称,建设单位,总投资（万元）,建设内容"] + [
        f"{n},某市第{n}号道路改造工程项目,某市城市建设投资有限公司,{1000 * n},"
        f"新建城市主干道路{n}公里，同步配套建设雨污水管网、路灯照明、交通标志和绿化等附属设施，改善周边居民出行条件。"
        for n in range(1, 5)
    ]
    got = ingest_entries("\n".join(rows).encode("utf-8"), id="projects.csv", suffix=".csv")
    assert len(got) == 1


def test_a_csv_corpus_in_the_briefings_folder_is_listed_row_by_row(sample_config, tmp_path) -> None:
    """The records reader is reached from a user's folder: .csv and .tsv files are scanned (lead s32: until then
    only ingest_file read them, so the folder listed none), and a table of figures stays one briefing."""
    from dataclasses import replace

    from briefreader.library import load_library

    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "posts.csv").write_bytes(_weibo_csv().encode("utf-16"))
    (folder / "posts.tsv").write_text(_weibo_csv().replace(",", "\t"), encoding="utf-8")
    (folder / "table.csv").write_text("地区,2023年,2024年\n北京,100,120\n上海,90,95\n", encoding="utf-8")
    lib = load_library(
        replace(sample_config, briefings=folder, cache_dir=tmp_path / "cache", notes=tmp_path / "n.toml")
    )
    try:
        titles = sorted(b.title for b in lib.briefings if b.format == "record")
        assert titles == sorted(tag for _, tag, _ in _POSTS for _ in range(2))
        assert sum(1 for b in lib.briefings if b.id.startswith("table")) == 1
    finally:
        lib.close()
