"""A seeded generator of synthetic briefing corpora for benchmarks.

    python benchmarks/generate_corpus.py OUT_DIR -n 10000 [--seed 7] [--legacy]

``-n`` counts briefings, not files: a feed file holds many. The mix is what a reader
of Chinese briefings saves (issue 19), by share of files:

* plain text (42%), Markdown with YAML front matter (14%) and HTML fragments with front
  matter (10%): 1-10 KB articles;
* full saved web pages (10%) with the chrome real ones carry, 30-100 KB: inline
  scripts and styles (a third of a real page's bytes), a navigation bar, breadcrumbs,
  meta tags and sometimes JSON-LD, a share bar, the article with its date/source line,
  photos and captions, an editor line, related-article and ranking lists with their
  own dates, a reader comment section, a footer with copyright and ICP lines; the
  layout is generic (sizes and proportions measured on tests/data/realworld/dev, no
  text or markup taken from them);
* government document pages (3%): the 标题/发文字号/成文日期/发布日期 table, in the same chrome;
* RSS 2.0 and Atom feeds (0.5%) of 15-60 entries (a sixth of the briefings), summaries or full HTML bodies;
* Word documents (2%, written with zipfile), e-mails (2%, stdlib email) and PDFs
  (1%, reportlab): one briefing each.

Article text mixes sentence patterns that carry figures and dates with sentences of
ordinary words drawn by frequency from jieba's dictionary (a news-wide vocabulary, so
unrelated briefings share few phrases, as real ones do); 3% of articles are another
outlet's copy of a recent one (a story with versions).

Articles are built from sentence patterns with randomized figures, dates and outlets:
Simplified and Traditional script; UTF-8, GBK and Big5. Plain-text briefings carry
their date the ways real ones do (issue 12): a dateline without a year
(``新民晚报讯 5月17日``), a date line with the place or the outlet after it
(``2026年9月28日 上海报道``, ``2024年12月30日 杨浦时报``) or before it
(``第一财经 2024-06-27 10:12:45``), a byline with a date (``记者 林晓 2022年6月16日``),
a closing ``（完）2025年1月20日``, an issuer's signature block; bodies carry numbers that
look like years (``3893万元``, ``2035年目标``). :func:`truth` gives each single-briefing
file's date, so a benchmark can check what ingest read. The same seed gives the same
bytes, so runs are comparable. ``--legacy`` writes the corpus of session 3 (1-10 KB
text, fragments and small government pages only) for comparing with old numbers.
"""

from __future__ import annotations

import argparse
import email.utils
import functools
import importlib.util
import io
import json
import random
import string
import zipfile
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path
from xml.sax.saxutils import escape

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


_FIELDS = {
    "place": lambda rng, year: rng.choice(PLACES),
    "subject": lambda rng, year: rng.choice(SUBJECTS),
    "money": lambda rng, year: _money(rng),
    "money2": lambda rng, year: _money(rng),
    "money3": lambda rng, year: f"{rng.choice([50, 100, 200])}万元",
    "pct": lambda rng, year: f"{rng.randint(1, 60)}.{rng.randint(0, 9)}%",
    "target": lambda rng, year: year + rng.randint(1, 5),
    "count": lambda rng, year: rng.choice([10, 20, 50, 100, 300, 1000, 8000]),
    "area": lambda rng, year: f"{rng.randint(1, 20)}.{rng.randint(10, 99)}",
    "frac": lambda rng, year: rng.choice(["五分之一", "三成", "四分之一"]),
    "verb": lambda rng, year: rng.choice(VERBS),
    "y1": lambda rng, year: year,
    "y2": lambda rng, year: year + 2,
    "name": lambda rng, year: rng.choice(NAMES),
    "small": lambda rng, year: rng.randint(2, 12),
}
# Each pattern with the fields it uses: only those are drawn (generating 1M briefings).
_PATTERNS = [(s, [f for _, f, _, _ in string.Formatter().parse(s) if f]) for s in SENTENCES]


def _sentence(rng: random.Random, year: int) -> str:
    pattern, fields = rng.choice(_PATTERNS)
    return pattern.format(**{f: _FIELDS[f](rng, year) for f in fields})


HEADER_FORMS = ["dateline", "date_place", "date_outlet", "outlet_date", "byline_date", "closing", "signature"]
ISSUERS = ["上海市经济和信息化委员会", "杨浦区人民政府办公室", "上海市商务委员会", "浦东新区科技和经济委员会"]

# Share of files by kind (see the module docstring); LEGACY is session 3's corpus.
KINDS = {"txt": 42, "md": 14, "fragment": 10, "page": 10, "gov": 3, "feed": 0.5, "docx": 2, "eml": 2, "pdf": 1}
LEGACY = {"txt": 6, "fragment": 2, "md": 2, "gov": 1}


@dataclass(slots=True)
class Article:
    title: str
    year: int
    month: int
    day: int
    outlet: str
    place: str
    subject: str
    name: str
    header: list[str]  # date lines above the text (plain-text forms)
    paragraphs: list[str]  # header, lead and body, then the closing lines
    closing: list[str]
    traditional: bool
    iso: str = field(init=False)

    def __post_init__(self) -> None:
        self.iso = f"{self.year}-{self.month:02d}-{self.day:02d}"

    @property
    def body(self) -> list[str]:
        """The paragraphs without the plain-text date lines (a page says its date itself)."""
        return [p for p in self.paragraphs if p not in self.header and p not in self.closing]


@functools.lru_cache(maxsize=1)
def _vocabulary() -> tuple[list[str], list[int]]:
    """Chinese words by frequency (jieba's dictionary: words, not text), cumulative."""
    spec = importlib.util.find_spec("jieba")
    assert spec is not None and spec.submodule_search_locations, "the generator needs jieba's dict.txt"
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    words, cum, total = [], [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        word, freq, tag = (line.split(" ") + ["", ""])[:3]
        # words a news text is made of: 2-4 Han characters, common enough, no names or numerals
        if 2 <= len(word) <= 4 and freq.isdigit() and int(freq) >= 20 and tag[:1] in "nvadr" and tag != "nr":
            if all("\u4e00" <= ch <= "\u9fff" for ch in word):
                total += int(freq)
                words.append(word)
                cum.append(total)
    return words, cum


@functools.lru_cache(maxsize=1)
def _phrases() -> list[str]:
    """30,000 runs of three words drawn by frequency (fixed seed): drawing runs
    uniformly is 10x faster than drawing words by weight, for 1M briefings."""
    words, cum = _vocabulary()
    drawn = random.Random(0).choices(words, cum_weights=cum, k=3 * 30_000)
    return ["".join(drawn[i : i + 3]) for i in range(0, len(drawn), 3)]


def _prose(rng: random.Random, n: int) -> list[str]:
    """``n`` sentences of ordinary words: text whose vocabulary is as wide as news (what
    word search, keywords and near-duplicate detection see), unlike the twelve patterns
    alone, which made every two briefings share a fifth of their four-character
    shingles (and every briefing a story candidate of every other)."""
    phrases = _phrases()
    drawn = rng.choices(phrases, k=5 * n)
    ends = rng.choices("。。。。；！", k=n)
    out = []
    for i in range(n):
        run = drawn[5 * i : 5 * i + 2 + (i + len(drawn[5 * i])) % 4]  # 2-5 runs: 6-15 words
        out.append("".join(run[:1]) + "，" + "".join(run[1:]) + ends[i])
    return out


def make_article(rng: random.Random, min_bytes: int = 1000, max_bytes: int = 10000, prose: bool = True) -> Article:
    year = rng.randint(2019, 2026)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    outlet, place, subject = rng.choice(OUTLETS), rng.choice(PLACES), rng.choice(SUBJECTS)
    title = f"{place}{rng.choice(VERBS)}{subject}新举措"
    target_bytes = rng.randint(min_bytes, max_bytes)
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
        # figures and dates from the patterns, between sentences of ordinary words
        parts = [_sentence(rng, year) for _ in range(rng.randint(1, 2) if prose else rng.randint(2, 5))]
        if prose:
            parts += _prose(rng, rng.randint(2, 5))
            rng.shuffle(parts)
        paragraph = "".join(parts)
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
    return Article(title, year, month, day, outlet, place, subject, name, header, paragraphs, closing, traditional)


@dataclass(slots=True)
class File:
    name: str  # relative path
    data: bytes
    date: str  # ISO date of its (only or first) briefing
    briefings: int = 1


def make_briefing(rng: random.Random, index: int) -> tuple[str, bytes]:
    f = make_file(rng, index)
    return f.name, f.data


def make_briefing_and_date(rng: random.Random, index: int) -> tuple[str, bytes, str]:
    """A file's name, bytes and the date it carries (ISO)."""
    f = make_file(rng, index)
    return f.name, f.data, f.date


REPUBLISHED = 0.03  # share of articles that are another outlet's copy of a recent one


def make_file(
    rng: random.Random, index: int, kinds: dict[str, int] = KINDS, recent: list[Article] | None = None
) -> File:
    kind = rng.choices(list(kinds), weights=list(kinds.values()))[0]
    stem = f"{index // 1000:03d}/{index:06d}"
    if kind == "feed":
        return _feed(rng, stem)
    if recent and rng.random() < REPUBLISHED:  # the same story, carried by another outlet
        base = rng.choice(recent)
        a = replace(base, outlet=rng.choice(OUTLETS), title=f"{base.title}（{rng.choice(['图', '组图', '附全文'])}）")
    else:
        a = make_article(rng, prose=kinds is not LEGACY)
        if recent is not None and kinds is not LEGACY:
            recent.append(a)
            del recent[:-200]
    if kind in ("docx", "eml", "pdf"):
        data = {"docx": _docx, "eml": _eml, "pdf": _pdf}[kind](rng, a)
        return File(f"{stem}.{kind}", data, a.iso)
    if kind == "gov" and kinds is LEGACY:
        text, suffix = _small_gov(rng, a), ".html"
    elif kind in ("gov", "page"):
        text, suffix = _page(rng, a, gov=kind == "gov"), ".html"
    elif kind == "fragment":
        body = "".join(f"<p>{p}</p>" for p in a.paragraphs)
        text = f"---\ntitle: '{a.title}'\ndate: {a.iso}\nauthor: {a.outlet}\n---\n<div>{body}</div>\n"
        suffix = ".html"
    elif kind == "md":
        text = f"---\ntitle: {a.title}\ndate: {a.iso}\nsource: {a.outlet}\n---\n# {a.title}\n\n" + "\n\n".join(
            a.paragraphs
        )
        suffix = ".md"
    else:
        text = f"{a.title}\n" + "\n".join(a.paragraphs) + "\n"
        suffix = ".txt"
    if a.traditional:
        text = _to_traditional(text)
    encoding = rng.choices(["utf-8", "gbk", "big5"], weights=[7, 2, 1])[0]
    if encoding == "big5" and not a.traditional:
        encoding = "utf-8"  # Big5 cannot hold Simplified characters
    if encoding == "gbk" and a.traditional:
        encoding = "big5"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:  # a word the legacy code page lacks: such files are saved as UTF-8
        encoding = "utf-8"
    if suffix == ".html" and kind in ("gov", "page"):  # a saved page declares its charset
        label = {"utf-8": "utf-8", "gbk": "gb2312", "big5": "big5"}[encoding]
        text = text.replace('<meta charset="utf-8">', f'<meta charset="{label}">', 1)
    return File(f"{stem}{suffix}", text.encode(encoding), a.iso)


def _small_gov(rng: random.Random, a: Article) -> str:
    """Session 3's government page: the metadata table, one nav line, no chrome."""
    table = "".join(f"<tr><td>{k}：</td><td>{v}</td></tr>" for k, v in _gov_cells(rng, a))
    body = "".join(f"<p>{p}</p>" for p in a.body)
    return (
        f"<html><head><title>{a.title}_上海市人民政府</title></head><body><div class=nav>首页 | 政务公开</div>"
        f"<table>{table}</table><div class=article>{body}</div><div>版权所有：上海市人民政府</div></body></html>"
    )


def _gov_cells(rng: random.Random, a: Article) -> list[tuple[str, str]]:
    return [
        ("标题", a.title),
        ("发文字号", f"沪府办〔{a.year}〕{rng.randint(1, 99)}号"),
        ("成文日期", f"{a.year}年{a.month}月{max(1, a.day - 3)}日"),
        ("发布日期", f"{a.year}年{a.month}月{a.day}日"),
    ]


# --- saved web pages ------------------------------------------------------------------

CHANNELS = ["首页", "新闻", "财经", "科技", "体育", "娱乐", "汽车", "房产", "教育", "健康", "旅游", "视频", "图片"]
CHANNELS += ["评论", "专题", "国际", "军事", "文化", "读书", "时尚", "游戏", "公益", "城市", "政务", "数据"]
SITE_LINKS = ["关于我们", "联系我们", "广告服务", "招聘信息", "网站地图", "版权声明", "隐私政策", "意见反馈"]
SHARE = ["微信", "微博", "QQ空间", "复制链接", "豆瓣", "打印"]
COMMENTS = [
    "支持！希望早日落地。",
    "说得好，期待更多实际行动。",
    "我们小区附近就有一个，确实方便了不少。",
    "这个政策对年轻人很友好。",
    "数据是真实的吗？",
    "什么时候能推广到全国？",
    "转发了，值得一看。",
    "去年就听说了，终于开始了。",
]
_JS_WORDS = "function var return this window document push length prototype call apply typeof undefined".split()
_CSS_PROPS = ["margin", "padding", "font-size", "line-height", "color", "background", "border", "width", "height"]


def _hex(rng: random.Random, n: int = 16) -> str:
    return f"{rng.getrandbits(n * 4):0{n}x}"


def _url(rng: random.Random, host: str) -> str:
    return f"https://{host}/{rng.choice(['news', 'finance', 'tech', 'c', 'a'])}/{rng.randint(2019, 2026)}/{_hex(rng, 12)}.html"


def _headline(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.choice(PLACES)}{rng.choice(VERBS)}{rng.choice(SUBJECTS)}新举措",
            f"{rng.choice(TRAILER_HEADLINES)}",
            f"{rng.choice(SUBJECTS)}：{rng.choice(PLACES)}这{rng.randint(2, 9)}年",
            f"{rng.choice(OUTLETS)}观察｜{rng.choice(SUBJECTS)}还有多大空间",
        ]
    )


def _script(rng: random.Random, size: int) -> str:
    """Minified-looking JavaScript of about ``size`` characters: a page's config object,
    ad slots, analytics loaders and library code, as saved pages inline them."""
    parts = [f'var _cfg={{"pageid":"{_hex(rng)}","channel":"{rng.choice(["news", "finance", "tech"])}","ads":[']
    parts.append(
        ",".join(
            f'{{"id":"ad_{rng.randint(1000, 9999)}","w":{rng.choice([300, 640, 960])},"h":{rng.choice([90, 250])},'
            f'"src":"https://static.{_hex(rng, 6)}.cn/ad/{_hex(rng, 10)}.js"}}'
            for _ in range(rng.randint(3, 12))
        )
    )
    parts.append("]};")
    length = sum(map(len, parts))
    while length < size:  # library-like functions, from a bank (drawing each token is slow at 1M)
        chunks = rng.choices(_JS_BANK, k=16)
        parts += (f"function f{_hex(rng, 5)}{c}" for c in chunks)
        length += sum(map(len, chunks)) + 16 * 14
    return "".join(parts)


def _js_bank() -> list[str]:
    rng = random.Random(0)
    bank = []
    for _ in range(400):
        body = ";".join(
            f"{rng.choice(_JS_WORDS)} _{_hex(rng, 3)}=a[{rng.randint(0, 99)}]||{rng.choice(['null', '0', '{}'])}"
            for _ in range(rng.randint(5, 20))
        )
        bank.append(f"(a,b){{{body};return b}}")
    return bank


_JS_BANK = _js_bank()


def _style(rng: random.Random, size: int) -> str:
    parts, length = [], 0
    while length < size:
        props = ";".join(f"{rng.choice(_CSS_PROPS)}:{rng.randint(0, 40)}px" for _ in range(rng.randint(2, 6)))
        rule = f".c{_hex(rng, 5)} .{rng.choice(['item', 'box', 'list', 'hd', 'bd', 'ft'])}{{{props}}}\n"
        parts.append(rule)
        length += len(rule)
    return "".join(parts)


def _date_line(rng: random.Random, a: Article) -> str:
    hh, mm = rng.randint(6, 22), rng.randint(0, 59)
    return rng.choice(
        [
            f"{a.iso} {hh:02d}:{mm:02d}",
            f"{a.iso} {hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}",
            f"{a.year}年{a.month:02d}月{a.day:02d}日 {hh:02d}:{mm:02d}",
            f"发布时间：{a.iso}",
            f"{a.year}/{a.month:02d}/{a.day:02d} {hh:02d}:{mm:02d}",
        ]
    )


def _page(rng: random.Random, a: Article, gov: bool = False) -> str:
    """A full saved page, 30-100 KB (a government page 25-60 KB), around ``a``."""
    host = f"www.{_hex(rng, 6)}.com.cn"
    target = int(rng.triangular(25_000, 60_000, 35_000) if gov else rng.triangular(30_000, 100_000, 55_000))
    site = rng.choice(ISSUERS) if gov else a.outlet
    published = datetime(
        a.year, a.month, a.day, rng.randint(6, 22), rng.randint(0, 59), tzinfo=timezone(timedelta(hours=8))
    )
    head = [
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{a.title}{rng.choice(['_', ' - ', '|'])}{site}</title>",
        f'<meta name="keywords" content="{a.subject},{a.place},{rng.choice(SUBJECTS)}">',
        f'<meta name="description" content="{escape(a.body[0][:80])}">',
    ]
    if rng.random() < 0.5:
        head.append(f'<meta property="og:title" content="{a.title}">')
    if rng.random() < 0.4:
        head.append(f'<meta property="article:published_time" content="{published.isoformat()}">')
    if rng.random() < 0.25:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title}
        ld |= {"datePublished": published.isoformat(), "publisher": {"@type": "Organization", "name": site}}
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    head.append(f'<link rel="canonical" href="{_url(rng, host)}">')
    head.append(f"<style>{_style(rng, rng.randint(2_000, 12_000))}</style>")
    head.append(f'<script src="https://static.{_hex(rng, 6)}.cn/lib/jquery.min.js"></script>')

    top = ['</head><body><div class="topbar"><div class="wrap">']
    top.append(
        "".join(f'<a href="{_url(rng, host)}">{c}</a>' for c in rng.sample(CHANNELS, rng.randint(12, len(CHANNELS))))
    )
    top.append('</div></div><div class="header"><a class="logo" href="/"><img src="/img/logo.png" alt="logo"></a>')
    top.append('<form class="search"><input type="text" name="q"><button>搜索</button></form></div>')
    crumbs = [site, rng.choice(CHANNELS[1:]), "正文"]
    top.append(f'<div class="crumbs">{" &gt; ".join(crumbs)}</div>')

    art = ['<div class="main"><div class="article" id="article">', f"<h1>{a.title}</h1>"]
    if gov:
        table = "".join(f"<tr><td>{k}：</td><td>{v}</td></tr>" for k, v in _gov_cells(rng, a))
        art.append(f'<table class="gov-meta">{table}</table>')
    else:
        source = f'<span class="source">来源：{a.outlet}</span>' if rng.random() < 0.8 else ""
        author = f"<span>作者：{a.name}</span>" if rng.random() < 0.4 else ""
        art.append(f'<div class="info"><span class="time">{_date_line(rng, a)}</span>{source}{author}</div>')
    art.append('<div class="share">' + "".join(f'<a href="javascript:;">{s}</a>' for s in SHARE) + "</div>")
    art.append('<div class="content" id="content">')
    indent = rng.choice(["", '<p style="text-indent:2em">', "<p>&nbsp;&nbsp;&nbsp;&nbsp;"])
    for k, p in enumerate(a.body):
        if k == 1 and rng.random() < 0.5:
            art.append(
                f'<p style="text-align:center"><img src="https://img.{_hex(rng, 6)}.cn/{_hex(rng, 20)}.jpg"></p>'
            )
            art.append(f'<p class="pic-desc">{a.place}{a.subject}活动现场。（记者 {a.name} 摄）</p>')
        art.append(f"{indent or '<p>'}{p}</p>")
    art.append(f'<p class="editor">责任编辑：{rng.choice(NAMES)}</p></div>')
    art.append(
        '<div class="share bottom">' + "".join(f'<a href="javascript:;">{s}</a>' for s in SHARE) + "</div></div>"
    )

    side: list[str] = ['<div class="related"><h3>相关新闻</h3><ul>']
    for _ in range(rng.randint(8, 25)):
        d = published - timedelta(days=rng.randint(0, 400))
        side.append(f'<li><a href="{_url(rng, host)}">{_headline(rng)}</a><span>{d:%Y-%m-%d}</span></li>')
    side.append('</ul></div><div class="rank"><h3>热点排行</h3><ol>')
    side += [f'<li><a href="{_url(rng, host)}">{_headline(rng)}</a></li>' for _ in range(10)]
    side.append("</ol></div>")
    if not gov and rng.random() < 0.6:
        side.append(f'<div class="comment-list" id="comments"><h3>网友评论（{rng.randint(3, 999)}）</h3>')
        for _ in range(rng.randint(3, 20)):
            when = published + timedelta(minutes=rng.randint(5, 6000))
            side.append(
                f'<div class="comment-item"><span class="user">网友{_hex(rng, 4)}</span>'
                f'<span class="time">{when:%Y-%m-%d %H:%M}</span><p>{rng.choice(COMMENTS)}</p>'
                f'<a href="javascript:;">赞({rng.randint(0, 300)})</a><a href="javascript:;">回复</a></div>'
            )
        side.append("</div>")
    side.append('<div class="ad" style="display:none"><img src="https://t.example.cn/p.gif"></div></div>')

    foot = [
        '<div class="footer"><p>' + " | ".join(f'<a href="/{k}">{s}</a>' for k, s in enumerate(SITE_LINKS)) + "</p>"
    ]
    foot.append(f"<p>Copyright © 2000-{a.year} {site} All Rights Reserved 版权所有</p>")
    foot.append(f"<p>沪ICP备{rng.randint(10000000, 99999999)}号-{rng.randint(1, 9)}</p></div>")
    page = [*head, *top, *art, *side, *foot]
    size = sum(len(p.encode()) for p in page) if not a.traditional else sum(len(p) * 2 for p in page)
    # The rest of the page's weight is script, as on real pages: analytics, ads, libraries.
    scripts, budget = [], max(0, target - size)
    while budget > 0:
        chunk = min(budget, rng.randint(3_000, 25_000))
        scripts.append(f"<script>{_script(rng, chunk)}</script>")
        budget -= chunk + 17
    cut = rng.randint(1, max(1, len(scripts)))
    return "".join([*head, *scripts[:cut], *top, *art, *side, *foot, *scripts[cut:], "</body></html>"])


# --- feeds and other formats ------------------------------------------------------------


def _feed(rng: random.Random, stem: str) -> File:
    """An RSS 2.0 or Atom feed of 15-60 entries: summaries, or whole HTML bodies."""
    outlet = rng.choice(OUTLETS)
    host = f"www.{_hex(rng, 6)}.com.cn"
    atom = rng.random() < 0.3
    full = rng.random() < 0.5
    items, first = [], ""
    for _ in range(rng.randint(15, 60)):
        a = make_article(rng, 600, 4000)
        first = first or a.iso
        when = datetime(
            a.year, a.month, a.day, rng.randint(6, 22), rng.randint(0, 59), tzinfo=timezone(timedelta(hours=8))
        )
        body = "".join(f"<p>{p}</p>" for p in a.body) if full else a.body[0][:120] + "..."
        link = _url(rng, host)
        if atom:
            items.append(
                f'<entry><title>{escape(a.title)}</title><link href="{link}"/><id>{link}</id>'
                f"<updated>{when.isoformat()}</updated><author><name>{a.name}</name></author>"
                f'<content type="html">{escape(body)}</content></entry>'
            )
        else:
            items.append(
                f"<item><title>{escape(a.title)}</title><link>{link}</link><guid>{link}</guid>"
                f"<pubDate>{email.utils.format_datetime(when)}</pubDate>"
                f"<description><![CDATA[{body}]]></description></item>"
            )
    if atom:
        text = (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>{outlet}</title><link href="https://{host}/"/><id>https://{host}/</id>'
            + "".join(items)
            + "</feed>"
        )
        suffix = ".atom" if rng.random() < 0.5 else ".xml"
    else:
        text = (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{outlet}</title><link>https://{host}/</link><description>{outlet}最新新闻</description>"
            "<language>zh-cn</language>" + "".join(items) + "</channel></rss>"
        )
        suffix = ".rss" if rng.random() < 0.5 else ".xml"
    return File(f"{stem}{suffix}", text.encode("utf-8"), first, len(items))


def _docx(rng: random.Random, a: Article) -> bytes:
    """A minimal Word document (title, body paragraphs, core properties), by zipfile."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(text: str, style: str = "") -> str:
        props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f"<w:p>{props}<w:r><w:t>{escape(text)}</w:t></w:r></w:p>"

    body = [para(a.title, "Title"), *(para(p) for p in a.paragraphs)]
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
        ),
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>{"".join(body)}</w:body></w:document>',
        "docProps/core.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(a.title)}</dc:title><dc:creator>{a.outlet}</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{a.iso}T09:00:00Z</dcterms:created></cp:coreProperties>'
        ),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), text)  # fixed stamps: same seed, same bytes
    return buf.getvalue()


def _eml(rng: random.Random, a: Article) -> bytes:
    """A forwarded briefing as a mail: plain text, or HTML, in UTF-8 or GB18030."""
    msg = EmailMessage()
    msg["Subject"] = rng.choice(["", "转发：", "Fwd: "]) + a.title
    msg["From"] = f"{a.outlet} <news{rng.randint(1, 99)}@example.cn>"
    msg["To"] = "reader@example.org"
    when = datetime(a.year, a.month, a.day, rng.randint(6, 22), rng.randint(0, 59), tzinfo=timezone(timedelta(hours=8)))
    msg["Date"] = email.utils.format_datetime(when)
    msg["Message-ID"] = f"<{_hex(rng)}@example.cn>"
    charset = rng.choice(["utf-8", "gb18030"])
    if rng.random() < 0.5:
        msg.set_content("\n\n".join(a.paragraphs), charset=charset, cte=rng.choice(["base64", "quoted-printable"]))
    else:
        html = f"<html><body><h1>{a.title}</h1>" + "".join(f"<p>{p}</p>" for p in a.paragraphs) + "</body></html>"
        msg.set_content(html, subtype="html", charset=charset, cte="base64")
    return msg.as_bytes()


_FONT = ""


def _pdf(rng: random.Random, a: Article) -> bytes:
    """A one- or two-page PDF (reportlab, the CID font STSong): title, date line, body."""
    global _FONT
    from reportlab.pdfgen import canvas

    if not _FONT:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        _FONT = "STSong-Light"
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=True)  # no timestamp: same seed, same bytes
    c.setFont(_FONT, 18)
    c.drawString(60, 790, a.title)
    c.setFont(_FONT, 11)
    c.drawString(60, 765, f"{a.outlet}　{a.year}年{a.month}月{a.day}日")
    y = 740
    for p in a.body:
        for k in range(0, len(p), 38):
            if y < 60:
                c.showPage()
                c.setFont(_FONT, 11)
                y = 790
            c.drawString(60 + (22 if k == 0 else 0), y, p[k : k + 38])
            y -= 17
        y -= 6
    c.showPage()
    c.save()
    return buf.getvalue()


def _to_traditional(text: str) -> str:
    import opencc

    global _S2T
    try:
        converter = _S2T
    except NameError:
        converter = _S2T = opencc.OpenCC("s2tw")  # Taiwan forms (為, 裡): what Big5 holds
    return converter.convert(text)


def files(n: int, seed: int = 7, kinds: dict[str, int] = KINDS):
    """The files of a corpus of ``n`` briefings (the last feed may take it a little past)."""
    rng = random.Random(seed)
    count = index = 0
    recent: list[Article] = []
    while count < n:
        f = make_file(rng, index, kinds, recent)
        count += f.briefings
        index += 1
        yield f


def truth(n: int, seed: int = 7, kinds: dict[str, int] = KINDS) -> dict[str, str]:
    """relative path without extension -> the date the file carries, for ``generate(_, n, seed)``
    (files of one briefing: a feed's entries have their own ids and dates)."""
    return {f.name.rsplit(".", 1)[0]: f.date for f in files(n, seed, kinds) if f.briefings == 1}


def generate(out: Path, n: int, seed: int = 7, kinds: dict[str, int] = KINDS) -> int:
    """Write ``n`` briefings below ``out``; returns the total bytes written."""
    total = 0
    made: set[Path] = set()
    for f in files(n, seed, kinds):
        path = out / f.name
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.write_bytes(f.data)
        total += len(f.data)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", type=int, default=1000, help="briefings (a feed file holds many)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--legacy", action="store_true", help="session 3's corpus (text and fragments only)")
    args = parser.parse_args()
    total = generate(args.out, args.n, args.seed, LEGACY if args.legacy else KINDS)
    print(f"wrote {args.n} briefings, {total / 2**20:.1f} MB, to {args.out}")


if __name__ == "__main__":
    main()
