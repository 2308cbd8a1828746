"""Who publishes a feed and each of its entries: the channel's publisher (its dc:publisher, rights line, title parts,
author, address), an entry's own outlet (its <source>, an agency's field, a creator that is an outlet), an
aggregator's creators as the outlets its entries link to, and a news relay's credit beside its own headline. Read by
feed.parse_feed; one place for every reading of a feed's credits."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

from ..punct import HAN_BASIC, MARK_PAIRS

if TYPE_CHECKING:
    from .feed import Feed


def field_text(value: Any) -> str:
    return " ".join(html.unescape(str(value or "")).split())


_RIGHTS = re.compile(
    r"版權所有|版权所有|版[權权](?:來自|来自|歸|归|屬於|属于)\s*[：:]?|all rights reserved|copyright|©|\(c\)"
    r"|\d{4}(?:\s*[-–]\s*\d{4})?",
    re.IGNORECASE,
)
# a name that points at its own publisher without naming it: "本院新聞" is the news of "this Yuan" (the Executive
# Yuan's feed, dev s29_09, whose rights line names 行政院); 本网/本站/本报/本台/本会 … likewise
_SELF_NAME = re.compile(r"^本[院网網站报報台会會部局社所校府署处處厅廳]")


def channel_publisher(channel: Any) -> str:
    """Who publishes a feed, from feedparser's channel: its dc:publisher, rights line, title, link and author (and
    its image's address: where the site is)."""
    publisher = channel.get("publisher_detail") or {}
    author = channel.get("author_detail") or {}
    image = channel.get("image") or {}
    image_link = str(image.get("href") or image.get("url") or "") if isinstance(image, dict) else ""
    publisher_name = field_text(publisher.get("name") if isinstance(publisher, dict) else "")
    if isinstance(publisher, dict) and publisher.get("email"):
        # feedparser files RSS's <webMaster> ("i@diygod.me (DIYgod)") under the publisher too: a contact for the
        # feed's technical side, a person or a tool's maker (RSSHub's every feed names DIYgod: dev s42f_06, s31_06,
        # s31_08), never by that who publishes; dc:publisher names a publisher without an address. Only a contact
        # whose name reads as an outlet's is kept (_channel_outlet's outlet test)
        publisher_name = publisher_name if _reads_as_outlet(publisher_name) else ""
    return _channel_outlet(
        field_text(channel.get("rights")),
        _site_of_section_feed(field_text(channel.get("title")), channel),
        str(channel.get("link") or ""),
        publisher=publisher_name,
        author=field_text(author.get("name") if isinstance(author, dict) else ""),
        links=(image_link,),
    )


# Hugo's RSS template titles a section's or a taxonomy's feed "{section} on {site}" and describes it "Recent content in
# {section} on {site}" (its home feed: "{site}", "Recent content on {site}"): the site publishes, the section is a
# part of it ("HackerNews每日摘要 on SuperTechFans", dev s42f_12 pharaoh2012/rssfetch; "News on HITsz日语社", dev
# s43f_01 HITsz-JLA/HITsz-JLA-web). Read by what the feed says of itself (its generator, or the template's own
# description), never by the word "on" alone: "Notes on Go" may be a blog's whole name.
_HUGO_SECTION = re.compile(r"^(?P<section>.+) on (?P<site>\S.*)$")


def _site_of_section_feed(title: str, channel: Any) -> str:
    """The site's name in a Hugo section feed's title (see _HUGO_SECTION), else the title as it is."""
    m = _HUGO_SECTION.match(title)
    if m is None:
        return title
    generator = field_text(channel.get("generator"))
    described = field_text(channel.get("subtitle") or channel.get("description"))
    if generator.casefold().startswith("hugo") or described == f"Recent content in {title}":
        return m["site"].strip()
    return title


def _reads_as_outlet(name: str) -> bool:
    from ..hanzi import to_simplified
    from .patterns import is_outlet

    return bool(name) and is_outlet(to_simplified(name))


# a brand in Latin letters at the head of a channel title's part, before its words in Han ("ETNet 新聞", "Yahoo 新聞",
# "ITeye资讯频道")
_LATIN_BRAND = re.compile(rf"^(?P<brand>[A-Za-z][A-Za-z0-9!]{{2,}})\s*[{HAN_BASIC}]")
# the words of an address that name no site
_HOST_WORDS = frozenset({"www", "m", "news", "com", "net", "org", "gov", "edu", "cn", "hk", "tw", "mo", "sg", "us"})


def _vouched_brand(parts: list[str], rights: str, hosts: set[str]) -> str:
    """The brand of the one part of a channel title that another place of the feed names too: its Latin brand is a
    word of the site's address (the channel's, its image's) or of its rights line ("ETNet 新聞 - 精選新聞"
    at www.etnet.com.hk, "Copyright (c) 2024 ETNet Inc.": ETNet publishes, 精選新聞 is its editors' pick). Two places
    agreeing say who publishes; a part that only reads as an outlet's name (精選新聞, 港聞新聞 by their 新聞) is a
    section's. "" unless exactly one part is vouched for."""
    words = {w for h in hosts for w in h.split(".") if w not in _HOST_WORDS}
    rights_words = {w.casefold() for w in re.findall(r"[A-Za-z][A-Za-z0-9]+", rights)}
    vouched = []
    for part in parts:
        if (m := _LATIN_BRAND.match(part)) and (
            (brand := m["brand"].rstrip("!")).casefold() in words or brand.casefold() in rights_words
        ):
            # the part, the outlet's name as the title writes it ("UDN 聯合新聞網", "CCTV 央视新闻": the brand and its
            # name in Han); the brand alone only where the rest is the word for what the site carries ("ETNet 新聞",
            # "Yahoo 新聞": ETNet's news, Yahoo's news)
            rest = part[m.end("brand") :].strip()
            vouched.append(brand if rest in _CARRIED_WORDS else part)
    return vouched[0] if len(vouched) == 1 else ""


# what a site carries, after its brand: a title part "<brand> 新聞" is the brand's news
_CARRIED_WORDS = frozenset({"新聞", "新闻", "資訊", "资讯", "快訊", "快讯", "頻道", "频道", "新聞網", "新闻网"})


# a channel title's closing note on the feed itself, not on who publishes: a third party's unofficial or generated
# feed of an outlet's items ("（非官方聚合）", "(unofficial)", "（自动生成）")
_FEED_NOTE = re.compile(
    r"\s*[(（](?:非官方|unofficial|聚合|自动生成|自動生成|auto-generated)[^()（）]{0,12}[)）]\s*$", re.IGNORECASE
)


def _channel_outlet(
    rights: str, title: str, link: str, publisher: str = "", author: str = "", links: tuple[str, ...] = ()
) -> str:
    """Who publishes a feed: the first name that reads as an outlet, the channel's dc:publisher, the rights holder
    ("香港經濟日報版權所有©") before the channel title's parts ("明報新聞網 - 每日明報") and the channel's author (an
    Atom feed's organisation, never a person: only a name that reads as an outlet); then the holder or the title as
    they are; then the site's domain. A platform's feed of one account's posts names no publisher but an outlet's."""
    from ..hanzi import to_simplified
    from .outlets import is_platform, outlet_for_url
    from .patterns import is_outlet

    holder = _rights_holder(rights)
    title = _FEED_NOTE.sub("", title)  # "SBS 中文（繁體）新聞／Podcast（非官方聚合）": the feed's note on itself
    account = _platform_account(title, link)
    if account is not None:
        return account
    publisher = "" if "@" in publisher or "://" in publisher else publisher
    parts = _title_parts(title)
    hosts = {h for u in (link, *links) if (h := urlsplit_host(u))}
    # a part of the title the site's address names ("焦點新聞 - 衛生福利部" at www.mohw.gov.tw, the ministry's known
    # address): two signals agree on who publishes, over a part that only reads as an outlet's ("焦點新聞", a section)
    if (known := outlet_for_url(link)) and (
        agreed := next((p for p in parts if to_simplified(p) == to_simplified(known)), "")
    ):
        return agreed
    # (a part's first word, last: "纽约时报中文网 国际纵览" is the outlet's name and its section's, spaced)
    words = [w for p in parts if (w := p.split()[0]) != p]
    fields = [n for n in (publisher, holder) if n and is_outlet(to_simplified(n)) and not _SELF_NAME.match(n)]
    outlets = [n for n in (*parts, author, *words) if n and is_outlet(to_simplified(n)) and not _SELF_NAME.match(n)]
    # (a part the site's address or rights line names over one that only reads as an outlet's, when they differ)
    if not fields and len(parts) > 1 and (brand := _vouched_brand(parts, rights, hosts)):
        if not outlets or not outlets[0].startswith(brand):
            return brand  # (the vouched part, or its brand: _vouched_brand)
    if fields or outlets:
        return (fields or outlets)[0]
    # the outlet the site's address names (outlets.py: outlets only) before a title in words that
    # name none ("国内新闻" is a section of chinanews.com.cn's, whose outlet is 中国新闻网); a brand in
    # Latin letters is the feed's own name for itself ("OSCHINA 社区最新新闻")
    if (outlet := outlet_for_url(link)) and not re.search(r"[A-Za-z]", _outlet(title) if title else ""):
        return outlet
    # a dc:publisher says who publishes in so many words, as a rights holder does
    if publisher and 2 <= len(publisher) <= 30:
        return publisher
    if holder:
        return holder
    # a title that is only a section's name ("国内新闻", "即时新闻") names no outlet: the address does; nor does a
    # slogan ("奇客的资讯，重要的东西": RSSHub's title for Solidot's feed), a clause no publisher's name is
    named = _outlet(title) if title else ""
    if (
        named
        and not _section_only(named)
        and not _BOARD_ONLY.match(named)
        and not _SELF_NAME.match(named)
        and not _CLAUSE_MARK.search(named)
    ):
        return named
    # else the address itself; a portal's or a platform's address names no source (sina.com.cn
    # carries others' articles)
    host = urlsplit_host(link)
    return "" if is_platform(host) else re.sub(r"^(?:www|news|m)\.", "", host)


def _platform_account(title: str, link: str) -> str | None:
    """A platform's feed of one account's posts ("邸钞 - 腾讯新闻" at news.qq.com/omn/author/…): the platform carries
    the account's posts and publishes none of them, and the account is a poster, an outlet only when its name is one
    ("新华社 - 腾讯新闻"): that outlet, or "" (no publisher; each entry's own credit may name one). None when the
    channel is no account's on a platform (the platform's own section, "腾讯新闻 - 国内", stays the platform's)."""
    from ..hanzi import to_simplified
    from .outlets import CARRIERS, names_known_outlet, outlet_of_url
    from .patterns import is_outlet

    platform = outlet_of_url(link) if link else None
    if platform is None or platform.kind not in CARRIERS:
        return None
    brands = [to_simplified(b).casefold() for b in (platform.name, *platform.aliases) if b]
    parts = _title_parts(title)
    own = [p for p in parts if to_simplified(p).casefold().startswith(tuple(brands))]
    # (a part closing with the platform's own word for what it carries is one of its sections: "港聞新聞 - Yahoo 新聞"
    # at hk.news.yahoo.com/hong-kong/ is Yahoo's Hong Kong news, no account's; an account that is a known outlet
    # stays one, "澎湃新闻 - 腾讯新闻")
    tails = {to_simplified(p)[-2:] for p in own if re.search(f"[{HAN_BASIC}]{{2}}$", p)}
    others = [
        p
        for p in parts
        if p not in own and not _section_only(p) and (to_simplified(p)[-2:] not in tails or names_known_outlet(p))
    ]
    if not own or not others:
        return None
    # (an outlet's app posting there, "虎嗅APP": the outlet)
    names = [_APP_WORD.sub("", p) or p for p in others]
    return next((n for n in names if is_outlet(to_simplified(n)) or names_known_outlet(n)), "")


_APP_WORD = re.compile(r"\s*(?:客户端|客戶端|APP|App|app)$")


# an entry's own field naming whose item it is, by its element's name: a ministry's <agency>, a <department>, a
# <publisher>, dc:source (feedparser keys them by their lower-cased name, a namespace's prefix before "_")
_ENTRY_PUBLISHER_KEYS = frozenset(
    {"agency", "department", "dept", "organization", "organisation", "organ", "unit", "issuer", "publisher", "outlet"}
)


def entry_outlet(entry: Any, authors: list[str], channel: str, home: str = "") -> str:
    """Whose item an entry is, by the entry itself: its RSS/Atom <source> (an aggregator's item from another
    channel), its dc:source or dc:publisher, a field named for its issuing agency, or a creator that is an outlet
    (when the channel names none); else the channel's publisher. A person is never one: an author is an outlet
    only by its name (_creator_outlet); a field's value that is an address names the outlet its host is."""
    from .outlets import outlet_for_url

    source = entry.get("source", {}) or {}
    source_title = field_text(source.get("title") if isinstance(source, dict) else "")
    # (a <source> that holds an address where its channel's title goes, "<source url="text">https://www.mohw.gov.tw/
    # cp-16-61042-1.html</source>", names no channel: at most the outlet of that address, below the entry's agency)
    address = bool(re.match(r"(?:https?:)?//|www\.", source_title))
    # (a <source> at the feed's own site is the feed's own topic feed, not another channel it came from: a Discourse
    # forum's <source url="https://meta.appinn.net/t/topic/73634.rss">CasaOS - 您的个人云？…</source> in the channel of
    # meta.appinn.net, titled with the topic. An aggregator's <source> is another site's: it stays)
    href = str(source.get("href") or "") if isinstance(source, dict) else ""
    own = bool(href and home) and urlsplit_host(href) == urlsplit_host(home)
    if not address and not own and (named := _outlet(source_title)):
        return named
    for key, value in entry.items():
        if key == "publisher_detail" or _field_word(key) not in _ENTRY_PUBLISHER_KEYS and key != "dc_source":
            continue
        value = field_text(value.get("name") if isinstance(value, dict) else value)
        if re.match(r"https?://", value):
            value = outlet_for_url(value)
        if value and len(value) <= 30 and "@" not in value and "://" not in value:
            return value
    if address and (named := outlet_for_url(source_title)):
        return named
    return _creator_outlet(authors, channel) or channel


def _field_word(key: str) -> str:
    """What an entry's field is named for: feedparser keys an element by its lower-cased name, a namespace's prefix
    before "_" ("dc_publisher" -> publisher); a name's own "name" suffix names the same thing ("DeptName" ->
    "deptname" -> dept, "agencyName", "publisher_name")."""
    word = key.rsplit("_", 1)[-1]
    if word == "name" and "_" in key:
        word = key.rsplit("_", 2)[-2]
    elif word.endswith("name") and word[:-4] in _ENTRY_PUBLISHER_KEYS:
        word = word[:-4]
    return word


_CLAUSE_MARK = re.compile(r"[，,。；;！!？?]")


def _creator_outlet(authors: list[str], channel: str) -> str:
    """An entry's creator that names an outlet (<dc:creator>新华社</dc:creator>), when the channel's
    title names none ("要闻", "国内新闻": a section of a site the address table does not know): the
    entry says whose report it is; a channel that is an outlet stays the source (its reporters'
    names are authors)."""
    from ..hanzi import to_simplified
    from .patterns import is_outlet

    if channel and is_outlet(to_simplified(channel)):
        return ""
    return next((a for a in authors if is_outlet(to_simplified(a))), "")


def _section_only(name: str) -> bool:
    from ..hanzi import to_simplified
    from .patterns import is_section

    return is_section(to_simplified(name))


def urlsplit_host(url: str) -> str:
    from .outlets import host_of

    return host_of(url)


# between the parts of a channel title: a colon, a bar, a middle dot, a spaced dash, or a
# hyphen between two hanzi ("明報新聞網-每日明報")
# (a breadcrumb's » or › too: WordPress titles a category's feed "中国数字时代 » Level 2 Article", the site's name, then
# the category's)
# (_outlet splits a title at these only; _PART_SEP adds a hyphen between two hanzi)
_SPACED_SEP = r"\s*[：:|｜·・•»›]\s*|\s+[-–—]\s+"
_PART_SEP = re.compile(rf"{_SPACED_SEP}|(?<=[{HAN_BASIC}])[-–—](?=[{HAN_BASIC}])")
_SPACED_SPLIT = re.compile(_SPACED_SEP)
# the feed's own words in a part: "每日明報 RSS 港聞" is the paper's RSS of its 港聞 section
_FEED_WORDS = re.compile(
    r"\s*(?:rss|feed|訂閱|订阅)\b.*$"
    # the feed's edition of the site ("cnBeta全文版", its full-text feed), the site's official forum or blog
    # ("小众软件官方论坛": 小众软件's)
    r"|\s*(?:全文版|全文输出|全文輸出|摘要版|精简版|精簡版|完整版|官方论坛|官方論壇|官方博客|官方社区|官方社區)$"
    # what the feed carries, after the brand: "OSCHINA 社区最新新闻" is OSCHINA's latest-news feed
    rf"|(?<=[A-Za-z0-9.])\s+[{HAN_BASIC}]{{0,6}}(?:最新|熱門|热门|即時|即时|全部)[{HAN_BASIC}]{{0,6}}$",
    re.IGNORECASE,
)


# What a site calls one of its list pages, never who publishes it: its home page ("主页 - 博客园", "少数派 -- 首页",
# "bbcchinese.com | 新闻主页"), its notice board ("浙江大学机械工程学院通知公告", "…研究生院信息公告"), its news centre
# ("3DM - 新闻中心"). A part that is only such a word is dropped; one that ends with it, glued to a name of three or
# more characters, keeps the name ("少数派首页" -> 少数派). (dev s42f_01/09/11/16, s19_15/17, dev-retired27 s30h_01)
_BOARD = (
    r"(?:网站|新闻)?(?:首页|主页)|通知公告|信息公告|公告通知|通知通告|新闻中心|新闻动态|工作动态|最新动态|最新文章|最新话题"
    # (and as Taiwan and Hong Kong write them)
    r"|最新消息|最新发布|最新更新|(?:網站|新聞)?(?:首頁|主頁)|新聞中心|新聞動態|最新話題"
)
_BOARD_ONLY = re.compile(rf"^(?:{_BOARD})$")
_BOARD_TAIL = re.compile(rf"(?<=[{HAN_BASIC}A-Za-z0-9]{{3}})\s*(?:{_BOARD})$")


def _without_board(parts: list[str]) -> list[str]:
    """A channel title's parts less its list pages' words (_BOARD): none dropped when nothing else is left."""
    kept = [_BOARD_TAIL.sub("", p) for p in parts if not _BOARD_ONLY.match(p)]
    return kept or parts


# the marks that enclose a work's name: a channel title set whole in them ("《個人．家庭．數位化 - 數位之牆》",
# dev-retired41 s44h_19; "〈…〉") is one name, its separators inside it (new user s49 U13: cut at " - ",
# "《个人.家庭.数位化")
_TITLE_MARKS = {"《": "》", "〈": "〉"}
_CLOSERS = frozenset((*MARK_PAIRS.values(), *_TITLE_MARKS.values()))


def _split_outside_marks(sep: re.Pattern[str], title: str) -> list[str]:
    """``title`` split at the separators outside any pair of marks (a name in 《…》, a note in （…）): a separator
    inside a pair is a part of the name; each part set whole in a work's marks is read without them. One linear scan
    of depths; a mark left unclosed (or a stray closer) leaves the depth as it finds it, so a broken title splits as
    it did."""
    depth = [0] * (len(title) + 1)
    stack: list[str] = []
    for i, ch in enumerate(title):
        depth[i] = len(stack)
        if ch in MARK_PAIRS or ch in _TITLE_MARKS:
            stack.append(MARK_PAIRS.get(ch) or _TITLE_MARKS[ch])
        elif ch in _CLOSERS and stack and stack[-1] == ch:
            stack.pop()
    if stack:  # unbalanced: the marks say nothing of where a name ends
        parts = sep.split(title)
    else:
        parts, start = [], 0
        for m in sep.finditer(title):
            if depth[m.start()] == 0:
                parts.append(title[start : m.start()])
                start = m.end()
        parts.append(title[start:])
    return [_unwrapped(p.strip()) for p in parts if p]


def _unwrapped(part: str) -> str:
    """A part set whole in one pair of a work's marks, without them ("《數位之牆》" -> 數位之牆)."""
    if len(part) > 2 and _TITLE_MARKS.get(part[0]) == part[-1] and part[0] not in part[1:-1]:
        return part[1:-1].strip()
    return part


def _title_parts(title: str) -> list[str]:
    parts = [_FEED_WORDS.sub("", p).strip() for p in _split_outside_marks(_PART_SEP, title) if p]
    return _without_board([p for p in parts if p])


def _outlet(title: str) -> str:
    """The outlet in a channel title: "RTHK：即時新聞：本地" is RTHK's local-news feed,
    "香港新聞RSS - 香港經濟日報 hket.com" the HKET's; a part that names the feed
    itself ("…RSS") is not the outlet."""
    from ..hanzi import to_simplified
    from .patterns import is_outlet

    spaced = _split_outside_marks(_SPACED_SPLIT, title)
    parts = _without_board([_FEED_WORDS.sub("", p).strip() or p for p in spaced if p])
    named = [p for p in parts if not re.search(r"rss|feed|訂閱|订阅", p, re.IGNORECASE)]
    outlets = [p for p in named if is_outlet(to_simplified(p))]  # "即時新聞 - 明報" names 明報
    return (outlets or named or parts or [title])[0]


# "版权归X所有", "版權屬於X所有": the holder between the word for belonging and the word for owning
_BELONGS_TO = re.compile(r"版[權权](?:歸|归|屬於|属于)\s*[：:]?\s*(?P<holder>\S.{0,40}?)\s*(?:所有|擁有|拥有)\s*$")
# a clause of a rights line that states a right, not a holder: "不得轉載", "未經授權…"
_RIGHTS_CLAUSE = re.compile(r"轉載|转载|授權|授权|許可|许可|保留|reserved|reproduc|permission", re.IGNORECASE)


def _rights_holder(rights: str) -> str:
    """ "香港經濟日報版權所有©" -> 香港經濟日報; "© 2020 rthk.hk" -> rthk.hk; "明報網站 · 版權所有 ·
    不得轉載Copyright © Mingpao.com All rights reserved." -> 明報網站: the line's clauses
    (split at its dots, bars and commas) less those that state a right."""
    clauses = re.split(r"\s*[·|｜,，;；。]\s*", rights)
    for clause in clauses:
        if _RIGHTS_CLAUSE.search(clause):
            continue
        # "版权归英国广播公司所有": the rights belong to the holder, who "owns" them (所有) after the name
        clause = _BELONGS_TO.sub(r"\g<holder>", clause)
        holder = " ".join(_RIGHTS.sub(" ", clause).split()).strip(" .,，:：")
        if 2 <= len(holder) <= 30 and "@" not in holder and "://" not in holder:
            return holder
    return ""


AGGREGATED_SITES_MIN = 3  # sites an aggregator's entries link to, for its creators to be read as their outlets


def _site(url: str) -> str:
    """The site of an address: its host's registered name ("tech.sina.com.cn" -> "sina.com.cn")."""
    labels = urlsplit_host(url).removeprefix("www.").split(".")
    keep = (
        3
        if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in {"com", "net", "org", "gov", "edu", "ac", "co"}
        else 2
    )
    return ".".join(labels[-keep:])


def credit_aggregated(feed: Feed) -> None:
    """An aggregator's feed (a news search's results): each entry's creator is the outlet it links to (dev s41b_01/
    02/04: <dc:creator>新浪</dc:creator> over a tech.sina.com.cn link, 天极 over yesky.com), and the channel's title
    names the search ("NBA", "Microsoft"), no publisher. Read so only by structure: the entries link to
    AGGREGATED_SITES_MIN sites or more, each site's entries have one creator (a creator may cover several sites, as
    天极 chinabyte.com and yesky.com), two creators at least, none shaped like a person's name, one at least an
    outlet's name or a known site's. A blog network's authors (one site) or a planet's bloggers (no outlet among
    them) stay as they are. Entries with no creator then have no publisher rather than the search's name."""
    from ..hanzi import to_simplified
    from .names import name_shaped
    from .outlets import outlet_named
    from .patterns import is_outlet

    by_site: dict[str, set[str]] = {}
    for e in feed.entries:
        if e.authors and e.link:
            by_site.setdefault(_site(e.link), set()).add(e.authors[0])
    creators = {c for held in by_site.values() for c in held}
    if (
        len(by_site) < AGGREGATED_SITES_MIN
        or len(creators) < 2
        or any(len(held) > 1 for held in by_site.values())
        or any(name_shaped(to_simplified(c)) for c in creators)
        or not any(is_outlet(to_simplified(c)) or outlet_named(c) is not None for c in creators)
    ):
        return
    for e in feed.entries:
        if e.source == feed.title or not e.source:
            e.source = e.authors[0] if e.authors else ""


# A news relay's item (Google News, the relays that copy its feed, a 2006 news-search aggregator): the description is
# no text of the story but a list of links to coverage of it, each headline followed by its outlet's name and maybe
# a time ("<li><a href=…>headline</a>&nbsp;&nbsp;<font color="#6f6f6f">财新</font></li>", "<A href=…><B>headline</B></A>
# <FONT>小熊在线 2006-05-26 22:05</FONT><BR>"). The list is the relay's: the item's outlet is the credit beside its
# own headline when the list holds it (the title then closes with " - outlet"), and the other outlets' headlines are
# no part of the item's text, which is its headline (dev s42f_03/04 andersonball/some_rss, dev-retired28 s31h_04
# yosemiteyss, dev s41b_01/02/04 ferryzhou/jweb). Structure decides, not the relay's name or markup colour: every
# piece of the description is a link and a short credit after it, no text outside them.
RELAY_CREDIT_MAX = 40  # characters of an outlet's name (and its time) after a headline's link
RELAY_HEADLINE_MIN = 6  # characters of a linked headline
# (the headline bounded: a body of unclosed links made each try scan to the body's end, quadratic: review s42 R6)
_RELAY_LINK = re.compile(r"<a\b[^<>]{0,2000}>(?P<headline>.{0,500}?)</a\s*>", re.IGNORECASE | re.DOTALL)
_CREDIT_CLAUSE = re.compile(r"[，。；！？,;!?]")
# a credit's time: "2006-05-26 22:05", "08:33 06/23", "15:50"
_CREDIT_STAMP = re.compile(
    r"\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2})?\s*(?:\d{1,2}:\d{2})?\s*(?:\d{1,2}/\d{1,2})?\s*$"
)


_ANY_TAG = re.compile(r"<[^<>]*>")


def _plain(markup: str) -> str:
    return " ".join(html.unescape(_ANY_TAG.sub(" ", markup)).split())


def relay_credit(title: str, body: str) -> tuple[str, str, str] | None:
    """(headline, body, outlet) of a news relay's item (see RELAY_CREDIT_MAX), else None: the headline is the item's
    title, less " - outlet" when the list names the item's own outlet (else outlet is ""); the body is left empty,
    the headline being the item's text."""
    links = list(_RELAY_LINK.finditer(body))
    if not links or _plain(body[: links[0].start()]):
        return None
    pairs = []
    for m, after in zip(links, [*links[1:], None], strict=True):
        headline = _plain(m["headline"]).rstrip(".…")
        credit = _plain(body[m.end() : after.start() if after else len(body)])
        if len(headline) < RELAY_HEADLINE_MIN or not credit or len(credit) > RELAY_CREDIT_MAX:
            return None
        if _CREDIT_CLAUSE.search(credit):
            return None
        pairs.append((headline, _CREDIT_STAMP.sub("", credit)))
    squeezed = "".join(title.split()).replace("–", "-")
    for headline, credit in pairs:
        # "headline - outlet", the outlet's name as the list gives it
        if credit and "".join(f"{headline}-{credit}".split()) == squeezed:
            # (a credit in two names, "RFI - 法国国际广播电台", "美国之音中文网 - VOA Mandarin": the one that reads
            # as an outlet's, as a channel title's parts are read)
            return headline, "", _outlet(credit) or credit
    return title, "", ""
