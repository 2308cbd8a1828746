"""Session 41 (12-text): no file that is text comes out empty or unread.

- a JSON lines file whose records hold markup with its double quotes left unescaped ({"article":"<div class="view">…"},
  an Elasticsearch bulk file written by joining strings, dev s40c_02: "not read" x3) gives its records: a quote closes
  a string only where JSON lets a string end;
- a .json file that still does not parse (cut mid-string) gives the prose of its strings, said so; one that holds no
  JSON at all (a page, a text saved under that name) is read as what it is;
- data that parses but holds no article is still no article (session 20's interface messages).

Inputs are written in those shapes; the guards keep what was right, and hostile input stays linear."""

from __future__ import annotations

import json

from briefreader.ingest import ingest_entries
from briefreader.ingest.records import json_prose, parse_json_records

_BODY = (
    "根据有关规定，现将本年度考核工作的有关事宜通知如下，请各单位认真组织实施。"
    "各单位要按时报送材料，逾期不再受理，联系人电话为83970030。"
)


def _bulk_line(title: str, body: str = _BODY) -> str:
    # the record as the dump wrote it: the article's HTML with its attributes' quotes unescaped
    article = (
        f'<div class="view TRS_UEDITOR"><p style="text-align: center;">{body}</p><img src="./a.png" alt="1.png"></div>'
    )
    return '{"index":{}}\n' + (
        f'{{"urlsource":"http://zyj.example.gov.cn/tzgg/t1.html","title":"{title}","date":"2021-03-19",'
        f'"source":"北京市某某管理局","article":"{article}","attachment":[]}}'
    )


def _briefings(data: str, suffix: str = ".json"):
    return ingest_entries(data.encode(), id="t", path="t" + suffix, suffix=suffix)


def test_records_whose_markup_keeps_its_quotes_unescaped_are_read():
    bulk = "\n".join(_bulk_line(f"关于第{n}批考核工作的通知") for n in (1, 2, 3)) + "\n"
    bs = _briefings(bulk)
    assert [b.title for b in bs] == [f"关于第{n}批考核工作的通知" for n in (1, 2, 3)]
    for b in bs:
        assert not b.problems, b.problems
        assert "逾期不再受理" in b.text and b.date_iso == "2021-03-19" and b.source == "北京市某某管理局"
        assert "TRS_UEDITOR" not in b.text and "urlsource" not in b.text and "index" not in b.text
    # the same record as one JSON document (not lines) reads the same
    (one,) = _briefings(_bulk_line("关于第一批考核工作的通知").splitlines()[1])
    assert one.title == "关于第一批考核工作的通知" and "逾期不再受理" in one.text


def test_a_quote_that_could_close_a_string_is_not_escaped_away():
    # valid JSON is read as before: an escaped quote, a quote before a comma inside a value ('"a", "b"' in prose)
    valid = [{"title": "一条新闻的标题在这里", "content": 'He said "yes", then left. ' + _BODY, "date": "2021-03-19"}]
    (b,) = _briefings(json.dumps(valid, ensure_ascii=False))
    assert 'He said "yes", then left.' in b.text
    # a line nothing mends stays a lost line, said so; the file's other records are read
    good = json.dumps({"title": "第二条新闻的标题", "content": _BODY}, ensure_ascii=False)
    bs = _briefings('{"title":"第一条新闻的标题","content":"<p class="a"' + "\n" + good + "\n")
    assert [b.title for b in bs] == ["第二条新闻的标题"]
    assert any(p.kind == "truncated" and "line 1" in p.message for p in bs[0].problems), bs[0].problems


def test_a_json_file_cut_mid_string_gives_the_prose_of_its_strings():
    cut = json.dumps({"title": "关于第一批考核工作的通知", "content": _BODY * 3}, ensure_ascii=False)[:-40]
    (b,) = _briefings(cut)
    assert "现将本年度考核工作的有关事宜通知如下" in b.text, b.text
    assert '"content"' not in b.text and "title" not in b.text
    assert [p.kind for p in b.problems] == ["truncated"] and "not valid JSON" in b.problems[0].message
    assert parse_json_records(cut) is None  # (the records reader itself finds none: the prose is the last reading)
    # a literal's HTML paragraphs stay paragraphs, its tags of any length go (review s41 R1)
    style = "margin: 0px; " * 100
    one, two = _BODY.split("。", 1)
    html = f'<p>{one}。</p><section style="{style}"><p>{two}</p></section>'
    (h,) = _briefings(json.dumps({"title": "关于考核工作的通知", "content": html * 2}, ensure_ascii=False)[:-30])
    assert f"{one}。\n{two}" in h.text and "style" not in h.text and "<" not in h.text, h.text
    # JSON in a script's call ("cb({…})") likewise
    (p,) = _briefings("cb(" + json.dumps({"content": _BODY}, ensure_ascii=False) + ");")
    assert "逾期不再受理" in p.text and "cb(" not in p.text and "content" not in p.text, p.text


def test_a_json_named_file_that_holds_no_json_is_read_as_what_it_is():
    (page,) = _briefings(
        f"<html><head><title>通知</title></head><body><h1>关于考核工作的通知</h1><p>{_BODY}</p></body></html>"
    )
    assert page.title == "关于考核工作的通知" and "逾期不再受理" in page.text and "<p>" not in page.text
    assert not page.problems
    (text,) = _briefings(f"关于考核工作的通知\n\n{_BODY}\n")
    assert "逾期不再受理" in text.text and not text.problems


def test_data_that_parses_is_still_no_article():
    # (session 20: interface messages; session 10: an API's list of ids) - neither read as prose
    messages = {"login": "请输入用户名和密码，然后点击登录按钮继续操作。", "error": "网络连接失败，请稍后再试一次。"}
    for data in (json.dumps(messages, ensure_ascii=False), '{"code": 0, "data": {"list": [{"id": 1, "name": "x"}]}}'):
        (b,) = _briefings(data)
        assert [p.kind for p in b.problems] == ["empty"] and not b.text
        assert json_prose(data) == ""
    lines = "\n".join(
        json.dumps({"id": i, "msg": "网络连接失败，请稍后再试一次，谢谢您的耐心等待。"}, ensure_ascii=False)
        for i in range(3)
    )
    assert json_prose(lines) == ""


def test_hostile_json_is_mended_or_refused_in_linear_time():
    import time

    cases = [
        '{"a":"' + '"x' * 500_000 + '"}',  # a million quotes none of which closes
        '{"a":"' + '\\"' * 500_000 + "\n",  # escaped quotes to a line's end
        '{"a":' + '"\\\n' * 333_000,  # literals cut by a backslash and a line break
        '{"a":"' + '"' + " " * 500_000 + "," + " " * 500_000 + "x}",  # a blank run around a comma
        "\n".join('{"t":"<p class="a">' + "内容" * 20 for _ in range(100_000)),  # 100,000 lines, none mendable
    ]
    for data in cases:
        start = time.process_time()
        bs = _briefings(data)
        assert bs and time.process_time() - start < 10, data[:40]


# --- the fresh batches' recurring kinds (step 2: each a widening of a method an earlier batch had) ---------------------
_PARAS = (
    "市教育局今天召开会议，部署今年秋季开学的各项准备工作，要求各校做好校舍安全检查。\n"
    "会议强调，各校要落实食品安全责任，加强食堂管理，确保师生饮食安全，并及时公示整改情况。\n"
)


def _text(data: str, suffix: str = ".txt") -> str:
    return ingest_entries(data.encode(), id="t", path="t" + suffix, suffix=suffix)[0].text


def test_a_press_releases_end_mark_closes_its_text():
    contacts = "若需要更進一步訊息，請聯絡\n【投資人關係窗口】\n董事長室 經理 王大明 / 電話：(02) 8751-0696分機206 / E-mail：ir@example.com.tw\n"
    for mark in ("# # #", "###", "-###-"):
        text = _text(f"{_PARAS}{mark}\n{contacts}")
        assert "分機206" not in text and "ir@example.com.tw" not in text and mark not in text, text
        assert "确保师生饮食安全" in text
    # prose under the mark is more text (a digest's next story), kept as under "（完）"
    more = "第二则消息：市卫生健康委今天通报，全市二级以上医院已全部开通线上预约挂号服务，市民可通过官方平台预约。"
    assert more in _text(f"{_PARAS}###\n{more}\n")


def test_a_templates_note_about_its_region_goes_in_either_script():
    for note in ("此區域為新聞中心內頁，不提供修改操作。", "此区域为新闻中心内页，不提供修改操作。"):
        text = _text(f"{note}\n{_PARAS}")
        assert note not in text and "确保师生饮食安全" in text
    code = "//此处可以修改，但是是以 clone 的方式，也就是让strong这个指针独立出来了。"
    assert code in _text(f"{_PARAS}{code}\n")  # (a code comment's "此处可以修改" names no region)


def test_the_desks_review_credits_go_names_only():
    for credit in ("审稿：叶兴增", "核稿编辑：倪旻勤", "初审：张三 复审：李四 终审：王五", "签发：王小明、李四"):
        text = _text(f"（电视通稿·国内）某地举行发布会（03’15”）\n{credit}\n{_PARAS}")
        assert credit not in text and "确保师生饮食安全" in text, text
    from briefreader.ingest.clean import _desk_credit

    for line in ("复审：4月20日前完成", "初审：合格", "复审地点：北京市丰台区某酒店"):  # a date, a verdict, a place
        assert not _desk_credit(line)


def test_a_copys_note_on_what_it_is_kept_for_goes():
    for note in ("小懒自动备份，仅供查阅学习", "公众号【懒人搜索】备份，仅供查阅学习", "本站整理，僅供參考"):
        text = _text(f"# 一篇文章的标题\n\n{note}\n\n{_PARAS}", ".md")
        assert note not in text and "确保师生饮食安全" in text, text
    said = "以上数据仅供参考。"  # a sentence of the text that says so of a figure
    assert said in _text(f"{_PARAS}{said}\n")


def test_a_platforms_collection_box_goes_tags_without_it_stay():
    box = "收录于合集\n#阿旺上师2023年正月禅修班开示73个\n#下士道87个\n#临终、往生、超度32个\n"
    text = _text(f"一语箴言|离恶亲善\n{box}{_PARAS}收录于合集#解惑145\n")
    assert "收录于合集" not in text and "下士道" not in text and "解惑145" not in text and "确保师生饮食安全" in text
    table = f"{_PARAS}货运量 亿吨1.20 -2.1\n#铁路 亿吨0.80 -6.6\n#公路 亿吨0.40 3.5\n"
    assert "#铁路 亿吨0.80 -6.6" in _text(table)  # (a statistics table's sub-rows: no label over them)


def test_an_open_in_the_app_call_closing_an_export_goes():
    # a bot's export of posts: each record's text closes with the platform's call (dev s41_09)
    rec = {
        "title": "一条新闻的标题在这里",
        "contentText": f"{_PARAS}跳转微信打开",
        "pubDate": "2026-08-28T10:00:00+08:00",
    }
    bs = _briefings(json.dumps([rec, dict(rec, title="第二条新闻的标题")], ensure_ascii=False))
    assert len(bs) == 2 and all("跳转微信打开" not in b.text and "确保师生饮食安全" in b.text for b in bs)


def test_a_markdown_pictures_address_broken_over_a_line_is_no_text():
    md = (
        "# 山洪过后\n\n李兰注意到，今年的雨下得多了，路就更难走。 **\n"
        "**![](https://mmbiz.qpic.cn/sz_mmbiz_jpg/XnMeqb0xcz6/640?wx_fmt=jpeg\n&from;=appmsg)****\n"
        "“认不出来了，我们的房子、我们的田地，好像从来就没存在过。”张春贵说。\n\n" + _PARAS
    )
    text = _text(md, ".md")
    assert "mmbiz" not in text and "appmsg" not in text and "**" not in text, text
    assert "好像从来就没存在过。”张春贵说。" in text and "确保师生饮食安全" in text
    code = "```\nx = 2 ** 10\n```\n"
    assert "2 ** 10" in _text(f"# 标题\n\n{_PARAS}\n{code}", ".md")  # (an operator in code)


def test_a_feed_entry_that_only_points_to_its_post_reads_as_its_headline():
    item = (
        "<item><title>打造科技金融新标杆</title><link>https://mp.weixin.qq.com/s/abc</link>"
        "<pubDate>Fri, 28 Aug 2026 18:06:39 +0800</pubDate>"
        "<description><![CDATA[<p>来源公众号: 某某数科</p><p><a href='https://mp.weixin.qq.com/s/abc'>查看原文</a></p>]]>"
        "</description></item>"
    )
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>订阅</title>{item}{item.replace("abc", "def")}</channel></rss>'
    bs = ingest_entries(rss.encode(), id="f", path="f.xml", suffix=".xml")
    assert [b.text for b in bs] == ["打造科技金融新标杆"] * 2, [b.text for b in bs]
    # an entry with text of its own keeps it, its link label aside
    own = item.replace("<p>来源公众号: 某某数科</p>", "<p>" + _PARAS.splitlines()[0] + "</p>")
    (b,) = ingest_entries(f'<rss version="2.0"><channel>{own}</channel></rss>'.encode(), id="g", suffix=".xml")
    assert "部署今年秋季开学的各项准备工作" in b.text
