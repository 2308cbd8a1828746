"""A templated bulletin's sentences, repeated page after page with other numbers, are the
content, not running heads (tester s17 X18: lines 2 and 3 of each district's page were
dropped, 16 figures; a PDF of one such line a page was read as empty)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from helpers import formats_make as fm  # noqa: E402

from briefreader.ingest import ingest_path  # noqa: E402

DISTRICTS = ["浦东新区", "黄浦区", "静安区", "徐汇区", "长宁区", "普陀区"]


def _bulletin(path: Path, *, one_line: bool = False) -> Path:
    from reportlab.pdfgen import canvas

    font = fm._font()
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    for n, d in enumerate(DISTRICTS, 1):
        c.setFont(font, 9)
        c.drawString(72, 815, "上海市统计局　经济运行简报　2025年第3期")  # the running head: it goes
        c.setFont(font, 11)
        if one_line:
            c.drawString(72, 770, f"第{n}页：上海市投资约{n}亿元，同比增长{n + 1}%。")
        else:
            body = [
                f"{d}前三季度实现地区生产总值约{1000 + 37 * n}亿元，同比增长{n}.5%。",
                f"其中，规模以上工业总产值约{400 + 11 * n}亿元，社会消费品零售总额",
                f"约{700 + 13 * n}亿元，固定资产投资增长{n + 2}.1%。",
                f"{d}新增市场主体{20000 + n}户。",
            ]
            for k, line in enumerate(body):
                c.drawString(72, 770 - 18 * k, line)
        c.setFont(font, 9)
        c.drawCentredString(297, 30, f"— {n} —")
        c.showPage()
    c.save()
    return path


def _text(path: Path) -> str:
    (b,) = ingest_path(path, path.parent)
    return b.text


def test_a_bulletins_repeated_sentences_with_other_numbers_are_kept(tmp_path) -> None:
    text = _text(_bulletin(tmp_path / "report.pdf"))
    for n in range(1, len(DISTRICTS) + 1):
        assert f"规模以上工业总产值约{400 + 11 * n}亿元" in text
        assert f"约{700 + 13 * n}亿元，固定资产投资增长{n + 2}.1%" in text
    assert "经济运行简报" not in text and "— 3 —" not in text  # the head and page numbers still go


def test_one_sentence_a_page_is_read_not_empty(tmp_path) -> None:
    text = _text(_bulletin(tmp_path / "p.pdf", one_line=True))
    assert all(f"第{n}页：上海市投资约{n}亿元" in text for n in range(1, len(DISTRICTS) + 1))
