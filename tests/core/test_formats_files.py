"""Word, e-mail, web archives and EPUB (issue 14): files made with python-docx, the
stdlib email and zipfile packages; a folder of every format, broken copies among
them; zip bombs and deep MIME bounded. Words from tests/data/realworld (see
tests/helpers/formats_make.py)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import time
import zipfile
from email.mime.text import MIMEText
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("docx")

from helpers import formats_make as fm  # noqa: E402

from briefreader.config import read_config  # noqa: E402
from briefreader.ingest import ingest_path, original_text  # noqa: E402
from briefreader.library import load_library  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def _all(path: Path):
    return ingest_path(path, path.parent)


def test_docx_paragraphs_headings_table_and_title(tmp_path) -> None:
    [b] = _all(fm.docx_file(tmp_path / "cpi.docx"))
    assert b.format == "docx" and not b.problems
    assert b.title == fm.CPI_TITLE and b.source == fm.CPI_SOURCE and b.date_iso == "2024-05-11"
    assert "一、居民消费价格同比下降" in b.paragraphs and fm.CPI_PARAS[1] in b.paragraphs
    assert "全国 | -0.5% | -0.5%" in b.paragraphs  # a table row, cells apart as an HTML table's
    assert {"上涨0.3%", "下降2.7%"} <= {f.text for f in b.figures}
    assert original_text(b).startswith("[the text briefreader extracted from this Word document")


def test_redhead_docx_without_styles(tmp_path) -> None:
    [b] = _all(fm.redhead_docx(tmp_path / "notice.docx"))
    assert b.title == fm.JILIN_TITLE  # centred large lines joined; the issuer line is the source
    assert b.source == fm.JILIN_ISSUER and b.date_iso == "2022-01-28"  # 成文日期 in Chinese numerals
    assert "文件" not in b.text and fm.JILIN_NUMBER in b.paragraphs
    assert all(p in b.paragraphs for p in fm.JILIN_PARAS)


def test_docx_core_properties_when_the_text_has_no_title_or_date(tmp_path) -> None:
    path = fm.docx_file(
        tmp_path / "x.docx", title_style=False, core_title="四月居民消费价格", created=dt.datetime(2024, 5, 12, 9, 0)
    )
    doc_text = path.read_bytes()
    assert doc_text[:2] == b"PK"
    # no heading: the body's first line is the date line; drop it too so nothing in the text dates it
    import docx

    d = docx.Document(str(path))
    d.paragraphs[0]._element.getparent().remove(d.paragraphs[0]._element)
    d.save(str(path))
    [b] = _all(path)
    assert b.date_iso == "2024-05-12"  # core property "created"
    assert b.title  # a headline from the lead or the core title, never the file name
    assert b.title != "x"


def test_python_docx_template_date_is_no_date(tmp_path) -> None:
    path = fm.docx_file(tmp_path / "x.docx", title_style=False)  # created: the template's 2013-12-23
    import docx

    d = docx.Document(str(path))
    d.paragraphs[0]._element.getparent().remove(d.paragraphs[0]._element)  # the date line
    d.save(str(path))
    [b] = _all(path)
    assert b.date is None


def test_legacy_doc_says_what_to_do(tmp_path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    [b] = _all(path)
    assert [p.kind for p in b.problems] == ["unsupported"] and ".docx" in b.problems[0].message


def test_content_controls_are_read(tmp_path) -> None:
    """A template's section inside a content control (w:sdt) is text like any other."""
    import docx
    from docx.oxml import OxmlElement

    path = fm.docx_file(tmp_path / "sdt.docx")
    d = docx.Document(str(path))
    para = next(p for p in d.paragraphs if p.text == fm.CPI_PARAS[0])._element
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(content)
    para.addprevious(sdt)
    content.append(para)
    d.save(str(path))
    [b] = _all(path)
    assert fm.CPI_PARAS[0] in b.paragraphs


def test_tracked_insertions_and_text_boxes_are_read(tmp_path) -> None:
    """Text as it reads with changes accepted (python-docx's Paragraph.text skips runs
    inside w:ins); a text box's lines (a template's issuer line) before its paragraph."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    path = fm.docx_file(tmp_path / "rev.docx")
    d = docx.Document(str(path))
    para = next(p for p in d.paragraphs if p.text == fm.CPI_PARAS[1])
    para._p.append(
        parse_xml(
            f'<w:ins {w} w:id="1" w:author="a" w:date="2024-05-11T00:00:00Z">'
            "<w:r><w:t>（环比数据为初步统计。）</w:t></w:r></w:ins>"
        )
    )
    para._p.append(
        parse_xml(
            f'<w:del {w} w:id="2" w:author="a" w:date="2024-05-11T00:00:00Z">'
            "<w:r><w:delText>删去的一句。</w:delText></w:r></w:del>"
        )
    )
    first = d.paragraphs[0]._p
    first.insert(
        0,
        parse_xml(
            f'<w:r {w} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox>'
            "<w:txbxContent><w:p><w:r><w:t>统计信息快报</w:t></w:r></w:p></w:txbxContent>"
            "</v:textbox></v:shape></w:pict></w:r>"
        ),
    )
    d.save(str(path))
    [b] = _all(path)
    assert fm.CPI_PARAS[1] + "（环比数据为初步统计。）" in b.paragraphs
    assert "删去" not in b.text
    assert "统计信息快报" in b.paragraphs and b.title == fm.CPI_TITLE


def test_docx_footnotes_follow_the_text(tmp_path) -> None:
    path = fm.docx_file(tmp_path / "plain.docx")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    notes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:t>① 本表城市指设区的市，农村含县城以下地区。</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>"
    )
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp_path / "notes.docx", "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info, src.read(info))
        out.writestr("word/footnotes.xml", notes)
    [b] = _all(tmp_path / "notes.docx")
    assert b.paragraphs[-1] == "① 本表城市指设区的市，农村含县城以下地区。"


def test_word_files_are_what_their_bytes_say(tmp_path) -> None:
    """Sites serve a Word "web page" or a .docx under a .doc name; a renamed .doc is no .docx."""
    html = tmp_path / "page.doc"
    html.write_text(
        "<html xmlns:w='urn:schemas-microsoft-com:office:word'><body>"
        + "".join(f"<p>{p}</p>" for p in fm.JILIN_PARAS)
        + "</body></html>",
        encoding="gbk",
    )
    [b] = _all(html)
    assert not b.problems and fm.JILIN_PARAS[1] in b.paragraphs
    real = fm.docx_file(tmp_path / "real.docx")
    shutil.copy(real, tmp_path / "named.doc")
    [b] = _all(tmp_path / "named.doc")
    assert fm.CPI_PARAS[1] in b.paragraphs
    (tmp_path / "old.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    [b] = _all(tmp_path / "old.docx")
    assert [p.kind for p in b.problems] == ["unsupported"]
    (tmp_path / "none.pdf").write_bytes(b"")
    [b] = _all(tmp_path / "none.pdf")
    assert [p.kind for p in b.problems] == ["empty"]


def test_gb2312_quoted_printable_mail_with_a_pdf_attachment(tmp_path) -> None:
    path = fm.eml_gb2312_qp(tmp_path / "newsletter.eml", attach_pdf=fm.pdf_bytes(fm.redhead_pdf))
    assert b"=B9=FA" in path.read_bytes() or b"quoted-printable" in path.read_bytes()
    mail, att = _all(path)
    assert mail.id == "newsletter" and mail.format == "eml"
    assert mail.title == fm.CPI_TITLE  # "转发：" peeled off
    assert mail.date_iso == "2024-05-11" and mail.source == "统计简报"
    assert fm.CPI_PARAS[0] in mail.paragraphs  # the HTML part, GB18030 bytes under a GB2312 label
    assert {"上涨0.3%", "下降2.7%", "上涨0.9%"} <= {f.text for f in mail.figures}
    assert att.id == "newsletter#吉林通告.pdf" and att.entry == "吉林通告.pdf" and att.format == "pdf"
    assert att.title == fm.JILIN_TITLE and att.date_iso == "2022-01-28" and att.source == fm.JILIN_ISSUER


def test_outlook_style_encoded_words_read_wide(tmp_path) -> None:
    """Outlook names an attachment with an RFC 2047 encoded word, and a GB2312 label
    often covers GBK-only characters (镕 is not in GB2312)."""
    import base64

    def word(text: str) -> str:
        return "=?gb2312?B?" + base64.b64encode(text.encode("gbk")).decode("ascii") + "?="

    pdf = base64.encodebytes(fm.pdf_bytes(fm.redhead_pdf)).decode("ascii")
    raw = (
        f"Subject: {word('朱镕基讲话实录：' + fm.CPI_TITLE)}\nFrom: {word('财经简报')} <a@example.org>\n"
        "Date: Sat, 11 May 2024 10:00:00 +0800\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b1"\n\n--b1\n'
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        + "\n\n".join(fm.CPI_PARAS)
        + "\n--b1\n"
        f'Content-Type: application/octet-stream; name="{word("附件：通告.pdf")}"\n'
        f'Content-Disposition: attachment; filename="{word("附件：通告.pdf")}"\n'
        "Content-Transfer-Encoding: base64\n\n" + pdf + "--b1--\n"
    )
    path = tmp_path / "outlook.eml"
    path.write_text(raw, encoding="utf-8")
    mail, att = _all(path)
    assert mail.title == "朱镕基讲话实录：" + fm.CPI_TITLE and mail.source == "财经简报"
    assert att.id == "outlook#附件：通告.pdf" and att.title == fm.JILIN_TITLE


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_raw_8bit_headers(tmp_path, encoding) -> None:
    """Mailers that skip RFC 2047 send the subject's bytes as they are."""
    raw = (
        f"Subject: {fm.CPI_TITLE}\nFrom: 政策简报 <a@example.org>\nDate: Sat, 11 May 2024 08:00:00 +0800\n"
        f"Content-Type: text/plain; charset={encoding}\n\n" + "\n\n".join(fm.CPI_PARAS)
    ).encode(encoding)
    path = tmp_path / "raw.eml"
    path.write_bytes(raw)
    [b] = _all(path)
    assert b.title == fm.CPI_TITLE and b.source == "政策简报" and fm.CPI_PARAS[1] in b.paragraphs


def test_a_briefing_forwarded_inline(tmp_path) -> None:
    """The forwarding note and the forward's header block leave the text; the
    original's subject and date are the briefing's."""
    body = (
        "请参阅。\n\n---------- 转发的邮件 ----------\n发件人：统计简报 <a@example.org>\n"
        "发送时间：2024年5月11日 9:30\n收件人：b@example.org\n主题："
        + fm.CPI_TITLE
        + "\n\n"
        + "\n\n".join(fm.CPI_PARAS)
        + "\n"
    )
    raw = (
        "Subject: Fwd: 四月数据\nFrom: c@example.org\nDate: Mon, 13 May 2024 08:00:00 +0800\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body
    )
    path = tmp_path / "fwd.eml"
    path.write_text(raw, encoding="utf-8")
    [b] = _all(path)
    assert b.title == fm.CPI_TITLE and b.date_iso == "2024-05-11"
    assert "发件人" not in b.text and "收件人" not in b.text and fm.CPI_PARAS[0] in b.paragraphs


def test_a_mail_forwarded_as_an_attachment(tmp_path) -> None:
    from email.mime.message import MIMEMessage

    inner_path = fm.eml_gb2312_qp(tmp_path / "inner.eml", attach_pdf=fm.pdf_bytes(fm.redhead_pdf))
    import email

    inner = email.message_from_bytes(inner_path.read_bytes())
    outer = email.mime.multipart.MIMEMultipart("mixed")
    outer["Subject"] = "Fwd: 四月数据"
    outer["From"] = "c@example.org"
    outer["Date"] = "Mon, 13 May 2024 08:00:00 +0800"
    outer.attach(MIMEText("见附件。", "plain", "utf-8"))
    outer.attach(MIMEMessage(inner))
    path = tmp_path / "outer.eml"
    path.write_bytes(outer.as_bytes())
    found = {b.id: b for b in _all(path)}
    fwd = found[f"outer#{fm.CPI_TITLE}.eml"]  # named by the forwarded mail's subject
    assert fwd.date_iso == "2024-05-11" and fm.CPI_PARAS[0] in fwd.paragraphs
    pdf = found[f"outer#{fm.CPI_TITLE}.eml~吉林通告.pdf"]  # its own attachment, one level down
    assert pdf.title == fm.JILIN_TITLE


def test_big5_base64_mail_is_read_and_converted(tmp_path) -> None:
    path = fm.eml_big5_b64(tmp_path / "tw.eml", attach_pdf=fm.pdf_bytes(fm.two_column_pdf, scan_page=False))
    mail, att = _all(path)
    assert mail.script == "hant" and fm.CPI_PARAS[0] in mail.paragraphs  # Simplified for search
    assert {"上涨0.3%", "下降2.7%"} <= {f.text for f in mail.figures}
    assert mail.date_iso == "2024-05-11"  # 22:10 in +08:00 is still the 11th there
    assert mail.source == fm.CPI_SOURCE  # the signature; an address alone names no outlet
    assert att.id == "tw#notice.pdf" and {"上涨0.3%"} <= {f.text for f in att.figures}


def test_mhtml_page_through_the_html_path(tmp_path) -> None:
    [b] = _all(fm.mhtml_file(tmp_path / "page.mhtml"))
    assert b.format == "mhtml" and b.title == fm.CPI_TITLE and b.source == fm.CPI_SOURCE
    assert b.date_iso == "2024-05-11"  # the page's, not the archive's save date (2025-12-01)
    assert b.link.startswith("https://www.stats.gov.cn/")
    assert "首页" not in b.text and fm.CPI_PARAS[1] in b.paragraphs
    assert {"上涨0.1%", "下降1.0%"} <= {f.text for f in b.figures}


def test_epub_one_briefing_per_chapter(tmp_path) -> None:
    found = _all(fm.epub_file(tmp_path / "issue.epub"))
    assert [b.format for b in found] == ["epub", "epub"]  # the cover is no chapter
    cpi, jilin = found
    assert cpi.id.startswith("issue#") and cpi.title == fm.CPI_TITLE and cpi.source == fm.CPI_SOURCE
    assert cpi.date_iso == "2024-05-11" and fm.CPI_PARAS[0] in cpi.paragraphs
    assert {"上涨0.3%", "下降2.7%"} <= {f.text for f in cpi.figures}
    assert jilin.title == fm.JILIN_TITLE and fm.JILIN_PARAS[1] in jilin.paragraphs


def test_epub2_chapter_titles_from_the_contents(tmp_path) -> None:
    found = _all(fm.epub2_file(tmp_path / "book.epub"))
    assert [b.title for b in found] == [fm.CPI_TITLE, fm.JILIN_TITLE]
    assert all(b.source == fm.CPI_SOURCE and b.date_iso == "2024-05-11" for b in found)
    assert fm.JILIN_PARAS[2] in found[1].paragraphs


def test_zip_bombs_are_refused_before_inflating(tmp_path) -> None:
    for name, inner in (("bomb.docx", "word/document.xml"), ("bomb.epub", "OEBPS/c1.xhtml")):
        path = fm.zip_bomb(tmp_path / name, inner, size=300 * 1024 * 1024)
        assert path.stat().st_size < 2 * 1024 * 1024
        started = time.perf_counter()
        [b] = _all(path)
        assert time.perf_counter() - started < 5
        assert [p.kind for p in b.problems] == ["unreadable"] and "zip bomb" in b.problems[0].message
    many = tmp_path / "many.epub"
    with zipfile.ZipFile(many, "w") as zf:
        for i in range(6000):
            zf.writestr(f"x/{i}.xhtml", "")
    [b] = _all(many)
    assert [p.kind for p in b.problems] == ["unreadable"]


def test_deeply_nested_mime_is_bounded(tmp_path) -> None:
    depth = 3000
    head = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(depth))
    path = tmp_path / "deep.eml"
    path.write_text("Subject: deep\nFrom: x@example.org\n" + head + "Content-Type: text/plain\n\nhello\n")
    started = time.perf_counter()
    [b] = _all(path)
    assert time.perf_counter() - started < 10
    assert [p.kind for p in b.problems] == ["corrupt"]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "briefings"
    folder.mkdir()
    fm.redhead_pdf(folder / "notice.pdf")
    fm.docx_file(folder / "cpi.docx")
    fm.eml_gb2312_qp(folder / "mail.eml", attach_pdf=fm.pdf_bytes(fm.redhead_pdf))
    fm.mhtml_file(folder / "page.mhtml")
    fm.epub_file(folder / "issue.epub")
    shutil.copy(ROOT / "briefings" / "000_6725c00bccd9a398.txt", folder)
    for name in ("notice.pdf", "cpi.docx", "mail.eml", "page.mhtml", "issue.epub"):
        data = (folder / name).read_bytes()
        stem, suffix = name.rsplit(".", 1)
        (folder / f"{stem}_broken.{suffix}").write_bytes(data[: len(data) // 3] if suffix != "eml" else b"\0" * 64)
    return folder


def test_a_folder_of_every_format_with_broken_copies(tmp_path) -> None:
    folder = _folder(tmp_path)
    config = read_config(ROOT / "config.toml")
    config.briefings = folder
    config.cache_dir = tmp_path / "cache"
    lib = load_library(config)
    by_format: dict[str, int] = {}
    for b in lib.briefings:
        by_format[b.format] = by_format.get(b.format, 0) + 1
    # a web archive cut short still has the start of its page: listed, and said to be cut
    assert by_format == {"pdf": 2, "docx": 1, "eml": 1, "mhtml": 2, "epub": 2, "text": 1}, by_format
    assert [p.problem.kind for p in lib.problems if p.relpath == "page_broken.mhtml"] == ["truncated"]
    broken = sorted(p.relpath for p in lib.problems)
    # every broken copy is exactly one problem line; nothing else is a problem
    assert broken == sorted(
        f"{s}_broken.{x}"
        for s, x in (("notice", "pdf"), ("cpi", "docx"), ("mail", "eml"), ("page", "mhtml"), ("issue", "epub"))
    ), broken
    assert "mail#吉林通告.pdf" in lib.by_id
    # warm: the mail and its attachment come back from the index, and read in full again
    warm = load_library(config)
    assert warm.stats.ingested == 0 and sorted(warm.by_id) == sorted(lib.by_id)
    att = warm.full(warm.by_id["mail#吉林通告.pdf"])
    assert att.title == fm.JILIN_TITLE and att.text
    assert original_text(warm.by_id["notice"]).startswith("[the text briefreader extracted from this PDF")


def test_cli_list_json_and_check_name_formats_and_problems(tmp_path) -> None:
    folder = _folder(tmp_path)
    (tmp_path / "config.toml").write_text(
        f'[library]\nbriefings = "{folder}"\nnotes = "{tmp_path}/notes.toml"\ncache = "{tmp_path}/cache"\n',
        encoding="utf-8",
    )
    env_cmd = [sys.executable, "-m", "briefreader", "--config", str(tmp_path / "config.toml")]
    out = subprocess.run([*env_cmd, "list", "--json"], capture_output=True, text=True, timeout=240)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert {r["format"] for r in rows} == {"pdf", "docx", "eml", "mhtml", "epub", "text"}
    check = subprocess.run([*env_cmd, "check"], capture_output=True, text=True, timeout=240)
    assert check.returncode == 1
    assert "notice_broken.pdf: corrupt:" in check.stdout and "issue_broken.epub: corrupt:" in check.stdout


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".eml", ".mhtml", ".epub"])
def test_damaged_bytes_never_raise_and_stay_quick(tmp_path, suffix) -> None:
    """Bytes flipped, cut out and put in at random (fixed seed): always a briefing or a
    problem, never an exception, each in well under a second."""
    import random

    from briefreader.ingest import ingest_entries

    make = {
        ".pdf": lambda p: fm.redhead_pdf(p),
        ".docx": fm.docx_file,
        ".mhtml": fm.mhtml_file,
        ".eml": lambda p: fm.eml_gb2312_qp(p, attach_pdf=fm.pdf_bytes(fm.redhead_pdf)),
        ".epub": fm.epub_file,
    }
    data = make[suffix](tmp_path / f"x{suffix}").read_bytes()
    rng = random.Random(14)
    for _ in range(25):
        b = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            pos, op = rng.randrange(len(b)), rng.random()
            if op < 0.5:
                b[pos] = rng.randrange(256)
            elif op < 0.75:
                del b[pos : pos + rng.randint(1, 200)]
            else:
                b[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 50)))
        started = time.perf_counter()
        found = ingest_entries(bytes(b), id="x", path=str(tmp_path / f"x{suffix}"), suffix=suffix)
        assert found and time.perf_counter() - started < 5
        assert all(b.text or b.problems for b in found)
