"""Session 37 review findings (reviewer): each bug a strict xfail with the input it fails on, and an unmarked guard of
what a fix must keep. Inputs written for the probe in the shapes of real publishers' text and of real scraped records
(a PDF's text kept as its list of lines, a WeChat account's paid offer closing a post); each was run against the start
commit f6587b6f (git archive, PYTHONPATH) and the commit named. No held-out folder, gold or figures set was read.
Notes: /work/notes/s37_review.md."""

from __future__ import annotations

import json

import pytest

_P1 = (
    "国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长5.2%，经济运行总体回升向好。专家认为，下一阶段宏观"
    "政策仍需加力，巩固经济回升势头。"
)
_P2 = "分季度看，一季度国内生产总值同比增长4.5%，二季度增长6.3%，三季度增长4.9%。从环比看，三季度国内生产总值增长1.3%。"


def _records(rows: list[dict]) -> list:
    from briefreader.ingest import ingest_entries

    return ingest_entries(json.dumps(rows, ensure_ascii=False).encode(), id="probe", path="probe.json", suffix=".json")


def _lines(paragraph: str, width: int) -> list[str]:
    # a PDF page's text lines (pdfplumber's page.extract_text().splitlines()): a Chinese line breaks at the column's
    # width wherever it falls, inside a word or a number
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)]


# ---------------------------------------------------------------------------------------------------------------------
# R1 (26b01f25 records._text_value / ingest._document(paragraphs=True), REGRESSION, medium: the text cut into pieces
# and figures misread): a record's body given as a list of strings is now a paragraph per string, joined by blank lines
# that nothing joins across. A list of strings is often a text's LINES, not its paragraphs: a PDF's or an OCR'd page's
# text kept as its lines (page.extract_text().splitlines(), a converter's "lines"), a hard-wrapped text read with
# readlines(). f6587b6f: the wrapped lines join into their two paragraphs, as a hard-wrapped text file's do, and every
# percent is read. 26b01f25: "…今年前三季度" / "国内生产总值同比增长…" stand as paragraphs of their own, and a number
# broken by the line ("增长4." / "5%", "增长" / "6.3%") is misread: '5%' for 同比增长4.5%, '9%' for 增长4.9%, '3%' for
# 增长6.3%, 1.3% lost. A list marks paragraphs only when its strings are paragraphs (they end their sentences, or
# differ in length like a digest's items), not when they are a column's lines of one width.
@pytest.mark.parametrize("width", [20, 30])
def test_r1_a_records_list_of_a_texts_wrapped_lines_joins_into_its_paragraphs(width: int) -> None:
    from briefreader.figures import extract_figures

    (d,) = _records(
        [
            {
                "title": "前三季度经济运行总体回升向好",
                "date": "2023-10-18",
                "content": _lines(_P1, width) + _lines(_P2, width),
            }
        ]
    )
    flat = d.text.replace("\n", "")
    assert _P1 in flat and _P2 in flat
    assert "\n\n" not in d.text, d.text  # (two paragraphs, each whole: at most a line break between them)
    pct = [f.text for f in extract_figures(d.text, region="mainland") if f.kind == "percent"]
    assert pct == ["同比增长5.2%", "同比增长4.5%", "增长6.3%", "增长4.9%", "增长1.3%"], pct


def test_r1_guard_a_digest_records_one_line_items_stay_a_paragraph_each() -> None:
    # dev-retired25 s28h_03's shape (a bot's daily digest: "news": [one-line items], each ending no sentence)
    items = [
        "2025年度中国电影总票房已突破500亿元，其中全年动画电影票房超245亿元，接近全年总票房的一半",
        "中国经济年会：今年我国经济总量预计达140万亿元左右，主要经济指标表现好于预期",
        "医保局公布2026年重点计划：职工医保个人账户明年全面实现跨省共济",
        "上海浦东：针对新注册AI一人创业公司，提供最高30万元的免费算力",
    ]
    (d,) = _records([{"date": "2025-12-14", "news": items}])
    assert not any(s in d.text for s in ("一半中国经济年会", "预期医保局", "共济上海")), d.text
    assert items[2] in d.text.split("\n")


# ---------------------------------------------------------------------------------------------------------------------
# R1b (1464a4a6 records: R1's fix, REGRESSION kept for realistic lines, medium: numbers broken, sums misread): the
# column test counts CHARACTERS ("most as long as the longest"). A PDF page's lines share a display width, not a
# character count: digits, Latin letters and "%" take half a Han character's width, so a line holding "2023年1-9月
# 国内生产总值913027亿元" has more characters than a line of Han text the same width (54 cells: 32, 30, 27 … 31, 33
# characters). f6587b6f: the lines join into their paragraphs and every figure is read. 1464a4a6: some lines stay
# apart, "…国内生产总值91302" / "7亿元…" (money '91302' and '7亿元' for 913027亿元), "增长6." / "3%" ('3%' for 6.3%).
# Measure a line in cells (East Asian width), as a column is laid out.
_R1B_PARAGRAPHS = (
    "国家统计局今天发布数据显示，2023年1-9月国内生产总值913027亿元，按不变价格计算，同比增长5.2%，经济运行总体回升"
    "向好。专家认为，下一阶段宏观政策仍需加力，巩固经济回升势头。",
    _P2,
    "分产业看，前三季度第一产业增加值63091亿元，同比增长4.0%；第二产业增加值353659亿元，增长4.4%；第三产业增加值"
    "496277亿元，增长6.0%。",
)


def _cell_lines(paragraph: str, cells: int) -> list[str]:
    # a column of ``cells`` display cells: a Han character two, a digit, a Latin letter or "%" one
    import unicodedata

    out, line, used = [], "", 0
    for ch in paragraph:
        width = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + width > cells:
            out.append(line)
            line, used = "", 0
        line, used = line + ch, used + width
    return [*out, line]


@pytest.mark.parametrize("cells", [54, 56])
def test_r1b_a_records_pdf_lines_of_one_display_width_join_into_their_paragraphs(cells: int) -> None:
    from briefreader.figures import extract_figures

    lines = [line for p in _R1B_PARAGRAPHS for line in _cell_lines(p, cells)]
    (d,) = _records([{"title": "前三季度经济运行总体回升向好", "date": "2023-10-18", "content": lines}])
    figures = [f.text for f in extract_figures(d.text, region="mainland") if f.kind in ("money", "percent")]
    assert figures == [
        "913027亿元",
        "同比增长5.2%",
        "同比增长4.5%",
        "增长6.3%",
        "增长4.9%",
        "增长1.3%",
        "63091亿元",
        "同比增长4.0%",
        "353659亿元",
        "增长4.4%",
        "496277亿元",
        "增长6.0%",
    ], d.text


# ---------------------------------------------------------------------------------------------------------------------
# R2 (26b01f25 clean._REMARK_CLAUSE, REGRESSION, low: a site's offer kept as the article's last line): a paid offer or
# an outlet's plug closing a post goes only when no later clause opens with a pronoun or a connective (这/那/此/该/其/
# 它/…) or says what it is. But the offer's own clauses describe what it holds with the same words: "7元解锁710+AI与开源
# 项目资料，其中包括90+低开平台，每周更新" (dev-retired20 s23_03's offer, its "包括" said "其中包括"), "…，该资料包每周
# 更新", "推荐进入财新数据库，这里有宏观经济、股票债券、公司人物等数据…" (dev s31_06's plug, its "可随时查阅" said
# "这里有"). f6587b6f: each goes. 26b01f25: each stays as the article's last line. A remark ABOUT the offer says what it
# is or turns against it (这是…, 但…, 其实…: the review s36 case); 其中/该+noun/这里有 describe its content.
_R2_OFFERS = {
    "paid_qizhong": "7元解锁710+AI与开源项目资料，其中包括90+低开平台，每周更新",
    "paid_gai": "7元解锁710+AI与开源项目资料，该资料包每周更新",
    "plug_zheli": "推荐进入财新数据库，这里有宏观经济、股票债券、公司人物等数据，财经数据尽在掌握。",
}


def _last_kept(last: str) -> bool:
    from briefreader.ingest import ingest_bytes

    text = f"前三季度经济运行总体回升向好\n\n{_P1}\n\n{_P2}\n\n{last}\n"
    return last[:8] in ingest_bytes(text.encode(), id="probe", suffix=".txt").text


@pytest.mark.parametrize("kind", sorted(_R2_OFFERS))
def test_r2_an_offers_clause_describing_what_it_holds_is_the_offer(kind: str) -> None:
    assert not _last_kept(_R2_OFFERS[kind])


def test_r2_guard_a_remark_about_an_offer_is_the_articles() -> None:
    assert _last_kept("9.9元即可解锁全部课程，这是该平台最常见的营销方式。")  # (review s36's case)
    assert not _last_kept("7元解锁710+AI与开源项目资料，每周更新，包括90+低开平台")  # (s23_03's offer)


# ---------------------------------------------------------------------------------------------------------------------
# R3 (cc171a45 figures.extract._same_sum_said, REGRESSION, low-medium: one fact listed twice): a lead's sum said again in
# the body with its currency left out is one entry (FIGURES_GOLD §5, 69ded61a) only when the one character right before
# each is the same ("the head of a compound"). But what stands right before a sum is as often a function word between
# the noun and the number: 了, 为, 共计 ("该项目共投资了2亿", "总投资为2亿", "被罚款共计9万"). f6587b6f: one entry each,
# as §5 rules. cc171a45: two ('2亿元' and '2亿'; '9万元' and '9万'). The head of what is named is the noun before such
# words (投资, 罚款), not the particle; only another noun (投资 / 补贴, review s36) makes another fact.
_R3_LEAD_BODY = "据介绍，新体育馆建筑面积3万平方米，可容纳观众8000人，预计2025年底建成投用。"
_R3_TEXTS = {
    "invest_le": "市政府投资2亿元建设新体育馆。\n" + _R3_LEAD_BODY + "\n该项目共投资了2亿，全部来自财政资金。",
    "invest_wei": "市政府投资2亿元建设新体育馆。\n" + _R3_LEAD_BODY + "\n该项目总投资为2亿，全部来自财政资金。",
    "fine_gongji": "市监局对该公司罚款9万元。\n" + _R3_LEAD_BODY + "\n经调查，该公司被罚款共计9万，已缴清。",
}


def _money(text: str) -> list[str]:
    from briefreader.figures import extract_figures

    return [f.text for f in extract_figures(text, region="mainland") if f.kind == "money"]


@pytest.mark.parametrize("kind", sorted(_R3_TEXTS))
def test_r3_a_leads_sum_said_again_after_a_particle_is_one_entry(kind: str) -> None:
    assert len(_money(_R3_TEXTS[kind])) == 1, _money(_R3_TEXTS[kind])


def test_r3_guard_another_noun_of_the_same_size_is_another_fact() -> None:
    # review s36's shape (cc171a45's own): an investment and a subsidy of one size are two entries
    subsidy = "市政府投资2亿元建设新体育馆。\n" + _R3_LEAD_BODY + "\n此外，省里给予企业补贴2亿，用于设备采购。"
    assert _money(subsidy) == ["2亿元", "2亿"]
    same = "市监局对该公司罚款9万元。\n" + _R3_LEAD_BODY + "\n经调查，该公司被罚款9万，已缴清。"
    assert _money(same) == ["9万元"]


# ---------------------------------------------------------------------------------------------------------------------
# R4 (241cb7fc cli._find, REGRESSION, low: a worse answer on the command line): `show <file>` of a file of many none of
# whose records was read (a scraper's CSV whose every row holds only a site's "Javascript must be enabled" notice, the
# rows of dev/s35_08 that do) answered "scraped.csv was not read: <the notice>"; 241cb7fc matches a record's problem
# only by the record's id, so `show scraped` and `show scraped.csv` now answer "unknown briefing id 'scraped'" though
# `check` lists the file. When no record of the file was read, the file was not read: its name should say so.
_NOTICE = "Javascript must be enabled for the correct page display"


def _cli_folder(tmp_path) -> str:
    folder = tmp_path / "c"
    folder.mkdir()
    rows = [
        "download_date,published_date_gmt,title,url,category,raw_text",
        f"2023-08-24,2023-08-24 10:43:16,,https://gnn.gamer.com.tw/detail.php?sn=254990,Entertainment,{_NOTICE}",
        f"2023-08-24,2023-08-24 10:12:03,,https://gnn.gamer.com.tw/detail.php?sn=254989,Entertainment,{_NOTICE}",
    ]
    (folder / "scraped.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(
        f'[library]\nbriefings = "{folder}"\nnotes = "{tmp_path}/notes.toml"\ncache = "{tmp_path}/cache"\n',
        encoding="utf-8",
    )
    return str(config)


@pytest.mark.parametrize("name", ["scraped", "scraped.csv"])
def test_r4_show_of_a_file_none_of_whose_records_was_read_says_not_read(tmp_path, capsys, name: str) -> None:
    from briefreader.cli import main

    config = _cli_folder(tmp_path)
    assert main(["--config", config, "show", name]) != 0
    err = capsys.readouterr().err
    assert "was not read" in err and _NOTICE in err, err


def test_r4_guard_check_lists_each_record_not_read(tmp_path, capsys) -> None:
    from briefreader.cli import main

    config = _cli_folder(tmp_path)
    main(["--config", config, "check"])
    out = [line for line in capsys.readouterr().out.splitlines() if line.startswith("scraped.csv")]
    assert len(out) == 2 and all("empty" in line for line in out), out


# ---------------------------------------------------------------------------------------------------------------------
# R5 (1464a4a6 markdown._dated_link / _dated_runs, REGRESSION, medium: a section of the article lost): two or more
# paragraphs (or list items) that are a day and one link to a headline are dropped as an archive's pointers to other
# issues, with the heading over them. That is what a weekly's "历史上的本周" is (its own past issues, dev-retired32
# s35h_03); but a chronology is written the same way - a Markdown 大事记 whose every entry is a day and the news report
# it links ("2020年1月23日：[武汉宣布暂时关闭离汉通道](…)"). f6587b6f: the four entries and their heading kept.
# 1464a4a6: all four and "大事记" gone (as paragraphs or as a bullet list). A pointer list points at the document's own
# archive (its issues' addresses, one site) or is headed so (历史上的本周, 往期回顾); dated links to other sites' reports
# are the article's record of events.
_R5_EVENTS = [
    ("2020年1月20日", "钟南山确认新冠病毒存在人传人"),
    ("2020年1月23日", "武汉宣布暂时关闭离汉通道"),
    ("2020年2月7日", "国家卫健委将病毒命名为新冠肺炎"),
    ("2020年4月8日", "武汉解除离汉离鄂通道管控"),
]
_R5_HOSTS = ["www.xinhuanet.com", "www.chinanews.com.cn", "www.nhc.gov.cn", "www.thepaper.cn"]


def _md_body(text: str) -> str:
    from briefreader.ingest import ingest_bytes

    return ingest_bytes(text.encode(), id="probe", suffix=".md").text


@pytest.mark.parametrize("shape", ["paragraphs", "bullets"])
def test_r5_a_markdown_chronology_of_dated_links_is_the_articles(shape: str) -> None:
    sep, bullet = ("\n\n", "") if shape == "paragraphs" else ("\n", "- ")
    timeline = sep.join(
        f"{bullet}{day}：[{title}](https://{host}/2020/{k}.html)"
        for k, ((day, title), host) in enumerate(zip(_R5_EVENTS, _R5_HOSTS, strict=True))
    )
    body = _md_body(f"# 武汉抗疫大事记\n\n{_P1}\n\n## 大事记\n\n{timeline}\n\n{_P2}\n")
    assert all(title in body for _, title in _R5_EVENTS), body


def test_r5_guard_a_weeklys_pointers_to_its_own_past_issues_go() -> None:
    # dev-retired32 s35h_03's shape (a weekly's "历史上的本周": its own earlier issues, each a year and issue number)
    issues = [(2021, 147, "寻找你愿意忍受的痛苦"), (2020, 97, "技术封锁的威力"), (2019, 47, "电子政务的未来")]
    pointers = "\n\n".join(
        f"{y}年（第 {n} 期）：[{t}](https://github.com/ruanyf/weekly/blob/master/docs/issue-{n}.md)"
        for y, n, t in issues
    )
    body = _md_body(f"# 科技爱好者周刊（第 200 期）\n\n{_P1}\n\n## 历史上的本周\n\n{pointers}\n")
    assert not any(t in body for _, _, t in issues), body
    assert "国内生产总值" in body
