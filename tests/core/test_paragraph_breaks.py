"""Paragraph breaks that markup marks are never glued by the hard-wrap joiner.

The joiner (clean.join_broken_lines) glues a line that ends mid-clause to the next; on
real pages it glued photo captions ("…新华社记者 谢环驰 摄") and headings to the
paragraph below, because HTML blocks and Markdown paragraphs reached it as plain line
breaks. Found on dev pages (34_kepu_gov, 46_ifeng_chinanews, 43_sina_finance,
22_caixin); each test fails on the code before."""

from __future__ import annotations

from briefreader.ingest import ingest_entries, normalize_text
from briefreader.ingest.clean import join_broken_lines

CAPTION = "2月18日，北京故宫午门调试灯光。中新社记者 杜洋 摄"
PARA = "其中，灯戏颇为有趣。由多人舞灯拼出吉祥文字及图案，每人手执彩灯，随着音乐变换队形。"
OPEN = "彭博数据显示，二季度迄今点心债发行量从第一季度创下的2013年以来最低点129亿元人民币跃升至238亿元"
NEXT = "新华社述评称，当前债券市场一些企业债出现违约，均与杠杆率较高紧密关联。"


def _html(*paras: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"<html><head><title>故宫灯会</title></head><body><article>{body}</article></body></html>".encode()


def test_html_blocks_are_paragraphs():
    (b,) = ingest_entries(_html(PARA, CAPTION, PARA.replace("其中", "此外"), OPEN, NEXT), id="h", suffix=".html")
    lines = [line for line in b.text.split("\n") if line]
    assert CAPTION in lines  # was glued to the paragraph below ("…杜洋 摄此外，灯戏…")
    assert OPEN in lines and NEXT in lines  # a paragraph without its final 。 stays one


def test_a_break_within_a_block_still_joins():
    # <br> inside a paragraph is a line break, and a sentence hard-wrapped there joins
    page = _html("这是一个被硬换行的句子，它在这里断开了然后继续在下一行写<br>完这个句子，后面还有别的内容。", PARA)
    (b,) = ingest_entries(page, id="h", suffix=".html")
    assert "继续在下一行写完这个句子" in b.text


def test_markdown_paragraphs_are_paragraphs():
    md = f"---\ntitle: 故宫灯会\n---\n{PARA}\n\n{OPEN}\n\n{NEXT}\n"
    (b,) = ingest_entries(md.encode(), id="m", suffix=".md")
    lines = [line for line in b.text.split("\n") if line]
    assert OPEN in lines and NEXT in lines


def test_a_plain_texts_blank_lines_do_not_stop_a_wrapped_sentence():
    # the 杨浦区 sample (briefings/003) is double-spaced with a blank line inside sentences:
    # "…来自企事业单位及全国高校的40名选手" / "" / "交出了 8 组…"
    txt = (
        "区科委积极协调，举办“数字创想家”暨大创智数字公园元宇宙创新场景大赛，来自企事业单位及全国高校的40名选手\n\n"
        "交出了 8 组精彩的数字平台成果。\n"
    )
    (b,) = ingest_entries(txt.encode(), id="t", suffix=".txt")
    assert "40名选手交出了8组精彩的数字平台成果。" in b.text


def test_a_kept_break_survives_normalizing_again():
    text = f"{OPEN}\n\n{NEXT}"
    once = normalize_text(text)
    assert once == text  # the blank line stays where the lines would otherwise join
    assert normalize_text(once) == once
    # where the lines would not join anyway, the blank line goes (the text has none)
    assert normalize_text(f"{PARA}\n\n{NEXT}") == f"{PARA}\n{NEXT}"
    assert join_broken_lines(f"{OPEN}\n{NEXT}") == OPEN + NEXT  # no break marked: a wrap


def test_a_break_beside_a_line_read_as_metadata_goes_with_it():
    md = f"{OPEN}\n\n{NEXT}\n\n来源：新华社\n"
    (b,) = ingest_entries(md.encode(), id="m", suffix=".md")
    assert not b.text.startswith("\n") and not b.text.endswith("\n") and "\n\n\n" not in b.text


def test_what_follows_the_articles_own_end_mark_is_its_trailer():
    # dev/101 (酷壳, WordPress RSS) and dev/100 (阮一峰的网络日志, Atom): after "（全文完）" /
    # "（完）" on a line of its own come a follow plug, a reprint notice, a heading and its links
    from briefreader.ingest.clean import drop_boilerplate

    body = "没有银弹，任何语言都有些适合的地方和场景。"
    text = (
        f"{body}\n（全文完）\n关注CoolShell微信公众账号和微信小程序\n"
        "（转载本站文章请注明作者和出处 酷 壳 – CoolShell ，请勿用于任何商业用途）\n"
        "——=== 访问 酷壳404页面 寻找遗失儿童。 ===——\n相关文章\n程序员技术练级攻略\nC语言的演变史"
    )
    assert drop_boilerplate(text) == body  # was: all of it but the end mark kept
    assert drop_boilerplate(f"{body}\n（完）\n文档信息\n版权声明：自由转载-非商用-非衍生-保持署名") == body
    # prose after the end mark is more article (a digest's next story): kept
    story = "另据报道，今年一季度全市完成固定资产投资一千二百亿元，同比增长百分之八点五。"
    assert drop_boilerplate(f"{body}\n（完）\n{story}") == f"{body}\n{story}"
    # many lines after it are not a trailer either
    many = "\n".join(f"第{i}条：内容" for i in range(20))
    assert drop_boilerplate(f"{body}\n（完）\n{many}") == f"{body}\n{many}"
