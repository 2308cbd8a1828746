"""Key-figure floors of every real figure set (tests/data/realworld/figures*/), one table, one parametrised test.

Until session 39 each set's floors lived in its own tests/realworld/test_figures_realworldN.py (45 files, 68 floor
tests over 277 ids); they are here now, with their ratchet histories as written (each set's constants renamed with its
number: F43_RETIRED34_FLOOR was test_figures_realworld43.py's RETIRED34_FLOOR). The gold's shape (provenance, sizes,
sources, regions, currencies) is a second table, ``SHAPES``, for the sets whose files it replaced (figures37, 39, 41,
43 and 45, chosen by source); the other sets' files keep their shape checks and their checks of single figures.

One row per (set, split) in ``SETS``: its kinds, every floor the old tests held it to (a ratchet: raised as the
extractor improves, never lowered without a sentence why in the commit), the last held-out record of a retired split,
``held`` for a split still held out (scored in aggregate only, its misses never shown; skipped while its floors are
None, until the lead scores it once) and ``bar`` for issue 13's bar (precision >= 0.95, recall >= 0.90). Test ids read
"figures43-dev-retired34-count", so ``-k figures43`` selects a set and ``-k count`` a kind.

A new set adds a Row to SETS and a Shape to SHAPES, not a file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from figures_corpus import (
    DATA,
    Corpus,
    check_bare_yuan,
    check_new,
    check_split_by_source,
    check_varied,
    check_well_formed,
    earlier_repositories,
)

from briefreader.figures.score import SCORED_KINDS, Report, evaluate_articles, format_report

Floor = Mapping[str, tuple[float, float]]
BAR = (0.95, 0.90)  # issue 13: precision >= 0.95 and recall >= 0.90 per kind


@dataclass(frozen=True)
class Row:
    """One split of one figure set and what it is held to.

    floors: every floor (kind -> (precision, recall)) the split must meet for the kinds it names; kinds: the kinds
    scored (each must be named by a floor unless ``bar``); held: a held-out split (aggregate only; floors None until the
    lead sets them); bar: issue 13's bar as well; min_gold: at least so many gold figures of a kind (default 1).
    """

    folder: str
    split: str
    kinds: tuple[str, ...]
    floors: tuple[Floor | None, ...] = ()
    held: bool = False
    bar: bool = False
    min_gold: Mapping[str, int] = field(default_factory=dict)

    @property
    def gold(self) -> Path:
        return DATA / "figures_gold.toml" if self.folder == "figures_gold" else DATA / self.folder / "figures_gold.toml"


# ---- the floors and records, as each set's file wrote them ----

# -- figures_gold (until session 39: tests/realworld/test_figures_realworld.py) --
# heldout (22 articles; money 14, percent 9, count 93 gold), as scored for issue 13
# (first floors: money 0.92/0.92, percent 0.88/0.88, count 0.97/0.83; count recall 0.839
# after session 5). No longer clean: its misses were described in session 5's note, and in
# session 7 they were read and fixed like a retired split's (the split keeps its name:
# metrics_gold.toml and test_metrics use it). Raised to session 7's scores (money 1.00/1.00, count 0.989/0.925).
F1_HELDOUT_FLOOR = {
    "money": (1.0, 1.0),
    "percent": (9 / 9, 9 / 9),  # session 8 (13-dev2): 减少细纹47% signed by its verb: 8/9 -> 9/9
    # session 12: 3.4万样本樽 counted by its noun (样本): 93/94, 93/96 -> 94/95, 94/96; session 16: the gold drops
    # …心理活动实践指导三个板块 (D3, 13-corpus) and 13-dev's rule no longer lists it: 93/94, 93/95
    "count": (93 / 94, 93 / 95),
}
# session 9: the gold of 56 lists 昆明市3家、楚雄彝族自治州3家 twice (two facts sharing a value, the
# convention settled in session 9), which the extractor began doing: 92 of 96 found, none lost
# session 8: 4区/37州/19州 take their measure word as unit and 4区 and 二人 are listed once a
# sentence (the conventions settled in figures2's gold header): count 0.989/0.925 -> 0.989/0.968


# -- figures2 (until session 39: tests/realworld/test_figures_realworld2.py) --
# session 5, dev (63 articles; money 352, percent 599, area 51, count 426 gold figures).
# Articles 1-51 alone stay at 1.00 precision (money 1.00/0.974, percent 1.00/1.00, area
# 1.00/1.00, count 1.00/0.989); the ratchet is over all dev, with the 29 added later
# (Hong Kong papers and 大庆 statistics)
# (session 5's ratchet: money 1.0/0.98, percent 0.99/0.99, area 1.0/1.0, count 0.98/0.98)
# session 7: dev 63 articles, money 1.000/0.983 -> 1.000/0.986, count 0.981/0.988 -> 0.984/0.993
# (percent, area unchanged); raised to the session's end
# session 9 (13-dev): money 1.000/0.994 -> 1.000/1.000 (上兆美元: a bare 兆 before a currency; 42分 in Hong
# Kong text, the cent of the one currency its sentence names)
F2_DEV_RATCHET = {
    "money": (1.0, 1.0),
    # s34 (13-dev): 下跌幅度更為顯著，已超過20% signed (a fall-size noun, a comma, an adverb and a hedge): 600/600 · 600/600
    "percent": (600 / 600, 600 / 600),
    "area": (1.0, 1.0),
    # s11 13-dev2: 431/438 -> 431/437, a bonus-issue ratio (每N股…3股) no count; s16: D3 (13-corpus drops six list
    # sizes from the gold, 13-dev's rule drops them and nothing else here): 425/431, 425/426
    # s17: the list's size said after a colon is no count (D3, its colon half: 三個方向路徑：一是…二是…三是…), and dev
    # 71's 觀看人次超過690萬 unit 人次 (13-dev's gold edit, as figures5/11): 425/431 -> 425/430
    # s38 (13-dev): frequencies out of gold and output (the lead's ruling, FIGURES_GOLD §1): 30 五次, 36 升息了三次/八次, 88 6次; the matched entries leave both sides, so the fractions fall:
    # 425/430 · 425/426 -> 421/425 · 421/422 (below the old ratios by that arithmetic only)
    # s39 (13-dev, review s38 R2): 88's 6次 (6次加息周期, a count of cycles) back in gold and output: 422/426 · 422/423
    "count": (422 / 426, 422 / 423),
}
# s44 (13-dev): the lead's ruling on D3 (names BEFORE the count, FIGURES_GOLD §1): 46's 2 個 (MINI 及
# Rolls-Royce 2 個英國汽車品牌) leaves both sides: 422/426 · 422/423 -> 421/425 · 421/422
F2_DEV_RATCHET["count"] = (421 / 425, 421 / 422)
# s47 (13-dev): 91's 不只一兩個 "one or two", a couple, no count: 421/425 · 421/422 -> 421/424 · 421/422
F2_DEV_RATCHET["count"] = (421 / 424, 421 / 422)

# and money 1.000/0.986 -> 1.000/0.994 (1.2万左右, 2万以内 hedged in a sentence about money;
# 10万+/平方米 a price per area), count -> 0.984/0.998 (29品項)
# session 8: count 0.984/0.993 -> 0.984/0.995 over 432 gold (6 二人 added to 82 by the settled
# conventions, see the gold's header); 一人 in a partition (61) read
# Record: the retired split's last scores while it was held out ("heldout": 17 articles;
# money 44, percent 73, area 9, count 102 gold figures), as scored after the session-5
# changes and again at the start of session 7; its misses were not read until then.
# (percent was 0.930/0.904 before the list rule, which was made knowing falling lists were
# in held-out text, so that percent score was not a clean measure.)
F2_RETIRED_LAST_HELDOUT = {
    "money": (39 / 39, 39 / 44),
    "percent": (71 / 72, 71 / 73),
    "area": (1.0, 1.0),
    "count": (95 / 102, 95 / 102),
}

# Developed on in session 7 (its misses read and fixed by general rules): money 1.000/0.977,
# percent 0.986/0.973, area 1.000/1.000, count 0.960/0.951; held to the dev bar and to this
F2_RETIRED_RATCHET = {
    "money": (1.0, 43 / 44),
    "percent": (72 / 72, 72 / 73),  # session 8 (13-dev2): 降低乳癌發生機率53% signed by its verb
    "area": (1.0, 1.0),
    # s16: 99/101, 99/104 -> 98/100, 98/103 (D3: 漿果红、…湖光藍四款 out of gold and output)
    # s17: a decimal point between Chinese digits (二.二八億支, full-width ．) read: 98/100, 98/103 -> 99/101, 99/103
    "count": (99 / 101, 99 / 103),
}
# s44 (13-dev): the lead's ruling on D3 (names BEFORE the count, FIGURES_GOLD §1): 32's two 兩種版本 out
# of the gold, one out of the output (4GB RAM/64GB ROM與 … is read as before): 99/101 · 99/103 ->
# 97/100 · 97/101
F2_RETIRED_RATCHET["count"] = (97 / 100, 97 / 101)

# session 8: count 0.960/0.951 -> 0.980/0.952 (two 两人 of 20 added to the gold by the settled
# conventions, which the extractor already listed)
# heldout3 (a new held-out set, session 5 second half: 14 articles, 12 of them Hong Kong
# papers, one 大庆 statistical analysis, one 風傳媒; money 150, percent 161, area 10, count 38 gold
# figures): every third article as chosen, gold written before any run, scored only in
# summary after the second half's changes; its misses were not read. Money is low
# (0.72/0.73; 0.68/0.69 with the session-start code); nothing was changed for it.
# (first floor: money 0.72/0.73, percent 0.97/0.98, area 1.0/1.0, count 0.90/0.76)
# session 7, scored in summary after its changes (still never inspected): money 0.724/0.733 ->
# 0.954/0.967 (mostly the 巴士的報 source, a dev leftover known without reading held-out text),
# percent 0.975/0.981 -> 0.994/1.000, area 1.0/1.0, count 0.906/0.763 unchanged
# Record: its full last held-out score, taken at the start of session 8 with session 7's
# final code, before any change (scorer output, summary only):
#   kind     gold  pred   prec  recall
#   money     150   152  0.954   0.967   (145 matched)
#   percent   161   162  0.994   1.000   (161 matched)
#   area       10    10  1.000   1.000
#   count      38    32  0.906   0.763   (29 matched)
#   overall   359   356  0.969   0.961;  qualifier agrees on 345/345 matches
# Session 8: retired into development as "dev-retired3" (its misses read from here on).
F2_HELDOUT3_LAST_HELDOUT = {
    "money": (145 / 152, 145 / 150),
    "percent": (161 / 162, 161 / 161),
    "area": (1.0, 1.0),
    "count": (29 / 32, 29 / 38),
}

# Developed on from session 8 (its misses read and fixed by general rules: 國/隊 as measure
# words, 一 in a partition, people counted in a list, a head sharing 萬 and 元 after 分別, 七人欖球
# as a format; gold: 兩間公司 stated in lead and body in other words listed twice): count
# 0.906/0.763 -> 1.000/0.949, money 0.954/0.967 -> 0.974/0.993 (also: a (人民幣，下同) note holds
# for the company whose paragraph it is in, not for the next stock code's share prices). Held to
# the dev bar and to this. Then (13-dev2) a roundup item's headline gives its target prices to the
# text under it (HKET 84, four restated prices listed once): money 0.974/0.993 -> 1.000/0.993.
F2_RETIRED3_RATCHET = {
    # 149/149, 149/150 -> 150/150 (s12: 三千億工程, works valued by their cost, HKD); s16: the heading 突破60亿 over
    # 63.8亿元 is one figure (gold and code): 149/149, 149/149
    "money": (1.0, 1.0),
    "percent": (161 / 161, 161 / 161),  # 13-dev2: （六）…19.8%。 a heading restated under it
    "area": (1.0, 1.0),
    # s38 (13-dev): frequencies out of gold and output (the lead's ruling, FIGURES_GOLD §1): 57 兩次 (發文兩次) leaves both sides: 37/37 · 37/39 -> 36/36 · 36/38 (recall lower by that arithmetic)
    "count": (36 / 36, 36 / 38),
}

# Session 26: the fifth kind, quantity (吨, 千瓦时, 升 …), scored in the dev articles whose gold declares it (38, 67, 70:
# 15 figures). First scored on 13-dev's extractor (frozen copy, all gold committed before): 15/15 / 15/15.
F2_DEV_QUANTITY_FLOOR = (1.0, 1.0)


# -- figures3 (until session 39: tests/realworld/test_figures_realworld3.py) --
# dev (34 articles; money 189, percent 165, area 44, count 253 gold figures) as scored with the gold of
# articles 31-51 frozen, session 7 (extractor at b8282eb plus the figures engineer's uncommitted
# extract.py of that moment). The 20 session-6 articles alone scored then money 0.991/0.957, percent
# 0.991/1.0, area 0.8/1.0, count 0.966/0.898; the 14 new Hong Kong/Macau/Taiwan dev articles alone money
# 0.315/0.311, percent 1.0/1.0, area 0.85/0.85, count 0.748/0.688 (session 6: articles 1-16 first scored
# at 6a0983f, all 20 at 390f8be, see SOURCES.md). A ratchet: raise it, never lower it.
# Raised in session 7 to the dev score (rounded down) after the 个-count fix: money 0.995/0.968, percent
# 0.994/1.0, area 0.978/1.0, count 0.976/0.945.
# Count raised again (0.976/0.953) after 300萬農村居民 and 跟…的1,786萬比 were read as people.
# Session 8: count 0.976/0.953 -> 0.976/0.984 (有五區 and 二人 read by the conventions settled in
# figures2's gold header; 东南五省, a group's name, and the five N个方面, a text's structure, out of
# the dev gold: the session-start code scores 0.976/0.976 on the new gold); then 107點 (places
# counted with 点) read and 這三點 (an argument's points, like 方面) out of the gold: 0.976/0.992.
# Session 8, 13-region: a sum set in a mainland place in Taiwan text is renminbi (25 udn 約40億): money 1.0/0.973.
# Money -> 1.000/0.995 (推案量/案量 and a 億 sum named at its sentence's head: 其中龜山達491億最多, 增加了1100亿).
# 13-dev2: a price word, a scaled sum, 的 (推薦總價1300~1400萬的「雲觀」): money recall 188/189 -> 189/189.
# Session 11 (13-dev): a year between two statements of one value makes them two facts (新生兒在2016年是1,700多萬,
# 2017年還能保持1,700多萬): count 244/249, 244/246 -> 245/250, 245/246.
# Session 13 (13-dev): one value restated right after itself in its sentence with "about" added (大概有16%的人…
# 其實是16%的人) is one figure: percent 165/166 -> 165/165.
# s16: count 245/250, 245/246 -> 243/248, 243/244 (D3: 四个重点产业, 四个经济强省 out of gold and output)
F3_DEV_FLOOR = {"money": (1.0, 189 / 189), "percent": (1.0, 1.0), "area": (0.977, 1.0), "count": (243 / 248, 243 / 244)}
# s44 (13-dev): the lead's ruling on D3 (names BEFORE the count, FIGURES_GOLD §1): 17's 兩家業者 out of
# the gold (the extractor still lists it: its second name is long): 243/248 · 243/244 -> 242/248 ·
# 242/243
F3_DEV_FLOOR["count"] = (242 / 248, 242 / 243)
# s47 (13-dev): 07's 一、二、三类新药证书 classes named by number, no count: 242/248 · 242/243 -> 242/247 · 242/243
F3_DEV_FLOOR["count"] = (242 / 247, 242 / 243)

# heldout4 (17 articles, every third as chosen: 3-30 of session 6 and 33-51 of session 7; money 108,
# percent 63, area 14, count 106 gold figures): scored in aggregate once, after all gold was committed
# (session 7, extractor at ec8578a plus the figures engineer's uncommitted extract.py, numerals.py and
# units.py of that moment); misses never read. Its 10 session-6 articles had scored, at 390f8be, money
# 0.977/0.955, percent 1.0/0.974, area 0.75/1.0, count 0.941/0.889.
F3_HELDOUT4_FLOOR = {"money": (0.990, 0.972), "percent": (1.0, 0.984), "area": (0.933, 1.0), "count": (0.961, 0.952)}

# Record: its full last held-out score, taken at the start of session 9 with session 8's final code
# (cde7ce1), before any change (scorer output, summary only):
#   kind       gold  pred    prec  recall
#   money       108   106   0.991   0.972   (105 matched)
#   percent      63    62   1.000   0.984   (62 matched)
#   area         14    15   0.933   1.000   (14 matched)
#   count       106   106   0.962   0.962   (102 matched)
#   overall     291   289   0.979   0.973;  qualifier agrees on 280/284 matches
#   (for information: year 1 gold, 3 predicted, precision 0.333; ratio 0 gold, 5 predicted)
# Session 9: retired into development as "dev-retired4" (its misses read from here on); held to
# this record as a floor, to the dev bar and to F3_RETIRED4_RATCHET.
F3_HELDOUT4_LAST_HELDOUT = {
    "money": (105 / 106, 105 / 108),
    "percent": (62 / 62, 62 / 63),
    "area": (14 / 15, 14 / 14),
    "count": (102 / 106, 102 / 106),
}

# Developed on from session 9 (13-dev), its misses read and fixed by general rules: a hedge after a
# "per" unit (30万元/人左右), 都不到 after a number, 两元多 (over 2 yuan), the base of a rate (0.6人/百亿元)
# no sum, a count right after a bare 万亿 sum ends it (9万亿三个), (含500亩) after a range is its bound, an
# idiom's numerals (五花八门) and a numbered planning area's site (112区短期用地) no counts, a roundup's
# headline holds only until the next one (上海市的55条 listed again). Gold, by the settled conventions:
# 6个维度 (a text's structure) and a headline restated under it (上千職位) out, the lead's 5%以内 restated with
# the same words before it listed once, 全球59個國家及地區 (restated after other words) listed again.
# money 0.991/0.972 -> 1.000/0.991, percent 1.000/0.984 -> 1/1, area 0.933/1.000 -> 1/1,
# count 0.962/0.962 -> 0.990/0.990. Left: 開這2萬 (a bare 萬 in a quote), 送2衛星 (a headline's count
# with no measure word), 超過200萬 under the headline 200萬製造業企業 (「」 in the headline, and the hedge
# differs).
F3_RETIRED4_RATCHET = {
    "money": (107 / 107, 107 / 108),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (103 / 104, 103 / 104),  # s16: 104/105 both -> 103/104 (D3: …丝路建设6个组别 out of gold and output)
}


# -- figures4 (until session 39: tests/realworld/test_figures_realworld4.py) --
# dev (26 articles; money 66, percent 81, area 89, count 172 gold figures) as first scored with all gold
# committed (session 8, extractor at b02a42a): money 0.908/0.894, percent 0.976/0.988, area 1.0/1.0, count
# 0.941/0.941. Then the dev gold was brought in line with the conventions settled for all figure gold this
# session (1幅 after 5幅 and 一所 after 兩所 are counts in a partition: three counts added) and scored again
# at 3e8054c: count 0.953/0.936, the rest unchanged. Rounded down; a ratchet: raise it, never lower it.
# Session 8, 13-region: the region of a bare 元 by scored evidence (25 蘋果日報 Taiwan: 4 TWD sums had no
# currency; 07 Hengqin: shown as written, not MOP): money 0.969/0.955.
# Then 13-dev (ca75ac9: 起 after a price, durations with 半/多, N期 of a cancer): money 0.970/0.970, count
# 0.976/0.936; and 13-dev2 (a population counted by a 万/亿 number before its noun, 數以千計, 過百, 十四張站 a
# name, a decline noun signing a percent range, lead/body restatements, frequencies and 两个人份 no counts;
# gold 平均20％至25%的降幅 -20 -> -25, the range's numerically low end as in figures2): percent 1.0/1.0, count
# 167/168 = 0.994 / 167/172 = 0.971.
# 一塊 alone is a piece (賣一塊、少一塊): money 64/65 = 0.985 / 0.970.
# Session 9 (13-dev): the Left dev disagreements settled (gold header): 分三期 out, 新增1个 in, 2女2子 as 2女
# and 2子; the extractor reads 六方人马 (parties), 2子 beside daughters, 一所 as a list's last item and
# two facts sharing a value (绿色工厂31家，绿色矿山31家): count 0.994/0.971 -> 1.000/1.000 (172 gold).
# Then 按每亩25万计算 (a price per 亩 named before a bare 万 sum): money 0.985/0.970 -> 65/66 = 0.985/0.985. Left:
# 07's Hengqin 突破150萬元, gold CNY, shown as written (see tests/core/test_figures_s9.py).
# Session 10 (13-dev): 07's Hengqin 突破150萬元 is CNY now (a Macau text that opens on the zone it co-governs, the
# rule the retired heldout5's 03 gave a second case for): money 65/66 -> 66/66.
F4_DEV_FLOOR = {"money": (1.0, 1.0), "percent": (1.0, 1.0), "area": (1.0, 1.0), "count": (1.0, 1.0)}

# heldout5 (13 articles, every third as chosen; money 56, percent 53, area 16, count 90 gold figures): scored
# in aggregate once, after all gold was committed (session 8, extractor at 3e8054c, committed code only):
# money 0.875/0.875, percent 1.0/1.0, area 0.941/1.0, count 0.965/0.911, overall 0.948/0.930. Misses never
# read; floors set to that score, rounded down.
# Session 9's end (c4f7132), the one aggregate score of the session: money, percent and area the same; count
# 0.955/0.933 (84 of 88 listed right, 84 of 90 found: one more found, one more false than session 8's end).
# The count floor is lowered to that score, disclosed in the issue's note; the misses are still never read.
F4_HELDOUT5_FLOOR = {"money": (0.875, 0.875), "percent": (1.0, 1.0), "area": (0.941, 1.0), "count": (0.954, 0.933)}

# Record: its full last held-out score, taken at the start of session 10 with session 9's final code
# (f00978d), before any change (scorer output, summary only):
#   kind       gold  pred    prec  recall
#   money        56    56   0.875   0.875   (49 matched)
#   percent      53    53   1.000   1.000   (53 matched)
#   area         16    17   0.941   1.000   (16 matched)
#   count        90    88   0.955   0.933   (84 matched)
#   overall     215   214   0.944   0.940;  qualifier agrees on 201/202 matches
#   (for information: year 0 gold, 1 predicted; ratio 0 gold, 2 predicted)
# Session 10: retired into development as "dev-retired5" (its misses read from here on); held to this
# record as a floor, to the dev bar and to F4_RETIRED5_RATCHET.
F4_HELDOUT5_LAST_HELDOUT = {
    "money": (49 / 56, 49 / 56),
    "percent": (53 / 53, 53 / 53),
    "area": (16 / 17, 16 / 16),
    "count": (84 / 88, 84 / 90),
}

# Developed on from session 10 (13-dev), its misses read and fixed by general rules: a hedged lower section
# under 億 (1億7,000多萬元, 4億2,000多萬元: one sum each, not 1億 and 7,000多萬元), 辆次 a count unit, 60万亩次 (land
# worked per pass) no area, 二人家庭 (a household type) no count, 重慶南路一至二段 (an address) no count, 30個工作天 a
# duration, 百名/千名/萬名 (round numbers of people, approx), and the Hengqin zone's own release in renminbi.
# money 0.875/0.875 -> 1.000/0.982, area 0.941/1 -> 1/1, count 0.955/0.933 -> 1.000/0.978. Left: 調高兩角 (角 alone
# as a dime: also a corner, one case), “十件民生实事” (a count in quotes) and 質詢的3部分 (a question's parts).
# Session 36 (13-dev): money 55/55 · 55/56 -> 54/54 · 54/55, lowered by the gold alone: 12's subheading 新案開價破百萬
# restates the lead's 破百萬元 (FIGURES_GOLD §5, a currency word left out: one entry), a matched figure dropped from gold
# and output alike; the one miss (調高兩角) is the same, 54/55 is the same miss over one entry fewer.
F4_RETIRED5_RATCHET = {
    "money": (54 / 54, 54 / 55),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (87 / 87, 87 / 89),  # s16: 88/88, 88/90 -> 87/87, 87/89 (D3: …医疗3个範疇 out of gold and output)
}

# Session 26: the fifth kind, quantity (吨, 千瓦时, 升 …), scored in the dev articles whose gold declares it. First scored
# on 13-dev's extractor (frozen copy, all gold committed before): no miss, no extra.
F4_DEV_QUANTITY_FLOOR = {"quantity": (1.0, 1.0)}


# -- figures5 (until session 39: tests/realworld/test_figures_realworld5.py) --
# dev (34 articles; money 281, percent 179, area 54, count 287 gold figures) first scored with all gold committed
# (extractor at 0d41fc4): money 205/267 = 0.768 / 205/281 = 0.730, percent 177/182 / 177/179, area 1.0 / 52/54,
# count 264/275 / 264/287 (articles 1-39 alone, first run at 96109e7: money 0.741/0.707, percent 1/1, count
# 0.973/0.896). 13-dev then worked on the itemised misses (/work/notes/s9_13corpus_devmisses.md); at bf7dacf, the end
# of session 9 (committed code): money 271/273 = 0.993 / 271/281 = 0.964, percent 1.0 / 177/179 = 0.989, area 1.0 /
# 53/54 = 0.981, count 282/288 = 0.979 / 282/287 = 0.983. Floors at that score; a ratchet: raise it, never lower it.
# Session 10: the gold was brought in line with the settled conventions (header: lead/body restatements listed once
# by their words, Arabic 1 counts listed): dev money 281 -> 274, percent 179 -> 178, count 287 -> 290 gold figures.
# The same code (HEAD f00978d, no figures change) scores money 271/273 / 271/274 = 0.989, percent 1.0 / 177/178 =
# 0.994, area unchanged, count 284/288 = 0.986 / 284/290 = 0.979 (可補貼1件 ×2 now match; 生产线各1条 is a new miss).
# End of session 10 (committed figures code at e2fdaa0): money 274/275 = 0.996 / 274/274, percent 177/177 / 177/178 =
# 0.994, area 54/54 / 54/54, count 286/289 = 0.990 / 286/290 = 0.986. Floors ratcheted to that.
# Session 11 (13-corpus): the six conventions settled for all figure gold (header of figures6/figures_gold.toml) add
# one dev count (29 已先後三次, 3 次): count 290 -> 291 gold; the same code (HEAD 723b040) scores count 287/289 = 0.993 /
# 287/291 = 0.986, the other kinds unchanged. Floors set to that.
F5_DEV_FLOOR = {
    "money": (274 / 275, 1.0),
    # session 35 (13-dev): a statute's first article (第八十二条) is no lead: its fine said again in 第八十四条 is listed
    # again (FIGURES_GOLD §5): 177/177 · 177/178 -> 178/178 · 178/178
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    # session 13 (13-dev): two equal counts that are parts of a whole (兩種專用藥物 …) are two facts: 287/289, 287/291 ->
    # 288/290, 288/291
    # s38 (13-dev): frequencies out of gold and output (the lead's ruling, FIGURES_GOLD §1): 29 已先後三次 leaves both sides: 288/290 · 288/291 -> 287/289 · 287/290
    "count": (287 / 289, 287 / 290),
}
# s44 (13-dev): the lead's ruling on D3 (names BEFORE the count, FIGURES_GOLD §1): 37's 饮料2条 and
# 预调酒2条 leave both sides: 287/289 · 287/290 -> 285/287 · 285/288
F5_DEV_FLOOR["count"] = (285 / 287, 285 / 288)

# heldout6 (17 articles, every third as chosen; money 84, percent 59, area 39, count 163 gold figures): scored in
# aggregate once, at the end of session 9 after all gold was committed (committed code at bf7dacf, 05:09-05:10 UTC):
# money 56/80 = 0.700 / 56/84 = 0.667, percent 54/57 = 0.947 / 54/59 = 0.915, area 38/40 = 0.950 / 38/39 = 0.974,
# count 154/166 = 0.928 / 154/163 = 0.945, overall 302/343 = 0.880 / 302/345 = 0.875. Misses never read; floors set to
# that score. Session 10: one heldout6 gold entry was removed by reading the text only (03's 34億元的預算赤字, the
# lead's 34億元 restated in the body: money 84 -> 83 gold figures); the extractor was not run on heldout6 then, and
# these floors stay session 9's until the lead's one aggregate scoring at the end of session 10.
F5_HELDOUT6_FLOOR = {
    "money": (56 / 80, 56 / 84),
    "percent": (54 / 57, 54 / 59),
    "area": (38 / 40, 38 / 39),
    "count": (154 / 166, 154 / 163),
}

# Record: its last held-out score, the lead's one aggregate scoring at the end of session 10 (figures code e2fdaa0,
# the same as bac5a5a's), on the gold with 03's restatement removed (money 83 gold figures), as the session-11
# brief gives it, written here before anything was run on it:
#   money 56/80 = 0.700 / 56/83 = 0.675, percent 54/57 = 0.947 / 54/59 = 0.915, area 38/40 = 0.950 / 38/39 =
#   0.974, count 154/166 = 0.928 / 154/163 = 0.945.
# Session 11: retired into development as "dev-retired6" (its misses read from here on); held to this record as
# a floor (F5_RETIRED6_FLOOR, ratcheted as it improves) and to the dev bar once met.
F5_HELDOUT6_LAST_HELDOUT = {
    "money": (56 / 80, 56 / 83),
    "percent": (54 / 57, 54 / 59),
    "area": (38 / 40, 38 / 39),
    "count": (154 / 166, 154 / 163),
}

# Ratcheted as first developed on (session 11, 13-dev: 廿/卅 numerals, ○ in a numeral, Taiwan financial words for the
# currency, 贬值幅度 signed, 所以上, a people noun before a bare 万 number, 人次 before its number, a rate per second,
# 分别约 over a list): money 83/84 / 83/83, percent 57/57 / 57/59, area 39/40 / 39/39, count 162/171 / 162/163.
# Then (a line ending in ： opens a list, no subheading: 5宗群集性事件 listed again; a dependency ratio 5人支援1人 is
# no count): count 163/167 / 163/163.
# Session 13 (13-dev): a round sum naming a class (百億元俱樂部) is no amount: money 83/84 -> 83/83.
F5_RETIRED6_FLOOR = {
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),  # then 59/59 / 59/59: a list pairing a sum with a rate on each item (340億美元加25%、…)
    "area": (39 / 40, 1.0),
    "count": (163 / 167, 1.0),
}
# s44 (13-dev): the lead's ruling on D3 (names BEFORE the count, FIGURES_GOLD §1): 24's 三项大奖 and
# 两项大奖 out of the gold (still listed: the list opens after 获): 163/167 · 163/163 -> 161/166 ·
# 161/161
F5_RETIRED6_FLOOR["count"] = (161 / 166, 1.0)
# s45 (13-dev): D3's names after a long clause's last verb (24's 获“天坛奖”最佳影片、最佳女主角、最佳编剧三项大奖 no
# longer read; its 两项大奖 still is): 161/166 -> 161/165
F5_RETIRED6_FLOOR["count"] = (161 / 165, 1.0)


# -- figures6 (until session 39: tests/realworld/test_figures_realworld6.py) --
# dev (24 articles; money 101, percent 113, area 12, count 154 gold figures), first scored on the committed code at
# 797fe73 with all gold committed (the work tree with 13-dev's uncommitted edits gave the same): money 87/96 = 0.906 /
# 87/101 = 0.861, percent 107/109 = 0.982 / 107/113 = 0.947, area 12/13 = 0.923 / 12/12, count 140/149 = 0.940 /
# 140/154 = 0.909. 13-dev then worked on the itemised misses; at the end of session 10 (committed figures code at
# e2fdaa0, 08:03 UTC): money 100/103 = 0.971 / 100/101 = 0.990, percent 110/111 = 0.991 / 110/113 = 0.973, area 12/12 /
# 12/12, count 151/156 = 0.968 / 151/154 = 0.981. Floors at that score; a ratchet: raise it, never lower it.
# Session 11 (13-corpus): the six conventions settled for all figure gold (this gold file's header) change five dev
# entries: money 101 -> 103 gold (17 由29元上調至30元, an exchange rate with its unit), count 154 -> 156 (17 這兩項因素,
# 26 每公里道路承載373部; 10 7部门 now unit 部门), percent 113 (32 收窄9.8% unsigned). The same code (HEAD 723b040)
# scores money 102/103 = 0.990 / 102/103 = 0.990, percent 111/111 / 111/113 = 0.982, area 12/12 / 12/12, count
# 154/156 = 0.987 / 154/156 = 0.987. Floors set to that (heldout7 gold unchanged: none of its entries was affected).
# Session 11 (13-dev): a year between (2026年的毛利率…上調到58.2%，2027年…調高到58.2%) and a range before the noun it
# counts (3萬至5萬網約車牌): percent 111/111, 111/113 -> 112/112, 112/113, count 154/156, 154/156 -> 155/157, 155/156.
F6_DEV_FLOOR = {
    # then 102/102: a bound naming a class (超千亿元的县（市、区）达18个) is no figure; session 13 (13-dev): 1B 美金
    # (a Latin scale letter before a currency word): 103/103 both
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),  # then 113/113: a bound on a share is a list item (…区域不低于60%，…重点区域不低于60%)
    "area": (1.0, 1.0),
    # session 14 (13-dev): 29行政區 (districts named by their kind): 155/157, 155/156 -> 156/158, 156/156
    # s43 (13-dev): the lead's ruling on bracketed names (FIGURES_GOLD §1 D3) takes 08's 5座/5個/4個“美食之都”(…) out
    # of the gold and the output: 156/158 · 156/156 -> 153/155 · 153/153 (the same two extras, three matches fewer)
    "count": (153 / 155, 1.0),
}

# heldout7 (12 articles, every third as chosen; money 60, percent 57, area 15, count 68 gold figures): scored in
# aggregate once, at 08:10 UTC at the end of session 10, after all gold was committed (committed figures code at
# e2fdaa0): money 38/53 = 0.717 / 38/60 = 0.633, percent 54/55 = 0.982 / 54/57 = 0.947, area 15/18 = 0.833 / 15/15,
# count 56/62 = 0.903 / 56/68 = 0.824, overall 163/188 = 0.867 / 163/200 = 0.815. Misses never read; floors set to
# that score.
# Scored once more in aggregate at the end of session 11 (13:42, b1be786): the same on every kind (its second
# scoring; it retires into development next session).
# Record: that last held-out score, written here before anything was run on the retired split.
# Session 12: retired into development as "dev-retired7" (its misses read from here on); held to this record as a
# floor (F6_RETIRED7_FLOOR, ratcheted as it improves) and to the dev bar once met.
F6_HELDOUT7_LAST_HELDOUT = {
    "money": (38 / 53, 38 / 60),
    "percent": (54 / 55, 54 / 57),
    "area": (15 / 18, 1.0),
    "count": (56 / 62, 56 / 68),
}

F6_RETIRED7_FLOOR = {
    # session 12 (13-dev): a PTT (批踢踢實業坊) source is Taiwan's (09's 15 TWD sums), 资产/借/信贷 name a sum:
    # 38/53, 38/60 -> 56/56, 56/60; session 14 (13-dev): 抵押600萬借200萬 (a verb after the sum ends it): 57/57, 57/60
    "money": (1.0, 57 / 60),
    # 83%乘客及83%司機 two facts, '+' before a percent: 54/55, 54/57 -> 56/57, 56/57
    "percent": (56 / 57, 56 / 57),
    # 按單位實用面積統計 (a breakdown): its ranges and bounds are classes: 15/18, 15/15 -> 15/15, 15/15
    "area": (1.0, 1.0),
    # 站, 样本, 柜 count; a cap after (配額上限) or before (上限僅); 190萬\n片 joined; a replacement ratio
    # (1部…可替代9至23部) no count: 56/62, 56/68 -> 68/70, 68/68; so many per person per day (每名司機日均…逾11個)
    # a frequency: 68/69
    "count": (1.0, 1.0),  # s16 (13-dev, D3): 夏、冬两个旅游旺季 no count: 68/69 -> 68/68
}


# -- figures7 (until session 39: tests/realworld/test_figures_realworld7.py) --
# dev (24 articles; money 209, percent 99, area 21, count 113 gold figures). Articles 1-33 were first scored on the
# committed code (HEAD 822f220; figures code last changed at a397432; the work tree with 13-dev's uncommitted
# region.py/places.py gave the same): money 191/200 = 0.955 / 191/203 = 0.941, percent 94/101 = 0.931 / 94/97 = 0.969,
# area 20/20 / 20/21 = 0.952, count 89/94 = 0.947 / 89/95 = 0.937; five dev entries that broke the gold's own lead/body
# rule were then removed (the gold header says which; money recall 191/198). Articles 34-36 (Taiwan text) came in a
# third round, gold committed (ca8cfcf) before their first run. First score of all 24 dev articles on the committed code
# (HEAD ca8cfcf, the same figures code): money 191/207 = 0.923 / 191/209 = 0.914, percent 96/103 = 0.932 / 96/99 =
# 0.970, area 20/20 / 20/21 = 0.952, count 107/112 = 0.955 / 107/113 = 0.947 (overall 414/442 = 0.937 / 0.937).
# Floors at that score; a ratchet: raise it, never lower it. Raised by 13-dev2 (s11): an outlet abroad writing
# Simplified writes for mainland readers, an ROC date (111年10月) is Taiwan's, a hyphen after a label is no minus
# (天天抽-2000元): money 200/209 = 0.957 / 200/209 = 0.957; a bound naming a class that is then counted is no figure
# (跌幅超过50%的个股有102只, 金额超过10亿元的板块有20个): money 200/205 = 0.976, percent 96/100 = 0.960; 损失 signs a
# fall, 艘次 and 桌 are count units: percent 98/100 = 0.980 / 98/99 = 0.990, count 109/113 = 0.965 / 0.965.
F7_DEV_FLOOR = {
    # session 12 (13-dev): 兆 for a trillion in Traditional text is a Taiwan vote (35: 7859億元, 逼近1.5兆元 TWD):
    # 204/206, 204/209 -> 206/206, 206/209
    # session 16: the headings 42万 / 509亿 over 42.07万元 / 509.02亿元 are one figure each (gold and code, the
    # rounding-heading rule): 206/206, 206/209 -> 204/204, 204/207
    "money": (
        1.0,
        204 / 207,
    ),  # 201/203, 201/209; then 6万亿的资产 (a sum of assets) as money  # 200/203: 209个财产超过10亿美元的 (a class bound); 201: 13200-15000\n元/吨
    "percent": (99 / 100, 1.0),  # 98/100, 98/99; then 下跌3美分或不到0.1% signed (美分 a move restated)
    "area": (1.0, 20 / 21),
    # 109/113 both; 110/114: 6亿多中国人; 110/112: share ratios (每五(5)股) no count; session 13 (13-dev): 6宗流拍，
    # 6宗中止出让 two parts of a whole: 111/113 both; session 15 (13-dev, 93f364c): a subheading's 三起 said again
    # under it in other words is one figure: 111/112, 111/113
    "count": (111 / 112, 111 / 113),
}
# s48 (13-dev): 01's 全年推出土地面积达1621.45万 (the unit of the same number said before, 1621.45万平米): area 20/20 ·
# 20/21 -> 21/21 · 21/21
F7_DEV_FLOOR["area"] = (1.0, 1.0)

# heldout8 (12 articles; money 69, percent 73, area 11, count 35 gold figures): scored in aggregate once at 13:42 UTC
# at the end of session 11 (b1be786): money 68/73 = 0.932 / 68/69 = 0.986, percent 72/73 = 0.986 / 72/73 = 0.986,
# area 11/11 / 11/11, count 29/29 / 29/35 = 0.829. Misses never read; floors set to that score. Scored again at the end
# of session 12 (16:38, 3de0b94): money 68/69 = 0.986 / 68/69, the rest the same; floors ratcheted.
# Record: that last held-out score, written here before anything was run on the retired split.
# Session 13: retired into development as "dev-retired8" (its misses read from here on); held to this record as a
# floor (F7_RETIRED8_FLOOR, ratcheted as it improves) and to the dev bar once met.
F7_HELDOUT8_LAST_HELDOUT = {
    "money": (68 / 69, 68 / 69),
    "percent": (72 / 73, 72 / 73),
    "area": (1.0, 1.0),
    "count": (1.0, 29 / 35),
}

# Ratcheted as first developed on (session 13, 13-dev: 手 counts lots where its word ends, 跌掉 signs a fall, 约占 /
# 约为…的 / 大致 / 上限是 / 限流 / 起步 hedges, 几万亿市值 a sum, 百萬美元富豪 a class, no amount): money 68/69 / 68/69 ->
# 69/69 / 69/69, percent 72/73 / 72/73 -> 73/73 / 73/73, count 29/29 / 29/35 -> 35/35 / 35/35; area 11/11 unchanged.
F7_RETIRED8_FLOOR = {
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (1.0, 1.0),
}


# -- figures8 (until session 39: tests/realworld/test_figures_realworld8.py) --
# dev (24 articles; money 162, percent 102, area 23, count 81 gold figures). First scored on the committed code (HEAD
# a9d99d3, right after the gold of all 36 articles was committed; figures code as at that commit; 13-dev's uncommitted
# extract.py/units.py gave the same figures): money 153/167 = 0.916 / 153/162 = 0.944, percent 99/101 = 0.980 / 99/102 =
# 0.971, area 23/23 / 23/23, count 70/79 = 0.886 / 70/81 = 0.864; overall 345/370 = 0.932 / 345/368 = 0.938; qualifier
# agrees on 337 of 345 matches. Floors at that score; a ratchet: raise it, never lower it. Money ratcheted by 13-dev2
# (s12): a text naming Singapore or Malaysia often and nothing of the mainland is theirs (bare 元 SGD): 159/164, 159/162.
# Percent and count ratcheted by the lead at the session's end (3de0b94; 13-dev's s12 grammar): 102/103, 102/102 and
# 75/78, 75/81.
F8_DEV_FLOOR = {
    # session 13 (13-dev, small announced edit): 3.8分/6.57分 (a trust's DPS in cents), 破2.6兆 (兆 with no 令吉), the
    # class 3000萬元以上的房子 no sum: money 159/164 -> 162/166, 159/162 -> 162/162; 三間機構 restated as a part: count
    # 75/78 -> 76/79, 75/81 -> 76/81; then a subheading's 1.09亿美元 said under it as 约1.09亿美元 is one figure, as the
    # text under it says it: money 162/166 -> 162/165; session 15 (13-dev, 93f364c): 25's 5.231亿元 / 5亿2310万元 under
    # it, one figure: 162/164
    "money": (162 / 164, 162 / 162),
    "percent": (102 / 103, 102 / 102),
    "area": (1.0, 1.0),
    # then 全院40多人均列為 (均 "all" after a count, not 人均): count 77/80, 77/81; session 15 (13-dev, 93f364c): 20's
    # heading 五千個 said again under it: 77/79
    # session 35 (13-dev): §5's lead-and-body ruling aligned the gold (23's lead 1人初步確診 said again: one entry):
    # 77/79 · 77/81 -> 77/79 · 77/80
    # s38 (13-dev): frequencies out of gold and output (the lead's ruling, FIGURES_GOLD §1): 14 連續16次升息, 16 2度調高/已經5度調升 leave both sides: 77/79 · 77/80 -> 74/76 · 74/77
    # s39 (13-dev): list items told apart by the name before each, up to six characters (34's 5只科创板新股 beside
    # another 5只): 74/76 · 74/77 -> 75/77 · 75/77
    # s43 (13-dev): the lead's ruling on bracketed names (FIGURES_GOLD §1 D3) takes 07's 本澳六個口岸（關閘、…） out of
    # the gold and the output: 75/77 · 75/77 -> 74/76 · 74/76 (the same two extras and misses, one match fewer)
    "count": (74 / 76, 74 / 76),
}
# s48 (13-dev): 23's 2人確診…其中一名確診者 (one of the people just counted, a partition): 74/75 · 74/76 -> 75/76 ·
# 75/76
F8_DEV_FLOOR["count"] = (75 / 76, 75 / 76)

# heldout9 (12 articles; money 34, percent 85, area 19, count 77 gold figures): scored in aggregate once at 16:38 UTC
# at the end of session 12 (3de0b94): money 34/34 / 34/34, percent 83/84 = 0.988 / 83/85 = 0.976, area 19/20 = 0.950
# / 19/19, count 74/81 = 0.914 / 74/77 = 0.961. Misses never read; floors set to that score. Second score, end of
# session 13 (19:51 UTC, a4d3fcf): the same but count precision 74/80 = 0.925; floors raised to it.
# Record: that last held-out score, written here before anything was run on the retired split.
# Session 14: retired into development as "dev-retired9" (its misses read from here on); held to this record as a
# floor (F8_RETIRED9_FLOOR, ratcheted as it improves) and to the dev bar once met.
F8_HELDOUT9_LAST_HELDOUT = {
    "money": (1.0, 1.0),
    "percent": (83 / 84, 83 / 85),
    "area": (19 / 20, 1.0),
    "count": (74 / 80, 74 / 77),
}

# Ratcheted as first developed on (session 14, 13-dev: 站上 over, 亦有一名 one more of a partition, 3部…相等於1部 a
# ratio, 每小時完成2個行程 a frequency, 名义/实际增长 two facts, 數以十萬計的…訂單 a count, a hedge at a hard-wrapped
# line's end, 僅次8月的10.44% signed as the fall before it): percent 83/84 / 83/85 -> 85/85 / 85/85, count 74/80 /
# 74/77 -> 76/78 / 76/77; money and area unchanged.
F8_RETIRED9_FLOOR = {
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),
    # session 15 (13-corpus, gold header): 03's 用地面积50亩以上 is a rule's threshold, listed (D1): 19/20 -> 20/20
    "area": (1.0, 1.0),
    # then a hard-wrapped line is no subheading (36's second 最少 30,000 個): 77/79, 77/77; session 15 (13-corpus): 36's
    # 配額限制在 10,000 個 listed (D2): 78/79, 78/78
    "count": (78 / 79, 1.0),
}


# -- figures9 (until session 39: tests/realworld/test_figures_realworld9.py) --
# dev (16 articles; money 115, percent 133, area 22, count 62 gold figures, + year 1). First scored on the committed
# code as each round's gold was in (figures code as at bb58efe): round 1's ten at 6b12bc3 (money 59/94, percent 91/92 /
# 91/94, area 3/4, count 21/24), fourteen at cfc3211 (money 71/106, percent 121/122 / 121/126, area 7/8, count 48/51 /
# 48/52), all sixteen at 6a69041 (figures code of eac3b92; identical on bb58efe's): money 77/112 = 0.688 / 77/115 =
# 0.670, percent 128/131 = 0.977 / 128/133 = 0.962, area 21/23 = 0.913 / 21/22 = 0.955, count 58/63 = 0.921 / 58/62 =
# 0.935; qualifier agrees on 282 of 285 matches. Most
# money misses: two 蘋果日報 finance articles stored without their byline read as no region (bare 億元 shown as written,
# not TWD). Floors at that score; a ratchet: raise it, never lower it.
F9_DEV_FLOOR = {
    # ratcheted by the lead at session 13's end (a4d3fcf; 13-dev's s13 grammar: Taiwan's financial press reads its 元 as
    # TWD, 標 lots, 每坪 hedges, 新元, 負3.22%, zoning codes): money 115/115 / 115/115, percent 129/131 / 129/133, area
    # 22/22 / 22/22, count 62/62 / 62/62
    "money": (1.0, 1.0),
    # session 35 (13-dev): §5's lead-and-body ruling aligned the gold (02's and 19's lead percents said again in the
    # body: one entry each; the header's 10,000 rule superseded): 129/131 · 129/133 -> 129/131 · 129/129
    "percent": (129 / 131, 1.0),
    "area": (1.0, 1.0),
    "count": (1.0, 1.0),
}

# heldout10 (8 articles; money 43, percent 20, area 21, count 37 gold figures): scored in aggregate once by the lead
# at the end of session 13 (19:51 UTC, a4d3fcf): money 43/46 = 0.935 / 43/43, percent 20/20 / 20/20, area 21/23 =
# 0.913 / 21/21, count 35/36 = 0.972 / 35/37 = 0.946. Misses never read; floors set to that score. (The corpus
# engineer never ran the extractor on these articles; 13-dev's grep for 千萬 over the gold file printed article 24's
# text once at 18:27, unstudied, no rule drawn from it.) Second score, end of session 14 (9021b8a): the same.
# Record: that last held-out score, written here before anything was run on the retired split.
# Session 15: retired into development as "dev-retired10" (its misses read from here on). First score as dev, on the
# unchanged figures code (c158d4f, HEAD 9064ec6), before any change: the same as this record. Held to it as a floor
# (F9_RETIRED10_FLOOR, ratcheted as it improves) and to the dev bar once met.
F9_HELDOUT10_LAST_HELDOUT = {
    "money": (43 / 46, 1.0),
    "percent": (1.0, 1.0),
    "area": (21 / 23, 1.0),
    "count": (35 / 36, 35 / 37),
}

# Ratcheted to 13-dev's s15 rules (a bound naming a class of homes, a block's number in an address, one unit of area
# as a rate's base): money 43/46 -> 43/44, area 21/23 -> 21/21, count 35/36 -> 35/35 (recall unchanged)
F9_RETIRED10_FLOOR = {
    "money": (43 / 44, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (1.0, 35 / 37),
}


# -- figures10 (until session 39: tests/realworld/test_figures_realworld10.py) --
# dev (18 articles; money 101, percent 58, area 21, count 68 gold figures). Each article's gold was committed before its
# first run. Articles 1-23: first scored at 0555f51 on the committed figures code (abf1f1a): money 74/77 / 74/77,
# percent 56/56 / 56/58, area 19/21 / 19/22, count 63/77 / 63/65, qualifier 207/212; then five entries that broke
# figures6-8's class-bound rule were removed (311ee87; two dev: 20出頭坪極端小宅, 超500亿元的县域). Articles 25-26 added
# in 747637d and first scored there (same figures code abf1f1a; the work tree's uncommitted figures code scores the
# same): all 18 dev articles money 93/97 = 0.959 / 93/101 = 0.921, percent 56/56 / 56/58 = 0.966, area 19/21 = 0.905
# / 19/21, count 66/81 = 0.815 / 66/68 = 0.971; qualifier agrees on 229 of 234 matches. Those are the floors.
# Most misses: bare 萬 amounts without 元 (補助三萬, 第一胎1萬5千, 第二胎2萬), the pair 三、四萬, the law's area bounds
# (不超过一亩, 超过一亩但不超过二亩), digits glued to Latin letters (Syntax-Brillian3%股權, EPS0.81元); extras: counts of
# types (3類, 8種, 三個指標) and restatements (該四人, 3個公眾航班 under 3班船, lead figures restated in the body).
# Itemised in /work/notes/s14_13corpus_devmisses.md. A ratchet: raise it, never lower it.
# Ratcheted by 13-dev (s14): 補助三萬 / 1萬5千 (a subsidy names a bare 萬 sum), 三、四萬 (a pair), 每平方米二元, EPS0.81元,
# Syntax-Brillian3%股權 (glued to a Latin word), 超过一亩但不超过二亩 (one range), 不超过一亩, 該2標開發, 租約 no hedge,
# 每百戶…有約24戶 (a rate), 該四人 (the 四名 referred back to), 附表四 (a label): money 93/97 / 93/101 -> 101/105 /
# 101/101, percent 56/56 / 56/58 -> 58/58 / 58/58, area 19/21 / 19/21 -> 21/21 / 21/21, count 66/81 / 66/68 -> 67/79 /
# 67/68.
# Session 15 (13-corpus): the dev gold brought in line with the settled conventions (gold header: D6 one-paragraph
# restatements listed again, +4 money +2 count; demonstrative counts, +3 count). The same code (HEAD 4589e85) scores
# money 101/105 / 101/101 -> 105/105 / 105/105, count 67/79 / 67/68 -> 72/79 / 72/73; floors set to that.
F10_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    # s16: D3 (6个千亿级特色农业产业 out of gold and output): 72/79, 72/73 -> 71/78, 71/72
    # s17: D3's colon half (3類人士：1. 2. 3., 三個核心指標：知曉率、治療率和治療控制率): 71/78 -> 71/76
    # s18 (13-dev): two people just named said again (已婚夫婦兩人): 71/76 -> 71/75
    # s38 (13-dev): frequencies out of gold and output (the lead's ruling, FIGURES_GOLD §1): 14 甲亦三次 leaves both sides: 71/75 · 71/72 -> 70/74 · 70/71
    "count": (70 / 74, 70 / 71),
}
# s44 (13-dev): the lead's ruling on D3 (names BEFORE the count, FIGURES_GOLD §1): 14's 三個公共部門 out
# of the gold (still listed: 欺騙 before the first name): 70/74 · 70/71 -> 69/74 · 69/70
F10_DEV_FLOOR["count"] = (69 / 74, 69 / 70)

# heldout11 (9 articles; money 71, percent 36, area 2, count 37 gold figures): scored in aggregate by the lead at the
# end of session 14 (9021b8a, and the same after the review mends): money 70/77 / 70/71, percent 35/36 / 35/36, area
# 2/3 / 2/2, count 37/41 / 37/37; second score, end of session 15 (6ac3c0d): the same but area 2/2 / 2/2. Never
# itemised. Record: that last held-out score, written here before anything was run on the retired split.
# Session 16: retired into development as "dev-retired11" (its misses read from here on). First score as dev, on the
# unchanged figures code (12c2c1f, HEAD a47c5e5, 08:06 UTC), before any change: the same as this record. Held to it as
# a floor (F10_RETIRED11_FLOOR, ratcheted as it improves) and to the dev bar once met.
F10_HELDOUT11_LAST_HELDOUT = {
    "money": (70 / 77, 70 / 71),
    "percent": (35 / 36, 35 / 36),
    "area": (1.0, 1.0),
    "count": (37 / 41, 1.0),
}

# Ratcheted in s16 on 13-corpus's gold reading (f364b0f: a value typo, D6 restatements, a demonstrative count) and
# 13-dev's D3 rule (庆阳、张掖、天水3个 / 炳灵寺、官鹅沟、冶力关3家 no counts): money 74/77 / 74/74, count 38/39 / 38/38;
# then a place named among places (淡水、林口、五股等) is no count: count 38/38 / 38/38
# s25: 少 a word of its own signs a percent (待租物件少50%: -50%): percent 36/36 / 36/36
F10_RETIRED11_FLOOR = {
    "money": (74 / 77, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (1.0, 1.0),
}


# -- figures11 (until session 39: tests/realworld/test_figures_realworld11.py) --
# dev (25 articles; money 170, percent 65, area 7, count 71 gold figures). Articles 1-31 first scored on the committed
# code right after the gold's commit (HEAD ca07e6b, git archive; the work tree with 13-dev's uncommitted extract.py
# scored the same): money 118/138 = 0.855 / 118/153 = 0.771, percent 51/57 = 0.895 / 51/54 = 0.944, area 5/6 = 0.833 /
# 5/7 = 0.714, count 49/62 = 0.790 / 49/50 = 0.980; qualifier agrees on 215 of 223 matches. Then the announced gold
# correction 2ae32c6 (two demonstrative counts, D3): count 50/62 / 50/52 on the same code. Articles 32-37 (round 2)
# added in 4d94be3 and first scored there (HEAD 4d94be3, git archive; figures code unchanged since ca07e6b): all 25 dev
# articles money 134/159 = 0.843 / 134/170 = 0.788, percent 62/69 = 0.899 / 62/65 = 0.954, area 5/6 / 5/7, count
# 69/83 = 0.831 / 69/71 = 0.972; qualifier agrees on 259 of 270 matches. Those are the floors.
# Most misses: Taiwan amounts of the form 4億6,533萬6千元 / 17億7,331萬3千元 / 16億元9,643萬5千元 (missed or cut in two;
# 1萬2,432.27平方公尺 read as 2,432.27), 联合早报's currency notes after the amount (（人民币，下同…）, （港元，下同…）,
# （新台币…）) not read, bare-scale budget sums (四千萬左右, 年增百萬, 增加千萬), a minus lost (较 2024 年末-5,482.35 万元);
# extras: a title's figure listed again under it (24%以上 / 超过24%, 15人 / 15人), list sizes (五種PFAS（…）, 共六家), a cut
# number (约5.48亿...). Itemised in /work/notes/s15_13corpus_devmisses.md. A ratchet: raise it, never lower it.
# ratcheted by 13-dev (s15: Taiwan budget sums 1億9,904萬8千元, a (人民币，下同，…) note after the sum, TeX percents):
# money 134/159 / 134/170 -> 157/173 / 157/170, percent 62/69 / 62/65 -> 64/71 / 64/65, area 5/6 / 5/7 -> 1 / 6/7
# Round 4 (articles 40-41 in dev, f6799dd) first scored on HEAD f6799dd's code (git archive; figures code of bb0a5b3):
# all 28 dev articles money 166/185 = 0.897 / 166/179 = 0.927, percent 68/75 = 0.907 / 68/69 = 0.986, area 8/9 = 0.889 /
# 8/10 = 0.800, count 87/106 = 0.821 / 87/91 = 0.956; qualifier 316/329. The floors below are that score (the split grew:
# the earlier 26-article floors, ratcheted by 13-dev in bb0a5b3, were money 157/173 / 157/170, percent 64/71 / 64/65, area
# 6/6 / 6/7, count 77/92 / 77/81). New misses: 120平方米以上住房限购 (a policy's threshold, D1) unlisted, titles restated.
# ratcheted by 13-dev (s15, all 28 dev articles): 93f364c (a 联合早报 title's figure said again in its standfirst, one
# figure) and 387e406 (超过1个千分点 no count, 约5.48亿... cut off, not read): money 166/185 -> 166/178, count 87/106 -> 87/105
F11_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    # s16 (13-dev): a line cut short ('...') is no wrapped line, so 联合早报's item headlines group their figure said
    # again under them (8a1f858); a rounding heading is one figure (近324亿元 / 323.96亿元, 逾亿港元 / 1.18亿港元, 逾5万个);
    # D3 (四種PFAS, …和吉利共六家): money 166/178 -> 166/174, percent 68/75 -> 68/71, area 8/9 -> 8/8 (area gold 10 -> 9,
    # 704123a), count 87/105 -> 87/96; recall unchanged
    # then a minus after a period's end with decimals (年末-5,482.35 万元): 167/174, 167/179; two acts on two equal
    # sums (減列200萬元整並凍結200萬元整): 170/177, 170/179
    # s17: a committee's parallel motions are no lead and body (28: 17億7,331萬3千元, 1萬2,432.27平方公尺, 200萬元 listed
    # again in their own motion): money 170/177 / 170/179 -> 172/179 / 172/179, area 8/8 / 8/9 -> 9/9 / 9/9
    # then a bare scale sum before 預算 (四千萬左右預算, 增加6百萬預算): 174/181 / 174/179
    # s40 (13-dev): a subheading's figure said again in a later sentence under it is its own (FIGURES_GOLD §5; the
    # first sentence's is the heading's): 174/181 · 174/179 -> 175/182 · 175/179
    "money": (175 / 182, 175 / 179),
    # s17: a heading's figure said again under it with a hedge added (暴跌58% / 跌幅超58%), or with another of 人/名/位
    # (救起14人 / 救起14名), one figure; a heading that rounds a people count (3万多人 / 约3万6000名); gold: 13's 近130名
    # (the heading 近130位 said again) out (13-dev's gold edit): old code 86/96 / 86/90 -> 86/91 / 86/90; percent 68/71 -> 68/70
    # s34 (13-dev): 05's 下调存款准备金率0.5个百分点, a cut, gold +0.5 -> -0.5 (this header's "decline words carry the sign",
    # FIGURES_GOLD 4); the code signs it now: 69/69 / 69/69 (it scored 69/69 unsigned against the old gold)
    "percent": (69 / 69, 69 / 69),
    "area": (1.0, 1.0),
    # then a heading's figure said again once under it, a later sentence's statement listed again (13's second
    # 近130名, its gold entry restored as 13-corpus asked): 87/92 / 87/91
    # s38 (13-dev): a frequency of an act no longer listed (the lead's ruling, FIGURES_GOLD §1): 38 五度從功能組別 and 曾七度 out of the gold (never read): 87/92 · 87/91 -> 87/92 · 87/89
    # s40 (13-dev): the same (02's 这26名学生, 05's 事故已造成39人): 87/92 · 87/89 -> 89/94 · 89/89
    # s43 (13-dev): 10's 五種PFAS（PFOA、…） no count (the lead's ruling on bracketed names): 89/94 -> 89/93
    "count": (89 / 93, 89 / 89),
}
# s42 (13-dev): a heading's bound on the very sum the text under it states is one figure, the text's (29's
# 近8000万人民币 / 政府投资8000万元（人民币，下同）): money 175/182 · 175/179 -> 175/181 · 175/179
F11_DEV_FLOOR["money"] = (175 / 181, 175 / 179)
# s47 (13-dev): 26's 預算編列16億元9,643萬5千元 one sum written in sections: 175/181 · 175/179 -> 176/180 · 176/179
F11_DEV_FLOOR["money"] = (176 / 180, 176 / 179)
# s49 (13-dev): 14's 年增百萬預算 a round sum before a budget (a bare 百萬 was no figure): 176/180 · 176/179 ->
# 177/181 · 177/179 (14's 增加千萬 and 增加150萬左右, a budget's rises a clause away from its word, still missed)
F11_DEV_FLOOR["money"] = (177 / 181, 177 / 179)

# heldout12 (14 articles; money 84, percent 40, area 4, count 31 gold figures): scored in aggregate by the lead at the
# end of session 15 (6ac3c0d), never itemised. Its 联合早报 items share a list and a style with dev's (review s15
# R7b). Session 15: money 79/84, 79/84; percent 38/43, 38/40; area 4/5, 4/4; count 28/40, 28/31. Second scoring, end
# of session 16 (5fbc937): precision up in money, percent and count, recall the same. Record: that last held-out score,
# written here before anything was run on the retired split.
# Session 17: retired into development as "dev-retired12" (its misses read from here on). First score as dev, on the
# unchanged figures code (60adb62, HEAD f2a8130, 11:37 UTC), before any change: the same as this record. Held to it as
# a floor (F11_RETIRED12_FLOOR, ratcheted as it improves).
F11_HELDOUT12_LAST_HELDOUT = {
    "money": (79 / 82, 79 / 84),
    "percent": (1.0, 38 / 40),
    "area": (4 / 5, 1.0),
    "count": (28 / 37, 28 / 31),
}

F11_RETIRED12_FLOOR = dict(F11_HELDOUT12_LAST_HELDOUT)

# session 35 (13-dev): a first paragraph that is a numbered item (问题 1.…) is no lead; its percents said again in the
# reply are listed again (FIGURES_GOLD §5): percent 38/38 · 38/40 -> 40/40 · 40/40
F11_RETIRED12_FLOOR["percent"] = (1.0, 1.0)

# s17 (13-dev): 人次 written before a hedged number (申购人次超千万), a heading's count said again under it (逾3万 / 超过3万名,
# 23人 / 23名): count 28/37 / 28/31 -> 31/34 / 31/31
F11_RETIRED12_FLOOR["count"] = (31 / 34, 1.0)

# then parallel motions (24: 2,412萬1千元, 凍結該項預算50萬元 in each motion): money 79/82 / 79/84 -> 82/85 / 82/84
F11_RETIRED12_FLOOR["money"] = (82 / 85, 82 / 84)

# then a heading's sum and the text under it, its currency said in one of them (3000亿 / 逾3000亿元（人民币…）, 逾700万人民币 /
# 超过700万元), and a sum said again in brackets to give its conversion (（100亿人民币约为18.64亿新元）): 82/85 -> 82/82
F11_RETIRED12_FLOOR["money"] = (1.0, 82 / 84)

# then a heading's figure said again once under it (27: 此次发行的120亿元人民币国债 listed again): 82/82 -> 83/83, 83/84
F11_RETIRED12_FLOOR["money"] = (1.0, 83 / 84)
# s42 (13-dev): a heading's bound said to more digits under it is one figure (18's 逾392万人次 / 逾392.2万): count
# 31/34 · 31/31 -> 31/33 · 31/31
F11_RETIRED12_FLOOR["count"] = (31 / 33, 1.0)


# -- figures12 (until session 39: tests/realworld/test_figures_realworld12.py) --
# Round 1: dev 6 articles (money 25, percent 53, area 8, count 108 gold figures; heldout13: 5 articles, money 17,
# percent 5, area 2, count 58). First scored on the committed code right after the gold's commit (HEAD 5e2e431, git archive; figures
# code of 12c2c1f): money 25/27 = 0.926 / 25/25, percent 53/53 / 53/53, area 8/8 / 8/8, count 104/110 = 0.945 /
# 104/108 = 0.963; qualifier agrees on 190 of 190 matches. Misses: a heading that rounds its body's figure listed again
# (2148万个 / 2148.1万个, 超1.3万亿元, 超6100万人次, 近200亿元), the class 七座及七座以下 read as two counts, 100万袋件 read as
# 袋, 数十根 and a demonstrative restatement (此次增设的38种) missed. Itemised in /work/notes/s16_13corpus_for_13dev.md.
# Those were the round-1 floors.
# Round 2 (articles 12-19: dev 18-19, committed in 65ab3c8 before their run) first scored on HEAD 65ab3c8's code (git
# archive; figures code of 8a1f858): all 8 dev articles (money 31, percent 80, area 8, count 135) money 31/33 = 0.939 /
# 31/31, percent 80/80 / 80/80, area 8/8 / 8/8, count 129/136 = 0.949 / 129/135 = 0.956; qualifier 250/250. New misses:
# a heading rounding its body again (超500万个 / 500.9万个), 1.2亿标箱 and 6省区市 (a noun counted) not read. The floors
# below are that score (the split grew: round 1's 6-article floors were money 25/27 / 1, count 104/110 / 104/108).
F12_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    # s16 (13-dev): 袋件, 标箱, 根, 省区市 as measure words, 七座及七座以下小型客车 seats (e7909a5); a rounding heading is one
    # figure (2148万个 / 2148.1万个, 超1.3万亿元 / 13323亿元, 超6100万人次, 近200亿元, 超500万个): money 31/33 -> 31/31,
    # count 129/136, 129/135 -> 134/134, 134/135
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    # s40 (13-dev): a subheading's figure said again in a later sentence under it is its own (FIGURES_GOLD §5; 01's
    # 此次增设的38种): 134/134 · 134/135 -> 135/135 · 135/135
    "count": (1.0, 1.0),
}

# heldout13: scored in aggregate by the lead at the end of session 16 (5fbc937), never itemised. Its articles share no
# repository or publisher with dev (国台办/新华社 on the 31条措施, 中國時報 housing news). Count precision is again the
# weakest kind. Second scoring, end of session 17 (0cdee1f): the same. Record: that last held-out score, written here
# before anything was run on the retired split.
# Session 18: retired into development as "dev-retired13" (its misses read from here on). First score as dev, on the
# unchanged figures code (HEAD 7471369, 14:40 UTC), before any change: the same as this record. Held to it as a floor
# (F12_RETIRED13_FLOOR, ratcheted as it improves).
F12_HELDOUT13_LAST_HELDOUT = {
    "money": (34 / 37, 34 / 37),
    "percent": (16 / 17, 1.0),
    "area": (1.0, 3 / 5),
    "count": (68 / 88, 68 / 80),
}

F12_RETIRED13_FLOOR = dict(F12_HELDOUT13_LAST_HELDOUT)

# s18 (13-dev): a note after the sum it binds written （人民幣，以下同） (13: 每平方米8000~9000元左右 and the next price, RMB):
# money 34/37 / 34/37 -> 36/37 / 36/37
F12_RETIRED13_FLOOR["money"] = (36 / 37, 36 / 37)

# then the gold's measure words in their Simplified form, as every other corpus writes them (8 counts 戶/棟 -> 户/栋:
# never matchable): count 68/88 / 68/80 -> 76/88 / 76/80
F12_RETIRED13_FLOOR["count"] = (76 / 88, 76 / 80)

# then 人（次） read as 人次 (10: 近9000人（次）, 5万余人（次）), a floor's layout no count (14: 1層8戶, 1層6戶), and a pay word
# before a bare scale a sum (15: 月薪4.4萬的男網友, was 44,000 internet users): count 76/88 -> 78/85, 78/80; money 36/37 /
# 36/37 -> 37/38 / 37/37
F12_RETIRED13_FLOOR["count"] = (78 / 85, 78 / 80)

F12_RETIRED13_FLOOR["money"] = (37 / 38, 1.0)

# then a number in a quote inside a quote a name (08: “…貫徹‘31條措施’政策匯編”): count 78/85 -> 78/84
F12_RETIRED13_FLOOR["count"] = (78 / 84, 78 / 80)
# s40 (13-dev): a policy's title in quotes opening with its number (09's “31条惠及台胞措施” in its heading and body) a
# name: 78/84 -> 78/83
F12_RETIRED13_FLOOR["count"] = (78 / 83, 78 / 80)
# then N个方面 a text's structure (FIGURES_GOLD §1, the gold aligned: 07's 等6个方面 out, never read): 78/83 · 78/79
F12_RETIRED13_FLOOR["count"] = (78 / 83, 78 / 79)
# s45 (13-dev): D3's names after a long clause's last verb (14's 分為A、B兩棟 no longer read): 78/83 -> 78/82
F12_RETIRED13_FLOOR["count"] = (78 / 82, 78 / 79)

# Session 26: the fifth kind, quantity (吨, 千瓦时, 升 …), scored in the dev articles whose gold declares it. First scored
# on 13-dev's extractor (frozen copy, all gold committed before): no miss, no extra.
F12_DEV_QUANTITY_FLOOR = {"quantity": (1.0, 1.0)}


# -- figures13 (until session 39: tests/realworld/test_figures_realworld13.py) --
# First scored on the committed code right after the gold's commit (HEAD 76a9484, git archive; figures code of 60adb62),
# dev 11 articles (money 24, percent 34, area 3, count 26 gold figures): money 21/26 = 0.808 / 21/24 = 0.875, percent
# 33/34 = 0.971 / 33/34 = 0.971, area 3/3 / 3/3, count 20/27 = 0.741 / 20/26 = 0.769; qualifier 77/77. Misses: numbers
# written with a full-width dot lose their integer part (約三．六億台幣 -> 六億台幣, 四．七億美元 -> 七億美元, ○．六％ -> 六％),
# a title's figure restated in the lead listed twice (258億), 300萬元 in lead and body listed twice, 超過500億 (bare 億,
# TWD) missed, 四兄弟 ×2, 3,248點 (点), 4罪, 8度 missed, 上看7000萬 (iPhone sales) read as money, index names (500種,
# 100種), a pair just named (2人, 兩人), 三款, 一項 and 洗4次 read as counts. Itemised in
# /work/notes/s17_13corpus_for_13dev.md. These are the floors (a ratchet).
# Round 2 (gold 38cf321 before any run: yookoala/newsdiffHK's six articles moved to dev, the broker's notes held out),
# all 17 dev articles (money 32, percent 43, area 5, count 35) first scored on HEAD 38cf321's code (git archive; figures
# code of ce2a7f7): money 27/32 = 0.844 / 27/32 = 0.844, percent 42/43 / 42/43 = 0.977, area 5/5 / 5/5, count 29/37 =
# 0.784 / 29/35 = 0.829; qualifier 103/103. New misses: 涉及4,000萬的索償 and 數百萬 (bare 萬 sums, HKD) missed, 全球排17位
# (a rank) read as a count. These are the floors (the split grew: round 1's were money 21/26 / 21/24, count 20/27 / 20/26).
F13_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    # s17 (13-dev): a decimal point between Chinese digits (約三．六億台幣, 四．七億美元, ○．六％: were 6億, 7億, 6%):
    # money 27/32 / 27/32 -> 29/32 / 29/32, percent 42/43 / 42/43 -> 43/43 / 43/43
    # then an index's name (500種股票指數), a rank (全球排17位), units sold (銷售量上看7000萬: no sum): money 29/32 -> 29/31,
    # count 29/37 -> 29/34
    "money": (29 / 31, 29 / 32),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    # s18 (13-dev): a pair just named (瑛太與大森兩人): count 29/34 -> 29/33
    # s38 (13-dev): a frequency of an act no longer listed (the lead's ruling, FIGURES_GOLD §1): 11 並8度向示威者 out of the gold (never read): 29/33 · 29/35 -> 29/33 · 29/34
    # s40 (13-dev): a buyers' acts counted by their volume (08's 銷售量上看7000萬): 29/33 · 29/34 -> 30/34 · 30/34
    "count": (30 / 34, 30 / 34),
}

# heldout14: scored once, in aggregate, by the lead at the end of session 17 (d55e0dc), never itemised. A Hong Kong broker's
# research notes in Simplified Chinese (company results with a currency note, HKD share prices): money 21/46 both ways,
# the weakest score any held-out figure split has had (percent, area and count all right). Which currency a broker's
# note gives a bare 元 (its notes say so once, its region says another) may be the cause: a guess from the corpus
# description in SOURCES, not looked into. Scored again once in aggregate at session 18's end (bfcefef), after
# 13-dev's general reading of currency notes ((人民幣；下同), 除特別註明外…): the same, money 21/46 both ways, the rest
# 1.0; so the notes were not the cause, or not the only one. Record: that last held-out score, written here before
# anything was run on the retired split.
# Session 19: retired into development as "dev-retired14" (its misses read from here on). First score as dev, on the
# unchanged figures code (HEAD d6af15e), before any change: the same as this record. Held to it as a floor
# (F13_RETIRED14_FLOOR, ratcheted as it improves).
F13_HELDOUT14_LAST_HELDOUT = {
    "money": (21 / 46, 21 / 46),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (1.0, 1.0),
}

F13_RETIRED14_FLOOR = dict(F13_HELDOUT14_LAST_HELDOUT)

# s19 (13-dev): a share's price is in its exchange's currency (策略 lines of a (425-HK) note: HKD, were CNY or bare):
# money 21/46 / 21/46 -> 45/46 / 45/46
# then a decimal point with a space after it (约2. 8元附近 was 8元): 45/46 -> 46/46 both ways
F13_RETIRED14_FLOOR["money"] = (1.0, 1.0)


# -- figures14 (until session 39: tests/realworld/test_figures_realworld14.py) --
# First scored on the committed code right after the gold's commit (HEAD dbda769, git archive; /work/notes/figscore14.py),
# dev 16 articles (money 37, percent 50, area 1, count 37 gold figures): money 35/35 = 1.000 / 35/37 = 0.946, percent
# 37/39 = 0.949 / 37/50 = 0.740, area 1/1 / 1/1, count 36/38 = 0.947 / 36/37 = 0.973; qualifier 108/109. Misses: lists of
# rates in 厘 keep only their first (…5.65厘、4.58厘及4.37厘; 由5.75厘下跌至4.75厘; 由…4.13厘下跌至…3.59厘), 基點 never read
# (25基點, 45、69及78基點), 下調…一個百分點 unsigned, （–5.2%） after 減少 unsigned, RM3,000 and 最低为RM300 missed (RM is
# not read), a second 14次 in one sentence dropped, 約相當於930 億美元 not approx; extras 國際金融中心2 期 (a building's
# phase), 以下三项 (a list enumerated after it).
# Round 2 (gold 9913e20 before any run: dev 25-26, two more 华总 pages), all 18 dev articles (money 40, percent 50, area 2,
# count 52) first scored on HEAD 9913e20's code (git archive): money 35/35 = 1.000 / 35/40 = 0.875, percent as above, area
# 1/1 / 1/2, count 49/51 = 0.961 / 49/52 = 0.942; qualifier 120/122. New misses: a ticket table in RM (RM20, RM10, RM5),
# 10550平方尺 (square feet in Malaysian text) not read, nouns counted after a numeral (15华团, 13 中华大会堂), 不 超过 12人
# read as over. Itemised in /work/notes/s18_13corpus_for_13dev.md. These are the floors (a ratchet; the split grew:
# round 1's were money 35/35 / 35/37, area 1/1 / 1/1, count 36/38 / 36/37).
F14_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    # s18 (13-dev, floor line only): RM read as the ringgit's sign (RM3,000, 最低为RM300, RM20, RM10, RM5): 35/40 -> 40/40
    "money": (1.0, 1.0),
    # s18 (13-dev, floor line only): 減少（–5.2%）, an en dash after a bracket a minus: 37/39 / 37/50 -> 38/39 / 38/50
    # then rates in 厘 listed or paired after a rate word further back (5.65厘、4.58厘及4.37厘, 由5.75厘…至4.75厘) and basis points
    # of an interest rate (45、69及78基點, 25基點, 12.5基點; not an exchange rate's pip nor a bracket restating the move):
    # 38/39 / 38/50 -> 48/50 / 48/50; s34: 調低最優惠貸款利率25基點 signed (a cut, what is cut, its size): 48/49 / 48/50
    # s37: 分別再調低25基點 after 調低…25基點 in one sentence is a second cut ("again", a second act): 49/50 / 49/50
    "percent": (49 / 50, 49 / 50),
    # s47 (13-dev): 26's 建筑面积达10550平方尺 the square foot as 尺 (a Malaysian text): 1/1 · 1/2 -> 2/2 · 2/2
    "area": (1.0, 1.0),
    # s18 (13-dev, floor line only): a building's phase in an address (國際金融中心2 期) no count: 49/51 -> 49/50
    # then two kinds of occasions of one number in one sentence (14次新聞發布會…14次即場訪問): 49/50 / 49/52 -> 50/51 / 50/52
    # s38 (13-dev): frequencies out of gold and output (the lead's ruling, FIGURES_GOLD §1): 04 基本利率下調三次 leaves both sides: 50/51 · 50/52 -> 49/50 · 49/51
    "count": (49 / 50, 49 / 51),
}

# Scored once, in aggregate, by the lead at session 18's end (HEAD bfcefef, after the last change to figures):
# money 18/18 / 18/19, percent 28/28 / 28/30, area 13/13 / 13/13, count 19/19 / 19/20. Never itemised. Scored again
# in aggregate at session 19's end (3ba36ea): the same. Record: that last held-out score, written here before anything
# was run on the retired split.
# Session 20: retired into development as "dev-retired15" (its misses read from here on). First score as dev, on the
# unchanged figures code (HEAD 9b1c683, 22:35 UTC), before any change: the same as this record (money 18/18 / 18/19,
# percent 28/28 / 28/30, area 13/13 / 13/13, count 19/19 / 19/20). Held to it as a floor (F14_RETIRED15_FLOOR, ratcheted as
# it improves).
F14_HELDOUT15_LAST_HELDOUT = {
    "money": (1.0, 18 / 19),
    "percent": (1.0, 28 / 30),
    "area": (1.0, 1.0),
    "count": (1.0, 19 / 20),
}

F14_RETIRED15_FLOOR = dict(F14_HELDOUT15_LAST_HELDOUT)

# Session 26 (13-dev): two same-value list items of two subjects are two figures (GPS卫星导航100%、旱田精密播种100%、
# 旱田大马力机车作业100%: tester s25 T2's rule): percent 28/28 / 28/30 -> 30/30 / 30/30
F14_RETIRED15_FLOOR["percent"] = (1.0, 1.0)


# -- figures15 (until session 39: tests/realworld/test_figures_realworld15.py) --
# First scored on the committed code after all gold was committed (HEAD 710f4c5, git archive; /tmp/c13/score15.py, dev
# only), 13 articles (money 63, percent 84, area 5, count 111 gold figures): money 56/61 = 0.918 / 56/63 = 0.889, percent
# 83/83 / 83/84 = 0.988, area 2/2 / 2/5, count 107/114 = 0.939 / 107/111 = 0.964; qualifier 245/248 (percent after the
# disclosed D7 fix of article 05's gold, see the gold header; before it 83/85). Misses: NTUADF's Taiwanese money (3600萬元
# and bare 萬 sums: no region cue but 台大 and 112學年, so no currency; 500萬 read as a count), 英亩 areas (25英亩, 卅英亩,
# 30英亩), 1千900万令吉 read as 900万, RM1,142,415 read as RM1,142, 63.10% restated in a later sentence, counts after an
# enumerated list (3个车站, 4校) and 两条联络线; extras: a slogan's 9个/1个, 10亿元及以上 (a class descriptor), 两个文明,
# 两所/3所 before a parenthesised list, 20人21足 (a game's name). Itemised in /work/notes/s19_13corpus_for_13dev.md.
# Round 3 (gold a5512d3 before any run: dev 21-23, an INR sum restated in CNY, counts of lists cut by 等), all 16 dev
# articles (money 71, percent 85, area 5, count 117) first scored on HEAD a5512d3's code (git archive): money 64/69 =
# 0.928 / 64/71 = 0.901, percent 84/84 / 84/85, area 2/2 / 2/5, count 113/121 = 0.934 / 113/117 = 0.966; qualifier
# 260/263. Round 3's only new miss is an extra: 集团总部1栋B座21楼 read as 1 栋 (an address). These are the floors (a
# ratchet; round 1-2's were money 56/61 / 56/63, percent 83/83 / 83/84, count 107/114 / 107/111).
F15_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    # ratcheted at HEAD d77cdba (git archive): 13-dev's 93928fd read RM1,142,415 and 1千900万令吉 (misses 4-5 of the
    # notes): 64/69 / 64/71 -> 66/69 / 66/71
    # s21 (13-dev): measured at HEAD f7e2740 money 68/69 / 68/71, area 5/5 / 5/5, count 113/120 / 113/117 (earlier
    # sessions' gains, never ratcheted); then a 萬 sum put to a use (其中500萬補助…, conv. 3) is money, not people:
    # money 69/70 / 69/71, count 113/119 / 113/117
    "money": (69 / 70, 69 / 71),
    # s35 (13-dev): a headline's figure taken as the body's first statement of it leaves the body's conclusion in the
    # headline's words its own (FIGURES_GOLD §5): percent 84/84 · 84/85 -> 85/85 · 85/85
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    # s38 (13-dev): frequencies out of gold and output (the lead's ruling, FIGURES_GOLD §1): 15 两次遴选, 17 两次举办/在两次展延后 leave both sides: 113/119 · 113/117 -> 110/116 · 110/114
    # s43 (13-dev): the lead's ruling on bracketed names (FIGURES_GOLD §1 D3): 06's 4座车站站房工程(…) out of the gold
    # and the output, 17's 两所大学（…）/ 3所中学（…） no longer read: 110/116 · 110/114 -> 109/113 · 109/113
    "count": (109 / 113, 109 / 113),
}
# s44 (13-dev): the lead's ruling on D3 (names BEFORE the count, FIGURES_GOLD §1): 03's 四个大类, 06's
# 3个车站, 10's 二個單位 out of the gold (still listed): 109/113 · 109/113 -> 108/113 · 108/110
F15_DEV_FLOOR["count"] = (108 / 113, 108 / 110)
# s45 (13-dev): a count of things that names its noun right after its measure word is told apart from the same number of
# another noun in its sentence, as 个's counts were (06's 两条主轴…两条联络线): 108/113 · 108/110 -> 109/114 · 109/110
F15_DEV_FLOOR["count"] = (109 / 114, 109 / 110)

# The lead's one aggregate scoring at 3ba36ea (session 19's end, after the last figures change): money P 23/24 R 23/25,
# percent P 31/31 R 31/32, count P 13/13 R 13/13 (no area figure in its gold). Never itemised. Scored again in aggregate
# at session 20's end: the same. Record: that last held-out score, written here before anything was run on the retired
# split.
# Session 21: retired into development as "dev-retired16" (its misses read from here on). Held to that record as a floor
# (F15_RETIRED16_FLOOR, ratcheted as it improves).
F15_HELDOUT16_LAST_HELDOUT = {
    "money": (23 / 24, 23 / 25),
    "percent": (1.0, 31 / 32),
    "count": (1.0, 1.0),
}

# session 22 (13-dev): 降准累计超过300个基点 read as -3 pp, over (a reserve-ratio cut in basis points): percent R 32/32
F15_RETIRED16_FLOOR = dict(F15_HELDOUT16_LAST_HELDOUT) | {"percent": (1.0, 1.0)}


# -- figures16 (until session 39: tests/realworld/test_figures_realworld16.py) --
# First scored on the committed code after all gold was committed (HEAD 02cb15a, git archive; /tmp/c16/score16.py, dev
# only), 9 articles (money 53, percent 48, area 14, count 25 gold figures; year 1): money 16/49 = 0.327 / 16/53 = 0.302,
# percent 46/47 / 46/48, area 14/14 / 14/14, count 17/20 = 0.85 / 17/25 = 0.68; year 1/1; qualifier 93/94. Misses: the
# Singapore blog's region is not found (新加坡 in its text, source money.sense), so its $ amounts are USD (33 money
# extras, 35 misses), "$600 to 1,310/月" and "$5,000~10,000" lose their upper bound, 80K-120K and the CPF post's bare
# 426,000 / 2M / 500K / 1M左右 are missed; CNNIC's counts in 亿 with no measure word are missed (8) and two of them read as
# CNY; 7.1一个百分点 reads as 1 pp; 超七成 is a ratio, not 70 %. Extras: 两个/三种 before a list enumerated after them (D3).
# Round 3 (gold 3fbc1c1 before any run on it: dev 14-16, 內湖區 plan), all 12 dev articles (money 53, percent 60, area
# 18, count 45) first scored on HEAD 3fbc1c1's code (git archive): money 16/49 / 16/53, percent 58/59 / 58/60, area
# 18/18 / 18/18, count 37/42 = 0.881 / 37/45 = 0.822; year 1/1; qualifier 129/130. Round 3's new misses are extras
# only: 成功路四段 read as 4 段 (a road section in an address), 每戶平均2.74 人 as a count of 2.74 people (an average).
# Round 5 (gold b8c1e26 before any run on it: dev 18, a third money.sense post), all 13 dev articles (money 60, percent
# 70, area 18, count 45) first scored on HEAD b8c1e26's code (git archive): money 20/53 = 0.377 / 20/60 = 0.333, percent
# 67/68 / 67/70, area 18/18, count 37/43 / 37/45; qualifier 142/143. Round 5's new misses: S$1M, S$3M, S$2M (an M
# suffix after S$), 仍按7% (the 7% assumption restated in another sentence, grouped away); extra 两条路 (D3).
# Round 6 (gold d7a23af before any run on it: dev 19, a stone company's profile), all 14 dev articles (money 61,
# percent 70, area 20, count 47) first scored on HEAD d7a23af's code (git archive): money 21/54 = 0.389 / 21/61 = 0.344,
# percent 67/68 / 67/70, area 20/20, count 39/45 = 0.867 / 39/47 = 0.830; qualifier 147/148. Article 19 is all found
# (5/5), no extra.
# Round 7 (gold 6d896af before any run on it: dev 21, a hospital's profile), all 15 dev articles (money 61, percent 70,
# area 22, count 55) first scored on HEAD 6d896af's code (git archive): money 21/54 / 21/61, percent 67/68 / 67/70, area
# 22/22, count 47/53 = 0.887 / 47/55 = 0.855; qualifier 157/158. Article 21 is all found (10/10), no extra.
# Round 8 (gold 41cf8df before any run on it: dev 22-23, 豐盛控股's property and tourism pages, Traditional), all 17
# dev articles (money 61, percent 72, area 34, count 68) first scored on HEAD 41cf8df's code (git archive): money 21/54
# / 21/61, percent 69/70 = 0.986 / 69/72 = 0.958, area 32/32 / 32/34 = 0.941, count 59/68 = 0.868 / 59/68; qualifier
# 181/182. Round 8's misses: 30萬方 and 約9.63萬方 (方 for 平方米) and 分為四期 (a count in 期); extras 18洞 and 27洞 (a
# course's size read as a count) and 一個 (a lone 一).
# These are the floors (a ratchet: each round's first score on all dev articles; round 7's were percent 67/68 /
# 67/70, area 22/22, count 47/53 / 47/55; round 6's count 39/45 / 39/47; round 5's money 20/53 / 20/60, count 37/43 /
# 37/45; round 1-2's count 17/20 / 17/25, percent 46/47 / 46/48, area 14/14; round 3's money 16/49 / 16/53, percent
# 58/59 / 58/60, count 37/42 / 37/45). Itemised in /work/notes/s20_for_13dev.md.
# Ratcheted in session 23 (13-dev, HEAD 707bcf5): money 49/52 / 49/61, percent 69/69 / 69/72, area 32/32 / 32/34,
# count 67/76 / 67/68 (the first-run values above had not been raised since session 20).
# Session 24 (13-dev): money 52/55 / 52/61 once a Latin scale after a currency symbol is read (S$2M, S$3M, S$1M).
# Session 25 (13-dev): money 55/58 / 55/61 once a Latin scale before a sum's noun is read with no symbol (2M以上, 500K,
# 1M左右 of the CPF post: the region's dollars).
F16_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (55 / 58, 55 / 61),
    "percent": (1.0, 70 / 72),  # s26: 占比超七成 read as a percent (成 = tenths, the lead's decision): 69/72 -> 70/72
    "area": (1.0, 1.0),  # s26: 總建築面積30萬方 (方 a floor area's square metre): 32/32 / 32/34 -> 34/34 / 34/34
    "count": (67 / 76, 67 / 68),
}
# s42 (13-dev): a colon's list of two names joined by 和 alone is the list's size (03's 两个局限性：流动性和政策风险, D3):
# count 67/76 · 67/68 -> 67/75 · 67/68
F16_DEV_FLOOR["count"] = (67 / 75, 67 / 68)

# The lead's one aggregate scoring at b2bc2ad (end of session 20): money P 35/36 R 35/39, percent P 25/25 R 25/26, area
# P 9/9 R 9/9, count P 22/27 R 22/23. Never itemised. Scored again in aggregate at session 21's end: the same. Record:
# that last held-out score, written here before anything was run on the retired split.
# Session 22: retired into development as "dev-retired17" (its misses read from here on). Held to that record as a floor
# (F16_RETIRED17_FLOOR, ratcheted as it improves).
F16_HELDOUT17_LAST_HELDOUT = {
    "money": (35 / 36, 35 / 39),
    "percent": (1.0, 25 / 26),
    "area": (1.0, 1.0),
    # s38 (13-dev): frequencies out of gold and output (the lead's ruling, FIGURES_GOLD §1): 17 可領4次, 24 连续五次 leave both sides: 22/27 · 22/23 -> 20/25 · 20/21
    "count": (20 / 25, 20 / 21),
}

F16_RETIRED17_FLOOR = dict(F16_HELDOUT17_LAST_HELDOUT)

# s37 (13-dev): 購得額外 10% 權益 then 佔比自 10% 增為 20% in one sentence: an amount added, then the level a change starts
# from, two facts (07): percent 25/25 · 25/26 -> 26/26 · 26/26
F16_RETIRED17_FLOOR["percent"] = (1.0, 1.0)
# s42 (13-dev): sizes told in places (07's 約 5 個臺灣大, 08's 相等於147個維多利亞公園) are no counts: count
# 20/25 · 20/21 -> 20/23 · 20/21
F16_RETIRED17_FLOOR["count"] = (20 / 23, 20 / 21)
# s44 (13-dev): the lead's ruling on D3 (names BEFORE the count, FIGURES_GOLD §1): 04's 两个时间点
# (dates) and 24's 三个交易平台 out of the gold (still listed): 20/23 · 20/21 -> 19/23 · 19/19
F16_RETIRED17_FLOOR["count"] = (19 / 23, 1.0)
# s47 (13-dev): 04's 两个时间点 points in time, 17's 民法1114條 an article's number, no counts: 19/23 · 19/19 -> 19/21 ·
# 19/19
F16_RETIRED17_FLOOR["count"] = (19 / 21, 1.0)


# -- figures17 (until session 39: tests/realworld/test_figures_realworld17.py) --
# First scored on the committed code (HEAD daf997c, git archive) with the gold as committed, dev only: 3 articles
# (money 18, percent 20, area 1, count 50 gold figures): money 18/18 / 18/18, percent 20/20 / 20/20, area 1/1 / 1/1,
# count 49/49 / 49/50 = 0.98; qualifier 88/88; no extra. The one miss: 2A级景区5处, a second 5 处 in the sentence that
# has 5A级景区5处 (two equal values counting different things, conv. 2), listed once. Itemised in
# /work/notes/s21_for_13dev.md.
F17_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    # s39 (13-dev): list items told apart by the name before each (03's 2A级景区5处 beside 4A级景区5处): 49/49 · 49/50 ->
    # 50/50 · 50/50
    "count": (1.0, 50 / 50),
}

# The lead's aggregate scoring at the end of session 21 (HEAD 45dd5dc): money P 5/5 R 5/5, percent P 6/6 R 6/7, count
# P 18/19 R 18/18 (no area gold). Never itemised. Scored again in aggregate at session 22's end: the same. Record: that
# last held-out score, written here before anything was run on the retired split.
# Session 23: retired into development as "dev-retired18" (its misses read from here on). Held to that record as a floor
# (F17_RETIRED18_FLOOR, ratcheted as it improves).
F17_HELDOUT18_LAST_HELDOUT = {
    "money": (1.0, 1.0),
    "percent": (1.0, 6 / 7),
    "count": (18 / 19, 1.0),
}

F17_RETIRED18_FLOOR = dict(F17_HELDOUT18_LAST_HELDOUT)
# s40 (13-dev): a subheading's figure said again in a later sentence under it is its own (FIGURES_GOLD §5; 04's
# 但仅有28%): percent 6/6 · 6/7 -> 7/7 · 7/7
F17_RETIRED18_FLOOR["percent"] = (1.0, 1.0)


# -- figures18 (until session 39: tests/realworld/test_figures_realworld18.py) --
# First scored on the committed code (HEAD 2ac67dd, the shared tree; all gold committed before), dev only: 4 articles
# (money 29, percent 4, count 31 gold figures): money 5/28 / 5/29, percent 4/4 / 4/4, count 29/29 / 29/31; qualifier
# 38/38. The misses: 01's 24 sums (a Taiwan audit digest whose only cue is 民國101年度 in its first line: every bare 億元
# read as CNY, not TWD; and 兆 written apart from its 億 part, "1 兆 6,683億餘元", read as 6,683億 alone); 04's 8楝 twice
# (a typo'd measure word). Itemised in /work/notes/s22_for_13dev.md.
# Session 23 (13-dev): money 28/28 / 28/29 once a 民國 year is a region cue and a 兆 spaced from its 億 part is one sum;
# the one miss left is 超收 1 億餘元, the same value as the 1 億餘元 before it in one sentence (listed once). The two
# 8楝 (a typo for 棟) stay missed: a rule for one article's typo was taken out (review s23 N3).
F18_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (1.0, 28 / 29),
    "percent": (1.0, 1.0),
    "count": (1.0, 29 / 31),
}

# The lead's aggregate scoring at the end of session 22 (HEAD c9d6676): percent P 5/5 R 5/5, count P 1/1 R 1/7 (no
# money or area gold). Never itemised. Scored again in aggregate at session 23's end (c1dd9b7): the same. Record: that
# last held-out score, written here before anything was run on the retired split.
# Session 24: retired into development as "dev-retired19" (its misses read from here on). Held to that record as a floor
# (F18_RETIRED19_FLOOR, ratcheted as it improves).
F18_HELDOUT19_LAST_HELDOUT = {
    "percent": (1.0, 1.0),
    # s38 (13-dev): a frequency of an act no longer listed (the lead's ruling, FIGURES_GOLD §1): 06 連續使用二次 out of the gold (never read): 1/1 · 1/7 -> 1/1 · 1/6
    "count": (1.0, 1 / 6),
}
# s44 (13-dev): the lead's ruling on D3 (names BEFORE the count, FIGURES_GOLD §1): 05's 兩個科目 leaves
# both sides (the record, by that arithmetic only): 1/1 · 1/6 -> 0/0 · 0/5
F18_HELDOUT19_LAST_HELDOUT["count"] = (1.0, 0.0)

F18_RETIRED19_FLOOR = dict(F18_HELDOUT19_LAST_HELDOUT)
# s44 (13-dev): the lead's ruling on D3 (names BEFORE the count, FIGURES_GOLD §1): 05's 兩個科目 leaves
# both sides: 1/1 · 1/6 -> 0/0 · 0/5
F18_RETIRED19_FLOOR["count"] = (1.0, 0.0)


# -- figures19 (until session 39: tests/realworld/test_figures_realworld19.py) --
# First scored on the committed code (HEAD 6cbc8a3, a frozen copy; all gold committed before), dev only: 2 articles
# (money 5, count 1 gold figures): money 5/5 / 5/5, count 1/1 / 1/1; qualifier 6/6. No miss.
F19_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (1.0, 1.0),
    "count": (1.0, 1.0),
}

# The lead's aggregate scoring at the end of session 23 (HEAD c1dd9b7): money P 6/7 R 6/8, percent P 6/7 R 6/8, count
# P 6/8 R 6/7. Never itemised. Scored again in aggregate at session 24's end (26f0982, on 7ac1031): the same. Record: that
# last held-out score, written here before anything was run on the retired split.
# Session 25: retired into development as "dev-retired20" (its misses read from here on). Held to that record as a floor
# (F19_RETIRED20_FLOOR, ratcheted as it improves).
F19_HELDOUT20_LAST_HELDOUT = {
    "money": (6 / 7, 6 / 8),
    "percent": (6 / 7, 6 / 8),
    "count": (6 / 8, 6 / 7),
}

# Ratcheted in s25 on the first rules read off it (a shortfall keeps its sentence's unit, a tax names a sum, 少 signs a
# percent, more pieces of a sentence that counted pieces, 今年前两轮 is no count): money 8/8 / 8/8, percent 7/7 / 7/8,
# count 7/7 / 7/7. Left: 计划的四分之一 (a fraction is a ratio in the product; this gold's convention 3 a percent).
# Session 36 (13-dev): the scorer reads a fraction's ratio as the percent a gold lists where a gold lists fractions
# (score.FRACTION, FIGURES_GOLD §1): 计划的四分之一 found, percent 7/7 · 7/8 -> 8/8 · 8/8.
F19_RETIRED20_FLOOR = {
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),
    "count": (1.0, 1.0),
}


# -- figures20 (until session 39: tests/realworld/test_figures_realworld20.py) --
# First scored on the committed code (HEAD 4f07593, a frozen copy; all gold committed before), dev only: 2 articles
# (money 3, percent 1 gold figures): money 3/3 / 3/3, percent 1/1 / 1/1; qualifier 4/4. No miss.
F20_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),
}

# The lead's aggregate scoring at the end of session 24 (HEAD 7ac1031): money P 4/4 R 4/4, count P 16/16 R 16/16 (no
# percent or area gold in the split). Never itemised. Scored again in aggregate at session 25's end (16505bc: unchanged).
# Record: that last held-out score, written here before anything was run on the retired split.
# Session 26: retired into development as "dev-retired21" (its misses read from here on). Held to that record as a floor
# (F20_RETIRED21_FLOOR, ratcheted as it improves).
F20_HELDOUT21_LAST_HELDOUT = {
    "money": (1.0, 1.0),
    "count": (1.0, 1.0),
}

F20_RETIRED21_FLOOR = dict(F20_HELDOUT21_LAST_HELDOUT)


# -- figures21 (until session 39: tests/realworld/test_figures_realworld21.py) --
# First scored on the committed code (HEAD dbc8570, a frozen copy; all gold committed before), dev only: 3 articles
# (money 1, count 8 gold figures): money 1/1 / 1/1, count 7/7 / 7/8 (the miss: a count after an enumerated list,
# …工程研发三种类型); qualifier 8/8. With 08 (温州's bulletin, gold committed in 941de05) at HEAD dac08bc (frozen
# copy): money 1/1 / 1/1, count 14/14 / 14/15 (the same one miss); qualifier 15/15.
F21_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (1.0, 1.0),
    "count": (1.0, 14 / 15),
}

# The lead's aggregate scorings (never itemised) while the split was held out:
# the lead's aggregate score at 5e03b0d and 628caf4 (identical): money P 9/9 R 9/9, percent 5/5 / 5/10, area 2/2 / 2/6,
# count 26/29 / 26/32
# Session 26's second aggregate score (f8ecce1): percent 10/10 · 10/10 (was 5/5 · 5/10) because shares in tenths
# (四成) became kind percent (dd39e04, the lead's decision); 13-dev disclosed that a script printed five of this
# split's 成 gold lines at 00:12, so the percent rise is not a clean held-out measure. The other kinds unchanged.
# Record: that last held-out score, written here before anything was run on the retired split (count 26/29 · 26/32).
# Session 27: retired into development as "dev-retired22"; scored once as dev on a frozen copy of the start commit
# 5bed516 before any change: identical to this record. Held to it as a floor (F21_RETIRED22_FLOOR, ratcheted as it improves).
F21_HELDOUT22_LAST_HELDOUT = {
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 0.333),
    "count": (0.896, 0.812),
}

# Ratcheted (13-dev, session 27, frozen copies): count P 26/29 -> 26/28 (83fdfa4: 2026台北 is no count), then with the
# statistics lines of its housing widget read (套数：, 面积(m2)：) area 6/6 · 6/6 and count 30/32 · 30/32 (the two misses:
# 12行政區, which the gold writes with unit 行政区 and the extractor 区).
F21_RETIRED22_FLOOR = {
    **F21_HELDOUT22_LAST_HELDOUT,
    "area": (1.0, 1.0),
    "count": (30 / 32, 30 / 32),
}
# s41 (13-dev): the gold's two 12行政區 aligned to unit 区 (FIGURES_GOLD §2, as figures6 dev 13's 29行政區 and the
# extractor read it): count 30/32 · 30/32 -> 32/32 · 32/32
F21_RETIRED22_FLOOR["count"] = (32 / 32, 32 / 32)


# -- figures22 (until session 39: tests/realworld/test_figures_realworld22.py) --
# First scored on the committed code (HEAD f6090a6, a frozen copy; all gold committed before), dev only: money P 28/29
# R 28/28, percent 22/23 / 22/22, count 47/49 / 47/47, quantity 12/12 / 12/12 (the extras: three figures of 联播快讯
# headlines said again in their bodies, counted twice, and a colon list's size 三种模式：… read as a count);
# qualifier 106/109 (可达 and 最高 read as "under", the gold's convention 4 says exact).
F22_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (28 / 29, 1.0),
    "percent": (22 / 23, 1.0),
    "count": (47 / 49, 1.0),
    "quantity": (1.0, 1.0),
}
# s42 (13-dev): a colon's list ends with its clause (17's 三种模式：洪水控制、洪水利用、洪水塑造，倡议…, D3): count
# 47/49 · 47/47 -> 47/48 · 47/47
F22_DEV_FLOOR["count"] = (47 / 48, 1.0)

# The lead's aggregate scorings (never itemised) while the split was held out:
# the lead's aggregate score at f8ecce1 (session 26, once, never itemised): money 13/13 · 13/13, percent 21/21 · 21/21,
# area 4/4 · 4/4, count 22/23 · 22/23, quantity 23/23 · 23/25; the same at the end of session 27.
# Record: that last held-out score, written here before anything was run on the retired split.
# Session 28: retired into development as "dev-retired23"; scored once as dev on a frozen copy of the start commit
# 9870c7c before any change (06:18 UTC): identical to this record. Held to it as a floor (F22_RETIRED23_FLOOR, ratcheted as
# it improves).
F22_HELDOUT23_LAST_HELDOUT = {
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (0.956, 0.956),
    "quantity": (1.0, 0.919),
}

F22_RETIRED23_FLOOR = dict(F22_HELDOUT23_LAST_HELDOUT)


# -- figures23 (until session 39: tests/realworld/test_figures_realworld23.py) --
# The lead's aggregate scorings (never itemised) while the split was held out:
# the lead's aggregate score at ea7091c (session 27, once, never itemised): money 22/25 · 22/27, percent 45/46 · 45/47,
# area 5/5 · 5/5, count 38/39 · 38/42, quantity 8/8 · 8/9; the same at the end of session 28.
# Record: that last held-out score, written here before anything was run on the retired split.
# Session 29: retired into development as "dev-retired24"; scored once as dev on a frozen copy of the start commit
# 969f6b0 before any change (09:03 UTC): identical to this record. Held to it as a floor (F23_RETIRED24_FLOOR, ratcheted as
# it improves).
F23_HELDOUT24_LAST_HELDOUT = {
    "money": (0.88, 0.814),
    "percent": (0.978, 0.957),
    "area": (1.0, 1.0),
    "count": (0.974, 0.904),
    "quantity": (1.0, 0.888),
}

# Ratcheted at 6226117 (session 29, 13-dev): money 23/26 · 23/27 (a8d3f24: 累积至4.3亿美元 listed), count 40/41 · 40/42
# (6226117: 一旦两座, 售出的三张彩券); the rest as the record.
F23_RETIRED24_FLOOR = {**F23_HELDOUT24_LAST_HELDOUT, "money": (0.884, 0.851), "count": (0.975, 0.952)}
# s40 (13-dev): N个方面 a text's structure (FIGURES_GOLD §1, the gold aligned: 16's 4个方面 and 19个方面督查重点 out,
# never read): count 40/41 · 40/42 -> 40/41 · 40/40
F23_RETIRED24_FLOOR["count"] = (40 / 41, 40 / 40)

# Session 35 (13-dev): FIGURES_GOLD §5's lead-and-body ruling aligned this gold (a lead's figure said again in the body
# in the same words is one entry: the body's second entry dropped), quantity 8/8 · 8/9 -> 8/8 · 8/8.
F23_RETIRED24_FLOOR["quantity"] = (1.0, 1.0)


# -- figures24 (until session 39: tests/realworld/test_figures_realworld24.py) --
# The lead's aggregate scorings (never itemised) while the split was held out: at 5617fdd (session 28, once, frozen
# copy): money 69/69 · 69/70, percent 27/27 · 27/27, area 4/4 · 4/4, count 58/61 · 58/60, quantity 4/4 · 4/4; the same
# at the ends of sessions 28 and 29.
# Record: that last held-out score, written here before anything was run on the retired split.
# Session 30: retired into development as "dev-retired25"; scored once as dev on a frozen copy of the start commit
# a8577d15 before any change (12:20 UTC, aggregate only): identical to this record. Held to it as a floor
# (F24_RETIRED25_FLOOR, ratcheted as it improves).
F24_HELDOUT25_LAST_HELDOUT = {
    "money": (1.0, 0.985),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (0.95, 0.966),
    "quantity": (1.0, 1.0),
}

F24_RETIRED25_FLOOR = dict(F24_HELDOUT25_LAST_HELDOUT)

# ratcheted at 13-dev's e68ecdc (每人收费 2 万 read): money 69/69 · 69/70 -> 70/70 · 70/70
F24_RETIRED25_FLOOR["money"] = (1.0, 1.0)
# s43 (13-dev): 08's 三城（上海、深圳、嘉兴） no count (the lead's ruling on bracketed names): count 58/61 · 58/60 -> 58/60 ·
# 58/60
F24_RETIRED25_FLOOR["count"] = (58 / 60, 58 / 60)


# -- figures25 (until session 39: tests/realworld/test_figures_realworld25.py) --
# First scored on the committed code (HEAD 4b3118f, gold committed before any run), dev: money P 68/76 R 68/77 (the
# eight composite 萬…元 amounts of 福大's 公告 found with no currency: its text names no region, the page is a company's;
# 投入1233镑 missed), percent 23/24 · 23/27 (近三分之一 given as a ratio, 最多能借九成半 and 低於四成或以下 missed, 約55%
# without the decline's sign), area 8/8 · 8/8, count 52/55 · 52/53 (a building number 44 座 and 9座 taken as counts,
# 三家 restated in one sentence counted twice; 两家机床制造商 missed); qualifier 147/151.
# Raised at HEAD 1f7bd9f (13-dev's bd8fbb3, 0e4f10a, d265779, 8129a78 in): money 77/77 · 77/77 (镑 → GBP, 民國 year-month
# → Taiwan), percent 24/24 · 24/27 (約55% now -55); area and count unchanged; qualifier 157/161 (left: 九成半 read
# "under", 最少增設4間 "exact", 迫750億元 and 直逼1000宗 "exact").
# Ratchet (session 34, 13-dev): 08's 九成半按揭 read as a share (a mortgage of so many tenths of the price, as this gold
# lists it) and 低於四成或以下: percent 24/24 · 24/27 -> 26/26 · 26/27.
# Ratchet (session 36, 13-dev): 01's 全球近三分之一的啤酒 found (the scorer reads a fraction's ratio as the percent this gold
# lists, score.FRACTION): percent 26/26 · 26/27 -> 27/27 · 27/27.
F25_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (1.0, 1.0),
    "percent": (27 / 27, 27 / 27),
    "area": (1.0, 1.0),
    "count": (52 / 55, 52 / 53),
}
# s42 (13-dev): a block's number before its floor in words and its flat's letter (09's 44 座高層B 單位, 10's 9座地下D室, as
# figures9's 2座1樓B室) is an address: count 52/55 · 52/53 -> 52/53 · 52/53
F25_DEV_FLOOR["count"] = (52 / 53, 52 / 53)
# s45 (13-dev): 04's 这两家工厂…两家机床制造商 two counts of two nouns (told apart by the noun after the measure word):
# 52/53 · 52/53 -> 53/54 · 53/53
F25_DEV_FLOOR["count"] = (53 / 54, 53 / 53)


# -- figures26 (until session 39: tests/realworld/test_figures_realworld26.py) --
# First scored on the committed code (a frozen copy of HEAD 6aa2833; gold committed in 5412199 before any run), dev: money P 41/42 R 41/56
# (the results table's losses and a header-only unit 单位：人民币元 largely missed: 9 of its 13 sums; 4年1千億, 履約保證金
# 4123萬 and the OCR spelling "7, 013. 685 万元" missed, its tail "685 万元" taken as RMB 6.85 mn), percent 34/36 · 34/37
# (8成 and 衝破8成 missed; -8.06% in a table row missed; a heading's 個百分點 said again in the body listed twice, 07 and 16),
# area 1/1 · 1/1, count 38/39 · 38/43 (89點 twice, 5院, 3反彈指標 and 七歐盟實體 missed; 「…12項策略計畫」, a plan's name,
# taken as a count); qualifier 112/114 (刚过9% read exact, -2.34% read as a range).
F26_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (41 / 42, 41 / 56),
    "percent": (34 / 36, 34 / 37),
    "area": (1.0, 1.0),
    "count": (38 / 39, 38 / 43),
}
# s44 (13-dev): the lead's ruling on D3 (names BEFORE the count, FIGURES_GOLD §1): 10's 七家歐盟實體 out
# of the gold (still listed: long names): 38/39 · 38/43 -> 37/39 · 37/42
F26_DEV_FLOOR["count"] = (37 / 39, 37 / 42)


# -- figures27 (until session 39: tests/realworld/test_figures_realworld27.py) --
# The lead's aggregate scorings (never itemised) while the split was held out: at d634efd5 (session 29, once, frozen
# copy): money 40/49 · 40/50, percent 22/22 · 22/23, area 17/17 · 17/17, count 68/77 · 68/75, quantity 8/8 · 8/10
# (money on every side, count's precision and quantity's recall below issue 13's bar); at 325dd996 (session 30): the same.
# Record: that last held-out score, written here before anything was run on the retired split.
# Session 31: retired into development as "dev-retired26"; scored once as dev on a frozen copy of the start commit
# cfb3ebe0 before any change (15:10 UTC, aggregate only): identical to this record. Held to it as a floor
# (F27_RETIRED26_FLOOR, ratcheted as it improves).
F27_HELDOUT26_LAST_HELDOUT = {
    "money": (0.816, 0.8),
    "percent": (1.0, 0.956),
    "area": (1.0, 1.0),
    "count": (0.883, 0.906),
    "quantity": (1.0, 0.8),
}

# ratcheted: money 49/49 · 49/50 once the Policy Address's lead no longer set it in Guangdong (region.set_elsewhere, s31);
# count 69/78 · 69/75 once a hedged number before people counts them (3000多特困下岗职工, s31); percent 22/22 · 22/23 ->
# 23/23 · 23/23 once the scorer read a fraction's ratio as the percent the gold lists (05's 約佔三分之一, s36, score.FRACTION)
F27_RETIRED26_FLOOR = {
    **F27_HELDOUT26_LAST_HELDOUT,
    "money": (1.0, 0.98),
    "percent": (1.0, 1.0),
    # s38 (13-dev): a frequency of an act no longer listed (the lead's ruling, FIGURES_GOLD §1): 06 两次不去 no longer read: 69/78 · 69/75 -> 69/77 · 69/75
    "count": (69 / 77, 69 / 75),
}
# s42 (13-dev): a size told in places (07's 相当于两个四川省的人口) is no count: 69/77 · 69/75 -> 69/76 · 69/75
F27_RETIRED26_FLOOR["count"] = (69 / 76, 69 / 75)
# s44 (13-dev): the lead's ruling on D3 (names BEFORE the count, FIGURES_GOLD §1): 03's 兩個多層停車場
# leaves both sides: 69/76 · 69/75 -> 68/75 · 68/74
F27_RETIRED26_FLOOR["count"] = (68 / 75, 68 / 74)
# s49 (13-dev): 02's 頭10個最創新的地方 the size of a ranking by a superlative, no count: 68/75 · 68/74 -> 68/74 · 68/74
F27_RETIRED26_FLOOR["count"] = (68 / 74, 68 / 74)


# -- figures28 (until session 39: tests/realworld/test_figures_realworld28.py) --
# The lead's aggregate scorings (never itemised) while the split was held out: at 325dd996 (session 30, once, frozen
# copy; the start code a8577d15 scored the same): money 47/61 · 47/73, percent 41/41 · 41/42, area 13/14 · 13/14, count
# 72/77 · 72/75, quantity 13/13 · 13/13 (money on both sides, count's and area's precision below issue 13's bar); at the
# end of session 31: the same. Record: that last held-out score, written here before anything was run on the retired
# split. Session 32: retired into development as "dev-retired27"; scored once as dev on a frozen copy of the start
# commit af358bcd before any change (18:29 UTC, aggregate only): identical to this record. Held to it as a floor
# (F28_RETIRED27_FLOOR, ratcheted as it improves).
F28_HELDOUT27_LAST_HELDOUT = {
    "money": (0.770, 0.643),
    "percent": (1.0, 0.976),
    "area": (0.928, 0.928),
    "count": (0.935, 0.959),
    "quantity": (1.0, 1.0),
}

# ratcheted: money 69/71 · 69/73 once a Singapore daily's own item read its bare 元 as SGD, a move in dimes then its
# level was two sums, 1千1百78萬元 and 6百多億 one number each, 一坪17萬 a price and a budget list's items sums (s32)
# session 36 (13-dev): 08's subheading 市场预计美联储将加息25个基点 said again under it (…将加息25个基点，) aligned to
# FIGURES_GOLD §5 (a subheading's figure said again in the text under it is one entry; this batch's header listed it
# again): the body's entry dropped, percent 41/41 · 41/42 -> 41/41 · 41/41
F28_RETIRED27_FLOOR = {**F28_HELDOUT27_LAST_HELDOUT, "money": (0.971, 0.945), "percent": (1.0, 1.0)}
# s41 (13-dev): 01's COVID-19個案 is a name's number, no 19 cases: count 72/77 · 72/75 -> 72/76 · 72/75
F28_RETIRED27_FLOOR["count"] = (72 / 76, 72 / 75)
# s48 (13-dev): 05's 0,2公頃 a decimal comma (was 2 ha, a confident wrong area): area 13/14 · 13/14 -> 14/14 · 14/14
F28_RETIRED27_FLOOR["area"] = (1.0, 1.0)


# -- figures29 (until session 39: tests/realworld/test_figures_realworld29.py) --
# First scored on the committed code (a frozen copy of HEAD ad290cb; gold committed in 376fd6b and re-signed in ad290cb
# before this run), dev: money P 41/55 R 41/56 (the bond item's eleven bare 亿元/万亿元 sums, China Mobile's two and the
# 22万亿元 of 12 read as HKD: the 港元 elsewhere in a mainland brief turned the region to Hong Kong; 3.51万亿港元 after
# "增加305亿港元至" missed, the pair read as one range), percent 70/70 · 70/72 (增加超过四成 and the first of "高7.5个和4.5个
# 百分点" missed), area 2/2, count 30/30 · 30/31 (6地产商 with no measure word missed); quantity 15/15; qualifier 154/158
# (左右 after the last of "75%、60%和50%左右" not carried to the first two; 超7亿港元 read exact; 305亿港元 read as a range).
# Ratchet (session 34, 13-dev): to what the code scores (money has been 56/56 · 56/56 since the region fixes), and 11's
# "高7.5个和4.5个百分点" (a head with the 个 of 个百分点 shares the last one's unit): percent 71/71 · 71/72.
F29_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (56 / 56, 56 / 56),
    "percent": (71 / 71, 71 / 72),
    "area": (1.0, 1.0),
    "count": (30 / 30, 30 / 31),
}


# -- figures30 (until session 39: tests/realworld/test_figures_realworld30.py) --
# The lead's aggregate scorings (never itemised) while the split was held out: at 57960e25 (session 31, once, frozen
# copy fdcc21ed; the start code cfb3ebe0 scored the same): money 28/44 · 28/46, percent 29/41 · 29/42, area 11/11 ·
# 11/11, count 40/44 · 40/43, quantity 3/4 · 3/3 (money and percent far below issue 13's bar on both sides, count's
# precision below it); at the end of session 32: the same. Record: that last held-out score, written here before
# anything was run on the retired split. Session 33: retired into development as "dev-retired28"; scored once as dev
# on a frozen copy of the start commit db922142 before any change (21:38 UTC, aggregate only): identical to this
# record. Held to it as a floor (F30_RETIRED28_FLOOR, ratcheted as it improves).
F30_HELDOUT28_LAST_HELDOUT = {
    "money": (0.636, 0.608),
    "percent": (0.707, 0.690),
    "area": (1.0, 1.0),
    "count": (0.909, 0.930),
    "quantity": (0.75, 1.0),
}

# Ratcheted (session 33, 13-dev): the wire items' decimal point ﹒ (U+FE52) and its note （美元．下同） read: money
# 44/44 · 44/46, percent 41/42 · 41/42, count 42/44 · 42/43; then 美仙, 撥5億 and the heading's rounded fall 跌６９％:
# money 46/46 · 46/46, percent 41/41 · 41/42.
F30_RETIRED28_FLOOR = {
    **F30_HELDOUT28_LAST_HELDOUT,
    "money": (1.0, 1.0),
    "percent": (1.0, 0.976),
    # s40 (13-dev): vague amounts with their scale written listed (FIGURES_GOLD §1, the gold aligned: 18's two 几十家,
    # read before as extras): count 42/44 · 42/43 -> 44/44 · 44/45
    "count": (44 / 44, 44 / 45),
}


# -- figures31 (until session 39: tests/realworld/test_figures_realworld31.py) --
# First scored on the committed code (a frozen copy of HEAD a7c920a8, the gold committed in it before this run), dev:
# money P 64/66 R 64/69, percent 37/37 · 37/38, area 2/2, count 7/8 · 7/10, qualifier 108/110 — against a first gold
# that listed a 【headline】's figure again where the body restates it. The lead's decision (15:44, D7 of session 16:
# a headline that states, rounds or bounds a figure the body states is one figure, the body's, as is a value stated
# twice in one sentence) removed those 15 repeats (119 -> 104 figures); floors reset on HEAD 06b5c571's code (13-dev's
# 74305171 in it): money P 60/64 R 60/60, percent 34/38 · 34/34, area 2/2, count 8/10 · 8/8, qualifier 99/104. The
# extras are headline/body pairs the extractor lists twice (约合18600亿元人民币, 约人民币240亿元, 约合1.3万亿美元, 约为人民币
# 675.2亿元, 增超70%, 增长24%, 同比增长21%, 上升82%, 854万股) and 三个世纪 read as a count; the qualifier misses are the
# body's 约合/折合约/约为 sums given the headline's exact qualifier.
# Ratchet (13-dev's 57960e25, a 【headline】 read as a subheading): money P 60/61, percent 34/34, count 8/9.
F31_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (60 / 61, 60 / 60),
    "percent": (34 / 34, 34 / 34),
    "area": (1.0, 1.0),
    "count": (8 / 9, 8 / 8),
}
# s42 (13-dev): 03's 【…投资近240亿人民币】 / 150亿令吉（约人民币240亿元）: the heading's bound on the sum stated under it,
# one figure: money 60/61 · 60/60 -> 60/60 · 60/60
F31_DEV_FLOOR["money"] = (1.0, 1.0)
# s47 (13-dev): 08's 三个世纪以来 a span of centuries, no count: count 8/9 · 8/8 -> 8/8 · 8/8
F31_DEV_FLOOR["count"] = (1.0, 1.0)


# -- figures32 (until session 39: tests/realworld/test_figures_realworld32.py) --
# First scored on the committed code (a frozen copy of HEAD a3026ba8, the gold committed in it before this run), dev:
# money P 38/40 R 38/41, percent P 90/93 R 90/98, area 4/4, count P 29/30 R 29/30, qualifier 160/162. Misses: 07's
# "勁揚5元至633元" read as one range 5-633 (the gold: the move and the level, two sums, FIGURES_GOLD 4), 08's list
# "各減少3.59、2.67、2.4、2.87及0.65個百分點" (one +0.65 pp found), its second "五個基金" and "三、四成" (四成 alone found), 09's
# "3成", 11's "突破10億", 13's "恐下降8%至10%" (found as -10: the gold values a fall range at its first bound, -8).
# Extras: 3 ‰ rates as ratios (not scored), the exchange rate 6.8985元人民币, "降息3次" as a count, 2028年 as a year.
# Ratchet (session 34, 13-dev): to what the code scored at 012bf3a4 plus 08's "三、四成" read as one range 30-40 (the
# spoken pair of shares in tenths): money 41/42 · 41/41, percent 98/98 · 98/98, count 29/30 · 29/30.
F32_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (41 / 42, 41 / 41),
    "percent": (98 / 98, 98 / 98),
    "area": (1.0, 1.0),
    # s43 (13-dev): 08's 降息3次 a frequency (降息 a noun to the segmenter): 29/30 · 29/30 -> 29/29 · 29/30
    "count": (29 / 29, 29 / 30),
}


# -- figures33 (until session 39: tests/realworld/test_figures_realworld33.py) --
# The lead's aggregate scorings (never itemised) while the split was held out: at 7dc16bfe (session 32, once, frozen
# copy; the start code af358bcd scored the same): money 58/62 · 58/62, percent 34/37 · 34/35, area 14/14 · 14/14, count
# 42/44 · 42/46, quantity 1/1 · 1/1 (money and percent below issue 13's precision bar); at the end of session 33: the
# same. Record: that last held-out score, written here before anything was run on the retired split. Session 34:
# retired into development as "dev-retired29"; scored once as dev on a frozen copy of the start commit 169c2632 before
# any change (23:52 UTC, aggregate only): identical to this record. Held to it as a floor (F33_RETIRED29_FLOOR, ratcheted
# as it improves).
F33_HELDOUT29_LAST_HELDOUT = {
    "money": (0.935, 0.935),
    "percent": (0.918, 0.971),
    "area": (1.0, 1.0),
    "count": (0.954, 0.913),
    "quantity": (1.0, 1.0),
}

# Ratcheted (session 34, 13-dev): 03's 下调幅度超10% signed as a fall (-10, over) and 10's 2幢1单元1802室 read as an
# address: percent 35/37 · 35/35, count 42/43 · 42/46; then 03's 同比下滑1.9%到增长1.1% read as one range from the fall to
# the rise (its header's convention 2): percent 35/36 · 35/35.
F33_RETIRED29_FLOOR = {**F33_HELDOUT29_LAST_HELDOUT, "percent": (35 / 36, 35 / 35), "count": (42 / 43, 42 / 46)}


# -- figures34 (until session 39: tests/realworld/test_figures_realworld34.py) --
# First scored on the committed code (a frozen copy of HEAD 952b7adf: the gold committed in 18ef6fff before any run, plus
# 6e50c756's one disclosed reading slip "这两家银行" and 952b7adf's replaced article 01, its gold written before any run),
# dev: money P 47/47 R 47/49, percent P 115/117 R 115/118, area 1/1, count P 67/69 R 67/70, qualifier 227/230. Misses: 03's
# second "6.18万亿元人民币" (the lead's 6.18万亿元 found, the body's
# restatement in another sentence not), 05's "14多亿人口" (found with unit "", the gold's first unit 人; since aligned, see below), 07's "4个省" and
# "4家央企", 09's "首次突破4万亿" (a trade sum with no 元), 11's "超过一半", 12's "低16%" and "裁员10%" (found unsigned: +16, +10; 低16% since aligned, see below).
# Gold change (not a lowering): count 68/69 · 68/70 -> 67/69 · 67/67 when figures11's D3 (a numeral that only sums a list
# of names given in full is no count) was applied: 07's 4个省/4家央企 (13-dev's request, both missed by the extractor) and
# 08's "“托育”和“护理”两个专业" (my reading of the same rule; the extractor lists it: now an extra) dropped.
# Ratchet: count 67/69 · 67/70 -> 68/69 · 68/70 when 05's "14多亿人口" took unit "" (13-dev's request: a count by 人口 has
# no measure word, FIGURES_GOLD 2), measured on HEAD e56e359a + that gold change.
# Ratchet: percent 115/117 · 115/118 -> 116/117 · 116/118 when 12's "低16%" was aligned to the older sets' unsigned
# comparison (16; 13-dev's request, FIGURES_GOLD 4), measured on HEAD e56e359a + that gold change.
# Extras: 08's sub-headline "超4.24亿人次" listed beside the text's 4.24亿人次 (the gold groups them, FIGURES_GOLD 5), and the
# three unsigned or unit-less forms above. Qualifiers: 04's 千亿元/百亿元 thresholds exact (gold over), 08's 4.24亿人次 over
# (gold exact, the text's).
# Ratchet (session 34, 13-dev): count 67/69 -> 67/68 when two quoted names joined by 和 before 两个 were read as the
# names the number sums (08's “托育”和“护理”两个专业, D3).
# Ratchet (session 36, 13-dev): money 47/47 · 47/49 -> 47/47 · 47/48 when 03's body entry 6.18万亿元人民币 was dropped
# (FIGURES_GOLD §5: the lead's 6.18万亿元 said again with its currency named is one entry).
# Ratchet (session 37, 13-dev): percent 117/117 · 117/118 -> 118/118 · 118/118 when 11's 超过一半 was read as half (a
# fraction, 1/2, where a hedge or a change says share; scored as 50 % where a gold lists a half: score.HALF).
F34_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (47 / 47, 47 / 48),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (67 / 68, 67 / 67),
}
# s42 (13-dev): 08's subheading 超4.24亿人次 / 查验出入境人员4.24亿人次 under it, one figure: count 67/68 -> 67/67
F34_DEV_FLOOR["count"] = (1.0, 1.0)
# s48 (13-dev): 09's 外贸规模首次突破4万亿 (首次's 次 is no visit count between it and 4.05万亿元): money 47/47 · 47/48 ->
# 48/48 · 48/48
F34_DEV_FLOOR["money"] = (1.0, 1.0)


# -- figures35 (until session 39: tests/realworld/test_figures_realworld35.py) --
# The lead's aggregate scorings (never itemised) while the split was held out: at a3421d09 + the R9 fix (session 33,
# once; the start code db922142 scored the same): money 56/57 · 56/59, percent 66/69 · 66/69, area 8/8 · 8/10, count
# 46/53 · 46/47, quantity 11/11 · 11/11 (count precision and area recall below issue 13's bars); at the end of session
# 34: the same. Record: that last held-out score, written here before anything was run on the retired split. Session
# 35: retired into development as "dev-retired30"; scored once as dev on a frozen copy of the start commit ca2704d4
# before any change (02:47 UTC, aggregate only): identical to this record. Held to it as a floor (F35_RETIRED30_FLOOR,
# ratcheted as it improves).
F35_HELDOUT30_LAST_HELDOUT = {
    "money": (0.982, 0.949),
    "percent": (0.956, 0.956),
    "area": (1.0, 0.8),
    "count": (0.867, 0.978),
    "quantity": (1.0, 1.0),
}
# s44 (13-dev): the lead's ruling on D3 (names BEFORE the count, FIGURES_GOLD §1): 06's 两个指标 leaves
# both sides (the record, by that arithmetic only): 46/53 · 46/47 -> 45/52 · 45/46
F35_HELDOUT30_LAST_HELDOUT["count"] = (45 / 52, 45 / 46)

F35_RETIRED30_FLOOR = dict(F35_HELDOUT30_LAST_HELDOUT)
# s44 (13-dev): the lead's ruling on D3 (names BEFORE the count, FIGURES_GOLD §1): 06's 两个指标 leaves
# both sides: 46/53 · 46/47 -> 45/52 · 45/46
F35_RETIRED30_FLOOR["count"] = (45 / 52, 45 / 46)

# Session 35 (13-dev): FIGURES_GOLD §5's lead-and-body ruling aligned this gold (a lead's figure said again in the body
# in the same words is one entry: the body's second entry dropped), money 56/57 · 56/59 -> 56/57 · 56/58.
F35_RETIRED30_FLOOR["money"] = (56 / 57, 56 / 58)

# Session 35 (13-dev): 低收6% a close lower (-6), 較上次同期限央票低42/82個基點 lower than its own last value (-0.42,
# -0.82 pp): percent 66/69 · 66/69 -> 69/69 · 69/69.
F35_RETIRED30_FLOOR["percent"] = (1.0, 1.0)

# Session 36 (13-dev): 06's inclusive markers between number and unit or scale (120（含本数）平方米以下, 144（含本数）平方米
# 以下, 低于750（含本数）万元) read, and a bound followed by 或者 (another alternative of the rule) no class of homes:
# money 56/57 · 56/58 -> 57/58 · 57/58, area 8/8 · 8/10 -> 10/10 · 10/10.
F35_RETIRED30_FLOOR["money"] = (57 / 58, 57 / 58)

F35_RETIRED30_FLOOR["area"] = (1.0, 1.0)


# -- figures36 (until session 39: tests/realworld/test_figures_realworld36.py) --
# First scored on the committed code (a frozen copy of HEAD fdf73f08: the gold committed before any run), dev: money
# P 17/24 R 17/23, percent P 23/23 R 23/25, count P 28/38 R 28/34; qualifier 66/68. Misses: 07's five bare 元 share
# prices (found as bare money with no currency: a Sydney paper's 元 is AUD, decision 1), 10's three 列次 counts (found
# as 列: 4列, 10列, 2列, and the train numbers 5466次/5467次 as counts), 12's 不到8美元, its two levels 87,105 and 25,566
# (no measure word), 03's second 7萬劑 and 05's second 50% (another sentence: listed again, FIGURES_GOLD 5), 04's
# 近三分之二 (found as a ratio, not a percent of a whole, FIGURES_GOLD 1). Extras: 07's exchange-rate levels 66.57/66.12
# 美仙 (not listed, FIGURES_GOLD 1), 12's 512位/1,024位/768位 (key sizes read as people), 两个 (D3) and 数千人 (a vague
# amount with no numeral, FIGURES_GOLD 1). Qualifiers: 07's (5,475 澳元) conversion exact (gold approx), 12's 起价 exact
# (gold over).
# Ratchet (session 34, 13-dev): 列次 a measure word (train runs), 5466次及5467次區間快車 trains' numbers, a key's size in
# 位 (512位DKIM密钥, 768位密钥, 密钥长度不足1,024位) bits, a rate in another currency's cents (澳元兌美元…66.57美仙) no
# sum, Windows和SteamOS两个版本 the names' number (D3); 12's headline 不到8美元 found with them: money 17/24 · 17/23 ->
# 18/23 · 18/23, count 28/38 · 28/34 -> 31/32 · 31/34.
F36_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    # session 35 (13-dev): the region reader knows Australia's Chinese press (a paper's own dateline 本報悉尼訊, its
    # market's 澳證200, its source line 澳洲新報): 07's five bare 元 share prices are AUD: 18/23 · 18/23 -> 23/23 · 23/23
    "money": (1.0, 1.0),
    # session 35 (13-dev): §5's lead-and-body ruling aligned the gold (05's 50%, 03's 7萬劑: the lead's said again,
    # one entry): percent 23/23 · 23/25 -> 23/23 · 23/24, count 31/32 · 31/34 -> 31/32 · 31/33
    # session 36 (13-dev): 04's 近三分之二 found (the scorer reads a fraction's ratio as the percent the gold lists,
    # score.FRACTION): 23/23 · 23/24 -> 24/24 · 24/24
    "percent": (24 / 24, 24 / 24),
    # s40 (13-dev): vague amounts with their scale written listed (FIGURES_GOLD §1, the gold aligned: 12's 数千人撤离,
    # read before as an extra): 31/32 · 31/33 -> 32/32 · 32/34
    "count": (32 / 32, 32 / 34),
}


# -- figures37 (until session 39: tests/realworld/test_figures_realworld37.py) --
# The lead's aggregate scorings (never itemised) while the split was held out: at 01b7754b (session 34, once; the start
# code 169c2632 scored the same): money 33/33 · 33/34, percent 28/28 · 28/28, area 7/7 · 7/7, count 37/40 · 37/39 (count
# precision below issue 13's bar); at the end of session 35: the same. Record: that last held-out score, written here
# before anything was run on the retired split. Session 36: retired into development as "dev-retired31"; scored once as
# dev on a frozen copy of eccff601 before any change (06:01 UTC, aggregate only): identical to this record. Held to it
# as a floor (F37_RETIRED31_FLOOR, ratcheted as it improves).
F37_HELDOUT31_LAST_HELDOUT = {
    "money": (1.0, 0.97),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (0.925, 0.948),
}

# Ratcheted (session 36, 13-dev): 07's （二）…处1万元以上3万元以下罚款 is the next numbered item after （一）'s, not text
# under it (extract._sibling_item): money 33/33 · 33/34 -> 34/34 · 34/34.
# Then 10's 七個姊姊、一個弟弟 (a one beside another kind in a list: a share of the whole) and 11's 提供粉色、黑色、白色與藍色四款
# (the number of the colours the verb lists, no count): count 37/40 · 37/39 -> 38/40 · 38/39.
F37_RETIRED31_FLOOR = {**F37_HELDOUT31_LAST_HELDOUT, "money": (1.0, 1.0), "count": (38 / 40, 38 / 39)}


# -- figures38 (until session 39: tests/realworld/test_figures_realworld38.py) --
# First scored on the committed code (a frozen copy of HEAD 9ef209bd: the gold committed before any run), dev: money
# P 58/60 R 58/62, percent P 48/48 R 48/49, count P 15/18 R 15/20; qualifier 111 of 121 matched. Then the gold aligned to
# FIGURES_GOLD 5's session-35 lead ruling (4be6a25c, landed after 9ef209bd): 06's three figures of its lead said again in
# the same words dropped, its byline cut so its news paragraph is the lead (the extractor then groups them too): money
# P 56/58 R 56/60, percent 48/48 · 48/49, count P 15/18 R 15/19 (the floors). Misses: 08's bare
# 30萬元 and 126萬元 after a named 人民幣 (found as HKD, the region's currency: decision 1) and a reader's 30萬 with no 元;
# 06's 床 counts (6500床 x2, 上限為200床, 超過11萬床: not found) and 預估達到100億規模; 03's 預計十年內要拉到4% (a level after
# 拉到). Extras: 01's 其他4隻股份 (D3, decision 4), 04's 植入2個或3個胚胎 (2個, 3個: decision 8), 08's 30萬元/126萬元 as
# HKD. Qualifiers: 06's 每床最高獎助 X and 私部門為3.2億 exact (gold under: caps), 09's three 起售 prices exact (gold over).
F38_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    # session 35 (13-dev): 08's mainland story told in renminbi (以30萬元人民幣…以30萬元為成交價格…126萬元: a Hong Kong
    # paper naming the renminbi in two sentences and nothing of Hong Kong) reads its bare 元 as CNY: money 56/58 · 56/60
    # -> 58/58 · 58/60; 06's beds counted with 床 (布建6500床, 上限為200床, 超過11萬床): count 15/18 · 15/19 -> 19/22 · 19/19
    "money": (58 / 58, 58 / 60),
    # s37 (13-dev): 03's 預計十年內要拉到4% after 波蘭…比率4% in one sentence: a level said, then another's target
    # reached, two facts: percent 48/48 · 48/49 -> 49/49 · 49/49
    "percent": (1.0, 1.0),
    "count": (19 / 22, 19 / 19),
}
# s48 (13-dev): 06's 預算部分預估達到100億規模 (a size word after the sum, the clause names the budget): money
# 58/58 · 58/60 -> 59/59 · 59/60
F38_DEV_FLOOR["money"] = (59 / 59, 59 / 60)


# -- figures39 (until session 39: tests/realworld/test_figures_realworld39.py) --
# The lead's aggregate scorings (never itemised) while the split was held out: at d42370b9 (session 35, once; the start
# code ca2704d4 scored the same): money 24/24 · 24/24, percent 18/20 · 18/21, area 4/4 · 4/4, count 67/67 · 67/69
# (percent below issue 13's bar); at the end of session 36: the same. Record: that last held-out score, written here
# before anything was run on the retired split. Session 37: retired into development as "dev-retired32"; scored once as
# dev on a frozen copy of f6587b6f before any change (08:30 UTC, aggregate only): identical to this record. Held to it
# as a floor (F39_RETIRED32_FLOOR, ratcheted as it improves).
F39_HELDOUT32_LAST_HELDOUT = {
    "money": (1.0, 1.0),
    "percent": (0.9, 0.857),
    "area": (1.0, 1.0),
    "count": (1.0, 0.971),
}

F39_RETIRED32_FLOOR = dict(F39_HELDOUT32_LAST_HELDOUT)

# s37 (13-dev): 解雇75%的员工 and 实际解雇了50% signed as cuts of staff (as 裁员), 02's 减少一半 read as half, a fall
# (-50 %): percent 18/20 · 18/21 -> 21/21 · 21/21
F39_RETIRED32_FLOOR["percent"] = (1.0, 1.0)


# -- figures40 (until session 39: tests/realworld/test_figures_realworld40.py) --
# First scored on the committed code (a frozen copy of HEAD fc7409e8, the gold committed before any run), dev: money
# P 35/36 R 35/39, percent P 41/41 R 41/53, count P 29/32 R 29/29, quantity 4/4 · 4/4; qualifier 107 of 109 matched.
# Misses: 02's moves in BP after a tenor or a 较前一日 (隔夜品种下行0.1BP, 7天期上行3.1BP, 14天期上行21.9BP, 1个月期上行0.1BP,
# 较前一日上行0.75BP: 小幅下行0.2BP and the lower-case bp are read) and every 涨N个基点 (涨30.0个基点, 涨29.11个基点,
# 涨13.0个基点); 02's 投标量3125亿元 and 中标量3125亿元 (the same sum for other subjects in one sentence, FIGURES_GOLD 5);
# 03's 10-20BP ranges (x2) and 百亿以上 (a numeral-less threshold); 07's 营业总收入同比增长1.0% and 利润总额同比下降3.1% said
# again after other words than the lead's (listed again, FIGURES_GOLD 5); 01's misprinted 118820万元/吨 (gold: 118,820元,
# decision 4; read as written). Extras: 01's 两度 and 04's 两次 (frequencies), 03's 原先的3只 (D3: the three named right
# after it), 01's 118820万元 as written. Qualifiers: 01's 11万元、 and 12万元大关 read exact (gold over: 突破 reads on the list).
# Ratchet (session 36, 13-dev): basis points of a percent level the move reaches (隔夜品种下行0.1BP报1.247%, FR007涨
# 30.0个基点报2.15%) or glosses (1.6375%附近（较前一日上行0.75BP）), a range of them after a ratio (升贴水率…10-20BP):
# percent 41/41 · 41/53 -> 51/51 · 51/53; then 07's 营业总收入同比增长1.0% and 利润总额同比下降3.1% aligned to FIGURES_GOLD
# §5 (a small change written with its change words is the lead's, one entry; two gold entries dropped): 51/51 · 51/51.
# Ratchet (session 37, 13-dev): 02's 投标量3125亿元，中标量3125亿元 after 开展了3125亿元…操作 are three facts (a sum right
# after the name of what it measures, 量/额, in its own clause): money 35/36 · 35/39 -> 37/38 · 37/39.
F40_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (37 / 38, 37 / 39),
    "percent": (51 / 51, 51 / 51),
    # s38 (13-dev): a frequency of an act no longer listed (the lead's ruling, FIGURES_GOLD §1): 01 两度调低, 04 两次购买操作 no longer read: 29/32 -> 29/30
    # s43 (13-dev): 03's 3只（短融ETF、…） no count (the lead's ruling on bracketed names): 29/30 -> 29/29
    "count": (29 / 29, 29 / 29),
    "quantity": (4 / 4, 4 / 4),
}


# -- figures41 (until session 39: tests/realworld/test_figures_realworld41.py) --
# The lead's aggregate scorings (never itemised) while the split was held out: at 0e0fd909 (session 36, once; the start
# code eccff601 scored the same): money 11/11 · 11/11, percent 15/16 · 15/18, area 3/3 · 3/3, count 140/150 · 140/148
# (percent recall below issue 13's bar); at the end of session 37 (at 054e7c0a; the start code f6587b6f as above):
# percent 17/18 · 17/18 (13-dev's two facts with one value, 21ee8835, built on figures39 and dev sets), the rest the
# same. Record: that last held-out score, written here before anything was run on the retired split. Session 38:
# retired into development as "dev-retired33"; scored once as dev on a frozen copy of 316614bf before any change
# (11:22 UTC, aggregate only): identical to this record. Held to it as a floor (F41_RETIRED33_FLOOR, ratcheted as it
# improves).
F41_HELDOUT33_LAST_HELDOUT = {
    "money": (1.0, 1.0),
    "percent": (0.944, 0.944),
    "area": (1.0, 1.0),
    "count": (0.933, 0.945),
}

# s38 (13-dev), count 140/150 · 140/148 -> 142/148 · 142/148: a frequency of an act no longer listed (the lead's
# ruling, FIGURES_GOLD §1: 02 两次发出紧急通知), numbers with a leading zero are codes (04 04502次, 09 064车), a list
# opened by a verb done is summed by its number (03 设了…4个办公室, D3), equal counts opening an enumeration's items
# are each listed (04 其中2名…、1名…、1名…、2名…)
# s40 (13-dev): vague amounts with their scale written listed (FIGURES_GOLD §1, the gold aligned: 04's 数万人, read
# before as an extra): count 142/148 · 142/148 -> 143/148 · 143/149
F41_RETIRED33_FLOOR = {**F41_HELDOUT33_LAST_HELDOUT, "count": (143 / 148, 143 / 149)}
# s41 (13-dev): 13's 缩短了 29% a fall (FIGURES_GOLD §11): percent 17/18 · 17/18 -> 18/18 · 18/18; 09's 547车次 and 311车次
# (per-run measure words) and 11's 12 卡車廂, 首 3 卡, 尾 6 卡 (train cars): count 143/148 · 143/149 -> 148/153 · 148/149
F41_RETIRED33_FLOOR["percent"] = (18 / 18, 18 / 18)
F41_RETIRED33_FLOOR["count"] = (148 / 153, 148 / 149)


# -- figures42 (until session 39: tests/realworld/test_figures_realworld42.py) --
# First scored on the committed code (a frozen copy of HEAD 051cd32b, the gold committed before any run), dev: money
# P 39/39 R 39/39, percent P 48/50 R 48/49, count P 45/49 R 45/52; qualifier 130 of 132 matched.
# Misses: 03's couples counted by 对 (共有15324对, (474对), (5875对), (526对)); 05's counts by a noun with no measure word
# (约有40万转供电主体, 3800万转供户); 06's 出游人次34.63亿 (read with unit 人次; gold "": 人次 written before the number,
# FIGURES_GOLD §10); 11's 客户省了45% (read +45; gold -45, a saving signed as a cut, decision 8). Extras: 07's 由6%-8% read
# as 6 exact plus 8% (gold one range); 04's 两种 (由两种腺病毒载体组成: a Chinese-numeral count with a measure word, which
# figures33 lists; the gold left it out - a gold question for 13-dev), 05's 两次 (两次加价, a frequency), 11's 两条 (D3: the
# two routes named just before). Qualifiers: 02's 几乎占了1/3 read exact (gold nearly).
# Ratchet (session 37, 13-dev): percent 48/50 · 48/49 -> 49/49 · 49/49 (11's 客户省了45% a saving, signed as a cut;
# 07's 由6%-8%上调至7%-9% a range the change starts from, no longer 6% and 8%); count 45/49 · 45/52 -> 49/53 · 49/52
# (03's couples counted by 对: 15324对, (474对), (5875对), (526对)).
F42_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (39 / 39, 39 / 39),
    "percent": (1.0, 1.0),
    # s38 (13-dev): a frequency of an act no longer listed (the lead's ruling, FIGURES_GOLD §1): 05 两次加价 no longer
    # read: 49/53 -> 49/52; the gold aligned as session 37 asked (06 出游人次34.63亿 unit 人次, FIGURES_GOLD §2; 04
    # 由两种腺病毒载体组成 listed): 49/52 · 49/52 -> 51/52 · 51/53
    "count": (51 / 52, 51 / 53),
}


# -- figures43 (until session 39: tests/realworld/test_figures_realworld43.py) --
# The lead's aggregate scorings (never itemised) while the split was held out: at 054e7c0a (session 37, once; the start
# code f6587b6f scored the same): money 16/17 · 16/16, percent 12/12 · 12/12, area 3/3 · 3/3, count 46/52 · 46/47 (count
# precision below issue 13's bar); session 38's figures held the same. Record: that last held-out score, written here
# before anything was run on the retired split. Session 39: retired into development as "dev-retired34"; scored once as
# dev on a frozen copy of 5967742e before any change (14:18 UTC, aggregate only): identical to this record (quantity
# 0/0). Held to it as a floor (F43_RETIRED34_FLOOR, ratcheted as it improves).
F43_HELDOUT34_LAST_HELDOUT = {
    "money": (0.941, 1.0),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (0.884, 0.978),
}

F43_RETIRED34_FLOOR = dict(F43_HELDOUT34_LAST_HELDOUT)
# s39 (13-dev, its misses read as dev): 02's 十届全国人大五次会议 (a session's ordinal, the body named between term and
# session) and 05's A、B和C将成为…最重要的三项课题 (D3, the names the subject) no counts: count 46/52 · 46/47 -> 46/50 · 46/47
F43_RETIRED34_FLOOR["count"] = (46 / 50, 46 / 47)
# s40 (13-dev): vague amounts with their scale written listed (FIGURES_GOLD §1, the gold aligned: 05's 数亿农民 and 上万片,
# 11's 数百人, read before as extras): count 46/50 · 46/47 -> 49/50 · 49/50
F43_RETIRED34_FLOOR["count"] = (49 / 50, 49 / 50)
# then N个方面 a text's structure (FIGURES_GOLD §1, the gold aligned: 07's 6个方面 out, never read): 49/50 · 49/49
F43_RETIRED34_FLOOR["count"] = (49 / 50, 49 / 49)


# -- figures44 (until session 39: tests/realworld/test_figures_realworld44.py) --
# First scored on the committed code (a frozen copy of 41cacaf9, the gold committed before any run), dev: money
# P 57/57 R 57/59, percent P 33/33 R 33/35, area P 5/5 R 5/5, count P 73/80 R 73/76; qualifier 165 of 168 matched.
# Misses: 02's （约合人民币1.07亿元） merged into the lead's 1.07亿元 (gold: two entries, the hedge differs, decision 3;
# the lead's figure then read approx); 03's 增加到13.4亿美元 merged into the lead's 价值13.4亿美元 (gold: the change words
# differ, decision 3); 05's three （占比20%） for three parts read once (gold three, decision 4) and its counts by 题
# (单项选择题60题, 多项选择题60题, 判断题20题) not read. Extras: 01's 四款 (D3: the four models named just before), 04's
# "如表2所示"/"如表3所示" read as 2所 and 3所 (institutions), 06's three 1家单位 (ones outside a partition, decision 5),
# 10's 三类地区 (a class, not a count). Qualifiers: 02's 最高奖金为100万美元 read exact (gold under, a tier's cap,
# decision 2); 09's 不低于…基准地价的70% read exact (gold over: 不低于 reads on the share several words on).
# Session 38 (13-dev), ratcheted: a lead's bare sum stays beside the body's hedged one (02's 1.07亿元 / （约合人民币
# 1.07亿元）), shares in brackets after each item's name (05's three （占比20%）), 题 a measure word (05), 如表2所示 no
# count (04), the third label of a series (10's 三类地区): money 57/57 · 57/59 -> 58/58 · 58/59, percent 33/33 · 33/35 ->
# 35/35 · 35/35, count 73/80 · 73/76 -> 76/80 · 76/76.
F44_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (58 / 58, 58 / 59),
    "percent": (35 / 35, 35 / 35),
    "area": (1.0, 1.0),
    "count": (76 / 80, 76 / 76),
}


# -- figures45 (until session 39: tests/realworld/test_figures_realworld45.py) --
# The lead's aggregate scorings (never itemised) while the split was held out: at 3a828bed (session 38, once; the start
# code 316614bf scored the same): money 7/7 · 7/8, percent 19/20 · 19/19, area 2/2 · 2/2, count 60/64 · 60/65; session
# 39's figures held the same (start code 5967742e and 7a021de5). Record: that last held-out score. Session 40: retired
# into development as "dev-retired35"; scored once as dev on a frozen copy of 5e957d62 before any change (17:24 UTC,
# aggregate only, nothing read before): identical to this record (quantity 0/0). Held to it as a floor
# (F45_RETIRED35_FLOOR, ratcheted as it improves).
F45_HELDOUT35_LAST_HELDOUT = {
    "money": (1.0, 0.875),
    "percent": (0.95, 1.0),
    "area": (1.0, 1.0),
    "count": (0.937, 0.923),
}

F45_RETIRED35_FLOOR = dict(F45_HELDOUT35_LAST_HELDOUT)
F45_RETIRED35_FLOOR["percent"] = (19 / 20, 19 / 19)
F45_RETIRED35_FLOOR["count"] = (60 / 64, 60 / 65)
# s40 (13-dev, its misses read as dev): measure words read whole (01's 50万人份 and 2574.50万副, 04's 4.2万条次 and 4道题):
# count 60/64 · 60/65 -> 64/66 · 64/65; an audience's acts counted by their volume (04's 阅读和下载量达100万): 65/67 · 65/65
F45_RETIRED35_FLOOR["count"] = (65 / 67, 65 / 65)


# -- figures47 (session 39, second corpus helper; held out on heldout36 until session 41) --
# The lead's aggregate scorings (never itemised) while the split was held out: at 7a021de5 (session 39, once; the start
# code 5967742e scored the same): money 36/36 · 36/36, percent 47/48 · 47/48, area 1/1 · 1/1, count 35/37 · 35/37;
# session 40's figures held the same (start code 5e957d62 and fe7bf130). Record: that last held-out score. Session 41:
# retired into development as "dev-retired36"; scored once as dev on a frozen copy of 444adbec before any change (20:42
# UTC, aggregate only, nothing read before): identical to this record (quantity 0/0). Held to it as a floor
# (F47_RETIRED36_FLOOR, ratcheted as it improves).
F47_HELDOUT36_LAST_HELDOUT = {
    "money": (1.0, 1.0),
    "percent": (47 / 48, 47 / 48),
    "area": (1.0, 1.0),
    "count": (35 / 37, 35 / 37),
}

F47_RETIRED36_FLOOR = dict(F47_HELDOUT36_LAST_HELDOUT)
# s41 (13-dev, its misses read as dev): 01's 顺差…同比收窄5.1% a fall (-5.1): percent 47/48 · 47/48 -> 48/48 · 48/48;
# 09's 逾 300 万页 (pages counted): count 35/37 · 35/37 -> 36/38 · 36/37
F47_RETIRED36_FLOOR["percent"] = (48 / 48, 48 / 48)
F47_RETIRED36_FLOOR["count"] = (36 / 38, 36 / 37)


# -- figures46 (session 39, corpus helper; dev, gold f6e239f5) --
# First scored on the committed code (a git-archive copy of f6e239f5 with PYTHONPATH on its own src, the gold committed
# before any run), dev: money P 11/11 R 11/16, percent P 43/43 R 43/43, area P 11/11 R 11/13, count P 81/83 R 81/84;
# qualifier 146 of 146 matched. Misses: 05's sums in 万 with no 元 in a letter (50万买的, 出售500万, 交90万的个税) and its
# flat of "100平" (平 = 平方米 in speech); 06's second 50元 and 100元 (another group's pass, other words before: gold
# two entries each, read once); 07's counts by 乡 and 镇 (山区四乡, 共有7乡, 7乡1镇); 10's 建筑面积为2600平方米 beside
# 占地面积为2600平方米 in one sentence (two subjects, read once). Extras: 02's 快、慢两条线路 and 09's 5国 followed by the five
# countries (D3 sums of names, unlisted).
F46_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (11 / 11, 11 / 16),
    "percent": (43 / 43, 43 / 43),
    "area": (11 / 11, 11 / 13),
    "count": (81 / 83, 81 / 84),
}
# s39 (13-dev): 05's 50万买的 (a sum, then 买的: the price paid) and 出售500万 (a sale's verb, a sum ending the
# clause) read as CNY: money 11/11 · 11/16 -> 13/13 · 13/16
F46_DEV_FLOOR["money"] = (13 / 13, 13 / 16)
# s39 (13-dev): 10's 占地面积为2600平方米，建筑面积为2600平方米 two areas (each item's name, not its last three
# characters, tells them apart): area 11/11 · 11/13 -> 12/12 · 12/13
F46_DEV_FLOOR["area"] = (12 / 12, 12 / 13)
# s39 (13-dev): 06's 购买50元年票 and 按政策100元年票 read (年票, an annual pass, is what the sum buys; 元年 is no era
# there): money 13/13 · 13/16 -> 15/15 · 15/16
F46_DEV_FLOOR["money"] = (15 / 15, 15 / 16)
# s47 (13-dev): 05's 交90万的个税 a sum named by its tax (read; its 以逃避90万的个税 in a later sentence is read too,
# which the gold leaves out): money 15/15 · 15/16 -> 16/17 · 16/16
F46_DEV_FLOOR["money"] = (16 / 17, 16 / 16)
# s46 (13-dev): 07's 共有7乡1镇's 1镇 (townships and towns counted as counties are): count 81/83 · 81/84 -> 82/84 ·
# 82/84
F46_DEV_FLOOR["count"] = (82 / 84, 82 / 84)
# s47 (13-dev): 07's 7乡1镇 a partition in digits, no group's name (三省一市 takes Chinese numerals only): 7乡 read:
# 82/84 · 82/84 -> 83/85 · 83/84
F46_DEV_FLOOR["count"] = (83 / 85, 83 / 84)
# s48 (13-dev): 05's 100平房子 (平 for 平米 before a home): area 12/12 · 12/13 -> 13/13 · 13/13
F46_DEV_FLOOR["area"] = (1.0, 1.0)


# -- figures48 (session 40, corpus helper; dev, gold ce57750f) --
# First scored on the committed code (a git-archive copy of ce57750f with PYTHONPATH on its own src, the gold committed
# before any run), dev: money P 68/68 R 68/68, percent P 24/24 R 24/26, area P 11/11 R 11/11, count P 19/23 R 19/19;
# qualifier 122 of 122 matched. Misses: 05's stake said again in the body after its subheading and an earlier sentence
# (顺丰航空 85%的股权 in the transfer's sentence, 持有顺丰航空 100%股权 at the end: gold two entries of the body, read
# once). Extras: 03's bonus-issue ratio 每 10 股转增 10 股 ("10 股", a ratio, no count); 06's clause number
# 第七条之二十四款 ("二十四款", an ordinal); 18's capacities inside a quoted project name (年产 2 亿 片…, 5500 万片: names).
F48_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (68 / 68, 68 / 68),
    # s40 (13-dev): a subheading's figure said again in a later sentence under it is its own (FIGURES_GOLD §5; 05's
    # 顺丰航空 85%的股权, 持有顺丰航空 100%股权): 24/24 · 24/26 -> 26/26 · 26/26
    "percent": (26 / 26, 26 / 26),
    "area": (11 / 11, 11 / 11),
    # s40 (13-dev): a bonus issue's ratio with a PDF's spaces (03's 每 10 股转增 10 股) and a statute's item under its
    # article (06's 第七条之二十四款) no counts: 19/23 · 19/19 -> 19/21 · 19/19
    "count": (19 / 21, 19 / 19),
}

# -- figures49 (session 40, second corpus helper; held out on heldout37 until session 42) --
# The lead's aggregate scorings (never itemised) while the split was held out: at fe7bf130 (session 40, once; the start
# code 5e957d62 scored the same): money 6/7 · 6/6, percent 13/17 · 13/13, area 5/5 · 5/5, count 73/75 · 73/76; session
# 41's records held the same, and so did session 42's scoring on a frozen copy of 776c0eb6 (the session's start code).
# Record: that last held-out score. Session 42: retired into development as "dev-retired37" (no figures code changed
# since that scoring); held to it as a floor (F49_RETIRED37_FLOOR, ratcheted as it improves).
F49_HELDOUT37_LAST_HELDOUT = {
    "money": (6 / 7, 1.0),
    "percent": (13 / 17, 1.0),
    "area": (1.0, 1.0),
    "count": (73 / 75, 73 / 76),
}

F49_RETIRED37_FLOOR = dict(F49_HELDOUT37_LAST_HELDOUT)
# s49 (13-dev): 07's 全美100所最佳高中 the size of a ranking by a superlative, no count: 73/75 · 73/76 -> 73/74 · 73/76
F49_RETIRED37_FLOOR["count"] = (73 / 74, 73 / 76)

# -- figures50 (session 41, corpus helper; dev, gold 54995d1c) --
# First scored on the committed code (git-archive copies of 54995d1c and of the start code 444adbec with the gold, each
# with PYTHONPATH on its own src: identical; the gold committed before any run), dev: money P 40/40 R 40/43, percent
# P 113/113 R 113/113, area P 11/11 R 11/11, count P 27/31 R 27/31; qualifier 189 of 191 matched (08's 只有40%多 read
# exact, gold over: 多 decides; 最多缴纳1.2万元/年 read exact, gold under: a cap). Misses: counts by a noun with no measure
# word after 多 or 超过了 (07's 60多万基层农技人员, 09's 超过了1841万), a price with no 元 (09's 全价21万的车), flights counted by
# 班次 read as 班 (10's 超12万班次, 超7万班次: two misses and two extras), a rumoured loss with no 元 (11's 最多的7000万数字)
# and the third of three 25s (11's 这损失25块钱). Extras: 04's 1.29亿人次 said again in its one-paragraph record (the lead:
# one entry by FIGURES_GOLD §5, the gold header's decision 1), 06's streak 连续4个监测期 ("4个").
F50_DEV_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (40 / 40, 40 / 43),
    "percent": (113 / 113, 113 / 113),
    "area": (11 / 11, 11 / 11),
    "count": (27 / 31, 27 / 31),
}
# s41 (13-dev): 10's 超12万班次 and 超7万班次 (per-run measure words, not 班), 07's 60多万基层农技人员 (人员 a people noun):
# count 27/31 · 27/31 -> 30/32 · 30/31; 09's 全价21万的车 (a price word): money 40/40 · 40/43 -> 41/41 · 41/43
F50_DEV_FLOOR["count"] = (30 / 32, 30 / 31)
F50_DEV_FLOOR["money"] = (41 / 41, 41 / 43)

# -- figures51 (session 41, second corpus helper; held out on heldout38 until session 43) --
# The lead's aggregate scorings (never itemised) while the split was held out: at 8b4ddb18 (session 41, once; the start
# code 444adbec scored the same): money 9/9 · 9/9, percent 16/16 · 16/16, count 28/43 · 28/35; session 42's records held
# the same, and so did session 43's scoring on a frozen copy of 3ddb33d9 (the session's start code). Record: that last
# held-out score. Session 43: retired into development as "dev-retired38" (no figures code changed since that scoring);
# held to it as a floor (F51_RETIRED38_FLOOR, ratcheted as it improves).
F51_HELDOUT38_LAST_HELDOUT = {
    "money": (1.0, 1.0),
    "percent": (1.0, 1.0),
    "count": (28 / 43, 28 / 35),
}

F51_RETIRED38_FLOOR = dict(F51_HELDOUT38_LAST_HELDOUT)
# s43 (13-dev): an ordinal range's last end (06's 第1—4条 … 第17—18条) no count: 28/43 · 28/35 -> 28/37 · 28/35
F51_RETIRED38_FLOOR["count"] = (28 / 37, 28 / 35)
# s45 (13-dev): 01's list of equipment (1台空气增压机…1台氮气增压机, 2台工艺液氧泵…2台氮气压缩机): each count of its
# own noun, no longer taken for the first one said again: 28/37 · 28/35 -> 32/41 · 32/35
F51_RETIRED38_FLOOR["count"] = (32 / 41, 32 / 35)
# s46 (13-dev): 01's 1台…2台 no series of labels, 3台10千伏… keyed by its size, a bracket's parts each listed (35/35 of
# the gold), 万标准立方米 a quantity (four false counts gone); 05's “1+1+N”（1个合作指导委员会、1个合作办公室…） now two
# counts of two nouns (review s46 R6: keyed by the phrase, not two characters) where one of them was listed before (both
# are ones outside a partition, which the gold leaves out): 32/41 · 32/35 -> 35/41 · 35/35
F51_RETIRED38_FLOOR["count"] = (35 / 41, 35 / 35)
# s47 (13-dev): 06's 《办法》共18条 a statute's articles, no count: 35/41 · 35/35 -> 35/40 · 35/35
F51_RETIRED38_FLOOR["count"] = (35 / 40, 35 / 35)

# -- figures53 (session 42, second corpus helper; held out on heldout39 until session 44) --
# The lead's aggregate scorings (never itemised) while the split was held out: at 91586f91 (session 42, once; the start
# code 776c0eb6 scored the same): money 10/14 · 10/13, percent 13/13 · 13/16, area 1/1 · 1/4, count 20/20 · 20/23;
# session 43's records held the same, and so did session 44's scoring on a frozen copy of 3f1786b7 (the session's start
# code). Record: that last held-out score. Session 44: retired into development as "dev-retired39" (no figures code
# changed since that scoring); held to it as a floor (F53_RETIRED39_FLOOR, ratcheted as it improves).
F53_HELDOUT39_LAST_HELDOUT = {
    "money": (10 / 14, 10 / 13),
    "percent": (1.0, 13 / 16),
    "area": (1.0, 1 / 4),
    "count": (1.0, 20 / 23),
}

F53_RETIRED39_FLOOR = dict(F53_HELDOUT39_LAST_HELDOUT)
# s47 (13-dev): 03's 适龄儿童已达到640多万 and 留守儿童有2200多万 people named by who they are (儿童 a people subject):
# count 20/20 · 20/23 -> 22/22 · 22/23
F53_RETIRED39_FLOOR["count"] = (1.0, 22 / 23)
# s47 (13-dev): 10's 台中市…去年五都選舉 placed in Taiwan (六都/五都 Taiwan's word for its special municipalities): its
# bare 一千五百元, 五百元, 五十萬 TWD (were "yuan", no currency): money 10/14 · 10/13 -> 13/14 · 13/13
F53_RETIRED39_FLOOR["money"] = (13 / 14, 1.0)
# s49 (13-dev): 06's 0###DOT###34公頃 and 07's 9###DOT###5公頃 (twice), an app's escaped decimal point read as the point
# (extract._folded, the same length): area 1/1 · 1/4 -> 4/4 · 4/4
F53_RETIRED39_FLOOR["area"] = (1.0, 1.0)

# -- figures54 (session 43, second corpus helper; held out on heldout40 until session 45) --
# The lead's aggregate scorings (never itemised) while the split was held out: at f01e77e5 (session 43; the start code
# 3ddb33d9 scored the same): money 25/25 · 25/27, percent 40/41 · 40/41, area 7/7 · 7/7, count 35/43 · 35/40; session 44
# (a frozen copy of 3f1786b7) and session 45 (a frozen copy of the start b5e89cc9) the same. Record: that last held-out
# score. Session 45: retired into development as "dev-retired40" (no figures code changed between that scoring and the
# retirement); held to it as a floor (F54_RETIRED40_FLOOR, ratcheted as it improves).
F54_HELDOUT40_LAST_HELDOUT = {
    "money": (1.0, 25 / 27),
    "percent": (40 / 41, 40 / 41),
    "area": (1.0, 1.0),
    "count": (35 / 43, 35 / 40),
}

F54_RETIRED40_FLOOR = dict(F54_HELDOUT40_LAST_HELDOUT)
# s47 (13-dev): 09's 各一两支 "one or two", no count: count 35/43 · 35/40 -> 35/42 · 35/40
F54_RETIRED40_FLOOR["count"] = (35 / 42, 35 / 40)
# s49 (13-dev): 04's 全球25家最大私人银行 (twice) a ranking's size, 11's 694億遷村 no count of 69.4 bn villages (no country
# has so many): count 35/42 · 35/40 -> 35/39 · 35/40
F54_RETIRED40_FLOOR["count"] = (35 / 39, 35 / 40)

# -- figures55 (session 44, second corpus helper; held out on heldout41 until session 46) --
# The lead's aggregate scorings (never itemised) while the split was held out: at the start code 3f1786b7 and at
# 46b914db (session 44, the same): money 8/8 · 8/10, percent 11/11 · 11/11, area 1/1 · 1/3, count 34/40 · 34/39; session
# 45's end (e6b04c26; 13dev's 4cbade31 and adca5fb0 on counts) count precision 34/40 -> 34/39; session 46 (a frozen copy
# of the start 52d89362) the same as e6b04c26. Record: that last held-out score. Session 46: retired into development as
# "dev-retired41" (no figures code changed between that scoring and the retirement); held to it as a floor
# (F55_RETIRED41_FLOOR, ratcheted as it improves).
F55_HELDOUT41_LAST_HELDOUT = {
    "money": (1.0, 8 / 10),
    "percent": (1.0, 1.0),
    "area": (1.0, 1 / 3),
    "count": (34 / 39, 34 / 39),
}

F55_RETIRED41_FLOOR = dict(F55_HELDOUT41_LAST_HELDOUT)
# s46 (13-dev): 06's spaced numbers (4 萬 5 千多個 one count, 月薪 5 萬 a sum, not "50,000 employees") and 十數位
# ("ten-odd"): money 8/8 · 8/10 -> 9/9 · 9/10, count 34/39 · 34/39 -> 37/40 · 37/39
F55_RETIRED41_FLOOR["money"] = (1.0, 9 / 10)
F55_RETIRED41_FLOOR["count"] = (37 / 40, 37 / 39)
# s46 (13-dev): 04's 建筑面积2万平方米以上的房屋建筑工程 (twice) a rule's threshold, no class of homes (房屋 opens the
# longer word 房屋建筑): area 1/1 · 1/3 -> 3/3 · 3/3
F55_RETIRED41_FLOOR["area"] = (1.0, 1.0)
# s46 (13-dev): 06's 月訂單量已超過 100 萬 a count of orders (an act's volume, as 下载量): 37/40 · 37/39 -> 38/41 · 38/39
F55_RETIRED41_FLOOR["count"] = (38 / 41, 38 / 39)
# s49 (13-dev): 06's 欠的百萬債 a round sum before a debt (a bare 百萬 was no figure): money 9/9 · 9/10 -> 10/10 · 10/10
F55_RETIRED41_FLOOR["money"] = (1.0, 1.0)

# -- figures56 (session 45, third corpus helper; held out on heldout42 until session 47) --
# The lead's aggregate scorings (never itemised) while the split was held out: at 036a9648 and on session 45's start
# code b5e89cc9 (the same): money 41/42 · 41/42, percent 47/47 · 47/47, area 7/7 · 7/7, count 46/50 · 46/49; session 46's
# end (85e3cff2; 13dev's s46 counts) count 46/50 · 46/49 -> 47/51 · 47/49, the rest the same; session 47 (a frozen copy of
# the start 6afd3464) the same as session 46's end. Record: that last held-out score. Session 47: retired into development
# as "dev-retired42" (no figures code changed between that scoring and the retirement); held to it as a floor
# (F56_RETIRED42_FLOOR, ratcheted as it improves).
F56_HELDOUT42_LAST_HELDOUT = {
    "money": (41 / 42, 41 / 42),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (47 / 51, 47 / 49),
}

F56_RETIRED42_FLOOR = dict(F56_HELDOUT42_LAST_HELDOUT)
# s47 (13-dev): 09's 0-35000元 a band from nought, "up to 35,000" (was 0, a miss and an extra): money 41/42 · 41/42 ->
# 42/42 · 42/42; 09's 11类人群（注：A；B；…） named in a bracketed note item by item, 12's ×50人= a factor of a worked
# calculation, 13's 安置点3个: followed by three labelled lines (no counts), 13's 5镇1乡1街道 a partition in digits with
# 街道 counted (5镇, 1街道 read): count 47/51 · 47/49 -> 49/50 · 49/49
F56_RETIRED42_FLOOR["money"] = (1.0, 1.0)
F56_RETIRED42_FLOOR["count"] = (49 / 50, 1.0)

# -- figures57 (session 46, third corpus helper; held out on heldout43 until session 48) --
# The lead's aggregate scorings (never itemised) while the split was held out: at 1720c84c and on session 46's start
# code 52d89362 (the same): money 32/33 · 32/37, percent 29/29 · 29/29, area 3/3 · 3/3, count 128/138 · 128/138; session
# 47 (a frozen copy of the start 6afd3464 and its end) and session 48 (a frozen copy of the start d8bfe208): the same.
# Record: that last held-out score. Session 48: retired into development as "dev-retired43" (no figures code changed
# between that scoring and the retirement); held to it as a floor (F57_RETIRED43_FLOOR, ratcheted as it improves).
F57_HELDOUT43_LAST_HELDOUT = {
    "money": (32 / 33, 32 / 37),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (128 / 138, 128 / 138),
}

F57_RETIRED43_FLOOR = dict(F57_HELDOUT43_LAST_HELDOUT)
# s48 (13-dev), its misses read by shape: 01's 入境人次則為1 434萬 (則, an adverb, between 人次 and the number) and the
# D3 lists of quoted names with 、 inside (「建築、測量、工程及建造」); 02's 奪19命 (lives by 命); 03's 分別一千零六及
# 六十宗 (Chinese numerals share the measure) and 只得一宗; 04's 其中一人 (one of the 6名 just counted); 07's 兩、三百萬
# 人次 (a pair) and 幾十元到幾百元 (one range); 08's 砸下十幾億; 09's 1997到2007間 (no rooms) and 基本工資調到22K; 12's
# 51死亡: count 128/138 · 128/138 -> 135/140 · 135/138, money 32/33 · 32/37 -> 34/34 · 34/37
F57_RETIRED43_FLOOR["count"] = (135 / 140, 135 / 138)
# s48 (13-dev): 04's 3匪闖入 (robbers counted with no measure word, as 2外佣): count 135/140 · 135/138 -> 136/141 · 136/138
F57_RETIRED43_FLOOR["count"] = (136 / 141, 136 / 138)
F57_RETIRED43_FLOOR["money"] = (1.0, 34 / 37)

# -- figures58 (session 47, third corpus helper; held out on heldout44 until session 49) --
# The lead's aggregate scorings (never itemised) while the split was held out: at c7f20f93 and on session 47's start
# code 6afd3464 (the same): money 64/67 · 64/72, percent 72/73 · 72/73, area 10/10 · 10/15, count 46/48 · 46/52; session
# 48 (a frozen copy of the start d8bfe208 and its end 7b53adc7) and session 49 (a frozen copy of the start 7b53adc7): the
# same. Record: that last held-out score. Session 49: retired into development as "dev-retired44" (no figures code
# changed between that scoring and the retirement); held to it as a floor (F58_RETIRED44_FLOOR, ratcheted as it improves).
F58_HELDOUT44_LAST_HELDOUT = {
    "money": (64 / 67, 64 / 72),
    "percent": (72 / 73, 72 / 73),
    "area": (1.0, 10 / 15),
    "count": (46 / 48, 46 / 52),
}

F58_RETIRED44_FLOOR = dict(F58_HELDOUT44_LAST_HELDOUT)
# s49 (13-dev), its misses and false figures by shape: 02's ２６·５亿美元 and 上升２·４个百分点 (a middle dot between digits
# before a scale or a unit is a decimal point; were USD 500 mn and 4 pp), 10's 3 甲半, 1 甲半, 2 甲, 7 分多地, 三甲果園
# (Taiwan's land units in a sentence about land), 07's 38面看板 (面 before flat things), 06's 1美元兑换6.44元人民币 and
# 6.70至6.80元 (exchange-rate levels, FIGURES_GOLD §1), 07's 上億起跳 (起跳 "from", no cases), 04's 两家国有银行——A和B
# (a dash's list, D3), 10's 超過 40 億的農損 / 逾 200 億的災損 (losses by their sum), 07's 狂燒8000多萬, 一砸就是上千萬:
# money 64/67 · 64/72 -> 69/70 · 69/72, percent 72/73 · 72/73 -> 73/73 · 73/73, area 10/10 · 10/15 -> 15/15 · 15/15,
# count 46/48 · 46/52 -> 49/49 · 49/52
F58_RETIRED44_FLOOR["money"] = (69 / 70, 69 / 72)
F58_RETIRED44_FLOOR["percent"] = (1.0, 1.0)
F58_RETIRED44_FLOOR["area"] = (1.0, 1.0)
F58_RETIRED44_FLOOR["count"] = (1.0, 49 / 52)

# -- figures59 (session 48, third corpus helper; held out on heldout45) --
# Set by the lead from its aggregate scoring at 42f0b24d (src the same as the session's start d8bfe208): money 24/25 ·
# 24/26, percent 18/18 · 18/18, area 4/4 · 4/4, count 39/47 · 39/44. Never itemised.
F59_HELDOUT45_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (24 / 25, 24 / 26),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (39 / 47, 39 / 44),
}

# -- figures60 (session 49, third corpus helper; held out on heldout46) --
# Set by the lead from its aggregate scoring at 9e212b33 with src the session's start 7b53adc7 (a frozen copy): money
# 77/79 · 77/81, percent 53/53 · 53/53, area 26/26 · 26/26, count 33/41 · 33/39. Never itemised.
F60_HELDOUT46_FLOOR: dict[str, tuple[float, float]] | None = {
    "money": (77 / 79, 77 / 81),
    "percent": (1.0, 1.0),
    "area": (1.0, 1.0),
    "count": (33 / 41, 33 / 39),
}

SETS: tuple[Row, ...] = (
    Row("figures_gold", "dev", SCORED_KINDS, bar=True),
    Row("figures_gold", "heldout", ("count", "money", "percent"), floors=(F1_HELDOUT_FLOOR,), held=True),
    Row(
        "figures2",
        "dev",
        (*SCORED_KINDS, "quantity"),
        floors=(F2_DEV_RATCHET, {"quantity": F2_DEV_QUANTITY_FLOOR}),
        bar=True,
        min_gold={"quantity": 15},
    ),
    Row("figures2", "dev-retired", SCORED_KINDS, floors=(F2_RETIRED_LAST_HELDOUT, F2_RETIRED_RATCHET), bar=True),
    Row("figures2", "dev-retired3", SCORED_KINDS, floors=(F2_HELDOUT3_LAST_HELDOUT, F2_RETIRED3_RATCHET), bar=True),
    Row("figures3", "dev", SCORED_KINDS, floors=(F3_DEV_FLOOR,), bar=True),
    Row(
        "figures3",
        "dev-retired4",
        SCORED_KINDS,
        floors=(F3_HELDOUT4_FLOOR, F3_HELDOUT4_LAST_HELDOUT, F3_RETIRED4_RATCHET),
        bar=True,
    ),
    Row("figures4", "dev", (*SCORED_KINDS, "quantity"), floors=(F4_DEV_FLOOR, F4_DEV_QUANTITY_FLOOR)),
    Row(
        "figures4",
        "dev-retired5",
        SCORED_KINDS,
        floors=(F4_HELDOUT5_FLOOR, F4_HELDOUT5_LAST_HELDOUT, F4_RETIRED5_RATCHET),
        bar=True,
    ),
    Row("figures5", "dev", SCORED_KINDS, floors=(F5_DEV_FLOOR,)),
    Row("figures5", "dev-retired6", SCORED_KINDS, floors=(F5_RETIRED6_FLOOR, F5_HELDOUT6_LAST_HELDOUT)),
    Row("figures6", "dev", SCORED_KINDS, floors=(F6_DEV_FLOOR,)),
    Row("figures6", "dev-retired7", SCORED_KINDS, floors=(F6_RETIRED7_FLOOR, F6_HELDOUT7_LAST_HELDOUT)),
    Row("figures7", "dev", SCORED_KINDS, floors=(F7_DEV_FLOOR,)),
    Row("figures7", "dev-retired8", SCORED_KINDS, floors=(F7_RETIRED8_FLOOR, F7_HELDOUT8_LAST_HELDOUT)),
    Row("figures8", "dev", SCORED_KINDS, floors=(F8_DEV_FLOOR,)),
    Row("figures8", "dev-retired9", SCORED_KINDS, floors=(F8_RETIRED9_FLOOR, F8_HELDOUT9_LAST_HELDOUT)),
    Row("figures9", "dev", SCORED_KINDS, floors=(F9_DEV_FLOOR,)),
    Row("figures9", "dev-retired10", SCORED_KINDS, floors=(F9_RETIRED10_FLOOR, F9_HELDOUT10_LAST_HELDOUT)),
    Row("figures10", "dev", SCORED_KINDS, floors=(F10_DEV_FLOOR,)),
    Row("figures10", "dev-retired11", SCORED_KINDS, floors=(F10_RETIRED11_FLOOR, F10_HELDOUT11_LAST_HELDOUT)),
    Row("figures11", "dev", SCORED_KINDS, floors=(F11_DEV_FLOOR,)),
    Row("figures11", "dev-retired12", SCORED_KINDS, floors=(F11_RETIRED12_FLOOR, F11_HELDOUT12_LAST_HELDOUT)),
    Row("figures12", "dev", (*SCORED_KINDS, "quantity"), floors=(F12_DEV_FLOOR, F12_DEV_QUANTITY_FLOOR)),
    Row("figures12", "dev-retired13", SCORED_KINDS, floors=(F12_RETIRED13_FLOOR, F12_HELDOUT13_LAST_HELDOUT)),
    Row("figures13", "dev", SCORED_KINDS, floors=(F13_DEV_FLOOR,)),
    Row("figures13", "dev-retired14", SCORED_KINDS, floors=(F13_RETIRED14_FLOOR, F13_HELDOUT14_LAST_HELDOUT)),
    Row("figures14", "dev", SCORED_KINDS, floors=(F14_DEV_FLOOR,)),
    Row("figures14", "dev-retired15", SCORED_KINDS, floors=(F14_RETIRED15_FLOOR, F14_HELDOUT15_LAST_HELDOUT)),
    Row("figures15", "dev", SCORED_KINDS, floors=(F15_DEV_FLOOR,)),
    Row(
        "figures15",
        "dev-retired16",
        ("money", "percent", "count"),
        floors=(F15_RETIRED16_FLOOR, F15_HELDOUT16_LAST_HELDOUT),
    ),
    Row("figures16", "dev", SCORED_KINDS, floors=(F16_DEV_FLOOR,)),
    Row("figures16", "dev-retired17", SCORED_KINDS, floors=(F16_RETIRED17_FLOOR, F16_HELDOUT17_LAST_HELDOUT)),
    Row("figures17", "dev", SCORED_KINDS, floors=(F17_DEV_FLOOR,)),
    Row(
        "figures17",
        "dev-retired18",
        ("money", "percent", "count"),
        floors=(F17_RETIRED18_FLOOR, F17_HELDOUT18_LAST_HELDOUT),
    ),
    Row("figures18", "dev", ("money", "percent", "count"), floors=(F18_DEV_FLOOR,)),
    Row("figures18", "dev-retired19", ("percent", "count"), floors=(F18_RETIRED19_FLOOR, F18_HELDOUT19_LAST_HELDOUT)),
    Row("figures19", "dev", ("money", "count"), floors=(F19_DEV_FLOOR,)),
    Row(
        "figures19",
        "dev-retired20",
        ("money", "percent", "count"),
        floors=(F19_RETIRED20_FLOOR, F19_HELDOUT20_LAST_HELDOUT),
    ),
    Row("figures20", "dev", ("money", "percent"), floors=(F20_DEV_FLOOR,)),
    Row("figures20", "dev-retired21", ("money", "count"), floors=(F20_RETIRED21_FLOOR, F20_HELDOUT21_LAST_HELDOUT)),
    Row("figures21", "dev", ("money", "count"), floors=(F21_DEV_FLOOR,)),
    Row("figures21", "dev-retired22", SCORED_KINDS, floors=(F21_RETIRED22_FLOOR, F21_HELDOUT22_LAST_HELDOUT)),
    Row("figures22", "dev", ("money", "percent", "count", "quantity"), floors=(F22_DEV_FLOOR,)),
    Row(
        "figures22",
        "dev-retired23",
        (*SCORED_KINDS, "quantity"),
        floors=(F22_RETIRED23_FLOOR, F22_HELDOUT23_LAST_HELDOUT),
    ),
    Row(
        "figures23",
        "dev-retired24",
        (*SCORED_KINDS, "quantity"),
        floors=(F23_RETIRED24_FLOOR, F23_HELDOUT24_LAST_HELDOUT),
    ),
    Row(
        "figures24",
        "dev-retired25",
        (*SCORED_KINDS, "quantity"),
        floors=(F24_RETIRED25_FLOOR, F24_HELDOUT25_LAST_HELDOUT),
    ),
    Row("figures25", "dev", SCORED_KINDS, floors=(F25_DEV_FLOOR,)),
    Row("figures26", "dev", SCORED_KINDS, floors=(F26_DEV_FLOOR,)),
    Row(
        "figures27",
        "dev-retired26",
        (*SCORED_KINDS, "quantity"),
        floors=(F27_RETIRED26_FLOOR, F27_HELDOUT26_LAST_HELDOUT),
    ),
    Row(
        "figures28",
        "dev-retired27",
        (*SCORED_KINDS, "quantity"),
        floors=(F28_RETIRED27_FLOOR, F28_HELDOUT27_LAST_HELDOUT),
    ),
    Row("figures29", "dev", SCORED_KINDS, floors=(F29_DEV_FLOOR,)),
    Row(
        "figures30",
        "dev-retired28",
        (*SCORED_KINDS, "quantity"),
        floors=(F30_RETIRED28_FLOOR, F30_HELDOUT28_LAST_HELDOUT),
    ),
    Row("figures31", "dev", SCORED_KINDS, floors=(F31_DEV_FLOOR,)),
    Row("figures32", "dev", SCORED_KINDS, floors=(F32_DEV_FLOOR,)),
    Row(
        "figures33",
        "dev-retired29",
        (*SCORED_KINDS, "quantity"),
        floors=(F33_RETIRED29_FLOOR, F33_HELDOUT29_LAST_HELDOUT),
    ),
    Row("figures34", "dev", SCORED_KINDS, floors=(F34_DEV_FLOOR,)),
    Row(
        "figures35",
        "dev-retired30",
        (*SCORED_KINDS, "quantity"),
        floors=(F35_RETIRED30_FLOOR, F35_HELDOUT30_LAST_HELDOUT),
    ),
    Row("figures36", "dev", ("money", "percent", "count"), floors=(F36_DEV_FLOOR,)),
    Row("figures37", "dev-retired31", SCORED_KINDS, floors=(F37_RETIRED31_FLOOR, F37_HELDOUT31_LAST_HELDOUT)),
    Row("figures38", "dev", ("money", "percent", "count"), floors=(F38_DEV_FLOOR,)),
    Row("figures39", "dev-retired32", SCORED_KINDS, floors=(F39_RETIRED32_FLOOR, F39_HELDOUT32_LAST_HELDOUT)),
    Row("figures40", "dev", ("money", "percent", "count", "quantity"), floors=(F40_DEV_FLOOR,)),
    Row("figures41", "dev-retired33", SCORED_KINDS, floors=(F41_RETIRED33_FLOOR, F41_HELDOUT33_LAST_HELDOUT)),
    Row("figures42", "dev", ("money", "percent", "count"), floors=(F42_DEV_FLOOR,)),
    Row("figures43", "dev-retired34", SCORED_KINDS, floors=(F43_RETIRED34_FLOOR, F43_HELDOUT34_LAST_HELDOUT)),
    Row("figures44", "dev", SCORED_KINDS, floors=(F44_DEV_FLOOR,)),
    Row("figures45", "dev-retired35", SCORED_KINDS, floors=(F45_RETIRED35_FLOOR, F45_HELDOUT35_LAST_HELDOUT)),
    Row("figures46", "dev", SCORED_KINDS, floors=(F46_DEV_FLOOR,)),
    Row("figures47", "dev-retired36", SCORED_KINDS, floors=(F47_RETIRED36_FLOOR, F47_HELDOUT36_LAST_HELDOUT)),
    Row("figures48", "dev", SCORED_KINDS, floors=(F48_DEV_FLOOR,)),
    Row("figures49", "dev-retired37", SCORED_KINDS, floors=(F49_RETIRED37_FLOOR, F49_HELDOUT37_LAST_HELDOUT)),
    # figures50 (session 41, corpus helper): dev only
    Row("figures50", "dev", SCORED_KINDS, floors=(F50_DEV_FLOOR,)),
    Row(
        "figures51",
        "dev-retired38",
        ("money", "percent", "count"),
        floors=(F51_RETIRED38_FLOOR, F51_HELDOUT38_LAST_HELDOUT),
    ),
    # figures53 (session 42, second corpus helper): held out on heldout39, retired in session 44 as dev-retired39
    Row("figures53", "dev-retired39", SCORED_KINDS, floors=(F53_RETIRED39_FLOOR, F53_HELDOUT39_LAST_HELDOUT)),
    # figures54 (session 43, second corpus helper): held out on heldout40, retired in session 45 as dev-retired40
    Row("figures54", "dev-retired40", SCORED_KINDS, floors=(F54_RETIRED40_FLOOR, F54_HELDOUT40_LAST_HELDOUT)),
    # figures55 (session 44, second corpus helper): held out on heldout41, retired in session 46 as dev-retired41
    Row("figures55", "dev-retired41", SCORED_KINDS, floors=(F55_RETIRED41_FLOOR, F55_HELDOUT41_LAST_HELDOUT)),
    # figures56 (session 45, third corpus helper): held out on heldout42, retired in session 47 as dev-retired42
    Row("figures56", "dev-retired42", SCORED_KINDS, floors=(F56_RETIRED42_FLOOR, F56_HELDOUT42_LAST_HELDOUT)),
    # figures57 (session 46, third corpus helper): held out on heldout43, retired in session 48 as dev-retired43
    Row("figures57", "dev-retired43", SCORED_KINDS, floors=(F57_RETIRED43_FLOOR, F57_HELDOUT43_LAST_HELDOUT)),
    # figures58 (session 47, third corpus helper): held out on heldout44, retired in session 49 as dev-retired44
    Row("figures58", "dev-retired44", SCORED_KINDS, floors=(F58_RETIRED44_FLOOR, F58_HELDOUT44_LAST_HELDOUT)),
    # figures59 (session 48, third corpus helper): held out on heldout45, floors from the lead's one scoring
    Row("figures59", "heldout45", ("money", "percent", "area", "count"), floors=(F59_HELDOUT45_FLOOR,), held=True),
    # figures60 (session 49, third corpus helper): held out on heldout46, floors set by the lead's one scoring
    Row("figures60", "heldout46", ("money", "percent", "area", "count"), floors=(F60_HELDOUT46_FLOOR,), held=True),
)


@cache
def _report(folder: str, split: str) -> Report:
    row = next(r for r in SETS if (r.folder, r.split) == (folder, split))
    return evaluate_articles(row.gold, split)


CASES = [pytest.param(row, kind, id=f"{row.folder}-{row.split}-{kind}") for row in SETS for kind in row.kinds]


def test_table_is_well_formed() -> None:
    # one row per (set, split); every kind of a row is held to something; a held-out row's floors are all set or None
    keys = [(r.folder, r.split) for r in SETS]
    assert len(set(keys)) == len(keys)
    for r in SETS:
        assert r.gold.exists(), r.folder
        for kind in r.kinds:
            assert r.bar or any(f is not None and kind in f for f in r.floors) or (r.held and None in r.floors), (
                r,
                kind,
            )
        assert not (r.held and r.bar), r


@pytest.mark.parametrize(("row", "kind"), CASES)
def test_set_does_not_regress(row: Row, kind: str) -> None:
    if row.held and any(f is None for f in row.floors):
        pytest.skip(f"{row.split} floors not set yet: the lead scores it once, in aggregate (TODO-lead)")
    report = _report(row.folder, row.split)
    s = report.kind(kind)
    assert s.gold >= max(1, row.min_gold.get(kind, 1)), (kind, s.gold)
    # a held-out split: only the summary, its misses are not to be read; dev and retired splits list their misses
    detail = "" if row.held else format_report(report, verbose=True)
    for floor in row.floors:
        if floor is not None and kind in floor:
            precision, recall = floor[kind]
            assert s.precision >= precision - 1e-9, (kind, "precision", s.precision, detail)
            assert s.recall >= recall - 1e-9, (kind, "recall", s.recall, detail)
    if row.bar:
        assert s.precision >= BAR[0] and s.recall >= BAR[1], (kind, "bar", s.precision, s.recall, detail)


# ---- the gold's shape: one row per set, the checks every set's file once copied ----
#
# Sets whose whole file these rows replaced (session 39): figures37, 39, 41, 43 and 45, chosen by source (a held-out
# split, or one retired into development). The others keep their files for their own checks of single figures; a new
# set adds a Shape row (and a Row above), not a file. Each row's text and provenance: figuresN/SOURCES.md and the header
# of figuresN/figures_gold.toml.


@dataclass(frozen=True)
class Shape:
    """What one set's gold must look like.

    corpus: the folder, splits and tables (figures_corpus.Corpus); min_articles: at least that many articles; kinds:
    exactly the figure kinds its gold lists (and none declared: no article carries ``scored``); named: the currency
    words that name an amount's currency (every other sum is its text's region's home currency, no ``currency_by``);
    sizes: gold figures per scored kind, exactly; least: at least so many per kind; currencies: money figures per
    currency, exactly; earlier: sets whose articles and repositories it must not reuse (those present); varied:
    check_varied's arguments; held_count: chosen by source (check_split_by_source), that many articles held;
    text_folders: the text corpus's SOURCES.md folders its repositories sit in (all of one of them, nowhere else).
    """

    corpus: Corpus
    min_articles: int
    named: tuple[str, ...]
    sizes: Mapping[str, int]
    currencies: Mapping[str, int]
    earlier: tuple[str, ...]
    varied: Mapping[str, Any]
    kinds: frozenset[str] = frozenset(SCORED_KINDS)
    least: Mapping[str, int] = field(default_factory=dict)
    held_count: int | None = None
    text_folders: frozenset[str] | None = None


def _regions() -> tuple[str, ...]:
    return ("mainland", "hk", "macau", "taiwan")


SHAPES: tuple[Shape, ...] = (
    # figures37 (session 34, second corpus helper; heldout31, retired in session 36 as dev-retired31): figures35
    # (heldout30) was held out when it was chosen and is not read; figures33 (dev-retired29) and figures36 (dev) are
    Shape(
        Corpus(
            folder="figures37",
            splits=frozenset({"dev-retired31"}),
            held="dev-retired31",
            held_folder="heldout31",  # a retired article keeps its file name
            regions=_regions(),
            currencies=("CNY", "USD", "KRW", "TWD"),
        ),
        min_articles=11,
        named=("人民币", "人民幣", "美元", "韩元", "新台幣"),
        # 108 gold figures over the four scored kinds
        sizes={"money": 34, "percent": 28, "area": 7, "count": 39},
        least={"money": 20, "percent": 20, "area": 5, "count": 20},
        currencies={"CNY": 28, "TWD": 4, "USD": 1, "KRW": 1},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 35)), "figures36"),
        varied={
            "min_repositories": 4,
            "max_per_repository": 4,
            "min_outlets": 11,
            "regions": {"mainland": 9, "taiwan": 2},
            "scripts": {"hans": 9, "hant": 2},
        },
        held_count=11,
        text_folders=frozenset({"heldout31", "dev-retired31"}),
    ),
    # figures39 (session 35, second corpus helper; heldout32, retired in session 37 as dev-retired32): figures37
    # (heldout31) was held out and is not read; figures35 (dev-retired30) and figures38 (dev) are
    Shape(
        Corpus(
            folder="figures39",
            splits=frozenset({"dev-retired32"}),
            held="dev-retired32",
            held_folder="heldout32",
            regions=_regions(),
            currencies=("CNY", "USD", "TWD"),
        ),
        min_articles=10,
        named=("人民币", "美元", "新臺幣"),
        # 118 gold figures over the four scored kinds
        sizes={"money": 24, "percent": 21, "area": 4, "count": 69},
        least={"money": 20, "percent": 20, "area": 4, "count": 20},
        currencies={"CNY": 9, "TWD": 8, "USD": 7},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 37)), "figures38"),
        varied={
            "min_repositories": 5,
            "max_per_repository": 4,
            "min_outlets": 10,
            "regions": {"mainland": 7, "taiwan": 3},
            "scripts": {"hans": 7, "hant": 3},
        },
        held_count=10,
        text_folders=frozenset({"heldout32", "dev-retired32"}),
    ),
    # figures41 (session 36, second corpus helper; heldout33, retired in session 38 as dev-retired33): figures37 and
    # figures39 were held out and are not read; figures40 (dev) is
    Shape(
        Corpus(
            folder="figures41",
            splits=frozenset({"dev-retired33"}),
            held="dev-retired33",
            held_folder="heldout33",
            regions=_regions(),
            currencies=("CNY",),
        ),
        min_articles=13,
        named=("人民币",),
        # 181 gold figures over the four scored kinds (count 148 -> 149 in session 40: 数万人, FIGURES_GOLD §1)
        sizes={"money": 11, "percent": 18, "area": 3, "count": 149},
        least={"money": 10, "percent": 15, "area": 3, "count": 100},
        currencies={"CNY": 11},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 37)), "figures38", "figures40"),
        varied={
            "min_repositories": 2,
            "max_per_repository": 12,
            "min_outlets": 8,
            "regions": {"mainland": 11, "hk": 2},
            "scripts": {"hans": 11, "hant": 2},
        },
        held_count=13,
        text_folders=frozenset({"heldout33", "dev-retired33"}),
    ),
    # figures43 (session 37, second corpus helper; heldout34, retired in session 39 as dev-retired34): figures41 was
    # held out and is not read; figures42 (dev) is
    Shape(
        Corpus(
            folder="figures43",
            splits=frozenset({"dev-retired34"}),
            held="dev-retired34",
            held_folder="heldout34",
            regions=_regions(),
            currencies=("CNY", "USD", "EUR"),
        ),
        min_articles=13,
        named=("人民币", "美元", "欧元"),
        # 80 gold figures over the four scored kinds (count 47 -> 50 in session 40: 数百人, 数亿农民, 上万片, §1; then 49:
        # 07's 6个方面 out, a text's structure, §1)
        sizes={"money": 16, "percent": 12, "area": 3, "count": 49},
        least={"money": 10, "percent": 10, "area": 3, "count": 40},
        currencies={"CNY": 12, "USD": 2, "EUR": 2},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 41)), "figures42"),
        varied={
            "min_repositories": 4,
            "max_per_repository": 9,
            "min_outlets": 10,
            "regions": {"mainland": 12, "taiwan": 1},
            "scripts": {"hans": 12, "hant": 1},
        },
        held_count=13,
        text_folders=frozenset({"heldout34", "dev-retired34"}),
    ),
    # figures45 (session 38, second corpus helper; heldout35, retired in session 40 as dev-retired35): figures43 was
    # held out and is not read; figures41 (retired) and figures44 (dev) are
    Shape(
        Corpus(
            folder="figures45",
            splits=frozenset({"dev-retired35"}),
            held="dev-retired35",
            held_folder="heldout35",  # a retired article keeps its file name
            regions=_regions(),
            currencies=("CNY", "TWD"),
        ),
        min_articles=11,
        named=("人民币", "台幣", "新台幣"),
        # 94 gold figures over the four scored kinds
        sizes={"money": 8, "percent": 19, "area": 2, "count": 65},
        least={"money": 8, "percent": 15, "area": 2, "count": 60},
        currencies={"CNY": 6, "TWD": 2},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 43)), "figures44"),
        varied={
            "min_repositories": 3,
            "max_per_repository": 6,
            "min_outlets": 8,
            "regions": {"mainland": 8, "taiwan": 3},
            "scripts": {"hans": 8, "hant": 3},
        },
        held_count=11,
        text_folders=frozenset({"heldout35", "dev-retired35"}),
    ),
    # figures46 (session 39, corpus helper; dev): figures45 (heldout35) and figures47 (heldout36) are held out and are
    # not read; every dev and retired set before it is
    Shape(
        Corpus(
            folder="figures46",
            splits=frozenset({"dev"}),
            held="dev",
            regions=_regions(),
            currencies=("CNY", "EUR"),
        ),
        min_articles=11,
        named=("欧元",),
        # 156 gold figures over the four scored kinds
        sizes={"money": 16, "percent": 43, "area": 13, "count": 84},
        least={"money": 10, "percent": 30, "area": 10, "count": 60},
        currencies={"CNY": 14, "EUR": 2},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 45))),
        varied={
            "min_repositories": 2,
            "max_per_repository": 6,
            "min_outlets": 8,
            "regions": {"mainland": 11},
            "scripts": {"hans": 11},
        },
    ),
    # figures47 (session 39, second corpus helper; heldout36, retired in session 41 as dev-retired36): figures45
    # (heldout35) was held out and is not read; every dev and retired set before it and figures46 (dev) are
    Shape(
        Corpus(
            folder="figures47",
            splits=frozenset({"dev-retired36"}),
            held="dev-retired36",
            held_folder="heldout36",  # a retired article keeps its file name
            regions=_regions(),
            currencies=("CNY", "HKD", "USD", "EUR"),
        ),
        min_articles=10,
        named=("人民币", "港元", "美元", "欧元"),
        # 122 gold figures over the four scored kinds
        sizes={"money": 36, "percent": 48, "area": 1, "count": 37},
        least={"money": 30, "percent": 40, "area": 1, "count": 30},
        currencies={"HKD": 16, "CNY": 11, "USD": 8, "EUR": 1},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 45)), "figures46"),
        varied={
            "min_repositories": 2,
            "max_per_repository": 8,
            "min_outlets": 10,
            "regions": {"mainland": 9, "hk": 1},
            "scripts": {"hans": 10},
        },
        held_count=10,
        text_folders=frozenset({"heldout36", "dev-retired36"}),
    ),
    # figures48 (session 40, corpus helper; dev): figures47 (heldout36) and figures49 (heldout37) are held out and are
    # not read; every dev and retired set before it is
    Shape(
        Corpus(
            folder="figures48",
            splits=frozenset({"dev"}),
            held="dev",
            regions=_regions(),
            currencies=("CNY", "USD"),
        ),
        min_articles=20,
        named=("人民币", "美元"),
        # 124 gold figures over the four scored kinds
        sizes={"money": 68, "percent": 26, "area": 11, "count": 19},
        least={"money": 50, "percent": 20, "area": 10, "count": 15},
        currencies={"CNY": 65, "USD": 3},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 47))),
        varied={
            "min_repositories": 2,
            "max_per_repository": 10,
            "min_outlets": 11,
            "regions": {"mainland": 20},
            "scripts": {"hans": 20},
        },
    ),
    # figures49 (session 40, second corpus helper; heldout37, retired in session 42 as dev-retired37): figures47
    # (heldout36) was held out and is not read; every dev and retired set before it and figures48 (dev) are
    Shape(
        Corpus(
            folder="figures49",
            splits=frozenset({"dev-retired37"}),
            held="dev-retired37",
            held_folder="heldout37",  # a retired article keeps its file name
            regions=(*_regions(), "japan"),
            currencies=("CNY", "HKD", "JPY"),
        ),
        min_articles=10,
        named=("人民币", "日元"),
        # 100 gold figures over the four scored kinds
        sizes={"money": 6, "percent": 13, "area": 5, "count": 76},
        least={"money": 5, "percent": 10, "area": 5, "count": 60},
        currencies={"JPY": 3, "CNY": 2, "HKD": 1},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 47)), "figures48"),
        varied={
            "min_repositories": 3,
            "max_per_repository": 8,
            "min_outlets": 10,
            "regions": {"mainland": 8, "hk": 1, "japan": 1},
            "scripts": {"hans": 9, "hant": 1},
        },
        held_count=10,
        text_folders=frozenset({"heldout37", "dev-retired37"}),
    ),
    # figures50 (session 41, corpus helper; dev): figures49 (heldout37) and figures51 (heldout38) are held out and are
    # not read; every dev and retired set before it (figures47 retired as dev-retired36 this session) is
    Shape(
        Corpus(
            folder="figures50",
            splits=frozenset({"dev"}),
            held="dev",
            regions=_regions(),
            currencies=("CNY", "USD"),
        ),
        min_articles=11,
        named=("美元",),
        # 198 gold figures over the four scored kinds
        sizes={"money": 43, "percent": 113, "area": 11, "count": 31},
        least={"money": 30, "percent": 80, "area": 8, "count": 20},
        currencies={"CNY": 42, "USD": 1},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 49))),
        varied={
            "min_repositories": 2,
            "max_per_repository": 7,
            "min_outlets": 11,
            "regions": {"mainland": 11},
            "scripts": {"hans": 11},
        },
    ),
    # figures51 (session 41, second corpus helper; heldout38, retired in session 43 as dev-retired38): figures49
    # (heldout37) was held out and is not read; every dev and retired set before it and figures50 (dev) are
    Shape(
        Corpus(
            folder="figures51",
            splits=frozenset({"dev-retired38"}),
            held="dev-retired38",
            held_folder="heldout38",  # a retired article keeps its file name
            regions=_regions(),
            currencies=("CNY",),
        ),
        min_articles=10,
        named=(),
        kinds=frozenset({"money", "percent", "count"}),
        # 60 gold figures over three scored kinds
        sizes={"money": 9, "percent": 16, "count": 35},
        least={"money": 8, "percent": 12, "count": 30},
        currencies={"CNY": 9},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 49)), "figures50"),
        varied={
            "min_repositories": 1,
            "max_per_repository": 10,
            "min_outlets": 10,
            "regions": {"mainland": 10},
            "scripts": {"hans": 10},
        },
        held_count=10,
        text_folders=frozenset({"heldout38", "dev-retired38"}),
    ),
    # figures53 (session 42, second corpus helper; heldout39, retired in session 44 as dev-retired39): figures49
    # (heldout37) and figures51 (heldout38) were held out and are not read; every dev and retired set before it,
    # figures50 and figures52 (if present) are
    Shape(
        Corpus(
            folder="figures53",
            splits=frozenset({"dev-retired39"}),
            held="dev-retired39",
            held_folder="heldout39",  # a retired article keeps its file name
            regions=_regions(),
            currencies=("CNY", "USD", "TWD"),
        ),
        min_articles=10,
        named=("美元",),
        # 56 gold figures over the four scored kinds
        sizes={"money": 13, "percent": 16, "area": 4, "count": 23},
        least={"money": 10, "percent": 12, "area": 3, "count": 20},
        currencies={"USD": 8, "TWD": 3, "CNY": 2},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 49)), "figures50", "figures52"),
        varied={
            "min_repositories": 5,
            "max_per_repository": 3,
            "min_outlets": 10,
            "regions": {"mainland": 5, "hk": 3, "taiwan": 2},
            "scripts": {"hans": 5, "hant": 5},
        },
        held_count=10,
        text_folders=frozenset({"heldout39", "dev-retired39"}),
    ),
    # figures54 (session 43, second corpus helper; heldout40, retired in session 45 as dev-retired40): figures53
    # (heldout39) was held out and is not read; every dev and retired set before it (figures49 and figures51 retired as dev-retired37 and dev-retired38),
    # figures50 and figures52 (if present) are. Held out: only its shape is checked here.
    Shape(
        Corpus(
            folder="figures54",
            splits=frozenset({"dev-retired40"}),
            held="dev-retired40",
            held_folder="heldout40",  # a retired article keeps its file name
            regions=_regions(),
            currencies=("USD", "HKD", "GBP", "TWD"),
        ),
        min_articles=15,
        named=("美元", "港元", "英鎊"),
        kinds=frozenset({"money", "percent", "area", "count"}),
        # 115 gold figures over four scored kinds (77 in round one, 38 in round two, session 43)
        sizes={"money": 27, "percent": 41, "area": 7, "count": 40},
        least={"money": 23, "percent": 35, "area": 6, "count": 34},
        currencies={"USD": 12, "HKD": 10, "GBP": 3, "TWD": 2},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 53))),
        varied={
            "min_repositories": 6,
            "max_per_repository": 6,
            "min_outlets": 15,
            "regions": {"mainland": 11, "taiwan": 2, "hk": 2},
            "scripts": {"hans": 11, "hant": 4},
        },
        held_count=15,
        text_folders=frozenset({"heldout40", "dev-retired40"}),
    ),
    # figures55 (session 44, second corpus helper; heldout41, retired in session 46 as dev-retired41): figures54
    # (heldout40) was held out and is not read; every earlier set is. Held out: only its shape is checked here. Its one Hong Kong text comes from a
    # repository whose other pages are in dev (its header says so), so text_folders is not checked.
    Shape(
        Corpus(
            folder="figures55",
            splits=frozenset({"dev-retired41"}),
            held="dev-retired41",
            held_folder="heldout41",  # a retired article keeps its file name
            regions=_regions(),
            currencies=("CNY", "TWD"),
        ),
        min_articles=10,
        named=(),
        kinds=frozenset({"money", "percent", "area", "count"}),
        # 63 gold figures over four scored kinds
        sizes={"money": 10, "percent": 11, "area": 3, "count": 39},
        least={"money": 8, "percent": 9, "area": 3, "count": 32},
        currencies={"TWD": 8, "CNY": 2},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 54))),
        varied={
            "min_repositories": 5,
            "max_per_repository": 3,
            "min_outlets": 10,
            "regions": {"mainland": 7, "taiwan": 2, "hk": 1},
            "scripts": {"hans": 7, "hant": 3},
        },
        held_count=10,
    ),
    # figures56 (session 45, third corpus helper; heldout42, retired in session 47 as dev-retired42): figures54
    # (heldout40) and figures55 (heldout41) were held out and are not read (their SOURCES.md rows were searched for its
    # repositories instead); every earlier set is. Its texts are not files of the text corpus's heldout42, so
    # text_folders is not checked.
    Shape(
        Corpus(
            folder="figures56",
            splits=frozenset({"dev-retired42"}),
            held="dev-retired42",
            held_folder="heldout42",  # a retired article keeps its file name
            regions=_regions(),
            currencies=("CNY", "TWD", "USD"),
        ),
        min_articles=13,
        named=("美元",),
        kinds=frozenset({"money", "percent", "area", "count"}),
        # 145 gold figures over four scored kinds
        sizes={"money": 42, "percent": 47, "area": 7, "count": 49},
        least={"money": 35, "percent": 40, "area": 6, "count": 40},
        currencies={"CNY": 33, "TWD": 7, "USD": 2},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 54))),
        varied={
            "min_repositories": 5,
            "max_per_repository": 4,
            "min_outlets": 13,
            "regions": {"mainland": 8, "taiwan": 5},
            "scripts": {"hans": 8, "hant": 5},
        },
        held_count=13,
    ),
    # figures57 (session 46, third corpus helper; heldout43, retired in session 48 as dev-retired43): figures56
    # (heldout42) was held out and is not read (its SOURCES.md rows were searched for its repositories instead); every
    # earlier set, figures55 (retired with heldout41 in session 46) included, is. Its texts are not files of the text
    # corpus's heldout43, so text_folders is not checked.
    Shape(
        Corpus(
            folder="figures57",
            splits=frozenset({"dev-retired43"}),
            held="dev-retired43",
            held_folder="heldout43",  # a retired article keeps its file name
            regions=_regions(),
            currencies=("TWD", "HKD", "CNY"),
        ),
        min_articles=12,
        named=(),
        kinds=frozenset({"money", "percent", "area", "count"}),
        # 207 gold figures over four scored kinds
        sizes={"money": 37, "percent": 29, "area": 3, "count": 138},
        least={"money": 30, "percent": 24, "area": 3, "count": 110},
        currencies={"TWD": 19, "HKD": 16, "CNY": 2},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 56))),
        varied={
            "min_repositories": 5,
            "max_per_repository": 5,
            "min_outlets": 12,
            "regions": {"hk": 5, "taiwan": 5, "mainland": 2},
            "scripts": {"hant": 10, "hans": 2},
        },
        held_count=12,
    ),
    # figures58 (session 47, third corpus helper; heldout44, retired in session 49 as dev-retired44): figures57
    # (heldout43) was held out and is not read (its SOURCES.md rows were searched for its repositories instead); every
    # earlier set, figures56 (retired with heldout42 in session 47) included, is. Its texts are not files of the text
    # corpus's heldout44, so text_folders is not checked.
    Shape(
        Corpus(
            folder="figures58",
            splits=frozenset({"dev-retired44"}),
            held="dev-retired44",
            held_folder="heldout44",  # a retired article keeps its file name
            regions=_regions(),
            currencies=("CNY", "USD", "MOP", "TWD"),
        ),
        min_articles=11,
        named=("美元", "人民币", "澳门元"),
        kinds=frozenset({"money", "percent", "area", "count"}),
        # 212 gold figures over four scored kinds
        sizes={"money": 72, "percent": 73, "area": 15, "count": 52},
        least={"money": 60, "percent": 60, "area": 12, "count": 42},
        currencies={"TWD": 30, "CNY": 24, "USD": 16, "MOP": 2},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 57))),
        varied={
            "min_repositories": 6,
            "max_per_repository": 3,
            "min_outlets": 10,
            "regions": {"mainland": 5, "taiwan": 5, "macau": 1},
            "scripts": {"hans": 6, "hant": 5},
        },
        held_count=11,
    ),
    # figures59 (session 48, third corpus helper; heldout45, held out): figures57 (heldout43) and figures58 (heldout44)
    # are held out and are not read (their SOURCES.md rows were searched for its repositories instead); every earlier
    # set, figures56 (retired with heldout42) included, is. Held out: only its shape is checked here. Its texts are not
    # files of the text corpus's heldout45, so text_folders is not checked. Three repositories, eight texts: fewer than
    # the role asked (the other candidates were all in an earlier split or set), said in its SOURCES.md.
    Shape(
        Corpus(
            folder="figures59",
            splits=frozenset({"heldout45"}),
            held="heldout45",
            regions=_regions(),
            currencies=("HKD", "TWD", "CNY"),
        ),
        min_articles=8,
        named=("港元", "人民币"),
        kinds=frozenset({"money", "percent", "area", "count"}),
        # 92 gold figures over four scored kinds
        sizes={"money": 26, "percent": 18, "area": 4, "count": 44},
        least={"money": 20, "percent": 14, "area": 4, "count": 35},
        currencies={"HKD": 18, "TWD": 6, "CNY": 2},
        # figures57 read once retired (session 48), figures58 once retired (session 49)
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 59))),
        varied={
            "min_repositories": 3,
            "max_per_repository": 6,
            "min_outlets": 8,
            "regions": {"hk": 6, "mainland": 1, "taiwan": 1},
            "scripts": {"hant": 7, "hans": 1},
        },
        held_count=8,
    ),
    # figures60 (session 49, third corpus helper; heldout46, held out): figures59 (heldout45) is held out and is not read
    # (its SOURCES.md rows were searched for its repositories instead); every earlier set, figures58 (retired with
    # heldout44 in session 49) included, is. Held out: only its shape is checked here. Its texts are not
    # files of the text corpus's heldout46, so text_folders is not checked. No Hong Kong text (every candidate was in a
    # used repository) and four texts from one repository, said in its SOURCES.md.
    Shape(
        Corpus(
            folder="figures60",
            splits=frozenset({"heldout46"}),
            held="heldout46",
            regions=_regions(),
            currencies=("TWD", "CNY", "HKD", "USD"),
        ),
        min_articles=12,
        named=("港元", "美元"),
        kinds=frozenset({"money", "percent", "area", "count"}),
        # 199 gold figures over four scored kinds
        sizes={"money": 81, "percent": 53, "area": 26, "count": 39},
        least={"money": 65, "percent": 42, "area": 21, "count": 31},
        currencies={"TWD": 39, "CNY": 37, "HKD": 3, "USD": 2},
        earlier=("figures_gold", *(f"figures{n}" for n in range(2, 59))),  # figures58 read once retired (session 49)
        varied={
            "min_repositories": 6,
            "max_per_repository": 4,
            "min_outlets": 12,
            "regions": {"mainland": 8, "taiwan": 4},
            "scripts": {"hans": 8, "hant": 4},
        },
        held_count=12,
    ),
)

SHAPE_CASES = [pytest.param(s, id=s.corpus.folder) for s in SHAPES]


def _present(folders: tuple[str, ...]) -> list[str]:
    return [f for f in folders if f == "figures_gold" or (DATA / f / "figures_gold.toml").exists()]


def _count(shape: Shape, key: str, kind: str | None = None) -> Counter[str]:
    return Counter(f[key] for a in shape.corpus.articles for f in a["figures"] if kind is None or f["kind"] == kind)


@pytest.mark.parametrize("shape", SHAPE_CASES)
def test_gold_is_well_formed_with_provenance(shape: Shape) -> None:
    check_well_formed(shape.corpus, min_articles=shape.min_articles)


@pytest.mark.parametrize("shape", SHAPE_CASES)
def test_kinds_listed_and_nothing_declared(shape: Shape) -> None:
    # no article declares quantity, cheng or fraction (each gold header says what stays unlisted)
    assert not any(a.get("scored") for a in shape.corpus.articles)
    assert set(_count(shape, "kind")) == shape.kinds


@pytest.mark.parametrize("shape", SHAPE_CASES)
def test_bare_yuan_currency_follows_the_region(shape: Shape) -> None:
    # a bare 元/万/亿 is the home currency of the text's region; an amount whose text names its currency is exempt
    check_bare_yuan(shape.corpus, shape.named)
    assert not any("currency_by" in f for a in shape.corpus.articles for f in a["figures"])


@pytest.mark.parametrize("shape", SHAPE_CASES)
def test_split(shape: Shape) -> None:
    # chosen by source: numbered 1..n in collection order, the held articles' repositories and publishers in no other
    # split; every scored kind has enough gold figures to score
    if shape.held_count is not None:
        check_split_by_source(shape.corpus, held_count=shape.held_count)
    else:
        assert {a["split"] for a in shape.corpus.articles} == shape.corpus.splits
    kinds = _count(shape, "kind")
    for kind, least in shape.least.items():
        assert kinds[kind] >= least, kind


@pytest.mark.parametrize("shape", SHAPE_CASES)
def test_split_sizes(shape: Shape) -> None:
    kinds = _count(shape, "kind")
    assert {k: kinds[k] for k in SCORED_KINDS} == {k: shape.sizes.get(k, 0) for k in SCORED_KINDS}
    assert dict(_count(shape, "unit", "money")) == dict(shape.currencies)


@pytest.mark.parametrize("shape", SHAPE_CASES)
def test_articles_are_new_and_sources_varied(shape: Shape) -> None:
    # new articles and new repositories: none of the earlier sets named (those present)
    earlier = _present(shape.earlier)
    check_new(shape.corpus, earlier, new_repositories=True)
    repos = {a["repository"] for a in shape.corpus.articles}
    assert not repos & earlier_repositories(earlier)
    check_varied(shape.corpus, **shape.varied)


@pytest.mark.parametrize("shape", [s for s in SHAPE_CASES if s.values[0].text_folders is not None])
def test_held_repositories_are_held_in_the_text_corpus_too(shape: Shape) -> None:
    # every repository of the set has its rows of the text corpus's SOURCES.md in one of its folders (a retired set:
    # heldoutN/ or dev-retiredN/, whichever the text corpus has) and nowhere else
    assert shape.text_folders is not None
    lines = (DATA / "SOURCES.md").read_text(encoding="utf-8").splitlines()
    for repository in {a["repository"] for a in shape.corpus.articles}:
        rows = [line for line in lines if line.startswith("| ") and f"| {repository} |" in line]
        folders = {row[2:].split("/", 1)[0] for row in rows}
        assert rows and folders <= shape.text_folders and len(folders) == 1, (repository, folders)
