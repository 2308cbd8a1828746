"""Guards issue 19's smaller index against stale caches: the layout and the token scheme
change only with SCHEMA_VERSION, an index written by an earlier scheme (bigram tokens,
schema 8) is rebuilt rather than read with the new queries, and freed pages go back to
the file system at each commit."""

from __future__ import annotations

import hashlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefreader import index as index_module
from briefreader.index import CONTENTLESS_DELETE, SCHEMA_VERSION, Index, index_path
from briefreader.model import Briefing
from briefreader.query import Text, _compile_atom
from briefreader.textsearch import fold, fts_query, index_document, needle_form

# The fingerprint of what an index file holds (its tables and FTS5 options, and the
# tokens a text and a query word become) for each schema version. A change to any of
# them must bump SCHEMA_VERSION (old caches are then rebuilt): record the new pair here.
KNOWN = {
    11: "f80ef2e4c7ac",
    12: "dea91bdcfdd4",
    13: "a196e55d26ac",
    14: "7b8b71424819",
    15: "f790dc14d78a",  # briefings.written (s17)
    16: "71ffa9db0025",  # briefings.wsource (s18)
    17: "b92ba02fbf83",  # figs_value on (unit, value): the value order by unit first (s18)
    18: "b92ba02fbf83",  # the same layout; stories.sig and storybands carry the lead (s18)
    19: "85298f56403d",  # figs_group on (sort group, value): the value and kind orders by group (s20, R23)
    20: "764bca674e18",  # one detail=none table, no positions; texts to check longer words against (s23, issue 19)
    21: "ac2428dfd59b",  # one token a character with positions, runs apart, no texts: a word is a phrase (s25)
    22: "321899bb65e1",  # no figs_kind: a kind's figures through figs_group by sort groups; quantity's by unit (s26)
    23: "cb79e221420d",  # figdetail's data: raw deflate with a preset dictionary, not zlib alone (s28, issue 19)
    24: "6dfda6b73fd8",  # RUN_BREAK only between Chinese runs; briefings.generated (title_generated) (s31, issue 19)
    25: "e8708627fdc8",  # briefings.entries: a file with fewer rows than its read gave is read again (s37)
    26: "821f2edab167",  # briefings.pending, meta's pending count: a cold start's rows before their figures (s40)
}  # (schemas 9-10, character tokens, were fingerprinted before words were sorted here)
SAMPLE = "上海ai消费节，5g+數據。3000亿元 aigc"


def _fingerprint() -> str:
    parts = [
        index_module._SCHEMA,
        index_module._FTS_OPTIONS,
        str(index_module.FIG_SPAN),
        index_document(SAMPLE),
        repr([fts_query(w) for w in ("上", "上海", "上海ai", "ai", "a", "消费节5g", "节")]),
    ]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:12]


def test_the_layout_and_tokens_change_only_with_the_schema_version():
    assert KNOWN.get(SCHEMA_VERSION) == _fingerprint(), (
        f"schema {SCHEMA_VERSION} is now {_fingerprint()}: if the layout or the tokens changed, bump"
        " SCHEMA_VERSION and record the new fingerprint in KNOWN"
    )


sqlite3 = index_module.sqlite3  # pysqlite3 where installed: the FTS5 options the index uses


def _briefing(n: int, text: str) -> Briefing:
    return Briefing(id=str(n), path="", fingerprint=str(n), title="", text=text)


def test_an_index_of_the_bigram_scheme_is_rebuilt_not_misread(tmp_path: Path):
    cache, root = tmp_path / "cache", tmp_path / "corpus"
    root.mkdir()
    path = index_path(cache, root, "v")
    with Index.open(cache, root, "v") as index:
        index.store("a.txt", 1, 1, _briefing(1, "上海信息消费节"))
    # the file as schema 8 wrote it: bigram tokens, words with a prefix index
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE search")  # schema 21's (a token a character); schema 8 had words too
    old = "content='', tokenize='ascii'" + (
        ", columnsize=1, contentless_delete=1" if CONTENTLESS_DELETE else ", columnsize=0"
    )
    conn.execute(f"CREATE VIRTUAL TABLE search USING fts5(body, detail=full, {old})")
    conn.execute(f"CREATE VIRTUAL TABLE words USING fts5(body, detail=none, prefix='1', {old})")
    bigrams = "上海 海信 信息 息消 消费 费节 节"
    conn.execute("INSERT INTO search (rowid, body) VALUES (1, ?)", (bigrams,))
    conn.execute("INSERT INTO words (rowid, body) VALUES (1, ?)", (bigrams,))
    conn.execute("UPDATE meta SET value = ? WHERE key = 'fts'", (old,))
    conn.execute("PRAGMA user_version = 8")
    conn.commit()
    conn.close()

    with Index.open(cache, root, "v") as index:
        assert index.stats.rebuilt == 1
        assert index.lookup("a.txt", 1, 1) is None  # the old rows are gone, not half-read
        assert index.search("信息") == set() and index.search("上") == set()
        key = index.store("a.txt", 1, 1, _briefing(1, "上海信息消费节"))
        assert index.search("信息消费") == {key} and index.search("上") == {key}
        assert index.search("节上") == set()  # no bridge between title and body runs
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # incremental: made new
    finally:
        conn.close()


def test_pages_freed_by_removed_briefings_go_back_at_the_commit(tmp_path: Path):
    cache, root = tmp_path / "cache", tmp_path / "corpus"
    root.mkdir()
    text = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(3000))  # many distinct characters
    with Index.open(cache, root, "v") as index:
        for n in range(60):
            index.store(f"{n}.txt", 1, 1, _briefing(n, text[n * 40 :] + text[: n * 40]))
        index.commit()
        conn = index._conn
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        assert index.prune({f"{n}.txt" for n in range(10)}) == 50
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert conn.execute("PRAGMA page_count").fetchone()[0] < pages * 0.6
        assert index.search(text[:3]) is not None


# FTS5's own syntax, and the separators schemas 9-10 used, typed or in a text, never change a match:
# the index and the in-memory rule agree on texts and words made of them.
_PIECES = st.sampled_from(
    ["直", "播", "消费", "费", "|", "$", '"', "*", "ai", "a", "5g", "，", " ", "(", ")", "^", "\xa6"]  # \xa6: RUN_BREAK
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(_PIECES, max_size=12).map("".join), min_size=1, max_size=6),
    st.lists(
        st.lists(_PIECES, min_size=1, max_size=4).map("".join).map(fold).filter(lambda n: needle_form(n) is not None),
        min_size=1,
        max_size=5,
    ),
)
def test_syntax_characters_and_the_separator_match_as_the_bodies_do(texts: list[str], needles: list[str]):
    import tempfile

    briefings = [_briefing(i, t) for i, t in enumerate(texts)]
    with tempfile.TemporaryDirectory() as tmp, Index.open(Path(tmp), Path(tmp), "v") as index:
        keys = {index.store(f"{b.id}.txt", 1, 1, b): b.id for b in briefings}
        for needle in needles:
            matches = _compile_atom(Text(needle), {}, None)
            assert {keys[k] for k in index.search(needle)} == {b.id for b in briefings if matches(b, None)}, needle
