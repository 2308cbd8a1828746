"""Session 36 (12-text): a failure notice is no article, and chrome inside or under an article by what each block IS.

- a text that is only what a site said instead of its article (a script wall, a missing page, an anti-bot check: dev
  s35_08's ten "Javascript must be enabled for the correct page display" rows) is not read: a problem with the notice
  as its reason; decided by the WHOLE text, never by the words inside an article;
- a record's typed blocks: a link's block ("点击阅读原文") is chrome, and blocks holding markup stay paragraphs apart;
- inside an article, a page's pointers to its other pages (a reading pointer with its one headline, a related picture
  gallery with its captions: dev-retired30 s33h_09, DW);
- an aggregator's bracketed tags line (dev-retired31 s34h_02), a VuePress tab's marker (s34h_07), a related list whose
  headlines ask or exclaim (s34h_05), a reading pointer with arrows and a plug glued to it (s34h_04), a suicide-
  prevention notice glued to the last words (s34h_05), an outlet's call to find its app in a store (s34h_01).

Inputs are written in those shapes; the guards keep what was right."""

from __future__ import annotations

import json
import time

from briefreader.hanzi import to_simplified
from briefreader.ingest import ingest_entries
from briefreader.ingest.clean import drop_boilerplate as _drop
from briefreader.ingest.clean import failure_notice
from briefreader.ingest.markdown import markdown_to_text
from briefreader.model import FATAL


def drop_boilerplate(text: str) -> str:
    """The line rules as the pipeline runs them: on the text in Simplified."""
    return _drop(to_simplified(text))


_STORY = (
    "運輸署表示，現時已有98%車輛獲發易通行車輛貼，但只有約9成已開立戶口，約7成車輛已設定自動繳費方式，"
    "3成車輛未設定，署方呼籲相關駕駛人士盡快完成手續。"
)


def _fatal(b) -> list[str]:
    return [p.message for p in b.problems if p.kind in FATAL]


def test_a_scrapers_rows_holding_only_a_script_wall_are_not_read() -> None:
    data = (
        "download_date,published_date_gmt,title,url,category,raw_text\n"
        "2023-08-24,2023-08-22 04:10:00,三成車輛未設定自動繳費方式,https://www.bastillepost.com/a/1,News,"
        '"Javascript must be enabled for the correct page display"\n'
        f'2023-08-24,2023-08-22 05:10:00,運輸署籲盡快完成手續,https://www.bastillepost.com/a/2,News,"{_STORY}"\n'
    ).encode("utf-8")
    wall, story = ingest_entries(data, id="t", suffix=".csv")
    assert not wall.text and _fatal(wall) and "Javascript must be enabled" in _fatal(wall)[0]
    assert "98%" in story.text and not _fatal(story)


def test_notice_pages_of_every_kind_are_no_article() -> None:
    for page in (
        "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
        "<p>The requested URL /news/2023/1.html was not found on this server.</p><hr><address>Apache/2.4.41 (Ubuntu) "
        "Server at example.com Port 80</address></body></html>",
        "<html><body><p>请开启JavaScript并刷新该页</p></body></html>",
        "<html><body><div>您的访问过于频繁，请稍后再试</div><div>返回首页</div></body></html>",
        "<html><body><p>抱歉，您访问的页面不存在或已被删除</p></body></html>",
        "<html><head><title>Just a moment...</title></head><body><p>Enable JavaScript and cookies to continue</p>"
        "</body></html>",
    ):
        b = ingest_entries(page.encode("utf-8"), id="t", suffix=".html")[0]
        assert not b.text and _fatal(b), page


def test_an_article_that_speaks_of_a_notice_is_read() -> None:
    for text in (
        "外交部發言人表示，該網站顯示「頁面不存在」，相關聲明已被刪除，外界質疑當局刻意隱瞞。",
        "Javascript must be enabled for the correct page display\n" + _STORY,  # a notice and the article: read
        "请开启JavaScript。" + _STORY,
    ):
        assert failure_notice(to_simplified(text)) == ""
    assert failure_notice("页面不存在") == "页面不存在"
    assert failure_notice("404 Not Found\nnginx/1.18.0") == "404 Not Found"
    hostile = "Javascript must be enabled " * 40_000  # 1 MB: refused by its length at once
    start = time.process_time()
    assert failure_notice(hostile) == "" and failure_notice("404 " * 99 + "x") == ""
    assert time.process_time() - start < 0.5


def test_a_records_link_block_is_chrome_and_markup_blocks_stay_apart() -> None:
    blocks = [
        {
            "type": "text",
            "data": "<p>国务院总理主持召开国务院常务会议，部署进一步稳就业举措，要求各地加大政策支持力度。</p>",
        },
        {"type": "text", "data": "会议指出，要把稳就业摆在<b>更加突出</b>的位置，确保就业形势总体稳定。"},
        {"type": "link", "data": "点击阅读原文"},
    ]
    news = [
        {"title": f"国务院部署稳就业举措{k}", "url": f"http://www.ce.cn/{k}.shtml", "ts": "1494203812000",
         "content": blocks}
        for k in (1, 2)
    ]  # fmt: skip
    first = ingest_entries(json.dumps({"data": {"news": news}}, ensure_ascii=False).encode(), id="t", suffix=".json")[0]
    assert "阅读原文" not in first.text
    assert first.text.split("\n")[-1] == "会议指出，要把稳就业摆在更加突出的位置，确保就业形势总体稳定。"


def test_an_articles_pointer_to_another_page_and_a_related_gallery_go() -> None:
    text = (
        "至于疫情期间，卫生纸为何会成为抢购囤积的物资，至今还没有有说服力的解释，而这已经引发了环境问题。\n"
        "延伸阅读：瘟疫连三月 厕纸抵万金?\n"
        "德国联邦环境署日前发出警告说，使用厨用纸、餐巾纸或湿纸巾作为卫生纸的替代品，后果十分严重。\n"
        "相关图集：日常生活中哪里细菌最多？\n"
        "细菌的种类：不是所有细菌都同样危险。例如沙门氏菌是通过受污染的鸡蛋进行传播。\n"
        "钞票有多肮脏？：钞票从一个人传向另一人。纽约研究人员已经在钞票上确定多达3000种不同类型的细菌。\n"
        "医院是危险区：尤其在医院，人们必须做到认真洗手。因为耐药细菌可在极快速度下传播。"
    )
    assert drop_boilerplate(text) == (
        "至于疫情期间，卫生纸为何会成为抢购囤积的物资，至今还没有有说服力的解释，而这已经引发了环境问题。\n"
        "德国联邦环境署日前发出警告说，使用厨用纸、餐巾纸或湿纸巾作为卫生纸的替代品，后果十分严重。"
    )
    # a sentence after the label is the text's; so are a gallery heading over one caption and labelled lines alone
    own = "他说，相关报道：本报记者昨日已赴现场采访。\n" + _STORY
    assert drop_boilerplate(own) == to_simplified(own)
    one = "相关图集：会场一瞥\n会场一瞥：代表们在会前交谈，气氛轻松。\n" + _STORY
    assert "会场一瞥：代表们" in drop_boilerplate(one)
    labelled = "细菌的种类：不是所有细菌都同样危险。\n霉菌孵化器：即便是保持得干净的冰箱中也包含多种细菌。"
    assert drop_boilerplate(labelled) == labelled


def test_an_aggregators_tags_line_goes() -> None:
    text = "[标签: 军事国防, 科技前沿]\n中新社北京4月18日电 在17日至18日于北京举行的第七届台胞社团论坛上，大陆学者指出困境。"
    assert drop_boilerplate(text) == text.split("\n")[1]
    own = "[注：本文数据截至3月底]\n" + _STORY  # (a bracketed note of the text's own)
    assert drop_boilerplate(own) == to_simplified(own)


def test_a_vuepress_tabs_markers_go_and_their_titles_stay() -> None:
    page = "# 条例\n\n::: tabs\n\n@tab 章节\n\n第一章 总则\n\n@tab:active 条例\n\n第一条 为了防治扬尘污染，制定本条例。\n\n:::\n"
    text = markdown_to_text(page)
    assert "@tab" not in text and "章节" in text and "第一条 为了防治扬尘污染，制定本条例。" in text
    plain = "联系我们\n\n@tab 是一个标签。\n"  # (no tabs container: a line as written)
    assert "@tab 是一个标签。" in markdown_to_text(plain)


def test_related_headlines_that_ask_and_a_pointer_with_arrows_go() -> None:
    text = (
        "尽管如此，多年来仍有国家不时传出成功促成人猩混种实验，引发道德与伦理的争议。\n延伸閱讀：\n"
        "遊客赴泰國海灘划艇 驚見滿身棕毛「人猿」生物吹笛 原來係……\n人與人猿之間神秘動物？美國研究團隊揭開聖母峰「雪人」真面目\n"
        "文章授權轉載自《香港01》"
    )
    assert drop_boilerplate(text) == to_simplified(
        "尽管如此，多年来仍有国家不时传出成功促成人猩混种实验，引发道德与伦理的争议。"
    )
    arrows = (
        "來一趟「蔬皮肚皮 Super Duper」享受異國風情的周末吧！\n"
        "延伸閱讀>>【現在去哪兒】南投兩天一夜深度遊，泡湯、美景、吊橋全攻略想知道更多全台精彩生活資訊，請上「ShareLife分享生活」"
    )
    assert drop_boilerplate(arrows) == to_simplified("來一趟「蔬皮肚皮 Super Duper」享受異國風情的周末吧！")


def test_a_glued_suicide_prevention_notice_goes_and_a_story_on_suicide_stays() -> None:
    text = (
        "「我們會在天空上再見的，弘樹，謝謝您再次藉著《奈緒子》喚醒我對跑步的熱情!」by 筆者"
        "自殺，不能解決難題；求助，才是最好的路。求救請打1995 ( 要救救我 )"
    )
    assert drop_boilerplate(text) == to_simplified(
        "「我們會在天空上再見的，弘樹，謝謝您再次藉著《奈緒子》喚醒我對跑步的熱情!」by 筆者"
    )
    story = "衛福部統計，去年自殺死亡人數較前年減少，專家呼籲社會持續關注青少年的心理健康，學校應加強輔導。"
    assert drop_boilerplate(story) == to_simplified(story)


def test_an_outlets_app_store_call_goes_and_a_sentence_on_an_app_stays() -> None:
    text = (
        "目前，Hater 拥有31万注册用户，平均有3万的日活量。\n喜欢这篇文章？去 App 商店搜 好奇心日报，每天看点不一样的。"
    )
    assert drop_boilerplate(text) == "目前，Hater 拥有31万注册用户，平均有3万的日活量。"
    own = "目前，Hater 拥有31万注册用户，平均有3万的日活量。\n用户可在应用商店搜索下载这款软件，目前仅支持iOS。"
    assert drop_boilerplate(own) == own


def test_an_epaper_pages_navigation_before_the_text_goes() -> None:
    text = "第7版：网络文艺上一版下一版返回栏目上一篇放大+缩小-默认o值得关注的“反IP”现象□贾 想一十年前，文化产业最激动人心的概念是“IP”。"
    assert drop_boilerplate(text) == "值得关注的“反IP”现象□贾 想一十年前，文化产业最激动人心的概念是“IP”。"
    # (a sentence that names the page and one button is the text's)
    own = "第1版：新闻上一篇报道引发热议，读者纷纷来信，编辑部决定继续跟进此事，并于明日刊发续篇。"
    assert drop_boilerplate(own) == own
    hostile = "第1版：新闻" + "上一篇下一篇放大+" * 60_000  # half a MB of buttons: one strip, then the rest as text
    start = time.process_time()
    drop_boilerplate(hostile)
    assert time.process_time() - start < 5


def test_a_firms_statement_and_the_page_footer_under_it_go() -> None:
    prose = [
        "《人行数安办法》构建了全方位的监管与责任体系，人行及其分支机构对存在较大安全风险的机构可约谈、要求整改。",
        "总体而言，近两年数据安全领域立法频繁，此前法规已经提及金融行业的数据分类分级等办法将由行业主管部门自行制定。",
        "《人行数安办法》的正式生效时间为2025年6月30日，市场从业主体尚有一个多月的时间进行相应的合规自查和优化准备。",
    ]
    footer = [
        "特别声明",
        "汉坤律师事务所编写《汉坤法律评述》的目的仅为帮助客户及时了解中国法律及实务的最新动态和发展，仅供参考，"
        "不应被视为任何意义上的法律意见或法律依据。",
        "如您对本期《汉坤法律评述》内容有任何问题或建议，请与汉坤律师事务所以下人员联系：",
        "电话： +86 21 6080 0946",
        "关于汉坤",
        "北京市东城区东长安街1号东方广场C1座9层邮编：100738电话：+86 10 8525 5500",
        "免责声明",
        "隐私条款",
    ]
    assert drop_boilerplate("\n".join(prose + footer)) == "\n".join(prose)
    # a statement that is the text's own (a company's, with its content) stays
    own = prose + [
        "特别声明",
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载，并对其内容的真实性承担法律责任。",
    ]
    assert drop_boilerplate("\n".join(own)) == "\n".join(own)


def test_a_paid_plug_goes_and_the_address_its_label_names_stays() -> None:
    text = (
        "总而言之，如果你受够了手动剪辑的繁琐，那么short-video-maker是一个值得深入研究的开源项目。\n开源地址\n"
        "https://gitcode.com/gh_mirrors/sh/short-video-maker\n7元解锁710+AI与开源项目资料，每周更新，包括90+低开平台"
    )
    assert drop_boilerplate(text) == text.rsplit("\n", 1)[0]
    own = "该平台推出付费阅读功能。\n用户支付6元即可解锁全部内容，平台与作者按七三分成。"
    assert drop_boilerplate(own) == own


def test_a_threads_replies_under_its_first_post_go() -> None:
    post = [
        "jinsewuduan超人就是我2018-04-23 13:32:55 [楼主]1楼",
        "我是外国语学院的辅导员王艳超。周日下午和晚上，出于对岳昕同学的关心，我通过微信、电话联系岳昕同学，一直没联系上。",
    ]
    replies = [
        "ChairmanJ酱还是老的辣 最后修改于2018-04-23 13:53:54 2楼",
        "您真是个负责的好辅导员！",
        "cherryorangecherryorange 2018-04-23 13:38:59 3楼",
        "最怕突然的关心。。。",
        "Asgardian举泰山以为肉，倾东海以为酒2018-04-23 13:52:59 4楼依照现在的情形，我觉得某些人要凉了。",
    ]
    assert drop_boilerplate("\n".join(post + replies)) == "\n".join(post)
    # stamps with floors that do not count up from the first are a text's own (a list of what happened where)
    own = [
        "2018-04-23 13:32:55 3楼发现火情，保安随即报警。",
        "2018-04-23 13:40:00 5楼疏散住户，无人受伤。",
        "2018-04-23 13:45:10 1楼大堂设临时指挥部。",
        post[1],
    ]
    assert drop_boilerplate("\n".join(own)) == "\n".join(own)


def test_an_archives_source_note_an_outlets_product_plug_and_a_templates_note_go() -> None:
    note = "來源說明：原文（http://zqb.cyol.com/html/2018-04/26/nbs.D110000zgqnb_05.htm）已被刪。本篇的來源是人民政協網轉載中國青年報。"
    text = note + "\n" + _STORY
    assert drop_boilerplate(text) == to_simplified(_STORY)
    plug = _STORY + "\n推荐进入财新数据库，可随时查阅宏观经济、股票债券、公司人物，财经数据尽在掌握。"
    assert drop_boilerplate(plug) == to_simplified(_STORY)
    template = "最新消息\n" + _STORY + "\n※此區為圖文編輯器，可由後台新增/編輯，圖片寬高不限，建議寬度1250px"
    assert drop_boilerplate(template) == to_simplified("最新消息\n" + _STORY)
    # a sentence of the story about a site's back end, or a recommendation inside the text, stays
    own = (
        "記者發現，該網站的後台編輯器存在漏洞，駭客可藉此竄改頁面。\n推荐进入决赛的选手共有十名，评委将于下周公布结果。\n"
        + _STORY
    )
    assert drop_boilerplate(own) == to_simplified(own)
    last = _STORY + "\n推荐进入决赛的选手共有十名，评委将于下周公布结果。"  # (last, and no product of the outlet's)
    assert drop_boilerplate(last) == to_simplified(last)


def test_a_microblogs_timeline_under_its_post_goes() -> None:
    post = "【得州883家幼儿园染疫】新冠肺炎疫情下，家长们担心把孩子送回校园，在得克萨斯州，托儿所的确诊病例增长速度明显变快了。O网页链接"
    timeline = [
        "发布了头条文章：《加拿大实际感染比确诊高几倍？过两周见分晓》 °加拿大实际感染比确诊高几倍？过两周见分晓",
        "【市场速递】在过去的周末，全球新冠疫情继续蔓延、失控。",
        "发布了头条文章：《内蒙通报鼠疫病例，会不会大规模爆发？》 °内蒙通报鼠疫病例，会不会大规模爆发？",
    ]
    assert drop_boilerplate("\n".join([post, *timeline])) == post
    one = [post, timeline[0], _STORY]  # (one such line: a post that quotes it)
    assert drop_boilerplate("\n".join(one)) == to_simplified("\n".join(one))


def test_a_pages_download_button_index_field_and_reading_suggestions_go() -> None:
    text = (
        "检索关键词: 人工智能, 北斗\n"
        + _STORY
        + "\n【原文下载】\n关于印发《上海市脑机接口未来产业培育行动方案》的通知.pdf"
    )
    assert drop_boilerplate(text) == to_simplified(
        _STORY + "\n关于印发《上海市脑机接口未来产业培育行动方案》的通知.pdf"
    )
    suggestions = (
        _STORY
        + "\n你可能错过的好文章\n极简三步，我的个人知识管理工作流\n日本浮生录01：首次自驾，听佐渡岛与大地艺术节的交响"
    )
    assert drop_boilerplate(suggestions) == to_simplified(_STORY)
    own = "检索关键词的选择决定了结果的好坏。\n" + _STORY  # (a sentence about keywords)
    assert drop_boilerplate(own) == to_simplified(own)


def test_a_digest_records_list_of_items_is_its_text_though_no_item_ends_a_sentence() -> None:
    record = {
        "date": "2025-12-14",
        "news": [
            "2025 年度中国电影总票房已突破 500 亿元，其中全年动画电影票房超 245 亿元，接近全年总票房的一半",
            "中指研究院报告：未来五年新建商品住宅年均销售面积预计 7 亿 - 8 亿平方米",
            "上海浦东：针对新注册 AI 一人创业公司，提供最高 30 万元的免费算力",
        ],
        "cover": "https://mmbiz.qpic.cn/sz_mmbiz_jpg/x/640?wx_fmt=jpeg",
        "tip": "没有任何一朵花，一开始便是花。也没有任何一朵花，直到最后也仍是花",
        "created_at": 1765647890000,
    }
    (b,) = ingest_entries(json.dumps(record, ensure_ascii=False).encode(), id="t", suffix=".json")
    assert "免费算力" in b.text and "7亿 - 8亿平方米" in b.text
    # (a list of short labels is no list of items)
    labels = {
        "date": "2025-12-14",
        "news": ["财经新闻", "楼市动态", "科技前沿"],
        "tip": "楼市成交回暖，多个新盘热卖，二手房成交创下六十天新高。",
        "created_at": 1765647890000,
    }
    (c,) = ingest_entries(json.dumps(labels, ensure_ascii=False).encode(), id="t", suffix=".json")
    assert c.text == "楼市成交回暖，多个新盘热卖，二手房成交创下六十天新高。"
