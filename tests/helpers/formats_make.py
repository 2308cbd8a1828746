"""Real files of each format, made with the real tools (reportlab, python-docx, the
stdlib email and zipfile packages), for the format tests and benchmarks/bench_formats.py.

The article text is real: paragraphs of published documents already in
tests/data/realworld (provenance in its SOURCES.md):
- JILIN: dev/50_jilin_gov_nenjiang_notice.html, 吉林省人民政府 通告 吉政明电〔2022〕1号,
  immortal-autumn/Chinese-Web-Content-Extraction-Dataset
  original/e8847578-12f0-44cb-bdb7-4eec53c18ed1.html @ c3df35eb0d320134e10fb1dc9086312cb88a1389
- CPI: dev/35_caijing_stats_cpi.html, 国家统计局's April 2024 CPI release as carried by
  财经网, opendatalab/magic-html benchmark/data/article/htmls/ea5bdb58….html
  @ 89b52e526938fcad8bba8ef702240c7d9a3e9196 (its first two paragraphs)
The Big5 mail is the CPI paragraphs put in Traditional script with OpenCC. Layouts
(红头, two columns, headers) are made here; the words are the publishers'.
"""

from __future__ import annotations

import base64
import quopri
import zipfile
from email.header import Header
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from pathlib import Path

JILIN_ISSUER = "吉林省人民政府"
JILIN_NUMBER = "吉政明电〔2022〕1号"
JILIN_TITLE = "吉林省人民政府关于禁止在吉林省嫩江干流补充治理工程建设征占地范围内新增建设项目和迁入人口的通告"
JILIN_PARAS = [
    "为做好吉林省嫩江干流补充治理工程建设，确保工程前期建设征地实物调查工作顺利进行，维护相关单位和人民群众合法权益，"
    "根据《大中型水利水电工程建设征地补偿和移民安置条例》等相关规定，现就有关事项通告如下：",
    "一、吉林省嫩江干流补充治理工程位于大安市、镇赉县和前郭县，建设征占地范围为现有堤防距堤脚线两侧15米范围内。",
    "二、自本通告发布之日起，在吉林省嫩江干流补充治理工程建设征占地范围内,禁止任何单位和个人新建、扩建和改建项目，"
    "禁止擅自开发土地、修建房屋及新建其他设施，禁止新栽多年生经济作物和林木。相关部门要立即停止办理该区域内项目及资源开发的有关证照。",
    "三、自本通告发布之日起，上述区域内新迁入的人口不享有相关补偿政策。",
    "特此通告。",
]
JILIN_DATE = "2022年1月28日"

CPI_TITLE = "2024年4月份居民消费价格同比上涨0.3%"
CPI_PARAS = [
    "2024年4月份，全国居民消费价格同比上涨0.3%。其中，城市上涨0.3%，农村上涨0.4%；食品价格下降2.7%，非食品价格上涨0.9%；"
    "消费品价格持平，服务价格上涨0.8%。1—4月平均，全国居民消费价格比上年同期上涨0.1%。",
    "4月份，全国居民消费价格环比上涨0.1%。其中，城市上涨0.1%，农村持平；食品价格下降1.0%，非食品价格上涨0.3%；"
    "消费品价格下降0.1%，服务价格上涨0.3%。",
]
CPI_SOURCE = "国家统计局"
CPI_DATE = "2024年5月11日"


def _font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def _wrap(text: str, chars: int) -> list[str]:
    return [text[i : i + chars] for i in range(0, len(text), chars)]


def redhead_pdf(
    path: Path,
    *,
    pages: int = 1,
    header: str = "",
    meta_title: str = "Microsoft Word - 文档1",
    date_line: str = JILIN_DATE,
    watermark: str = "",
) -> Path:
    """A 红头 document: issuer line, 文号, title on two lines, indented paragraphs
    hard-wrapped at the column edge, signature and 成文日期 at the end, page numbers
    "— N —" (and a running header on every page when ``header``)."""
    from reportlab.pdfgen import canvas

    font = _font()
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setTitle(meta_title)
    c.setAuthor("admin")
    lines: list[tuple[str, int]] = []
    for n in range(pages):
        for para in JILIN_PARAS if n == 0 else JILIN_PARAS[1:4]:
            wrapped = _wrap("\u3000\u3000" + para, 30)
            lines.extend((ln, 0) for ln in wrapped)
    page = 1

    def furniture():
        c.setFont(font, 10)
        if header:
            c.drawCentredString(297, 810, header)
        c.drawCentredString(297, 40, f"— {page} —")
        if watermark:  # across the page at 45 degrees, light grey
            c.saveState()
            c.setFillColorRGB(0.85, 0.85, 0.85)
            c.setFont(font, 60)
            c.translate(297, 421)
            c.rotate(45)
            c.drawCentredString(0, 0, watermark)
            c.restoreState()

    furniture()
    c.setFillColorRGB(0.8, 0, 0)
    c.setFont(font, 26)
    c.drawCentredString(297, 760, JILIN_ISSUER + "文件")
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font, 14)
    c.drawCentredString(297, 725, JILIN_NUMBER)
    c.setFont(font, 20)
    c.drawCentredString(297, 680, JILIN_TITLE[:26])
    c.drawCentredString(297, 654, JILIN_TITLE[26:])
    y = 610
    c.setFont(font, 15)
    for text, _ in lines:
        if y < 90:
            c.showPage()
            page += 1
            furniture()
            c.setFont(font, 15)
            y = 770
        c.drawString(72, y, text)
        y -= 26
    if y < 150:
        c.showPage()
        page += 1
        furniture()
        y = 770
    c.setFont(font, 15)
    c.drawRightString(500, y - 40, JILIN_ISSUER)
    c.drawRightString(500, y - 66, date_line)
    c.showPage()
    c.save()
    return path


def two_column_pdf(path: Path, *, scan_page: bool = True) -> Path:
    """A bulletin: a running header, a full-width title and date line, then two
    columns (the left one's paragraph runs on into the right one), page footers;
    and a page that is only a picture (no text layer)."""
    from reportlab.pdfgen import canvas

    font = _font()
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setTitle(CPI_TITLE)
    for page in (1, 2):
        c.setFont(font, 9)
        c.drawString(56, 812, "统计信息快报")
        c.drawRightString(539, 812, "2024年第18期")
        c.drawCentredString(297, 36, f"第 {page} 页")
        if page == 1:
            c.setFont(font, 20)
            c.drawCentredString(297, 750, CPI_TITLE)
            c.setFont(font, 12)
            c.drawCentredString(297, 722, f"{CPI_SOURCE}　{CPI_DATE}")
            top = 690
        else:
            top = 780
        text = "".join(CPI_PARAS) if page == 1 else CPI_PARAS[1]
        lines = _wrap("\u3000\u3000" + text, 19)
        half = (len(lines) + 1) // 2
        c.setFont(font, 12)
        for col, chunk in enumerate((lines[:half], lines[half:])):
            y = top
            for ln in chunk:
                c.drawString(56 + col * 256, y, ln)
                y -= 18
        c.showPage()
    if scan_page:  # a scanned page: an image of text, no text layer
        c.drawImage(_scan_image(), 40, 40, 515, 760)
        c.showPage()
    c.save()
    return path


CPI_TABLE = [
    ("项目", "同比", "环比"),
    ("全国", "0.3%", "0.1%"),
    ("城市", "0.3%", "0.1%"),
    ("农村", "0.4%", "0.0%"),
    ("食品", "-2.7%", "-1.0%"),
    ("服务", "0.8%", "0.3%"),
]


def footnote_pdf(path: Path) -> Path:
    """A paragraph that runs over a page break, with a footnote in small type at the
    foot of the first page."""
    from reportlab.pdfgen import canvas

    font = _font()
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    lines = [ln for para in JILIN_PARAS for ln in _wrap("\u3000\u3000" + para, 30)]
    y, page = 330, 1  # the page break falls in the first paragraph
    for ln in lines:
        if y < 150:
            c.setFont(font, 9)
            c.drawString(72, 110, "① 见《大中型水利水电工程建设征地补偿和移民安置条例》第二十条。")
            c.drawCentredString(297, 40, f"— {page} —")
            c.showPage()
            page += 1
            y = 770
        c.setFont(font, 15)
        c.drawString(72, y, ln)
        y -= 26
    c.setFont(font, 10)
    c.drawCentredString(297, 40, f"— {page} —")
    c.showPage()
    c.save()
    return path


def table_pdf(path: Path) -> Path:
    """Text, a three-column table (cells drawn one by one, as a word processor
    does), text: the table must not read as a page in columns."""
    from reportlab.pdfgen import canvas

    font = _font()
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont(font, 20)
    c.drawCentredString(297, 770, CPI_TITLE)
    c.setFont(font, 14)
    y = 730
    for para in CPI_PARAS:
        for line in _wrap("\u3000\u3000" + para, 32):
            c.drawString(72, y, line)
            y -= 22
    y -= 10
    for row in CPI_TABLE:
        for x, cell in zip((90, 260, 420), row, strict=False):
            c.drawString(x, y, cell)
        c.line(72, y - 6, 523, y - 6)
        y -= 24
    y -= 10
    for line in _wrap("\u3000\u3000" + JILIN_PARAS[1], 32):
        c.drawString(72, y, line)
        y -= 22
    c.showPage()
    c.save()
    return path


def _scan_image():
    """A page photographed: grey paper, dark bars where the lines of text are (Pillow,
    which reportlab depends on)."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    img = Image.new("L", (515, 760), 235)
    draw = ImageDraw.Draw(img)
    for y in range(60, 700, 18):
        draw.rectangle((30, y, 480, y + 9), fill=60)
    return ImageReader(img)


def scan_pdf(path: Path, pages: int = 2) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842))
    for _ in range(pages):
        c.drawImage(_scan_image(), 40, 40, 515, 760)
        c.showPage()
    c.save()
    return path


def blank_pdf(path: Path) -> Path:
    """Pages with rules and boxes but no text and no picture."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.rect(72, 72, 451, 698)
    c.showPage()
    c.save()
    return path


def ocr_pdf(path: Path) -> Path:
    """A scan with an OCR layer, as ocrmypdf/Acrobat make it: the page is a picture,
    the text invisible (render mode 3) on top, a space between every two hanzi."""
    from reportlab.pdfgen import canvas

    font = _font()
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFillColorRGB(0.93, 0.93, 0.9)
    c.rect(0, 0, 595, 842, fill=1, stroke=0)
    y = 760
    for para in [JILIN_TITLE[:20]] + JILIN_PARAS[:3]:
        for line in _wrap(("" if y == 760 else "\u3000\u3000") + para, 30):
            t = c.beginText(72 if y != 760 else 120, y)
            t.setTextRenderMode(3)
            t.setFont(font, 15 if y != 760 else 20)
            t.textLine(
                " ".join(line.replace("\u3000", " "))
                if not line.startswith("\u3000")
                else "\u3000\u3000" + " ".join(line[2:])
            )
            c.drawText(t)
            y -= 26
    c.showPage()
    c.save()
    return path


def encrypted_pdf(path: Path) -> Path:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    font = _font()
    enc = pdfencrypt.StandardEncryption("secret", ownerPassword="owner", canPrint=0)
    c = canvas.Canvas(str(path), encrypt=enc)
    c.setFont(font, 12)
    c.drawString(72, 700, JILIN_PARAS[0][:30])
    c.showPage()
    c.save()
    return path


def long_pdf(path: Path, pages: int = 300) -> Path:
    """A long report: ``pages`` pages of the real paragraphs, page numbers."""
    from reportlab.pdfgen import canvas

    font = _font()
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    lines = [ln for para in JILIN_PARAS[:4] + CPI_PARAS for ln in _wrap("\u3000\u3000" + para, 30)]
    for page in range(1, pages + 1):
        c.setFont(font, 10)
        c.drawCentredString(297, 40, str(page))
        c.setFont(font, 15)
        y = 780
        k = 0
        while y > 80:
            c.drawString(72, y, lines[(page + k) % len(lines)])
            y -= 24
            k += 1
        c.showPage()
    c.save()
    return path


def docx_file(path: Path, *, title_style: bool = True, core_title: str = "", created=None) -> Path:
    """A Word report: a title, headings, indented paragraphs and a table of figures."""
    import docx

    d = docx.Document()
    if core_title:
        d.core_properties.title = core_title
    if created is not None:
        d.core_properties.created = created
    d.core_properties.author = CPI_SOURCE
    if title_style:
        d.add_heading(CPI_TITLE, level=0)
    d.add_paragraph(f"{CPI_SOURCE}　{CPI_DATE}")
    d.add_heading("一、居民消费价格同比下降", level=1)
    d.add_paragraph(CPI_PARAS[0])
    d.add_heading("二、居民消费价格环比下降", level=1)
    d.add_paragraph(CPI_PARAS[1])
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([("项目", "同比", "环比"), ("全国", "-0.5%", "-0.5%"), ("城市", "-0.4%", "-0.5%")]):
        for k, value in enumerate(row):
            table.cell(r, k).text = value
    d.add_paragraph("附注：1—11月平均，全国居民消费价格比上年同期上涨0.3%。")
    d.save(str(path))
    return path


def redhead_docx(path: Path) -> Path:
    """A 红头 document in Word with no heading styles, as offices type them: issuer line,
    文号 and a two-line title centred in large type, the body, a right-aligned
    signature and 成文日期 in Chinese numerals."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    for text, size in ((JILIN_ISSUER + "文件", 26), (JILIN_NUMBER, 16), (JILIN_TITLE[:26], 22), (JILIN_TITLE[26:], 22)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).font.size = Pt(size)
    for para in JILIN_PARAS:
        d.add_paragraph(para).paragraph_format.first_line_indent = Pt(32)
    for text in (JILIN_ISSUER, "二〇二二年一月二十八日"):
        d.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(str(path))
    return path


def pdf_bytes(make=redhead_pdf, **kw) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        p = make(Path(tmp) / "a.pdf", **kw)
        return p.read_bytes()


def eml_gb2312_qp(path: Path, *, attach_pdf: bytes | None = None) -> Path:
    """A newsletter as a GB2312 quoted-printable HTML mail (a plain-text alternative
    too), with a PDF attached."""
    html = (
        f"<html><body><h1>{CPI_TITLE}</h1><p>{CPI_SOURCE}　{CPI_DATE}</p>"
        + "".join(f"<p>{p}</p>" for p in CPI_PARAS)
        + "</body></html>"
    )
    alt = MIMEMultipart("alternative")
    for subtype, text in (("plain", "\n\n".join([CPI_TITLE, *CPI_PARAS])), ("html", html)):
        # labelled GB2312 as mailers do, the bytes GB18030 ("—" is not in GB2312)
        part = MIMENonMultipart("text", subtype, charset="gb2312")
        part.set_payload(quopri.encodestring(text.encode("gb18030")).decode("ascii"))
        part["Content-Transfer-Encoding"] = "quoted-printable"
        alt.attach(part)
    if attach_pdf is None:
        msg = alt
    else:
        msg = MIMEMultipart("mixed")
        msg.attach(alt)
        att = MIMEApplication(attach_pdf, "pdf")
        att.add_header("Content-Disposition", "attachment", filename=("gb2312", "", "吉林通告.pdf"))
        msg.attach(att)
    msg["Subject"] = Header(f"转发：{CPI_TITLE}", "gb2312")
    msg["From"] = str(Header("统计简报", "gb2312")) + " <brief@example.org>"
    msg["Date"] = "Sat, 11 May 2024 09:30:00 +0800"
    msg["Message-ID"] = "<cpi-202404@example.org>"
    path.write_bytes(msg.as_bytes())
    return path


def eml_big5_b64(path: Path, *, attach_pdf: bytes | None = None) -> Path:
    """A Traditional-Chinese text mail in Big5, base64, with a PDF attached."""
    from briefreader.hanzi import to_traditional

    body = "\n\n".join(to_traditional(p) for p in CPI_PARAS) + f"\n\n{to_traditional(CPI_SOURCE)}\n{CPI_DATE}\n"
    msg = MIMEMultipart("mixed")
    text = MIMENonMultipart("text", "plain", charset="big5")
    text.set_payload(base64.encodebytes(body.encode("big5hkscs")).decode("ascii"))
    text["Content-Transfer-Encoding"] = "base64"
    msg.attach(text)
    if attach_pdf is not None:
        att = MIMEApplication(attach_pdf, "pdf")
        att.add_header("Content-Disposition", "attachment", filename="notice.pdf")
        msg.attach(att)
    msg["Subject"] = Header(to_traditional(CPI_TITLE), "big5")
    msg["From"] = "stats@example.org.tw"
    msg["Date"] = "Sat, 11 May 2024 22:10:00 +0800"
    path.write_bytes(msg.as_bytes())
    return path


def mhtml_file(path: Path) -> Path:
    """A page saved as a web archive (multipart/related, quoted-printable HTML and an image)."""
    html = (
        f"<html><head><meta charset='utf-8'><title>{CPI_TITLE}_国家统计局</title>"
        f"<meta name='publishdate' content='2024-05-11'></head><body><div class='nav'>首页 | 数据 | 新闻</div>"
        f"<div class='article'><h1>{CPI_TITLE}</h1><p>来源：{CPI_SOURCE}　2024-05-11 09:30</p>"
        + "".join(f"<p>{p}</p>" for p in CPI_PARAS)
        + "</div><img src='logo.png'></body></html>"
    )
    msg = EmailMessage()
    msg["Subject"] = CPI_TITLE
    msg["Snapshot-Content-Location"] = "https://www.stats.gov.cn/sj/zxfb/202405/t20240511_1950000.html"
    msg["Date"] = "Mon, 1 Dec 2025 10:00:00 +0000"  # when it was saved, not published
    msg.make_related()
    msg.add_related(html, subtype="html", cte="quoted-printable")
    msg.get_payload()[0]["Content-Location"] = "https://www.stats.gov.cn/sj/zxfb/202405/t20240511_1950000.html"
    msg.add_related(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, maintype="image", subtype="png")
    path.write_bytes(msg.as_bytes())
    return path


def epub_file(path: Path) -> Path:
    """A two-article periodical issue: cover, nav and two chapters (stored, not compressed)."""

    def xhtml(title: str, paras: list[str]) -> str:
        return (
            "<?xml version='1.0' encoding='utf-8'?><html xmlns='http://www.w3.org/1999/xhtml'><head>"
            f"<title>{title}</title></head><body><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in paras)
            + "</body></html>"
        )

    opf = (
        "<?xml version='1.0' encoding='utf-8'?><package xmlns='http://www.idpf.org/2007/opf' version='3.0' "
        "unique-identifier='id'><metadata xmlns:dc='http://purl.org/dc/elements/1.1/'>"
        "<dc:identifier id='id'>brief-2024-18</dc:identifier><dc:title>统计信息快报 2024年第18期</dc:title>"
        f"<dc:publisher>{CPI_SOURCE}</dc:publisher><dc:date>2024-05-11</dc:date><dc:language>zh</dc:language>"
        "</metadata><manifest>"
        "<item id='cover' href='cover.xhtml' media-type='application/xhtml+xml'/>"
        "<item id='c1' href='text/c1.xhtml' media-type='application/xhtml+xml'/>"
        "<item id='c2' href='text/c2.xhtml' media-type='application/xhtml+xml'/>"
        "</manifest><spine><itemref idref='cover'/><itemref idref='c1'/><itemref idref='c2'/></spine></package>"
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        zf.writestr(
            "META-INF/container.xml",
            "<?xml version='1.0'?><container version='1.0' xmlns='urn:oasis:names:tc:opendocument:xmlns:container'>"
            "<rootfiles><rootfile full-path='OEBPS/content.opf' media-type='application/oebps-package+xml'/>"
            "</rootfiles></container>",
        )
        zf.writestr("OEBPS/content.opf", opf)
        zf.writestr("OEBPS/cover.xhtml", xhtml("统计信息快报", []))
        zf.writestr("OEBPS/text/c1.xhtml", xhtml(CPI_TITLE, CPI_PARAS))
        zf.writestr("OEBPS/text/c2.xhtml", xhtml(JILIN_TITLE, JILIN_PARAS))
    return path


def epub2_file(path: Path) -> Path:
    """An EPUB 2 book (NCX contents) whose chapter pages have no heading: the titles
    are only in the table of contents. Deflated, as most EPUBs are."""
    opf = (
        "<?xml version='1.0'?><package xmlns='http://www.idpf.org/2007/opf' version='2.0'>"
        "<metadata xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:title>报告集</dc:title>"
        f"<dc:publisher>{CPI_SOURCE}</dc:publisher><dc:date>2024-05-11</dc:date></metadata><manifest>"
        "<item id='ncx' href='toc.ncx' media-type='application/x-dtbncx+xml'/>"
        "<item id='a' href='a.html' media-type='application/xhtml+xml'/>"
        "<item id='b' href='b.html' media-type='application/xhtml+xml'/></manifest>"
        "<spine toc='ncx'><itemref idref='a'/><itemref idref='b'/></spine></package>"
    )
    ncx = (
        "<?xml version='1.0'?><ncx xmlns='http://www.daisy.org/z3986/2005/ncx/'><navMap>"
        f"<navPoint id='p1'><navLabel><text>{CPI_TITLE}</text></navLabel><content src='a.html'/></navPoint>"
        f"<navPoint id='p2'><navLabel><text>{JILIN_TITLE}</text></navLabel><content src='b.html#s1'/></navPoint>"
        "</navMap></ncx>"
    )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        zf.writestr(
            "META-INF/container.xml",
            "<?xml version='1.0'?><container xmlns='urn:oasis:names:tc:"
            "opendocument:xmlns:container'><rootfiles><rootfile full-path='OPS/book.opf'/></rootfiles></container>",
        )
        zf.writestr("OPS/book.opf", opf)
        zf.writestr("OPS/toc.ncx", ncx)
        zf.writestr("OPS/a.html", "<html><body>" + "".join(f"<p>{p}</p>" for p in CPI_PARAS) + "</body></html>")
        zf.writestr("OPS/b.html", "<html><body>" + "".join(f"<p>{p}</p>" for p in JILIN_PARAS) + "</body></html>")
    return path


def zip_bomb(path: Path, inner: str = "word/document.xml", size: int = 300 * 1024 * 1024) -> Path:
    """A zip whose one entry inflates to ``size`` bytes of zeros (made in pieces)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        with zf.open(inner, "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(size >> 20):
                fh.write(chunk)
    return path
