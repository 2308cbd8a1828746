"""Format transfer: real dev articles re-expressed, mechanically, in every container
and encoding briefreader reads, for tests/core/test_format_transfer.py (issue 12).

An article's gold (title, date, source, must-have text) is the hand-written gold of a
dev or retired file in tests/data/realworld/ (gold*.toml; never a held-out split's).
Its body is what briefreader reads from the original file, less the lines that state
its title, date or source, so that each container's own fields are what is tested.
Each container is then written the way real publishers and scrapers write it:

- plain text: the headline line, then a date line in one of four forms real outlets
  use (``2026年9月28日 上海报道``, ``記者 林曉 2022年6月16日``, a closing
  ``（完）2025年1月20日``, ``2024年12月30日 杨浦时报``) and a 来源 line;
- an RSS 2.0 item (pubDate, dc:creator a reporter, the channel the outlet) and an
  Atom entry (updated only, author a reporter, the feed's title the outlet);
- Markdown with YAML and with TOML front matter (keys date/pubDate/published,
  source/author/publisher in turn; TOML's own datetime);
- a SogouCS ``<doc>`` record (url with the date in its path, contenttitle, content
  flattened by runs of spaces, 来源 at its head) and a JSON record / JSON line
  (title, date/pubDate/publish_time in turn, source, url, content);

and each is encoded in every encoding that can hold it (a Big5 file holds the text in
Traditional script, as a Big5 publisher writes it).
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import json
import re
import sys
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "realworld"

# (file, feed entry or None): 17 dev and retired articles, PRC central and local government,
# mainland outlets, Hong Kong and Taiwan outlets; pages, Markdown, a feed, a JSON record
ARTICLES = (
    ("dev/50_jilin_gov_nenjiang_notice.html", None),
    ("dev/24_state_council_holidays.md", None),
    ("dev/35_caijing_stats_cpi.html", None),
    ("dev/51_cnr_military_regulation_gb2312.html", None),
    ("dev/33_163_bjnews_village_parking.html", None),
    ("dev/s7_25_sohu_chinanews_yu_huan.html", None),
    ("dev/s8_30_qq_economic_daily_overcapacity.html", None),
    ("dev/s9_14_rmrb_npc_meeting_style.md", None),
    ("dev/s8_20_eastday_tourism_day_tickets.html", None),
    ("dev/s7_34_yangtse_mayors_week.html", None),
    ("dev/14_singtao_jimmy_lai.html", None),
    ("dev/s8_02_hk01_tokwawan_tour_groups.html", None),
    ("dev/08_rthk_local_feed.xml", 5),
    ("dev/s7_11_money_udn_sony_kioxia_huawei.html", None),
    ("dev/s8_14_tvbs_typhoon_haikui.html", None),
    ("dev/30_ltn_lanyu_shoes.json", None),
    ("heldout/06_bbc_zh_leung.html", None),  # dev-retired (session 4's held-out set, retired in session 6)
)

# name -> (codec, bytes before the text, line ending, label an XML declaration gives)
ENCODINGS = {
    "utf-8": ("utf-8", b"", "\n", "UTF-8"),
    "utf-8-bom-crlf": ("utf-8", codecs.BOM_UTF8, "\r\n", "UTF-8"),
    "utf-8-mac-cr": ("utf-8", b"", "\r", "UTF-8"),
    "gbk": ("gbk", b"", "\n", "GBK"),
    "gb18030": ("gb18030", b"", "\r\n", "GB18030"),
    "big5": ("big5", b"", "\r\n", "Big5"),
    "big5-hkscs": ("big5hkscs", b"", "\n", "Big5-HKSCS"),
    "utf-16-le-bom": ("utf-16-le", codecs.BOM_UTF16_LE, "\r\n", "UTF-16"),
    "utf-16-be-bom": ("utf-16-be", codecs.BOM_UTF16_BE, "\n", "UTF-16"),
    "utf-16-le": ("utf-16-le", b"", "\n", "UTF-16"),
    "utf-16-be": ("utf-16-be", b"", "\r\n", "UTF-16"),
}
TRADITIONAL_ENCODINGS = ("big5", "big5-hkscs")


@dataclass
class Article:
    file: str
    title: str
    day: str  # YYYY-MM-DD
    time: str  # HH:MM or ""
    source: str
    sources: list[str]
    must_have: list[str]
    paras: list[str]
    hant: bool  # the original is in Traditional script
    index: int = 0
    extra_title: list[str] = field(default_factory=list)

    def in_script(self, traditional: bool) -> Article:
        """The same article written in Traditional (for Big5) or as published."""
        if not traditional or self.hant:
            return self
        from briefreader.hanzi import to_traditional

        t = to_traditional
        return Article(
            self.file,
            t(self.title),
            self.day,
            self.time,
            t(self.source),
            self.sources,
            [t(p) for p in self.must_have],  # as OpenCC writes them (着 -> 著 stays 著 when folded back)
            [t(p) for p in self.paras],
            True,
            self.index,
            [self.title, *self.extra_title],
        )


def scorer():
    if "score_realworld" in sys.modules:
        return sys.modules["score_realworld"]
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_realworld", REPO / "scripts" / "score_realworld.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


_LABEL_LINE = re.compile(
    r"^[（(【\[]?\s*(来源|來源|作者|记者|記者|编辑|編輯|责任编辑|責任編輯|责编|責編|文|图|圖|稿源)\s*[：:|]"
)
# a line that is a date and nothing else: a notice's signing day under its issuer, which the text keeps since
# a281a1e (the reader sees the document's own end) and which is not the day it was published; the container says
# when the article was published, so the article's body holds no other date line (as the gold's own date lines)
_DATE_LINE = re.compile(r"^\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*\S{1,3}\s*月\s*\S{1,3}\s*日\s*$")


def _date_forms(day: str) -> list[str]:
    y, m, d = (int(x) for x in day.split("-"))
    return [
        f"{y}-{m:02d}-{d:02d}",
        f"{y}/{m:02d}/{d:02d}",
        f"{y}.{m:02d}.{d:02d}",
        f"{y}年{m}月{d}日",
        f"{y}年{m:02d}月{d:02d}日",
        f"{y}/{m}/{d}",
        f"{m}月{d}日",
        f"{y - 1911}年{m}月{d}日",
        f"{y - 1911}-{m:02d}-{d:02d}",
    ]


def load_articles() -> list[Article]:
    """The articles, read from their originals through briefreader's own ingest."""
    sc = scorer()
    gold = {(g["file"], g.get("entry")): g for g in sc.load_gold(DATA) if not g["split"].startswith("heldout")}
    out = []
    for i, (file, entry) in enumerate(ARTICLES):
        g = gold[(file, entry)]
        assert g["split"].startswith("dev"), file  # never a held-out split's file
        b = sc._pick(g, sc.read_briefings(DATA / file, DATA))
        assert b is not None, file
        sources = [g["source"]] if isinstance(g["source"], str) else list(g["source"])
        forms = _date_forms(g["date"][:10])
        title_f = sc.fold(g["title"])
        must = [sc.fold(p) for p in g.get("must_have", [])]
        paras = []
        for line in b.text.splitlines():
            line = line.strip()
            if not line:
                continue
            f = sc.fold(line)
            keep = any(p in f for p in must)
            if not keep and (
                f == title_f
                or (len(line) < 100 and any(x in line for x in forms))
                or _DATE_LINE.match(line)
                or (len(line) < 60 and _LABEL_LINE.match(line))
                or (len(line) < 40 and any(sc.fold(s) in f for s in sources))
            ):
                continue
            paras.append(line)
        hant = b.script == "hant"
        if hant:
            from briefreader.hanzi import to_traditional

            paras = [to_traditional(p) for p in paras]
        time = g["date"][11:16] if g.get("precision") == "minute" else ""
        art = Article(file, g["title"], g["date"][:10], time, sources[0], sources, g.get("must_have", []), paras, hant)
        art.index = i
        out.append(art)
    return out


# --- containers: each returns (text, suffix); the text's lines end in "\n" ------------------

_PLACES_HANS = ("北京报道", "上海报道", "长春报道")
_PLACES_HANT = ("香港報道", "台北報道")


def _ymd(a: Article) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in a.day.split("-"))
    return y, m, d


def _cn_date(a: Article) -> str:
    y, m, d = _ymd(a)
    return f"{y}年{m}月{d}日"


def _label(a: Article, hans: str, hant: str) -> str:
    return hant if a.hant else hans


def _stamp(a: Article) -> dt.datetime:
    y, m, d = _ymd(a)
    hh, mm = (int(x) for x in a.time.split(":")) if a.time else (8, 0)
    return dt.datetime(y, m, d, hh, mm, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def _url(a: Article) -> str:
    y, m, d = _ymd(a)
    return f"https://news.example.com.cn/{y}/{m:02d}-{d:02d}/{1000 + a.index}.shtml"


def _body(a: Article) -> str:
    return "\n\n".join(a.paras)


def text_dateline(a: Article, enc: str) -> tuple[str, str]:
    place = (_PLACES_HANT if a.hant else _PLACES_HANS)[a.index % 2]
    src = _label(a, "来源", "來源")
    return f"{a.title}\n\n{_cn_date(a)} {place}\n{src}：{a.source}\n\n{_body(a)}\n", ".txt"


def text_byline(a: Article, enc: str) -> tuple[str, str]:
    by = _label(a, "记者 林晓", "記者 林曉")
    src = _label(a, "来源", "來源")
    return f"{a.title}\n\n{by} {_cn_date(a)}\n\n{_body(a)}\n\n{src}：{a.source}\n", ".txt"


def text_end(a: Article, enc: str) -> tuple[str, str]:
    src = _label(a, "来源", "來源")
    return f"{a.title}\n{src}：{a.source}\n\n{_body(a)}\n\n（完）{_cn_date(a)}\n", ".txt"


def text_outlet(a: Article, enc: str) -> tuple[str, str]:
    return f"{a.title}\n\n{_cn_date(a)} {a.source}\n\n{_body(a)}\n", ".txt"


def _html_paras(a: Article) -> str:
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in a.paras)


def rss(a: Article, enc: str) -> tuple[str, str]:
    label = ENCODINGS[enc][3]
    by = _label(a, "林晓", "林曉")
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    return (
        f'<?xml version="1.0" encoding="{label}"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
        f"<channel>\n<title>{e(a.source)}</title>\n<link>https://news.example.com.cn/</link>\n"
        f"<description>{e(a.source)}</description>\n<language>zh-cn</language>\n"
        f"<item>\n<title>{e(a.title)}</title>\n<link>{_url(a)}</link>\n<guid>{_url(a)}</guid>\n"
        f"<pubDate>{format_datetime(_stamp(a))}</pubDate>\n<dc:creator>{e(by)}</dc:creator>\n"
        f"<description><![CDATA[{_html_paras(a)}]]></description>\n</item>\n</channel>\n</rss>\n",
        ".xml",
    )


def atom(a: Article, enc: str) -> tuple[str, str]:
    label = ENCODINGS[enc][3]
    by = _label(a, "林晓", "林曉")
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    stamp = _stamp(a).isoformat()
    return (
        f'<?xml version="1.0" encoding="{label}"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">\n'
        f"<title>{e(a.source)}</title>\n<id>https://news.example.com.cn/</id>\n<updated>{stamp}</updated>\n"
        f'<link href="https://news.example.com.cn/" rel="alternate"/>\n'
        f'<entry>\n<title>{e(a.title)}</title>\n<link href="{_url(a)}" rel="alternate"/>\n<id>{_url(a)}</id>\n'
        f"<updated>{stamp}</updated>\n<author><name>{e(by)}</name></author>\n"
        f'<content type="html">{e(_html_paras(a))}</content>\n</entry>\n</feed>\n',
        ".atom",
    )


_DATE_KEYS = ("date", "pubDate", "published")
_SOURCE_KEYS = ("source", "author", "publisher")


def md_yaml(a: Article, enc: str) -> tuple[str, str]:
    dk, sk = _DATE_KEYS[a.index % 3], _SOURCE_KEYS[a.index % 3]
    stamp = _stamp(a).strftime("%Y-%m-%d %H:%M") if a.time else a.day
    return (
        f"---\ntitle: {json.dumps(a.title, ensure_ascii=False)}\n{dk}: {stamp}\n"
        f"{sk}: {json.dumps(a.source, ensure_ascii=False)}\ntags: [news]\n---\n\n{_body(a)}\n",
        ".md",
    )


def md_toml(a: Article, enc: str) -> tuple[str, str]:
    dk, sk = _DATE_KEYS[(a.index + 1) % 3], _SOURCE_KEYS[(a.index + 1) % 3]
    stamp = _stamp(a).isoformat() if a.time else a.day
    return (
        f"+++\ntitle = {json.dumps(a.title, ensure_ascii=False)}\n{dk} = {stamp}\n"
        f"{sk} = {json.dumps(a.source, ensure_ascii=False)}\ndraft = false\n+++\n\n{_body(a)}\n",
        ".md",
    )


def doc_record(a: Article, enc: str) -> tuple[str, str]:
    src = _label(a, "来源", "來源")
    # SogouCS's paragraph mark (a private-use code point GB18030 and Unicode hold), else a run of spaces
    mark = "\ue40c" if ENCODINGS[enc][0] in ("utf-8", "gb18030", "utf-16-le", "utf-16-be") else "\u3000" * 3
    content = mark.join([f"{src}：{a.source}", *a.paras])
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    return (
        f"<doc>\n<url>{_url(a)}</url>\n<docno>{a.index:04d}abcdef</docno>\n"
        f"<contenttitle>{e(a.title)}</contenttitle>\n<content>{e(content)}</content>\n</doc>\n",
        ".txt",
    )


_JSON_DATE_KEYS = ("date", "pubDate", "publish_time")


def _record(a: Article) -> dict:
    dk = _JSON_DATE_KEYS[a.index % 3]
    stamp = _stamp(a).strftime("%Y-%m-%d %H:%M:%S") if a.time else a.day
    return {"title": a.title, dk: stamp, "source": a.source, "url": _url(a), "content": "\n".join(a.paras)}


def json_record(a: Article, enc: str) -> tuple[str, str]:
    return json.dumps(_record(a), ensure_ascii=False, indent=1) + "\n", ".json"


def jsonl_record(a: Article, enc: str) -> tuple[str, str]:
    return json.dumps(_record(a), ensure_ascii=False) + "\n", ".jsonl"


def text_portal(a: Article, enc: str) -> tuple[str, str]:
    """A portal's copy: headline, then date, time and 来源 on one line."""
    src = _label(a, "来源", "來源")
    stamp = _stamp(a).strftime("%Y-%m-%d %H:%M")
    return f"{a.title}\n{stamp}\u3000{src}：{a.source}\n\n{_body(a)}\n", ".txt"


def html_page(a: Article, enc: str) -> tuple[str, str]:
    """A whole saved page: charset, <title> with the site's suffix, navigation, the info line, a footer."""
    label = ENCODINGS[enc][3]
    src = _label(a, "来源", "來源")
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    stamp = _stamp(a).strftime("%Y-%m-%d %H:%M")
    nav = _label(a, "首页 | 新闻 | 财经 | 体育 | 登录", "首頁 | 新聞 | 財經 | 體育 | 登入")
    foot = _label(a, "版权所有 Copyright 2024 新闻网 京ICP备12345678号", "版權所有 Copyright 2024 新聞網")
    return (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={label}">\n'
        f"<title>{e(a.title)}_{e(a.source)}</title>\n</head>\n<body>\n"
        f'<div class="nav">{e(nav)}</div>\n<div class="article">\n<h1>{e(a.title)}</h1>\n'
        f'<div class="info">{stamp}\u3000{src}：{e(a.source)}</div>\n{_html_paras(a)}\n</div>\n'
        f'<div class="footer">{e(foot)}</div>\n</body>\n</html>\n',
        ".html",
    )


def html_fragment(a: Article, enc: str) -> tuple[str, str]:
    """A page fragment as a scraper kept it: headline, the info line and the paragraphs, no <head>."""
    src = _label(a, "来源", "來源")
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    return (
        f'<div class="article">\n<h1>{e(a.title)}</h1>\n<p class="info">{_cn_date(a)} {src}：{e(a.source)}</p>\n'
        f"{_html_paras(a)}\n</div>\n",
        ".html",
    )


def rss_aggregated(a: Article, enc: str) -> tuple[str, str]:
    """An aggregator's RSS: the channel is the aggregator, the item's <source> the outlet, dc:date only,
    the text in content:encoded and a teaser in description."""
    label = ENCODINGS[enc][3]
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    teaser = a.paras[0][:40] if a.paras else ""
    return (
        f'<?xml version="1.0" encoding="{label}"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
        "<channel>\n<title>News Digest</title>\n<link>https://digest.example.org/</link>\n"
        "<description>News Digest</description>\n"
        f"<item>\n<title>{e(a.title)}</title>\n<link>{_url(a)}</link>\n"
        f'<source url="https://news.example.com.cn/rss">{e(a.source)}</source>\n'
        f"<dc:date>{_stamp(a).isoformat()}</dc:date>\n<description>{e(teaser)}</description>\n"
        f"<content:encoded><![CDATA[{_html_paras(a)}]]></content:encoded>\n</item>\n</channel>\n</rss>\n",
        ".rss",
    )


def atom_published(a: Article, enc: str) -> tuple[str, str]:
    """Atom with published (and a later updated), the text as a summary, the outlet as the entry's author."""
    label = ENCODINGS[enc][3]
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    later = (_stamp(a) + dt.timedelta(days=3)).isoformat()
    return (
        f'<?xml version="1.0" encoding="{label}"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">\n'
        f"<title>{e(a.source)}</title>\n<id>urn:x</id>\n<updated>{later}</updated>\n"
        f'<entry>\n<title type="text">{e(a.title)}</title>\n<link href="{_url(a)}"/>\n<id>{_url(a)}</id>\n'
        f"<published>{_stamp(a).isoformat()}</published>\n<updated>{later}</updated>\n"
        f"<author><name>{e(a.source)}</name></author>\n"
        f'<summary type="html">{e(_html_paras(a))}</summary>\n</entry>\n</feed>\n',
        ".atom",
    )


def md_yaml_hugo(a: Article, enc: str) -> tuple[str, str]:
    """Hugo's keys: a quoted publishDate with its zone, a later lastmod, a person as author, the outlet as source."""
    by = _label(a, "林晓", "林曉")
    later = (_stamp(a) + dt.timedelta(days=3)).isoformat()
    return (
        f'---\ntitle: "{a.title}"\npublishDate: "{_stamp(a).isoformat()}"\nlastmod: "{later}"\n'
        f'author: "{by}"\nsource: "{a.source}"\ncategories:\n  - news\n---\n\n{_body(a)}\n',
        ".md",
    )


def json_scraped(a: Article, enc: str) -> tuple[str, str]:
    """A scraper's record: Unix time, the outlet under media, the text under text, a list of one."""
    rec = {
        "id": 1000 + a.index,
        "title": a.title,
        "time": int(_stamp(a).timestamp()),
        "media": a.source,
        "link": _url(a),
        "text": "\n".join(a.paras),
    }
    return json.dumps([rec], ensure_ascii=False) + "\n", ".json"


def json_feed(a: Article, enc: str) -> tuple[str, str]:
    """A JSON Feed (jsonfeed.org 1.1): the feed's title the outlet, the text as content_html."""
    by = _label(a, "林晓", "林曉")
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": a.source,
        "home_page_url": "https://news.example.com.cn/",
        "items": [
            {
                "id": str(1000 + a.index),
                "url": _url(a),
                "title": a.title,
                "content_html": _html_paras(a),
                "date_published": _stamp(a).isoformat(),
                "authors": [{"name": by}],
            }
        ],
    }
    return json.dumps(feed, ensure_ascii=False, indent=2) + "\n", ".json"


def json_newsapi(a: Article, enc: str) -> tuple[str, str]:
    """NewsAPI's response: the source an object, a person as author, publishedAt stamped in UTC."""
    utc = _stamp(a).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    item = {
        "source": {"id": None, "name": a.source},
        "author": _label(a, "林晓", "林曉"),
        "title": a.title,
        "description": a.paras[0][:40] if a.paras else "",
        "url": _url(a),
        "publishedAt": utc,
        "content": "\n".join(a.paras),
    }
    return json.dumps({"status": "ok", "totalResults": 1, "articles": [item]}, ensure_ascii=False) + "\n", ".json"


_CN_DIGITS = "〇一二三四五六七八九"


def _cn_number(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    return ("十" if n // 10 == 1 else _CN_DIGITS[n // 10] + "十") + (_CN_DIGITS[n % 10] if n % 10 else "")


def text_cn_numerals(a: Article, enc: str) -> tuple[str, str]:
    """The date in Chinese numerals, as documents and some papers print it: "二〇二二年二月十三日 新华日报"."""
    y, m, d = _ymd(a)
    when = "".join(_CN_DIGITS[int(c)] for c in str(y)) + f"年{_cn_number(m)}月{_cn_number(d)}日"
    return f"{a.title}\n\n{when} {a.source}\n\n{_body(a)}\n", ".txt"


_WEEKDAYS_HANS = "一二三四五六日"


def text_outlet_first(a: Article, enc: str) -> tuple[str, str]:
    """The outlet first, then the date and its weekday: "杨浦时报 2024年12月30日 星期一"."""
    y, m, d = _ymd(a)
    week = _label(a, "星期", "星期") + _WEEKDAYS_HANS[dt.date(y, m, d).weekday()]
    return f"{a.title}\n\n{a.source} {_cn_date(a)} {week}\n\n{_body(a)}\n", ".txt"


def text_signed(a: Article, enc: str) -> tuple[str, str]:
    """A notice's signature block: the issuer, then the date, under the text."""
    return f"{a.title}\n\n{_body(a)}\n\n{a.source}\n{_cn_date(a)}\n", ".txt"


def rdf(a: Article, enc: str) -> tuple[str, str]:
    """RSS 1.0 (RDF): dc:date and dc:publisher on the item."""
    label = ENCODINGS[enc][3]
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    return (
        f'<?xml version="1.0" encoding="{label}"?>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        f'<channel rdf:about="https://news.example.com.cn/"><title>{e(a.source)}</title>'
        "<link>https://news.example.com.cn/</link><description>news</description></channel>\n"
        f'<item rdf:about="{_url(a)}">\n<title>{e(a.title)}</title>\n<link>{_url(a)}</link>\n'
        f"<dc:date>{_stamp(a).isoformat()}</dc:date>\n<dc:publisher>{e(a.source)}</dc:publisher>\n"
        f"<description>{e(_html_paras(a))}</description>\n</item>\n</rdf:RDF>\n",
        ".rss",
    )


def _first_sentence(a: Article) -> str:
    first = a.paras[0] if a.paras else ""
    m = re.search(r"^.{8,}?[。！？!?]", first)
    return m.group() if m else first[:60]


def text_short(a: Article, enc: str) -> tuple[str, str]:
    """A short note: the headline, the outlet and date, one sentence (a legacy encoding must be told
    from another on a hundred bytes)."""
    return f"{a.title}\n{a.source} {_cn_date(a)}\n{_first_sentence(a)}\n", ".txt"


CONTAINERS = {
    "text-dateline": text_dateline,
    "text-byline": text_byline,
    "text-end": text_end,
    "text-outlet": text_outlet,
    "rss": rss,
    "atom": atom,
    "md-yaml": md_yaml,
    "md-toml": md_toml,
    "doc-record": doc_record,
    "json": json_record,
    "jsonl": jsonl_record,
    "text-portal": text_portal,
    "html-page": html_page,
    "html-fragment": html_fragment,
    "rss-aggregated": rss_aggregated,
    "atom-published": atom_published,
    "md-yaml-hugo": md_yaml_hugo,
    "json-scraped": json_scraped,
    "text-short": text_short,
    "text-outlet-first": text_outlet_first,
    "text-signed": text_signed,
    "rss-1.0": rdf,
    "json-feed": json_feed,
    "json-newsapi": json_newsapi,
    "text-cn-numerals": text_cn_numerals,
}

# what a container is made of: none of it may reach a briefing's text or title
CONTAINER_MARKS = {
    "rss": ("<item", "<title", "pubDate", "dc:creator", "CDATA", "<p>", "</", "<rss", "<channel", "&lt;", "&amp;"),
    "atom": ("<entry", "<feed", "<content", "<updated", "<author", "</", "&lt;", "&amp;", "<p>"),
    "md-yaml": ("---", "title:", "date:", "pubDate:", "published:", "source:", "author:", "publisher:", "tags:"),
    "md-toml": ("+++", "title =", "date =", "pubDate =", "published =", "source =", "author =", "draft ="),
    "doc-record": ("<doc", "</doc", "<url>", "<docno>", "contenttitle", "<content>", "</content", "&lt;", "&amp;"),
    "json": ('"title"', '"content"', '"source"', '"url"', '{"', '":', "\\n", "\\u"),
    "jsonl": ('"title"', '"content"', '"source"', '"url"', '{"', '":', "\\n", "\\u"),
    "json-scraped": ('"title"', '"text"', '"media"', '"link"', '{"', '":', "\\n", "\\u"),
    "rss-aggregated": ("<item", "dc:date", "CDATA", "</", "News Digest", "&lt;", "&amp;"),
    "atom-published": ("<entry", "<summary", "<published", "</", "&lt;", "&amp;"),
    "md-yaml-hugo": ("---", "title:", "publishDate:", "lastmod:", "author:", "source:", "categories:", "- news"),
    "html-page": ("首页 |", "首頁 |", "版权所有", "版權所有", "ICP备", "登录", "登入", "charset", "</"),
    "html-fragment": ("</", "class=", "&lt;", "&amp;"),
    "json-newsapi": ('"title"', '"content"', '"publishedAt"', '"source"', '{"', '":', "\\n", "\\u"),
    "json-feed": ('"title"', '"content_html"', '"items"', '"version"', '{"', '":', "<p>", "</p>", "\\u"),
    "rss-1.0": ("<item", "dc:date", "dc:publisher", "</", "rdf:", "&lt;", "&amp;"),
}
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:]*(\s[^<>]*)?/?>")


def encode(text: str, enc: str) -> bytes | None:
    """The text in one encoding with its line endings, or None when it cannot hold it."""
    codec, bom, eol, _ = ENCODINGS[enc]
    try:
        return bom + text.replace("\n", eol).encode(codec)
    except UnicodeEncodeError:
        return None


# who signs a text under its last line: an office, not a newsroom
_ISSUER = re.compile(r"(?:政府|国务院|局|委员会|部|厅|办公室|办公厅)$")


def make(a: Article, container: str, enc: str) -> tuple[bytes, str] | None:
    """The article in one container and encoding; None when the encoding cannot hold it (or, for a
    signature block, when its source is a newsroom: only offices sign their texts)."""
    if container == "text-signed" and not _ISSUER.search(a.source):
        return None
    art = a.in_script(enc in TRADITIONAL_ENCODINGS)
    text, suffix = CONTAINERS[container](art, enc)
    data = encode(text, enc)
    return None if data is None else (data, suffix)


def check(a: Article, container: str, briefings: list) -> list[str]:
    """What a reader would see wrong in the briefing made of one re-expressed article."""
    sc = scorer()
    from briefreader.model import FATAL

    good = [b for b in briefings if not any(p.kind in FATAL for p in b.problems)]
    if len(good) != 1:
        return [f"{len(good)} readable briefings of {len(briefings)} (want 1)"]
    b = good[0]
    wrong = []
    if sc.fold(b.title) not in {sc.fold(t) for t in [a.title, *a.extra_title]}:
        wrong.append(f"title {b.title[:60]!r}")
    if (b.date_iso or "")[:10] != a.day:
        wrong.append(f"date {b.date_iso} (want {a.day})")
    if sc.fold(b.source) not in {sc.fold(s) for s in a.sources}:
        wrong.append(f"source {b.source!r} (want {a.sources[0]})")
    text = sc.fold(b.text)
    must = [_first_sentence(a)] if container == "text-short" else a.must_have
    missing = [p for p in must if sc.fold(p) not in text]
    if missing:
        wrong.append(f"missing {len(missing)}/{len(must)}: {missing[0][:30]!r}")
    body = sc.fold(_body(a))
    seen = b.text + "\n" + b.title
    marks = [m for m in CONTAINER_MARKS.get(container, ()) if m in seen and sc.fold(m) not in body]
    if _TAG.search(seen):
        marks.append(_TAG.search(seen).group()[:30])
    marks += [repr(c) for c in ("\r", "\ufeff", "\x00") if c in seen]
    if marks:
        wrong.append(f"container leaked {marks[:4]}")
    return wrong
