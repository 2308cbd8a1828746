"""A digest (issue 17): what came in, grouped by topic, one entry per story, as Markdown.

Each entry: the title, date and source, a two-line lead, the key figures in Chinese
and English, and the other outlets that carried the same story. It is CommonMark
meant to be pasted into a report, so every piece of briefing text goes through
export.py's escaping (escape_inline): a headline that starts with ``#`` or ``1.``,
holds ``<script>``, ``[a](b)``, ``*`` or a bare URL renders as the text it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from .export import escape_inline
from .model import Briefing, Figure
from .punct import SENTENCE_END_ZH

__all__ = ["DIGEST_HEADERS", "DigestEntry", "build_digest", "digest_markdown", "key_figures", "lead"]

LEAD_CHARS = 160  # "two lines" of a report
MAX_FIGURES = 5
# dates and deadlines are not key figures; a physical quantity (出口钢材782.7万吨) is one in an industry briefing
_KIND_RANK = {"money": 0, "percent": 1, "area": 2, "count": 3, "quantity": 4, "ratio": 5}
VERSION_TITLE = 30  # characters of another version's title, when it names no outlet

# The digest's own words, in the UI language ([display] language; L in the app). The
# zh UI wrote "# Digest" and "5 stories · generated …" (tester s13).
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Digest",
        "since": "Digest since {date}",
        "query": "{title}: {query}",
        "story": "1 story",
        "stories": "{n} stories",
        "generated": "generated {when}",
        "other_topic": "Other",
        "untitled": "(untitled)",
        "versions": "Other versions: {versions}",
        "version": "{who}, {date}",
        "sep": "; ",
    },
    "zh": {
        "title": "摘要",
        "since": "摘要（{date} 起）",
        "query": "{title}：{query}",
        "story": "1 篇报道",
        "stories": "{n} 篇报道",
        "generated": "生成于 {when}",
        "other_topic": "其他",
        "untitled": "（无标题）",
        "versions": "其他版本：{versions}",
        "version": "{who}，{date}",
        "sep": "；",
    },
}
# How a digest file of ours starts, in either language: export.write_export replaces
# such a file (and no other) without asking.
DIGEST_HEADERS = tuple(f"# {words['title']}" for words in WORDS.values())


def _words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


@dataclass(slots=True)
class DigestEntry:
    briefing: Briefing  # loaded: text and figures
    versions: list[Briefing] = field(default_factory=list)  # the same story from other outlets


def lead(text: str, limit: int = LEAD_CHARS) -> str:
    """The opening of the body on one line, cut at a sentence end when one is near."""
    flat = " ".join(p.strip() for p in text.split("\n") if p.strip())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    end = max(cut.rfind(c) for c in SENTENCE_END_ZH + "；")
    return cut[: end + 1] if end >= limit // 2 else cut[: limit - 1].rstrip() + "…"


def key_figures(figures: Sequence[Figure], limit: int = MAX_FIGURES) -> list[Figure]:
    """Money first, then percentages, areas, counts, quantities; in text order within a kind. A
    figure said again in another sentence (这两家公司 … 这两家公司) is listed once, also when
    written once with a space and once without (不超过800,000 万元, a PDF's line: tester s15 U3)."""
    ranked = [f for f in figures if f.kind in _KIND_RANK]
    ranked.sort(key=lambda f: (_KIND_RANK[f.kind], f.start))
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for f in ranked:
        said = ("".join(f.text.split()), f.en, f.unit or "")
        if said not in seen:
            seen.add(said)
            kept.append(f)
    return kept[:limit]


def _version(v: Briefing, words: dict[str, str]) -> str:
    """Another version of a story as a reader looks for it: its outlet, else its own
    title (cropped), else its file id; then its date. (It was "Also: reply_docx 2023
    (2 versions)": a file id where a name was meant, and a count of what?)"""
    title = " ".join(v.title.split())
    if len(title) > VERSION_TITLE:
        title = title[: VERSION_TITLE - 1] + "…"
    who = v.source or (f"“{title}”" if title else v.id)
    return words["version"].format(who=who, date=v.date_iso) if v.date_iso else who


def _entry(entry: DigestEntry, words: dict[str, str]) -> list[str]:
    b = entry.briefing
    meta = " · ".join(x for x in (b.date_iso or "", b.source) if x)
    out = [f"### {escape_inline(b.title) or escape_inline(words['untitled'])}", ""]
    if meta:
        out += [f"*{escape_inline(meta)}*", ""]
    opening = lead(b.text)
    if opening:
        out += [f"> {escape_inline(opening)}", ""]
    figures = key_figures(b.figures)
    for f in figures:
        en = f" — {escape_inline(f.en)}" if f.en else ""
        out.append(f"- {escape_inline(f.text)}{en}")
    if figures:
        out.append("")
    if entry.versions:
        others = words["sep"].join(_version(v, words) for v in entry.versions)
        out += [escape_inline(words["versions"].format(versions=others)), ""]
    return out


def digest_markdown(
    entries: Sequence[DigestEntry],
    *,
    topic_of: Callable[[Briefing], str],
    title: str | None = None,
    generated: dt.datetime | None = None,
    language: str = "en",
) -> str:
    """The digest: a heading per topic (in order of first appearance), an entry per story.
    ``title`` None: "Digest" in ``language`` (en, zh), as are the digest's other words;
    ``generated`` is written with its UTC offset when it has one (as the export's times)."""
    words = _words(language)
    by_topic: dict[str, list[DigestEntry]] = {}
    for entry in entries:
        by_topic.setdefault(topic_of(entry.briefing), []).append(entry)
    out = [f"# {escape_inline(words['title'] if title is None else title)}", ""]
    if generated is not None:
        stories = words["story"] if len(entries) == 1 else words["stories"].format(n=len(entries))
        when = generated.isoformat(sep=" ", timespec="minutes")  # 2026-12-02 18:03+08:00
        out += [escape_inline(f"{stories} · {words['generated'].format(when=when)}"), ""]
    for topic, items in by_topic.items():
        out += [f"## {escape_inline(topic)}", ""]
        for entry in items:
            out += _entry(entry, words)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def build_digest(
    library,
    briefings: Sequence[Briefing],
    *,
    labels: Mapping[str, str],
    title: str | None = None,
    generated: dt.datetime | None = None,
    stop: Callable[[], bool] | None = None,
    language: str = "en",
    since: dt.date | None = None,
    query: str = "",
) -> str:
    """Markdown for ``briefings`` (a Library's list entries, newest first): one entry
    per story, its newest version first, grouped under each story's first topic.

    Each story's file is read again (seconds for hundreds, a minute or more for
    thousands): ``stop`` (``threading.Event().is_set``, a UI worker's cancel flag) is
    asked before each file, and once it is true library.Cancelled is raised; nothing
    partial is returned (a digest missing stories would pass for a whole one).
    ``title`` None: "Digest" (or "Digest since ``since``") in ``language``, and the
    ``query`` that chose the briefings after it ("Digest: topic:元宇宙"): a digest of a
    filtered list did not say what it was a digest of (new user s45)."""
    from .across import story_groups

    groups = story_groups(library, briefings, stop=stop)
    # Each story's newest version in full: a folder of PDFs read by one pool of workers (review s10 F3)
    heads = library.full_many([group[0] for group in groups], stop=stop)
    entries = [DigestEntry(head, list(group[1:])) for group, head in zip(groups, heads, strict=True)]
    # Topics in order of their newest story, "Other" (no topic) last: with few topics in
    # a folder, an "Other" of most stories came first and hid the topics under it.
    entries.sort(key=lambda e: not e.briefing.topics)

    words = _words(language)
    if title is None and since is not None:
        title = words["since"].format(date=since.isoformat())
    if query := " ".join(query.split()):  # one line: the title is a Markdown heading
        title = words["query"].format(title=words["title"] if title is None else title, query=query)

    def topic_of(b: Briefing) -> str:
        return labels.get(b.topics[0], b.topics[0]) if b.topics else words["other_topic"]

    return digest_markdown(entries, topic_of=topic_of, title=title, generated=generated, language=language)
