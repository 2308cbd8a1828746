"""Session 49 (12meta, issue 12): classes behind dev-retired44's misses and dev s41_05's.

- a document several bodies issue together signs with each name on a line of its own over the day, the lead issuer
  first: the source is the first, not the last line above the day (dev-retired44 s47h_01 took 市场监管总局);
- a copy's note naming a WeChat account with its id in brackets, "本文转载自公众号：二更食堂（ID：shenyeshitang521）" or
  "本文来自微信公众号：二更食堂（shenyeshitang521）", names the account as the platform does (s47h_05: no source);
- a headline wrapped over two lines, cut after a word no headline ends with ("…往生善道还是" / "堕恶道呢？"), is read
  whole (dev s41_05);
- a web page printed to PDF by a browser: its CreationDate is the day it was printed, no date of the page's (s41_05).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.ingest import ingest_path
from briefreader.ingest import metadata as M


def _one(tmp_path: Path, text: str, name: str = "a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (b,) = ingest_path(path, tmp_path)
    return b


CLOSING = ["五、本公告自2026年1月1日起正式实施。"]


@pytest.mark.parametrize(
    ("signature", "signer"),
    [
        (["商务部", "工业和信息化部", "海关总署", "市场监管总局"], "商务部"),  # (dev-retired44 s47h_01)
        (["国家安全生产监督管理总局", "工业和信息化部"], "国家安全生产监督管理总局"),
        (["海关总署"], "海关总署"),
        (["特此公告。", "海关总署"], "海关总署"),  # (the walk up stops at a line that is no name)
        (
            ["省市场监管局新型冠状病毒感染的", "肺炎疫情防控工作领导小组"],
            "省市场监管局新型冠状病毒感染的肺炎疫情防控工作领导小组",
        ),
    ],
)
def test_a_joint_signature_names_its_lead_issuer(signature: list[str], signer: str) -> None:
    lines = [*CLOSING, *signature, "2025年9月26日"]
    assert M._signer_lines(lines, len(lines) - 2) == signer


@pytest.mark.parametrize(
    "line",
    [
        "本文转载自公众号：二更食堂（ID：shenyeshitang521），系作者授权发布，如需转载请与作者本人联系",
        "本文来自微信公众号：二更食堂（shenyeshitang521），新浪微博@二更食堂。",
        "本文来自华尔街见闻（微信ID：wallstreetcn）",
    ],
)
def test_an_account_named_with_its_id_is_an_account(line: str) -> None:
    assert M._account_by_id(line) in {"二更食堂", "华尔街见闻"}


@pytest.mark.parametrize(
    "line",
    [
        "本文来自二更食堂（shenyeshitang521）",  # (a bare id needs the platform's word before the name)
        "本文转载自公众号：王小明（ID：wxm2020）",  # a person's name is no account's
    ],
)
def test_no_account_without_its_signs(line: str) -> None:
    assert M._account_by_id(line) == ""


def test_a_page_crediting_an_account_by_id_gives_the_account(tmp_path: Path) -> None:
    html = (
        "<html><head><title>90后女生告诉我：买房比结婚重要_清南听稿_新浪博客</title></head><body>"
        "<h1>90后女生告诉我：买房比结婚重要</h1><p>2018-05-07 14:21:49</p><p>文/小堂姐</p>"
        "<p>本文转载自公众号：二更食堂（ID：shenyeshitang521），系作者授权“清南”发布 ，如需转载请与作者本人联系</p>"
        "<p>说起来也是缘分哦，因为我自己本身就是做这一行的，相对其他人而言我肯定更了解一点。</p>"
        "<p>从刚开始一个不现实的想法，到后来一步一步的去实现，这个过程真的一言难尽。</p></body></html>"
    )
    assert _one(tmp_path, html, "a.html").source == "二更食堂"


@pytest.mark.parametrize(
    ("line", "after", "joined"),
    [
        ("2023年正月禅修班开示三十二 | 如何决定临终时往生善道还是", "堕恶道呢？", True),
        ("马航遇难者的父亲多年后仍坚信儿子在", "平行时空", True),
        ("国务院关于进一步加强企业安全生产工作的", "通知", True),
        ("中国经济面临的十个问题", "你知道吗？", False),  # (a headline that is whole)
        ("如何决定临终时往生善道还是", "2023年7月11日", False),  # (a date line under it)
        ("如何决定临终时往生善道还是", "人生无常观修了之后，我们要真正修行。", False),  # (a sentence)
    ],
)
def test_a_headline_cut_after_a_word_no_headline_ends_with_goes_on(line: str, after: str, joined: bool) -> None:
    assert M._headline_goes_on(line, after) is joined


def test_a_wrapped_headline_in_a_text_is_read_whole(tmp_path: Path) -> None:
    b = _one(
        tmp_path,
        "马航遇难者的父亲多年后仍坚信儿子在\n平行时空\n\n"
        "人生无常观修了之后，我们要真正修行。真正修行，你一定要考虑自己来世会怎么样。\n",
    )
    assert b.title == "马航遇难者的父亲多年后仍坚信儿子在平行时空"


def _pdf(path: Path, creator: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setCreator(creator)
    c.setFont("STSong-Light", 20)
    c.drawString(72, 760, "如何决定临终时往生善道")
    c.setFont("STSong-Light", 11)
    c.drawString(72, 720, "人生无常观修了之后，我们要真正修行。真正修行，你一定要考虑自己来世。")
    c.drawString(72, 700, "今生今世是很短暂的事情，来世、来来世是很长的时间，这个上面一定要考虑。")
    c.save()


@pytest.mark.parametrize(
    "creator", ["wkhtmltopdf 0.12.6", "Chromium", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"]
)
def test_a_page_printed_by_a_browser_is_not_dated_by_its_printing(tmp_path: Path, creator: str) -> None:
    _pdf(tmp_path / "a.pdf", creator)
    (b,) = ingest_path(tmp_path / "a.pdf", tmp_path)
    assert b.date is None


def test_a_document_made_as_a_pdf_keeps_its_creation_day(tmp_path: Path) -> None:
    _pdf(tmp_path / "a.pdf", "Microsoft Word")
    (b,) = ingest_path(tmp_path / "a.pdf", tmp_path)
    assert b.date is not None  # (the PDF's CreationDate, below any date its text gives: as before)


ITEM = "国务院日前印发《关于开展第四次全国农业普查的通知》。根据《中华人民共和国统计法》规定，国务院决定开展普查。"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # an archive's item kept as a file (dev-retired25 s28h_06): its number, its headline, its labelled fields
        (
            f"26. 国务院印发《关于开展第四次全国农业普查的通知》\n来源：时政频道\n时间：2025-06-05\n\n{ITEM}\n",
            "国务院印发",
        ),
        (f"3、国务院印发《关于开展第四次全国农业普查的通知》\n时间：2025-06-05\n\n{ITEM}\n", "国务院印发"),
        # a list's first item over text is no headline (as before)
        (f"1. 国务院印发《关于开展第四次全国农业普查的通知》\n{ITEM}\n", ""),
    ],
)
def test_an_archive_item_numbered_over_its_fields_is_headed_by_its_headline(text: str, title: str) -> None:
    headline = M._numbered_item_headline(text.split("\n"))
    assert headline.startswith(title) and not headline[:1].isdigit()
    assert bool(headline) is bool(title)
