"""A small corpus of stories for the story tests (issue 17): one press release under three
outlets (an edited headline, a trailer, Traditional script), a second story twice, and
one briefing on its own. Written for these tests, not real text."""

from __future__ import annotations

from pathlib import Path

from briefreader.hanzi import to_traditional

ARTICLE = (
    "新华社上海5月9日电 记者从上海市经济和信息化委员会获悉，2023年上海软件和信息服务业营业收入达到1.5万亿元，"
    "同比增长13%，规模以上企业超过3000家。\n\n"
    "其中，人工智能产业规模突破3800亿元，集成电路产业规模达到2500亿元，生物医药产业规模约为9300亿元。\n\n"
    "上海将加快建设具有全球影响力的科技创新中心，到2027年培育100家以上具有国际竞争力的软件企业。\n\n"
    "市经济信息化委有关负责人表示，下一步将围绕数据要素市场、工业软件和开源生态，推出一批重点项目，"
    "支持企业开展关键核心技术攻关，并在张江、临港、徐汇滨江等地建设一批特色产业园区。"
)
OTHER = (
    "本报讯 今年一季度，本市外贸进出口总值达到1.03万亿元，同比增长2.4%，其中出口4100亿元。\n\n"
    "海关有关负责人介绍，机电产品出口增长较快，汽车出口同比增长56%，锂电池出口增长超过三成。\n\n"
    "下一步，海关将进一步优化通关流程，支持企业拓展新兴市场，稳定外贸基本盘。"
)
THIRD = (
    "本报讯 临港新片区今年前三季度实现规上工业总产值2600亿元，同比增长31%。\n\n"
    "新能源汽车、集成电路和民用航空三大产业贡献突出，其中新能源汽车产值超过1200亿元。\n\n"
    "管委会表示，将继续推进重大项目落地，力争全年产值突破3500亿元。"
)


def write(folder, name, title, date, body, source=""):
    """A Markdown briefing with YAML front matter: title, date and outlet as the outlet gave them."""
    head = f"---\ntitle: {title}\ndate: {date}\nsource: {source}\n---\n\n"
    (folder / name).write_text(head + body + "\n", encoding="utf-8")


def make_story_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write(folder, "a_xinhua.md", "上海软件和信息服务业营收达1.5万亿元", "2024-05-09", ARTICLE, "新华社")
    write(
        folder,
        "b_jiefang.md",
        "1.5万亿！上海软件业规模再创新高",
        "2024-05-10",
        ARTICLE.replace("超过3000家", "超过3100家") + "\n\n（来源：新华社）责任编辑：王五",
        "解放日报",
    )
    write(
        folder,
        "c_hk.md",
        to_traditional("滬軟件業營收1.5萬億元 同比增13%", "hk"),
        "2024-05-11",
        to_traditional(ARTICLE, "hk"),
        "香港經濟日報",
    )
    write(folder, "d_customs.md", "上海外贸一季度进出口总值1.03万亿元", "2024-04-20", OTHER, "上海海关")
    write(folder, "e_customs_copy.md", "一季度本市外贸进出口1.03万亿元", "2024-04-21", OTHER + "\n\n（完）", "文汇报")
    write(folder, "f_lingang.md", "临港前三季度工业总产值2600亿元", "2024-10-08", THIRD, "临港新片区")


STORIES = {"a_xinhua": ("a_xinhua", "b_jiefang", "c_hk"), "d_customs": ("d_customs", "e_customs_copy")}
