"""Session 10 review (notes/s10_review.md): cases the session's own tests left out."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import briefreader.liststore as liststore
from briefreader.config import read_config
from briefreader.library import load_library, refresh, refresh_paths
from briefreader.liststore import PositionMap, Splice, TextColumn, is_store

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "briefings").glob("*.txt"))


def test_splice_text_column_and_position_map_match_a_plain_insert() -> None:
    """Splice, TextColumn.changed (twice: the second on a column already in two
    strings) and PositionMap.moved against np.insert / list.insert, random cases."""
    import random

    rng = random.Random(10)
    for _ in range(400):
        n = rng.randint(0, 10)
        kept = np.array(sorted(rng.sample(range(n), rng.randint(0, n))), dtype=np.int64)
        m = rng.randint(0, 4)
        points = np.array(sorted(rng.randint(0, len(kept)) for _ in range(m)), dtype=np.int64)
        splice = Splice(n, kept, points)
        values, added = np.arange(n, dtype=np.int64) * 10, -np.arange(1, m + 1, dtype=np.int64)
        assert splice(values, added).tolist() == np.insert(values[kept], points, added).tolist()
        strs = ["x" * rng.randint(0, 3) + str(i) for i in range(n)]
        column = TextColumn("".join(strs), np.cumsum([len(s) for s in strs], dtype=np.int64))
        new = [f"n{k}" for k in range(m)]
        expected = [strs[i] for i in kept.tolist()]
        for offset, (p, v) in enumerate(zip(points.tolist(), new, strict=True)):
            expected.insert(p + offset, v)
        once = column.changed(splice, new)
        assert list(once) == expected == [once[i] for i in range(len(once))]
        kept2 = np.array(sorted(rng.sample(range(len(once)), rng.randint(0, len(once)))), dtype=np.int64)
        points2 = np.array(sorted(rng.randint(0, len(kept2)) for _ in range(2)), dtype=np.int64)
        twice = once.changed(Splice(len(once), kept2, points2), ["z0", "z1"])
        expected2 = [expected[i] for i in kept2.tolist()]
        for offset, (p, v) in enumerate(zip(points2.tolist(), ["z0", "z1"], strict=True)):
            expected2.insert(p + offset, v)
        assert list(twice) == expected2 == [twice[i] for i in range(len(twice))]
        found = {i: f"v{i}" for i in range(n) if rng.random() < 0.4}
        more = {int(splice.placed[k]): f"a{k}" for k in range(m) if rng.random() < 0.5}
        moved = PositionMap.of(found).moved(splice.moved, more)
        want = {int(splice.moved[i]): v for i, v in found.items() if splice.moved[i] >= 0} | more
        assert dict(moved.items()) == want


@pytest.fixture
def cfg(tmp_path, monkeypatch):
    folder = tmp_path / "b"
    folder.mkdir()
    for sample in SAMPLES[:6]:
        shutil.copy(sample, folder / sample.name)
    cfg = read_config(ROOT / "config.toml")
    cfg = replace(cfg, briefings=folder, cache_dir=tmp_path / "cache", notes=tmp_path / "notes.toml")
    monkeypatch.setattr(liststore, "STORE_MIN", 0)
    return cfg


def _row_by_row(cfg):
    mp = pytest.MonkeyPatch()
    mp.setattr(liststore, "STORE_MIN", 10**9)
    try:
        return load_library(cfg, verify=False)
    finally:
        mp.undo()


def _same(a, b) -> None:
    assert is_store(a.briefings)
    assert [(x.id, x.key, x.path, x.title) for x in a.briefings] == [
        (x.id, x.key, x.path, x.title) for x in b.briefings
    ]
    assert a.problems == b.problems


@pytest.mark.skipif(os.name != "posix", reason="a file name that is not UTF-8")
def test_a_file_name_that_is_not_utf8_stays_listed_across_changes(cfg) -> None:
    """The folder check and the watcher's path of a column-wise list, with a file whose
    name is not UTF-8 (kept in the index as \\xNN and rawpath): it is neither read
    again nor dropped when nothing changed, and taken again when it changes."""
    folder = cfg.briefings
    odd = Path(os.fsdecode(os.fsencode(str(folder)) + b"/\xff\xfe_odd.txt"))
    odd.write_text("名字不是UTF-8的简报\n\n" + SAMPLES[0].read_text(encoding="utf-8")[:400], encoding="utf-8")
    load_library(cfg).close()
    lib = load_library(cfg, verify=False)
    assert is_store(lib.briefings)
    assert refresh(lib, cfg) is None  # nothing changed
    assert refresh_paths(lib, cfg, [odd]) is None  # touched: nothing new
    (folder / "new.txt").write_text("新的简报\n\n" + SAMPLES[1].read_text(encoding="utf-8")[:400], encoding="utf-8")
    fresh = refresh(lib, cfg)
    assert fresh is not None
    expected = _row_by_row(cfg)
    _same(fresh, expected)
    expected.close()
    st = odd.stat()
    odd.write_text("改过的简报\n\n" + SAMPLES[2].read_text(encoding="utf-8")[:400], encoding="utf-8")
    os.utime(odd, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000))
    again = refresh_paths(fresh, cfg, [odd])
    assert again is not None
    expected = _row_by_row(cfg)
    _same(again, expected)
    assert any(b.title == "改过的简报" for b in again.briefings)
    expected.close()
    again.close()


def test_a_notice_that_says_where_to_download_a_form_keeps_that_line() -> None:
    """090932c made any line ending '下载：<link>' or '更多…：<link>' a plug: a notice's
    'where to get the form' and 'more details' lines went (precision first). The
    calls and pointers of the dev pages are plugs still."""
    from briefreader.ingest.clean import drop_boilerplate

    lead = "运输署今日公布，明年起新增三条巴士路线，市民可于即日起递交意见。"
    content = [
        "申请表格可于本署网站下载：https://www.td.gov.hk/forms/td123.pdf",
        "更多申请资格及详情：https://www.td.gov.hk/apply",
    ]
    plugs = [
        "HKETAPP健康台更多都市疾病影片：https://bit.ly/3cNFwr7",  # dev/s10_22_hket_topick_rugby_sevens
        "立即下載：https://bit.ly/34FTtW9",  # dev/s10_22_hket_topick_rugby_sevens
        "下载客户端：https://example.com/app",
    ]
    kept = drop_boilerplate("\n".join([lead, *content, *plugs, "市民如有查询，可致电2804 2600。"])).split("\n")
    assert kept == [lead, *content, "市民如有查询，可致电2804 2600。"]


def test_a_line_ending_in_a_bare_number_is_not_joined_to_a_percent_on_the_next() -> None:
    """1b0ba0f reads a line break inside a number as joined (近1\\n40億元, PTT and PDF
    hard wraps) when the line has 24 characters or more. A list of lines without end
    marks is not hard-wrapped text: a sample size then a share became 120085%."""
    from briefreader.figures import extract_figures

    text = "本次调查共访问了全市各区居民，有效样本数量为1200\n85%的受访者表示对服务满意。"
    found = [(f.kind, f.text) for f in extract_figures(text)]
    assert ("percent", "85%") in found
    assert not any("\n" in t for _, t in found)
