"""Guards session 25's metadata changes (issue 12). Names are fictional unless they are public offices or outlets;
each test fails on the code before unless it says it is a guard."""

from __future__ import annotations

import pytest

from briefreader.ingest import ingest_bytes
from briefreader.ingest.patterns import SOURCE_LABELS

_PARA = (
    "国务院常务会议4月10日召开，会议研究部署了推动大规模设备更新的有关工作，提出了多项具体举措。"
    "会议强调要坚持市场为主、政府引导，要求各地区各部门认真抓好落实，确保政策尽快见效。"
)


def _txt(text: str):
    return ingest_bytes(text.encode(), id="x.txt", suffix=".txt")


def _md(text: str):
    return ingest_bytes(text.encode(), id="x.md", suffix=".md")


# --- one table of source labels (patterns.SOURCE_LABELS): every reader of a label knows every label (the spaced
# and the front-matter tests fail on the code before for 出处 / 稿件来源 and 信息来源 / 文章来源 / 稿件来源; the closing
# note and the dangling label are guards: other readers took those labels already)


@pytest.mark.parametrize("label", SOURCE_LABELS)
def test_a_label_spaced_off_its_value_names_the_source(label: str) -> None:
    b = _txt(f"设备更新工作部署会议召开\n\n2024-04-10 {label} 上观新闻\n\n{_PARA}\n")
    assert b.source == "上观新闻", (label, b.source)


@pytest.mark.parametrize("label", SOURCE_LABELS)
def test_a_labelled_value_in_front_matter_is_the_name_after_the_label(label: str) -> None:
    b = _md(f"---\ntitle: 设备更新工作部署会议召开\ndate: 2024-04-10\nsource: {label}：人民日报\n---\n\n{_PARA}\n")
    assert b.source == "人民日报", (label, b.source)


@pytest.mark.parametrize("label", SOURCE_LABELS)
def test_a_closing_note_with_any_source_label_names_the_source(label: str) -> None:
    b = _txt(f"设备更新工作部署会议召开\n\n2024-04-10\n\n{_PARA}\n\n（{label}：人民日报）\n")
    assert b.source == "人民日报", (label, b.source)


@pytest.mark.parametrize("label", SOURCE_LABELS)
def test_a_label_left_before_its_value_names_the_source(label: str) -> None:
    b = _txt(f"设备更新工作部署会议召开\n\n2024-04-10 {label}：\n\n上观新闻\n\n{_PARA}\n")
    assert b.source == "上观新闻", (label, b.source)
