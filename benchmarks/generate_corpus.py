"""A seeded generator of synthetic briefing corpora for benchmarks.

    python benchmarks/generate_corpus.py OUT_DIR -n 10000 [--seed 7]

Each briefing is 1-10 KB, built from sentence patterns with randomized figures,
dates and outlets, in a realistic mix: Simplified and Traditional script; UTF-8,
GBK and Big5; plain text, HTML and Markdown with YAML front matter; some with
trailers of unrelated headlines and photo captions. The same seed gives the same
bytes, so runs are comparable.

Plain-text briefings carry their date the ways real ones do (issue 12): a dateline
without a year (``新民晚报讯 5月17日``), a date line with the place or the outlet after
it (``2026年9月28日 上海报道``, ``2024年12月30日 杨浦时报``) or before it
(``第一财经 2024-06-27 10:12:45``), a byline with a date (``记者 林晓 2022年6月16日``),
a closing ``（完）2025年1月20日``, an issuer's signature block; some HTML pages are
government documents with a 标题/发文字号/成文日期/发布日期 table. Bodies carry
numbers that look like years (``3893万元``, ``2035年目标``). :func:`truth` gives each
file's date, so a benchmark can check what ingest read.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

OUTLETS = ["新民晚报", "证券时报网", "中新网", "解放日报", "第一财经", "澎湃新闻", "文汇报", "经济日报"]
PLACES = ["上海", "杨浦区", "浦东新区", "张江", "徐汇区", "闵行区", "临港新片区", "长宁区"]
SUBJECTS = [
    "元宇宙产业",
    "直播经济",
    "信息消费",
    "在线新经济",
    "人工智能产业",
    "数字文创",
    "银发经济",
    "跨境电商",
    "智能终端",
    "数据要素市场",
    "集成电路",
    "生物医药",
]
NAMES = ["王明", "李华", "张伟", "陈静", "刘洋", "赵磊", "孙丽", "周杰", "吴敏", "郑浩"]
VERBS = ["发布", "启动", "推进", "举办", "签约", "揭牌", "印发", "部署"]

SENTENCES = [
    "{place}{subject}规模达到{money}，同比增长{pct}。",
    "到{target}年，{place}将培育{count}家以上具有国际竞争力的{subject}企业。",
    "{place}规划总面积达{area}平方公里，集聚了{count}余家数字经济企业。",
    "活动期间累计发放消费券超过{money}，预计带动消费{money2}。",
    "{place}{subject}营收约占全市的{frac}，税收贡献占比达到{pct}以上。",
    "会上，{place}{verb}了《{subject}高质量发展三年行动计划（{y1}-{y2}年）》。",
    "{name}表示，{subject}正成为经济发展的新动力源，要加快打造创新策源地。",
    "据悉，{place}将对首次获得市级称号的{subject}基地给予最高{money3}奖励。",
    "近年来，{place}持续优化营商环境，推动{subject}与实体经济深度融合，形成了一批可复制可推广的经验。",
    "{place}还将建设{small}个特色产业园区，吸引近{count}名青年人才落户。",
    "截至{y1}年底，{place}已建成{small}个示范应用场景，覆盖教育、医疗、文旅等领域。",
    "与会专家认为，{subject}处于高速发展期，技术体系逐步成熟，应用场景愈发丰富。",
]
TRAILER_HEADLINES = [
    "美联储后续加息路径如何",
    "北京证照联办拓展至十个场景",
    "青岛啤酒节开幕",
    "全国规模以上工业企业利润",
    "能源强国建设加快",
    "高校毕业生就业观察",
    "进博会倒计时",
]


def _money(rng: random.Random) -> str:
    value = rng.choice([rng.randint(1, 99), rng.randint(100, 9999)])
    return f"{value}{rng.choice(['亿元', '万元', '亿元', '万美元'])}"


def _sentence(rng: random.Random, year: int) -> str:
    return rng.choice(SENTENCES).format(
        place=rng.choice(PLACES),
        subject=rng.choice(SUBJECTS),
        money=_money(rng),
        money2=_money(rng),
        money3=f"{rng.choice([50, 100, 200])}万元",
        pct=f"{rng.randint(1, 60)}.{rng.randint(0, 9)}%",
        target=year + rng.randint(1, 5),
        count=rng.choice([10, 20, 50, 100, 300, 1000, 8000]),
        area=f"{rng.randint(1, 20)}.{rng.randint(10, 99)}",
        frac=rng.choice(["五分之一", "三成", "四分之一"]),
        verb=rng.choice(VERBS),
        y1=year,
        y2=year + 2,
        name=rng.choice(NAMES),
        small=rng.randint(2, 12),
    )


HEADER_FORMS = ["dateline", "date_place", "date_outlet", "outlet_date", "byline_date", "closing", "signature"]
ISSUERS = ["上海市经济和信息化委员会", "杨浦区人民政府办公室", "上海市商务委员会", "浦东新区科技和经济委员会"]


def make_briefing(rng: random.Random, index: int) -> tuple[str, bytes]:
    return make_briefing_and_date(rng, index)[:2]


def make_briefing_and_date(rng: random.Random, index: int) -> tuple[str, bytes, str]:
    """A file's name, bytes and the date it carries (ISO)."""
    year = rng.randint(2019, 2026)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    outlet, place, subject = rng.choice(OUTLETS), rng.choice(PLACES), rng.choice(SUBJECTS)
    title = f"{place}{rng.choice(VERBS)}{subject}新举措"
    target_bytes = rng.randint(1000, 10000)
    iso = f"{year}-{month:02d}-{day:02d}"
    form = rng.choice(HEADER_FORMS)
    name = rng.choice(NAMES)
    header: list[str] = []
    closing: list[str] = []
    lead = (
        f"{place}{subject}大会日前举行，{year + rng.randint(5, 12)}年目标和{rng.randint(2100, 3999)}万元投资同时发布。"
    )
    if form == "dateline":
        lead = f"{outlet}讯(记者 {name}){month}月{day}日,{year}{place}{subject}大会举行。"
    elif form == "date_place":
        header = [f"{year}年{month}月{day}日 {place[:2]}报道"]
    elif form == "date_outlet":
        header = [f"{year}年{month}月{day}日 {outlet}"]
    elif form == "outlet_date":
        header = [f"{outlet} {iso} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"]
    elif form == "byline_date":
        header = [f"记者 {name} {year}年{month}月{day}日"]
    elif form == "closing":
        closing = [f"（完）{year}年{month}月{day}日"]
    else:
        closing = [rng.choice(ISSUERS), f"{year}年{month}月{day}日"]
    paragraphs = [*header, lead]
    size = 0
    while size < target_bytes // 3:  # ~3 bytes per character in UTF-8
        paragraph = "".join(_sentence(rng, year) for _ in range(rng.randint(2, 5)))
        paragraphs.append(paragraph)
        size += len(paragraph)
    if rng.random() < 0.2:
        paragraphs.insert(2, "图说:会议现场。主办方供图。")
    paragraphs += closing  # the article's end, before any trailer of links
    if rng.random() < 0.15:
        paragraphs.append("关键词:")
        paragraphs += [
            f"- {rng.choice(TRAILER_HEADLINES)}{year}-{month:02d}-{day:02d}" for _ in range(rng.randint(3, 12))
        ]

    traditional = rng.random() < 0.3
    fmt = rng.choices(["txt", "html", "md", "gov"], weights=[6, 2, 2, 1])[0]
    if fmt == "gov":  # a government document page: its metadata in a table
        cells = [
            ("标题", title),
            ("发文字号", f"沪府办〔{year}〕{rng.randint(1, 99)}号"),
            ("成文日期", f"{year}年{month}月{max(1, day - 3)}日"),
            ("发布日期", f"{year}年{month}月{day}日"),
        ]
        table = "".join(f"<tr><td>{k}：</td><td>{v}</td></tr>" for k, v in cells)
        body = "".join(f"<p>{p}</p>" for p in paragraphs if p not in header and p not in closing)
        text = (
            f"<html><head><title>{title}_上海市人民政府</title></head><body><div class=nav>首页 | 政务公开</div>"
            f"<table>{table}</table><div class=article>{body}</div><div>版权所有：上海市人民政府</div></body></html>"
        )
        suffix = ".html"
    elif fmt == "html":
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        text = f"---\ntitle: '{title}'\ndate: {year}-{month:02d}-{day:02d}\nauthor: {outlet}\n---\n<div>{body}</div>\n"
        suffix = ".html"
    elif fmt == "md":
        text = (
            f"---\ntitle: {title}\ndate: {year}-{month:02d}-{day:02d}\nsource: {outlet}\n---\n# {title}\n\n"
            + "\n\n".join(paragraphs)
        )
        suffix = ".md"
    else:
        text = f"{title}\n" + "\n".join(paragraphs) + "\n"
        suffix = ".txt"
    if traditional:
        text = _to_traditional(text)
    encoding = rng.choices(["utf-8", "gbk", "big5"], weights=[7, 2, 1])[0]
    if encoding == "big5" and not traditional:
        encoding = "utf-8"  # Big5 cannot hold Simplified characters
    if encoding == "gbk" and traditional:
        encoding = "big5"
    data = text.encode(encoding, errors="replace")
    return f"{index // 1000:03d}/{index:06d}{suffix}", data, iso


def _to_traditional(text: str) -> str:
    import opencc

    global _S2T
    try:
        converter = _S2T
    except NameError:
        converter = _S2T = opencc.OpenCC("s2t")
    return converter.convert(text)


def truth(n: int, seed: int = 7) -> dict[str, str]:
    """relative path without extension -> the date the file carries, for ``generate(_, n, seed)``."""
    rng = random.Random(seed)
    out = {}
    for i in range(n):
        name, _, iso = make_briefing_and_date(rng, i)
        out[name.rsplit(".", 1)[0]] = iso
    return out


def generate(out: Path, n: int, seed: int = 7) -> int:
    """Write ``n`` briefings below ``out``; returns the total bytes written."""
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        name, data, _ = make_briefing_and_date(rng, i)
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        total += len(data)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    total = generate(args.out, args.n, args.seed)
    print(f"wrote {args.n} briefings, {total / 2**20:.1f} MB, to {args.out}")


if __name__ == "__main__":
    main()
