"""Session 37 (12-text): a record's list of strings is a list of paragraphs, and a last line goes as a site's offer
only when the WHOLE line is the offer.

- a digest record's one-line items ("news": [...], dev-retired25 s28h_03) stay a paragraph each: no item ends a
  sentence, so the lines used to run together; an item cut on a comma still joins the next (dev s16_18);
- a paid plug or an outlet's product plug (dev-retired20 s23_03, dev s31_06) goes only when no clause of the line
  remarks on the offer ("9.9元即可解锁全部课程，这是该平台最常见的营销方式。" is the article's: review s36).

Inputs are written in those shapes; the guards keep what was right."""

from __future__ import annotations

import json

from briefreader.hanzi import to_simplified
from briefreader.ingest import ingest_entries
from briefreader.ingest.clean import drop_boilerplate as _drop


def drop_boilerplate(text: str) -> str:
    """The line rules as the pipeline runs them: on the text in Simplified."""
    return _drop(to_simplified(text))


_ITEMS = [
    "2025 年度中国电影总票房已突破 500 亿元，其中全年动画电影票房超 245 亿元，接近全年总票房的一半",
    "中国经济年会：今年我国经济总量预计达 140 万亿元左右，主要经济指标表现好于预期",
    "医保局公布 2026 年重点计划：职工医保个人账户明年全面实现跨省共济",
    "上海浦东：针对新注册 AI 一人创业公司，提供最高 30 万元的免费算力",
]


def _read(record: object) -> str:
    (b,) = ingest_entries(json.dumps(record, ensure_ascii=False).encode(), id="t", suffix=".json")
    return b.text


def test_a_digest_records_items_stay_a_paragraph_each() -> None:
    tip = "没有任何一朵花，一开始便是花。也没有任何一朵花，直到最后也仍是花"
    text = _read({"date": "2025-12-14", "news": _ITEMS, "tip": tip})
    lines = [line for line in text.split("\n") if line]
    for item in _ITEMS[1:]:  # (the first is the record's headline)
        assert any(line.endswith(item[-6:]) for line in lines), item
    # no line holds the end of one item and the start of the next
    assert not any("一半中国经济年会" in line or "预期医保局" in line or "共济上海" in line for line in lines)
    assert lines[-1] == tip  # (the tip field, under the items, its own paragraph too)


def test_a_records_body_list_joins_a_sentence_the_scraper_cut_on_a_comma_or_where_a_link_was() -> None:
    lead = "近年来，“东方红万里行”完成升级迭代，课程内容最新涵盖宏观形势、投资理论、基金理财、资产配置及日常陪伴"
    rest = "并且东方红资产管理搭建了跨部门协同的矩阵式讲师团队，实现全业务条线覆盖。"
    gap = [
        "搜狐“极昼工作室”报道，老板自称“世界第一华人催眠大师”，他负责在课外教范小勤普通话、人际沟通、逻辑思维，"
        "以及帮他对接媒体。他曾策划范小勤与“冰花男孩”的第一次见面，希望打造“公益爱心",
        "小马云”的公众形象，但似乎并未成功。",
        "在范家发的眼里，刘长江是贵人，不但帮他“养”范小勤，还几次帮他装修房子，是真心想帮助他们家。",
    ]
    records = [
        {"title": "东方红万里行走进社区", "date": "2026-06-12", "content": [lead + "，", rest]},
        {"title": "消失的小马云", "date": "2020-11-27", "content": gap},
    ]
    got = ingest_entries(json.dumps(records, ensure_ascii=False).encode(), id="t", suffix=".json")
    assert "日常陪伴，并且东方红" in got[0].text  # (one sentence, cut by the scraper on its comma)
    assert "打造“公益爱心小马云”的公众形象" in got[1].text  # (a name that was a link is missing: the rest goes on)
    assert got[1].text.split("\n")[-1] == gap[-1]  # (a string that ends a sentence ends its paragraph)
    # a body given as one string is a plain text: its blank lines are no sure paragraph end (a double-spaced file)
    one = [{"title": "东方红万里行走进社区", "date": "2026-06-12", "content": lead + "\n\n" + rest}]
    (w,) = ingest_entries(json.dumps(one, ensure_ascii=False).encode(), id="t", suffix=".json")
    assert "日常陪伴并且" in w.text


_STORY = "该平台推出付费阅读功能，吸引了大量用户。"


def test_a_paid_plug_goes_only_when_the_whole_line_is_the_offer() -> None:
    offers = [
        "7元解锁710+AI与开源项目资料，每周更新，包括90+低开平台",
        "推荐进入财新数据库，可随时查阅宏观经济、股票债券、公司人物，财经数据尽在掌握。",
    ]
    for offer in offers:
        assert drop_boilerplate(_STORY + "\n" + offer) == _STORY, offer
    remarks = [
        "9.9元即可解锁全部课程，这是该平台最常见的营销方式。",
        "9.9元即可解锁全部课程，但多数用户并不买账。",
        "9.9元解锁全部课程，其实就是换了个名字卖会员。",
        "推荐进入财新数据库，这是该社去年推出的付费产品。",
        "欢迎使用“粤省事”小程序，但不少用户反映其操作繁琐。",
    ]
    for remark in remarks:
        assert drop_boilerplate(_STORY + "\n" + remark) == _STORY + "\n" + remark, remark


def test_json_objects_written_back_to_back_are_records() -> None:
    objects = [
        {"url": f"https://news.163.com/20/1127/{n}.html", "title": f"第{n}条新闻的标题", "time": "2020-11-27 12:39:00"}
        | {"source": "澎湃新闻", "content": [f"四年前，第{n}条新闻的正文在这里，写成一个句子。"]}
        for n in range(3)
    ]
    glued = "".join(json.dumps(o, ensure_ascii=False) for o in objects)  # "…}{…": no separator
    got = ingest_entries(glued.encode(), id="t", suffix=".json")
    assert [b.title for b in got] == [o["title"] for o in objects]
    pretty = "\n".join(json.dumps(o, ensure_ascii=False, indent=2) for o in objects)  # pretty-printed, one by one
    assert [b.title for b in ingest_entries(pretty.encode(), id="t", suffix=".json")] == [o["title"] for o in objects]
    # a JSON lines file with a line cut short still loses that line only
    lines = [json.dumps(o, ensure_ascii=False) for o in objects]
    cut = "\n".join([lines[0], lines[1][:40], lines[2]])
    assert [b.title for b in ingest_entries(cut.encode(), id="t", suffix=".json")] == [
        objects[0]["title"],
        objects[2]["title"],
    ]


def test_a_field_given_as_an_object_of_its_renderings_is_read_as_its_text() -> None:
    posts = [
        {
            "id": n,
            "date": "2025-09-10T11:52:21",
            "title": {"rendered": f"台鋼獵鷹第{n}則新聞"},
            "content": {
                "rendered": f"<p>〔記者王姝琇／台南報導〕第{n}則新聞的內文，為迎接創校130週年舉辦籃球交流活動。</p>"
            },
            "excerpt": {"rendered": "<p>摘要 [&hellip;]</p>", "protected": False},
            "yoast_head_json": {
                "title": "站名 - TSG WingStars",
                "description": "一個網站的說明文字，寫成一個句子。",
                "og_locale": "zh_TW",
                "og_type": "article",
                "og_title": "站名",
                "og_url": "https://example.org/",
                "og_site_name": "TSG WingStars",
            },
        }
        for n in range(2)
    ]
    got = ingest_entries(json.dumps(posts, ensure_ascii=False).encode(), id="t", suffix=".json")
    assert [b.title for b in got] == ["台钢猎鹰第0则新闻", "台钢猎鹰第1则新闻"]
    assert all("为迎接创校130周年" in b.text for b in got)
    topics = [
        {
            "title": "台灣，危險之島",
            "published_date": "2018-04-17T00:00:00Z",
            "description": {
                "html": "<p>去年12月，一場燃燒8個小時的大火，刺痛所有移工最深的恐懼。</p>",
                "api_data": [
                    {"type": "unstyled", "content": ["去年12月，一場燃燒8個小時的大火，刺痛所有移工最深的恐懼。"]}
                ],
            },
            "team_description": {
                "html": "<p>記者｜簡永達</p>",
                "api_data": [{"type": "unstyled", "content": ["記者｜簡永達"]}],
            },
        }
    ]
    (t,) = ingest_entries(json.dumps(topics, ensure_ascii=False).encode(), id="t", suffix=".json")
    assert t.title == "台湾，危险之岛" and "刺痛所有移工最深的恐惧" in t.text
    # an object with many keys is a record of its own, never one field's text
    wrapped = {"data": {"list": [{"title": f"第{n}条新闻的标题", "content": "第一句话在这里写成。"} for n in range(2)]}}
    assert len(ingest_entries(json.dumps(wrapped, ensure_ascii=False).encode(), id="t", suffix=".json")) == 2


def test_a_yaml_header_that_lost_its_opening_fence_is_the_posts_fields() -> None:
    from briefreader.ingest.frontmatter import split_front_matter

    post = (
        "title: 紀錄三讀通過交通處罰條例\ndate: 2021-12-10 21:32:34\ncategories: ramble\ntags:\n    - taiwan\n"
        "    - government\n\n---\n\n今天看到道路交通管理處罰條例修正草案三讀通過的事。\n"
    )
    front = split_front_matter(post)
    assert front.present and front.meta["title"] == "紀錄三讀通過交通處罰條例"
    assert front.body.startswith("今天看到")
    # a text that opens with a "title:" sentence over a rule has no header
    prose = "Title: 这是一篇文章的第一句话，不是字段。\n第二句话也在这里。\n\n---\n\n正文。\n"
    assert not split_front_matter(prose).present


def test_markdown_dated_links_to_other_issues_go_and_a_template_tag_renders_its_words() -> None:
    from briefreader.ingest.markdown import markdown_to_text

    body = "\n\n".join(
        [
            "# 科技爱好者周刊（第 198 期）",
            "重庆两江新区美术馆的公交车站，采用了板凳造型。这是本期的第一段正文，写得足够长。",
            "真正竞争的是高科技制造业，比如芯片、机器人、生物医药。这是本期的第二段正文。",
        ]
    )
    history = "\n\n## 历史上的本周\n\n" + "\n\n".join(
        [
            "2021年（第 147 期）：[寻找你愿意忍受的痛苦](https://www.ruanyifeng.com/blog/2021/02/weekly-issue-147.html)",
            "2020年（第 95 期）：[远程办公暴露冗余岗位](https://www.ruanyifeng.com/blog/2020/02/weekly-issue-95.html)",
        ]
    )
    out = markdown_to_text(body + history)
    assert "寻找你愿意忍受的痛苦" not in out and "历史上的本周" not in out and "板凳造型" in out
    # one dated link is a sentence's pointer, kept; numbered links are a digest's items, kept
    one = markdown_to_text(body + "\n\n2021年（第 147 期）：[寻找你愿意忍受的痛苦](https://example.org/147)")
    assert "寻找你愿意忍受的痛苦" in one
    items = markdown_to_text(
        body + "\n\n1、[寻找你愿意忍受的痛苦](https://a.org/1)\n\n2、[远程办公暴露冗余岗位](https://a.org/2)"
    )
    assert "寻找你愿意忍受的痛苦" in items
    tag = markdown_to_text(
        "议案关系文书 (备份档： {% asset_link final.pdf %} )\n\n{% asset_img law.png %}\n\n`{% raw %}` 是一个标签。"
    )
    assert "asset" not in tag.replace("`", "") and "final.pdf" in tag and "{% raw %}" in tag


def test_a_lone_script_statement_and_a_signature_pages_note_go_code_among_code_stays() -> None:
    notice = [
        "重庆市2026年绿色智能家电以旧换新线上“参与单位”预征集的公告",
        'var size = ""; if(size.length > 5)$(".a1_video").parent().show();',
        "为贯彻落实中央经济工作会议、市委经济工作会议精神，大力提振消费，全方位扩大内需，加力实施消费品以旧换新。",
        "（此页无正文）",
        "扬州市商务局",
        "2025年12月24日",
    ]
    out = drop_boilerplate("\n".join(notice)).split("\n")
    assert notice[1] not in out and "（此页无正文）" not in out and notice[2] in out and "扬州市商务局" in out
    sample = [
        "在 JavaScript 里声明变量的写法有几种，下面逐一说明它们的区别和用法。",
        "var size = 10;",
        "let name = 'x';",
        "每一行声明一个变量，分号结束语句，这是最常见的写法之一。",
        "声明之后可以这样调用：",
        'document.getElementById("a").focus();',
        "这样就把焦点放在了元素上，页面随即滚动到那里。",
    ]
    assert drop_boilerplate("\n".join(sample)) == "\n".join(sample)
    # a sentence of the document that opens with the words is its own
    own = "此页无正文的情况在公文中很常见，签署页单独成页时使用。"
    assert drop_boilerplate(_STORY + "\n" + own) == _STORY + "\n" + own


def test_a_records_summary_that_opens_with_a_tag_is_markup_though_cut_before_it_closes() -> None:
    summary = (
        '<img src="https://a.jiemian.com/https:/img.jiemian.com/101/original/20220307/164664251748738900_a580x330.png" />'
        "<p>国铁上海局消息，6月27日，我国首条民营控股高铁杭台高铁累计客流突破1亿人次。自2022年1月8日开通运营以来，杭台高"
    )
    items = [
        {"title": f"我国首条民营控股高铁累计客流突破1亿人次{n}", "date": "2026-06-27", "summary": summary}
        for n in range(2)
    ]
    got = ingest_entries(json.dumps(items, ensure_ascii=False).encode(), id="t", suffix=".json")
    assert all(b.text.startswith("国铁上海局消息") and "<" not in b.text and ".png" not in b.text for b in got)


def test_a_publishers_closing_quoted_note_goes_when_its_opening_note_links_the_same_publisher() -> None:
    from briefreader.ingest.markdown import markdown_to_text

    head = (
        "> * 原文地址：[Raspberry Pi’s Ninth Birthday](https://www.tomshardware.com/news/raspberry-pi-9th-birthday)\n"
        "> * 译文出自：[掘金翻译计划](https://github.com/xitu/gold-miner)\n\n"
        "# Raspberry Pi 九岁啦：你可能不知道的 9 件事\n\n"
        "Raspberry Pi 是世界上最受欢迎和最具创新的计算机系列之一，于 2012 年 2 月 29 日正式推出。\n\n"
    )
    foot = (
        "> 如果发现译文存在错误或其他需要改进的地方，欢迎到 [掘金翻译计划](https://github.com/xitu/gold-miner) 对译文进行修改。\n\n"
        "---\n\n"
        "> [掘金翻译计划]([https://github.com/xitu/gold-miner](https://github.com/xitu/gold-miner)) 是一个翻译优质互联网技术"
        "文章的社区，想要查看更多优质译文请持续关注 [官方微博](http://weibo.com/juejinfanyi)。\n"
    )
    out = markdown_to_text(head + foot)
    assert "正式推出" in out and "如果发现译文存在错误" not in out and "是一个翻译优质" not in out
    # a closing quotation that links elsewhere stays; so does one in a document with no quoted note above
    quote = "> 树莓派基金会在 [官方博客](https://www.raspberrypi.org/blog/) 上写道：九年来售出了 3800 万台。\n"
    assert "九年来售出了" in markdown_to_text(head + quote)
    assert "如果发现译文存在错误" in markdown_to_text(head.split("# ", 1)[1].join(["# ", ""]) + foot)
