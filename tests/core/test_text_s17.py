"""Session 17, article text (issue 12): open review and tester items of session 16, each case written
from general knowledge for a general rule."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from briefreader.ingest import ingest_bytes, ingest_entries
from briefreader.ingest.html import cap_nesting, looks_like_html
from briefreader.ingest.mojibake import undo_double_decoding

# --- prose that names tags (review s16 R12 and LOW) -------------------------------------------


def test_prose_naming_a_script_element_over_blank_lines_is_not_markup() -> None:
    # the lines between a <script> named in prose and its </script> are no code lines
    lines = [f"第{i}行：这里讲脚本里可以写什么，这一行必须保留。" for i in range(8)]
    text = "\n".join(
        ["教程：脚本写在<script>里面。", "", *lines, "", "收尾要写</script>。", "网页中用<br>换行", "用<p>分段。"]
    )
    assert not looks_like_html(text)


def test_a_note_naming_two_tags_is_not_markup() -> None:
    assert not looks_like_html("网页中用<br>换行，用<p>分段。")
    b = ingest_bytes("网页中用<br>换行，用<p>分段。\n".encode(), id="n", suffix=".txt")
    assert "<br>" in b.text and "<p>" in b.text


@pytest.mark.parametrize("text", ["第一行<br>第二行<br>第三行", "<p>第一段。</p>", "<b>要闻</b><br>"])
def test_short_markup_is_still_markup(text: str) -> None:
    assert looks_like_html(text)


def test_a_page_with_a_long_script_and_no_root_is_still_markup() -> None:
    script = "\n".join(f"var a{i} = {i};" for i in range(200))
    page = f'<meta charset="utf-8">\n<title>标题</title>\n<script>\n{script}\n</script>\n<p>正文一段。</p>\n'
    assert looks_like_html(page)


# --- a line of accented capitals is not GB2312 (review s16 R9 rest) --------------------------------


@pytest.mark.parametrize("line", ["ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ", "àáâãäåæçèéêëìíîï", "ÒÓÔÕÖØÙÚÛÜÝÞ"])
def test_a_line_of_accented_letters_is_left_as_written(line: str) -> None:
    assert undo_double_decoding(f"字母表\n{line}\n") == (f"字母表\n{line}\n", None)


def test_a_long_gbk_line_read_as_latin1_is_still_read_back() -> None:
    text = "上海市统计局发布数据，全市经济运行总体平稳。"
    fixed, problem = undo_double_decoding(text.encode("gbk").decode("latin-1"))
    assert fixed == text and problem is not None


# --- a feed over the cap: one problem line for the file (tester s16 X7) ------------------------------


def test_a_feed_over_the_entry_cap_says_so_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefreader.ingest import feed

    monkeypatch.setattr(feed, "MAX_ENTRIES", 3)
    items = "".join(
        f"<item><title>第{i}条消息</title><link>http://example.com/{i}</link>"
        f"<description>上海市今天发布第{i}条消息，内容完整。</description></item>"
        for i in range(6)
    )
    rss = (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>示例</title>{items}</channel></rss>'
    )
    entries = ingest_entries(rss.encode(), id="big", suffix=".rss")
    assert len(entries) == 3
    kinds = [p.kind for b in entries for p in b.problems]
    assert kinds.count("truncated") == 1


# --- an EPUB of short chapters (tester s16 X6) -------------------------------------------------------


def _epub(chapters: list[str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">'
            '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>",
        )
        items = "".join(
            f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>' for i in range(len(chapters))
        )
        spine = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
        z.writestr(
            "OEBPS/content.opf",
            '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>小书</dc:title>'
            f"<dc:date>2025-12-01</dc:date></metadata><manifest>{items}</manifest><spine>{spine}</spine></package>",
        )
        for i, body in enumerate(chapters):
            z.writestr(
                f"OEBPS/c{i}.xhtml",
                f'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>',
            )
    return out.getvalue()


def test_an_epub_of_short_chapters_is_read() -> None:
    book = _epub(
        [
            "<h1>第一章</h1><p>浦东新区发布低空经济发展行动方案，提出产业规模突破500亿元。</p>",
            "<h1>第二章</h1><p>金山区低空产业园总投资约30亿元，占地约500亩。</p>",
        ]
    )
    entries = ingest_entries(book, id="book", suffix=".epub")
    assert len(entries) == 2
    assert "突破500亿元" in entries[0].text and "占地约500亩" in entries[1].text


def test_a_cover_and_a_contents_page_are_still_no_chapters() -> None:
    long = "<p>" + "上海市今天发布了一项新的政策，内容涉及多个方面。" * 6 + "</p>"
    book = _epub(["<h1>小书</h1>", "<p>目录</p><p>第一章 总体情况</p><p>第二章 重点项目</p>", long])
    entries = ingest_entries(book, id="book", suffix=".epub")
    assert len(entries) == 1 and "新的政策" in entries[0].text


# --- a tag with very many attributes (tester s16 X9) ------------------------------------------------


def test_a_tag_keeps_a_bounded_number_of_attributes() -> None:
    attrs = " ".join(f'a{i}="{i}"' for i in range(30_000))
    page = f"<html><body><div {attrs}><p>上海市投资约300亿元，增长12%。</p></div><b {attrs} /></body></html>"
    capped, _ = cap_nesting(page)
    assert len(capped) < 10_000
    assert max(len(re.findall(r"\sa\d+=", tag)) for tag in re.findall(r"<[^<>]+>", capped)) <= 100
    assert "上海市投资约300亿元" in capped


def test_attributes_before_the_bound_are_kept() -> None:
    attrs = " ".join(f'data-x{i}="{i}"' for i in range(150))
    page = f"<html><body><div hidden {attrs}><p>隐藏的广告文字。</p></div><p>正文保留，上海市投资约300亿元。</p></body></html>"
    b = ingest_bytes(page.encode(), id="p", suffix=".html")
    assert "正文保留" in b.text and "隐藏的广告" not in b.text


# --- Markdown footnotes (tester s16 X4) ---------------------------------------------------------------


def test_markdown_footnotes_keep_their_text_and_marks() -> None:
    md = "# 年报\n\n全市规模达到800亿元[^1]。\n\n[^1]: 数据来源于市统计局。\n\n[^2]: 未引用的注释也保留。\n"
    b = ingest_bytes(md.encode(), id="a", suffix=".md")
    assert "800亿元[1]。" in b.text
    assert "[1] 数据来源于市统计局。" in b.text
    assert "[2] 未引用的注释也保留。" in b.text


# --- a short UTF-8 file whose last character is cut (tester s16 X5) -------------------------------------


@pytest.mark.parametrize("cut", [1, 2])
def test_a_short_utf8_file_cut_in_its_last_character_is_read_and_reported(cut: int) -> None:
    from briefreader.ingest.decode import decode_bytes

    data = "半截文件\n\n上海市统计局今天发布数据。\n\n全年投资一百亿元。".encode()
    decoded = decode_bytes(data[:-cut])
    assert (
        decoded.encoding == "utf-8"
        and decoded.text == "半截文件\n\n上海市统计局今天发布数据。\n\n全年投资一百亿元\ufffd"
    )
    b = ingest_bytes(data[:-cut], id="half", suffix=".txt")
    assert "上海市统计局今天发布数据。" in b.text and not any(p.kind == "undecodable" for p in b.problems)


@pytest.mark.parametrize("text", ["Re: 喃", "Meeting notice 2024-01-05, room 301, subject: 喃"])
def test_ascii_then_one_gbk_hanzi_is_gbk_not_a_cut_utf8_character(text: str) -> None:
    """Review s17 R10: 1,024 GBK hanzi (lead E0-EF, trail 80-BF) at the end of ASCII look like a cut 3-byte
    UTF-8 character; with no UTF-8 before them, detection decides, as before X5."""
    from briefreader.ingest.decode import decode_bytes

    decoded = decode_bytes(text.encode("gbk"))
    assert decoded.text == text and decoded.encoding == "gb18030"


# --- chrome of pages: social buttons, icon share bars, hit counters (dev s15_02, s15_05, s16_20, s16_46) ----------

PROSE = "".join(
    f"<p>第{i}段：上海市今天举行新闻发布会，介绍了全市经济运行的总体情况和下一步的工作安排，记者在现场进行了采访。</p>"
    for i in range(6)
)


def _page(body: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><title>新闻标题</title></head><body><div class='main'>{body}</div></body></html>"
    )


def test_follow_lines_with_links_to_social_networks_go() -> None:
    follow = (
        "<p>◆ 追蹤更多本台影音及圖文新聞：<br />1.用Plurk追蹤本台影音及圖文新聞：<a href='http://www.plurk.com/news'>追蹤</a>"
        "<br />2.用Twitter追蹤本台影音及圖文新聞：<a href='http://twitter.com/news'>追蹤</a></p>"
        "<p>【更多精彩新聞，都在《<a href='https://www.facebook.com/news?fref=ts'>本報</a>》粉絲團】</p>"
    )
    b = ingest_bytes(_page(PROSE + follow).encode(), id="p", suffix=".html")
    assert "第5段" in b.text
    assert "追踪" not in b.text and "粉丝团" not in b.text


def test_a_labelled_social_account_and_a_hashtag_stay() -> None:
    fields = (
        "<p>來源：<a href='https://weibo.com/xinhua'>新华社微博</a></p>"
        "<p><a href='https://s.weibo.com/weibo?q=%23上海发布%23'>#上海发布#</a> 今天下午全市多地出现大风</p>"
    )
    b = ingest_bytes(_page(PROSE + fields).encode(), id="p", suffix=".html")
    assert "#上海发布# 今天下午全市多地出现大风" in b.text


def test_a_share_bar_of_icon_links_loses_its_label_in_a_fragment() -> None:
    from briefreader.ingest.html import html_to_doc

    bar = (
        "<div>分享動畫：<a href='' title='分享到 Facebook'><i class='fa fa-facebook'></i></a>"
        "<a href='' title='分享到 Twitter'><i class='fa fa-twitter'></i></a></div>"
    )
    dated = (
        "<div>2023-02-26 18:01 來源：新華社 <a href=''><i class='print'></i></a><a href=''><i class='x'></i></a></div>"
    )
    text = html_to_doc(f"<h1>新闻标题</h1>{dated}{bar}{PROSE}").text
    assert "第0段" in text and "分享動畫" not in text
    assert "2023-02-26 18:01 來源：新華社" in text  # a field beside print and share icons is no label of theirs


def test_a_hit_counter_goes() -> None:
    b = ingest_bytes(
        _page("<h1>新闻标题</h1><div class='hits'>新聞觀看次數：8k</div>" + PROSE).encode(), id="p", suffix=".html"
    )
    assert "观看次数" not in b.text and "第0段" in b.text


# --- an archive's closing quoted note (dev s16_21) ------------------------------------------------------------


def test_a_closing_quoted_note_of_the_copy_goes_and_a_closing_quotation_stays() -> None:
    from briefreader.ingest.markdown import markdown_to_text

    body = "# 评论\n\n第一段正文，青年学生是国家民族的未来。\n\n"
    note = "> 转载自微信推送 [https://mp.weixin.qq.com/s/abc](https://mp.weixin.qq.com/s/abc)\n> \n> 黑体为原文自带\n"
    assert "转载自" not in markdown_to_text(body + note) and "黑体" not in markdown_to_text(body + note)
    quoted = "> 他说：“详见 https://example.com/report 。我们会继续努力。”\n"
    assert "我们会继续努力" in markdown_to_text(body + quoted)


# --- a lead cut as if a photo credit; an outlet's sign-off in an aggregator's feed (dev s17_42, s17_38) ---------


def test_a_sentence_with_pai_she_is_no_glued_photo_credit() -> None:
    from briefreader.ingest.clean import _drop_glued_caption

    line = "美国新任总统周六展开首天全日工作。传媒日前转载一张高空拍摄的照片，指典礼场面冷清。"
    assert _drop_glued_caption(line) == line
    assert (
        _drop_glued_caption("习近平出席会议并讲话。新华社记者 李学仁摄当日，会议在北京举行。")
        == "当日，会议在北京举行。"
    )


def test_a_sign_off_that_several_entries_of_a_feed_end_with_goes() -> None:
    sign = "更多科技、生活資訊，請留意 example 網站。"
    bodies = [
        f"<p>第{i}条：上海市今天发布了新的科技政策，内容涉及{i}个方面，受到业界关注和欢迎。 {sign}</p>"
        for i in range(3)
    ] + [f"<p>第{i}条：香港今日公布最新数据，经济增长{i}%，市场反应平稳。</p>" for i in range(3, 5)]
    items = "".join(
        f"<item><title>标题{i}</title><link>http://example.com/{i}</link><description><![CDATA[{b}]]></description></item>"
        for i, b in enumerate(bodies)
    )
    rss = (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>聚合</title>{items}</channel></rss>'
    )
    entries = ingest_entries(rss.encode(), id="agg", suffix=".rss")
    assert len(entries) == 5
    assert not any("更多科技" in b.text for b in entries)
    assert all("第" in b.text for b in entries) and "市场反应平稳" in entries[4].text


# --- IPTC ninjs records (dev s17_01) ---------------------------------------------------------------------


def test_ninjs_records_are_read_with_their_main_headline_and_body() -> None:
    import json

    records = [
        {
            "uri": f"urn:example:{i}",
            "type": "text",
            "firstcreated": "2003-05-02",
            "versioncreated": "2024-01-01T00:00:00Z",
            "headlines": [{"role": "sub", "value": "副题"}, {"role": "main", "value": f"第{i}条主标题"}],
            "bodies": [{"role": "main", "value": f"第{i}条正文：中华信评公司原订4月改选董监事，人事传言不断。"}],
        }
        for i in range(2)
    ]
    entries = ingest_entries(json.dumps(records).encode(), id="n", suffix=".json")
    assert [b.title for b in entries] == ["第0条主标题", "第1条主标题"]
    assert "人事传言不断" in entries[1].text and entries[0].date_iso == "2003-05-02"
