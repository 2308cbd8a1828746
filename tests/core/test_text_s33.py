"""Session 33 (12-text): the leaks of the split retired this session (dev-retired28), fixed by what each block IS:

- a copied page's modules under its article, each a short label with its colon over headlines, several of them
  (s31h_05: "专题报道：/ 独家文章：/ 判决看点：" — a word list of 相关阅读/推荐阅读 missed them);
- a related headline linked in the article's last paragraph, glued after its last sentence (s31h_01);
- the tags an aggregator closes an item with, glued to the last sentence ("…问题。」#要聞", s31h_03);
- a share bar glued to the end of a page's text copied into one line ("…(记者) 新闻图片博客视频分享到:更多关于 的新闻",
  s31h_08);
- a JSON record whose body fields hold no text a reader can read (an unfilled template, U+FFFD bytes, an extract with
  its Chinese cut out: dev s33_05): its headline is its text, as a record's with an empty body;
- a fragment's <footer> (a feed entry's "自 快科技") reaches metadata as the page's tail, never the text.

The inputs are written here in those shapes; the guards keep what is text (a label over an article's own points, a
link inside a sentence, "C#", a Weibo topic, a sentence that asks to share, a short record's body of figures)."""

from __future__ import annotations

import json

from briefreader.ingest import ingest_bytes, ingest_entries
from briefreader.ingest.html import html_to_doc

_PROSE = (
    "尽管当局或许是从人性化角度考量，将宣判延至中秋节之后，但相信在刚刚过去的假期里，关注此案的社会各界心都一直是悬着的。\n"
    "从法院提供的画面来看，被告精神状态良好，看得出为此次听审还新理了头发，神情淡定地在被告席上站立。\n"
    "不出所料，申辩对最后的判决并没有产生实质性影响，判决结果亦在外界的预估范畴之内，这是各方都能接受的结果。\n"
    "可以说，舆论对此相对平静的反应，恰恰证明了此前对该案采取透明化审理的前瞻性，这无疑是法治建设的进步。\n"
)


def _text(body: str, suffix: str = ".txt") -> str:
    return ingest_bytes(body.encode("utf-8"), id="t", suffix=suffix).text


def test_labelled_modules_under_a_page_copy_go() -> None:
    modules = (
        "专题报道：\n宣判某某案\n独家文章：\n落马高官关键词：翻供 上诉 死刑\n某某案审判的进步与遗憾\n"
        "某案公判：奢华的控辩VS高调的判决\n判决看点：\n央视首次披露庭审同期声画面\n中院：滥用职权证据充分确凿\n"
        "法院：某某允发布某某证据充分\n"
    )
    text = _text("某某案审判的进步与遗憾\n" + _PROSE + modules)
    assert "这无疑是法治建设的进步。" in text
    for chrome in ("专题报道", "独家文章", "落马高官关键词", "判决看点", "央视首次披露庭审同期声画面", "证据充分确凿"):
        assert chrome not in text


def test_one_label_over_the_articles_own_points_stays() -> None:
    points = "主要任务：\n加快推进数字政府建设工作\n全面加强新型基础设施建设\n持续优化营商环境和服务\n切实保障和改善民生福祉\n深入推进生态文明建设\n"
    text = _text("某市发布工作要点\n" + _PROSE + points)
    assert "主要任务：" in text and "深入推进生态文明建设" in text


def test_a_headline_linked_after_the_last_sentence_goes() -> None:
    page = (
        "<html><head><title>母亲节</title></head><body><div id='nav'><a href='/'>首页</a></div><div class='content'>"
        + "".join(f"<p>{line}</p>" for line in _PROSE.strip().split("\n"))
        + "<p>萱草是百合科多年生草本植物，花蕾叫金针，也可作蔬菜供人食用，在我国南北方广为栽植。 <img src='dot.gif'>"
        "<a href='http://news.example.com/world/2012-04/25/c_123.htm'>吉总统签署法令创建“母亲日”</a></p>"
        "<p><a href='http://news.example.com/a.htm'>世界各地的母亲节</a> <a href='http://news.example.com/b.htm'>"
        "母亲节寄语</a></p></div><div class='footer'>版权所有 某某网</div></body></html>"
    )
    text = _text(page, ".html")
    assert "在我国南北方广为栽植。" in text
    assert "吉总统签署法令" not in text


def test_a_link_inside_the_last_sentence_stays() -> None:
    page = (
        "<html><head><title>通知</title></head><body><div class='content'>"
        + "".join(f"<p>{line}</p>" for line in _PROSE.strip().split("\n"))
        + "<p>具体办法请见市政府网站发布的<a href='http://gov.example.cn/a.htm'>关于做好某项工作的通知</a>。</p>"
        "</div></body></html>"
    )
    assert "关于做好某项工作的通知。" in _text(page, ".html")


def test_closing_tags_go_topics_and_code_stay() -> None:
    lead = "商务及经济发展局局长称，政府需要支援中小企渡过难关，令经济全面复苏。"
    assert _text("局长：政府一直支援中小企\n" + lead + "」#要闻").rstrip().endswith("复苏。」")
    assert "#港闻" not in _text("局长：政府一直支援中小企\n" + lead + "\n#要闻 #港闻")
    # a Weibo topic (closed by its "#") and a word with "#" in it are the text's own
    assert _text("北京暴雨\n" + lead + "#北京暴雨#").endswith("#北京暴雨#")
    assert "C# 编程" in _text("编程\n他说，我们这学期改用 C# 编程，同学们觉得上手很快，效果也不错。")


def test_a_share_bar_glued_to_a_one_line_copy_goes() -> None:
    line = (
        "穆里尼奥：皇马已死 新浪体育讯 穆里尼奥已经举手投降了？在主场0比2输给巴萨后，他在赛后的新闻发布会上表示，"
        "欧冠半决赛的结果在首轮比赛过后就已经确定。“我们必须带着全部的尊严前往巴塞罗那。”(塞尔吉奥/任语之) "
        "新闻图片博客视频分享到:更多关于  的新闻"
    )
    text = _text(line)
    assert "(塞尔吉奥/任语之)" in text
    assert "分享到" not in text and "更多关于" not in text


def test_a_sentence_that_asks_to_share_stays() -> None:
    text = _text("倡议\n" + _PROSE + "这一个句子的长度已经足够长了，我们欢迎读者把它分享到朋友圈，让更多人看到。")
    assert "分享到朋友圈，让更多人看到。" in text


def _newsapi(items: list[dict]) -> bytes:
    return json.dumps({"status": "ok", "totalResults": len(items), "articles": items}, ensure_ascii=False).encode()


def _item(title: str, content: str, description: str = "", n: int = 0) -> dict:
    return {
        "source": {"id": None, "name": "Example.com"},
        "author": None,
        "title": title,
        "description": description,
        "url": f"http://news.example.com/{n}.shtml",
        "publishedAt": f"2021-05-18T0{n}:56:11Z",
        "content": content,
    }


def test_a_record_with_no_readable_body_is_its_headline() -> None:
    items = [
        _item("澳媒文章：项目造福当地不容置疑", "", "有重要研究证据表明，中国公司在全球新兴经济体实现了本地化。", 1),
        _item(
            "《温暖的味道》首播登顶名场面不断",
            "{#if $T.t.abstract!=''}\r\n {$T.t.abstract.substring(0, 50)} [] \r\n{#/if}\r\n {$T.t.pub_date}",
            "\ufffd\ufffd5\ufffd\ufffd17\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd...",
            2,
        ),
        _item(
            "美联储官员：美国复苏可能会前所未见",
            "18/05/2021 - 13:3218/05/2021 - 13:05\r\n17 Federal Reserve2019\r\n Richard Clarida4266000\r\n© 2021 AFP",
            "",
            3,
        ),
    ]
    got = ingest_entries(_newsapi(items), id="news.json", suffix=".json")
    assert len(got) == 3
    assert "中国公司在全球新兴经济体实现了本地化" in got[0].text
    assert "《温暖的味道》首播登顶名场面不断" in got[1].text and "$T" not in got[1].text
    assert "美国复苏可能会前所未见" in got[2].text and "Clarida4266000" not in got[2].text


def test_a_record_body_of_figures_or_english_stays() -> None:
    items = [
        _item("外汇牌价", "USD 6.4231 EUR 7.8012 JPY 0.0589", "", 1),
        _item(
            "Fed official sees recovery", "The Federal Reserve vice chair said on Tuesday the recovery was fast.", "", 2
        ),
    ]
    got = ingest_entries(_newsapi(items), id="news.json", suffix=".json")
    assert "6.4231" in got[0].text
    assert "The Federal Reserve vice chair said" in got[1].text


def test_a_fragments_footer_reaches_metadata_not_the_text() -> None:
    doc = html_to_doc("<p>洛图科技数据显示，5月中国电视市场出货量283万台，同比下降。</p><footer>自 快科技</footer>")
    assert "快科技" not in doc.text
    assert doc.tail == "自 快科技"
    page = "<html><body><article><p>" + "正文句子很长很长，写满了内容。" * 20 + "</p></article>"
    page += "<footer>版权所有 某某网 京ICP备0000号</footer></body></html>"
    assert "ICP" not in html_to_doc(page).tail  # a page's site footer stays out: its tail is read from the page


def test_a_reader_services_header_is_no_text() -> None:
    page = (
        "Title: 国务院办公厅关于进一步优化政务服务的意见_政策_中国政府网\n\n"
        "URL Source: https://www.gov.cn/zhengce/content/2024-01/10/content_0000001.htm\n\n"
        "Published Time: 2024-01-10T16:00:00+08:00\n\n"
        "Markdown Content:\n"
        "国务院办公厅关于进一步优化政务服务的意见\n===================\n\n"
        "优化政务服务是建设人民满意的服务型政府的重要内容。为进一步提升政务服务效能，经国务院同意，现提出如下意见。\n\n"
        "坚持以人民为中心的发展思想，推进政务服务标准化、规范化、便利化。\n"
    )
    got = ingest_bytes(page.encode("utf-8"), id="t", suffix=".md")
    assert "URL Source" not in got.text and "Markdown Content" not in got.text
    assert "优化政务服务是建设人民满意的服务型政府的重要内容。" in got.text
    assert got.title == "国务院办公厅关于进一步优化政务服务的意见"
    # a document that only opens with a "Title:" line of its own keeps it
    own = "Title: 我的读书笔记\n\n这本书讲的是一个人如何在城市里生活下去的故事，读完以后我想了很久很久。\n"
    kept = ingest_bytes(own.encode("utf-8"), id="t", suffix=".md")
    assert "我的读书笔记" in kept.title + kept.text


def test_a_records_published_headline_over_its_translation() -> None:
    items = [
        {
            "id": f"a{n}",
            "title": f"Reuters: US-China AI race number {n}: Washington asks countries to choose sides",
            "title_original": f"路透：美中AI競賽第{n}輪 華盛頓要求各國選邊站",
            "summary": "美國正準備要求數十個國家在人工智慧聯盟中選邊站，消息人士指出，相關文件已送交盟國。",
            "link": f"https://news.example.tw/{n}.aspx",
            "published": f"2026-08-15T0{n}:39:39+00:00",
        }
        for n in (1, 2)
    ]
    got = ingest_entries(json.dumps(items, ensure_ascii=False).encode(), id="feed.json", suffix=".json")
    assert [b.title for b in got] == [
        "路透：美中AI竞赛第1轮 华盛顿要求各国选边站",
        "路透：美中AI竞赛第2轮 华盛顿要求各国选边站",
    ]


def test_a_posts_terms_of_reuse_go_a_sentence_about_them_stays() -> None:
    body = (
        "我为什么离开大厂\n\n离开工作了八年的公司，是我这几年做过最难的决定。刚毕业的时候，我以为会在那里待一辈子。\n\n"
    )
    for notice in (
        "本文采用 CC BY-NC-SA 4.0 许可协议，转载请注明出处。",
        "本作品采用知识共享署名-非商业性使用 4.0 国际许可协议进行许可。",
        "原创文章，转载请注明出处：https://example.com/p/1",
    ):
        text = _text(body + notice)
        assert "以为会在那里待一辈子。" in text and "许可" not in text and "转载" not in text
    reported = "很多网站在文末写上转载请注明出处，但真正遵守的人并不多。法院认为，这种声明本身并不能产生授权的效果。"
    assert reported in _text(body + reported)
    quoted = "他强调：“转载请注明出处，这是对作者最基本的尊重。”"
    assert quoted in _text(body + quoted)


def test_a_text_about_a_licence_is_text() -> None:
    about = "知识共享许可协议4.0版今天正式发布。知识共享组织今天在官网宣布，新版本简化了署名要求，促进开放内容的传播。"
    got = ingest_bytes(("开放内容迎来新规则\n\n" + about).encode("utf-8"), id="t", suffix=".txt")
    assert about in got.text
    headline = ingest_bytes(("知识共享许可协议4.0版正式发布\n\n" + about).encode("utf-8"), id="t", suffix=".txt")
    assert headline.title == "知识共享许可协议4.0版正式发布"
