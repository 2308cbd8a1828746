"""Throughput of ``extract_figures`` on a synthetic corpus of >= 5 MB.

    .venv/bin/python benchmarks/bench_figures.py [--mb 6] [--runs 5] [--seed 1] [--src DIR]

``--src DIR`` measures another checkout's ``src`` (e.g. ``git archive <commit> src | tar
-x -C /tmp/before``, then ``--src /tmp/before/src``) on the same corpus, so a before/after
pair can be run back to back on a busy machine.

The corpus mixes (a) sentences of the five sample briefings (through the real ingest),
shuffled and repeated, and (b) synthetic sentences with random figures of every kind
(money, percent, area, counts, ranges, hedges, years, dates) plus number-like noise
(document numbers, phones, ordinals). It is extracted as documents of ~5 KB, the size of
a briefing, and once more as one single line, and reports the median figures/s and MB/s.

``--hostile`` measures dense lists and separators (1、2、3、…, 1 2 3 4, 1~2~, 1%、2%、 …),
each repeated to ``--mb`` MB, against real dev text of the same size: CPU seconds per MB
and the ratio to the real text (session 8: a bare number with nothing around it that could
make it a figure is skipped before it is parsed; lists of bare numbers went from ~5-15x to
~2-6x normal text per byte, the rest of the cost is their density of candidates).

``--real`` measures real news instead: the dev articles of the real-text gold files
(tests/data/realworld/figures_gold.toml and figures2/, mainland and Taiwan, Simplified
and Traditional), repeated to ``--mb`` MB; each is extracted with its region, as ingest does.

``--stage`` measures ingest's whole figures stage on the dev articles of every figure corpus
in the Simplified form ingest gives them (``normalize_text``): ``detect_region`` then
``extract_figures`` with that region, per article (session 9: 2.4-2.7 -> 3.1-3.5 MB/s of CPU
on a loaded machine, output identical; a third of a news text's candidates, a Chinese
numeral with nothing after it and 一 + a measure word, are answered before being read).
Session 10: an amount's groups are read in one Match.group call with the alternative that matched and
passed on as tuple slices (no named lookups, no lists per candidate), Quantity.arabic is set once:
function calls on the stage's dev texts 706,796 -> 639,126, output identical; the session's new
grammar rules (hard wraps, asides, classes, …) cost about what that saved, so on a machine at load 8-11
the stage is within noise of the session's start (13.9-14.1k vs 14.2-15.3k figures/s, 3 interleaved pairs).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_src = sys.argv[sys.argv.index("--src") + 1] if "--src" in sys.argv[:-1] else str(ROOT / "src")
sys.path.insert(0, _src)

from briefreader.figures import extract_figures  # noqa: E402

TEMPLATES = [
    "{year}年,该区软件和信息服务业营收{hedge}{n}亿元,同比增长{pct}%。",
    "到{year}年,力争培育{n}家以上具有国际竞争力的企业,打造{a}个至{b}个头部平台。",
    "活动累计补贴近{n}亿元,预计将帮助超过{big}家企业,吸引{n}万人次参与。",
    "规划总面积达{f}平方公里,建筑面积{n}万平方米,占地{n}亩。",
    "给予最高{n}万元奖励,对符合条件的项目给予{a}-{b}万美元资助。",
    "税收贡献占比达到{pct}%以上,约占全市的五分之一,近四成企业表示满意。",
    "联合{n}所高校、超{n}家科技企业,提供超过{big}个工作岗位,{n}名选手参赛。",
    "杨科两会〔{year}〕{n}号,联系电话:{phone},邮政编码:{post},第{n}届大会。",
    "{m}月{d}日,{year}上海信息消费节开幕,为期一个月,开展“1+5+N”模式。",
    "一千二百余家企业参与,总投资三千亿元,百分之十二点五的增长,{cn}个项目落地。",
    # issue 13 shapes: ranges in Chinese numerals, vague and approximate amounts, symbols
    "估值两到三万港元,投入数十亿元,约{a}0亿美元,三四十万人参与,US${n}万,HKD{f},罚款{a}万元以上{b}万元以下。",
    "台湾行政院补助{n}万元,每坪{f}万元,占比百分之{a}十到{b}十,二〇二四年,{a}艘船,总量的1/5以上。",
]
CN = ["两", "三", "五", "十", "二十", "三十六", "一百"]


def synthetic(rng: random.Random) -> str:
    t = rng.choice(TEMPLATES)
    a = rng.randint(1, 9)
    return t.format(
        year=rng.randint(2015, 2030),
        hedge=rng.choice(["", "超过", "约", "近", "逾"]),
        n=rng.randint(1, 9999),
        pct=round(rng.uniform(0, 60), 1),
        a=a,
        b=a + rng.randint(1, 5),
        big=rng.randint(1000, 99999),
        f=round(rng.uniform(0.5, 30), 2),
        phone=rng.randint(10_000_000, 99_999_999),
        post=rng.randint(100_000, 999_999),
        m=rng.randint(1, 12),
        d=rng.randint(1, 28),
        cn=rng.choice(CN),
    )


def sample_sentences() -> list[str]:
    from briefreader.ingest import ingest_file

    root = ROOT / "briefings"
    out: list[str] = []
    for path in sorted(root.iterdir()):
        text = ingest_file(path, root).text
        out.extend(s for s in re.split(r"(?<=[。！？；\n])", text) if s.strip())
    return out


def build_corpus(mb: float, seed: int) -> list[str]:
    """Documents of ~5 KB, half sample sentences, half synthetic, until ``mb`` MB."""
    rng = random.Random(seed)
    samples = sample_sentences()
    docs, size, target = [], 0, int(mb * 1_000_000)
    while size < target:
        parts, doc_size = [], 0
        while doc_size < 5000:
            s = rng.choice(samples) if rng.random() < 0.5 else synthetic(rng)
            if rng.random() < 0.1:
                s += "\n"
            parts.append(s)
            doc_size += len(s.encode())
        doc = "".join(parts)
        docs.append(doc)
        size += len(doc.encode())
    return docs


def real_corpus(mb: float) -> list[tuple[str, object]]:
    """Dev article texts of the real-text gold files with their regions, to ``mb`` MB."""
    import tomllib

    from briefreader.figures import detect_region

    articles = []
    for gold in (
        ROOT / "tests/data/realworld/figures_gold.toml",
        ROOT / "tests/data/realworld/figures2/figures_gold.toml",
    ):
        with open(gold, "rb") as fh:
            articles += [a for a in tomllib.load(fh)["article"] if a["split"] == "dev"]
    pairs = [
        (a["text"], detect_region(a["text"], source=a.get("source", ""), script=a.get("script"))) for a in articles
    ]
    docs, size, target = [], 0, int(mb * 1_000_000)
    while size < target:
        for text, region in pairs:
            docs.append((text, region))
            size += len(text.encode())
    return docs


def stage_corpus() -> list[str]:
    """Dev article texts of every figure corpus, Simplified as ingest gives them."""
    import tomllib

    from briefreader.ingest import normalize_text

    texts = []
    for gold in sorted((ROOT / "tests/data/realworld").glob("**/figures_gold.toml")):
        with open(gold, "rb") as fh:
            texts += [normalize_text(a["text"]) for a in tomllib.load(fh)["article"] if a["split"].startswith("dev")]
    return texts


def run_stage(texts: list[str], runs: int) -> tuple[float, float, int]:
    from briefreader.figures import detect_region

    mb = sum(len(t.encode()) for t in texts) / 1e6
    times, count = [], 0
    for _ in range(runs):
        started = time.process_time()
        count = sum(len(extract_figures(t, region=detect_region(t))) for t in texts)
        times.append(time.process_time() - started)
    t = statistics.median(times)
    return count / t, mb / t, count


def run_real(docs: list[tuple[str, object]], runs: int) -> tuple[float, float, int]:
    mb = sum(len(d.encode()) for d, _ in docs) / 1e6
    times, count = [], 0
    for _ in range(runs):
        started = time.process_time()
        count = sum(len(extract_figures(d, region=r)) for d, r in docs)
        times.append(time.process_time() - started)
    t = statistics.median(times)
    return count / t, mb / t, count


HOSTILE_UNITS = (
    "1、2、3、",
    "1，2，3，",
    "1 2 3 4 ",
    "1~2~",
    "1-2-",
    "1至2至",
    "1及2及",
    "一、二、三、",
    "第1、2、3、",
    "1、2万、",
    "1%、2%、",
    "1元、2元、",
    "1家、",
)


def run_hostile(mb: float, runs: int) -> None:
    """CPU seconds per MB of each hostile unit repeated, and its ratio to real dev text."""
    size = int(mb * 1_000_000)

    def fill(unit: str) -> str:
        text = unit * (size // len(unit.encode()) + 1)
        while len(text.encode()) > size:
            text = text[: len(text) * 9 // 10]
        return text

    def seconds(text: str) -> float:
        times = []
        for _ in range(runs):
            started = time.process_time()
            extract_figures(text)
            times.append(time.process_time() - started)
        return statistics.median(times)

    real = fill("\n".join(d for d, _ in real_corpus(0.2)[:40]))
    base = seconds(real) / mb
    print(f"real dev text      {base:6.3f} s/MB")
    for unit in HOSTILE_UNITS:
        t = seconds(fill(unit)) / mb
        print(f"{unit!r:18} {t:6.3f} s/MB  x{t / base:4.1f}")


def run(docs: list[str], runs: int) -> tuple[float, float, int]:
    mb = sum(len(d.encode()) for d in docs) / 1e6
    times, count = [], 0
    for _ in range(runs):
        # CPU time of this process: on a shared, loaded machine wall time mostly
        # measures the other processes
        started = time.process_time()
        count = sum(len(extract_figures(d)) for d in docs)
        times.append(time.process_time() - started)
    t = statistics.median(times)
    return count / t, mb / t, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=6.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--src", default=None, help="the src folder of another checkout")
    parser.add_argument("--real", action="store_true", help="real dev articles instead of the synthetic mix")
    parser.add_argument("--hostile", action="store_true", help="dense lists and separators against real text")
    parser.add_argument("--stage", action="store_true", help="ingest's figures stage (region + figures) on dev text")
    args = parser.parse_args()

    if args.stage:
        texts = stage_corpus()
        mb = sum(len(t.encode()) for t in texts) / 1e6
        print(f"figures stage: {len(texts)} dev articles, {mb:.2f} MB UTF-8; median of {args.runs} runs")
        fps, mbps, n = run_stage(texts, args.runs)
        print(f"stage:       {n} figures  {fps:>10,.0f} figures/s  {mbps:6.2f} MB/s")
        return

    if args.hostile:
        run_hostile(args.mb, args.runs)
        return

    if args.real:
        pairs = real_corpus(args.mb)
        mb = sum(len(d.encode()) for d, _ in pairs) / 1e6
        print(f"real articles: {len(pairs)} documents, {mb:.2f} MB UTF-8; median of {args.runs} runs")
        fps, mbps, n = run_real(pairs, args.runs)
        print(f"documents:   {n} figures  {fps:>10,.0f} figures/s  {mbps:6.2f} MB/s")
        return

    docs = build_corpus(args.mb, args.seed)
    mb = sum(len(d.encode()) for d in docs) / 1e6
    print(
        f"corpus: {len(docs)} documents, {mb:.2f} MB UTF-8, "
        f"{sum(map(len, docs)) / 1e6:.2f} M characters; median of {args.runs} runs"
    )
    fps, mbps, n = run(docs, args.runs)
    print(f"documents:   {n} figures  {fps:>10,.0f} figures/s  {mbps:6.2f} MB/s")
    one_line = ["".join(d.replace("\n", "") for d in docs)]
    fps, mbps, n = run(one_line, max(1, args.runs // 2))
    print(f"single line: {n} figures  {fps:>10,.0f} figures/s  {mbps:6.2f} MB/s")


if __name__ == "__main__":
    main()
