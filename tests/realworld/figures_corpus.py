"""The checks every real figure corpus shares (tests/data/realworld/figuresN/), written once.

Review finding R24 (session 14): test_figures_realworld3.py .. 10.py each copied the same scaffolding (the gold is
well formed with provenance, the bare 元 follows the region, the split is fixed by collection order, the articles are
new and varied, the floors hold) and each copy drifted. A batch's test now names its folder, splits and tables in a
``Corpus`` and calls these checks; its floors (values, comments, ratchet history) stay in its own file.

Every check is as strict as the strictest copy it replaces; a corpus's own tables (regions, currencies, the named
currency words, the files whose bare sums a note binds) are arguments, not copies.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

from briefreader.figures.extract import fold_text
from briefreader.figures.score import (
    DECLARED_KINDS,
    SCORED_KINDS,
    Report,
    evaluate_articles,
    format_report,
    load_articles,
)
from briefreader.figures.units import QUANTITY_SYMBOLS

DATA = Path(__file__).resolve().parents[1] / "data" / "realworld"
QUALIFIERS = ("exact", "approx", "over", "under", "nearly", "range")
# the currency of a bare 元/萬/億 in each region's text
HOME = {"mainland": "CNY", "hk": "HKD", "macau": "MOP", "taiwan": "TWD", "singapore": "SGD", "malaysia": "MYR"}
Floor = Mapping[str, tuple[float, float]]


@dataclass(frozen=True)
class Corpus:
    """One batch of real articles with gold figures.

    folder: "figures10"; splits: every split the gold names; held: the split of every third article in collection
    order ("heldout11", or "dev-retired9" once retired); held_folder: the folder a retired split's files keep
    ("heldout9"); regions and currencies: what the gold may name (None: not checked, as figures3/4 never did).
    """

    folder: str
    splits: frozenset[str]
    held: str
    held_folder: str | None = None
    regions: tuple[str, ...] | None = None
    currencies: tuple[str, ...] | None = None
    signed_money: bool = False  # a minus written in the text is kept (figures7: 净利润-419.16万元)
    checks_values: bool = True  # qualifier, value type and per-kind units (figures3 checked kinds only)
    year_rule: bool = True  # a "year" figure is a target year written 到…年 (figures6's gold writes 目标到2030年)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def gold(self) -> Path:
        return DATA / self.folder / "figures_gold.toml"

    @cached_property
    def articles(self) -> list[dict[str, Any]]:
        return load_articles(self.gold)

    def report(self, split: str) -> Report:
        return evaluate_articles(self.gold, split)

    def file_folder(self, split: str) -> str:
        """The folder a split's files sit in: a retired split keeps its held-out name."""
        return self.held_folder if (split == self.held and self.held_folder) else split


def check_well_formed(corpus: Corpus, min_articles: int) -> None:
    """Provenance on every article, every figure written in its text, kinds, qualifiers, values and units valid."""
    articles = corpus.articles
    assert len(articles) >= min_articles
    for a in articles:
        assert a["repository"] and a["path"] and len(a["commit"]) == 40 and a["changed"], a["file"]
        assert a["file"].startswith(f"{corpus.folder}/{corpus.file_folder(a['split'])}/"), a["file"]
        if corpus.checks_values:
            assert a["outlet"] and a["source"] and a["title"] and a["script"] in ("hans", "hant"), a["file"]
            assert a["figures"], a["file"]
        if corpus.regions is not None:
            assert a["region"] in corpus.regions, a["file"]
        # an article that lists a declared kind (quantity) in full says so; nothing else may be declared
        assert set(a.get("scored", ())) <= {*DECLARED_KINDS, "cheng", "fraction"}, a["file"]
        for f in a["figures"]:
            assert f["text"] in a["text"], (a["file"], f["text"])
            assert f["kind"] in (*SCORED_KINDS, *DECLARED_KINDS, "year"), (a["file"], f)
            if corpus.checks_values:
                _check_figure(corpus, a, f)


def _check_figure(corpus: Corpus, a: dict[str, Any], f: dict[str, Any]) -> None:
    assert f["qualifier"] in QUALIFIERS, (a["file"], f)
    assert isinstance(f["value"], (int, float)), (a["file"], f)
    if f["kind"] == "money":
        assert corpus.currencies is None or f["unit"] in corpus.currencies, (a["file"], f)
        # a sum is never zero; it is positive unless the text writes a minus and the corpus keeps it
        assert (f["value"] != 0) if corpus.signed_money else (f["value"] > 0), (a["file"], f)
    elif f["kind"] == "area":
        assert f["unit"] == "m2" and f["value"] > 0, (a["file"], f)
    elif f["kind"] == "percent":
        assert f["unit"] in ("%", "pp"), (a["file"], f)
    elif f["kind"] == "count":
        assert f["value"] >= 1 and float(f["value"]).is_integer(), (a["file"], f)
        # the measure word in its Simplified form, as the extractor gives it (figures12's 戶/棟 were never matched)
        assert fold_text(f["unit"]) == f["unit"], (a["file"], f)
    elif f["kind"] == "quantity":
        # the written unit's symbol (L, m3, t, kg, kWh, MW …: units.QUANTITIES), the number times its scale words
        assert f["unit"] in QUANTITY_SYMBOLS and f["value"] > 0, (a["file"], f)
    elif f["kind"] == "year" and corpus.year_rule:
        assert f["unit"] == "year" and f["text"].startswith("到"), (a["file"], f)


def check_bare_yuan(
    corpus: Corpus,
    named: Iterable[str],
    *,
    home: Mapping[str, str] = HOME,
    noted: Mapping[str, str] | None = None,
    carried: Iterable[tuple[str, str]] = (),
    placed: Mapping[tuple[str, str], str] | None = None,
) -> None:
    """A money figure with a bare 元/萬/億 is in the currency of its text's region (each gold header's rule).

    A figure whose text names a currency (``named``) is exempt. ``noted``: files whose bare sums a note binds to
    another currency (a （人民幣，下同） note, a Macau paper on Guangdong). ``carried``: (file, figure text) pairs that
    take the named currency of the amount before them, so not the home one. ``placed``: (file, figure text) -> the
    currency of a bare amount set in another region whose note the text cut or left out (联合早报 on the mainland).
    """
    named = tuple(named)
    noted = noted or {}
    carried = set(carried)
    placed = placed or {}
    for a in corpus.articles:
        for f in a["figures"]:
            if f["kind"] != "money" or any(w in f["text"] for w in named):
                continue
            if (a["file"], f["text"]) in placed:
                assert f["unit"] == placed[(a["file"], f["text"])], (a["file"], f)
            elif (a["file"], f["text"]) in carried:
                assert f["unit"] != home[a["region"]], (a["file"], f)
            else:
                assert f["unit"] == noted.get(a["file"], home[a["region"]]), (a["file"], f)


def check_split_order(
    corpus: Corpus,
    *,
    gapless: bool = True,
    held_count: int | None = None,
    retired_from: str | None = None,
    min_per_kind: int | None = None,
    held_regions: Iterable[str] | None = None,
    held_regions_exact: bool = False,
) -> None:
    """The split was fixed by collection order (the number that opens each file's name): every third article held.

    gapless: the numbers run 1..n with no gap. held_count: how many are held (a retired split is not dropped: its old
    name ``retired_from`` is gone). min_per_kind: each scored kind has that many gold figures in the held third.
    held_regions: regions the held third includes (all of them and no other when held_regions_exact).
    """
    articles = corpus.articles
    splits = [a["split"] for a in articles]
    assert set(splits) == corpus.splits
    numbers = [int(a["file"].split("/")[-1].split("_")[0]) for a in articles]
    if gapless:
        assert numbers == list(range(1, len(articles) + 1))  # collection order, no gaps
    for a, number in zip(articles, numbers, strict=True):
        # every third article held out, as chosen, before any run
        assert (number % 3 == 0) == (a["split"] == corpus.held), a["file"]
    if held_count is not None:
        assert splits.count(corpus.held) == held_count
    if retired_from is not None:
        assert retired_from not in splits  # retired, not dropped
    held = [a for a in articles if a["split"] == corpus.held]
    if min_per_kind is not None:
        for kind in SCORED_KINDS:  # each kind is scored on the held-out third too
            assert sum(f["kind"] == kind for a in held for f in a["figures"]) >= min_per_kind, kind
    if held_regions is not None:
        regions = {a["region"] for a in held}
        assert regions == set(held_regions) if held_regions_exact else set(held_regions) <= regions, regions


def check_split_by_source(
    corpus: Corpus,
    *,
    held_count: int,
    keys: Iterable[str] = ("repository", "source"),
    min_per_kind: int | None = None,
) -> None:
    """The split was fixed by source (figures12 on, review s15 R7b): the held-out articles come from repositories and
    publishers no dev article uses, so the held-out score is not that of a format the dev articles taught.

    The numbers that open the file names run 1..n with no gap (collection order); ``held_count`` articles are held;
    ``keys``: the article fields that must not be shared across the split; min_per_kind: each scored kind has that
    many gold figures in the held split.
    """
    articles = corpus.articles
    assert {a["split"] for a in articles} == corpus.splits
    numbers = [int(a["file"].split("/")[-1].split("_")[0]) for a in articles]
    assert numbers == list(range(1, len(articles) + 1))
    held = [a for a in articles if a["split"] == corpus.held]
    dev = [a for a in articles if a["split"] != corpus.held]
    assert len(held) == held_count
    for key in keys:
        shared = {a[key] for a in held} & {a[key] for a in dev}
        assert not shared, (key, shared)
    if min_per_kind is not None:
        for kind in SCORED_KINDS:
            assert sum(f["kind"] == kind for a in held for f in a["figures"]) >= min_per_kind, kind


def earlier_texts(folders: Iterable[str]) -> list[str]:
    """The article texts of earlier corpora ("figures_gold" is the first corpus, figures_gold.toml at the top)."""
    paths = [DATA / "figures_gold.toml" if n == "figures_gold" else DATA / n / "figures_gold.toml" for n in folders]
    return [a["text"] for p in paths for a in load_articles(p) if "text" in a]


def earlier_repositories(folders: Iterable[str]) -> set[str]:
    paths = [DATA / "figures_gold.toml" if n == "figures_gold" else DATA / n / "figures_gold.toml" for n in folders]
    return {a["repository"] for p in paths for a in load_articles(p)}


def check_new(corpus: Corpus, earlier: Iterable[str], *, new_repositories: bool = False) -> None:
    """No article of an earlier corpus (``earlier``: folder names), nor a cut of one, and no article twice.

    A cut: its first 40 characters in an earlier text, or the other way round. new_repositories: no repository an
    earlier corpus used.
    """
    earlier = list(earlier)
    before = earlier_texts(earlier)
    repos_before = earlier_repositories(earlier) if new_repositories else set()
    for a in corpus.articles:
        head = a["text"][:40]
        assert not any(head in t or t[:40] in a["text"] for t in before), a["file"]
        if new_repositories:
            assert a["repository"] not in repos_before, a["file"]  # new repositories only
    texts = [a["text"] for a in corpus.articles]
    assert len(set(texts)) == len(texts)


def check_varied(
    corpus: Corpus,
    *,
    min_repositories: int,
    max_per_repository: int,
    min_outlets: int | None = None,
    regions: Mapping[str, int] | None = None,
    scripts: Mapping[str, int] | None = None,
    sources: Mapping[str, int] | None = None,
) -> None:
    """Sources varied: repositories, outlets, and at least so many articles per region, script or named source."""
    articles = corpus.articles
    per_repo = Counter(a["repository"] for a in articles)
    assert len(per_repo) >= min_repositories and max(per_repo.values()) <= max_per_repository, per_repo
    if min_outlets is not None:
        assert len({a["outlet"] for a in articles}) >= min_outlets
    for key, wanted in (("region", regions), ("script", scripts), ("source", sources)):
        if wanted:
            have = Counter(a[key] for a in articles)
            for value, least in wanted.items():
                assert have[value] >= least, (key, value, have[value], least)


def check_floor(report: Report, kind: str, floor: Floor | None, *, itemise: bool = True) -> None:
    """The kind scores at least its floor (precision, recall), a ratchet. None: not measured yet (skip).

    itemise: the failure message lists the misses (dev and retired splits); a held-out split's only the summary.
    """
    if floor is None:
        pytest.skip("floors not measured yet")
    s = report.kind(kind)
    assert s.gold > 0
    precision, recall = floor[kind]
    detail = format_report(report, verbose=True) if itemise else ""
    assert s.precision >= precision - 1e-9, (kind, "precision", s.precision, detail)
    assert s.recall >= recall - 1e-9, (kind, "recall", s.recall, detail)


def check_heldout_floor(corpus: Corpus, split: str, kind: str, floor: Floor | None) -> None:
    """A held-out split: scored in aggregate against floors the lead sets; skipped until then; no misses shown."""
    if floor is None:
        pytest.skip(f"{split} floors not set yet: the lead scores it once, in aggregate (TODO-lead)")
    check_floor(corpus.report(split), kind, floor, itemise=False)


def check_bar(report: Report, kind: str, precision: float = 0.95, recall: float = 0.90) -> None:
    """Issue 13's bar: precision >= 0.95 and recall >= 0.90 per kind."""
    s = report.kind(kind)
    assert s.precision >= precision and s.recall >= recall, format_report(report, verbose=True)
