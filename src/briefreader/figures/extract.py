"""Find key figures in Chinese text (PRODUCT.md section 4), one grammar for amounts.

How it works, in one pass:

1. ``fold_text`` makes a same-length copy the rules read: full-width digits, the
   Traditional forms of the words the rules use, financial numerals (壹仟 → 一千).
2. ``FIGURE_RE`` finds candidates left to right: dates (also 二〇〇二年), ``百分之…``,
   fractions (五分之一, 1/5, 千分之五), ``四成``, or an *amount*::

       [currency symbol or code] [sign] NUMBER [余|多|几] [个] [SCALE [NUMBER SCALE]] [余|多] [UNIT]

   NUMBER is Arabic (3,000.5), Chinese (一千二百, 二〇二四), a pair (三四, 十七八: "this or
   that") or vague (数, 几 before a scale); SCALE is 十 百 千 万 亿 (兆 in money); UNIT is a
   currency word, 元/圆/块钱 (the region's currency), an ISO code, %, 个百分点, an area
   or a measure word. After 元: 角/分 (六角七分) and a currency name (9000元日币).
3. The amount may be the first bound of a range: 至/到/-/~/—/－/-- (or 以上 … 以下) and a
   second amount, whose trailing scale and unit the first borrows when it writes none
   (两到三万港元, 八到九百亿); (含) marks an included bound.
4. Hedges around it (超过, 约, 近, 不到, 最高 … before; 以上, 左右, （含） … after) set the
   qualifier and the bounds; growth verbs (增长, 下降, 跌) sign a percent.
5. A figure repeated in the same sentence, or in the lead (the first paragraph) and again
   in the body in the same words, is listed once (``_repeats``; FIGURES_GOLD.md §5). A first
   paragraph that is a numbered item (第八十二条, 问题 1.) is no lead.
Everything outside the match is read through fixed-size windows, and the regexes
have no nested unbounded repetition, so the work is linear in the text length, even on
a 1 MB line without punctuation.

Precision rules (why a number is *not* a figure):
- a number needs a unit: a bare 65668055 (phone), 200082 (postcode), 2.0 (上海制造2.0),
  520 (520礼物节) or 2023 (〔2023〕) has none; 号, 楼, 届, 期, 年 (for a count), 岁,
  周年, 时 are not units here, so 23号, 14 楼, 十五届, 30周年 never become figures;
- 第 before a number makes it an ordinal (第三批, 第B129号);
- a number glued to Latin letters or to ``+`` is a name or formula (5G, B129, web3.0, 1+5+N);
- a lone 一 before a measure word is the article "a" (一个重要引擎, 一批企业);
- a bare scale (万家灯火, 千行百业, 百年) needs a hedge (逾万家, 上百家) or 余/多 (百余场);
- a count wrapped in quotes as a name (“文创50条”) is a title, not a count;
- a year is never a count; a 4-digit 年 is a date, or a deadline (``year``) after
  到/至/将于/预计 or before 前/底前;
- a lone 二 before a measure word is an ordinal-like word (二套房, 二手): two is 两;
- the 1 of an exchange rate (1美元兑7.1元) is not a sum.

- 五家子村, 四处, 前5家, 减负: place names, words and rankings, not counts or signs.

Currency of a bare 元: a (美元,下同) note, or a currency written before an earlier
number (新台币5926亿元, the Taiwan and Hong Kong press convention), else the region's
(``region.py``: mainland CNY, Hong Kong HKD, Macau MOP, Taiwan TWD, unknown "").
A currency written before an earlier number that is not the region's reaches the bare 元
of its own sentence only; in a text of no known region, the one 元-currency it names
(澳元) is its bare 元's only when named in several sentences or in the 元's own; else
the 元 is shown as written (no currency).
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .. import segment
from ..model import Figure
from ..punct import (
    CLAUSE_BREAK,
    CLOSE_BRACKET,
    COMMA,
    HAN_BASIC,
    MARK_PAIRS,
    SENTENCE_OR_CLAUSE_END,
    SENTENCE_OR_LINE_END,
)
from ..rx import alternation  # one helper for the core's rule modules (review s25 N1)
from . import english
from .numerals import (
    CN_DIGIT_CHARS,
    CN_NUMERAL_CHARS,
    SCALES,
    SUFFIX_SCALES,
    approx_pair_bounds,
    is_bare_scale,
    parse_arabic,
    parse_chinese,
    scale_factor,
)
from .numerals import DIGITS as DIGIT_VALUES
from .numerals import number_value as parse_number
from .numerals import parse_number as parse_written_number
from .region import TRILLION_REGIONS, Region, detect_region, names_home, place_currency, resolve_region
from .units import (
    ADMIN_UNITS,
    AMBIGUOUS_CURRENCY_WORDS,
    AREAS,
    BESIDE_NOUNS,
    BIT_WIDTH_LATIN,
    BIT_WIDTH_NOUNS,
    BIT_WIDTHS,
    CASUALTIES,
    CURRENCIES,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CUT_WORDS,
    GROUP_MEASURES,
    GROWTH_DOWN,
    GROWTH_UP,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    HOME_CURRENCY_WORDS,
    MEASURE_NOUN_DEFAULTS,
    MEASURED_NOUNS,
    MEASURES,
    NEGATED_FLOORS,
    NEGATED_MODALS,
    NEGATIONS,
    NO_MONEY_UNITS,
    NOUN_MEASURES,
    NOUN_TABLE,
    NOUNS,
    OTHER_UNITS,
    PEOPLE_BY_SEX,
    PEOPLE_NOUNS_BARE,
    PEOPLE_NOUNS_EN,
    PER_AREA_UNITS,
    PER_UNITS,
    PHRASE,
    QUANTITIES,
    QUANTITY_EN,
    QUANTITY_LATIN,
    RANGE_DASHES,
    RANGE_WORDS,
    REGION_CURRENCY,
    REGION_WORDS,
    ROW_MEASURED_NOUNS,
    SELF_NAMING_MEASURES,
    SUM_VERB_MORPHEMES,
    TAIWAN_LAND_AREAS,
    THING_MEASURES,
    TOPONYM_ENDINGS,
    WITHOUT,
    WORD_CODES,
    YEAR_MAX,
    YEAR_MIN,
    measure_words,
    measures_of,
)

# --------------------------------------------------------------------------- regexes

_SP = r"[ \u3000\xa0]{0,2}"  # sources put spaces around numbers: "77 所高校", "1.5 万亿元"
_INCLUSIVE_BETWEEN = r"(?:[(（]含(?:本数|本數)?[)）]" + _SP + r")?"  # 120（含本数）平方米以下: see FIGURE_RE
# A range's sign between its bounds, from units' one table: 至|到|-{1,2}|~|… (a dash may stand doubled); its characters
# (a range may start at one); the words alone (上限由5%到, 五股至…段: "to")
RANGE_WORD = "|".join(RANGE_WORDS)
RANGE_SIGN = "|".join(
    [*RANGE_WORDS, *(re.escape(d) + (f"{{1,{n}}}" if n > 1 else "") for d, n in RANGE_DASHES.items())]
)
RANGE_SIGN_CHARS = "".join(RANGE_WORDS) + "".join(RANGE_DASHES)
_CN = CN_NUMERAL_CHARS
_CND = CN_DIGIT_CHARS

# The words 元 starts (元宇宙 metaverse, 元素, 元旦, 元宵 ...): after them 元 is no yuan, nor 新元 a dollar
_YUAN_STARTS = r"宇宙|素|件|器|老|旦|首|启|化|帅|音|气|认知|朝|代|年|月|宵|培"
# 新元 (Singapore's dollar) is a currency right after a number only: elsewhere it is the inside of a word (创新元素),
# and never before a word 元 starts (2025新元年, 新元宵, 3新元件)
_AFTER_NUMBER_ONLY = frozenset({"新元"})
_AFTER_NUMBER_ONLY_RE = "|".join(rf"{w}(?!{_YUAN_STARTS})" for w in sorted(_AFTER_NUMBER_ONLY))
_RIGHT_AFTER_NUMBER = r"(?<=[\d十百千万亿兆多余两一二三四五六七八九])"
_CURRENCY = alternation(w for w in CURRENCIES if w not in _AFTER_NUMBER_ONLY) + "|" + _AFTER_NUMBER_ONLY_RE
_CURRENCY_NAMED = (
    alternation(w for w in CURRENCIES if w not in _AFTER_NUMBER_ONLY)
    + f"|{_RIGHT_AFTER_NUMBER}(?:{_AFTER_NUMBER_ONLY_RE})"
)
# The bare "yuan": 元 also starts words, 圆 too.
# ... but a sum's own words start with some of those characters: 三億元啓動資金, 59元月租费, 298元年费, 200元代金券,
# 30万元首付 (tester s24 T19: no figure), 50元年票 and 20元月票 (a pass the sum buys: figures46 dev 06)
_YUAN_SUM_WORDS = r"启动|首付|首期|月租|月费|月供|月薪|月票|月卡|年费|年薪|年票|年卡|代金"
_YUAN = (
    rf"元(?=(?:{_YUAN_SUM_WORDS}))|元(?!{_YUAN_STARTS})"
    r"|圆(?!满|形|桌|心|明园|周|梦|润|滑|场|球|规|弧|柱|锥)|块钱"
    # Cantonese 蚊 is the dollar (收你480蚊); not 蚊子, 蚊香, 蚊帐 (mosquitoes)
    r"|蚊(?!子|香|帐|虫|叮|蝇|怕|患|媒)"
)
_CODES = alternation(CURRENCY_CODES)
# a sum's noun after a Latin scale with no currency (1M左右的退休资产): a sum of the region's currency
_LAT_SUM_AFTER = (
    # words between only after 的 (1M左右的退休资产): 4K电视收入, 8K屏幕收入 are a screen's resolution (review s25 R14)
    rf"(?:左右|以上|以下|出头)?(?:的[{HAN_BASIC}]{{0,2}}?)?"
    r"(?:资产|存款|储蓄|收入|年薪|月薪|薪水|工资|预算|资金|现金|退休金|公积金)"
)
_EN_SCALE_WORD = "(?i:thousand|million|billion|trillion|mn|bn)"
# Symbols and codes before the number: US$5, HK$ 3.2亿, HKD13.5, RMB 100万.
_PRE = rf"(?:(?=[A-Z$￥¥€£₩₹฿])(?P<pre>{alternation(CURRENCY_SYMBOLS)}|(?<![A-Za-z])(?:{_CODES})(?![A-Za-z])){_SP})?"
_AREA = alternation(k for k in AREAS if k not in TAIWAN_LAND_AREAS)
# Taiwan's 甲 and 分 (units.TAIWAN_LAND_AREAS) after a number: 甲 before land, a half, a hedge or a pause (3 甲半,
# 三甲果園, 另外 2 甲原本), 分 before 地 (7 分多地); _area reads them in a Taiwanese text only
_AREA_TW = (
    r"(?<=[\d ])甲(?![级类等组型方肝醛烷状乙苯基板])"
    r"|(?<=[一二三四五六七八九十两])甲(?=半|多|左右|地|果园|园|田|农地|[，。；,;、）)]|$)"
    r"|(?<=[\d 一二三四五六七八九十两])分(?=多?地)"
)
# ... and only in a sentence about land (甲 names grades and ranks too: 2甲 of a school's results)
_LAND_WORDS_RE = re.compile(r"果园|园|农地|农田|土地|田|地|种植|耕|面积|公顷|农")
# 平 alone for 平米 after Arabic digits, as home buyers and their press speak (100平房子, 300平地下室, 90平的两居):
# only right before what is built or lived in (or, at a clause's end, where the clause names a floor area or a home:
# _area reads it); 平 also opens words (平台, 平均, 平衡) and says a tie (2比2平手, 扳成20平)
_PING_NOUNS = (
    r"房|屋|地下室|[一二两三四五六]?居|室|宅|公寓|别墅|住|户型|套|铺|店|门面|仓库|厂|办公|写字楼|平层|复式|空间|场地|院"
    r"|花园|露台"
)
_PING_AFTER = rf"(?:左右|以上|以下|出头)?的?(?:{_PING_NOUNS})"
_AREA_PING = rf"(?<=\d)平(?={_PING_AFTER}|[，。；,;、）)]|$)"
# A physical quantity's unit (units.QUANTITIES: 吨, 千瓦时, 升 …) closes its number: not a class (5000吨级, 52公斤级,
# 吨位), a compound (万吨公里, 立方公里) or a rate per anything but time (千瓦时/人; 100万吨/年 is listed at face
# value).
# 升, 度 and 方 are words too (升至, 上升; 温度, 一度; 方面, 双方): only before what no verb or word goes on with (a
# stop, 的, or what is measured: 水, 油, 电 …); _physical then reads 度's and 方's words
# (a slash then a number and a quantity's unit is a pair's, not a rate's: 100 MW/129 MWh, 200兆瓦/400兆瓦时, a
# store's power and energy; a number and another measure's unit is what the first is per: 6.5升/100公里, review s27 R5)
_QTY_UNIT_WORDS = f"{alternation(QUANTITIES)}|{alternation(QUANTITY_LATIN)}"  # every quantity unit, either script
_QTY_PAIRED = rf" ?\d[\d.]* ?(?:{_QTY_UNIT_WORDS})"
# (nor a currency's name it starts: 5千克朗 is 5,000 crowns, review s40 R1)
_QTY_CLOSED = rf"(?!级|位|公里|千米|英里|朗|/(?!年|月|日|天|小?时|{_QTY_PAIRED}))"
_QTY_WORDS = ("升", "度", "方")
_QTY_NEXT = {
    "升": "水|油|汽油|柴油|燃油|成品油|酒|啤酒|白酒|奶|牛奶|液|血",
    "度": "电",
    "方": "水|土|土石|气|天然气|混凝土|砂|石|沙|泥|淤泥|渣|垃圾",
}


def _qty_unit(word: str) -> str:
    """One unit of QUANTITIES, never the head of a longer one whose tail fails to close (千瓦 of 千瓦时/人)."""
    longer = [w[len(word) :] for w in QUANTITIES if w != word and w.startswith(word)]
    return re.escape(word) + (f"(?!{'|'.join(longer)})" if longer else "")


_QTY_HEDGES = alternation(w for w in HEDGES_AFTER if not w.startswith("起"))  # (升起 is a verb: no 起, 起步)
_QTY = (
    rf"(?:{'|'.join(_qty_unit(k) for k in sorted(QUANTITIES, key=len, reverse=True) if k not in _QTY_WORDS)})"
    rf"{_QTY_CLOSED}"
    # (or a hedge after it, or the 之间 that ends a range: 20万升左右, 4000-5000万升之间)
    + "".join(rf"|{w}(?=[^{HAN_BASIC}]|$|的|之间|{_QTY_HEDGES}|{_QTY_NEXT[w]}){_QTY_CLOSED}" for w in _QTY_WORDS)
    + rf"|(?<=[\d ])(?:{alternation(QUANTITY_LATIN)})(?![A-Za-z\d]){_QTY_CLOSED}"
)
# the words of a clause before a 度 that make it a kilowatt-hour (用电量达500万度) and those that make it a degree
# (electricity used, made or sold: not any 电, 电动汽车/电热毯/电机 are products: review s26 R1b)
_ELECTRIC_BEFORE_RE = re.compile(r"电量|用电|发电|供电|售电|购电|耗电|节电|电费|充电|充满|度电")
_DEGREES_BEFORE_RE = re.compile(r"温|摄氏|华氏|零下|旋转|转动|角|纬|经度|坡|倾|弯|视力|酒精|浓度|湿度|热度|高度")
# ... before a 方: a volume (土方量约120万方, 蓄水3000万方) or a floor area (總建築面積30萬方: square metres, figures16)
# (a volume's words, not any 水 or 气: 供水公司、排水公司和环保部门3方 are parties, review s26 R2b)
_VOLUME_BEFORE_RE = re.compile(
    r"土方|石方|方量|混凝土|库容|容积|体积|蓄水|储水|调水|引水|输水|水量|污水|废水|气量|天然气|燃气|沼气|砂石|渣土|垃圾|疏浚|开挖"
)
_FLOOR_AREA_BEFORE_RE = re.compile(r"面积|建面|楼面|占地|用地")
_PING_CLAUSE_RE = re.compile(rf"{_FLOOR_AREA_BEFORE_RE.pattern}|户型|套内|{_PING_NOUNS}|租|买|卖|装修")
_PING_AFTER_RE = re.compile(_PING_AFTER)
# before a numeral and 甲, what makes it a rank (前三甲, 第一甲, 名列三甲), no area
_JIA_WORD_BEFORE = frozenset("前第列入进居")
_AREA_NOUN_BEFORE_RE = re.compile(r"面积(?:达到?|为|约|共计?|合计|是)?[ \u3000]?$")
_UNIT_LEFT_OUT_REACH = 2000  # characters before a unit-less area read for the same number said with its unit
_AREA_UNIT_RE = re.compile(_AREA)  # (an area figure's text: the first unit in it is its unit)
_VOLUME_NOUNS = tuple(_QTY_NEXT["方"].split("|"))
# what is weighed, then a slash: a compound unit (单位GDP能耗0.664吨标准煤/万元: per RMB 10,000 of GDP, tester s26 U8),
# no quantity; 100万吨/年 (a slash right after the unit, per a time) is one at face value
_QTY_COMPOUND_RE = re.compile(rf"[{HAN_BASIC}]{{1,4}}/(?!年|月|日|天|小?时)")
_COAL_EQUIVALENT_RE = re.compile(r"标准?煤")  # 4000万吨标准煤: tonnes of coal equivalent (tce), tester s26 U8
# ... and named right before its number (节约标准煤16.28万吨, 折标煤约3万吨: tester s26 U19)
_COAL_EQUIVALENT_BEFORE_RE = re.compile(r"标准?煤[^\d，。；、\n]{0,2}$")
_QTY_PER_TIME = {"年": "yr", "日": "day", "天": "day", "月": "month", "小时": "h", "时": "h", "秒": "s", "分钟": "min"}
_QTY_PER_TIME_RE = re.compile(rf"/(?P<per>{alternation(_QTY_PER_TIME)})")  # 120万方土: what is measured, right after it
# ... or said before it with 每 (每秒約500立方公尺: a flow, tester s26 U17; 每年减少100万吨, 每人每月用水10吨), each
# 每 a time or a unit PER_UNITS names in English, what the clause says between (用水, 约)
_QTY_PER_WORDS = {**{k: v for k, v in PER_UNITS.items() if v and k not in _QTY_PER_TIME}, **_QTY_PER_TIME}
_QTY_PER_BEFORE_RE = re.compile(rf"(?P<pers>(?:每(?:{alternation(_QTY_PER_WORDS)}))+)[^\d每/{CLAUSE_BREAK}\n]{{0,6}}$")
_QTY_PER_EACH_RE = re.compile(rf"每(?P<per>{alternation(_QTY_PER_WORDS)})")
# Longest literal first (人次 before 人, 项目 before 项); the look-aheads don't count.
_MEASURE = "|".join(sorted(MEASURES, key=lambda alt: max(map(len, measure_words(alt))), reverse=True))

# Thousands separators only in proper groups (3,000 / 12,345,678): Chinese text often
# uses an ASCII comma as a clause comma, and "2024,100家" is 2024 then 100家.
# Right after one to three digits and an ASCII comma (the head of a thousands grouping), each width its own look-behind
_AFTER_SHORT_RUN = "(?:" + "|".join(rf"(?<={edge}\d{{{n}}},)" for edge in (r"\D", "^") for n in (1, 2, 3)) + ")"
_NUMBER = (
    # thousands groups: ASCII commas (3,000); a full-width comma only in a number with
    # decimals (82，225.00): "$20，300美圆" is two amounts
    # the Hong Kong government groups thousands with a (thin) space: 132 000名, 約4 500幢;
    # only before a unit, so a list of numbers is not read as one
    rf"(?P<num>(?<!\d)\d{{1,3}}(?:[ \u2009\u202f\xa0]{{1,2}}\d{{3}}){{1,5}}(?=[万亿多余]?[{HAN_BASIC}%])"
    rf"|\d{{1,3}}(?:[,，]\d{{3}})+\.\d+"
    # Arabic digits with 千/百 under a 万/亿 (Taiwan's budget style: 2千3百万元, 847亿1千3百余万元)
    # ... and Malaysian/Singaporean press style, the hundreds in digits under 千 (1千900万令吉 = 19 mn)
    # ... and the tens and units in digits under a 百 (1千1百78萬元 = 11.78 mn, 5百20萬: figures28 03)
    rf"|(?<![\d.])\d(?:千\d百(?:\d十|\d\d)?|千\d十|百\d十|百\d\d|千\d{{3}})(?=[余多]?[万亿])"
    # ... and a hedge between the two scales (3千多万元 = over 30 mn, 公共債務6百多億: figures28 04), as 两千多万 reads
    rf"|(?<![\d.])\d[千百](?=[余多][万亿])"
    # (a full-width comma after the groups ends the number unless a group of exactly three digits follows it:
    # RM1,142,415，并… and RM1,142,415，2023年 are MYR 1,142,415; a group given up is not read, nor any part of it:
    # 1,539,649,663743 is no 1,539,649 (tester s19 F16) and no 1 (review s19 R4): the groups are atomic, and a plain
    # run of digits never stops before a comma and three digits, nor starts inside a grouped run)
    # (nor starts inside a digit run, nor is a run of four digits or more right after one to three digits and a comma:
    # 12,3456元 is a grouping gone wrong, shown as written, never RMB 3,456, review s19 R14; 2024,1000家 is a clause's
    # comma after a year, and 1,2,3个 a list)
    rf"|(?:(?<!\d)(?>\d{{1,3}}(?:,\d{{3}})+)(?!\d|,\d|，\d{{3}}(?!\d))|(?<!\d)(?!{_AFTER_SHORT_RUN}\d{{4}})(?>\d+)(?!,\d{{3}}))"
    r"(?:\.\d+)?"
    # 数十亿, 几百: vague; they need a unit after them (数字, 几乎 are words)
    rf"|[数几](?=[十百千万亿兆])"
    # 上兆美元, 破兆元: a bare 兆 (10^12 in Taiwan) only right before a currency (千兆, 兆瓦 are no numbers)
    rf"|兆(?=元|{_CURRENCY})"
    # (a run never ends in the 千 of a unit that starts with it: 三千克 and 两千瓦时 are 三 千克 and 两 千瓦时, as the
    # scale after Arabic digits is never that 千; the value is the same either way, 3 kg = 3000 g; 两千克拉: carats,
    # 五千克朗: crowns, 三千瓦片: tiles, review s40 R1)
    rf"|[{_CN}]{{1,20}}(?!(?<=千)(?:克(?!拉|朗)|瓦(?!片)))(?:点[{_CND}]{{1,8}})?)"
)
_QUANTITY = (
    _PRE
    # a minus sign that is not a range dash or part of a code: -22.2%, 负3.9%, (-1.5亿元)
    # 负 only where a number can start (增速为负3.9%), not inside a word (减负, 负责)
    # right after a word, a hyphen is a minus only where a signed figure follows: a balance, a
    # change or a copula (净利润-419.16万元, 同比-3.2%, 为-5%); after a verb or a label it joins the
    # label to what it names (天天抽-2000元現金: a prize, no negative sum)
    # (a hedge or a bound before it too: 约-0.1%, 低于-0.5%; after a period's end only a balance with its decimals or
    # thousands, never a year: 年末-5,482.35万元, not 年末-2024年初)
    # (年增-3%, 月增-0.5%: a growth of minus so much, Taiwan's results tables, s32)
    + rf"(?P<sign>(?:(?<![0-9A-Za-z.%\-~{HAN_BASIC}])|(?<=[润益额值亏长幅动比率为是至到达约于从由自增]))[-−－](?=\d)"
    + r"|(?<=[末初底])[-−－](?=\d{1,3}(?:,\d{3})+|\d+\.\d)"
    # an en dash right after an opening bracket: a table's or a report's minus (減少（–5.2%）), never a range there
    + r"|(?<=[(（])–(?=\d)"
    + rf"|(?:(?<![{HAN_BASIC}])|(?<=[为是至到达约率值的由从自币]))负(?=[\d零〇一二两三四五六七八九十]))?"
    + _NUMBER
    # a scale in Latin letters after Arabic digits, only right before a currency word (1B 美金, 500M美元, 3K台幣;
    # forum and business writing): elsewhere 1B, 5G, 3K are names
    # ... or after a symbol's or a code's number (S$3M, $500K: Singapore's press, figures16 dev)
    # ... or, with no symbol, right before a sum's noun (1M左右的退休资产, 80K的年薪: Singapore's press; 2M以上, 500K
    # alone stay as written)
    # (after a symbol or a code in either case: €3m, US$200m, $500k, as the English press writes them)
    + r"(?:(?<=\d)(?P<lat>(?(pre)[KMBkmb]|[KMB]))(?![A-Za-z\d])"
    + rf"(?(pre)|(?={_SP}(?:{_CURRENCY}|{_YUAN})|{_LAT_SUM_AFTER}|(?<=K)[，。；、,;）)」”\s]|(?<=K)$)))?"
    # an English scale word after a symbol's or a code's number (US$2.5 billion, HK$1.2 million, €500 millions):
    # part of the amount, never dropped (tester s16 G: 'USD 2.5' for 2.5 billion)
    # ... and never the first bound of an English range (US$2-3 billion: not 'USD 2'; shown as no figure)
    + rf"(?(pre)(?:[ \xa0]?(?P<en>{_EN_SCALE_WORD})s?(?![A-Za-z]))?"
    + rf"(?![ \xa0]?(?:{RANGE_SIGN})[ \xa0]?\d[\d.,]*[ \xa0]?{_EN_SCALE_WORD}))"
    # ... or, with no symbol, between Arabic digits and the currency word or code they count (1.2 million USD,
    # 3.5 billion美元, 500 mn 港元): the scale is the amount's (the number alone was no sum)
    + rf"(?:(?(pre)(?!)|(?<=\d)[ \xa0]?(?P<en2>{_EN_SCALE_WORD})s?(?={_SP}(?:{_CURRENCY}|(?:{_CODES})(?![A-Za-z])))))?"
    + _SP
    + _INCLUSIVE_BETWEEN  # (750（含本数）万元: before the scale too)
    # 兆 (10^12 in Taiwan: 2兆2,209亿元) only in money; a compound 3亿5000万元 or
    # 2兆2,209亿元 reads its second part (num2 + scale2) as the lower section.
    # 两个亿: 个 may sit between a number and 亿.
    # (十数位: "ten-odd", as 十几: Taiwan's writing, figures55 dev-retired41 06; only after 十, never 数十's 数)
    + r"(?P<more1>[余多几]|(?<=十)数(?=[^十百千]))?"
    + r"(?:个(?P<more3>[多余])?(?=亿))?(?:(?P<scale>(?:[十百万亿]|千(?![瓦克])|兆(?!瓦)){1,3})"
    # 1萬3千元, 2万5千人: a thousands section written with 千 (or 百) under 万; 1億7,000多萬元: the
    # lower section hedged (over 170 mn); 372 億 1 萬元: spaced out on both sides of the lower section; 1 兆 6,683億,
    # 3 兆 5,753 億 (a PDF text layer's spaces around 兆: figures18 dev 01): one or two spaces, and only before the 億
    # section right under it (1兆 300万元 stays two sums)
    # ... and 4 萬 5 千多個 (Taiwan's readr writes every number spaced: figures55 dev-retired41 06): the thousands under
    # a 万 spaced out, one digit and its 千 or 百
    + r"(?:(?:(?<=亿)[ \xa0](?=\d{1,4}[ \xa0]万)|(?<=兆)[ \xa0]{1,2}(?=(?:\d,\d{3}|\d{1,4})[ \xa0]?亿)"
    + r"|(?<=万)[ \xa0](?=\d[ \xa0][千百](?![万亿])))?"
    + r"(?P<num2>\d(?:千(?:\d百)?(?:\d十)?|百(?:\d十)?)(?=[余多]?[万亿])"  # 3亿5千万元, 856亿5千3百余万元
    + r"|\d{1,3}(?:,\d{3})+|\d{1,4}(?:\.\d+)?|[零〇一二两三四五六七八九十百千]{1,12})"
    + r"(?:[ \xa0](?=万)|(?<=\d)[ \xa0](?=亿)|(?<=万[ \xa0]\d)[ \xa0](?=[千百](?![万亿])))?(?P<more4>[余多])?"
    + r"(?P<scale2>[万亿]|(?<=\d)[千百](?![万亿])|(?<=万[ \xa0]\d[ \xa0])[千百](?![万亿]))"
    # 1億9,904萬8千元, 2,852億2,733萬4千元: a third section, thousands written with 千 under the 万 under a 亿
    # ... or in digits (36億5,347萬7,000元, 1亿2345万6789元: budget style; tester s18 F8: the 元 tail was read alone)
    + r"(?:(?<=[\d千百十]万)(?P<num5>\d(?:千(?:\d百)?(?:\d十)?|百(?:\d十)?)(?![万亿\d])"
    # (only right before the 元 it ends in: 1亿2000万3个项目 is a sum and a count, review s19 R2)
    + r"|(?:\d,\d{3}|\d{1,4})(?=[元圆块]|(?:港|美|澳|新台|人民)[元币])))?"
    # 41万1930辆, 3万445件, 1萬9,202人: the digits under 万 (2 to 4 of them, or a thousands
    # group; 1万2 is spoken 12,000); 3千508人: three digits under 千
    + r"|(?<=万)(?P<num3>\d,\d{3}(?:\.\d+)?|\d{2,4})(?![\d.,年月日号时点])"
    + r"|(?<=千)(?P<num3k>\d{3})(?![\d.,年月日号时点]))?)?"
    + r"(?P<more2>[余多])?"
    + _SP
    # an inclusive marker between the number and its unit (120（含本数）平方米以下, 750（含本数）万元: a statute's
    # thresholds, figures35 dev-retired30 06); the bound it marks is read with the unit's hedge
    + _INCLUSIVE_BETWEEN
    + rf"(?P<unit>(?P<cur>{_CURRENCY})|(?P<yuan>{_YUAN})|(?P<code>(?:{_CODES})(?![A-Za-z]))"
    # 5毛, 1毛7: dimes, in speech; 毛 only where no word follows (毛衣, 毛利)
    + rf"|(?P<mao>毛(?=钱|[一二两三四五六七八九\d]|[^{HAN_BASIC}]|$)"
    # 角 (a dime) after Arabic digits, as exchange-rate moves are quoted in Taiwan (台幣重挫1.58角); checked below
    + r"|(?<=\d)角(?![度色落逐力形膜质星楼尺架码球]))"
    # cents: 仙 in Hong Kong (末期息每股30仙), 分 where no word follows; checked in context
    # 美分, 港仙, 美仙: a named currency's cents (每股34美分; the Hong Kong press's US cent 美仙: 每股盈利39美仙)
    + r"|(?P<cent>美分|港仙|美仙|仙(?![人女子境丹鹤草剑侠游逝姑桃乐])"
    + rf"|分(?![\d一二三四五六七八九]厘)(?=钱|[^{HAN_BASIC}]|$))"
    # 厘: Hong Kong quotes interest and yields in it (股息率5.5厘, 加息0.25厘); checked in context.
    # An area unit + 次 (60万亩次, 公顷次) is land worked counted per pass, no area
    # bp, bps: basis points in Latin letters (MLF利率下调10bp), read as 基点 are: only after a rate word
    + r"|(?P<pct>[%％‰]|个?百分点|个?基点|厘(?![米清定头正订革金])|(?<=[\d \xa0])(?:bps?|BPS?)(?![A-Za-z]))"
    # (a unit in Latin letters, 450 sqft, 100 m2, only where no letter goes on after it)
    + rf"|(?P<area>(?:{_AREA})(?!次)(?!(?<=[A-Za-z²\d])[A-Za-z])|{_AREA_PING}|{_AREA_TW})"
    # 吨, 千瓦时, 升 … (before the measure words: 方 and 度 are measures in other words)
    + rf"|(?P<qty>{_QTY})"
    + rf"|(?P<measure>{_MEASURE})|(?P<nian>年))?"
)
_CNY_DIGITS = "〇零一二三四五六七八九"
_DATE = (
    r"(?P<y1>\d{4})(?P<sep>[-/.])(?P<m1>\d{1,2})(?P=sep)(?P<d1>\d{1,2})(?!\d)"
    r"|(?P<y2>\d{4}) ?年 ?(?P<m2>\d{1,2}) ?月(?: ?(?P<d2>\d{1,2}) ?[日号])?"
    r"|(?P<m3>\d{1,2}) ?月 ?(?P<d3>\d{1,2}) ?[日号]"
    # 二〇〇二年, 二零二四年九月十日: years written digit by digit in Chinese
    rf"|(?P<y4>[{_CNY_DIGITS}]{{4}})年(?:(?P<m4>十[一二]?|[一二三四五六七八九])月"
    r"(?:(?P<d4>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?)?"
)
# 成 after a digit is a share (四成 = 40%) unless it starts a word: 成员, 成立, 一成不变 ...
_CHENG_WORDS = "不员立功本果熟长交就都型品效绩为年人材才片套群批规全形像真事败名婚行家色分因语千百亲"
_CN_PCT = rf"[{_CND}十百千]{{1,8}}(?:点[{_CND}]{{1,8}})?|(?:\d{{1,3}}(?:[,，]\d{{3}})+|\d+)(?:\.\d+)?"

# Every figure starts with one of these characters. A look-ahead on them first lets the
# regex engine skip the text between figures at C speed instead of trying each
# alternative at every position (the scan is ~4x faster on news text; same matches).
_FIRST_CHARS = re.escape(
    "".join(
        sorted(
            set("0123456789" + CN_NUMERAL_CHARS + "数几负-−－–兆")
            | {w[0] for w in (*CURRENCY_SYMBOLS, *CURRENCY_CODES)}
        )
    )
)
FIGURE_RE = re.compile(
    rf"(?=[\d{_FIRST_CHARS}])(?:"
    rf"(?P<date>{_DATE})"
    # (一百分之五 is 百分之五, 一千分之三 千分之三: the denominator's 一 said, never a number 一百 before 分之 alone)
    rf"|(?:一(?=百分之))?百分之(?P<pcn>{_CN_PCT})"
    rf"|(?P<frac>(?P<den>一[千万](?=分之)|[二三四五六七八九十百千万]{{1,4}}|\d{{1,4}})分之(?P<numer>[{_CN}]{{1,10}}(?:点[{_CND}]{{1,4}})?|\d{{1,4}}(?:\.\d+)?))"
    # 1/5, 总量的1/5以上: a slash fraction, not part of a date or a path
    rf"|(?<![\d/.:])(?P<snum>\d{{1,2}})/(?P<sden>\d{{1,3}})(?![\d/.:])"
    # (or one Arabic digit, as Taiwan's and Hong Kong's press write it: 逾4成, 近2成, 達8成; not 2.5成, 12成)
    # (成为 "become" only after a Chinese numeral: after a bare Arabic digit 为 is the copula, 其中8成為服務業)
    rf"|(?P<cheng>[一二两三四五六七八九]|(?<![\d.,])[1-9])成(?:(?![{_CHENG_WORDS}])|(?<=[1-9]成)(?=为))"
    rf"|数以(?P<shuyi>十万|百万|千万|[十百千万亿])(?P<shuyiyuan>元)?计"  # 数以千计的居民: thousands of, vague
    # 减少一半, 超过一半, 近一半: half, a fraction (1/2) where a hedge or a change says it is a share (_half)
    rf"|(?<![另上下前后])(?P<half>一半)"
    rf"|{_QUANTITY})"
)
QUANTITY_RE = re.compile(_QUANTITY)
URL_RE = re.compile(rf"(?:https?://|www\.)[^\s\u3000-\u303f\uff00-\uffef{HAN_BASIC}]+")
# More numeral characters in a row than any number has (一千二百三十四万五千六百七十八亿 is 16,
# 1,234,567,890.12 is 16): an ID, a digit string or hostile text (2万3千2万3千…), no figure.
# Skipped whole, else every position in it is tried as a figure (~7x normal text's time).
LONG_NUMERAL_RUN_RE = re.compile(rf"[\d{_CN}兆,.]{{41,}}")
# A run of plain numbers, each followed by spaces or a line break (a table's rows and columns, a list: 569.20 495.44
# 85405 28.35 …; a unit never follows a number across a line break: hard wraps are joined before). Inside it
# a number has no unit, scale or sign, nothing its reading could find but a money word in the 12 characters before it
# (营业收入 12345: _implied_money's clause); so the numbers past those 12 characters are skipped unread, but for
# the last ones, whose end is the run's (a unit, or a Hong Kong thin-space grouping of up to six, 1 234 567名, may
# follow). The same figures; a dense list of numbers was read one full candidate at a time (~20 µs each).
_PLAIN_RUN_RE = re.compile(r"(?<![\d.])(?:\d+(?:\.\d+)?[ \t\xa0\r\n]{1,3}){9,}")
_PLAIN_ITEM_RE = re.compile(r"\d+(?:\.\d+)?")
_RUN_CONTEXT = 12  # _implied_money's clause: characters before a number its reading looks at
_RUN_TAIL = 6  # the last items of a run are read (a grouping of up to 6: 1 234 567 890 123 456名)
# With a limit, the scan reads at most this many candidates a figure it may list, and never fewer than
# _CANDIDATE_FLOOR: a megabyte of one figure said over and over (each a repeat, so none listed and the limit never
# reached) would otherwise read all of them, ~30 µs each (test_limits' 1 MB line of "“文创50条": 268,000 candidates,
# 8 s a pass, four passes a file). The floor keeps a short limit from hiding figures behind numbers that are none (a
# regulation's 第N条 before its fines: review s46 R4); a scan the budget cuts says so (scan_figures' complete).
_CANDIDATES_PER_FIGURE = 10
_CANDIDATE_FLOOR = 20_000
PERCENT_WORDS_RE = re.compile(rf"(?:一?百分之)?(?P<p>{_CN_PCT})")  # (一百分之十: FIGURE_RE's pcn)
# Between two bounds; (含) marks the first bound as included: 1万(含)-5万元; policy
# tiers write the low bound with 以上 before 至 (1000万元及以上至2000万元).
RANGE_SEP_RE = re.compile(
    rf"{_SP}(?P<incl>[(（]含[)）])?{_SP}(?:(?:及|或)?以上{_SP}(?={RANGE_WORD}))?(?:{RANGE_SIGN}){_SP}"
)
# 30万元以上50万元以下, 30万元以上、50万元以下: one range in policy style.
# a fall's range that ends in a rise: the rise word after 到/至, and the fall word before the first bound
# a hedge on a range's upper bound, right after its sign (6萬至近10萬元, 3万元到约5万元): the range is still one
# the operators of a calculation written out (×6月×50人=375000元): a count beside one is a factor, not a count
_FORMULA_SIGNS = frozenset("×÷=＝")
# a statute named right before a count of 条/款 (《办法》共18条, 民法1114條, 本条例共5款): its articles, no things
# counted
# (not 方法, 做法, 看法, 说法, 想法, 用法, 写法: ways, views)
_STATUTE_BEFORE_RE = re.compile(
    r"(?:》|条例|办法|规定|细则|章程|法典|(?<![方做看说想用写])法)(?:共有|全文共|共|计)?[ \u3000]?$"
)
# numerals from 一 joined by 、 right before another (一、二、三类): a run of labels (_labels_run)
_LABELS_RUN_RE = re.compile(r"(?<![一二三四五六七八九十\d])一、(?:[二三四五六七八九]、)*$")
_UPPER_HEDGE_RE = re.compile(r"(?:大约|约|将近|接近|近|逾)(?=[\d一二两三四五六七八九十])")
_FROM_IN_CLAUSE_RE = re.compile(rf"[从由自][^{CLAUSE_BREAK}\n]*$")
_RISE_BOUND_RE = re.compile(r"(?:增长|上升|上涨|增加|提升)")
_FALL_BEFORE_RE = re.compile(r"(?:下滑|下降|下跌|减少|回落)$")
_RANGE_STARTS = set(RANGE_SIGN_CHARS + "(（以及或 \u3000\xa0但且而不低少小")
# 超过X但不超过Y: the upper bound of a range whose lower bound is a hedge before X
_BOUNDED_ABOVE_RE = re.compile(rf"{_SP}(?:但|且|而)?(?:不超过|不高于|不大于|不多于|低于|少于|小于|不足|未满){_SP}")
_BOUNDED_ABOVE_STARTS = set("但且而不低少小未")
# an equivalent glossed in brackets after a sum (10新元（约合48.3元人民币）): a range may go on after it
_SUM_IN_GLOSS_RE = re.compile(rf"\d[\d.,]*[ \xa0]?[万亿]?[ \xa0]?(?:{_CURRENCY}|元)|(?:{_CURRENCY})[ \xa0]?\d")
# a currency written in a sum's own text (314亿港元, US$5, 人民币3亿元)
_NAMED_SUM_RE = re.compile(rf"{_CURRENCY}|{alternation(CURRENCY_SYMBOLS)}|(?<![A-Za-z])(?:{_CODES})(?![A-Za-z])")
_GLOSS_AFTER_RE = re.compile(r"[（(][^（()）\n，。；;]{0,24}?\d[^（()）\n，。；;]{0,24}[)）]")
LOWER_BOUND_RE = re.compile(rf"{_SP}(?:[(（]含[)）])?{_SP}以上[、，,]?{_SP}")
UPPER_BOUND_RE = re.compile(rf"{_SP}(?:[(（]含[)）])?{_SP}(?:以下|以内)")
INCLUSIVE_RE = re.compile(rf"{_SP}[(（]含[^()（）\n]{{0,12}}[)）]")
_YUAN_MORE_RE = re.compile(rf"多(?![{HAN_BASIC}])|多(?=钱|点|一点)")
# what a sum's next section opens with, glued after its 元 (16億元9,643萬5千元): _yuan_sections
_SECTION_STARTS = frozenset("0123456789一二两三四五六七八九")
_DAUGHTERS_BEFORE_RE = re.compile(r"[\d一二两三四五六七八九]女$")
_DAUGHTERS_AFTER_RE = re.compile(r"[\d一二两三四五六七八九]女")
_SITE_AFTER_RE = re.compile(r"(?:短期|住宅|商业|工业)?(?:用地|地块|地段|地盘|地皮)")
_ITEM_END = set("，、。；,;")
# a character lost in the middle of a number (a ? or U+FFFD where a source's ．or a digit was: 千分之五?六一)
# (ASCII ? and U+FFFD only: the full-width ？ is the ordinary question mark, 报名人数达3万？5万？)
_LOST_GLYPH_RE = re.compile(rf"[?\ufffd][\d{CN_DIGIT_CHARS}]")
_LOST_GLYPH_BEFORE_RE = re.compile(rf"[\d{CN_DIGIT_CHARS}][?\ufffd]$")
_NAMED_PEOPLE_UNITS = frozenset({"人", "名", "位"})  # people by any of these, referred back to (四名…該四人)
_PEOPLE_UNITS = {"人", "人次", "口", "户"}  # 二人…二人: the same two people (名 and 位 list items: 学士2名…中学2名)
_IDIOM_DIGITS = "一二两三四五六七八九十百千万"
_MEASURE_RE = re.compile(_MEASURE)
# the unit a sum is per (30万元/人左右, 200元/亩以上: a hedge after it; 2元/吨 "RMB 2/t"): units.PER_UNITS, one table
# (3元/吨公里 is per tonne-kilometre: no unit of ours)
_PER_UNIT_RE = re.compile(rf"(?P<mark>/|每)(?P<per>{alternation(PER_UNITS)})(?!公里)")
_INCLUDED_RE = re.compile(
    rf"{_SP}[(（]含(?:{_SP}[\d{CN_NUMERAL_CHARS}][^()（）]*)?[)）]"
)  # （含500亩）, (含); not （含税）
# After 元/块: 角 and 分 (一百三十五块六角七分钱), and the spoken 一块二 / 三块零四.
MONEY_TAIL_RE = re.compile(
    rf"(?:零?(?P<jiao>[{_CND}\d])[角毛](?:(?P<fen1>[一二两三四五六七八九\d])分?)?)?"
    rf"(?:零?(?P<fen>[一二两三四五六七八九\d])分)?钱?整?"
)
SPOKEN_TAIL_RE = re.compile(
    # (9块9, 10块1: the spoken tail in digits too, one digit that ends the amount; tester s24 T2)
    rf"(?P<zero>零)?(?P<d>[一二两三四五六七八九]|\d(?![\d.,%％A-Za-z]))(?![{HAN_BASIC}]|[万亿千百十])"
    r"|(?P<zero2>零)?(?P<d2>[一二两三四五六七八九])(?=[到至以左上钱])"
)
# 约占全市的五分之一: a share's hedge sits before 占, a few characters from the number.
RATIO_HEDGE_RE = re.compile(
    rf"(?P<h>{alternation(w for w in HEDGES_BEFORE if len(w) > 1 or w in '约近超逾')})"
    rf"占[^{CLAUSE_BREAK}\n]{{0,8}}$"
)
HEDGE_AFTER_RE = re.compile(rf"{_SP}(?P<h>{alternation(HEDGES_AFTER)})")
# Deadline words: 到2027年, 力争到2027年, 预计将于2027年, 至2025年 (not 截至2024年, a cut-off).
YEAR_BEFORE_RE = re.compile(
    rf"(?P<t>(?<!截)(?:到|至)|(?:(?<=将)|(?<=计划)|(?<=有望)|(?<=力争)|(?<=预计))于"
    rf"|预计|计划|力争|有望){_SP}$"
)
# 跌至2019年以来最低, 降至2011年3月以来最弱: "since", a point in the past, never a target year
_SINCE = ("以来", "以后")
# (not 前 opening a period of that year: 2024年前三季度, 2025年前11个月, 前两月, 前半年, 前期; nor 前后, "around": the
# first N months of a year are a date, tester s18 F11: "by 2024")
YEAR_AFTER_RE = re.compile(
    # (a period's end or half written out too: 2025年年底前, 2026年上半年前; review s24 R5)
    r"(?:年?(?:底|末)|[上下]半年)?"
    r"(?:以前|之前|前(?![\d一二两三四五六七八九十几数半]{1,3}个?(?:月|季|周|星期|天|日|旬|年)|半|期|后))"
)
# 增加到2023年的15亿元, 降至2024年底的3.2%: the year a value was reached, an attribute of the number after 的, not a
# deadline (tester s17 G5: "by 2023")
# a clause that tells of the past (早在1993年前, 直到1993年才成立, 到2014年年中…已) or looks ahead (将, 力争, 目标 ...)
# (a founding told with no word that looks ahead is history: 该会于1993年前成立, 1993年前创办)
# (才能/才会 look ahead: 到2030年才能实现碳达峰; an 已 of the verb that reports a target is not the target's:
# 已宣布2030年前实现碳达峰; a founding verb after 到/至 is a plan's target: 到2027年，培育创建示范区3个; review s22 R5)
# One table of the words that say when a clause's year is, by what they say: the past, a founding (the past only
# where no deadline word stands before the year) and ahead; each word with what may not follow it. Read in one pass
# (_TIME_MARK_RE: a group per kind; no word of one kind overlaps a word of another).
_TIME_MARKS: dict[str, tuple[tuple[str, str], ...]] = {
    "past": (
        ("已", "经?(?:宣布|表示|提出|承诺|明确|公布|发布|强调|指出|确定|制定|出台|印发)"),
        ("曾", ""),
        ("才", "能|会|可|将|有望"),
        *((w, "") for w in ("早在", "直到", "直至", "截至", "截止")),
    ),
    "founded": tuple((w, "") for w in ("成立", "创立", "创办", "创建", "始建", "建于", "落成")),
    "ahead": tuple(
        (w, "")
        for w in (
            *("将", "要", "力争", "争取", "目标", "计划", "预计", "预期", "预测", "有望", "可望", "确保", "拟"),
            *("规划", "展望", "届时", "以后"),
        )
    ),
}
_TIME_MARK_RE = re.compile(
    "|".join(
        f"(?P<{kind}>" + "|".join(w + (f"(?!{not_after})" if not_after else "") for w, not_after in marks) + ")"
        for kind, marks in _TIME_MARKS.items()
    )
)
YEAR_OF_VALUE_RE = re.compile(rf"(?:底|末|初)?的{_SP}(?:约|近|逾|超过)?{_SP}[\d{_CN}]")
# A 到/至 after a date or year is the second bound of a period, not a deadline: 2011年9月至2014年9月,
# 2011至2014年, 今年1月到2025年, 2023年第三季度至2025年, 年初至2025年.
PERIOD_START_RE = re.compile(rf"(?:\d{{4}}|[年月日号](?:初|底|末|中|[上中下]旬)?|年度|季度|年代)起?{_SP}$")
# (人民币,下同) / （美元，下同）: the currency of every bare 元 from here on.
# 新台币5926亿元, 约港币30元: a currency written before the number names that figure's
# currency and, as in the Taiwan and Hong Kong press, the bare 元 after it.
_NOTE_CURRENCIES = HOME_CURRENCY_WORDS  # units.py, the one table (review s20 R12)
# (折合新台币约 1.5 万: a hedge may sit between the currency and the number)
_CURRENCY_BEFORE = alternation(w for w in CURRENCIES if w not in _AFTER_NUMBER_ONLY)
# a dollar's name right before a bare $ (HK $ 1,298, 港币＄599): a Latin prefix of CURRENCY_SYMBOLS or a currency. A
# one-letter name (A$, S$, C$) is one only glued to its sign: across a space it is a list's or a plan's letter
# (方案A $500, Plan S $20; review s21 R3)
_DOLLAR_NAMED_RE = re.compile(
    rf"(?:(?<![A-Za-z])(?P<lat>{alternation(k[:-1] for k in CURRENCY_SYMBOLS if k.endswith('$') and len(k) > 2)})"
    rf"|(?P<cur>{_CURRENCY_BEFORE}))[ \u3000\xa0]?$"
)
# ... and 新元 where it starts a word (（约新元8.27元）, 合新元5元: figures28 07), never inside one (创新元, 更新元)
_NEW_YUAN_BEFORE = rf"(?:(?<![{HAN_BASIC}])|(?<=[约合为达是至到和及与或]))新元"
PREFIX_CURRENCY_RE = re.compile(rf"(?P<cur>{_CURRENCY_BEFORE}|{_NEW_YUAN_BEFORE}){_SP}(?:约|大约|近|逾|超过)?{_SP}$")
# the characters PREFIX_CURRENCY_RE can end on: a cheap test before the regex
_PREFIX_LAST = frozenset({w[-1] for w in CURRENCIES} | set("约近逾过 \u3000\xa0"))
_NOT_BARE_CN = frozenset("数几兆千万亿百")
_BIG_CN_RE = re.compile("[千万亿百兆]")
# the first run is possessive (*+): the second class holds the first's, so a split between them changes no match, and
# trying every split of a long digit run with no 元 after it was quadratic (review s25 R2)
PREFIX_NOTE_RE = re.compile(
    rf"(?P<cur>{alternation(_NOTE_CURRENCIES)}){_SP}(?:约|逾|超过|近)?{_SP}\d[\d,.]*+{_SP}[十百千万亿兆\d,.]*元"
)
# 32.3元新台币, 194.6亿元人民币: the currency named right after 元.
SUFFIX_CURRENCY_RE = re.compile(rf"(?P<cur>{_CURRENCY_NAMED})")
_SYMBOL_OR_CODE_RE = re.compile(rf"{alternation(CURRENCY_SYMBOLS)}|(?<![A-Za-z])(?:{_CODES})(?![A-Za-z])")
# 1美元兑32.3元新台币: the "1" of an exchange rate is not a sum.
RATE_BASE_RE = re.compile(r"(?:兑换|兑|折合|可兑换|对|=|＝)")
# one unit of a currency and its exchange word right before a number: the number is the rate (1美元兑换6.44元人民币)
_FX_BASE_BEFORE_RE = re.compile(rf"(?<![\d.])1 ?(?:{_CURRENCY})(?:可?兑换|兑|折合)(?:约|大约)? ?$")
_NOTE_CURRENCY = alternation(CURRENCIES)
# the words of a note that names the currency of the amounts from there on (a currency and 下同, or a unit stated)
_UNIT_WORD = r"(?:(?:金额|货币|币值|币种)(?:单位)?|单位)"
CURRENCY_NOTE_RE = re.compile(
    rf"[(（]\s*(?:{_UNIT_WORD}[:：为]?\s*)?(?P<cur>{_NOTE_CURRENCY})"
    # (人民币，下同), (人民币；以下同), and a conversion after it in the same aside (人民币，下同，约60.5亿新元), or
    # the aside cut off by a list's ellipsis (（人民币，下...): 下同 says it, whatever follows
    # the mark between may be any stop: a comma, a middle dot or a full stop ((美元．下同), folded to ".")
    r"\s*[,，、;；‧·・.]?\s*以?下(?:文)?(?:皆|均|亦)?(?:同|\.{3}|…)"
    # (金额单位：人民币), (单位：港元千元): a unit named alone in its aside (a table's or a report's head)
    rf"|[(（]\s*{_UNIT_WORD}[:：]\s*(?P<unit>{_NOTE_CURRENCY})(?:元|千元|万元|百万元|亿元)?\s*[)）]"
    # 除特别注明外，金额单位为人民币 / 如无特别说明，本文货币单位均为港元 / 除另有指明外，所有金额均以港元为单位: a
    # statement of the unit every amount after it is in (the currency then ends the clause: no amount follows it)
    r"|(?:除(?:非)?(?:特别|另有|特殊)?(?:注明|说明|指明|列明|标明|订明)外?|如无(?:特别|特殊)?(?:注明|说明))"
    rf"[，,]?[^。；;\n]{{0,16}}?{_UNIT_WORD}?(?:均|皆|全部|一律)?(?:为|是|以|按)\s*(?P<said>{_NOTE_CURRENCY})"
    r"(?:元)?(?:为单位|计算?|计值)?(?=\s*[，,。；;）)\n])"
)
SENTENCE_END_RE = re.compile(f"[{SENTENCE_OR_CLAUSE_END}\n]")
_NOUN_RE = re.compile(alternation(NOUNS))
_UNIT_NOTE_BEFORE_RE = re.compile(rf"{_UNIT_WORD}[ \u3000]?[：:]?[ \u3000]?(?:{_CURRENCY_BEFORE})?[ \u3000]?$")
# a noun after 每 (每个中国人, 每户家庭) is what a rate is per
_PER_BEFORE_RE = re.compile(r"(?:每|人均)[一]?[个名位家户台人]?$")
_NOUN_VERB_STOP_RE = re.compile(r"以|用于|实施|进行|开展|是|将|可以|能够|让|使|把|被|要|从|向|给|对")
# A clause mark ends the noun phrase after a count, and so does a number (2个区10年人口
# 增量: what is counted is the 区, not the 人口 of the next phrase).
_NOUN_STOP_RE = re.compile(rf"[{CLAUSE_BREAK}\n：:（(\d]")
_NOUN_BOUNDARY = set('、等和与及,，。；;)）"”》 \n')
# Keywords that make a bare 亿 amount money (规模达3000亿) and words that veto it.
# (the words are units.MEASURED_NOUNS' sums, one table; here only the cues a word cannot say)
_MONEY_BEFORE_RE = re.compile(
    alternation(w for w, kind in MEASURED_NOUNS.items() if kind == "money")
    + r"|消费(?!者)"
    # spending and losses said with a verb and its aspect: 花1.08亿买下, 花了, 亏了, 赔掉
    + r"|花[了掉]|花$|亏[了掉]|赔[了掉]"
    # money named by what it pays (沒收履約保證金4123萬, 违约金约5万, 押金), as _MONEY_AFTER_RE reads it after a
    # sum: the noun right before the number (a link word between at most), never a 金 inside the clause
    # (旧金山的游客达2100万, 黄金时段收视观众达7亿, 金山区人口: review s29 R7)
    + rf"|(?<=[{HAN_BASIC}])(?<!黄)金(?:为|达|约|共|合计|高达|逾|近|超过?)?$"
    # a fee by its name, right before the sum as 金 is (每人收费 2 万, 学费2万, 报名费约3万: figures24 dev-retired25 06;
    # not 免费, 浪费, 消费 (above), nor a fee word further back: 收费站, 免费领取2万份)
    rf"|(?<=[{HAN_BASIC}])(?<![免浪消])费(?:为|达|约|共|合计|高达|逾|近|超过?)?[ \u3000]?$"
    # a tax by its name (车辆购置税2022年是2398.36亿, 关税收入, 个税); not a rate, an office or the payers
    # (税率, 税务局, 纳税人: people; 涉税主体, 税源户, 个体税户: the payers too, review s25 R6)
    r"|(?<![纳涉])税(?![率务局种号目制法则源户])"
    # held, pledged or borrowed: only right before the sum (總資產600萬出頭, 抵押600萬, 借200萬, 信貸再借100多萬,
    # 借给朋友20万); further back in the clause these words name other things (借阅量达到30万, 借调教师3万,
    # 抵押登记办理量达到3万, 数字资产交易平台用户已超过500万: counts)
    # (the cue governs the number: between them only a complement, a recipient, 款/钱 and a hedge, so 借鉴, 借用,
    # 借口 … before a number never match, with no list of the words 借 starts)
    # (资产 also where its move leads to the sum: 净资产就从2500亿降到了1750亿, 净资产下降到4200亿)
    # (拨 too, "allocate": 撥5億推…計劃, 拨给学校300万; 拨打 is no sum: a word between)
    r"|(?:(?:资产|抵押|质押|借|拨)(?:[了入出到]|给[^\d，。；、]{0,4}|款|钱)?"
    r"|资产(?:就|又|已|也|则)?(?:从|由|(?:下降|降|减少|缩水|增加|增长|上升|升)(?:到|至)了?))"
    r"(?:约|近|逾|超过?|达到?|为|有|共)?$"
)
# (一 for 每 where no numeral is before it: 市價土地一坪17萬, 一坪就40萬左右 — Taiwan's prices per 坪, figures28 04/05)
_PER_AREA_BEFORE_RE = re.compile(
    rf"(?:每|(?<![\d零〇一二两三四五六七八九十百千万亿第])一)(?:{alternation(PER_AREA_UNITS)})[^\d{CLAUSE_BREAK}\n]{{0,2}}$"
)
# the area unit a price after it is per (每坪38.54萬元, 每亩地价25万元, 每平方米单价约2万元): one unit's price
# (not 每平米每天2元: a compound unit, never said by its first half, as _PER_MORE_RE)
_PER_AREA_PRICE_RE = re.compile(
    rf"(?:每|(?<![\d零〇一二两三四五六七八九十百千万亿第])一)(?P<per>{alternation(PER_AREA_UNITS)})[^\d每/{CLAUSE_BREAK}\n]{{0,4}}$"
)
# ... and any unit of PER_UNITS said so before a price (每吨850元, 金价报每克1388元, 每10股派发现金红利4.2元: tester
# s25 T1, T1b), a count of the unit written between (per 10 shares)
_PER_NAMED = alternation(k for k, en in PER_UNITS.items() if en)
_PER_PRICE_RE = re.compile(rf"每(?P<n>\d{{1,4}})?(?P<per>{_PER_NAMED})[^\d每/{CLAUSE_BREAK}\n]{{0,6}}$")
# ... and 每度 (电) before a price: per kWh where the 度 is electricity's, as for a quantity (每度0.7元)
_PER_KWH_PRICE_RE = re.compile(rf"每度(?P<power>电)?[^\d每/{CLAUSE_BREAK}\n]{{0,6}}$")
# (a pay word likewise: 月薪4.4万的男网友 is paid 44,000, not 44,000 people)
_PRICE_RIGHT_BEFORE_RE = re.compile(
    r"(?:总价|单价|售价|开价|叫价|起价|全价|原价|标价|租金|月租|月薪|年薪|底薪|薪水|薪资|月入|年入|价值|市值|估值)"
    r"(?:约|为|只要|仅|达|高达|近|逾)?[ \u3000]?$"  # (月薪 5 萬: a spaced text, figures55 dev-retired41 06)
)
_MONEY_AFTER_RE = re.compile(
    r"代金券|消费券|补贴|资金|投资|赌资|赃款|红包|优惠|贷款|融资|授信|基金|业绩|营收|案量|生意|利润|净利|盈利|收入|[^，。；,;]{0,4}?(?:额|费|款|工资|薪|租金|订单|资产|开价|售价|报价|总价)"
    # a claim or a settlement by its sum (涉及4,000萬的索償: figures13 dev, a Hong Kong paper)
    r"|索偿|索赔|赔偿|和解"
    # a sum named by the value it is (几万亿市值已灰飞烟灭, 千亿估值, 5000亿产值)
    r"|市值|估值|产值|总值|身家"
    # a loss by its sum (超過 40 億的農損, 逾 200 億的災損: figures58 dev-retired44 10)
    r"|[农灾]损|损失"
    # a budget (前两年还在四千万左右预算, 年增百万预算: a legislature's motion)
    r"|(?:左右)?(?:预算|经费)"
    # a tax by its name (交90万的个税, 5亿元税款, 300万关税: figures46 dev 05); not its rate, office or payers (税率,
    # 税务, 纳税人, 免税店: the words around 税 that name no sum)
    r"|[个关]?税(?:款|收|金|费)?(?![率务局种号目制法则源户人店区])"
    # works valued by what they cost (每年有三千億工程); not 工程师, 工程院 ...
    r"|工程(?![师院学兵队车部])"
    # money named by what it pays (解约金, 违约金, 保证金, 补偿金), not 金融, 金牌, 金属
    # (not 金融, 金牌, 金属, 金周, the words 金 starts); a measure word right after the number counts things of
    # gold, not money (3万根金条, 3万枚金牌, 5000吨金矿)
    rf"|(?!{_MEASURE})[^，。；,;的]{{1,3}}?金(?![融牌属奖杯矿周条币])"
)
# 花 as "spend", not the end of 开花, 鲜花, 烟花 ...; the sum is followed by a pause or by
# what was done with it (买下, 收购, 建设): 他花3万小时 and 开花1万朵 are not sums.
_OTHER_UNIT_RE = re.compile(alternation(OTHER_UNITS))
# The hedge and growth words a figure's text may start with (大涨超, 逾, 近): a subheading's
# figure and its restatement under it are compared without them.
_LEADING_WORDS_RE = re.compile(rf"^[^\d{CN_NUMERAL_CHARS}]+")
# compiled once: these run for most candidates
_MAO_FEN_RE = re.compile(r"[一二两三四五六七八九\d](?![\d.])")
_NON_WORD_RE = re.compile(r"[\W_]")
_CLAUSE_SPLIT_RE = re.compile(rf"[{CLAUSE_BREAK}\n]")
_PHRASE_BREAK_RE = re.compile(rf"[{CLAUSE_BREAK}、\s]")
# what no noun counted by a number right before it stands behind: a clause's end, a bracket or a colon opening an aside
# (30亿左右（有客户问：…: the fund's size, no "3 bn clients", tester s18 F5)
_NOUN_GAP_BREAK_RE = re.compile(rf"[{CLAUSE_BREAK}、\s（(：:]")
_AVERAGE_RE = re.compile(r"平均|人均|户均|每[个户人家位名]")
_SPEND_BEFORE_RE = re.compile(
    # (砸下十幾億: money thrown at a work, figures57 dev-retired43 08)
    r"(?:(?<![开鲜烟棉浪雪桃樱梅荷菊兰葵礼插献绣印火钢天眼])花费?|花[了掉]|耗资|斥资|出资|豪掷|砸[下了进入]"
    # money burnt (狂燒8000多萬, 燒掉; not 发烧, 燃烧) and a throw's cost (一砸就是上千萬: figures58 dev-retired44 07)
    r"|(?<![燃焚发延])烧[掉了]?|一砸就是)"
    r"(?:了|约|近|超过?|逾|上)?[ \u3000]?$"
)
_SPEND_AFTER = set("买购收建拍租装修投用来打造办置盖改请雇")
# 起 starts these words after a number (起诉, 起来, 起步 …): then it is no price floor
_QI_WORDS = set("来步点飞草诉床源初始伏色身跑码重价到见止因居用航降动征算拍付租售")
_SUPERLATIVE_AFTER_RE = re.compile(r"(?:最多|最少|最高|最低|居首|居冠)")
# words of certainty after 百分之百 (the idiom "absolutely": 百分之百确定, 百分之百的把握)
# a minus right before a figure in words (负百分之三点五, -百分之五, 负三分之一), where the Arabic path's sign
# (_QUANTITY's ``sign``) would stand: 负 not inside a word (减负, 负责), a hyphen not a range dash or a code's
_MINUS_BEFORE_WORDS_RE = re.compile(
    rf"(?:(?<![{HAN_BASIC}])|(?<=[为是至到达约率值的由从自]))负"
    rf"|(?:(?<![0-9A-Za-z.%\-~{HAN_BASIC}])|(?<=[润益额值亏长幅动比率为是至到达约于从由自增]))[-−－]"
)


def _mixed_number_before(text: str, start: int) -> bool:
    """一又二分之一, 1又1/2: the fraction at ``start`` is the part of a mixed number after its whole and 又."""
    return start >= 2 and text[start - 1] == "又" and (text[start - 2].isdigit() or text[start - 2] in CN_NUMERAL_CHARS)


def _signed_fraction(text: str, after_sign: int) -> int | None:
    """Where a fraction right after a minus sign starts (负三分之一, -1/3, 负3分之2, 负一百分之五), or None: the scan
    resumes there, and the fraction reads the sign before it (_minus_before_words), as a percent in words does."""
    nxt = FIGURE_RE.match(text, after_sign)
    if nxt is None or (nxt["frac"] is None and nxt["snum"] is None and nxt["pcn"] is None):
        return None
    return after_sign


def _minus_before_words(text: str, start: int) -> int:
    """Where a minus sign written just before ``start`` begins, or -1 (the same left contexts as the digits' sign)."""
    if start and _MINUS_BEFORE_WORDS_RE.match(text, start - 1) is not None:
        return start - 1
    return -1


_CERTAIN_AFTER_RE = re.compile(r"的?(?:确定|肯定|确信|相信|满意|放心|把握|有把握|保证|正确)")
# a second unit after the first (5元/平方米/月, 2.5元/平方米·月, 10元/人次, 300元/人天): a compound unit, never said
# by its first half (review s20 R11: 'RMB 5/m²' for a monthly rent)
_PER_MORE_RE = re.compile(r"[·•/／]|[次天日月年公]")
# (and Hong Kong's 尺 after a 万/亿 price, a square foot: 3.5万/尺; not in PER_UNITS: 元/尺 may be a length's price)
_PER_AREA_RE = re.compile(rf"\+?(?:/|每)(?:{alternation(PER_AREA_UNITS)}|尺)")
# The people a clause is about, for a count written with no unit (常住人口突破500万).
_PEOPLE_SUBJECT_RE = re.compile(
    r"人口|用户|会员|观众|游客|居民|网民|人次|新生儿|大学生|毕业生|考生|难民|选民|旅客|乘客|病例|感染人数|人数"
    r"|长者|老年人|老人|农民"  # 长者数目为98万, 加入农保的农民约一一一万
    # (适龄儿童已达到640多万, 留守儿童有2200多万, 员工达12万, 患者超过300万: people named by who they are; session 47)
    r"|儿童|学生|农民工|职工|员工|工人|患者|移民"
)
_PEOPLE_HEAD_RE = re.compile(f"(?:{_PEOPLE_SUBJECT_RE.pattern})$")  # people right before a word (网民|规模)
# A change verb after an amount ends its phrase: 从50多万增长至103.7万人.
_CHANGE_AFTER_RE = re.compile(r"(?:增长|增加|上升|下降|减少|提高|回落|[增升降减跌涨])(?:了|到|至)?")
_ADDRESS_BEFORE_RE = re.compile(r"号(?:\d{1,3}[幢栋座]、)?$")
# 周六, 星期三, 礼拜天 name a day (not 每周三次, three times a week); N房 before N套 is a layout
_WEEKDAY_BEFORE_RE = re.compile(r"(?:(?<![每\d一二两三四五六七八九十几数])周|星期|礼拜)$")
# 1款名叫「…」, 1间叫做…: one thing introduced by its name (the indefinite article)
_PHASE_OF = set("线铁路园区城桥港站馆厂号楼心场苑庭")  # 地铁3期, 6号线2期, 园区2期, 中心2期: a phase of a named work
_NAMED_AFTER_RE = re.compile(r"(?:名叫|叫做|叫作|名为|称为|叫)")
# 一 as the number one in a partition (_counted_one): the rest of a set (余下一宗), one
# more after a count of the same thing (两项…以及一项), one beside the rest (其余4人)
# 每月至少2次, 每年举办2次: a rate per period (hedges and a verb may sit between), not a count
_PER_PERIOD_BEFORE_RE = re.compile(rf"每(?:天|日|晚|周|星期|个?月|年|季度?|小时|週)[^{CLAUSE_BREAK}\d]{{0,4}}$")
# a bound, then the whole a percent is a share of (a noun phrase, no number, no time), then the number
_SHARE_BOUND_RE = re.compile(
    rf"(?P<h>不(?:能|得|可|应)超过|不超过|不到|不足|不低于|不少于)"
    # (a whole closed by 的 may name a time in words: 不低于前三年用电量平均值的80%, tester s24 T23)
    rf"(?:(?P<of>[^\d{CN_NUMERAL_CHARS}年月日天个]{{2,12}}?)的?|(?P<of2>[^\d{CLAUSE_BREAK}\n]{{2,14}}?)的)$"
)
# ... or "about" before the whole (仅约为A股总市值的1%, 大约占全市的30%): 的 closes the whole
_SHARE_ABOUT_RE = re.compile(
    rf"(?P<h>大约|大概|大致|约)(?:为|占|是|相当于|等于)?(?P<of>[^\d{CN_NUMERAL_CHARS}年月日天个]{{2,12}}?)的$"
)
_GROWTH_WORD_RE = re.compile(alternation((*GROWTH_UP, *GROWTH_DOWN, "是", "为", "达", "占", "比")))
# one side of a dependency ratio: N people who support M (支援, 供养, 抚养)
_SUPPORTS = "支援|供养|抚养"
_SUPPORTS_BEFORE_RE = re.compile(rf"(?:{_SUPPORTS})$")
_SUPPORTS_AFTER_RE = re.compile(
    rf"[^{CLAUSE_BREAK}\n]{{0,24}}?(?:{_SUPPORTS})[ ]?(?:\d+|[一二两三四五六七八九十]+)[ ]?[名个]?(?:人|长者|老人|名)"
)
_YEAR_BETWEEN_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}[ ]?年")
# a rate's target for a year named relative to now (今年目標…自4.5%至4.8%明年目標也由4%上調到4.5%): percent only
_NEXT_YEAR_BETWEEN_RE = re.compile(r"(?<![\d一二三四五六七八九十])[今明去]年")
# one value said of two things joined: 83%乘客及83%司機 (each followed by what it is of, then 及/和/与)
_JOINED_NOUN_RE = re.compile(rf"[{HAN_BASIC}]{{1,3}}(?:以及|及|和|与|、)")
_PER_TIME_RE = re.compile(rf"{_SP}/{_SP}(?:秒|分钟|分|小时|时|天|日|周|月|年)")
_KIND_MEASURES = measures_of("kind")  # kinds and classes: what a list's items are
# what may stand between a noun and the number counting it (企业共8000家, 医院多达71家, 用户达3万人)
_COPULA_GAP_RE = re.compile(
    r"[已还共均都约仅只总累合]?[有达为是计]|多达|高达|达到|超过|不到|不足|将近|接近|[近逾超约仅只已共]"
)
# the noun a number measures: a MEASURED_NOUNS word right before it, a link (达, 为, 约, 超过 …) and a space at most
# between (人口达1200万, 分子量1200万, 总值班电话2133077: 电话, not 总值)
_MEASURED_BEFORE_RE = re.compile(rf"(?P<noun>{alternation(MEASURED_NOUNS)})(?:{_COPULA_GAP_RE.pattern})?了?[ \u3000]?$")
# a zoning code's character right before an area's number, itself after no word (的商3425.32坪, 、住2 …): 商3 + 425.32坪
_ZONE_BEFORE_RE = re.compile(rf"(?:^|[^{HAN_BASIC}]|[的之在、])[住商工农]$")
# a demonstrative before a number refers back to the things counted before (该5项, 这3家, 上述5项, 此2宗)
_BACK_REFERENCE_RE = re.compile(r"(?:该|这|此|上述|其|前述|那)$")
# a clause's or a list item's words before its figure, less the verb, hedge or copula right before the number: what the
# figure is said of (纳指涨0.43%: 纳指; 医疗保健和个人用品价格上涨1.9%: …价格); see _own_subjects
_ITEM_HEAD_RE = re.compile(rf"[{HAN_BASIC}]{{0,24}}$")
_VERB_TAIL_RE = re.compile(r"[涨跌升降增减长加提高上下扩缩了为是达到至约近超过逾共计合有占比幅率速度]+$")
# what a train's number (5466次) is followed by: more numbers, then the kind of train (区间快车, 特快); not 列车 alone
# (共加开1200次列车 may count runs)
_TRAIN_AFTER_RE = re.compile(
    rf"(?:(?:及|和|与|、|至|-)\d{{1,5}}次){{0,6}}[{HAN_BASIC}]{{0,3}}?(?:快车|特快|动车组?列车)"
)
_ART_RE = re.compile(r"画|书法|润格|尺幅|字画|作品")
_WAGE_BEFORE_RE = re.compile(r"工资|薪|收入")
_LAT_SUM_AFTER_RE = re.compile(rf"{_SP}(?:{_CURRENCY}|{_YUAN})|{_LAT_SUM_AFTER}")
_PAIR_LIST_CHARS = frozenset("、，,")  # (一、二、三百: a list's items, no pair)
_VAGUE_RANGE_LINK_RE = re.compile(r"到|至|~|～|-|－|—")
_YEAR_NUMBER_RE = re.compile(r"(?:19|20)\d\d")
_ONE_REST_BEFORE_RE = re.compile(r"(?:余下|剩下|剩余|仅余|只剩)$")
_ONE_OF_BEFORE_RE = re.compile(r"(?:其中|只得|只有|仅有|仅)$")  # 其中一人, 只得一宗: one of a whole (_whole_before)
# a partition of people by sex written as one word (一男一女, 两男一女, 三子一女): the part next to the 一 (its
# own sex word another) makes the 一 a count (two of 1, "a man and a woman" listed as 1 man, 1 woman: peer6 DuEE, the
# text corpus's 两男一女/一男一女 in one record, 两女一子 and 三子一女 in two others)
_SEX_PART = rf"(?:\d{{1,4}}|[一二两三四五六七八九十]{{1,3}})(?P<sex>[{''.join(PEOPLE_BY_SEX)}])"
_SEX_PART_AFTER_RE = re.compile(_SEX_PART)
_SEX_PART_BEFORE_RE = re.compile(_SEX_PART + "$")
# the names a number sums, listed right before it (庆阳、张掖、天水3个中心; 包括A、B和C共三家): the clause they open
_NAMES_CLAUSE_RE = re.compile(r"[^，,。；;：:！？!?\n（(]{1,80}$")
_NAMES_TOTAL_RE = re.compile(r"(?:总共|合共|共计|一共|共)$")
_NAMES_JOIN_RE = re.compile(r"以及|和|及|与|跟")
# two quoted names joined by 和/及/与 right before a number (“托育”和“护理”两个专业): names, so the number sums them
# (or two names in Latin letters: Windows和SteamOS两个版本, figures36 12)
_QUOTED_NAME = r"(?:[“「『][^“”「」『』\d，。；,;]{1,12}[”」』]|(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9.+]{1,19})"
_QUOTE_OPENERS = frozenset("「“『《")
_QUOTED_SPAN_RE = re.compile(r"「[^「」\n]{1,40}」|“[^“”\n]{1,40}”|『[^『』\n]{1,40}』|《[^《》\n]{1,40}》")
_QUOTED_PAIR_RE = re.compile(rf"{_QUOTED_NAME}(?:以及|和|及|与|跟){_QUOTED_NAME}$")
_NAMES_EACH_RE = re.compile(r"(?:各|分别|均|都|各自)(?:有|为|是|达)?$")  # 甲、乙各有2家: each has, not their number
_NAMES_COUNTED_RE = re.compile(r"[一二两三四五六七八九十][种个大项类条家名位]")  # an item that counts (一种精神)
# between two equal sums: 并 or 且 and the second's own two-character verb (…元整并冻结…)
_SECOND_VERB_RE = re.compile(rf"整?(?:并且|并|且|同时)(?P<verb>[{HAN_BASIC}]{{2}})")
_FORWARD_LIST_RE = re.compile(r"(?:下列|以下|如下)$")  # 以下5项措施：, 下列8种情况: the list comes next
# a ranking's or a breakdown's list (5个省份依次为：广东、浙江…, figures2 dev 28) is listed by the golds, as 分别/包括's
# (a dash opens the list as a colon does: 中国两家国有银行——中国建行(CCB)和中国农行(ABC), figures58 dev-retired44 04)
_NAMES_AFTER_RE = re.compile(rf"(?:(?!分别|包括|依次|——)[^\d{CLAUSE_BREAK}\n：:]){{0,10}}(?:[：:]|——)")
# a numbered line: "1." "1、" "（1）" "(一)" "一、" at a line's start
_ENUM_LINE_RE = re.compile(r"\n[ \u3000\xa0]*[（(]?(\d{1,2}|[一二三四五六七八九十])(?:[.．、)）]|[)）])")
# a line opening with a short label and its colon (长寨：596套2470人…): one item of a list of labelled lines
_LABEL_LINE_RE = re.compile(r"[ \u3000\xa0]*[^\d\s：:，,。；;（()、]{1,8}[：:]")
_LABEL_LINES_REACH = 2000  # characters read after a list's colon for its labelled lines
_ORDINAL_SAYS_RE = re.compile(r"(?<![\d一二三四五六七八九十])([一二三四五六七八九])是")  # 一是…二是…
_NAMED_ITEM_END = "、等和及与"  # what may follow a list's item
_NOT_A_NAME_TAGS = "rdcpu"  # the segmenter's pronouns, adverbs, conjunctions, prepositions, particles: no name
# the copula after a list of names that is a clause's subject (A、B和C将成为/是/均为 …)
_NAMES_COPULA_RE = re.compile(r"(?:将|將|均|都|皆|也|亦)?(?:成为|成為|是)")
# verbs of saying (whole words, the segmenter's: 说 but not 说明) between a count and a colon: the count is who speaks
_SPEECH_VERBS = frozenset(
    "表示 坦承 坦言 指出 认为 强调 说 说道 称 声称 宣称 透露 告诉 介绍 回答 回应 答道 问道 直言 感叹 感慨 呼吁 提醒 "
    "解释 补充 写道 笑言 坦白 承认 证实 表态 发言 留言 回忆 谈到 提到 说起".split()
)
_NAMES_ITEM_LONGEST = 12  # characters of one name (a verb before the first: 包括宁德时代)
_PRECISE = ("exact", "approx")  # a figure stated to its digits (达13323亿元, 约1.18亿)
_BOUNDS = ("over", "nearly", "under")  # a figure bounded on one side (逾392万, 近200亿, 不到3成)
_BOUND_BEFORE_RE = re.compile(r"超|逾|破|近|不到|不足|低于|高于|至少|最多")
# function words that may follow a spoken 块 sum (寄1000块给家里, 一共三百块了, 五十块就够): no noun it counts
_DOLLAR_PLACES_RE = re.compile(
    r"香港|港岛|九龙|新界|本港|澳门|本澳|台湾|台北|高雄|台中|新加坡|加拿大|澳洲|澳大利亚|新西兰"
)
_JAPAN_RE = re.compile(r"日本|日圆|日元|日币|东京|大阪|京都|北海道")
_KUAI_FUNCTION_AFTER = "给了就都也还呢吧啊呀嘛"
# ... which says nothing of what 块 is: pieces right after 成 or a demonstrative (切成三块就行, 这三块都是好地);
# a small sum needs a money verb before it (寄/付/赚 …), a larger one (寄1000块给, 五十块就够) is a sum
_KUAI_PIECES_BEFORE = "成这那该每头前后第"
_KUAI_MONEY_VERBS = "寄给赚挣付交借欠还收值卖买花赔罚捐送找退要"  # one table (review s25 N1: it was spelt twice)
_KUAI_MONEY_VERB_RE = re.compile(f"[{_KUAI_MONEY_VERBS}]")
# ... a 块 sum then 一 and a measure (卖5块一份) is a price only with the verb that sells or asks it right before the
# number, and the measure one of what is sold, not a piece or a group of pieces (一块一块, 两块一组)
_KUAI_PRICE_RIGHT_BEFORE_RE = re.compile(
    r"(?:卖|售|售价|要价|标价|开价|收费?|只要|才|买)(?:了|价|出|到|为)?[ \u3000]?$"
)
_KUAI_GROUP_MEASURES = frozenset({"块", "组", "起", "对", "双", "批"})
# ... and the verbs that make a 块 before a verb a price: these, a price's move (涨到, 跌破), handing out (发)
_KUAI_PRICE_VERBS = frozenset(_KUAI_MONEY_VERBS + "涨跌升降发")
# ... a verb word that is one of them, or one with a complement of result or direction (买到, 涨了, 卖掉, 跌破); not a
# word they only start (发现, 要求, 退出: review s25 R3)
_KUAI_VERB_COMPLEMENTS = frozenset("到了给掉破回完过起")


def _price_verb(word: str) -> bool:
    return word in _KUAI_PRICE_VERBS or (
        len(word) == 2 and word[0] in _KUAI_PRICE_VERBS and word[1] in _KUAI_VERB_COMPLEMENTS
    )


# a vehicle after 座, through a bound and another seat count (七座及七座以下小型客车, 5座SUV): 座 counts seats
_SEATS_AFTER_RE = re.compile(
    rf"(?:(?:及|和|或|、|{RANGE_SIGN})[\d一二两三四五六七八九十]+座)?(?:及?以[上下])?的?(?:小型|中型|大型|微型|纯电动|电动)?"
    r"(?:客车|汽车|轿车|乘用车|车型|车辆|客机|飞机|巴士|面包车|越野车|SUV|MPV)"
)
# a range's low end before a 成 (两到三成, 三至五成, 两成到三成, 2-3成): the 成 is no share on its own
_CHENG_RANGE_BEFORE_RE = re.compile(rf"[一二两三四五六七八九十\d]成?(?:{RANGE_SIGN})$")
# a scale right after a slash pair (7/8百, 3/4k, 1/2万): the pair's numbers are alternatives of that scale
# an exact percent in brackets right after a share in tenths: the same share to its digits (近四成（38.9%）)
_AMBIGUOUS_CURRENCY_RE = re.compile(alternation(AMBIGUOUS_CURRENCY_WORDS))
_COUNTRY_OF_CURRENCY_RE = {w: re.compile(alternation(c)) for w, c in AMBIGUOUS_CURRENCY_WORDS.items()}
_COUNTRY_REACH = 2000  # characters before a sum read for the country whose currency word it uses
_PERCENT_GLOSS_RE = re.compile(r"[（(] ?(?:约|近|逾|超过?)?\d+(?:\.\d+)? ?[%％] ?[)）]")
# a statistics line's label naming its measure, right before its value (套数：, 户数：, 面积(m2)：), and the line's end
_STAT_LABEL_RE = re.compile(
    r"(?:(?P<measure>[套户家件宗辆栋间台所])数|面积[（(](?P<area>m2|m²|㎡|平方米)[)）]) ?[：:] ?$"
)
_LINE_END_RE = re.compile(r"[ \t\u3000]*(?:\n|$)")
# a statistics line or a table's row whose label states the money unit its plain numbers are in: 营业收入(万元)：
# 12,345.67, 净利润（亿元） 3.21 4.05, 总投资（万美元）：5000 (before: RMB 12,345.67, the label's 万 lost, or not read)
_MONEY_LABEL_RE = re.compile(
    rf"(?<=[{HAN_BASIC}A-Za-z])[（(](?P<scale>千|百万|万亿|万|亿)?(?P<cur>{_CURRENCY}|元)[)）]"
    r"[ \t\u3000]*[：:]?[ \t\u3000]*(?:-?\d[\d.,]*[ \t\u3000]+)*$"
)
# A table's unit note (单位：人民币元 at a table's head, 编制部门：… 单位：元, 金额单位：万元, 單位：港幣千元,
# (HK$ million), (HK$'000)): the plain amounts of the rows under it are sums in that unit, as a labelled row's are
# (figures26 13: seven balance-sheet sums under 单位：人民币元 were not read). Any 单位： note is found (单位：件 or
# 单位：% ends a money table); a note's unit is money when it ends in 元 (its currency and scale before it) or is a
# dollar sign or code with a scale.
_EN_SCALES = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
# an English note's scales: the English scale words (their plurals too), "'000" and "m", read in any case ((HK$
# Million)); its currencies: every dollar sign and code of units.py but the bare $, whose dollar it does not say
# (review s30 R10: a hand-written copy missed A$, C$, EUR …)
_TABLE_EN_SCALE = _EN_SCALES | {f"{w}s": v for w, v in _EN_SCALES.items() if len(w) > 2} | {"'000": 1e3, "’000": 1e3}
_TABLE_EN_SCALE["m"] = 1e6
_NOTE_SYM = alternation([*(k for k in CURRENCY_SYMBOLS if k != "$"), *CURRENCY_CODES])
_TABLE_NOTE_RE = re.compile(
    rf"(?:金额|货币)?单位[ \u3000]?[：:][ \u3000]?(?:(?P<cur>{_NOTE_CURRENCY})[ \u3000]?)?"
    rf"(?:(?P<scale>千|万|百万|千万|亿)?(?:(?P<yuan>元)|(?P<cur2>{_NOTE_CURRENCY}))(?![/／\d])"
    # 单位：件, 单位：%, 单位：万吨: a unit of no money (a short word, then the line or the aside ends)
    # (单位：亿立方米, 单位：万千瓦时: any unit up to eight characters ends the money note before it: review s30 R15)
    r"|(?P<other>[^\s\d：:，,。、]{1,8})(?=[ \u3000)）]|\n|$))?"
    rf"|[(（][ \u3000]?(?:in[ \u3000])?(?<![A-Za-z])(?P<sym>{_NOTE_SYM})[ \u3000]?"
    rf"(?P<en>(?i:{alternation(_TABLE_EN_SCALE)}))[ \u3000]?[)）]"
)
_TABLE_NOTE_HINT_RE = re.compile(rf"单位|[(（][ \u3000]?(?:in[ \u3000])?(?:{_NOTE_SYM})")
_TABLE_REACH = 6000  # characters from a note to the last row it governs (a balance sheet runs ~4,000)
# A row or column that names its own unit of no money (从业人员（人）, 经营面积（平方米）, 基本每股收益（元/股）,
# 持股数量（股）, 销量（辆）) or counts people, days or points (员工人数, 股东总数, 出勤天数, 评审得分): no sum of
# the note (review s30 R4). A header line with such a column (持股数量（股）, a line with no amount) or a new table's
# heading (表2 分地区销量) ends a note's table (review s30 R13); not a statement's block heading (二、营业利润（亏损以
# “－”号填 on a line of its own in a flattened PDF: the same table goes on).
# (any x/y is a rate of no money's: （元/股）, （万元/人）, 人/次; any other unit is units.NO_MONEY_UNITS)
_OWN_UNIT = rf"[^（）()\n]{{0,6}}[/／][^（）()\n]{{0,6}}|{alternation(NO_MONEY_UNITS)}"
# a unit no sum is written in right after a number that follows a currency's name: the number is that unit's, not the
# currency's ("欧元/美元45分钟图", a currency pair's 45-minute chart, was "USD 45"; "美元1小时图")
_NO_MONEY_AFTER_RE = re.compile(rf"\s?{alternation(NO_MONEY_UNITS)}")
_ROW_OWN_UNIT_RE = re.compile(rf"[（(](?:{_OWN_UNIT})[)）]")
_ROW_COUNTS_RE = re.compile(alternation(ROW_MEASURED_NOUNS))  # (the label is read folded: 人數 is 人数)
_TABLE_BREAK_RE = re.compile(
    r"(?m)^[ \t\u3000]*表[ \u3000]?\d+[^\d\n]*$"
    rf"|(?P<unit>[（(](?:{_OWN_UNIT})[)）])"
)


def _lead_words(f: Figure) -> str:
    """A figure's words as the lead-and-body rule compares them (FIGURES_GOLD §5): a sum's currency named or left
    out (6.18万亿元 / 6.18万亿元人民币, 总额1000万元人民币 / 总金额1000万) is the same words, the currency read being
    the same (the figures' units are compared beside)."""
    if f.kind != "money":
        return f.text
    return _NAMED_SUM_RE.sub("", f.text).replace("元", "")


def _basis_points_of_a_rate(text: str, before: str, start: int, end: int) -> bool:
    """Whether basis points at text[start:end] are hundredths of a percentage point: of an interest rate, a yield or
    a ratio named in ``before`` (its sentence, up to the number), or of a percent level the move reaches or glosses
    (…下行0.1BP报1.247%); not a pip (汇率…50个基点), nor brackets restating the move just said
    (一个百分点（即100基点）). One rule for one figure and a range (升贴水率…普遍在10-20BP, figures40 dev 03)."""
    named = (
        _RATE_WORD_RE.search(before)
        or _BP_RATE_WORD_RE.search(before)
        or _BP_LEVEL_AFTER_RE.match(text, end)
        or _BP_LEVEL_BEFORE_RE.search(text, max(0, start - 40), start)
    )
    return named is not None and _RESTATED_BEFORE_RE.search(before) is None


def _sum_key(value: float) -> float:
    """A sum's value to nine significant digits (math.isclose's 1e-9 as a key): a table cell restating a sum."""
    return float(f"{value:.9g}")


# lower than the same thing's own earlier value (中标利率1.77%，较上次同期限央票低42个基点: figures35 dev-retired30
# 09): a change over time, signed as 下降 is; lower than another figure (较原来预算低3%, 较预测低0.8%) stays a
# comparison, unsigned (FIGURES_GOLD 4)
_LOWER_THAN_BEFORE_RE = re.compile(
    r"[较比](?:上次|上一次|上期|上年|去年|上月|上周|上季|前一交易日|前一日|前日|昨日|上年同期|去年同期)"
    r"[^，。；,;！？\n]{0,10}?低了?(?:约|近|逾|超过?)?$"
)
_TABLE_AMOUNT_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")  # an amount as a table writes one
_CELL_RATE_RE = re.compile(r"\d[%％]")
_HAN_RE = re.compile(f"[{HAN_BASIC}]")
_ROW_RUN_CHARS = frozenset("0123456789,.%-－—– \t\u3000")  # a row's run of cells between its label and the next
_PLAIN_CELL_RE = re.compile(r"[1-9]\d*")  # a whole number with no grouping: a count, a code, a year
_PROSE_LINE_RE = re.compile(r"(?:^|\n)[^\n]*?[，。]")  # a line of sentences, not of cells
_TABLE_CELL_END_RE = re.compile(rf"[ \t\u3000|]|\n|$|[{HAN_BASIC}]")  # a cell ends at a space, a bar or a label
# a labelled row's cells: its numbers, a year's cell (a header row of years), a rate column's header
_ROW_NUMBER_RE = re.compile(r"-?\d[\d.,]*")
_YEAR_CELL_RE = re.compile(r"(?:19|20)\d\d")
_RATE_HEADER_RE = re.compile(r"[%％]|百分|同比|环比|增减|增长|增幅|比重|占比|比例")
_CLAUSE_END_RE = re.compile(rf"[{CLAUSE_BREAK}\n]|$")
_CLAUSE_BREAK_RE = re.compile(rf"[{CLAUSE_BREAK}]")
# a share in brackets after the name of what it is a share of: 标准（占比20%）
_SHARE_IN_BRACKET_RE = re.compile(r"[（(](?:占比|约占|占)$")
_SERIES_NUMERALS = dict(enumerate("零一二三四五六七八九十"))  # a series' numbers, 一 to 十
_ITEMS_REACH = 160  # characters from one item's count to the next's, at most (an enumeration's items are short)
_ITEM_BREAK_RE = re.compile(r"[，、。；,;：:\n]")
_ROW_GOES_ON_RE = re.compile(r"[ \t\u3000]|\n|$|[，,；;。]")  # the number stands alone: nothing written right after it
_CHENG_RANGE_AFTER_RE = re.compile(rf"(?:{RANGE_SIGN})[一二两三四五六七八九十]成")
_FRACTION_RANGE_AFTER_RE = re.compile(rf"(?:{RANGE_SIGN})(?=[二三四五六七八九十百千万\d]{{1,4}}分之)")
# (千克, 千米, 千瓦, 百米 are units: 1/2千克 is half a kilogram)
# what follows a month/day written with a slash (8/23 18:05更新, 4/29日), and the pairs around it in a list of days
_DATE_AFTER_SLASH_RE = re.compile(r"[ \u3000]?(?:\d{1,2}[:：]\d{2}|[日号]|更新|上午|下午|中午|晚上|凌晨|早上)")
# a time word right before a month/day (会议时间为12/25, 截止12/31, 定于10/15): the pair is the date it names, even
# after 为 (review s22 R4: were shares, 48%); 于 of a comparison (相当于, 低于) is no time word
_DATE_BEFORE_SLASH_RE = re.compile(r"(?:时间|日期|截止|截至|定?(?P<yu>于))(?:为|是|定为|在)?[ \u3000:：]?$")
# what a time 于 follows (会议于12/25, 活动将于, 发布会拟于): who or what is scheduled, or a word that schedules
_SCHEDULING_BEFORE_YU = frozenset(
    {"拟", "定", "计划", "预计", "预定", "安排", "将", "已", "曾", "均", "并", "亦", "也"}
)
_SHARE_BEFORE_SLASH_RE = re.compile(r"(?:的|占|约|近|仅|只有|相当于|超过|不到|不足|逾|达|为)$")
# 的 and a crowd a share is of (有3/20的人, 有1/12的受访者, 的学生, 的家庭): people, a word of people or households
_CROWD_AFTER_SLASH_RE = re.compile(
    rf"的(?:[{HAN_BASIC}]{{0,3}}?(?:人|者|生|员|户|民|家庭|企业|用户|网友|居民|观众|患者|儿童|老人|女性|男性))"
)
_SLASH_DATE_BEFORE_RE = re.compile(r"(?<!\d)\d{1,2}/\d{1,2}[,，、]$")
_SLASH_DATE_AFTER_RE = re.compile(r"[,，、]\d{1,2}/\d{1,2}(?![\d/])")
_SCALE_AFTER_SLASH_RE = re.compile(r"[十万亿](?!分)|千(?![克米瓦])|百(?![分米])|[kKwW](?![a-zA-Z])")
# a congress's numbered term and the body it names, right before a session's number (十届全国人大|五次会议): an ordinal
_TERM_NAME_BEFORE_RE = re.compile(rf"[\d一二三四五六七八九十][届屆][^\d{CLAUSE_BREAK}、\s]{{1,8}}$")
_SESSION_AFTER_RE = re.compile(r"(?:会议|會議|全会|全會|全体会议|全體會議)")
_ONE_JOINED_BEFORE_RE = re.compile(r"(?:以及|及|和|与|另有|亦有|也有|还有|、)$")
_REST_WORDS = ("其余", "其他", "另外", "剩余", "余下", "剩下")
# the verbs that open a list of names (see _sums_names_before)
_LIST_OPENER_RE = re.compile(r"提供|包括|包含|涵盖|推出")
# a list item's noun and nothing else (姊姊 of 七個姊姊、): two to four Han characters, then a break
_ITEM_NOUN_RE = re.compile(rf"[{HAN_BASIC}]{{2,4}}(?=[、，,。；;）)\n]|$)")
# a number other than 一 right before a measure word (the other parts of a partition)
_OTHER_NUMBER_RE = re.compile(rf"(?:\d+|[两三四五六七八九十百千]+)(?=[{HAN_BASIC}])")
_KUAI_SPEND_RE = re.compile(
    rf"(?<![开鲜烟棉浪雪桃樱梅荷菊兰葵礼插献绣印火钢天眼])花(?:费|个|了|掉)?[^{CLAUSE_BREAK}\d]{{0,4}}$"
)
_ROOMS_BEFORE_RE = re.compile(r"[\d一二两三四五六]房$")
# a bare number and 、 in a list whose last item has the unit (分别提高0.9、5.9个百分点)
# the time stamp opening an item of a live page (【18：15】): a currency note ends there
_LIVE_ITEM_RE = re.compile(r"【\d{1,2}[:：]\d{2}】")
# 厘 is a percent where the clause speaks of interest or yields (股息率5.5厘, 最终利率约6厘),
# percentage points after a rate move (加息0.25厘)
_CENT_CONTEXT_RE = re.compile(r"每股|股息|派息|末期息|中期息|派|股价|报价|收市|车费|票价|收费|加价|减价|售价|价格")
# (and the reserve requirement ratio: 降准300个基点, 下调存款准备金率50个基点)
_RATE_WORD_RE = re.compile(r"息|利率|孳息|收益率|回报率|年利|按揭|准备金|[降升]准|LPR|[SHL]IBOR|[SHL]ibor")
# ... and for a basis point any ratio a company or an economy reports (运营利润率同比下降330个基点, 失业率, 占有率:
# figures31 dev 11), never an exchange rate's (汇率中间价下调50个基点: a pip) nor a volatility's (波动率跌0.5个
# 基点, the market's jargon: a hundredth of which point, the text does not say)
_BP_RATE_WORD_RE = re.compile(r"(?<![汇动])率(?!先)")
# ... or a level in percent the move reaches or glosses (隔夜品种下行0.1BP报1.247%, FR007涨30.0个基点报2.15%; 成交在
# 1.6375%附近（较前一日上行0.75BP）): a move of a percent level is in hundredths of its point (figures40 dev 02)
_BP_LEVEL_AFTER_RE = re.compile(r"[ \xa0]?(?:报|至|到|升至|降至|收于|收报)[ \xa0]?\d{1,3}(?:\.\d{1,6})?[ \xa0]?[%％]")
# (a LEVEL, said with 在/报/为/至/于 before it: a bracket after a CHANGE, 较上日升值0.5%（调升345个基点）, glosses an
# exchange rate's move in pips, no points: review s36 R3; so does 为 after a change's 幅/幅度/增速, 升幅为0.5%: R3b)
_BP_LEVEL_BEFORE_RE = re.compile(
    r"(?:在|报|(?<![幅度速])为|至|于)[ \xa0]?\d{1,3}(?:\.\d{1,6})?[ \xa0]?[%％](?:附近|左右)?[(（][^()（）\n]{0,12}$"
)
_RESTATED_BEFORE_RE = re.compile(r"[^\s，,。；;、(（][\s\u3000]*[(（](?:即|约|或|相当于)?[\s\u3000]*$")
# a move of the rate, by so many 厘: the adjusting verbs too (按揭利率下调0.25厘, review s19 R7: was a level of 0.25%);
# 回落, 下跌 are not among them (由约6厘回落5.1厘左右 falls to 5.1%)
# (the rate named between the verb and the move, Hong Kong's usual order: 调升最优惠利率0.25厘至5.875厘, review s20 R10)
_RATE_CHANGE_BEFORE_RE = re.compile(
    r"(?:加息|减息|降息|升息|[上下]调|调[低高升降]|[加减])(?:[^\d，,。；;、]{0,6}?(?:利率|[PH]按))?$"
)
# a negative contribution with what it pulls named between (负向拉动全市投资8.7个百分点)
_NEGATIVE_PULL_RE = re.compile(rf"负向?拉动[^{CLAUSE_BREAK}\d]{{0,8}}$")
# a decline-size word opening the clause the percent ends: 跌幅多过市场预期的0.1%, 2月跌幅
# 向上修订至0.2%, 降幅收窄至3% (each number is the size of a fall)
_DECLINE_SIZE_CLAUSE_RE = re.compile(
    rf"(?:跌幅|降幅|减幅|贬幅|下降幅度|下跌幅度|下滑幅度|下调幅度|调降幅度|减少幅度|降低幅度|回落幅度|贬值幅度|下探空间)"
    rf"[^{CLAUSE_BREAK}\d%]{{0,12}}"
    # (… a comma, then only an adverb and a hedge: 下跌幅度更大，已超过20%: figures2 dev 73)
    r"(?:[，,](?:已经|已|更|亦|也|均|都)?(?:超过|超|逾|达到|达|为|接近|近)?)?$"
)
# a decline verb, what falls, then the size (降低乳癌發生機率53%, 减少成本47%); not a level reached
# (降低到20%, 减少为5%) and not a share (下降的企业占20%)
_DECLINE_OBJECT_RE = re.compile(
    rf"(?:下降|下跌|下滑|减少|降低|减低|回落)(?:(?![到至为达是占的和与及比])[{HAN_BASIC}]){{1,8}}$"
)
# ... of a rate in points (調低最優惠貸款利率25基點, 下调存款准备金率0.5个百分点): what is between is what is cut,
# a noun, never a clause of its own after the cut (下调后仍高于基准利率0.5个百分点, 降低进口关税拉动外贸0.3个百分点:
# review s34 R2)
_DECLINE_OBJECT_PP_RE = re.compile(
    rf"(?:下降|下跌|下滑|减少|降低|减低|回落|调低|下调|调降)"
    rf"(?:(?![到至为达是占的和与及比后仍高低拉带于出超增升涨较])[{HAN_BASIC}]){{1,8}}$"
)
# ... or a decline-size noun after the percent, what fell named between (7%的人民币贬值幅度)
_DECLINE_AFTER_RE = re.compile(
    rf"{_SP}的?(?:跌势|跌幅|降幅|减幅|贬幅|贬值幅度)|{_SP}的[{HAN_BASIC}]{{1,4}}?(?:跌幅|降幅|减幅|贬幅|贬值幅度)"
)
# a further section of the same number (2万3千|5百元), not a new number (1.7亿|65周岁)
_NUMERAL_RUN_RE = re.compile(r"(?:\d+|[零〇一二两三四五六七八九])[千百十][\d零〇一二两三四五六七八九十百千万亿]*")
# 分别为0.9、5.9个百分点, 分别被判罚款9万及13万元: a head shares the last item's unit (and
# its scale, written on each: 9万及13万元)
_SHARED_HEAD_RE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)([万亿]?)(个)?(?:、|及|和|与)$")
_SHARED_CN_HEAD_RE = re.compile(
    r"(?<![零〇一二两三四五六七八九十百千])([零〇一二两三四五六七八九十百千]+)([万亿]?)(个)?(?:、|及|和|与)$"
)
# 各 as 分别, an adverb right before the verb of a list of numbers sharing the last one's unit (…基金規模各減少3.59、
# 2.67、2.4、2.87及0.65個百分點: figures32 08); not a noun's 各 (各地, 各国, 各类, 各项)
_EACH_BEFORE_RE = re.compile(r"各(?![地国类种项级界位部省市县区自个家条人方])[^\d、，。；]{0,3}$")
# (人寿 is an insurer, 人民币 a currency: 新光人寿…赚了100亿 is a sum)
_VISITS_GAP_RE = re.compile(
    rf"{_SP}(?:均|都|已|共|累计|合共|则|亦|也|仍)?(?:超过|超出|超|逾|近|接近|约|大约|达到|达|为|突破|不足|不到|仅|只有)?{_SP}"
)
# a per-event measure word written before a number, as its subject (总场次超9600万, 出境辆次逾392万)
_PER_EVENT_MEASURES = ("人次", "户次", "剂次", "辆次", "场次", "批次", "架次", "艘次")
_MEASURE_BEFORE_RE = re.compile(rf"(?P<m>{'|'.join(_PER_EVENT_MEASURES)}){_VISITS_GAP_RE.pattern}$")
# ... or the volume of an audience's or a buyer's acts, each act one (阅读和下载量达100万, 播放量突破2亿, 销售量上看
# 7000万): a count of those acts, unit "" (figures45 dev-retired35 04; not 产量, 用水量: quantities in units left out)
_ACT_VOLUME_BEFORE_RE = re.compile(
    # (订单量, 出货量, 交付量: orders placed, units shipped or delivered, each one; figures55 dev-retired41 06)
    rf"(?:阅读|下载|浏览|点击|播放|访问|观看|收看|转发|点赞|评论|预约|注册|搜索|销售|日活|月活|订单|出货|交付)量"
    rf"(?:{_SP}(?:上看|到了|达到了))?{_VISITS_GAP_RE.pattern}$"
)
# two people named right before their number: A与B, or a pair's name (夫妇, 母子, 兄弟 …)
_PAIR_NAMED_RE = re.compile(
    rf"(?:(?:^|[，,、：:；;。！？\s“「])[{HAN_BASIC}]{{1,4}}(?:与|和|及|跟|同)[{HAN_BASIC}]{{1,4}}"
    r"|夫妇|夫妻|母子|母女|父子|父女|兄弟|姐妹|兄妹|姐弟|师徒|婆媳|伉俪)(?:共|一共|总共)?$"
)
# what follows a count that restates it rather than naming what it counts (3次都住在…, 3次均为…)
_ADVERB_AFTER = frozenset("都均也还又就才已将是为在皆共")
# (1层8户 is one storey's homes; 1楼 is a place, "on the ground floor": 1楼5户居民 are households, review s18 R3)
_LAYOUT_BEFORE_RE = re.compile(r"(?:(?<![\d.])[1一]层|每(?:层|楼)|[\d一二两三四五六七八九]梯)$")
_LAYOUT_UNITS = frozenset({"户", "套", "间", "伙"})
_VISITS_ASIDE_RE = re.compile(r"[（(]次[）)]")  # 人（次）, the government's way of writing 人次
# (次 counts visits and plays, never as an adverb's: 首次突破4万亿 is the first time, figures34 dev 09)
_PEOPLE_RE = re.compile(r"用户|人口|网民|人次|粉丝|观看|播放|浏览|访问|(?<![首再此这本该屡依其层])次|人(?!寿|民币)")
# whom a rate is per (人均 stays a people word: 居民人均可支配收入3万 is left unread, test_figures_dev_sentences)
_PER_HEAD_RE = re.compile(r"每(?:人|名|位)")
# paying as a verb right before a bare 万 (新增缴费2万): payers counted when the sentence counts people (review s30 R9)
_PAYING_RE = re.compile(r"(?:缴|交|付)费(?:为|达|约|共|合计|高达|逾|近|超过?)?[ \u3000]?$")
# a bracketed number between a number and its unit (约10000（6500）亩): an aside
# a price named right before a 块 amount (股价从493块直落到418元): 块 is 元
_PRICE_BEFORE_KUAI_RE = re.compile(r"(?:股价|价格|价钱|售价|票价|房价|单价|油价)(?:从|由|在|为|约|只有|仅)?$")
# the rich named by a round sum before them (百萬美元富豪, 千万元家庭, 亿元俱乐部): a class, not an amount
_WEALTH_CLASS_AFTER_RE = re.compile(r"的?(?:富豪|富翁|富人|富婆|富户|俱乐部|大户|家庭|人士|阶层)")
# what a sum buys or fetches said right after it (以40几亿标得地上权, 5亿买下): a price
# people named by the countries they come from: N个国家代表 counts the countries
_FROM_COUNTRIES = frozenset({"代表", "选手", "运动员", "嘉宾", "使节", "记者", "游客", "学者", "专家"})
# (a grant word that modifies a noun names who or what is granted, not a sum: 3万补助对象 are 30,000 beneficiaries,
# review s22 R6)
# a sum put to a use (500萬補助清寒學生, 3亿用于项目建设, 1亿补助项目): 用于/用作 never modify a noun; a grant word
# does when the noun names who is granted (3万补助对象 are 30,000 beneficiaries, review s22 R6), and then it is no sum
_GRANT_AFTER_RE = re.compile(
    r"用于|用作|(?:补助|补贴|资助|奖励|拨款|拨付|援助|捐助)(?!的?(?:对象|人员|人群|人口|人数|家庭|户数|名单))"
)
# a noun that says how much of what the sentence measures, no thing of its own (财政投入约1000亿，每年仍有3000亿的
# 缺口: a shortfall of the same funds): before it a number keeps the unit of the sum its sentence said
_HOW_MUCH = "缺口|差额|差距|余额|增量|总量|规模|数量|总数|数目|数字"
_HOW_MUCH_AFTER_RE = re.compile(rf"的?(?:{_HOW_MUCH})")
# the nouns that name no thing a number counts: how much (above) and when (到了2018年的时候就降到1,523万)
_NOT_SUBJECT_RE = re.compile(rf"{_HOW_MUCH}|时候|时间|时期|期间|当时|时|時候|時間|時期|時")
_BOUGHT_AFTER_RE = re.compile(r"(?:标得|拍得|投得|竞得|买下|买的|购得|购入|收购|卖出|售出|出售|转让)")
# a sale's verb right before a sum that ends its clause (现在出售500万，: figures46 dev 05)
_SOLD_BEFORE_RE = re.compile(r"(?:出售|售价|成交价)(?:了|约|为|达)?[ \u3000]?$")
# what an area bound names right after it (140平方米及以下商品住宅, 90平方米以上住房): a class, not an area
_HOMES = r"商品住宅|商品房|住宅|住房|房屋|户型|格局|房源|单位|物业|小宅|套房|房子|豪宅|透天"
_CLASS_NOUN_AFTER_RE = re.compile(rf"(?:的)?(?:{_HOMES})")
_HOMES_RE = re.compile(_HOMES)
# a bound said after a sum or an area (以上, 及以上, 以下, 以内)
_BOUND_AFTER_TAIL = ("以上", "以下", "以内", "以內")
# the noun phrase after a bound, up to a clause mark (58坪以上的4房格局，: digits too, unlike a count's noun)
_ALTERNATIVE_AFTER_BOUND = ("或者", "或是", "或")  # (str.startswith's tuple: the words that open another alternative)
_CLASS_PHRASE_RE = re.compile(rf"[^{CLAUSE_BREAK}\n：:（(]{{1,10}}")
_ASIDE_RE = re.compile(r"[（(](?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[)）]")
# an argument's reasons counted (原因有三类, 理由主要有两点, 三类原因): its structure, not a key figure
_REASONS_BEFORE_RE = re.compile(r"(?:原因|理由|缘由)(?:主要|大致|大概)?(?:有|包括|分为|可分为)$")
_REASONS_AFTER_RE = re.compile(r"的?(?:原因|理由|缘由)")
# a move or a restatement from one sum to the next: 突破300亿达302.9亿元, 由3亿增至5亿元, 从8万降到6万元
_LINK_TO_SUM_RE = re.compile(
    r"(?:达到?|(?:增加|增长|上升|提高|下降|减少|降低|扩大|缩小|增|升|涨|降|减|跌|回落)(?:至|到)|[升降]为)"
)

# 32位整型, 64位的操作系统, 64位 Windows: a bit width names a technical word after it
_BIT_WIDTH_AFTER_RE = re.compile(
    # a list of widths first: 32位和64位系统, 8位、16位和32位处理器
    r"(?:(?:[和或与及、/]|以及)\d{1,4}位)*"
    rf"的?(?:{alternation(BIT_WIDTH_NOUNS)}|[ -]?(?:{'|'.join(BIT_WIDTH_LATIN)})(?![A-Za-z]))"
)
# what a case (起, 例) is about, never what it is: companies and other bodies (people are PEOPLE_NOUNS_EN)
_BODIES_EN = frozenset(
    {"companies", "listed companies", "banks", "institutions", "organisations", "establishments", "enterprises"}
)
# 4700股飘红, 3000股下跌, 80股涨停: stocks by how they moved (a market's breadth)
_STOCKS_MOVE_AFTER_RE = re.compile(r"(?:个股)?(?:飘红|翻红|飘绿|上涨|下跌|收涨|收跌|收红|收绿|涨停|跌停|走高|走低)")
# the measure words an N-part system is named by (两部制, 三班制, 两院制, 三级制, 两票制: a name, nothing counted);
# any other 制 after a count opens a word (35家制药企业, 2座制水厂: counted; review s24 R9). 4口之家 stays people
# (figures2 gold); 制 must stand alone (两部制作精良的影片, 3部制度文件: works and rules counted)
_SYSTEM_UNITS = frozenset("部班院级轨元段审票层档")
# verbs that say where something is: the noun after them is the place (2块位于市中心)
_LOCATIVE_VERBS = ("位于", "地处", "坐落于", "坐落在", "地处于")
# a page's view counter before its number (本文已被查看2232次, 阅读次数：2232次): chrome, no key figure (tester s24
# T4); a story's 文章被阅读10万次 or 访问量达5000万次 is not this page's and stays
_PAGE_COUNTER_BEFORE_RE = re.compile(
    r"(?:本文|本页|本帖|本篇|此文)(?:已被|被|已|共被|累计被)?(?:查看|浏览|阅读|访问|点击)(?:了|过)?[ \u3000]?$"
    r"|(?:^|[ \u3000|｜])(?:阅读|浏览|点击|访问|查看)(?:量|数|次数)?[ \u3000]?[:：][ \u3000]?$"
)
# verbs that put a budget (安排2亿, 下达5000万, 拨付) or hand money out (下拨, 发放: people are not handed out; review
# s25 R4): the amount after them is a sum, whoever it is put to
_BUDGET_VERBS = frozenset(  # (not 投入: 投入1万救援人员 puts people to work)
    "安排 下达 拨付 拨出 划拨 筹集 筹措 追加 统筹 列支 出资 投资 拨 下拨 调拨 拨发 发放 下发 支出".split()
)
# verbs that state an amount rather than act on it (现有3万司机, 共有, 达到)
_COPULA_VERBS = frozenset(
    {"有", "是", "为", "达", "达到", "超过", "共有", "现有", "约有", "还有", "新增", "增加", "减少"}
)
# 位 counting digits (两位小数, 6位数字, 11位手机号码, 三位数), not people
_DIGITS_AFTER_WEI_RE = re.compile(r"的?(?:小数|数字|有效数字|数|号码|手机号|密码|验证码|编码|字符|字母)")
# 16 位值: a value of that width (tester s24 T1: was "16 people"); 值班, 值守, 值得 are other words
_BIT_VALUE_AFTER_RE = re.compile(r"的?值(?![班守勤日得])")
# a cipher's key after a number of 位: its size in bits, a power of two or not (768位RSA密钥)
_KEY_AFTER_RE = re.compile(r"的?[ ]?(?:(?:RSA|DKIM|AES|ECC|DSA)[ ]?)?(?:密钥|公钥|私钥)")
# ... or a key's, a word's or a bus's length named before it (密钥长度不足1,024位, 字长为64位)
_BIT_WIDTH_BEFORE_RE = re.compile(r"(?:密钥|公钥|私钥|字长|位宽|位数)(?:长度)?[^\d，。；,;]{0,4}$")
# a scale written in English after a code and number (PHP 5 million)
# (its end is no \b: a Han character after it is a word character too, HK$3.5bn的债券)
_EN_SCALE_AFTER_RE = re.compile(r"\s*(?:million|billion|trillion|thousand|mn|bn)s?(?![A-Za-z])", re.IGNORECASE)

# 跟/和/与/同 ... N比: a comparison frame around a number
_COMPARED_WITH_RE = re.compile(r"[跟和与同]")

# Single-character hedges that are also the tail of a common word: 签约, 最近, 通过 ...
_HEDGE_FALSE_PREV = {
    "约": set("签预节制契合邀特履违公条简相婉失赴践守立解续集租婚盟誓规"),  # 租约 a lease
    # 合约在80美元: a contract "at" (review s29 R2), not "about at"
    "约在": set("签预节制契合邀特履违公条简相婉失赴践守立解续集租婚盟誓规纽"),
    "近": set("附最临邻靠亲就遥远拉走凑晚"),
    "超": set("高赶买卖出入"),  # 买超/卖超 net buying/selling, 出超/入超 trade balance
    "逾": set(),
    "破": set("打攻击识看说道点爆残"),
    "限": set("期年时权界局极无有宽门受"),  # 期限3年, 年限, 时限, 无限, 受限 (restricted): words ending in 限, no cap
}
# Hedges the segmenter decides (_hedge_before): 站上 ends 地铁站上, 收费站上, 网站上 … (an open class of places)
_SEGMENTED_HEDGES = frozenset({"站上"})
# ... unless the two characters before are a word of their own that ends there
_HEDGE_TRUE_PREV = ("收入", "投入", "流入", "限制", "控制", "机制", "体制", "损失", "消失")
_BARE_SCALE_ONLY_HEDGES = {"上", "过"}
# a superlative of a span of time is a level reached, not a cap: 歷史最高161.5元, 盤中最高至156元 (the
# gold lists them exact, as it does 最高點為30.541元), 史上最低
_RECORD_PREV = ("历史", "史上", "盘中", "盘内", "日内", "年内", "今年", "全年", "近年", "上市", "同期")
_RECORD_HEDGES = ("最高", "最低")
# "would reach" in a conditional (若首日涨幅达到200%的话，单签盈利可达5.45万元): the outcome computed, exact
_CAN_REACH = ("可达", "可达到")
_CONDITION_RE = re.compile(r"(?:若|如果|假如|倘若|假设)[^。！？；;!?\n]*$")
# a rate's "per" unit right before a number (每平方米二元, 每人三元): what follows is a price
# the financial numerals of cheques and receipts: never part of a word (壹元 is one yuan, 一元化 a word)
_FINANCIAL_DIGITS = frozenset("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟")
# a sum in words written on past its 元: its 角 or 分 (一元五角, 二元三角五分) or closed by 整/正 (贰元整)
_YUAN_WRITTEN_ON_RE = re.compile(rf"[{_CN}]{{1,3}}[角毛分]|[整正](?![{HAN_BASIC}])")
_PER_THING_BEFORE_RE = re.compile(rf"每[{HAN_BASIC}]{{1,3}}(?:为|是)?$")
_PER_HAS_AFTER_RE = re.compile(rf"[^，。；;,\d]{{0,6}}?[中里]?[就便]?有{_SP}[\d{_CN}]")
_PER_HAS_BEFORE_RE = re.compile(rf"每[\d{_CN}]+[^，。；;,\d]{{0,6}}?[中里]?[就便]?有{_SP}(?:约|大约|近|逾|超过)?$")
_PER_HEAD_PER_PERIOD_RE = re.compile(
    r"每[名人位户个家][^，。；;,\d]{0,6}?(?:日均|每日|每天|每月|每年|年均|月均)[^，。；;,\d]{0,6}$"
)
_RANKED_LIST = frozenset({"最大", "最强", "最佳"})
# a superlative said of a count (以三民區5616戶最多, 62場最多), not one that ranks what it counts
_MOST_SAID_RE = re.compile(rf"最[多少高低大小](?![{HAN_BASIC}])")
# places counted by a noun (NOUNS' English): the world has not tens of millions of any of them (694億遷村: a sum,
# figures54 dev-retired40 11, once "69.4 bn villages")
_PLACES_EN = frozenset(
    {"villages", "towns", "townships", "counties", "cities", "provinces", "countries", "districts", "states"}
)
# a budget or a debt after a round sum (年增百萬預算, 欠的百萬債, 背負千萬債務); not 债券 (bonds) nor 债市
_ROUND_MONEY_AFTER_RE = re.compile(r"(?:左右)?(?:预算|经费)|债(?![券市])")
# the last character of a road's name before its section's number (成功路四段, 忠孝東路三段, 八德街二段)
_ROAD_SECTION_BEFORE = frozenset("路街道")
_RANK_BEFORE_RE = re.compile(r"排名|排行|名列|位列|排在|排第|居第|[全球世界国省市区内]排")  # 全球排17位
# S&P 500, FTSE 100: 标准普尔500种股票指数, 《金融时报》100种股票平均价格指数 name an index, count no stocks
_VOLUME_RE = re.compile(r"(?:销售|出货|产|销|订单|交付)量|数量|台数|件数")
_INDEX_NAME_AFTER_RE = re.compile(r"(?:股票|成分股|工业股票)?(?:平均)?(?:价格|股价)?指数")
_RIDE_VERBS = frozenset("坐乘搭过")  # 坐四站, 乘两站: how far a ride goes
_REPLACES = "(?:可以|可|能)?(?:替代|取代|代替|顶替|替换)"  # each has 替: the guard in _replacement_ratio
_EQUALS = "(?:相等于|相当于|等于|等同于)"  # each has 于: the guard in _replacement_ratio
_EQUATED_BEFORE_RE = re.compile(rf"{_EQUALS}(?:约|大约)?{_SP}$")  # (相当于两个四川省: _places_as_measure)
_GENERIC_PLACES = frozenset({"城市", "省份", "地区", "国家", "城镇", "乡镇", "社区", "村庄"})  # ns in the dictionary
# 前 ends these words (目前3家 is "currently 3"); elsewhere 前 + number is a ranking.
_QIAN_WORDS = {
    "目前",
    "之前",
    "此前",
    "以前",
    "提前",
    "当前",
    "眼前",
    "空前",
    "事前",
    "生前",
    "年前",
    "日前",
    "月前",
    "战前",
    "会前",
    "节前",
    "门前",
    "面前",
    "跟前",
    "从前",
}
# ... but 年前 is "ago" only after a length of time (三年前5家): after a calendar year (今年前两轮, 2024年前3批)
# 前 opens "the first N" of that year's sequence
# a number written as a calendar year: four Arabic digits, or four Chinese digits (二〇二六)
_YEAR_NUMERAL_RE = re.compile(r"(?:19|20)\d\d|[一二][〇零一二三四五六七八九]{3}")
# the place names of units.REGION_WORDS the segmenter does not tag as places (台中 is its "s", a location word)
_REGION_PLACE_WORDS = frozenset(w for words in REGION_WORDS.values() for w, _ in words)
_CALENDAR_YEAR_RE = re.compile(r"(?:[今去明本同当该首]|(?<!\d)\d{4})年前$")
# Numbered names of policies and slogans (中央八项规定精神, 四个全面, 两个维护): names, never counts (tester s25 T14)
_NUMBERED_NAMES = frozenset(
    {"八项规定", "四个全面", "四个意识", "四个自信", "两个维护", "两个确立", "三个代表", "四个现代化", "五位一体"}
)
_NUMBERED_NAME_RE = re.compile("|".join(sorted(_NUMBERED_NAMES)))
# Numeral + measure word pairs that are words in their own right.
_NUMERAL_WORDS = {"四处", "两口", "三番", "两道", "九道", "两包", "两头"}  # 两头在外: both ends
_SPACES = " \u3000\xa0"  # 上百家, 过万: only before a bare scale
# One more character, then a place suffix: 五家子村, 五棵树镇 (3家村镇银行 is a count)
# (农村, 乡村, 城镇 … are common nouns: 3名农村学生, 5家乡镇企业 are counts)
# A school year right before N班 makes it a class's name (初三3班, 中四5班, 三年级2班).
_GRADE_BEFORE_RE = re.compile(r"(?:[初高小中大][一二三四五六]|[一二三四五六七八九]年级|年級|[Ff][1-6])[(（]?$")
# 站 right after a Chinese number + measure word: only these measure words count stations (三个站,
# 两座站), so after another one (十四张站) the number is part of the station's name.
_STATION_AFTER_RE = re.compile(r"站(?![点长务岗台内])")
_PLACE_COUNTERS = measures_of("place")
_SETTLEMENT_ENDINGS = "".join(c for c, k in TOPONYM_ENDINGS.items() if k == "settlement")
_PLACE_NAME_RE = re.compile(
    rf"(?!农村|乡村|乡镇|城镇|城乡|村镇|山村|渔村|集镇)[{HAN_BASIC}][{_SETTLEMENT_ENDINGS}](?![民长委级])"
)

# A lone Chinese digit and a measure word that cannot count what follows: a mountain's (五台山) or a place's name, one
# end of a route (五股至楊梅段); not after measure words that count places, people or occurrences (三座山, 两人到场,
# 三次到北京)
# (only the measure words that also make place names, 台, 股, 城: 五项至关重要, 五辆山地车 are counts, review s19 R5;
# and a route's far end is a road's or a section's name: 至…段, 至…路)
_PLACE_NAME_MEASURES = frozenset({"台", "股", "城"})
# (a mountain's name, 五台山, is read by _starts_place_name with every other toponym: 两台山地车 counts vehicles)
_PLACE_TAIL_RE = re.compile(rf"(?:{RANGE_WORD})(?![\d{CN_NUMERAL_CHARS}])[{HAN_BASIC}]{{1,6}}?[段路街线站桥口]")
# a road's number: 台88支線 (a Taiwan provincial highway's spur), 国道1号, 省道S20线
_ROAD_BEFORE_RE = re.compile(r"(?:(?<![\d一二两三四五六七八九十])台|国道|省道|县道|乡道)$")
_ROAD_AFTER_RE = re.compile(r"支?线|号")
_DIGIT_VALUE = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"两": 2} | {str(i): i for i in range(10)}
# a section number in brackets opens a heading (（六）); 一、 opens list items as often (一、全国人口共…。)
_ENUM_HEAD_RE = re.compile(r"[（(][一二三四五六七八九十]{1,3}[)）]")
_ITEM_REACH = 400  # characters searched back for a numbered item's line start (see _sibling_item)
_CLAUSE_MARK_RE = re.compile(r"[，,、：:；;。！？!?\n]")  # none in a roundup's item headline
_HEADING_PUNCT_RE = re.compile(r"[，,、：:（(“「]")  # a subheading run inline has none of these
_HEADING_LINE = 40  # characters a subheading's or a headline's line has at most
_SUMMARY_LONGEST = 200  # characters of a lead that summarises its body
_PARALLEL_OPENING = 8  # characters a paragraph shares with the lead's opening to be a parallel record
_DIGITS_RE = re.compile(r"\d+(?:\.\d+)?")
# a numbered item opening a paragraph: a statute's article (第八十二条), a letter's question (问题 1.), a list's item
# ((一), 二、, 3.): an item among items, not a summary of what follows (see _repeats)
_NUMBERED_ITEM_RE = re.compile(
    r"[\s\u3000]*(?:第[一二三四五六七八九十百零〇两\d]{1,6}[条條章款项項]|[问問]题?\s*\d|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    # a section (第一节 总则) is a heading, a space or its line's end right after its short title; a game's quarter
    # opening a sports lead (第一节比赛，湖人以30比25领先) is no numbered item (review s35's note on d9c7c085)
    r"|第[一二三四五六七八九十百零〇两\d]{1,6}[节節](?=[\s\u3000]|[^\n，。,；;：:！？!?]{0,15}\n)"
    r"|[一二三四五六七八九十]{1,3}、|\d{1,3}[.、．](?!\d))"
)
_CLOCK_AFTER_RE = re.compile(r"[:：][0-5]\d(?![\d.])")  # 16:30: the minutes of a clock time
_SUM_BEFORE_NAME_RE = re.compile(r"[\d万亿千百十]")  # a currency's name right after a sum (1480亿元人民币, 50亿美元)
# a budget classification code: a zero-led 款 or 项 number (06款, 01项, 0602项), not part of a longer number
_BUDGET_CODE_RE = re.compile(r"(?<![\d.,])0\d{1,5}[ \u3000]?[款项](?![\d])")
_CODE_NEAR = 80  # characters either side read for a neighbouring code (a table's next rows)
_RESTATED_WORDS = 8  # characters of the same words before a large amount said again in the next sentence (_repeats)
_ATTRIBUTION_OPENING_RE = re.compile(r"^(?:据|根据|另据|据悉)[^，,。；;]{1,12}[，,]")  # 据海关统计，
_HEADING_REACH = 500  # a subheading's figure is repeated in the text right under it
_BRACKET_HEADLINE = 60  # the longest 【headline】 read as one (a flash's title)
_SENTENCE_CAP = 400  # chars either side; a 1 MB line without punctuation stays cheap
_WINDOW = 10  # chars looked at before a number for hedges and growth verbs
_NOUN_WINDOW = 30


# --------------------------------------------------------------------------- helpers


@dataclass(slots=True)
class Quantity:
    """A number with its scale and unit, from one match of ``_QUANTITY``.

    ``value`` is the number (for a range-like number, its low end); ``low``/``high``
    are set when the number itself is a span: 三四十万 (300,000–400,000), 数十亿
    (vague: 1–10 bn), 3000多 (3,000–4,000, with ``more``)."""

    start: int
    num_end: int
    end: int  # end of the last part present (unit, scale, 余)
    num: str
    scale: str
    more: bool  # 余/多/几: "more than"
    kind: str | None  # money | percent | area | count | nian | None
    unit: str  # the unit as written: 元, %, 平方公里, 家 ...
    value: float | None
    low: float | None = None
    high: float | None = None
    vague: bool = False  # 数十亿, 几百: "several", "tens of"
    pair: bool = False  # 三四十万, 十七八万: "this or that"
    currency: str = ""  # ISO code when the match names it (美元, US$, HKD)
    pre_start: int = -1  # where a currency symbol or code before the number starts
    arabic: bool = field(init=False)  # written in Arabic digits (read some 20,000 times a MB: set once)

    def __post_init__(self) -> None:
        self.arabic = self.num[0].isascii()

    @property
    def full(self) -> str:
        """The numeral with its scale, as one string (三千 + 亿)."""
        return self.num + self.scale


def _as_count(q: Quantity) -> Quantity:
    """``q`` read as a count with no measure word (a currency it named does not carry)."""
    return replace(q, kind="count", unit="", currency="", pre_start=-1)


_NAMED_CENTS = {"美分": "USD", "港仙": "HKD", "美仙": "USD"}
# a currency pair (澳元兑美元, 英镑对美元): the sentence quotes an exchange rate
_FX_PAIR_RE = re.compile(rf"[元币镑郎圆](?:兑|对)[{HAN_BASIC}]{{0,3}}?[元币镑郎圆]")
_LATIN_SCALES = {"K": 1e3, "M": 1e6, "B": 1e9}
_UNIT_GROUPS = ("cur", "yuan", "code", "mao", "cent", "pct", "area", "qty", "measure", "nian")
_UNIT_KIND = {
    "cur": "money",
    "yuan": "money",
    "code": "money",
    "mao": "money",
    "cent": "money",
    "pct": "percent",
    "area": "area",
    "qty": "quantity",
    "measure": "count",
    "nian": "nian",
}


def _step_above(num: str, value: float) -> float | None:
    """3000多 → 1000, 十多 → 10, 一千二百余 → 100: the place of the last written digit."""
    if num[0].isascii():
        digits = "".join(num.replace(",", "").replace("，", "").split()).replace("\u2009", "").replace("\u202f", "")
        if "." in digits or not digits.isdigit():
            return None
        zeros = len(digits) - len(digits.rstrip("0"))
        return float(10**zeros) if zeros else None
    last = num[-1]
    return float(SCALES[last]) if last in "十百千" else None


def _group_numbers(pattern: re.Pattern[str]) -> tuple[int, ...]:
    # keyed by identity: a Pattern's hash reads its whole compiled code each time
    numbers = _GROUP_NUMBERS.get(id(pattern))
    if numbers is None or numbers[0] is not pattern:
        numbers = _GROUP_NUMBERS[id(pattern)] = (pattern, tuple(pattern.groupindex[g] for g in _QUANTITY_GROUPS))
    return numbers[1]


_QUANTITY_GROUPS = (
    "num", "scale", "more1", "more2", "more3", "unit", "pre", "num2", "scale2", "num3", "num3k", "sign", "more4",
    *_UNIT_GROUPS, "lat", "num5", "en", "en2",
)  # fmt: skip
_SIGN_AT = 7 + _QUANTITY_GROUPS.index("sign")  # in run()'s groups: FIGURE_RE's seven alternatives, then an amount's
_GROUP_NUMBERS: dict[int, tuple[re.Pattern[str], tuple[int, ...]]] = {}
_MEASURE_GROUP = _QUANTITY_GROUPS.index("measure")
_LAT_GROUP = _QUANTITY_GROUPS.index("lat")
assert _QUANTITY_GROUPS.index(_UNIT_GROUPS[0]) == 13  # _quantity reads the unit groups from there
# FIGURE_RE's alternatives, then an amount's groups (_QUANTITY_GROUPS), by number
_RUN_GROUPS = tuple(FIGURE_RE.groupindex[g] for g in ("date", "pcn", "frac", "snum", "cheng", "shuyi", "half")) + tuple(
    FIGURE_RE.groupindex[g] for g in _QUANTITY_GROUPS
)


def _quantity(m: re.Match[str], groups: tuple | None = None) -> Quantity:
    # every group in one call (FIGURE_RE and QUANTITY_RE number them differently): a match's
    # groups read one by one were a tenth of the extractor's time
    if groups is None:
        groups = m.group(*_group_numbers(m.re))
    num, scale, more1, more2, more3, unit, pre_w, num2, scale2, num3, num3k, sign, more4 = groups[:13]
    units = groups[13:-4]
    lat, num5, en, en2 = groups[-4:]
    en = en or en2
    scale = scale or ""
    more2 = more2 or more3  # 三个多亿: 多 after 个, the next 亿 as 3万多 is the next 万
    more = bool(more1 or more2 or more4)
    kind = None
    currency = ""
    if unit:
        for group, found in zip(_UNIT_GROUPS, units, strict=False):
            if found:
                kind = _UNIT_KIND[group]
                if group == "cur":
                    currency = CURRENCIES[unit]
                elif group == "code":
                    currency = CURRENCY_CODES[unit]
                break
    yuan, mao, cent = units[1], units[3], units[4]
    if kind == "percent" and unit[0] in "bB":
        unit = "基点"  # 10bp: the rules of 基点 (a rate word before it, a hundredth of a point)
    if unit == "平":
        unit = "平米"  # 100平房子: the square metre (_AREA_PING)
    if unit == "行政区":
        unit = "区"  # 29行政區: districts (the admin unit's rules and English)
    if pre_w:
        pre = CURRENCY_SYMBOLS.get(pre_w) or CURRENCY_CODES.get(pre_w, "")
        if kind in (None, "money") and (not currency or yuan):
            currency, kind = pre, "money"
    if lat and kind is None:
        kind = "money"  # 1M左右的退休资产: the Latin scale before a sum's noun (the pattern allows it only there)
    end = m.end()
    if not unit:  # the match may end in the spaces allowed before a unit
        text = m.string
        while end > m.end("num") and text[end - 1] in _SPACES:
            end -= 1
    low = high = None
    vague = pair = False
    if num in ("数", "几"):
        factor = scale_factor(scale) if scale else None
        value = float(factor) if factor else None
        if value is not None:
            low, high, vague, more = value, value * 10, True, False
    elif num == "兆":
        value = float(SUFFIX_SCALES["兆"]) if kind == "money" and not scale else None
    else:
        value = parse_number(num, scale)
        if value is None and num[0].isdigit() and ("千" in num or "百" in num or "十" in num):  # 2千3百万, 1千900万
            value = parse_written_number(num, scale)
        if lat and value is not None:
            value = round(value * _LATIN_SCALES[lat.upper()], 6)  # 1B 美金 = 1,000,000,000
        if en and value is not None:
            value = round(value * _EN_SCALES[en.lower()], 6)  # US$2.5 billion
    if value is None and not num[0].isascii() and not vague:
        bounds = approx_pair_bounds(num)
        factor = scale_factor(scale) if scale else 1
        if bounds and factor:
            low, high, pair = bounds[0] * factor, bounds[1] * factor, True
            value = low
    if num2 and value is not None and not (vague or pair):
        # 2兆2,209亿 / 3亿5000万: the second part must be a smaller section.
        big, small = scale_factor(scale) or 0, scale_factor(scale2) or 0
        second = parse_number(num2, scale2)
        if second is None and num2[0].isdigit() and num2[-1] in "千百十":  # 3亿5千万, 856亿5千3百余万
            second = parse_written_number(num2, scale2)
        value = value + second if second is not None and 0 < small < big else None
        if value is not None:
            scale = scale + scale2  # the number has a scale word: not a bare count
            step = _step_above(num2, second) if more4 else None
            if step:  # 1亿7,000多万: up to the next 1,000万
                low, high = value, value + step * small
    if num5 and value is not None:
        # 1億9,904萬8千元: the thousands under the 万 section under a 亿 (its written precision: never after 多/余)
        third = float(num5.replace(",", "")) if num5[-1].isdigit() else parse_written_number(num5, "")
        ok = num2 and scale2 == "万" and "亿" in scale and third is not None and not (more4 or more2 or vague or pair)
        value = value + third if ok and third is not None else None
    under = num3 or num3k
    if under and value is not None:
        # 41万1930, 3千508: only under a plain 万 (千) of a whole number, never 3000多万2 or 三四万
        # (1萬2,432.27平方公尺: the section under 万 may carry decimals)
        exact = scale == ("万" if num3 else "千") and not (vague or pair or more1) and value == int(value)
        value = value + float(under.replace(",", "")) if exact else None
    if "兆" in scale and kind is not None and kind != "money":
        value = None  # 5兆瓦 (megawatts), 千兆宽带: 兆 is 10^12 only in money (with no unit: _Extractor decides)
    if mao == "角" and value is not None and value != int(value):
        # 1.58角 = 0.158 of the currency (a move quoted in dimes); Arabic digits only (五角星 is a star); 3角5分 below
        value = None if scale or value >= 100 else round(value / 10, 10)
    elif mao and value is not None:
        if scale or value >= 10 or value != int(value):
            value = None  # 毛 counts dimes: 5毛, 1毛7; never 5万毛
        else:
            value = value / 10
            nxt = _MAO_FEN_RE.match(m.string[end : end + 2])
            if nxt:
                d = nxt.group()
                value += (int(d) if d.isascii() else DIGIT_VALUES[d]) / 100
                end += 1
    if cent and value is not None:
        # 30仙 = 0.30; never 5万仙 or 3.5分
        # (3.8分: a dividend of 3.8 cents, as Singapore's trusts pay; the clause's words decide it is money)
        value = None if scale or pre_w or round(value, 2) != value else round(value / 100, 10)
        currency = _NAMED_CENTS.get(cent, currency)
    if more and value is not None and more1:  # 3000多亿: the next 1000亿
        step = _step_above(num, value)
        if step:
            low, high = value, value + step * (scale_factor(scale) or 1 if scale else 1)
    elif more and value is not None and scale and not num2:  # 3万多: the next 万
        low, high = value, value + (scale_factor(scale[-1]) or 0)
    if sign and value is not None:
        if kind in ("money", "percent") and not (vague or pair):
            value = -value
            low = high = None
        else:
            value = None  # -3家: a dash before a count is punctuation, not a sign
    return Quantity(
        start=m.start("sign") if sign else m.start("num"),
        num_end=m.end("num"),
        end=end,
        num=num,
        scale=scale,
        more=more,
        kind=kind,
        unit=unit or "",
        value=value,
        low=low,
        high=high,
        vague=vague,
        pair=pair,
        currency=currency,
        pre_start=m.start("pre") if pre_w else -1,
    )


@dataclass(slots=True)
class Hedge:
    start: int
    qualifier: str
    en: str | None
    placed: bool = False  # 约在, 大概在: "at about" places the number; a bound after it (以下) says what it is


def _reversed_words(words: object) -> str:
    return alternation(w[::-1] for w in words)  # type: ignore[attr-defined]


# The words before a number are matched on the reversed window (one match at its start)
# instead of a $-anchored search that tries every start: same result, a fraction of the work.
_SP_CLASS = r"[ \u3000\xa0]{0,2}"
_HEDGE_VERBS = (
    "可达", "达到", "达", "为", "是", "了", "有", "共", "领", "领取", "获", "获得", "拿", "省", "筹资", "筹集",
    "卖", "卖出", "售", "售出",  # 每亩指标可以至少卖25万元: at least 250,000
    # what a cap or a floor bounds: a fine (最高可处7200元), a grant (最高贴息1万元), a rise (最高加到140元), a fare's
    # riders (最多可乘坐4人), earnings or spending (至少能赚取7万元, 至少会花个五千块)
    "处", "罚", "罚款", "贴息", "补贴", "补助", "资助", "奖励", "加到", "加至", "乘坐", "容纳",
    "赚", "赚取", "花", "花个",
    "减少", "减少了", "增加", "增加了",  # 至少减少了600万元: a change bounded
    "仅", "仅为", "只有",  # 若牌照上限僅10,000個: the cap, "only"
    "设为", "定为", "设定为", "订为",  # 許可證上限設為一萬個
    "占", "占到", "占了",  # 约占40%权重: a share, hedged
    "共有", "共计", "合共", "总共",  # 约共有100家: a total, hedged (tester s17 F3: the hedge a word away was lost)
)  # fmt: skip
_HEDGE_PER = (
    *("每月", "每年", "每天", "每日", "每人", "每户", "每次", "每个月"),
    *("每坪", "每平方米", "每平米", "每平方公尺", "每亩", "每吨", "每股", "每桶", "每公斤", "每斤", "每克", "每盎司"),
)
# 预计约将有300家; 至少要人民幣 7,904 元 (a floor on what it takes: 要 "needs", as 需要)
_HEDGE_MODALS = ("可", "可以", "能", "能够", "会", "需", "需要", "要", "将", "将会")
# a modal before any verb (最低能出资3000万元): not 要, which opens nouns too (最低要求的8%: the minimum required)
_HEDGE_VERB_MODALS = tuple(w for w in _HEDGE_MODALS if w != "要")
_GROWTH_ADVERBS = (
    *("均", "都", "皆", "都在", "均在", "分别", "最大", "最小", "最高", "最低", "仍", "已", "再", "又"),
    "累计",  # 降准累计超过300个基点: the cuts summed
)
# Between a hedge and its number (read backwards): a verb, a modal, a "per" phrase and a
# sum's noun, each optional, in this order: 最多每月可有8435元, 最多可领8435元, 最高可获得
# 50万元, 补贴最高标准为3000元.
HEDGE_BEFORE_REV_RE = re.compile(
    rf"{_SP_CLASS}(?:(?:{_reversed_words(_HEDGE_VERBS)})?(?:{_reversed_words(_HEDGE_MODALS)})?"
    # after a modal, any verb of one or two characters (最低能出资3000万元, 最多能融得300万元)
    rf"|[{HAN_BASIC}]{{1,2}}(?:{_reversed_words(_HEDGE_VERB_MODALS)}))"
    # ... or a per-unit price's unit (突破每坪25萬元, 將破每坪25萬元, 最低每股3元)
    rf"(?:{_reversed_words(_HEDGE_PER)})?"
    # a sum's or a price's noun (最高补贴标准为3000元, 地價最高破單價200萬元)
    rf"(?:{_reversed_words(('额度', '限额', '金额', '标准', '单价', '总价', '价格'))})?"
    # (no 去年的 between: 可望超過去年的30萬棟, 遠高於去年的25% state the earlier period's own value, exact, whatever
    # verb compares: the figure golds' convention 8 of session 15)
    rf"(?P<h>{_reversed_words(HEDGES_BEFORE)})"
)
# a copula or a particle between a growth verb and its size; 掉/去 ("away"): 跌掉28.79%, 跌去三成
_GROWTH_LINKS = ("了", "为", "达", "达到", "约为", "率为", "率达", "率", "掉", "去", "掉了", "去了")
# Between a growth word and its number: a copula (增长了5%, 增速为5%), a quantifier
# adverb (降幅均超40%, 跌幅都在6%以上, 分别增长), a superlative (下降幅度最大(33%)), or an
# opening bracket around the number.
GROWTH_REV_RE = re.compile(
    rf"[(（]?{_SP_CLASS}(?:{_reversed_words(_GROWTH_LINKS)})?"
    rf"(?:{_reversed_words(_GROWTH_ADVERBS)})?"
    rf"(?P<v>{_reversed_words((*GROWTH_UP, *GROWTH_DOWN))})"
)
_GROWTH_SIGN = {**{w: -1 for w in GROWTH_DOWN}, **{w: 1 for w in GROWTH_UP}}
# A market move in points or dollars, then 或 and the same move in percent (Hong Kong and
# mainland market reports: 恒指跌230点或1.2%, 股价跌1.05元或2.1%)
_MOVE_OR_RE = re.compile(
    rf"(?P<v>{alternation((*GROWTH_UP, *GROWTH_DOWN))})(?:了|约|近|逾|超过?)?\d[\d,.]*"
    r"(?:点|元|港元|美元|美分|仙|个百分点|基点)或$"
)


def _ends_with(rev: re.Pattern[str], text: str, pos: int, group: str) -> tuple[str, int] | None:
    """(word, start) when ``rev`` matches the reversed window ending at ``pos``."""
    window = text[max(0, pos - _WINDOW) : pos][::-1]
    m = rev.match(window)
    if not m:
        return None
    return m[group][::-1], pos - m.end(group)


def _hedge_before(text: str, pos: int, bare_scale: bool) -> Hedge | None:
    found = _ends_with(HEDGE_BEFORE_REV_RE, text, pos, "h")
    if not found:
        return None
    word, start = found
    if word in _BARE_SCALE_ONLY_HEDGES and not bare_scale:
        return None
    prev = text[start - 1] if start else ""
    if prev in _HEDGE_FALSE_PREV.get(word, ()) and text[start - 2 : start] not in _HEDGE_TRUE_PREV:
        return None  # 签约, 最近, 入超; but 收入超3800亿元 is "income over", 损失约30万 "loss about"
    if word in _SEGMENTED_HEDGES and _is_han(prev):
        # a hedge that is also the tail of common words, decided by the segmenter's cut (its dictionary's words,
        # no guessed ones) rather than a list: 站上 must be a word of its own (股价|站上|100元; 地铁站|上|3名)
        begin = max(0, start - 4)
        ends = _dictionary_word_ends(text[begin : pos + 2])
        if start - begin not in ends or start - begin + len(word) not in ends:
            return None
    if word in _RECORD_HEDGES and text[start - 2 : start] in _RECORD_PREV:
        return None
    if word in _CAN_REACH and _CONDITION_RE.search(text, max(0, start - 60), start):
        return None
    qualifier, en = HEDGES_BEFORE[word]
    if (qualifier == "over" or word in NEGATED_FLOORS) and (
        negated := _NEGATED_REV_RE.match(text[max(0, start - 6) : start][::-1])
    ):
        attributive = _ATTRIBUTIVE_RE.match(text, pos) is not None
        if not (negated["n"][::-1] in WITHOUT and attributive):
            # 没超过2000元, 不会超过388港元: "not over", a cap; 不会少于300人, 未低于3%: "not under", a floor
            if qualifier == "over":
                return Hedge(start - negated.end(), "under", "up to")
            return Hedge(start - negated.end(), "over", "at least")
    return Hedge(start, qualifier, en, placed=word.endswith("在"))


# a negation, then at most one short modal, right before a hedge (see units.NEGATIONS), read backwards
_NEGATED_REV_RE = re.compile(rf"(?:{_reversed_words(NEGATED_MODALS)})?(?P<n>{_reversed_words(NEGATIONS)})")
# the figure goes on to describe a noun: 3万元的存款 (within its clause)
_ATTRIBUTIVE_RE = re.compile(r"[^，。；！？,;!?\n]{0,12}?的")


# after a bound: 的 + the class it names + (有/达到) + where its members' count starts, or 的人数
_CLASS_AFTER_RE = re.compile(
    rf"的[{HAN_BASIC}]{{0,6}}?(?:(?P<many>人数|家数|户数|个数|只数)|[{HAN_BASIC}]{{1,6}}?(?:（[^）\n]{{1,8}}）)?"
    r"(?:共有|有|达到|达|共)?(?=\d))"
)
# a class named right after a bound on a sum, its members counted next (超20亿元项目200个, 亿元以上企业30家)
_CLASS_NOUN_COUNTED_RE = re.compile(r"(?:项目|企业|公司|个股|板块)(?:有|达|共)?\d")
# what follows a bound that names a class (50平方米以下的单位, 50平方米以下、100平方米及以上的): 的, or the next class
_CLASS_NAMED_RE = re.compile(r"\s*(?:的|、|和|及|与|或)")
# a breakdown by classes of a size: 按單位實用面積統計，按面积划分：, 按规模分 (not 按每亩25万计算: a number)
_BREAKDOWN_RE = re.compile(r"按[^\d，。；;,\n]{1,10}?(?:划分|统计|分组|分类|区分|分)[，,：:]")
# an article of a statute or a rule, then 之: the number after it is an item's under that article (第七条之二十四款)
_SUB_ITEM_BEFORE_RE = re.compile(rf"第[\d{CN_NUMERAL_CHARS}]{{1,6}}[条章节款项]之$")
# a "per so many shares" earlier in the clause (每五(5)股, 每持有一股, 每10股; 每 10 股 with a PDF's spaces:
# figures48 03)
_PER_SHARES_RE = re.compile(rf"每(?:持有)?{_SP}[\d{CN_NUMERAL_CHARS}]+{_SP}(?:\([\d]+\))?{_SP}股")
# after '+', a second number in the same clause: the '+' adds it
_PLUS_ADDEND_RE = re.compile(r"[^\d，。；;,\n]{1,20}\d")


# the end of a change told from its start (奖金从3.49亿美元累积至4.3亿美元): a new statement, how the level was reached,
# not the lead's level said again (the figure golds list both bounds of a from-to change: figures23 convention 3)
_REACHED_FROM_RE = re.compile(rf"[从由]\d[^{CLAUSE_BREAK}]{{0,20}}(?:{RANGE_WORD})$")
# function words between a noun or a verb and the sum it says (共投资了2亿, 总投资为2亿, 罚款共计9万): past them
# stands the head of what the sum is of (_head_before)
_FUNCTION_TAIL_RE = re.compile(r"(?:了|为|是|达到?|共计|合计|总计|累计|共|计|约|有|已|都|均|仅)+$")
# the name of what a sum measures right before it, its own clause's opening (投标量3125亿元, 中标量, 成交额)
_MEASURE_NAMED_RE = re.compile(rf"(?:^|(?<=[{CLAUSE_BREAK}\n]))[{HAN_BASIC}]{{1,4}}[量额]$")
# "again" right before a move's verb (在9月调低25基点，并在11月再调低25基点): a second act, not the first said again
_AGAIN_BEFORE_RE = re.compile(r"(?:再度|再次|再|又)$")
_GROWTH_OPENS_RE = re.compile(alternation((*GROWTH_UP, *GROWTH_DOWN)))
# a level a change or a plan reaches (拉到4%, 升至5%, 提高到30%): 至/到 right before the number
_TO_LEVEL_BEFORE_RE = re.compile(r"[^\d\s%％，。；、][至到][ ]?$")
# an amount added (额外10%权益, 增持5%股份, 再买入20%): a change, not the level a later 自…增为 starts from
_INCREMENT_BEFORE_RE = re.compile(rf"(?:额外|另外|增持|追加|加购|再)[^\d{CLAUSE_BREAK}]{{0,3}}$")
# a level a change starts from (权益占比自10%增为20%): 从/由/自 before it, a word of reaching and a number after it
_FROM_LEVEL_BEFORE_RE = re.compile(r"[从由自][ ]?$")
_FROM_LEVEL_AFTER_RE = re.compile(rf"[ ]?[^\d{CLAUSE_BREAK}]{{0,4}}?(?:{RANGE_WORD}|为)[ ]?\d")
# "second only to" another value of what was just said (跌幅9.01%，僅次8月的10.44%): the same measure, its sign too
_SECOND_TO_RE = re.compile(rf"(?:仅次于?|次于)(?:[^\d{CLAUSE_BREAK}]|\d{{1,4}}[年月]){{0,8}}$")
# a cap or a floor as the subject of the level it is set from or raised to (比例上限由7%提高到15%,
# 占比上限相应提高到30%): the level is the cap (figures8 convention 1); 上限为/设为 are hedge verbs already
_CAP_LEVEL_RE = re.compile(
    rf"(?P<b>上限|下限)(?:(?:由|从|自)|(?:由|从|自)?\d[\d.,]*[%％]?[^\d{CLAUSE_BREAK}]{{0,4}}?(?:{RANGE_WORD})"
    rf"|[^\d{CLAUSE_BREAK}]{{0,4}}?(?:{RANGE_WORD})){_SP}$"
)
# a cap named after the number and what it counts: 10,000個配額上限 (the quota's cap)
# ... or right after a rate or a sum (成長率5.5%上限, figures26 dev 01)
_CAP_AFTER_RE = re.compile(rf"{_SP}[{HAN_BASIC}]{{0,2}}上限")


def _hedge_after(text: str, pos: int) -> tuple[str, int] | None:
    m = HEDGE_AFTER_RE.match(text, pos)
    if not m:
        cap = _CAP_AFTER_RE.match(text, pos)
        return ("under", cap.end()) if cap else None
    after = text[m.end() : m.end() + 1]
    if m["h"] == "以上" and after == "率":  # 以上率 is not 以上
        return None
    if m["h"] == "+" and (after.isascii() and after.isalnum() or after in CN_NUMERAL_CHARS or after in "+=-"):
        return None  # 1+5+N, 3万+2万: a formula, not "and more"
    if m["h"] == "+" and _PLUS_ADDEND_RE.match(text, m.end()):
        return None  # 1300名+區域消費專屬抽100名: '+' joins two counts ("and"), no "or more"
    if m["h"].endswith("不到") and after and after in "场位岗边头达手家":
        return None  # 3人不到场, 不到位: a word, not "under"
    if m["h"] == "起" and after and after in _QI_WORDS:
        return None  # 300万元起诉, 3元起步价: a word, not a price floor
    if m["h"] == "起步" and after and after in "价阶期区":
        return None  # 3元起步价, 起步阶段: a word, not "from"
    return HEDGES_AFTER[m["h"]], m.end()


def _bound_after(hedge: Hedge | None, bound: str, qualifier: str, hedge_en: str | None) -> tuple[str, str | None]:
    """(qualifier, English hedge word) once a bound after the number (以上, 以下, 左右) is read: the bound decides
    unless a hedge before the number did; "as much as" (高达, an exact hedge) leaves the figure to the bound and says
    no word of its own (高达50%以上: over 50%, not "as much as over 50%"). One rule for sums, counts and percents."""
    if hedge is None:
        return bound, hedge_en
    if hedge.qualifier == "exact" or hedge.placed:
        return bound, None
    return qualifier, hedge_en


@lru_cache(maxsize=1024)
def _verb_starts(after: str) -> bool:
    """Whether the segmenter reads the first characters after an amount as a verb longer than one character (升级,
    升至, 度过): a unit's character that opens it (升, 度) is no unit there."""
    words = segment.tag(_CLAUSE_SPLIT_RE.split(after)[0])
    return bool(words) and len(words[0][0]) > 1 and words[0][1][:1] == "v"


# 拨/拨打 right before a bare digit string: a telephone number is dialled, no sum allocated (撥5億, 拨给学校300万 have
# their scale; review s33 R7)
_DIAL_BEFORE_RE = re.compile(r"拨(?:打)?[ \u3000]?$")
# a mark the amount is (营收突破10億大關, 站上千亿关口): the number names a level of what its clause measures, no noun
# it counts (figures32 11 一舉突破10億大關達14.62億元)
_THRESHOLD_AFTER_RE = re.compile(r"的?(?:大关|关口|整数关口|关卡)")


def _predicate_starts(after: str) -> bool:
    """Whether the words right after an amount start what is said next (a verb, an adverb or a sentence particle:
    抵押600萬借200萬), so the amount ends there and names no noun it would count. By the segmenter's part-of-speech
    tags of the clause after it (segment.py), not a list of words; 的 and a conjunction (此外) end nothing here."""
    clause = _CLAUSE_SPLIT_RE.split(after)[0]
    if not clause:
        return True
    tagged = segment.tag(clause)
    return bool(tagged) and tagged[0][1][:1] in ("v", "d", "y")


# the verbs that are a move of the rate themselves: after them X厘至Y厘 may be a band of the move (减息0.25厘至0.5厘);
# after an adjusting verb and a rate noun it is the move and the level reached (年利率下调0.1厘至0.3厘: review s22 R9)
_RATE_MOVES = ("加息", "减息", "降息", "升息")
_MOVE_BAND_TOP = 1.0  # 厘: a rate moved by more than a point at once is rare; a second bound above it is a level
# a band of a move spans at most this ratio (上涨5元至8元, 减息0.25厘至0.5厘); a bound further off is the level reached
_MOVE_BAND_RATIO = 4


# a list item's own label before its amount (火舞表演85萬, 各工作組經費200萬): a few Han characters, no numeral
_LIST_LABEL_RE = re.compile(rf"(?:(?![{_CN}])[{HAN_BASIC}]){{0,6}}")
_LIST_ITEMS = 8  # the items of a list read ahead for the one whose words say money
_DIMES = ("角", "毛")  # a tenth of the currency, written after the number
# a word after a range's second bound that says it is one (上调200元至1000元不等, 5元至633元之间: review s32 R2)
_RANGE_SAID_AFTER_RE = re.compile(r"[ \u3000]?(?:不等|之间|区间|范围)")
# a list item's label that says it counts (訂閱數120萬、年收入300萬: subscribers; review s32 R7)
_COUNT_LABEL_RE = re.compile(r"(?:[数量]|订阅|票|人次|用户|粉丝|会员|访客|观众)$")


def _band_of_move(low: float | None, high: float | None) -> bool:
    """减息0.25厘至0.5厘: Hong Kong writes a band of the move so (review s21 R12); the second bound is a level only
    where no move would be that size (下调0.25厘至3.5厘): above a point, or more than four times the first."""
    if low is None or high is None or low <= 0:
        return False
    return low < high <= min(_MOVE_BAND_TOP, _MOVE_BAND_RATIO * low)


def _amount_moved(text: str, pos: int, kind: str = "money") -> int:
    """+1 or -1 when a sum, a count or an area right at ``pos`` is the size of a change (就业人数减少12万人,
    收入比上年增加300亿元: tester s20 F8, shown as if a level), else 0: one rule, a growth verb right before it that
    says the direction of an amount, not a rate's (增幅, 降息, 增速), one of _NO_DIRECTION's words (a loss, a pace, new
    ones, per litre, an upgrade) nor a level reached (调高为1万柜, 增加为300人)."""
    found = _ends_with(GROWTH_REV_RE, text, pos, "v")
    if not found:
        return 0
    word, start = found
    if any(ch in _RATE_VERB_CHARS for ch in word) or any(ch in "为达" for ch in text[start + len(word) : pos]):
        return 0
    if kind in _NO_DIRECTION.get((word, ""), ()) or kind in _NO_DIRECTION.get((word, text[start - 1 : start]), ()):
        return 0
    moved = _growth_before(text, pos, found)
    return moved[0] if moved is not None else 0


# a comparison before a growth verb (比上年, 较去年同期, 同比): the amount after it is a change from then
_COMPARED_BEFORE_RE = re.compile(r"[比较]|同比|环比")
# a level right before a growth verb (就业人数增加, 销量减少, 总额增长): what changes by the amount after it
_LEVEL_BEFORE_RE = re.compile(r"[数量额](?:[也已再又将均共]|同比|环比)?$")
# a verb of reaching between a noun and its amount (人口达3000万, 规模为2亿, 用户数突破1亿)
_REACHES_BEFORE_RE = re.compile(r"(?:达到?|为|突破|高达)$")
_RATE_VERB_CHARS = "幅速息"  # 增幅, 增速, 降息: a rate's words, no direction of an amount
_AMOUNTS = frozenset({"money", "count", "area", "quantity"})
# Growth verbs that say no direction of the amount after them: (the verb, the character right before it or "" for
# any) -> the kinds it holds for. 损失300亿元 is what was lost, 加快 a pace, 新增300家 new ones (not a net change),
# 每升1.56欧元 per litre, 改造提升25个养老机构 upgrades so many (no change of their number).
_NO_DIRECTION: dict[tuple[str, str], frozenset[str]] = {
    **{
        (w, ""): _AMOUNTS
        for w in (
            "损失",
            "亏",
            "亏损",
            "加快",
            "放缓",
            "减缓",
            "负向拉动",
            "负拉动",
            "贬",
            "贬值",
            "升值",
            "衰退",
            *CUT_WORDS,
        )
    },
    # 比岛外少100多万: a difference from another, not a change of the amount (a percent after 少 is signed)
    ("少", ""): _AMOUNTS,
    ("增", "新"): _AMOUNTS,
    ("升", "每"): _AMOUNTS,
    ("升", "公"): _AMOUNTS,
    ("提升", ""): frozenset({"count"}),
    ("提高", ""): frozenset({"count"}),
}


# what narrows or widens is itself a fall or a shortfall: its 缩小/扩大 says no direction of the figure
# (a comparison may stand between: 降幅比一季度缩小2.1个百分点, 降幅较上月扩大; review s22 R20: was signed)
_PERCENT_AHEAD_RE = re.compile(r"[\d.]{1,12} ?%")
_FALL_NOUN_RE = re.compile(r"降幅|跌幅|减幅|降速|跌势|亏损|逆差|赤字|缺口")
_SENTENCE_BREAK_RE = re.compile(f"[{SENTENCE_OR_CLAUSE_END}\n]")
_FALL_NOUN_BEFORE_RE = re.compile(
    r"(?:降幅|跌幅|减幅|降速|跌势|亏损|亏损额|逆差|赤字|缺口)"
    r"(?:同比|环比|(?:比|较|与)[^，。；,;！？]{1,8}?(?:相比)?)?(?:有所|进一步|继续)?$"
)


def _growth_before(text: str, pos: int, found: tuple[str, int] | None = None) -> tuple[int, int] | None:
    """(+1 or -1, start of the verb) when a growth verb sits right before ``pos`` (``found``: the verb, already
    read by the caller)."""
    found = found or _ends_with(GROWTH_REV_RE, text, pos, "v")
    if not found:
        return None
    word, start = found
    if len(word) == 1 and any(ch in "为达到" for ch in text[start + 1 : pos]):
        return None  # 降为1%, 增达5%: a one-character verb with a copula names the level reached
    if word == "减" and text[start - 1 : start] in ("宽", "扣", "核", "递"):
        return None  # 宽减75%的薪俸税: a relief of 75% of the tax, not a fall of 75%
    if word in ("亏", "亏损") and text[start - 1 : start] in ("多", "幸", "吃", "扭", "盈", "增", "减"):
        return None  # 多亏了20%的折扣 ("thanks to"), 扭亏; 同比增亏20.23% (the loss grew by it: figures11, unsigned)
    if word == "少" and segment.cut(text[max(0, start - 3) : start + 1], False)[-1:] != ["少"]:
        return None  # 至少30%, 最少, 不少, 多少, 青少年: words 少 ends, no fall
    if word in ("扩大", "缩小", "收窄") and _FALL_NOUN_BEFORE_RE.search(text, max(0, start - 16), start):
        return None  # 降幅缩小2个百分点: a fall that narrows (as 收窄), no sign; 降幅扩大 likewise
    if word == "收窄" and (
        not _PERCENT_AHEAD_RE.match(text, pos)
        or _FALL_NOUN_RE.search(_SENTENCE_BREAK_RE.split(text[max(0, start - 30) : start])[-1])
    ):
        # 比去年全年收窄4个百分点 (of a fall said before), 收窄至52億元, 贸易逆差4659.6亿元，收窄9.8% (a deficit,
        # figures6 dev 32): only a sum's size narrowing by X%, a fall, is signed
        return None
    if text[pos - 1 : pos] in "(（":  # 下降幅度最大(33%): the figure is what the brackets hold
        start = pos
    return _GROWTH_SIGN[word], start


# 民國98年 right before a month and day (the year of the Republic of China; 民國 folds to 民国); in Taiwan's text a year
# of three digits is one without 民國 too (103年3月7日, 106年度, 到115年: 2011 on; 1911 + it). Two digits without 民國
# stay unread (98年 may be 1998 or 2009)
_ROC_YEAR_RE = re.compile(r"(?P<roc>民国 ?)?(?<![\d.])(?P<y>\d{1,3}) ?年 ?$")
_ROC_BEFORE_RE = re.compile(r"民国 ?$")
_ROC_FIRST = 1912
# what follows a bare Taiwan year (not a duration: 經過100年, 建校110年 are lengths of time): 年度, a month, a part
# of the year, a period's second bound (103年至106年); never 前 (早在100年前: a hundred years ago; review s22 R13)
_ROC_MONTH_RE = re.compile(r"\s?(?P<m>\d{1,2}) ?月(?: ?(?P<d>\d{1,2}) ?[日号])?")
_ROC_AFTER_RE = re.compile(rf"度| ?\d{{1,2}} ?月|底|初|末|中(?![心国华])|[上下]半|(?:{RANGE_SIGN})\d{{2,3}}年")
# (only the digits that run up to the unit: 百分之3.5降至百分之五 gives the second no decimals; review s15 R5)
_LAST_DECIMALS_RE = re.compile(r"\.(\d+)[ \u3000]*(?:%|％|‰|个?百分点|[ \u3000]*个?百分点)?[ \u3000]*$")


def _decimals(text: str, end: int) -> int:
    """The decimals written in the Arabic number that ends just before ``end`` (a percent's unit after it):
    下降1.0% → 1, 增长14% → 0."""
    m = _LAST_DECIMALS_RE.search(text, max(0, end - 20), end)
    return len(m.group(1)) if m else 0


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" if ch else False


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# a rate's number after its base unit, in the same clause (1亩8万, 1坪可有10萬元)
_RATE_AFTER_RE = re.compile(rf"[^{CLAUSE_BREAK}\n]{{0,10}}?[\d零〇一二两三四五六七八九十百千万]")
# a building's number in an address (2座1樓B室, 3栋1201室, 5幢201室): its flat follows at once
_BUILDING_MEASURES = measures_of("building")
_NAMED_MEASURES = measures_of("named")
_OCCASION_MEASURES = measures_of("occasion")
# How often an act was done (升息了三次, 5度调升, 两次遴选, 先后5次赴河南) is no key figure (the lead's ruling,
# session 38; FIGURES_GOLD §1): a small count of times read as the act's adverb, not a count of events a noun names
# (14次新闻发布会, 八次演练, 两次强震 are counted). The words around it, by the segmenter's tags: an adverb or a modal
# verb right before (已三次, 连续16次, 曾七度, 会2度); a verb or preposition right after with none before (两次发出,
# 两次遴选, 三次在澳门主办); or the clause ending on it after its verb (升息了三次, 下调三次, 累计升息八次以来). A
# count of events of a level (由3-4次降为0-1次) or in a list (14次新闻发布会、14次即场访问) is left alone.
_TIMES_MEASURES = _OCCASION_MEASURES | {"度", "遍"}
_FREQUENCY_MAX = 100  # a hundred times and more is a tally of events (巡查1,919次, 化学灭蚊526次), not a repetition
_FREQUENCY_CLAUSE_RE = re.compile(r"[，。；！？,;!?\n：:（）()「」“”]")
_FREQUENCY_ADVERBS = ("连续", "先后", "曾", "已")
_FREQUENCY_MODALS = ("会", "将", "可能", "要", "能")
_FREQUENCY_LEVEL_BEFORE = ("由", "从", "为", "至", "到")  # 由3-4次降为0-1次: a level that moves
_FREQUENCY_LIST_BEFORE = ("、", "及", "和", "与", "以及")
_FREQUENCY_END_AFTER = ("的", "以来", "后")
# verbs of occurrence: the noun after one is the event the count tallies (共发生地震25次, 共举行发布会14次), never an
# act's object done again (已上调基准利率五次: 上调 is an act)
_OCCURRENCE_VERBS = ("发生", "出现", "爆发", "举行", "举办", "召开", "开展")
_ACT_VERB_HEADS = frozenset("降涨升加减提调")  # a change verb opening a verb-object word (降息, 涨价)


# a verb of paying, fining, giving or pricing right before a bare amount (units.SUM_VERB_MORPHEMES): 被罚60万, 捐出
# 1000万, 获赔50万, 降价3万, 直降1500 (the e-commerce price cut); its morpheme ends the verb (捐 may take 出/赠/献 after
# it, 赔 付/偿), a price's follows a change verb (_ACT_VERB_HEADS: 降价, 涨价). Not 处罚/惩罚/判罚 (punish).
# Each morpheme's forms; the verbs read are the table's (a morpheme the table adds with no form here fails at import).
_SUM_VERB_FORMS = {
    "罚": r"(?<![处惩判])罚",
    "捐": r"捐(?:出|赠|献)?",
    "赔": r"赔(?:付|偿)?",
    "价": rf"[{''.join(sorted(_ACT_VERB_HEADS))}]价",
}
_SUM_VERB = "|".join(_SUM_VERB_FORMS[morpheme] for morpheme in SUM_VERB_MORPHEMES) + "|直降"
_SUM_VERB_BEFORE_RE = re.compile(
    rf"(?:{_SUM_VERB})(?:了|给[^\d，。；、]{{0,4}})?(?:约|近|逾|超过?|达|共|合计)?[ \u3000]?$"
)

# nouns of a period that head a compound with the act's word before them (加息周期, 降息週期): the count counts them
_PERIOD_NOUNS = frozenset({"周期", "週期", "时期", "時期", "阶段", "階段"})


@lru_cache(maxsize=1024)
def _frequency(before: str, after: str) -> bool:
    """Whether a count of times with the words ``before`` and ``after`` it in its clause says how often an act was done
    (see _TIMES_MEASURES), by the segmenter's tags of those words."""
    tagged_before = segment.tag(before) if before.strip() else []
    word, tag = tagged_before[-1] if tagged_before else ("", "")
    if word.endswith(_FREQUENCY_LEVEL_BEFORE) or before.endswith(_FREQUENCY_LIST_BEFORE):
        return False  # 由3-4次降为…; 12次记者会、五次简报会及12次专访 (a list's next item, however it is cut)
    if tag[:1] == "n" and any(w in _OCCURRENCE_VERBS for w, _ in tagged_before[-4:-1]):
        return False  # 共发生地震25次, 已发生交通事故37次: a tally of the events a noun names (review s38 R1)
    if tag == "vn" and any(t[:1] == "v" for _, t in tagged_before[-4:-1]):
        return False  # 组织应急演练25次, 发布暴雨预警15次: a verbal noun the verb before takes, the events tallied
    if tag[:1] == "d" or word in _FREQUENCY_ADVERBS or word in _FREQUENCY_MODALS:
        return True  # 已三次, 连续16次, 会2度: the count is the act's adverb
    adverb = not tagged_before or any(t[:1] == "d" or w in _FREQUENCY_ADVERBS for w, t in tagged_before[-3:])
    # (升息了三次: 了 after the verb; 降息, 降价 and 涨价 are nouns to the segmenter though 加息 and 提价 are verbs: a
    # change verb and its object in two characters is the act, figures32 08's 降息3次)
    verb_before = tag[:1] == "v" or tag == "ul" or (tag == "n" and len(word) == 2 and word[0] in _ACT_VERB_HEADS)
    if not after.strip() or after.startswith(_FREQUENCY_END_AFTER):
        return adverb or verb_before  # 下调三次, 亦先后发文两次
    tagged_after = segment.tag(after)
    if len(tagged_after) > 1 and tagged_after[0][1][:1] == "v" and tagged_after[1][0] in _PERIOD_NOUNS:
        # 6次加息周期: the act's word and a period noun make one noun the count counts (review s38 R2); a day or a year
        # there is the object's time (两次下调今年…预期: how often, review s39 R2)
        return False
    if tagged_after and tagged_after[0][1] in ("v", "p"):
        return adverb or not verb_before  # 两次发出, 三次在…主办 (还有3次抽签 counts draws)
    return False


# (3座15层住宅楼: fifteen storeys, three buildings counted; only a flat after the floor makes an address)
_FLOOR_AFTER_RE = re.compile(
    r"(?:[A-Za-z]?\d{1,3}(?:樓|楼|层|層|/F|F)[ ]?)?(?:[A-Za-z]\d{0,4}|\d{1,4})(?:室|號|号)"
    r"|\d{1,3}(?:樓|楼|/F|F)[A-Za-z](?![A-Za-z0-9])"  # 1座3楼A区 (a Han character after the letter too)
    r"|[A-Za-z](?:座|栋|区)\d{1,3}(?:樓|楼|层|層)"  # 1栋B座21楼 (a block, its wing, a floor: figures15 dev)
    r"|\d{1,3}(?:单元|單元)"  # 2幢1单元1802室: a block, then its stairwell (figures33 dev-retired29 10)
    # 9座地下D室, 44 座高層B 單位: a block, its floor in words (ground, high, middle, low), then its flat's letter
    # (figures25 dev 09 and 10; the same address as figures9's 2座1樓B室)
    r"|(?:地下|[高中低](?:层|層))[ ]?[A-Za-z](?![A-Za-z0-9])"
)
# what a number labels when it follows (附表四, 附件3): a table, a figure, an annex
_LABEL_BEFORE_RE = re.compile(r"(?:附表|附图|图表|附件|附录|下表|上表|见表|如表|表格)$")


def _figure_after_word(q: Quantity) -> bool:
    """A percent or a sum in 元 (not a count, a year or a bare number): what a word glued before it measures."""
    return q.kind == "percent" and q.unit in ("%", "％") or q.kind == "money" and q.unit in ("元", "圆")


# a physical quantity's unit right before a slash (100 MW/, 200兆瓦/): what a pair's second number follows
_QTY_UNIT_BEFORE_RE = re.compile(f"(?:{_QTY_UNIT_WORDS})$")


def _numeral_head_before(text: str, start: int) -> bool:
    """Whether the Chinese numerals running right up to ``start`` hold a digit (零, 一 … 九): the head of the same
    numeral, not a scale closing a figure before it (9万亿三个)."""
    i = start
    while i > 0 and start - i < 40 and text[i - 1] in CN_NUMERAL_CHARS:
        i -= 1
    return any(ch in _CN_DIGITS_ONLY for ch in text[i:start])


_CN_DIGITS_ONLY = frozenset("零〇一二两三四五六七八九")
# what a run of place names is summed as: places (4个城市, 3个省, 三地, 5国), never people, firms or ships
_PLACES_COUNTED_RE = re.compile(
    rf"[ \u3000]?(?:[个座大][{HAN_BASIC}]{{0,3}}?(?<![在于和与及的]))?"
    r"(?:城市|省份|省|市|县|区|国家|国|地区|地|州|城|镇|乡|村)"
)


def _glued_to_name(text: str, q: Quantity) -> bool:
    """5G, B129, web3.0, 1+5+N, 08:23, 021-6566: the number is part of a name or code."""
    prev = text[q.start - 1] if q.start else ""
    prev2 = text[q.start - 2] if q.start >= 2 else ""
    if q.pre_start >= 0:  # US$5, HKD13.5: the letters are the currency
        prev = prev2 = ""
        after = text[q.num_end : q.num_end + 1]
        if _is_ascii_alnum(after) and not _EN_SCALE_AFTER_RE.match(text, q.num_end) and "," not in q.num:
            if not (after in "KMBkmb" and q.end > q.num_end):
                return True  # USD300X: a model name (US$1.5bn, S$3M: its scale; $1,000LifeSG: a sum in thousands)
    if prev == "第" or (prev in _SPACES and prev and prev2 == "第"):
        return True  # 第三批, 第 3 批: ordinals
    if prev == "." and not q.arabic and prev2 and prev2 in CN_NUMERAL_CHARS:
        return True  # 一四.五%, 一二.五億元: the decimals of a number not read, never "5%" or "500 mn" alone
    if not q.arabic and prev and prev in CN_NUMERAL_CHARS and _numeral_head_before(text, q.start):
        # 壹仟贰佰叁拾肆万亿零伍仟…零壹元: the tail of a numeral longer than one reading takes (its head lost), never
        # RMB 1 or 123,456 alone (peer4's kind 3); 跨越…9万亿三个大台阶 is a count after a figure's scale
        return True
    if prev == "、" and _ORDINAL_LIST_RE.search(text, max(0, q.start - 20), q.start):
        return True  # 第1、2名: the list goes on with ordinals
    if _ORDINAL_RANGE_RE.search(text, max(0, q.start - 12), q.start):
        # 第1~20条, 第1—4条, 第1至5位: the range's last ordinal, never 20 articles (dev-retired31 s34h_06 and s34h_07,
        # dev-retired33 s36h_06, figures51 dev-retired38 06; 第1-3条 was read so already, as a code's dash)
        return True
    if prev in "表图件录" and _LABEL_BEFORE_RE.search(text, max(0, q.start - 2), q.start):
        return True  # 附表四所提及: a table's or an annex's number (所 the particle after it), not four institutions
    if q.arabic:
        if prev in "xX×" and prev and (prev2.isdigit() or prev2 in "%)）"):
            prev = ""  # 0.78%x750萬人口: x between two numbers is a times sign, not a name's letter
        if prev == "/" and _is_han(prev2) and q.kind == "count":
            prev = ""  # 约3000张/120人: a second count after the unit of the first, not a fraction or a path
        if prev == "/" and q.kind == "quantity" and _QTY_UNIT_BEFORE_RE.search(text, max(0, q.start - 7), q.start - 1):
            prev = ""  # 100 MW/129 MWh, 200兆瓦/400兆瓦时: a store's energy after its power (tester s26 U16)
        if prev == "+" and not (_is_ascii_alnum(prev2) or prev2 in "+)）") and text[q.num_end : q.num_end + 1] == "%":
            prev = ""  # 股價829 +4.14%: a rise's sign before a percent, not 1+5+N's operator
        if prev.isascii() and prev.isalpha() and prev2.isascii() and prev2.isalpha() and _figure_after_word(q):
            prev = ""  # Syntax-Brillian3%股權, EPS0.81元: a name or an abbreviation, then its share or its value
        if prev and (_is_ascii_alnum(prev) or prev in "+./#_" or (prev == ":" and prev2.isdigit())):
            return True  # a colon only after a digit (08:23); 失业率:11.1% is a figure
        if prev == "-" and prev2.isdigit():
            return True
        if prev == "-" and prev2.isascii() and prev2.isalpha() and q.kind in (None, "count"):
            return True  # COVID-19個案: a name's number, never 19 cases (figures28 dev-retired27 01; EPS-0.5元: a sum)
        after = text[q.num_end : q.num_end + 1]
        if q.kind is None and (_is_ascii_alnum(after) or after == "+"):
            return True
    return False


# Things counted with 块 (plots, chips, screens, medals): named before the number, they
# make 块 a count, not spoken money (越秀地产新增土地22块).
_KUAI_NOUNS = "土地|地块|宗地|用地|芯片|屏幕|面板|电池|奖牌|金牌|银牌|铜牌|石碑|玻璃"
_KUAI_NOUN_BEFORE_RE = re.compile(rf"(?:{_KUAI_NOUNS})[^{CLAUSE_BREAK}\d]{{0,4}}$")
# ... or counted earlier in the sentence (推出6块土地，其中3块位于浦东): the later 块 are more of the same
_KUAI_COUNTED_RE = re.compile(rf"块(?:{_KUAI_NOUNS})")
# a part of a whole (其中3块, 其余2块, 分别为): pieces of what was named, not spoken money (review s24 R8)
_KUAI_PART_BEFORE_RE = re.compile(r"(?:其中|其余|其他|另外|剩余|剩下|余下|分别)(?:有|为|是|约|共|的)?$")
# 监测点位置到107点, 网点达3,200点: places counted with 点 name their 点-noun before the number
_POINT_NOUN_BEFORE_RE = re.compile(
    r"(?:监测|采样|检测|取样|观测|监控|测量|服务|营业|销售|接种|投放|检查|采集|网|站|景|据|布)点"
    rf"(?:位置?|数目?|数量)?[^{CLAUSE_BREAK}\d]{{0,6}}$"
)
_LIST_SEP_RE = re.compile(r"[ \u3000]?(?:、|和|及|以及|与|與|或)[ \u3000]?")
_ORDINAL_LIST_RE = re.compile(r"第[\d〇零一二两三四五六七八九十百]+(?:、[\d〇零一二两三四五六七八九十百]+)*、$")
# an ordinal range's first end (第1~20条, 第1—4条, 第1至5位): 第 numbers both ends
_ORDINAL_RANGE_RE = re.compile(
    r"第[ \u3000]?[\d〇零一二两三四五六七八九十百]{1,4}[ \u3000]?(?:[~～–－至到]|—{1,2})[ \u3000]?$"
)
# a quotation's or a title's marks (punct.MARK_PAIRS), and ‘’: a quote inside a quote (“…‘31条…’…”)
_OPENERS = {**{o: MARK_PAIRS[o] for o in "“《「『"}, "‘": "’"}
_QUOTES = set(_OPENERS) | set(_OPENERS.values())


_QUOTE_MARKS = ((8, 10, re.compile("[“”「」『』‘’]")), (40, 40, re.compile("[《》]")))
_QUOTED_NAME_MAX = 8  # characters inside “…”: 文创50条, 五个新城, 两个维护
# ... and a policy's title inside “…” that opens with its number and ends in the kind of document or measure it is
# (“31条惠及台湾同胞措施”, “十项便民举措”: figures12 dev-retired13 09), longer than a slogan: a name too
_QUOTED_TITLE_MAX = 12
_POLICY_KIND_END_RE = re.compile(r"(?:措施|举措|政策|条例|规定|意见|办法|方案|工程|计划|行动|清单)$")


def _quoted_name(text: str, q: Quantity) -> bool:
    """“文创50条”, “五个新城”, 《十条措施》: a count inside a short quote or a title is a name.

    Inside = the nearest quote mark before is an opener and the nearest after is its
    closer, both close by (titles in 《》 may be longer than quoted slogans).
    """
    for opener_window, closer_window, marks in _QUOTE_MARKS:
        before = marks.search(text[max(0, q.start - opener_window) : q.start][::-1])  # the nearest
        if before is None or before.group() not in _OPENERS:
            continue
        after = marks.search(text, q.end, min(len(text), q.end + closer_window))
        if after is not None and after.group() == _OPENERS[before.group()]:
            # a slogan or a name is short; a quoted clause is speech, and its counts are
            # figures (“最后15个席位等你来抢”: 11 characters); a slogan of short parts is one
            # too (“四个革命、一个合作”, tester s23 T9)
            opened = q.start - before.start()
            inner = text[opened : after.start()]
            if opened == q.start and len(inner) <= _QUOTED_TITLE_MAX and _POLICY_KIND_END_RE.search(inner):
                return True  # “31条惠及台胞措施”: a policy's title opening with its number, ending in its kind
            return before.group() == "《" or max(map(len, inner.split("、"))) <= _QUOTED_NAME_MAX
    return False


def _time_yu(text: str, at: int) -> bool:
    """Whether the 于 at ``at`` says when: a word of its own after a noun (会议于, 讲座已于) or a word that schedules
    (拟于, 将于); after a verb or an adjective it compares (保持于1/10, 处于, 介于, 低于: review s23
    R8b), a share follows, not a date."""
    clause = _CLAUSE_SPLIT_RE.split(text[max(0, at - 8) : at + 1])[-1]
    words = segment.tag(clause)
    if words and words[-1][0] == "定于":
        return True  # 报名时间定于, 大会定于 (a 定于 inside another word is 于 after that word)
    if not words or words[-1][0] != "于":
        return False
    if len(words) == 1:
        return True  # ，于5/3召开: a clause opening with 于 says when
    word, tag = words[-2]
    return word in _SCHEDULING_BEFORE_YU or tag.startswith(("n", "vn", "r", "t"))


def _place_at(text: str, start: int, end: int) -> int | None:
    """Where 在, a word of its own, opens a place in text[start:end] (打工者在城市和乡村之间: a noun after it is
    where, not what is counted; 在校生, 在建项目 are words): None when it does not."""
    at = text.find("在", start, end)
    if at < 0:
        return None
    ends = _word_ends(text[start:end])
    return at if at - start + 1 in ends and (at == start or at - start in ends) else None


@lru_cache(maxsize=1024)
def _word_ends(phrase: str) -> frozenset[int]:
    """Where the words of a noun phrase end (jieba's segmentation): 学生家长参加 → {4, 6}. A noun counted must end
    its word (学生 in 学生家长 is not what 3名 counts; 项目 in 合作项目 is). The segmenter is segment.py's, with the
    domain dictionary, as topics and metrics cut: the same ends whichever of them loaded it first."""
    ends = set()
    at = 0
    for word in segment.cut(phrase):
        at += len(word)
        ends.add(at)
    return frozenset(ends)


@lru_cache(maxsize=1024)
def _first_verb(phrase: str) -> int | None:
    """Where the first verb of ``phrase`` starts (jieba's tags: "v"); None when there is none."""
    at = 0
    for word, tag in segment.tag(phrase):
        if tag == "v":
            return at
        at += len(word)
    return None


def _names_country(text: str, m: re.Match[str]) -> bool:
    """Whether a country's name found in ``text`` names the country there: not when the segmenter reads it inside a
    longer noun that is another thing (印度洋, the Indian Ocean; 古埃及; 苏丹红, a dye: review s28 R1b); an
    organisation's name (印尼政府, 印度政府: tagged nt) is the country's."""
    begin = max(0, m.start() - 3)
    at = begin
    for word, tag in segment.tag(text[begin : m.end() + 3]):
        end = at + len(word)
        if end > m.start():  # the word the name starts in
            covers = at <= m.start() and end >= m.end() and end - at > m.end() - m.start()
            return not (covers and tag[:1] == "n" and tag != "nt")
        at = end
    return True


@lru_cache(maxsize=1024)
def _dictionary_word_ends(phrase: str) -> frozenset[int]:
    """Where the words of ``phrase`` end, by the dictionary's words alone (no HMM: it glues a verb to a hedge, 跌近,
    有近, that the dictionary keeps apart)."""
    ends = set()
    at = 0
    for word in segment.cut(phrase, False):
        at += len(word)
        ends.add(at)
    return frozenset(ends)


_NOUN_LONGEST = max(map(len, NOUNS))


def _nouns_ending_words(text: str, pos: int, ends: frozenset[int]) -> list[re.Match[str]]:
    """The longest noun that ends each word of the phrase at ``pos`` (in order): 特色产业园区 cut 特色产业|园区 gives
    园区, where a left-to-right scan took 产业园 and left 区, and then had no noun ending a word."""
    found = []
    for end in sorted(ends):
        for start in range(max(0, end - _NOUN_LONGEST), end):
            if m := _NOUN_RE.fullmatch(text, pos + start, pos + end):
                found.append(m)
                break
    return found


def _names_a_class(text: str, end: int, flats: bool = True) -> bool:
    """After a bound (X以上, X及以上的), a noun phrase whose head is homes (住宅, 豪宅, 透天, 户型, 4房格局 …) names a
    class of homes by each one's price or size (3000萬元以上的房子就比較難賣了, 動輒2千萬元以上的高價透天,
    主推58坪以上的4房格局, 200萬元以上豪宅交易): the bound is not a figure. Other things after a bound are a rule's
    threshold (对新发展的500亩以上的蔬菜基地…给予, the figure golds' convention 1 of session 15): a figure."""
    pos = end + (text[end : end + 1] == "的")
    if text.startswith(_ALTERNATIVE_AFTER_BOUND, pos):
        return False  # 120平方米以下或者单套住房面积144平方米以下: another alternative of a rule (figures35 06)
    m = _CLASS_PHRASE_RE.match(text, pos)
    if m is None:
        return False
    phrase = m.group()
    ends = sorted(_word_ends(phrase))[:3]  # the head is in the first words
    return any(
        _HOMES_RE.fullmatch(phrase, e - k, e) and (flats or phrase[e - k : e] != "单位")
        for e in ends
        for k in (2, 3, 4)
        if e >= k
    )


# a demonstrative or 每 (and a measure word) before a noun: one thing, which a count after it is no count of
_WHOLE_BEFORE_RE = re.compile(rf"(?:该|这|此|那|每|上述|前述)[{HAN_BASIC}]?$")
_BESIDE_NOUN_RE = re.compile(alternation(BESIDE_NOUNS))
_BESIDE_NOUN_LONGEST = max(map(len, BESIDE_NOUNS))


def _beside_noun(text: str, q: Quantity, after: int | None = None) -> str:
    """The English of a units.BESIDE_NOUNS word standing right beside a count that _head_noun named nothing for: the
    whole word right after the measure word and heading no noun of its own (31个省份, 3间课室; not 问题房屋's 问题, nor
    省 of 省级), or, where nothing follows, the whole word right before the number, a link (达, 为, 共, 超 …) at most
    between (新增养老床位3852张, 学位超75万个). Only a noun beside the count, never one further off: what a longer
    phrase counts is _head_noun's to say, and a noun it passed over is left unsaid (precision first)."""
    pos = q.end if after is None else after
    window_end = min(len(text), pos + _NOUN_WINDOW)
    stop = _NOUN_STOP_RE.search(text, pos, window_end)
    end = stop.start() if stop else window_end
    if pos < end and text[pos] not in _NOUN_BOUNDARY:
        m = _BESIDE_NOUN_RE.match(text, pos, end)
        if m is None or m.end() - pos not in _word_ends(text[pos:end]) or _modifies_a_noun(text, m.end(), end):
            return ""
        if q.unit in _NAMED_MEASURES and _heads_a_clause(text, m.end(), end):
            return ""  # 24宗救護車延誤個案: cases of ambulances delayed, not ambulances
        return BESIDE_NOUNS[m.group()]
    begin = max(0, q.start - _BESIDE_NOUN_LONGEST - 4)
    clause = text[begin : q.start]
    cut = max(clause.rfind(c) for c in f"{CLAUSE_BREAK}\n")
    clause = clause[cut + 1 :]
    if (gap := _COPULA_GAP_RE.search(clause, max(0, len(clause) - 2))) is not None and gap.end() == len(clause):
        clause = clause[: gap.start()]
    words = segment.cut(clause)
    word = words[-1] if words else ""
    if _WHOLE_BEFORE_RE.search(clause, 0, len(clause) - len(word)):
        return ""  # 该小区3栋, 这份文件共3页, 每个教室40个: one thing, the whole its parts are counted in (s46 R3)
    return BESIDE_NOUNS.get(word, "")


# measure words of things (buildings, trains …) that name what they count less exactly than a noun beside them
_OWN_NOUN_THINGS = (THING_MEASURES | measures_of("building")) - SELF_NAMING_MEASURES


def _count_noun(text: str, q: Quantity, after: int | None = None, flats: bool = False) -> str:
    """The English noun counted (see _head_noun); a people noun found for a measure word of things and places is a
    modifier of the head (300所老人…中心: centres), so the measure word's own noun is said instead. Where it finds
    none, a noun written right beside the count says it (_beside_noun)."""
    noun = _head_noun(text, q, after, flats)
    if not noun and q.unit not in _OCCASION_MEASURES and q.unit not in GROUP_MEASURES and q.unit not in _KIND_MEASURES:
        noun = _beside_noun(text, q, after)
    elif q.unit in _OWN_NOUN_THINGS and noun == MEASURE_NOUN_DEFAULTS.get(q.unit):
        # a noun right beside a count of things is more exact than its measure word's (别墅437栋: villas, not buildings)
        noun = _beside_noun(text, q, after) or noun
    if q.unit in THING_MEASURES and noun in PEOPLE_NOUNS_EN:
        return MEASURE_NOUN_DEFAULTS.get(q.unit, "")
    if MEASURE_NOUN_DEFAULTS.get(q.unit) == "cases" and (noun in PEOPLE_NOUNS_EN or noun in _BODIES_EN):
        # 对14起上市公司重大事项进行核查: cases concern the companies, they are not them (tester s24 T8)
        return "cases"
    if q.unit == "股" and _STOCKS_MOVE_AFTER_RE.match(text, q.end):
        return "stocks"  # 场内近4700股飘红: the market's breadth, stocks that rose, not shares (tester s24 T7)
    return noun


# a grade after a noun makes it a modifier (国家级, 国家二级保护动物, 省一级): the head comes later (tester s25 T13)
_GRADE_AFTER_RE = re.compile(r"[一二三四五六七八九]?级")


def _modifies_a_noun(text: str, at: int, end: int) -> bool:
    """Whether the noun ending at ``at`` (and one joined to it by 及/和/与/、) stands before another noun it modifies
    (企业及个人调研数据, 企业申报材料), so it is not the head."""
    words = segment.tag(text[at:end])
    i = 2 if len(words) > 2 and words[0][0] in ("及", "和", "与", "、") and words[1][1].startswith("n") else 0
    return i < len(words) and words[i][1] in ("n", "vn", "nz") and _is_han(words[i][0][:1])


def _heads_a_clause(text: str, at: int, end: int) -> bool:
    """Whether the noun ending at ``at`` is the subject of a verb and the phrase ends in another noun (救护车延误个案:
    cases of delay), so that phrase's last noun, not this one, is what a measure word naming what it counts (宗, 起,
    份: units.MEASURE_CLASSES' named) counts."""
    words = []
    for word, tag in segment.tag(text[at : max(end, min(len(text), at + 12))]):
        if tag == "x" and word.strip() or not _is_han(word[:1]) and word.strip():
            break  # the phrase ends at a mark or a digit (a line break inside a word, 个\n案, does not end it)
        if word.strip():
            words.append(tag)
    return len(words) >= 2 and words[0] == "v" and words[-1] in ("n", "nz") and "v" not in words[1:]


def _head_noun(text: str, q: Quantity, after: int | None = None, flats: bool = False) -> str:
    """The English noun counted: the head noun after the measure word, else before it.

    ``after`` is where the noun phrase may start (past 以上/左右), default the unit's end. ``flats``: 单位 is a flat
    (Hong Kong and Macau text: 推出1000个单位), not an organisation (tester s17 F5).
    """

    def noun(m: re.Match[str]) -> str:
        # a flat when 单位 follows the measure word or a word of homes (公屋单位, 落成单位); 参展单位 and 46家…单位
        # are organisations there too
        word = m.group()
        if flats and word == "单位" and q.unit != "家" and (m.start() == pos or text[m.start() - 1] in _FLAT_BEFORE):
            return "flats"
        return NOUNS[word]

    pos = q.end if after is None else after
    if q.unit in GROUP_MEASURES:
        # 3批货物, 5组选手: the number counts the groups, not what they hold
        group = GROUP_MEASURES[q.unit]
        held = _count_noun(text, replace(q, unit=""), after, flats)
        return f"{group} of {held}" if group and held else group
    if q.unit in SELF_NAMING_MEASURES and not _NOUN_RE.match(text, pos):
        return MEASURE_NOUN_DEFAULTS[q.unit]
    if q.unit in _OCCASION_MEASURES:
        return ""  # 企业需要两次报关: occasions of what is done, never the noun before or after (tester s20 F1)
    window_end = min(len(text), pos + _NOUN_WINDOW)
    stop = _NOUN_STOP_RE.search(text, pos, window_end)
    end = stop.start() if stop else window_end
    if text[pos : pos + 1] in _NOUN_BOUNDARY or q.unit in ("次", "回", "趟"):
        # 工厂185家、园区13个: the noun came before; 先后三次在澳门主办会员大会: 次 counts occurrences of
        # what is done, never the noun after it (not "3 members")
        end = pos
    else:  # a new predicate (以, 用于, 是 ...) ends the noun phrase: 2节车厢以实施...的服务
        verb = _NOUN_VERB_STOP_RE.search(text, pos, end)
        end = verb.start() if verb else end
    if text.startswith(_LOCATIVE_VERBS, pos) and "的" not in text[pos:end]:
        end = pos  # 其中2块位于市中心, 有5家位于园区: where they are, not what is counted (3个位于市中心的项目 is)
    at = _place_at(text, pos, end)
    if at is not None and at > pos:
        end = at  # 13,700个会在政府不同部门开设: a predicate's place, not the head (3间在港…机构: a modifier's)
    words = _word_ends(text[pos:end])
    adjacent = _NOUN_RE.match(text, pos, end)
    if adjacent and text[adjacent.end() : adjacent.end() + 1] == "级":
        adjacent = None  # 3间国家级检测服务提供机构: 国家级 ("national") describes the head, it is not it
    if adjacent and adjacent.group() == "国家" and (head := _national_head(text, adjacent.end(), end)) is not None:
        return noun(head)  # 2个国家制造业创新中心: centres (tester s20 F1: was "2 countries")
    if adjacent:  # 名选手, 家企业, 所高校: the noun right after the measure word
        if adjacent.group() == "国家" and (people := _NOUN_RE.match(text, adjacent.end(), end)) is not None:
            if people.group() in _FROM_COUNTRIES:  # (not 国家领导人: state leaders)
                return NOUNS["国家"]  # 近60个国家代表: the countries the delegates come from (tester s20 F1)
        # 品牌门店: in a chain of nouns the last one is the head.
        while (nxt := _NOUN_RE.match(text, adjacent.end(), end)) is not None:
            adjacent = nxt
        if adjacent.end() - pos not in words:  # 3名学生家长: 学生 starts a longer word (parents), it is not counted
            return MEASURE_NOUN_DEFAULTS.get(q.unit, "")
        if q.unit in _NAMED_MEASURES and text[adjacent.end() : adjacent.end() + 1] == "的":
            return MEASURE_NOUN_DEFAULTS.get(q.unit, "")  # 500份医院的…要求: the hospitals' requests, not hospitals
        if q.unit == "份" and _modifies_a_noun(text, adjacent.end(), end):
            # 超8000份企业及个人调研数据, 1200份企业申报材料: 份 counts copies of the data, 企业 only says whose (tester
            # s25 T9); after another measure word the nouns may be what is counted (46种产品能耗: products)
            return MEASURE_NOUN_DEFAULTS.get(q.unit, "")
        return noun(adjacent)
    if q.unit in _NAMED_MEASURES:
        # a measure word that names what it counts takes no noun but the one right after it (tester s20 F1); share
        # counts are written in digits (三股势力 are forces, not shares)
        return "shares" if q.unit == "股" and (q.arabic or q.scale) else MEASURE_NOUN_DEFAULTS.get(q.unit, "")
    # 跨部门工作组: a noun after 跨 ("cross-") modifies the head, it is not what is counted
    # (a noun must end its word: 3间服务中心's 服务 starts a longer one)
    matches = [
        m
        for m in _nouns_ending_words(text, pos, words)
        if text[m.start() - 1 : m.start()] != "跨" and not _GRADE_AFTER_RE.match(text, m.end())
    ]
    de = text.find("的", pos, matches[0].start()) if matches else -1
    if de > pos and all(tag.startswith("n") for _, tag in segment.tag(text[pos:de])):
        # 8个专项的志愿服务: nouns, then 的: those nouns are what is counted (programmes), the noun after 的 is the head
        # of a larger phrase they modify (tester s18 F3: was "8 services"); 5个具有代表性的企业 (a verb) counts 企业
        return MEASURE_NOUN_DEFAULTS.get(q.unit, "")
    if matches:
        # Chinese puts the head noun last in its phrase: prefer a noun that ends a
        # phrase (before 、 等 和 or punctuation), else the last one in the window.
        for m in matches:
            nxt = text[m.end() : m.end() + 1]
            if m.end() == end or nxt in _NOUN_BOUNDARY:
                return noun(m)
        if (
            len(matches) > 1
            and noun(matches[0]) != noun(matches[-1])
            and _first_verb(text[matches[0].end() : matches[-1].start()]) is not None
        ):
            # 6个外资项目上报国家外贸外资协调机制: no noun ends the phrase, and a verb stands between the nouns: the
            # last one may be another phrase's (tester s18 F1: was "6 countries"), the first a modifier (2家…就业创业
            # 基地): which one is counted is not known, so none is said
            return MEASURE_NOUN_DEFAULTS.get(q.unit, "")
        return noun(matches[-1])
    if pos == end or text[pos : pos + 1] in _NOUN_BOUNDARY:
        # Nothing follows (数字经济企业8000余家，): look back in the clause. (Not where other words follow: the clause
        # before them is another phrase's as often as not: 数千家 after 国家, 5017.2万件 after 机构.)
        back = max(0, q.start - 12)
        clause = text.rfind("，", back, q.start)
        begin = max(back, clause + 1) if clause >= 0 else back
        found = list(_NOUN_RE.finditer(text, begin, q.start))
        # only a noun right before the number (企业8000余家, 企业共8000家) is what it counts;
        # 国家 in 国家重点研发计划立项76项 is not
        # ... but another verb between (群众植树5300多万株: trees planted, not people) leaves a measure word its own
        # noun; a copula or a hedge does not (医院多达71家, 企业共8000家)
        # ... and the noun ends its word (银行卡约97亿张 counts cards, not banks: tester s17)
        if _PER_BEFORE_RE.search(text, begin, found[-1].start()) if found else False:
            found = []  # 平均每个中国人1700根: the base of a rate, not what is counted (tester s23 T15)
        if found and q.start - found[-1].end() <= 2 and found[-1].end() - begin in _word_ends(text[begin : q.start]):
            gap = text[found[-1].end() : q.start]
            if not gap or q.unit not in MEASURE_NOUN_DEFAULTS or _COPULA_GAP_RE.fullmatch(gap):
                return noun(found[-1])
    if q.unit == "户" and _FIRMS_BEFORE_RE.search(text, max(0, q.start - 40), q.start):
        # 规模以上工业企业827户…营业收入超10亿元的99户: 户 counts firms as well as households; where the sentence
        # speaks of firms and names no household, the number is shown without a noun (tester s14 item 3)
        if not _HOUSEHOLDS_BEFORE_RE.search(text, max(0, q.start - 40), q.start):
            return ""
    if flats and q.unit == "座" and (pos == end or text[pos : pos + 1] in _NOUN_BOUNDARY):
        return "buildings"  # Hong Kong's and Macau's blocks of flats (火蔓延7座: new user s48 U7)
    # no noun named: the measure word's own, a neutral one for 家 (establishments: hotels, shops, banks, companies)
    return MEASURE_NOUN_DEFAULTS.get(q.unit, "")


def _own_subject(clause: str) -> bool:
    """Whether ``clause`` (the words before a number in its clause) names a thing of its own, a noun (jieba's n, nz,
    ng), so that the number says how many of that, not of a noun an earlier clause named. A noun of how much (规模为,
    数量) or of when (的时候) names nothing of its own."""
    return any(
        flag in ("n", "nz", "ng") and _is_han(word[:1]) and not _NOT_SUBJECT_RE.fullmatch(word)
        for word, flag in segment.tag(clause)
    )


# where the noun phrase after a count ends: a break, a list's joint, a bracket, 的, a number
_PHRASE_END_RE = re.compile(rf"[{CLAUSE_BREAK}\n、和及与或（()）等的\d\s]")
_PHRASE_LONGEST = 10


def _counted_phrase(text: str, end: int) -> list[str]:
    """The words right after a count up to its phrase's end (at most _PHRASE_LONGEST characters)."""
    stop = _PHRASE_END_RE.search(text, end, end + _PHRASE_LONGEST)
    return segment.cut(text[end : stop.start() if stop else end + _PHRASE_LONGEST])


# a counted noun ending right before a position (名额, 岗位): see _of_counted_noun
_COUNTED_NOUN_BEFORE_RE = re.compile(f"(?:{alternation(NOUN_TABLE)})$")


def _of_counted_noun(clause: str, m: re.Match[str]) -> bool:
    """Whether the money word ``m`` of ``clause`` is no sum's: the end of a counted noun (招生名额约12万, 配额: places
    and quotas, units.NOUN_TABLE; 金额, 贷款额 are sums), or the size (规模) of a counted noun read in its phrase that
    is no sum's own (就业岗位规模达12万: jobs; 基金规模, 产业规模, 贷款规模 stay sums). Review s45 R6: a bare amount
    is a sum only where a money word names it, and these name how many (the "额" of 金额, the "规模" of 资金规模 only
    looked like one)."""
    if (w := _COUNTED_NOUN_BEFORE_RE.search(clause, 0, m.end())) is not None and w.start() < m.start():
        return True
    if m.group() != "规模" or (w := _COUNTED_NOUN_BEFORE_RE.search(clause, 0, m.start())) is None:
        return False
    return NOUN_TABLE[w.group()][1] == PHRASE and MEASURED_NOUNS.get(w.group()) != "money"


def _names_sum(clause: str, head: str) -> bool:
    """Whether a money word opens ``clause``; 规模 (a size) names a sum only where its sentence names no people:
    网民规模达7.31亿, 农村网民占比为27.4%，规模为2.01亿 are numbers of users (13-corpus s20, figures16 dev 12: were
    RMB 201 mn), 基金规模达3000亿 is a sum."""
    found = [m for m in _MONEY_BEFORE_RE.finditer(clause) if not _of_counted_noun(clause, m)]
    if found and all(m.group() == "规模" for m in found):
        # whose size: the noun right before 规模 (网民规模, 人口规模: people; 交易规模, 财政规模: sums, review s20 R7);
        # a bare 规模 (，规模为2.01亿) is the size of what the sentence speaks of
        before = clause[: found[-1].start()]
        if _PEOPLE_HEAD_RE.search(before):
            return False
        if before and _is_han(before[-1]):
            return True
        return not _PEOPLE_SUBJECT_RE.search(head)
    return bool(found)


def _national_head(text: str, start: int, end: int) -> re.Match[str] | None:
    """The head noun a 国家 right before ``start`` describes ("national": 国家制造业创新中心, 国家区域医疗中心):
    a noun that ends the phrase (at ``end`` or a boundary), reached over nouns and verbs only (创新 is tagged a
    verb); a particle, an adverb or a conjunction between (国家报告了…病例, 十个国家共十三个实验室) makes 国家
    what is counted, and None is returned."""
    for m in _nouns_ending_words(text, start, _word_ends(text[start:end])):
        if m.start() > start and (m.end() == end or text[m.end() : m.end() + 1] in _NOUN_BOUNDARY):
            between = segment.tag(text[start : m.start()])
            return m if all(tag[:1] in ("n", "v", "l") for _, tag in between) else None
    return None


# the last character of a word of homes before 单位 (公屋, 住宅, 劏房, 楼盘, 出售, 出租, 落成, 新): Hong Kong's flats
_FLAT_BEFORE = frozenset("屋宅房盘售租成新")
# firms counted in 户 (statistics bulletins, tax and credit reports) and the words that make 户 a household
_FIRMS_BEFORE_RE = re.compile(r"企业|公司|工商户|市场主体|经营主体|纳税人|法人|商户|厂商")
_HOUSEHOLDS_BEFORE_RE = re.compile(r"居民|家庭|农户|村民|贫困|脱贫|住户|搬迁|群众|人口|困难户")


# --------------------------------------------------------------------------- sentences


class _Sentences:
    """Sentence of a span, from precomputed boundaries (bisect, no rescans)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [m.start() for m in SENTENCE_END_RE.finditer(text)]
        self.cache: dict[tuple[int, int], str] = {}

    def bounds(self, pos: int, reach: int) -> tuple[int, int]:
        """The sentence around ``pos`` as (start, end), at most ``reach`` characters either side, its closing mark
        left out: the one window the rules read a sentence through (a sign's places, a sum's place)."""
        i = bisect.bisect_left(self.ends, pos)
        left = max(self.ends[i - 1] + 1 if i > 0 else 0, pos - reach)
        right = min(self.ends[i] if i < len(self.ends) else len(self.text), pos + reach)
        return left, right

    def around(self, start: int, end: int) -> str:
        i = bisect.bisect_left(self.ends, start)
        left = self.ends[i - 1] + 1 if i > 0 else 0
        j = bisect.bisect_left(self.ends, max(end - 1, start))
        right = self.ends[j] + 1 if j < len(self.ends) else len(self.text)
        if self.text[right - 1 : right] == "\n":
            right -= 1
        left = max(left, start - _SENTENCE_CAP)
        right = min(right, end + _SENTENCE_CAP)
        key = (left, right)
        if key not in self.cache:
            self.cache[key] = self.text[left:right].strip()
        return self.cache[key]


# --------------------------------------------------------------------------- extractor

# a market abroad, named before a foreign sum (美股, ADR, 道瓊), and a home market named in a bare sum's clause
_FOREIGN_MARKET_RE = re.compile(r"ADR|美股|存[托託]凭证|道琼|纳斯达克|那斯达克|纽约证交所|纽交所|美国股市")
_HOME_MARKET_RE = re.compile(r"台股|A股|港股|沪指|深成指|上证|恒指|恒生指数|加权指数|台指")
# the currencies a bare 元 is at home (CNY, HKD, MOP, TWD, SGD, MYR): of a region's text
_HOME_YUAN_CODES = frozenset({*REGION_CURRENCY.values(), "SGD", "MYR"})
# Currencies named with 元 or 币 (澳元, 人民币, 新台币 ...): the ones a bare 元 can stand for.
# (not 日元: it is also the end of 今日元宵, and yen are 日圆 when not 日元)
_YUAN_NAMED_RE = re.compile(
    alternation(w for w in CURRENCIES if w[-1] in "元圆币" and CURRENCIES[w] != "JPY" and w not in _AFTER_NUMBER_ONLY)
    + f"|{_RIGHT_AFTER_NUMBER}(?:{_AFTER_NUMBER_ONLY_RE})"
)


# a listed company named with its stock code: 快手（1024）, 東方海外(00316.HK)
_STOCK_CODE_RE = re.compile(r"[(（](\d{4,5})(?:\.HK)?[)）]")
# a share named with its exchange (敏实集团（425-HK）, 平安银行（000001.SZ）): the exchange's currency
# is the one its price is quoted in, whatever note the company's results carry ((人民币；下同) is how it reports)
_LISTED_RE = re.compile(r"[(（][ ]?\d{1,6}[ ]?[-.][ ]?(?P<x>HK|SH|SS|SZ|TW|TWO)[ ]?[)）]")
_EXCHANGE_CURRENCY = {"HK": "HKD", "SH": "CNY", "SS": "CNY", "SZ": "CNY", "TW": "TWD", "TWO": "TWD"}
# a trade in the share, in the clause of a bare sum: the sum is its price (建议约26.4元附近买入, 上望31元, 跌穿25元止蚀,
# 回调至63元附近吸纳, 目标价120元); not earnings per share (每股盈利0.41元: the results' currency)
# a broker's recommendation line: 策略：, 投资建议：, 操作策略：
_ADVICE_LINE_RE = re.compile(r"\s*(?:投资|操作)?(?:策略|建议)[：:]")
_TRADE_WORDS_RE = re.compile(r"买入|卖出|沽出|吸纳|止蚀|止损|止赚|目标价|上望|收报|股价")
# a full stop (not a semicolon or comma): where a currency written before an earlier number stops
_FULL_STOP_RE = re.compile(f"[{SENTENCE_OR_LINE_END}]")
# a share of the amount right before it (160亿美元的十分之一, 的10%, 的一半, 的三成): what a bound before them bounds
_SHARE_OF_AFTER_RE = re.compile(
    r"的(?:\d+(?:\.\d+)?[%％]|[一二三四五六七八九十百千万两]+分之|一半|[一二三四五六七八九两]成(?![本员果功立为交]))"
)
# a part of a whole just named (其中1.2亿, 包括105亿): the part is in the whole's currency
_PART_OF_RE = re.compile("其中|当中|當中|包括|包含")


# where the press writes its own dollar's cent 仙 (Hong Kong's 仙, Macau's avo, Malaysia's sen: 目标价从72仙,
# 跌2仙): after Arabic digits there it always is one; elsewhere the clause's words decide (_CENT_CONTEXT_RE)
_SEN_REGIONS = frozenset({"hk", "mo", "my"})


def _other_company_starts(text: str, notes: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Where a currency note stops in a market roundup: (人民币，下同) in 快手（1024）'s
    paragraph says how 快手 reports, not how 新秀丽（1910）'s price is quoted further on. A
    note ends at the first stock code after it that is not the one named last before it."""
    codes = [(m.start(), m.group(1)) for m in _STOCK_CODE_RE.finditer(text)]
    if len(codes) < 2:
        return []
    starts = [p for p, _ in codes]
    ends = []
    for pos, currency in notes:
        i = bisect.bisect_left(starts, pos)
        if not currency or i == 0:
            continue  # a note with no company named before it keeps its reach
        own = codes[i - 1][1]
        other = next((p for p, code in codes[i:] if code != own), None)
        if other is not None:
            ends.append((other, ""))
    return ends


def _only_yuan_currency(text: str) -> str:
    """A text from no known region (an overseas outlet's report on Australia) that names
    one 元-currency only (900萬澳元 ... 10萬澳元) means it by a bare 元 too (50萬元);
    with none or several named, a bare 元 stays without a currency."""
    named = {CURRENCIES[m.group()] for m in _YUAN_NAMED_RE.finditer(text)}
    return named.pop() if len(named) == 1 else ""


_RENMINBI_SENTENCES = 2  # sentences naming the renminbi for a region's text to be a mainland story told in it


def _renminbi_story(text: str, region: Region) -> bool:
    """A Hong Kong, Macau or Taiwan text that names the renminbi, and no other 元-currency, in two sentences or
    more, and names no place of its own region (本港, 香港, 本澳, 台灣 …) anywhere: a mainland story told in the
    renminbi, whose bare 元 is renminbi too (a Hong Kong paper on 清远's fish auction: 以30万元人民币高价购买…开价已高
    达10万人民币…以30万元为成交价格…所筹得的126万元, figures38 dev 08). One sum in renminbi, or a home place named, and
    the bare 元 stays the region's (内地…约人民币3.9万元，而本港…约2万元)."""
    if region.name not in ("hk", "mo", "tw") or not region.currency:
        return False
    named = list(_YUAN_NAMED_RE.finditer(text))
    if not named or any(CURRENCIES.get(m.group()) != "CNY" for m in named):
        return False
    stops = [m.start() for m in _FULL_STOP_RE.finditer(text)]
    if len({bisect.bisect_left(stops, m.start()) for m in named}) < _RENMINBI_SENTENCES:
        return False
    return not names_home(region, text, 0, len(text))


class _Extractor:
    def __init__(self, text: str, region: Region, limit: int | None = None, original: str | None = None) -> None:
        self.text = text  # folded (same length as the original): what the rules read
        self.original = original if original is not None else text  # what figures quote
        self.region = region
        # 单位 is a flat in Hong Kong and Macau; on the mainland an organisation (review s15 R17: 年营业收入2000万元以上
        # 单位纳入统计 is a statistics threshold, not a class of homes)
        self._flats = region.name in ("hk", "mo")
        self.default_currency = region.currency or _only_yuan_currency(text)
        if _renminbi_story(text, region):
            self.default_currency = "CNY"  # a mainland story in a region's paper, told in renminbi
        self.limit = limit
        self.complete = True  # False when the candidate budget (see _CANDIDATES_PER_FIGURE) cut the scan
        self._table_notes: list[tuple[int, str | None, float]] | None = None  # see _money_tabled
        self._table_note_ends: list[int] = []
        self._table_note_stops: list[int] = []  # where each note's table ends (_table_stop)
        self._money_set: set[tuple[str, float]] = set()  # see _money_keys
        self._money_seen: tuple[int, Figure | None] = (0, None)
        self._table_note_columns: dict[int, tuple[int, int]] = {}  # a column's note: (its column, the header's cells)
        notes = [(m.start(), CURRENCIES[m["cur"] or m["unit"] or m["said"]]) for m in CURRENCY_NOTE_RE.finditer(text)]
        prefixed = [(m.start(), CURRENCIES[m["cur"]]) for m in PREFIX_NOTE_RE.finditer(text)]
        self._prefix_notes = {p for p, _ in prefixed}  # not a 下同 note: their reach is the sentence (see _currency)
        self._named_sentences: set[int] | None = None  # the sentences (by number) naming a 元-currency
        self._listings: list[tuple[int, str]] | None = None  # shares named with their exchange (see _listed_price)
        self._stops: list[int] = []  # the full stops' positions, with _named_sentences
        notes += prefixed
        if notes:  # a live page's next timed item (【21：30】) is another story: a note ends there
            notes += [(m.start(), "") for m in _LIVE_ITEM_RE.finditer(text)]
            notes += _other_company_starts(text, notes)
        self.notes = sorted(notes)
        self.note_starts = [p for p, _ in self.notes]
        self.sentences = _Sentences(self.original)
        self.figures: list[Figure] = []
        self._inclusive = False  # set by _hedges when (含) stands before 以上/以下
        # grouping repeats (see _repeats): the lead is the first non-empty paragraph
        first_line = text.lstrip("\n")
        newline = first_line.find("\n")
        self._lead_end = len(text) - len(first_line) + (newline if newline >= 0 else len(first_line))
        # a record's opening words (see _parallel_record); a lead that could be a headline has none
        lead = first_line[: newline if newline >= 0 else len(first_line)]
        opening = lead[:_PARALLEL_OPENING] if len(lead) > _HEADING_LINE else ""
        # (two or more paragraphs after it open so, or one after a first paragraph too long for a summary: a lead's
        # summary said again in the body's first paragraph is one figure)
        records = text.count("\n" + opening) if opening else 0
        self._lead_opening = opening if records >= 2 or (records and len(lead) > _SUMMARY_LONGEST) else ""
        # (see _parallel_record: a lead too long for a summary is a record; else a record has numbers of its own)
        self._lead_is_record = len(lead) > _SUMMARY_LONGEST
        # a first paragraph that is a numbered item (第八十二条 …) is no lead: its figures said again are new statements
        self._lead_is_item = _NUMBERED_ITEM_RE.match(lead) is not None
        self._lead_numbers = frozenset(_DIGITS_RE.findall(lead)) if self._lead_opening else frozenset()
        self._last: dict[tuple, tuple[int, int]] = {}
        # (see _repeats) a large figure's sentence (by number), start and the words right before it
        self._said: dict[tuple, tuple[int, int, str]] = {}  # key → (sentence, start, its sentence's words before it)
        self._in_lead: dict[tuple, set[str]] = {}
        # ... and each lead sum's text as written, with the two characters before it (_same_sum_said)
        self._lead_sums: dict[tuple, set[tuple[str, str]]] = {}
        self._headings: dict[tuple, int] = {}
        self._heading_values: dict[tuple, tuple[int, Figure]] = {}  # (kind, value) → (its heading's end, figure)
        self._heading_ends: list[int] = []  # every subheading's end, in order
        self._heading_figures: dict[int, list[Figure]] = {}  # a subheading line's end → its figures
        self._restated: set[tuple] = set()  # (kind, value, heading end) of a subheading's figure said again under it
        # where a count stood that only numbers the names listed with it (D3): no figure, but still a class's count
        # for a bound before it (超亿元的乡镇达6个（康乐街办、…）: the bound names the class, dev s11_05)
        self._named_counts: set[int] = set()
        # ... and the sentence (by number) it was first said again in
        self._restated_at: dict[tuple[str, float | None, int], int] = {}
        self._wrap_width: int | None = None  # the width a hard-wrapped text's lines stop at (0: not wrapped)
        self._growth_list: tuple[int, int] | None = None  # (end, sign) of the last moved percent
        # (end, currency, per, move) of the last sum listed: the next item of its list shares them (_money_item_of)
        self._money_item: tuple[int, str, str, str] | None = None
        self._hedge_list: tuple[int, str, str | None] | None = None  # (end, qualifier, en) of a 分别约 list's item
        self._last_money: tuple[int, str, str] | None = None  # (end, currency, text) of the last sum
        # (where a share starts, the bound said before its base): 不到160亿美元的十分之一 bounds the share
        self._share_bound: tuple[int, Hedge] | None = None
        self._last_sum: tuple[int, str, float | None] | None = None  # (end, currency, value) of the last sum read
        # a share in tenths glossed by its exact percent in brackets (近三成（28.7%）): the bracket's span → where the
        # share and its hedge start, so the percent is read in the share's place (its change: 下降近三成 is a fall)
        self._glosses: list[tuple[int, int, int]] = []
        # a range whose first bound is glossed in brackets (_range_end): (inside the brackets, the second bound's start)
        self._aside: tuple[int, int] | None = None
        self._jump: dict[int, int] = {}  # a second bound's start → where the scan resumes (it is read already)
        self._gloss = (-1, -1)  # the brackets of the last such gloss: its sum is listed inside the range's span
        # a range from a fall to a rise (下滑1.9%到增长1.1%): where its first bound starts, and the fall's size
        self._mixed_range: tuple[int, float] | None = None

    # -- driver

    def run(self) -> list[Figure]:
        text = self.text
        pos = 0
        urls = [(u.start(), u.end()) for u in URL_RE.finditer(text)] if ("://" in text or "www." in text) else []
        runs = [(r.start(), r.end()) for r in LONG_NUMERAL_RUN_RE.finditer(text)]
        if runs:  # spans with no figure in them: URLs and over-long numeral runs, merged
            merged: list[tuple[int, int]] = []
            for a, b in sorted(urls + runs):
                if merged and a <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
                else:
                    merged.append((a, b))
            urls = merged
        skip_at = skip_to = checked = -1  # a run of plain numbers: where its unread middle starts and ends
        budget = None if self.limit is None else max(self.limit * _CANDIDATES_PER_FIGURE, _CANDIDATE_FLOOR)
        while self.limit is None or len(self.figures) < self.limit:
            m = FIGURE_RE.search(text, pos)
            if m is None:
                break
            if budget is not None:
                budget -= 1
                if budget < 0:
                    self.complete = False
                    break
            start = m.start()
            if start == skip_at:
                pos = skip_to
                continue
            if self._jump and start in self._jump:
                pos = self._jump.pop(start)
                continue
            if start > checked and "0" <= text[start] <= "9" and (plain := _PLAIN_RUN_RE.match(text, start)):
                checked = plain.end()
                items = [i.start() for i in _PLAIN_ITEM_RE.finditer(text, start, plain.end())]
                middle = [i for i in items[2:-_RUN_TAIL] if i >= start + _RUN_CONTEXT]
                if middle:
                    skip_at, skip_to = middle[0], items[-_RUN_TAIL]
            if urls:  # digits in a URL (?q=30%25, /2550541) are not figures
                i = bisect.bisect_right(urls, (m.start(), len(text))) - 1
                if i >= 0 and urls[i][0] <= m.start() < urls[i][1]:
                    pos = urls[i][1]
                    continue
            # which alternative matched, and an amount's groups, in one call (named lookups one by
            # one were a tenth of the time spent on a candidate)
            gs = m.group(*_RUN_GROUPS)
            if gs[0] is not None:  # date
                resume = self._date(m)
            elif gs[1] is not None:  # 百分之…
                resume = self._chinese_percent(m)
            elif gs[2] is not None:  # 五分之一
                resume = self._fraction(m)
            elif gs[3] is not None:  # 1/5
                resume = self._slash_fraction(m)
            elif gs[4] is not None:  # 四成
                resume = self._cheng(m)
            elif gs[5] is not None:  # 数以千计
                resume = self._shu_yi_ji(m)
            elif gs[6] is not None:  # 一半
                resume = self._half(m)
            elif gs[_SIGN_AT] is not None and (signed := _signed_fraction(text, m.end("sign"))) is not None:
                resume = signed  # 负三分之一, -1/3: the fraction reads its own sign (never the bare 负三, -1)
            else:
                resume = self._quantity(m, gs[7:])
            pos = max(resume, m.start() + 1)
        self.figures.sort(key=lambda f: f.start)
        if self._lead_end < len(text) and any(f.kind == "money" and f.start < self._lead_end for f in self.figures):
            self._drop_headline_sums()
        if any(f.qualifier in ("over", "under") for f in self.figures):
            self._drop_class_bounds()
        if _AMBIGUOUS_CURRENCY_RE.search(text):
            self._countries_currencies()
        return self.figures

    def _drop_headline_sums(self) -> None:
        """A headline's (the lead line's) sum with no currency written, stated in the body with one, is that one
        figure, the body's (the golds' D7; 智谱…刚完成314亿配售 / 刚完成314亿港元配售, geekpark: RMB 31.4 bn was listed
        beside HKD 31.4 bn). Only a value of three significant digits or more (314亿, 4146亿): a round sum (10亿, 5.5亿)
        may meet another by chance. The body's sum is said as exactly as the lead's: a hedge written with it (1.07亿元 /
        （约合人民币1.07亿元）, a conversion, figures44 dev 02) makes it other words, two entries (FIGURES_GOLD §5)."""
        named: set[float] = set()
        for f in self.figures:
            if (
                f.kind == "money"
                and f.start >= self._lead_end
                and f.unit
                and f.qualifier == "exact"
                and _NAMED_SUM_RE.search(f.text)
            ):
                named.add(_sum_key(f.value or 0))
        if not named:
            return
        kept = []
        for f in self.figures:
            if (
                f.kind == "money"
                and f.start < self._lead_end
                and f.qualifier == "exact"
                and not _NAMED_SUM_RE.search(f.text)
                and len(f"{abs(f.value or 0):.8e}".split("e")[0].replace(".", "").rstrip("0")) >= 3
                and _sum_key(f.value or 0) in named
            ):
                continue
            kept.append(f)
        self.figures[:] = kept

    def _countries_currencies(self) -> None:
        """A sum in a currency word several countries use (比索, 卢比, 里拉, 里亚尔, 镑) is in the currency of the
        country the text names (墨西哥…投资500亿比索: MXN, not the table's default PHP) only when that is the one
        country of the word its sentence names, or, its sentence naming none, the one the text names before it. A
        country named beside another (伦敦…古埃及雕像, 英国…苏丹红, 土耳其央行…意大利…: review s28 R1) says
        nothing of whose money the sum is, and the default stays."""
        text = self.text
        for i, f in enumerate(self.figures):
            if f.kind != "money":
                continue
            word = _AMBIGUOUS_CURRENCY_RE.search(text, f.start, f.end)
            if word is None or f.unit != CURRENCIES[word.group()]:
                continue  # a full name (墨西哥比索) or another currency already says whose
            table, countries = AMBIGUOUS_CURRENCY_WORDS[word.group()], _COUNTRY_OF_CURRENCY_RE[word.group()]
            left, right = self.sentences.bounds(word.start(), 200)
            named = {table[m.group()] for m in countries.finditer(text, left, right) if _names_country(text, m)}
            if not named:
                named = {
                    table[m.group()]
                    for m in countries.finditer(text, max(0, left - _COUNTRY_REACH), left)
                    if _names_country(text, m)
                }
            if len(named) != 1:
                continue
            code = named.pop()
            if code != f.unit:
                self.figures[i] = replace(f, unit=code, en=re.sub(rf"\b{f.unit}\b", code, f.en))

    def _drop_class_bounds(self) -> None:
        """A bound on a sum or a share that names a class whose members are then counted is no
        figure (跌幅超过50%的个股有102只, 金额超过10亿元的板块有20个, 营业收入超千亿元的开发区10个,
        财产超过10亿美元的人数, 209个财产超过10亿美元的顶尖富豪): only the count is. Counts themselves are kept
        (人口超过1亿人的省份)."""
        text = self.text
        counts = {f.start for f in self.figures if f.kind == "count"} | self._named_counts
        count_ends = {f.end for f in self.figures if f.kind == "count"}
        kept = []
        for i, f in enumerate(self.figures):
            if f.kind in ("money", "percent") and f.qualifier in ("over", "under"):
                m = _CLASS_AFTER_RE.match(text, f.end)
                if m is not None and (m["many"] or m.end() in counts):
                    continue
                # ... or the members counted first: 209个财产超过10亿美元的顶尖富豪 (a count, the noun it bounds
                # in at most three characters, the bound, 的; not 5家成為估值破10億美元的獨角獸, a verb between)
                if text[f.end : f.end + 1] == "的" and any(
                    f.start - k in count_ends and all(_is_han(c) for c in text[f.start - k : f.start])
                    for k in range(1, min(3, f.start) + 1)
                ):
                    continue
                if text[f.end : f.end + 1] == "的" and self._class_counted_later(f, i):
                    continue
            if (
                f.kind == "money"
                and f.qualifier in ("over", "under")
                and _CLASS_NOUN_COUNTED_RE.match(text, f.end) is not None
            ):
                continue  # 引进…超20亿元项目200个: the bound names a class of projects, then counted (no 的)
            if (
                f.kind in ("area", "count", "quantity")
                and f.qualifier in ("range", "over", "under")
                and self._in_breakdown(f)
            ):
                continue
            if (
                f.kind in ("money", "area")
                and f.qualifier in ("over", "under")
                and text[f.start : f.end].endswith(_BOUND_AFTER_TAIL)
                and _names_a_class(text, f.end, flats=self._flats)
            ):
                # 3000萬元以上的房子就比較難賣了, 主推58坪以上的4房格局: a threshold on each home's price or size naming
                # a class of homes, not a sum or an area (a sum said with a hedge before it, 總價破億元的豪宅, states
                # what such homes cost: a figure, as figures4's gold)
                continue
            kept.append(f)
        self.figures[:] = kept

    def _class_counted_later(self, f: Figure, i: int) -> bool:
        """总价低于千万元的行政区退至蛋壳区，共13区: the class the bound names (its noun right after 的) is counted
        later in the sentence by the noun's own measure word (区 of 行政区): the count is the figure, not the bound."""
        text = self.text
        noun = text[f.end + 1 : f.end + 7]
        sentence_end = self.sentences.bounds(f.end, 60)[1]
        for j in range(i + 1, len(self.figures)):  # (in text order: the figures after the bound, to its sentence's end)
            c = self.figures[j]
            if c.start >= sentence_end:
                break
            if c.kind != "count" or len(c.unit) != 1 or c.start <= f.end:
                continue
            at = noun.find(c.unit)
            # the count comes after the noun, in a later clause (…的行政区…，共13区); one inside the noun's six
            # characters is the deal's own (以超过10亿元的价格购入两幅地皮: review s28 R8)
            if (
                at > 0
                and all(_is_han(ch) for ch in noun[: at + 1])
                and c.start > f.end + 1 + at
                and _CLAUSE_BREAK_RE.search(text, f.end + 2 + at, c.start) is not None
            ):
                return True
        return False

    def _in_breakdown(self, f: Figure) -> bool:
        """按單位實用面積統計，75至99.9平方米的住宅…，50平方米以下、100平方米及以上的…: after "by floor area"
        the ranges and bounds name the classes a table is broken down into, not figures."""
        begin = max(0, f.start - 120)
        end_mark = SENTENCE_END_RE.search(self.text[begin : f.start][::-1])
        if end_mark:
            begin = f.start - end_mark.start()
        if not _CLASS_NAMED_RE.match(self.text, f.end):
            return False  # 按行业分，…企业超过3000家，: a bound that is what the clause states, a figure
        return _BREAKDOWN_RE.search(self.text, begin, f.start) is not None

    def _next_item(self, seen_start: int, f: Figure) -> bool:
        """The same value as the figure listed right before it, with only an enumeration comma between: the next item
        of a list (出口数量分别为44万吨、25万吨、25万吨: two years' 25万吨, figures22 06), not the figure said again."""
        last = self.figures[-1] if self.figures else None
        if last is not None and last.start == seen_start and self.text[last.end : f.start] == "、":
            return True
        # 其中2名逃生时…溺亡、1名在…溺亡、1名市隧道管理人员…殉职、2名中学生…溺亡: each item of an enumeration opens with
        # its number, the items joined by 、 and no other break: parts of a whole, not one said again (figures41 04)
        if f.kind != "count" or f.start - seen_start > _ITEMS_REACH:
            return False
        between = self.text[seen_start : f.start]
        return (
            self.text[f.start - 1 : f.start] == "、"
            and (
                self.text[seen_start - 1 : seen_start] in ("、", "中")
                or (self.text[seen_start - 1 : seen_start] in "（(" and self._partitioned(seen_start - 1, f))
            )
            and _CLAUSE_BREAK_RE.search(between) is None
        )

    def _partitioned(self, bracket: int, f: Figure) -> bool:
        """Whether the bracket at ``bracket`` splits a count listed right before it into parts, ``f`` one of them
        (3台10千伏…变压器（1台容量1250千伏安、1台容量1600千伏安）: two transformers of three, figures51
        dev-retired38 01); a bracket after no such count (“1+1+N”（1个…、1个…）) holds no partition."""
        whole = next((g for g in reversed(self.figures) if g.start < bracket), None)
        return (
            whole is not None
            and whole.kind == "count"
            and whole.unit == f.unit
            and (whole.value or 0) > (f.value or 0)
            and bracket - whole.end <= _ITEMS_REACH
            and _CLAUSE_BREAK_RE.search(self.text, whole.end, bracket) is None
        )

    def _same_phrase(self, seen_start: int, f: Figure) -> bool:
        """Whether the noun phrases after the count listed at ``seen_start`` and after ``f`` open with the same words,
        two at most (12个项目，12个项目; 55條惠台政策第一砲…55條惠台政策後; 两家工厂…两家工厂生产): not two nouns
        that only open alike (污水处理厂 / 污水提升泵站, 空气增压机 / 空气压缩机)."""
        seen = next((g for g in reversed(self.figures) if g.start == seen_start), None)
        if seen is None:
            return True
        a, b = _counted_phrase(self.text, seen.end), _counted_phrase(self.text, f.end)
        n = min(2, len(a), len(b))
        return a[:n] == b[:n]

    def _said_before(self, f: Figure, sentence: int) -> tuple[int, int] | None:
        """(sentence, start) of the count listed last in ``f``'s sentence with its unit and value, if any."""
        for g in reversed(self.figures):
            if bisect.bisect_left(self.sentences.ends, g.start) != sentence:
                break
            if g.kind == "count" and g.unit == f.unit and g.value == f.value:
                return sentence, g.start
        return None

    def _spec_after(self, f: Figure) -> bool:
        """Whether a count of things is followed by a number, the size of each (3台10千伏…变压器, 2台500千瓦发电机):
        the things are named after their size, so the count is keyed by it as by a noun (3台循环水塔风扇…3台10千伏
        配电变压器 in one sentence are two counts, figures51 dev-retired38 01)."""
        return f.unit in THING_MEASURES and self.text[f.end : f.end + 1].isdigit()

    def _names_its_noun(self, f: Figure) -> bool:
        """Whether a count of things names what it counts in a noun right after its measure word (两条主轴…两条联络线,
        1台空气增压机…1台氮气增压机, 这两家工厂…两家机床制造商…两家工厂: each the count of its own noun, told apart
        as 个's counts are, and the same noun again is the same count); a word of another kind after it names nothing
        (该5项违反…行为, 22城首批…22城总出让金额: one count said again). People are not told apart so (二人…二人,
        两名青少年…两名获得; 名 and 位 list items: _PEOPLE_UNITS); 次 has its own rule."""
        unit, text = f.unit, self.text
        if not unit or unit in _PEOPLE_UNITS or unit in _NAMED_PEOPLE_UNITS or unit == "次":
            return False
        if not _is_han(text[f.end : f.end + 1]):
            return False
        words = segment.tag(text[f.end : f.end + 6])
        return bool(words) and words[0][1].startswith("n")

    def _repeats(self, f: Figure) -> bool:
        """True when ``f`` restates a figure already listed: the same figure earlier in
        the same sentence (within 400 characters: a megabyte with no full stop is not
        one statement), or in the lead paragraph in the same words. Checked as figures
        are added, so ``limit`` counts what is listed."""
        if f.kind == "date":
            return False
        # people counted with no measure word differ by what they are (3死3伤: 3 dead, 3 injured)
        named = f.en if f.kind == "count" and not f.unit else ""
        key = (f.kind, f.unit, f.value, f.low, f.high, f.qualifier, named)
        sentence = bisect.bisect_left(self.sentences.ends, f.start)
        # 个 names nothing: in one sentence 145个住宿和 145个日间名额, 4个园区、4个“两山”基地
        # are two figures, told apart by what follows (12个项目，12个项目 is one)
        counted = ""
        noun_keyed = f.kind == "count" and (f.unit == "个" or self._names_its_noun(f) or self._spec_after(f))
        if noun_keyed:
            counted = self.text[f.end : f.end + 2]
        elif (
            f.kind == "count"
            and f.unit == "次"
            and _is_han(self.text[f.end : f.end + 1])
            and self.text[f.end] not in _ADVERB_AFTER
            and not _FINANCIAL_ONLY.intersection(self.original[f.start : f.end])  # (伍次友: a name)
        ):
            # 14次新闻发布会…14次即场访问: occasions of two things, told apart by what each is (figures14 dev 01)
            counted = self.text[f.end : f.end + 2]
        elif (
            (
                f.kind in ("count", "area", "quantity")
                or (f.kind == "percent" and f.qualifier in ("over", "under"))
                or (f.kind == "percent" and _SHARE_IN_BRACKET_RE.search(self.text, max(0, f.start - 3), f.start))
            )
            and f.unit
            and f.unit not in _PEOPLE_UNITS
            and f.start >= 3
        ):
            # (a bound on a share is a list item too: 中环以内区域不低于60%，…重点区域不低于60%; and a share in
            # brackets after each item's name: 应用及相关标准（占比20%）、…理论及相关标准（占比20%）, figures44 05)
            # 绿色工厂31家，新建绿色矿山31家, 李子30亩、沙果30亩, 四川省（17家）、…北京市（3家）、上海市（3家）:
            # list items, what each counts named right before its number (or its bracket)
            text = self.text
            share = _SHARE_IN_BRACKET_RE.search(text, max(0, f.start - 3), f.start) if f.kind == "percent" else None
            before = share.start() if share else f.start - (text[f.start - 1] in "（(")
            if text[f.end : f.end + 1] in _ITEM_END or (before < f.start and text[f.end : f.end + 1] in "）)"):
                if share:
                    # the whole item named before the bracket (…原理及相关标准 / …应用及相关标准 end alike)
                    counted = _ITEM_BREAK_RE.split(text[max(0, before - 30) : before])[-1]
                elif _is_han(text[before - 1]):
                    # 山西省 and 江西省; 占地面积为2600平方米 and the floor area beside it (figures46 10, two areas of
                    # one building): the item's name, up to six characters back to the break before it
                    counted = _ITEM_BREAK_RE.split(text[max(0, before - 6) : before])[-1]
        seen = self._last.get((key, counted))
        if seen is not None and noun_keyed and not self._same_phrase(seen[1], f):
            seen = None  # 2座污水处理厂、2座污水提升泵站: two nouns that open alike, two counts (review s46 R6)
        if (
            seen is None
            and f.kind == "count"
            and f.start >= 2
            and _BACK_REFERENCE_RE.search(self.text, f.start - 2, f.start)
        ):
            # 3家医院参与试点，这3家三甲医院: the count said before, referred back to, whatever modifier its noun now
            # has (review s46 R13)
            seen = self._said_before(f, sentence)
        if seen is None and f.kind == "count" and f.unit in _NAMED_PEOPLE_UNITS and f.start >= 2:
            if _BACK_REFERENCE_RE.search(self.text, f.start - 2, f.start):
                # 虛報四名…本澳居民…為該四人繳交供款: the same people referred back to, whatever their measure word
                for unit in _NAMED_PEOPLE_UNITS - {f.unit}:
                    seen = seen or self._last.get(((*key[:1], unit, *key[2:]), counted))
        if seen is None and f.qualifier in ("exact", "approx") and self.figures:
            # 占到了33%…大約占了33%: one value restated right after itself in its sentence, with "about" added or
            # dropped, is one figure (增长2%，…4.6%左右，…涨幅2%左右: other figures between, two facts)
            other = "approx" if f.qualifier == "exact" else "exact"
            seen = self._last.get(((*key[:5], other, key[6]), counted))
            seen = seen if seen is not None and seen[1] == self.figures[-1].start else None
        if (
            seen
            and seen[0] == sentence
            and f.start - seen[1] <= _SENTENCE_CAP
            and not self._told_apart(seen[1], f)
            and not self._next_item(seen[1], f)
        ):
            heading = self._heading_values.get((f.kind, f.value))
            if heading is not None:  # (a 【headline】's figure said again in its own sentence: as said, no rounding)
                self._restated.add((f.kind, f.value, heading[0]))
            return True
        core = _LEADING_WORDS_RE.sub("", f.text)  # 大涨超420% and 涨超420% both say 420%
        heading_end = self._headings.get((key, core))
        # ... but not a line like a heading itself (a table's rows: 每组最多两人，费用每组澳门元五十元 on
        # each activity's line are each activity's figures)
        line_end = self._heading_line_end(f.start)
        if (
            heading_end is not None
            and 0 <= f.start - heading_end <= _HEADING_REACH
            and line_end is None
            and not self._sibling_item(heading_end, f.start)
        ):
            # a subheading's figure, stated again in the text under it, up to the next subheading
            # (a roundup's next item: 《上海》55条惠台政策… 《浙江》31项…上海市的55条 is listed again)
            later = bisect.bisect_right(self._heading_ends, heading_end)
            # once, as _heading_restated: said again in a later sentence under it, it is stated again (（5）…收购
            # 某公司 100%股权 / …持有的某公司 100%股权…。…持有某公司 100%股权: two entries, FIGURES_GOLD §5)
            said = self._restated_at.get((f.kind, f.value, heading_end))
            if (later == len(self._heading_ends) or self._heading_ends[later] > f.start) and (
                said is None or said == sentence
            ):
                self._restated.add((f.kind, f.value, heading_end))
                self._restated_at.setdefault((f.kind, f.value, heading_end), sentence)
                return True
        if line_end is None and self._heading_restated(f):
            # 广州将分批发放1.3亿人民币消费券 / …共计1.3亿元（人民币，下同）: the heading's figure in other words under
            # it, the same value, unit and hedge, is one figure (the golds' D7)
            restated = (f.kind, f.value, self._heading_values[(f.kind, f.value)][0])
            self._restated.add(restated)
            self._restated_at.setdefault(restated, sentence)
            return True
        if line_end is None:
            self._restated_heading(f)
            self._rounded_heading(f)
        small = abs(f.value or 0) < 10_000  # 0.3%, 150元 recur as different facts
        if not small and f.kind in _AMOUNTS and self._restated_next(key, sentence, f):
            return True
        # ... unless the figure's own words say which (同比增长2.5% in the lead and the body)
        said = len(f.text) - len(core) >= 4
        context = self._before(f.start) if small and not said else ""
        if (
            f.start >= self._lead_end
            and not self._lead_is_item
            and (key, lead_words := _lead_words(f)) in self._in_lead
            and (f.kind, f.value, self._lead_end) not in self._restated
        ):
            if (
                context in self._in_lead[(key, lead_words)]
                and not self._parallel_record(f.start)
                and not self._reached_from(f.start)
                and self._same_sum_said(f, (key, lead_words))
            ):
                return True
        self._last[(key, counted)] = (sentence, f.start)
        if line_end is not None:
            self._add_heading(key, core, line_end)
            self._heading_values[(f.kind, f.value)] = (line_end, f)
            self._heading_figures.setdefault(line_end, []).append(f)
        inline_end = self._inline_heading_end(f.start, f.end)
        if inline_end is not None:
            self._add_heading(key, core, inline_end)
        if f.start < self._lead_end:
            self._in_lead.setdefault((key, _lead_words(f)), set()).add(context)
            if f.kind == "money":
                self._lead_sums.setdefault((key, _lead_words(f)), set()).add((f.text, self._head_before(f.start)))
        return False

    def _same_sum_said(self, f: Figure, lead: tuple) -> bool:
        """A lead's sum said again in the body with its currency named or left out is one entry (FIGURES_GOLD §5,
        6.18万亿元 / 6.18万亿元人民币) when the words before both name the same thing: their last character past
        the function words (了, 为, 共计 …), the head of a Chinese compound, is the same (总额1000万元人民币 /
        总金额1000万: 额; 罚款9万 / 罚款共计9万元: 款). Another head is another fact of that size (投资2亿元 / 补贴2亿:
        an investment and a subsidy, review s36). Written the same, the sum needs no more (the rule's other words
        decide)."""
        said = self._lead_sums.get(lead)
        if f.kind != "money" or not said or any(text == f.text for text, _ in said):
            return True
        head = self._head_before(f.start)
        return bool(head) and any(before == head for _, before in said)

    def _head_before(self, start: int) -> str:
        """The last character of the word before a sum, past the function words between them (该项目共投资了2亿,
        总投资为2亿, 被罚款共计9万: 资, 资, 款; review s37 R3): the head of what the sum is of."""
        words = _NON_WORD_RE.sub("", self.text[max(0, start - 12) : start])
        return _FUNCTION_TAIL_RE.sub("", words)[-1:]

    def _reached_from(self, start: int) -> bool:
        """Whether the figure at ``start`` ends a change whose start was just listed as a new figure
        (奖金从3.49亿美元累积至4.3亿美元 after the lead's 4.3亿美元): the pair is a new statement. A pair said again
        whole (罰款由320元增至400元 in the lead and the body: its start a repeat too) is not."""
        m = _REACHED_FROM_RE.search(self.text, max(0, start - 30), start)
        return m is not None and bool(self.figures) and m.start() < self.figures[-1].start < start

    def _restated_next(self, key: tuple, sentence: int, f: Figure) -> bool:
        """A large amount said again in the next sentence of its paragraph after the same words (进出口总值37.31万亿元，
        外贸实现平稳增长。据海关统计，…进出口总值37.31万亿元，同比增长3.6%): one figure, restated (tester s25 T3).
        The words tell it from a new fact: the later sentence's words before it (less an attribution opening it,
        据海关统计，) are the end of the earlier's, at least _RESTATED_WORDS characters; parallel items with words of
        their own (绩效跟踪评价的…项目4个，涉及预算金额598.42万元；绩效自评的…598.42万元) are no restatement, and a line
        between them (parallel records: 爰凍結該項預算50萬元 in each motion) ends it."""
        words = self.text[self.sentences.bounds(f.start, 200)[0] : f.start]
        said = self._said.get(key)
        self._said[key] = (sentence, f.start, words)
        if said is None or not 0 < sentence - said[0] <= 1 or "\n" in self.text[said[1] : f.start]:
            return False
        own = _ATTRIBUTION_OPENING_RE.sub("", words.lstrip())
        return len(own) >= _RESTATED_WORDS and said[2].endswith(own)

    def _parallel_record(self, start: int) -> bool:
        """Whether the paragraph holding ``start`` opens with the lead's words, the lead being longer than any
        headline and two or more paragraphs opening so (one, after a lead too long for a summary): a list of
        parallel records (a committee's motions, each
        '114年度…預算案於第2目…爰凍結該項預算50萬元'), not a body restating its lead."""
        if len(self._lead_opening) < _PARALLEL_OPENING:
            return False
        begin = self.text.rfind("\n", 0, start) + 1
        if not self.text.startswith(self._lead_opening, begin):
            return False
        # a lead too long for a summary is a record itself; after a summary, a record says something of its own
        # (第2目, another sum): a paragraph opening with the outlet's formula (a statistics bureau's 'data show')
        # whose numbers are all the lead's restates it (review s17 R7)
        if self._lead_is_record:
            return True
        end = self.text.find("\n", start)
        own = _DIGITS_RE.findall(self.text, begin, end if end >= 0 else len(self.text))
        return not self._lead_numbers.issuperset(own)

    def _heading_restated(self, f: Figure) -> bool:
        """Whether ``f`` says again, in other words, the figure of the subheading right above it (same kind,
        value, unit and qualifier)."""
        found = self._heading_values.get((f.kind, f.value))
        if found is None or f.kind not in ("money", "percent", "area", "count", "quantity"):
            return False
        heading_end, h = found
        if not 0 <= f.start - heading_end <= _HEADING_REACH or h.qualifier != f.qualifier:
            return False
        if self._sibling_item(heading_end, f.start):
            return False
        if (
            h.unit != f.unit
            and not (f.kind == "count" and {h.unit, f.unit} <= _NAMED_PEOPLE_UNITS)
            and not (f.kind == "money" and self._currency_written(h) and not self._currency_written(f))
        ):
            # (救起14人 / 救起14名…: the same people, whatever their measure word; 逾700万人民币 / 超过700万元: the
            # heading's sum, its currency not said again)
            return False
        # in the paragraph right under it (a digest's next item, under a heading too long to be read as one, may
        # state the same sum of another company)
        if "\n" in self.text[heading_end + 1 : f.start]:
            return False
        # once: said again in a later sentence under it, it is stated again (近130位 / 向近130名…。据报道，近130名…)
        said = self._restated_at.get((f.kind, f.value, heading_end))
        return said is None or said == bisect.bisect_left(self.sentences.ends, f.start)

    def _restated_heading(self, f: Figure) -> None:
        """A subheading's figure said again under it with another hedge, or with its currency where the heading
        left it as written (筹集27亿元 / 筹集…约27亿新元; 1.09亿美元 / 约1.09亿美元): one figure, listed as the
        text under it states it (gold of figures8 and figures9): the heading's is taken out."""
        if f.kind not in ("money", "percent", "area", "count", "quantity") or f.value is None:
            return
        found = self._heading_values.get((f.kind, f.value))
        if found is None:
            return
        heading_end, h = found
        if not 0 <= f.start - heading_end <= _HEADING_REACH or self._sibling_item(heading_end, f.start):
            return
        # (中国花3000亿支持就业 / 花逾3000亿元（人民币，下同）: a heading's sum with no currency written took the
        # text's region's, the text under it names its own)
        if h.unit not in ("", f.unit) and not (h.kind == "money" and not self._currency_written(h)):
            return
        later = bisect.bisect_right(self._heading_ends, heading_end)
        if later < len(self._heading_ends) and self._heading_ends[later] <= f.start:
            return  # another subheading between: another item's figure
        # only "about" or "at least" added under it, or the currency or measure word named under it (逾3万游客 /
        # 超过3万名游客; 26名医院领导落马 / 至少有26名: 接待逾3万 / 26名 said in full); a bound the other way or
        # another hedge is another figure
        if h.qualifier != f.qualifier and (h.qualifier != "exact" or f.qualifier not in ("exact", "approx", "over")):
            return
        if (f.qualifier == "over" or h.qualifier != "exact") and "\n" in self.text[heading_end + 1 : f.start]:
            return  # a bound in a later paragraph (…4人死亡 / 另一段: 造成至少4人死伤的事故): another figure
        if (h.qualifier, h.unit) != (f.qualifier, f.unit) and h in self.figures:
            self.figures.remove(h)
            del self._heading_values[(f.kind, f.value)]

    def _currency_written(self, f: Figure) -> bool:
        """Whether a money figure's own words name its currency (a name, a symbol or a code), not 元 alone."""
        words = self.text[f.start : f.end]
        return SUFFIX_CURRENCY_RE.search(words) is not None or _SYMBOL_OR_CODE_RE.search(words) is not None

    def _rounded_heading(self, f: Figure) -> None:
        """A subheading's round figure that the paragraph right under it states precisely (超1.3万亿元 / 达到13323亿元,
        近200亿元 / 199.1亿元, 2148万个 / 2148.1万个, 逾亿港元 / 1.18亿港元): one figure, listed as the text under it
        states it (the golds' convention: a rounding title gives one figure); the heading's is taken out. The precise
        value must round to the heading's within its last written digit, on the side its hedge says."""
        if f.kind not in ("money", "percent", "area", "count", "quantity") or f.value is None:
            return
        if f.qualifier not in _PRECISE and f.qualifier not in _BOUNDS:
            return
        at = bisect.bisect_right(self._heading_ends, f.start) - 1
        if at < 0:
            return
        heading_end = self._heading_ends[at]
        found = self._heading_figures.get(heading_end)
        if not found or f.start - heading_end > _HEADING_REACH or "\n" in self.text[heading_end + 1 : f.start]:
            return
        for h in found:
            if (h.kind, h.value, heading_end) in self._restated:
                continue  # 上调…至5% / 预计将增长5%，比此前4.6%: the heading's figure was said again as it is
            same_unit = h.unit == f.unit or (f.kind == "count" and {h.unit, f.unit} <= _NAMED_PEOPLE_UNITS)
            if f.qualifier in _BOUNDS:
                # 逾392万人次 / 逾392.2万: the same bound, stated to more digits under it (figures11 dev-retired12 18)
                said = f.qualifier == h.qualifier and _rounds_to(f.value, h.value, h.qualifier)
            else:
                # 超4.24亿人次 / 查验出入境人员4.24亿人次: the heading's bound on the very value the text under it
                # states (figures34 dev 08, figures11 dev 29, figures31 dev 03), or a value that rounds to it; not a
                # bound whose hedge stands apart from its number (又破4新元 / 再次突破每公升4元, figures28 07)
                clause = _CLAUSE_SPLIT_RE.split(self.text[max(0, f.start - 8) : f.start])[-1]
                said = (
                    h.qualifier in _BOUNDS and f.value == h.value and not _BOUND_BEFORE_RE.search(clause)
                ) or _rounds_to(f.value, h.value, h.qualifier)
            if h.kind == f.kind and same_unit and h.value and said:
                if h in self.figures:
                    self.figures.remove(h)
                found.remove(h)
                # its words said again later (升至24%以上 / 至24.5%。…再度超过24%) are the text's own statement now
                for key in [k for k, end in self._headings.items() if end == heading_end and k[0][2] == h.value]:
                    del self._headings[key]
                if self._heading_values.get((h.kind, h.value), (None, None))[1] is h:
                    del self._heading_values[(h.kind, h.value)]
                return

    def _told_apart(self, before: int, f: Figure) -> bool:
        """Two statements of one value in a sentence are two facts when what lies between says so: a year
        (新生儿在2016年是1,700多万,2017年还能保持1,700多万)."""
        if _YEAR_BETWEEN_RE.search(self.text, before, f.start) is not None:
            return True
        if f.kind == "percent" and self._nominal_and_real(before, f.start):
            return True  # 同比名义增长13.7%，扣除价格因素同比实际增长13.7%: two measures of one growth
        if f.kind == "percent" and _NEXT_YEAR_BETWEEN_RE.search(self.text, before, f.start) is not None:
            return True
        if any(c in self.text[before : f.start] for c in "+＋"):
            return True  # 1名+臺中市民專屬1名: addends of one total, two prizes
        # (the verb before the number, or the one its text opens with: 再調低25基點)
        moved = _growth_before(self.text, f.start)
        verb_at = moved[1] if moved else f.start if _GROWTH_OPENS_RE.match(self.text, f.start) else -1
        if verb_at >= 0 and _AGAIN_BEFORE_RE.search(self.text, max(0, verb_at - 2), verb_at):
            return True  # 9月中調低…25基點，並在11月初…再調低25基點: "again" before the second move, a second act
        if (
            f.kind == "percent"
            and _TO_LEVEL_BEFORE_RE.search(self.text, max(0, f.start - 3), f.start)
            and not _TO_LEVEL_BEFORE_RE.search(self.text, max(0, before - 3), before)
        ):
            return True  # 波蘭…比率4%，…韓國…預計十年內要拉到4%: a level said, then another's target reached: two facts
        if self._from_level(f.start, f.end) and _INCREMENT_BEFORE_RE.search(self.text, max(0, before - 6), before):
            # 購得額外10%權益，…權益佔比自10%增為20%: an amount added, then the level a change starts from: two facts
            # (共有3050公頃…已由3050公頃增至3278公頃: the level said, then the change from it, is one)
            return True
        if f.kind == "count" and self._partition_items(before, f):
            return True  # 其中有6宗流拍，6宗中止出让，1宗延迟出让: parts of a whole, each said of another thing
        if f.kind in ("percent", "quantity") and self._own_subjects(before, f):
            return True  # 纳指涨0.43%，标普500指数涨0.43%: the same move of two subjects, two facts (tester s25 T2)
        if f.kind == "money" and self._two_measures(before, f):
            return True  # 投标量3125亿元，中标量3125亿元: two measures named, each its own sum of that size
        if f.kind == "money" and self._two_verbs(before, f):
            return True  # 減列200萬元並凍結200萬元: cut by one sum and freeze another of the same size, two facts
        prev = next((g for g in reversed(self.figures[-4:]) if g.start == before), None)
        if (
            prev is not None
            and _JOINED_NOUN_RE.fullmatch(self.text, prev.end, f.start)
            and self.text[prev.end : prev.end + 2] != self.text[f.end : f.end + 2]
        ):
            return True  # 83%乘客及83%司機: the same share of two groups, two facts
        # ... or, in a list, a share of another sum on each item (340亿美元加25%税率、160亿美元加25%关税)
        return (
            f.kind == "percent"
            and "、" in self.text[before : f.start]
            and any(before < g.start < f.start and g.kind == "money" for g in self.figures[-4:])
        )

    def _from_level(self, start: int, end: int) -> bool:
        """The figure at ``start``..``end`` is the level a change starts from (自10%增为20%, 由5.75厘下跌至4.75厘)."""
        if _FROM_LEVEL_BEFORE_RE.search(self.text, max(0, start - 2), start) is None:
            return False
        fig = next((g for g in reversed(self.figures[-4:]) if g.start == start), None)
        return _FROM_LEVEL_AFTER_RE.match(self.text, fig.end if fig else end) is not None

    def _own_subjects(self, before: int, f: Figure) -> bool:
        """Two equal shares or quantities in one sentence, each in its own clause or list item after words of its
        own naming what it is of, and those differ: two subjects with the same figure, two facts (道指涨0.98%，纳指涨
        0.43%，标普500指数涨0.43%; 家庭设备…价格上涨1.9%、医疗保健…价格上涨1.9%; 惠州1200万吨炼油、广州石化1200万吨炼油:
        tester s25 T2, s26 U8, the lead's call). The items are parallel: the same verb before each figure and, where
        words follow, the same words after it (买下ASVEL的20%股份…再买入20%的股份 is one stake said twice, as the gold
        lists it). A figure whose clause names nothing before its verb (…，增速1.9%) says the first again."""
        text = self.text
        prev = next((g for g in reversed(self.figures[-4:]) if g.start == before), None)
        if prev is None or f.qualifier == "range" or not _PHRASE_BREAK_RE.search(text, prev.end, f.start):
            return False  # (设定在60%到70%，尽量保障在60%到70%的…: a range said again of one thing)

        def head(start: int) -> tuple[str, str]:  # (subject, verb): the Han words right before the number
            found = _ITEM_HEAD_RE.search(text, max(0, start - 24), start)
            words = found.group() if found else ""
            verb = _VERB_TAIL_RE.search(words)
            return (words[: verb.start()], verb.group()) if verb else (words, "")

        (first, verb1), (second, verb2) = head(before), head(f.start)
        # (with the words a figure's text opens with: 大概有16% and 其实是16% are no two items of one list)
        verb1 += _LEADING_WORDS_RE.match(prev.text).group() if _LEADING_WORDS_RE.match(prev.text) else ""
        verb2 += _LEADING_WORDS_RE.match(f.text).group() if _LEADING_WORDS_RE.match(f.text) else ""
        after1, after2 = text[prev.end : prev.end + 2], text[f.end : f.end + 2]
        if verb1 != verb2 or (_is_han(after1[:1]) and _is_han(after2[:1]) and after1 != after2):
            return False
        return len(first) >= 2 and len(second) >= 2 and first != second and not _BACK_REFERENCE_RE.search(second[:1])

    def _two_measures(self, before: int, f: Figure) -> bool:
        """A sum in its own clause right after the name of what it measures (a noun ending in 量 or 额, nothing
        between), after an equal sum that named another or none: 开展了3125亿元…操作，…，投标量3125亿元，中标量3125亿元
        (figures40 dev 02) are three facts."""
        text = self.text
        if not _CLAUSE_BREAK_RE.search(text, before, f.start):
            return False
        first = _MEASURE_NAMED_RE.search(text, max(0, before - 8), before)
        second = _MEASURE_NAMED_RE.search(text, max(0, f.start - 8), f.start)
        return second is not None and (first is None or first.group() != second.group())

    def _two_verbs(self, before: int, f: Figure) -> bool:
        """Two equal sums joined by 并/且, each right after its own verb, the verbs differing: two acts on two sums
        of one size (减列200万元并冻结200万元), not one sum said twice."""
        prev = next((g for g in reversed(self.figures[-4:]) if g.start == before), None)
        if prev is None or prev.start < 2:
            return False
        m = _SECOND_VERB_RE.fullmatch(self.text, prev.end, f.start)
        first = self.text[prev.start - 2 : prev.start]
        return m is not None and all(_is_han(c) for c in first) and first != m["verb"]

    def _nominal_and_real(self, before: int, start: int) -> bool:
        """A nominal rate and a real one (名义增长…实际增长, 名义…实质) are two facts even when equal."""
        text = self.text
        first = text[max(0, before - 8) : before]
        between = text[before:start]
        return ("名义" in first and ("实际" in between or "实质" in between)) or (
            "名义" in between and ("实际" in first or "实质" in first)
        )

    def _partition_items(self, before: int, f: Figure) -> bool:
        """Two equal counts in one sentence, each in its own clause and each followed at once by what it is or
        what happened to it, and those words differ (6宗流拍，6宗中止出让): two parts of a whole, two facts."""
        prev = self.figures[-1] if self.figures and self.figures[-1].start == before else None
        if prev is None or prev.kind != "count" or f.unit in _PEOPLE_UNITS:
            return False  # 二人…二人: the same two people, said twice; another figure between: a reference back
        if _BACK_REFERENCE_RE.search(self.text, max(0, f.start - 2), f.start):
            return False  # 把5項違反法例行為…，該5項行為包括: the same five, referred back to
        if not _CLAUSE_SPLIT_RE.search(self.text, prev.end, f.start):
            return False
        said, says = self.text[prev.end : prev.end + 2], self.text[f.end : f.end + 2]
        return said != says and all(_is_han(c) for c in said + says)

    def _heading_line_end(self, start: int) -> int | None:
        """The end of the line holding ``start`` when it reads as a subheading (补贴近70亿元帮助逾万家
        企业): at most 40 characters with no sentence end; else None. Only 41 characters either side
        are searched, so a megabyte line without breaks costs the same per figure as a short one."""
        text = self.text
        bracketed = self._bracketed_headline_end(start)
        if bracketed is not None:
            return bracketed
        reach = max(0, start - 41)
        line_start = text.rfind("\n", reach, start) + 1
        if not (line_start or reach == 0):
            return None
        limit = min(len(text), line_start + 41)
        line_end = text.find("\n", start, limit)
        line_end = len(text) if line_end < 0 and limit == len(text) else line_end
        # a numbered item's heading may end in a full stop: （六）地方财政收入增速达到19.8%。
        heading_end = line_end - (
            line_end > 0 and text[line_end - 1] == "。" and bool(_ENUM_HEAD_RE.match(text, line_start))
        )
        if 0 <= line_end - line_start <= 40 and not SENTENCE_END_RE.search(text, line_start, heading_end):
            if line_end > 0 and text[line_end - 1] in "：:":
                return None  # …接獲5宗流感樣疾病群集性感染報告，具體如下：  a line that opens a list, no heading
            if self._wrapped_line(line_start, line_end) or (
                line_start >= 2 and self._wrapped_line(text.rfind("\n", 0, line_start - 1) + 1, line_start - 1)
            ):
                return None  # a hard-wrapped line, or the one its sentence runs on to: no subheading
            return line_end
        return None

    def _sibling_item(self, heading_end: int, start: int) -> bool:
        """Whether ``start`` lies in a later numbered item of the list whose item is the subheading ending at
        ``heading_end`` (（一）…处1万元以上3万元以下罚款。 / （二）…处1万元以上3万元以下罚款；…): a parallel item with
        a fact of its own, not text under that item (figures37 dev-retired31 07). Lines are looked for within
        _ITEM_REACH characters (a megabyte line costs the same per figure as a short one)."""
        text = self.text
        line_start = text.rfind("\n", max(0, start - _ITEM_REACH), start) + 1
        if line_start <= heading_end or not _ENUM_HEAD_RE.match(text, line_start):
            return False
        item_start = text.rfind("\n", max(0, heading_end - _ITEM_REACH), heading_end) + 1
        return _ENUM_HEAD_RE.match(text, item_start) is not None

    def _bracketed_headline_end(self, start: int) -> int | None:
        """A flash's headline in 【】 that opens its line, its body run on after it (【联华电子5月份营收6.2亿美元 创下
        新高】联华电子官网…，折合约6.2亿美元): a subheading, its end the closing 】, when ``start`` is inside it
        and it holds no sentence end (figures31, 新浪财经 7x24). Else None."""
        text = self.text
        line_start = text.rfind("\n", max(0, start - _BRACKET_HEADLINE), start) + 1
        if text[line_start : line_start + 1] != "【" or (line_start == 0 and start > _BRACKET_HEADLINE):
            return None
        close = text.find("】", start, line_start + _BRACKET_HEADLINE)
        if close < 0 or "【" in text[line_start + 1 : close] or SENTENCE_END_RE.search(text, line_start, close):
            return None
        return close

    def _wrapped_line(self, line_start: int, line_end: int) -> bool:
        """A line that reaches the width most long lines of a hard-wrapped text stop at (a PDF's, a submission's:
        3. 強烈建議將配額提升至最少 30,000 個為了在保障市民安全、引入合理), its sentence going on on the next line. A
        text is hard-wrapped when at least half its long lines stop within a few columns of one width."""
        text = self.text
        if line_end - line_start < _WRAPPED_LINE or line_end >= len(text) or text[line_end - 1] in CLAUSE_BREAK:
            return False
        if text.endswith(_CUT_MARKS, line_start, line_end):
            return False  # a standfirst a site cut at a fixed length ('…截至上午10...'): its line ends there
        if self._wrap_width is None:  # measured once, when a long line is first asked about
            widths = [_display_width(line) for line in text.split("\n") if len(line) >= _WRAPPED_LINE]
            wrap = Counter(widths).most_common(1)[0][0] if widths else 0  # (one pass: review s14 R17)
            band = sum(wrap - 2 * _WRAP_SLACK <= w <= wrap + 1 for w in widths)
            self._wrap_width = wrap if band >= _WRAP_PEERS + 1 and 2 * band >= len(widths) else 0
        wrap = self._wrap_width
        return bool(wrap) and wrap - 2 * _WRAP_SLACK <= _display_width(text[line_start:line_end]) <= wrap + 1

    def _add_heading(self, key: tuple, core: str, end: int) -> None:
        self._headings[(key, core)] = end
        if not self._heading_ends or self._heading_ends[-1] < end:
            self._heading_ends.append(end)
        elif end not in self._heading_ends:
            bisect.insort(self._heading_ends, end)

    def _inline_heading_end(self, start: int, end: int) -> int | None:
        """A subheading run into the text, as pages whose paragraphs were joined by a space
        give it (…受惠。 陳其邁支持度56.2%領先 根據民調…): after a sentence end and a space,
        at most 40 characters with no punctuation, then a space. Its end, else None."""
        text = self.text
        space = text.rfind(" ", max(0, start - 41), start)  # the heading itself has no space
        if space >= 1 and text[space - 1] in SENTENCE_OR_CLAUSE_END + "\n" + CLOSE_BRACKET:
            # a roundup's item headline, ended by a run of spaces (HKET: …（00316） 滙豐上調東方海外
            # (00316.HK)目標價125元  評級「持有」 滙豐環球…目標價由115元升至125元): no clause in it
            right = text.find("  ", end, min(len(text), space + 43))
            if right >= 0 and not _CLAUSE_MARK_RE.search(text, space + 1, right):
                return right
        if space < 1 or text[space - 1] not in SENTENCE_OR_CLAUSE_END + "\n":
            return None
        mark = space - 1
        right = text.find(" ", end, min(len(text), mark + 43))
        if right < 0 or right - mark - 2 > 40 or _HEADING_PUNCT_RE.search(text, mark + 2, right):
            return None
        if " " in text[mark + 2 : right] or text[right + 1 : right + 2] == " ":
            return None  # text spaced out character by character (a PDF's): no subheading
        return right

    def _before(self, start: int) -> str:
        """The two characters before a figure, punctuation and spaces skipped."""
        window = _NON_WORD_RE.sub("", self.text[max(0, start - 6) : start])
        return window[-2:]

    def add(
        self,
        kind: str,
        start: int,
        end: int,
        value: float | None,
        en: str,
        *,
        unit: str = "",
        qualifier: str = "exact",
        low: float | None = None,
        high: float | None = None,
    ) -> None:
        if self.figures and self.figures[-1].end > start and self.figures[-1].start <= start:
            if not self._gloss[0] <= start < self._gloss[1]:
                return  # one figure per span (but a range's first bound's equivalent, glossed in brackets)
        if _LOST_GLYPH_RE.match(self.text, end) or _LOST_GLYPH_BEFORE_RE.search(self.text, max(0, start - 2), start):
            return  # 千分之五?六一: a character lost inside the number (5.61‰ read as 5‰): shown as written
        if kind == "money":
            said = self._last_sum
            self._last_money = (end, unit, self.text[start:end])
            self._last_sum = (end, unit, value)
            if (
                said is not None
                and (said[1], said[2]) == (unit, value)
                and start - said[0] == 1
                and self.text[said[0]] in "（("
            ):
                return  # 超百亿元人民币（100亿人民币约为18.64亿新元）: the sum said again to give its conversion
        if qualifier == "range" and self._vague_range_goes_on(kind, start, end, unit, high, en):
            return
        fig = Figure(
            kind=kind,
            text=self.original[start:end],
            start=start,
            end=end,
            value=value,
            low=low,
            high=high,
            unit=unit,
            qualifier=qualifier,
            en=en,
            sentence="",
        )
        if self._repeats(fig):
            return
        if kind in ("money", "count", "area", "quantity") and en and not en.startswith(("+", "-", "up ", "down ")):
            moved = _amount_moved(self.text, start, kind)
            if moved > 0 and kind == "count" and self._adds_things(start, end):
                moved = 0  # 增加500至700个发电厂: so many plants added, the verb's object, not a level's change
            if moved:
                fig.en = f"{'up' if moved > 0 else 'down'} {en}"  # 减少12万人: down 120,000 people, not a level
        fig.sentence = self.sentences.around(start, end)
        self.figures.append(fig)

    def _vague_range_goes_on(self, kind: str, start: int, end: int, unit: str, high: float | None, en: str) -> bool:
        """幾十元到幾百元, 几十万只到上百万只: a vague amount that a range word joins to the vague amount just listed,
        of the same kind and unit, is that range's upper end: the listed figure reaches to it (one range from its low
        end, figures57 dev-retired43 07), True; else False."""
        if not self.figures:
            return False
        prev = self.figures[-1]
        if prev.kind != kind or prev.unit != unit or prev.qualifier != "range" or not 0 < start - prev.end <= 2:
            return False
        if _VAGUE_RANGE_LINK_RE.fullmatch(self.text, prev.end, start) is None:
            return False
        if high is not None and prev.high is not None and high > prev.high:
            prev.high = high
        prev.end = end
        prev.text = self.original[prev.start : end]
        prev.en = f"{prev.en} to {en}"
        prev.sentence = self.sentences.around(prev.start, end)
        return True

    # -- dates and years

    def _date(self, m: re.Match[str]) -> int:
        text = self.text
        start = m.start()
        if start and (text[start - 1].isdigit() or _is_ascii_alnum(text[start - 1])):
            return m.end()
        if m["y4"]:
            if start and text[start - 1] in CN_NUMERAL_CHARS:
                return m.end()
            year = int("".join(str(_DIGIT_VALUE.get(ch, 0)) for ch in m["y4"]))
            month = int(parse_chinese(m["m4"])) if m["m4"] else None
            day = int(parse_chinese(m["d4"])) if m["d4"] else None
        else:
            y = m["y1"] or m["y2"]
            mo = m["m1"] or m["m2"] or m["m3"]
            d = m["d1"] or m["d2"] or m["d3"]
            year = int(y) if y else None
            month = int(mo) if mo else None
            day = int(d) if d else None
            if m["m3"] and (roc := _ROC_YEAR_RE.search(text, max(0, start - 10), start)) is not None:
                # 民國98年1月18日 (and 103年3月7日 in Taiwan's text): a year of the Republic of China is 1911 + it
                if roc["roc"] or (self.region.name == "tw" and len(roc["y"]) == 3):
                    year, start = 1911 + int(roc["y"]), roc.start()
        if (
            (year is not None and not YEAR_MIN <= year <= YEAR_MAX)
            or not 1 <= (month or 1) <= 12
            or not 1 <= (day or 1) <= 31
        ):
            return m.end()
        if m["y2"] and not m["d2"] and not text.startswith(_SINCE, m.end()):
            # 到2024年3月份, 2026年6月底前: a year and month a plan runs to, said with its month (tester s23 T6,
            # review s23 R5)
            before = self._deadline_word(start, m.end())
            after = YEAR_AFTER_RE.match(text, m.end())
            if after and not before and after.group().endswith(("以前", "之前")) and not self._looks_ahead(start):
                after = None  # 在2014年6月以前: "before", a point in the past as often as a deadline
            if after and self._told_as_past(start, m.end(), before, after):
                after = None
            if before or after:
                return self._deadline(start, after.end() if after else m.end(), year, month)
        self._add_date(start, m.end(), year, month, day)
        return m.end()

    def _add_date(self, start: int, end: int, year: int | None, month: int | None, day: int | None) -> None:
        # value: the year (what an analyst filters on), None when it is not written
        # (5月17日); unit: the precision. en carries the month and day.
        precision = "day" if day else "month" if month else "year"
        self.add("date", start, end, float(year) if year else None, english.date(year, month, day), unit=precision)

    def _deadline_word(self, start: int, end: int | None = None) -> re.Match[str] | None:
        """The deadline word before a year at ``start`` (到, 力争于 ...), unless 到/至 ends a period or the year
        (ending at ``end``) is the time of a value after it (增加到2023年的15亿元)."""
        if end is not None and YEAR_OF_VALUE_RE.match(self.text, end):
            return None
        before = YEAR_BEFORE_RE.search(self.text, max(0, start - 4), start)
        if before and before["t"] in ("到", "至"):
            t0 = before.start("t")
            if PERIOD_START_RE.search(self.text, max(0, t0 - 8), t0):
                return None
        return before

    def _deadline(self, start: int, end: int, year: int, month: int | None = None) -> int:
        before = self._deadline_word(start)
        s0 = before.start("t") if before else start
        self.add("year", s0, end, float(year), english.year(year, month), unit="year")
        return end

    def _told_as_past(
        self, start: int, end: int, before: re.Match[str] | None, after: re.Match[str] | None = None
    ) -> bool:
        """A year told as past: its clause up to it and its sentence after it (40 characters at most) hold a past
        marker (已, 曾, 才, 早在, 直到, 截至) and no word that looks ahead (将, 力争, 目标, 预计 ...; a deadline
        word other than 到/至 before the year is one). A founding verb is past only with no 到/至 before the year
        and no period's end (底前, 末前) after it: 2025年底前成立工作专班 is a plan's task (review s23 R5), 该会于
        1993年前成立 history."""
        if before is not None and before["t"] not in ("到", "至"):
            return False  # 力争于, 预计, 计划: looks ahead
        text = self.text
        lo = self.sentences.bounds(start, 40)[0]
        hi = self.sentences.bounds(end, 40)[1]
        head = _CLAUSE_SPLIT_RE.split(text[lo:start])[-1]  # the year's own clause before it, the sentence after it
        said = head + text[start:hi]
        kinds = {m.lastgroup for m in _TIME_MARK_RE.finditer(said)}
        period_end = after is not None and not after.group().startswith(("以前", "之前", "前"))
        past = "past" in kinds or (before is None and not period_end and "founded" in kinds)
        return past and "ahead" not in kinds

    def _looks_ahead(self, start: int) -> bool:
        """Whether the year's own clause before it holds a word that looks ahead (预计, 将, 计划, 力争 ...)."""
        head = _CLAUSE_SPLIT_RE.split(self.text[self.sentences.bounds(start, 40)[0] : start])[-1]
        return any(m.lastgroup == "ahead" for m in _TIME_MARK_RE.finditer(head))

    def _roc_year(self, q: Quantity) -> int | None:
        """The start of a Republic of China year (民國103年, or 103年度 / 到115年 in Taiwan's text), else None."""
        if not (q.arabic and q.num.isdigit() and len(q.num) <= 3 and not q.scale and not q.more):
            return None
        if roc := _ROC_BEFORE_RE.search(self.text, max(0, q.start - 3), q.start):
            return roc.start()
        if self.region.name != "tw" or len(q.num) != 3 or 1911 + int(q.num) > YEAR_MAX:
            return None
        if _ROC_AFTER_RE.match(self.text, q.end) or self._deadline_word(q.start, q.end):
            return q.start  # (到115年: a deadline word before it)
        return None

    def _year(self, q: Quantity) -> int:
        """A 4-digit number before 年 (or a year of the Republic of China): a deadline (到2027年, 2025年前) or a plain
        date."""
        text = self.text
        roc_start = self._roc_year(q)
        if roc_start is None and not (q.arabic and len(q.num) == 4 and q.num.isdigit() and not q.scale and not q.more):
            return q.end  # 30年, 三年: durations, never counts
        year = int(q.num) if roc_start is None else 1911 + int(q.num)
        if not YEAR_MIN <= year <= YEAR_MAX or text.startswith(("历史", "来"), q.end):
            return q.end
        if roc_start is not None and roc_start < q.start:
            q = replace(q, start=roc_start)  # 民國120年: the figure's text starts at 民國
        if roc_start is not None and (month := _ROC_MONTH_RE.match(text, q.end)) and 1 <= int(month["m"]) <= 12:
            if month["d"]:
                return q.end  # 民國103年3月7日: _date reads the day and looks back for its year
            self._add_date(q.start, month.end(), year, int(month["m"]), None)  # 104年1月
            return month.end()
        before = self._deadline_word(q.start, q.end) if not text.startswith(_SINCE, q.end) else None
        if roc_start is not None and before is not None and before["t"] == "至":
            before = None  # (自109年度…)至114年度: a Taiwan budget's period runs to its fiscal year, no target
        after = YEAR_AFTER_RE.match(text, q.end)
        if after and not before and after.group().endswith(("以前", "之前")) and not self._looks_ahead(q.start):
            # 在2014年以前，…已出售: "before", a point in the past as often as a deadline: a date; in a clause that
            # looks ahead (预计在2030年之前投入运营, tester s24 T15) a deadline
            after = None
        if (before or after) and self._told_as_past(q.start, q.end, before, after):
            before = after = None  # 直到1993年才成立, 到2014年年中…已增至: a past event, not a target (tester s20 F4)
        if before or after:
            start = before.start("t") if before else q.start
            end = after.end() if after else q.end
            # "by" only where the words say by (到/至 before it, 前/底前 after it, its end: 计划2027年底建成); a
            # plan's or a forecast's year alone is when it happens (将于2026年在…举行, 预计2026年…增长: in 2026), 前后
            # around it (tester s25 T4, T11)
            by = after or (before is not None and before["t"] in RANGE_WORDS) or text.startswith(("底", "末"), q.end)
            how = "by" if by else "around" if text.startswith("前后", q.end) else "in"
            self.add("year", start, end, float(year), english.year(year, how=how), unit="year")
            return end
        self._add_date(q.start, q.end, year, None, None)
        return q.end

    # -- percent and ratios written in words

    def _chinese_percent(self, m: re.Match[str]) -> int:
        raw = m["pcn"]
        value = parse_arabic(raw) if raw[0].isascii() else parse_chinese(raw)
        if value is None:
            return m.start() + 3
        signed = _minus_before_words(self.text, m.start())
        if signed >= 0:
            # 负百分之三点五: minus 3.5%, never a confident +3.5% (peer2 suites, s39); a signed range in words is
            # shown as written
            sep = RANGE_SEP_RE.match(self.text, m.end()) or LOWER_BOUND_RE.match(self.text, m.end())
            if sep:
                bound = PERCENT_WORDS_RE.match(self.text, sep.end())
                return bound.end() if bound else m.end()
            self._percent(signed, m.end(), -value, "%", more=False)
            return m.end()
        if value == 100 and _CERTAIN_AFTER_RE.match(self.text, m.end()):
            return m.end()  # 不是百分之百确定: "absolutely sure", no share (tester s19 F12b); 百分之百批给 is a figure
        # 百分之三十到四十, 百分之三十至百分之四十: a range in words; 百分之一以上百分之二以下 (policy
        # bounds, as 30万元以上50万元以下)
        sep = RANGE_SEP_RE.match(self.text, m.end())
        upper = None
        if not sep:
            sep = LOWER_BOUND_RE.match(self.text, m.end())
            upper = sep is not None
        if sep:
            m2 = PERCENT_WORDS_RE.match(self.text, sep.end())
            close = UPPER_BOUND_RE.match(self.text, m2.end()) if m2 and upper else None
            if m2 and (not upper or (close and m2.group().startswith(("百分之", "一百分之")))):
                raw2 = m2["p"]
                high = parse_arabic(raw2) if raw2[0].isascii() else parse_chinese(raw2)
                if high is not None and value < high:
                    return self._percent_range(m.start(), close.end() if close else m2.end(), value, high, "%")
        self._percent(m.start(), m.end(), value, "%", more=False)
        return m.end()

    def _fraction(self, m: re.Match[str]) -> int:
        den = parse_number(m["den"])
        numer = parse_number(m["numer"])
        if not den or numer is None or (m.start() and self.text[m.start() - 1] == "第"):
            return m.end()
        # (三分之五, 二分之三: an improper fraction in words is one too, its 分之 says so - peer3 kind 2; the slash
        # form, 5/3, stays unread above one: it is as often a date, a season 2021/22 or a code)
        if _mixed_number_before(self.text, m.start()):
            return m.end()  # 一又二分之一杯, 3又4分之1: a mixed number's part, no share (shown as written)
        if self.text.startswith(("决赛", "決賽"), m.end()):
            return m.end()  # 八分之一决赛, 四分之一决赛: a knockout round (round of 16), no share (tester s25 T12)
        exact = den == int(den) and numer == int(numer)
        signed = _minus_before_words(self.text, m.start())
        if signed >= 0:  # 负三分之一: minus one third (peer2 suites, s39), never +1/3
            if not _FRACTION_RANGE_AFTER_RE.match(self.text, m.end()):
                self._ratio(signed, m.end(), -numer / den, -int(numer) if exact else None, int(den) if exact else None)
            return m.end()
        joined = _FRACTION_RANGE_AFTER_RE.match(self.text, m.end())
        if joined is not None:
            # 约为三分之一到二分之一: a range of two fractions, neither bound a figure alone (shown as written)
            nxt = FIGURE_RE.match(self.text, joined.end())
            return nxt.end() if nxt is not None and nxt["frac"] else m.end()
        self._ratio(m.start(), m.end(), numer / den, int(numer) if exact else None, int(den) if exact else None)
        return m.end()

    def _half(self, m: re.Match[str]) -> int:
        """一半 is the fraction 1/2 (FIGURES_GOLD §1: 超过一半 = 50 %) where the words say it is a share of
        something: a hedge before or after it (超过一半, 近一半, 一半以上) or a change it is the size of (减少一半,
        大跌一半). Else it is a word (一半的时间, 另一半), no figure."""
        start, end = m.start(), m.end()
        hedged = _hedge_before(self.text, start, bare_scale=False) is not None or _hedge_after(self.text, end)
        if not hedged and _growth_before(self.text, start) is None:
            return end
        self._ratio(start, end, 0.5, 1, 2)
        return end

    def _month_day(self, start: int, end: int, numer: int, den: int) -> bool:
        """A slash pair that reads as a month and a day (Taiwan and Hong Kong news: 今（12/30）, 上周六(4/29),
        （8/23 18:05更新）, 12/31,1/1,1/2三天): in brackets alone, before a time, 日 or 更新, in a list of such
        pairs, or with a day past ten (12/26法院: a fraction's denominator is seldom over ten in prose; 1/3 stays)."""
        if not (1 <= numer <= 12 and 1 <= den <= 31):
            return False
        text = self.text
        if _DATE_AFTER_SLASH_RE.match(text, end):
            return True
        said = _DATE_BEFORE_SLASH_RE.search(text, max(0, start - 8), start)
        if said is not None and (said["yu"] is None or _time_yu(text, said.start("yu"))):
            return True
        if den > 10:
            # ... unless a share is spoken of: 约占全年的1/12, 相当于1/20, 不到1/15 (review s20 R5: dropped as dates),
            # or a share of a crowd: 有3/20的人 (有 then 的 and what it is a share of; peer3 kind 3)
            if text[start - 1 : start] == "有" and _CROWD_AFTER_SLASH_RE.match(text, end):
                return False
            return not _SHARE_BEFORE_SLASH_RE.search(text, max(0, start - 4), start)
        if text[start - 1 : start] in ("(", "（") and text[end : end + 1] in (")", "）"):
            return True
        listed = _SLASH_DATE_BEFORE_RE.search(text, max(0, start - 7), start) or _SLASH_DATE_AFTER_RE.match(text, end)
        return listed is not None

    def _slash_fraction(self, m: re.Match[str]) -> int:
        numer, den = int(m["snum"]), int(m["sden"])
        if not 0 < numer < den or _mixed_number_before(self.text, m.start()):
            return m.end()  # (1又1/2小时: a mixed number's part, no share)
        if _SCALE_AFTER_SLASH_RE.match(self.text, m.end()):
            return m.end()  # 好的可能7/8百, 3/4k的工作: alternatives before a scale (700 or 800), not seven eighths
        if self._month_day(m.start(), m.end(), numer, den):
            return m.end()  # 今（12/30）, (4/29), 8/23 18:05更新: a date (tester s20 F2: were ratios, '40%')
        if (
            {numer, den} <= BIT_WIDTHS
            and self.text.startswith("位", m.end())
            and _BIT_WIDTH_AFTER_RE.match(self.text, m.end() + 1)
        ):
            return m.end() + 1  # 32/64位版本: 32- or 64-bit, not a half
        signed = _minus_before_words(self.text, m.start())
        if signed >= 0:  # -1/3, 负2/5: minus so much, never a confident +1/3 (peer2 suites, s40)
            self._ratio(signed, m.end(), -numer / den, -numer, den)
            return m.end()
        self._ratio(m.start(), m.end(), numer / den, numer, den)
        return m.end()

    def _cheng(self, m: re.Match[str]) -> int:
        """四成 = 40%: only where the context says share (占四成, 近四成, 四成以上)."""
        text = self.text
        start, end = m.start(), m.end()
        value = _DIGIT_VALUE[m["cheng"]] / 10
        tenth = text[end : end + 1]
        if (
            tenth in "一二三四五六七八九半"
            and tenth
            and self.original[end] == tenth  # (逾8成參展商: 參 folds to 三, a word's first character, no tenth)
            and text[end + 1 : end + 2] not in CN_NUMERAL_CHARS + "成"
        ):
            # 七成五 = 75%, 一成半 = 15%: a tenth of a 成 said after it (not 七成 and a count, 七成五个: see below),
            # when it ends a word of the dictionary's cut: in 三成一致, 六成一线, 五成三年 it starts one
            if not _MEASURE_RE.match(text, end + 1) and end + 1 - start in _dictionary_word_ends(text[start : end + 6]):
                value += 0.05 if tenth == "半" else _DIGIT_VALUE[tenth] / 100
                end += 1
        # 三、四成, 3、4成: "thirty or forty percent", a spoken pair (as 三、四次 is a count's); its context, the pair's
        first = self._cheng_pair_first(start, m["cheng"])
        if first is not None:
            start -= 2
        prev = text[start - 1] if start else ""
        after = text[end : end + 2]
        share_before = (prev and prev in "占达有约近超逾过的为") or text[max(0, start - 2) : start] in (
            "将近",
            "接近",
            "超过",
            "大约",
            "不到",
            "不足",
        )
        # (九成按揭, 九成半按揭: a mortgage of so many tenths of the price, a share as figures25 lists it; 四成或以下)
        share_after = after.startswith(("以上", "左右", "以下", "多", "的", "。", "，", ",", "；", "按揭", "或以"))
        # (3成在電子代工服務: so many tenths of it are in it, figures32 09; but 他八成在家 is the adverb "most likely":
        # 在 ends a share only after Arabic digits or a share's word before it, review s32 R10)
        share_after = share_after or (after.startswith("在") and (m["cheng"].isascii() or bool(share_before)))
        # (after Arabic digits, a share that ends its line or its sentence, a headline's 滿意度衝破8成, and one before
        # the copula 為/是, 其中8成為服務業: a bare digit before 成为 "become" is no verb's subject, figures26 02/07)
        # Before 为/是 the digit must stand alone (a clause's start, 其中 or a share's word before it): a name's digit
        # before 成为 "become" (iPhone 8成为, 小米6成为, G7成为) is no share (review s33 R9).
        alone = share_before or not prev or prev in "，,。；;：:、（(\n" or text[max(0, start - 2) : start] == "其中"
        share_after = share_after or (
            m["cheng"].isascii() and (not after or after[0] in "\n！？!?" or (after[0] in "为是" and bool(alone)))
        )
        # a share restated to its digits in brackets is one whatever stands around it: 下降三成（30.2%） (review s28 R4)
        gloss = _PERCENT_GLOSS_RE.match(text, end)
        if (prev and prev in CN_NUMERAL_CHARS) or not (share_before or share_after or gloss):
            return start + 1
        if first is not None:
            return self._percent_range(start, end, first * 10, round(value * 100, 10), "%")
        if _CHENG_RANGE_BEFORE_RE.search(text, max(0, start - 4), start):
            return end  # 下降两到三成, 三至五成: the high end of a range, never "30%" alone (shown as written)
        if _CHENG_RANGE_AFTER_RE.match(text, end):
            return end  # 约两成到三成: the low end of one (tester s17 F2: was "about 20%")
        if gloss:  # 近四成（38.9%）: the share said again to its digits in brackets, one figure (review s26 R4)
            hedge = _hedge_before(text, start, bare_scale=False)
            self._glosses.append((end, gloss.end(), hedge.start if hedge else start))
            return end
        # 6成多: more than so many tenths (over), as 3000多 is (figures32 09)
        more = after[:1] in "多余" and after[1:2] not in CN_NUMERAL_CHARS
        self._ratio(start, end + more, round(value, 4), None, None, tenths=True, more=more)
        return end + more

    def _cheng_pair_first(self, start: int, digit: str) -> int | None:
        """三、四成, 3、4成: the first numeral of a spoken pair of shares in tenths, one below the second, in the
        same script, not in a list (2、3、4成), an ordinal (第3、4成) or said of each (分别为三、四成)."""
        text = self.text
        if start < 2 or text[start - 1] != "、":
            return None
        before = text[start - 2]
        if before.isascii() != digit.isascii() or _DIGIT_VALUE.get(before, -1) + 1 != _DIGIT_VALUE[digit]:
            return None
        if start >= 3 and (text[start - 3] in ".,、第" or text[start - 3] in _CN or text[start - 3].isdigit()):
            return None
        if "分别" in _CLAUSE_SPLIT_RE.split(text[max(0, start - 20) : start])[-1]:
            return None
        return _DIGIT_VALUE[before]

    def _ratio(
        self,
        start: int,
        end: int,
        value: float,
        numer: int | None,
        den: int | None,
        per_mille: str = "",
        tenths: bool = False,
        more: bool = False,
    ) -> None:
        hedge = _hedge_before(self.text, start, bare_scale=False)
        qualifier, hedge_en = (hedge.qualifier, hedge.en) if hedge else ("over" if more else "exact", None)
        bound = self._share_bound
        if not hedge and bound is not None and bound[0] == start:
            qualifier, hedge_en = bound[1].qualifier, bound[1].en
        elif not hedge:
            share = RATIO_HEDGE_RE.search(self.text, max(0, start - 12), start)
            if share:
                qualifier, hedge_en = HEDGES_BEFORE[share["h"]]
        after = _hedge_after(self.text, end)
        if after and not hedge:
            qualifier, end = after
        span_start = hedge.start if hedge else start
        en = english.ratio(numer, den, value, qualifier, hedge_en)
        if per_mille:
            en = english.hedge_prefix(qualifier, hedge_en) + per_mille
        growth = _growth_before(self.text, span_start) if value >= 0 else None
        if growth is not None and numer is not None:
            # 减少三分之一, 减少一半: a change by a fraction of the whole is a percent change (FIGURES_GOLD §1, §4),
            # signed as one (down half: -0.5)
            en = f"{'up' if growth[0] > 0 else 'down'} {en}"
            value = -value if growth[0] < 0 else value
        elif growth is not None:
            # 营收增长三成, 下降近四成: a change by so many tenths says its direction, as a percent does (+30%, down
            # nearly 40%); the value stays the share
            up = growth[0] > 0
            en = f"{'+' if up else '-'}{en}" if qualifier == "exact" else f"{'up' if up else 'down'} {en}"
        if tenths:
            # 四成, 逾4成: a share in tenths is a percent (the lead's session-26 decision: value 40, unit %; a change
            # signed as a percent's: 年減逾2成 -20), scored only where a gold declares it (score.is_cheng_share)
            pct = round(value * 100, 10) * (-1 if growth is not None and growth[0] < 0 else 1)
            low, high = self._bounds(qualifier, pct)
            self.add("percent", span_start, end, pct, en, unit="%", qualifier=qualifier, low=low, high=high)
            return
        self.add(
            "ratio",
            span_start,
            end,
            value,
            en,
            qualifier=qualifier,
            low=value if qualifier == "over" else None,
            high=value if qualifier in ("under", "nearly") else None,
        )

    # -- quantities

    def _labelled_value(self, m: re.Match[str], g: tuple) -> int | None:
        """A statistics line "label：value" whose label names its measure (可售房源套数：33644 counts 套; 可售房源面积
        (m2)：3418715.7460 is an area in m²; figures21's convention 1, read on its retired split): the plain Arabic
        number that ends the line is that measure's (None: no such line; else where reading goes on)."""
        num = g[0]
        if g[1] or g[5] or g[6] or not num.isascii():
            return None
        text, start, end = self.text, m.start("num"), m.end("num")
        signed = m.start("sign") if g[11] else -1  # 净利润（元） -4,648,986.52: a loss, signed
        if not _LINE_END_RE.match(text, end):
            return self._money_in_row(start, end, num, signed)
        label = _STAT_LABEL_RE.search(text, max(0, start - 12), start)
        if label is None:
            return self._money_in_row(start, end, num, signed)
        if signed >= 0:
            return None  # a count or an area is never negative
        try:
            value = float(num.replace(",", ""))
        except ValueError:
            return None
        if value <= 0:
            return None
        if label["area"]:
            self.add("area", start, end, value, english.area(value, metres=True), unit="m2")
        elif value == int(value):
            unit = label["measure"]
            self.add("count", start, end, value, english.count(value, MEASURE_NOUN_DEFAULTS.get(unit, "")), unit=unit)
        return end

    def _money_in_row(self, start: int, end: int, num: str, signed: int = -1) -> int | None:
        """A plain number of a table's row: a sum when its row's label or its table's unit note names the money unit."""
        labelled = self._money_labelled(start, end, num, signed)
        return labelled if labelled is not None else self._money_tabled(start, end, num, signed)

    def _table_note_list(self) -> list[tuple[int, str | None, float]]:
        """Every unit note of the text (_TABLE_NOTE_RE), in order: (its end, the currency of its sums or None when its
        unit is no money's, the scale). Read once, on the first plain amount."""
        if self._table_notes is None:
            notes: list[tuple[int, str | None, float]] = []
            text = self.text
            if _TABLE_NOTE_HINT_RE.search(text):
                for n in _TABLE_NOTE_RE.finditer(text):
                    if n["sym"]:
                        sym = n["sym"]
                        cur = CURRENCY_SYMBOLS.get(sym) or CURRENCY_CODES.get(sym, "")
                        notes.append((n.end(), cur, _TABLE_EN_SCALE[n["en"].lower()]))
                    elif n["yuan"] or n["cur2"]:
                        named = n["cur2"] or n["cur"]
                        cur = CURRENCIES[named] if named else self._currency("元", n.end())
                        scale = n["scale"] or ""
                        factor = SCALES[scale[-1]] * (SCALES[scale[0]] if len(scale) == 2 else 1) if scale else 1
                        notes.append((n.end(), cur if self._table_rates_marked(n.end()) else None, factor))
                        if n.start() > 1 and text[n.start() - 1] in "（(" and _HAN_RE.match(text, n.start() - 2):
                            # a column's own note (供应商名称 中标金额（单位：元） 评审得分): its column and the
                            # header's cells, which a row's must match (review s30 R4)
                            head = text.rfind("\n", 0, n.start()) + 1
                            tail = text.find("\n", n.end())
                            cells = len(text[head : tail if tail >= 0 else len(text)].split())
                            self._table_note_columns[n.end()] = (len(text[head : n.start()].split()) - 1, cells)
                    elif n["other"]:
                        notes.append((n.end(), None, 1))  # 单位：件, 单位：%: the table's numbers are no sums
            self._table_notes = notes
            self._table_note_ends = [n[0] for n in notes]
            limits = [*self._table_note_ends[1:], len(text)][: len(notes)]
            self._table_note_stops = [
                self._table_stop(n[0], min(lim, n[0] + _TABLE_REACH)) for n, lim in zip(notes, limits, strict=True)
            ]
        return self._table_notes

    def _table_stop(self, note_end: int, limit: int) -> int:
        """Where a note's table ends, at ``limit`` (the next note, or the note's reach) at most: a new table's heading
        (表2 分地区销量) or a header line naming a column's unit of no money (持股数量（股）, 销量（辆）: a line with
        no amount). Review s30 R13. Read once per note."""
        text = self.text
        for m in _TABLE_BREAK_RE.finditer(text, note_end, limit):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not m["unit"]:
                return line_start
            line_end = text.find("\n", m.end())
            if not _TABLE_AMOUNT_RE.search(text, line_start, line_end if line_end >= 0 else len(text)):
                return line_start
        return limit

    def _money_keys(self) -> set[tuple[str, float]]:
        """The (currency, value to nine digits) of every sum read so far, kept up as sums are added (review s30 R16:
        a noted cell was compared with every sum before it, quadratic in a text of many small tables). Built anew
        only when a figure was taken back since (the list no longer ends as it did)."""
        figures, seen = self.figures, self._money_seen
        done = seen[0]
        if done > len(figures) or (done and figures[done - 1] is not seen[1]):
            self._money_set.clear()
            done = 0
        for f in figures[done:]:
            if f.kind == "money" and f.unit:
                self._money_set.add((f.unit, _sum_key(f.value or 0)))
        self._money_seen = (len(figures), figures[-1] if figures else None)
        return self._money_set

    def _row_label(self, line_start: int, start: int) -> str:
        """The label of the row an amount is in: the words before its run of cells, back to the row's code or the
        previous row's last cell (212城乡社区支出119,385,303: 城乡社区支出), 40 characters at most."""
        text = self.text
        left = start
        while left > line_start and start - left < 200 and text[left - 1] in _ROW_RUN_CHARS:
            left -= 1
        label_start = left
        while label_start > max(line_start, left - 40) and not "0" <= text[label_start - 1] <= "9":
            label_start -= 1
        return text[label_start:left]

    def _row_own_unit(self, label: str) -> bool:
        """Does a row's label (the line before its first cell) name its own unit of no money (从业人员（人）,
        基本每股收益（元/股）) or count people, days or points (员工人数, 出勤天数)? Then its cells are no sums of the
        table's note (review s30 R4)."""
        return bool(_ROW_OWN_UNIT_RE.search(label) or _ROW_COUNTS_RE.search(label))

    def _table_rates_marked(self, note_end: int) -> bool:
        """Can a money table's rate cells be told from its sums? Yes when its head (up to its first amount) names no
        rate column (同比增长（±%）, 增减%, 占比), or when its rows write their rates' % (29.73%). A head that names
        one over rows of bare numbers (a column a line: 4000.5 ⏎ 10.0 ⏎ 153.6 ⏎ 11.0, figures2 70) cannot be read:
        none of its numbers is taken for a sum."""
        text = self.text
        first = _TABLE_AMOUNT_RE.search(text, note_end, note_end + 400)
        if first is None or not _RATE_HEADER_RE.search(text, note_end, first.start()):
            return True
        prose = _PROSE_LINE_RE.search(text, first.start(), first.start() + 300)  # (the prose after the table: no row)
        return _CELL_RATE_RE.search(text, first.start(), prose.start() if prose else first.start() + 300) is not None

    def _amount_row(self, start: int, end: int) -> bool:
        """Are the cells around an amount (its run of numbers, from the row's label to the next) amounts too? A run
        with a plain whole number in it (治理工程116 96 82.76: counts and a rate, a table whose head the page lost;
        净利润345 585 806 948 1,536) is no row of sums, or not one that can be read cell by cell; empty cells (0, -)
        and rates (29.73%) may stand among the sums."""
        text = self.text
        left, right = start, end
        while left > 0 and start - left < 200 and text[left - 1] in _ROW_RUN_CHARS:
            left -= 1
        while right < len(text) and right - end < 200 and text[right] in _ROW_RUN_CHARS:
            right += 1
        return not any(_PLAIN_CELL_RE.fullmatch(cell) for cell in text[left:right].split())

    def _money_tabled(self, start: int, end: int, num: str, signed: int = -1) -> int | None:
        """An amount in a row of a table under a unit note (单位：人民币元 ⏎ 预付款项 2,436,695.05 1,878,311.93
        29.73% …; 单位：万元 ⏎ 工资福利支出2,082.85): a sum in the note's currency and scale. Only an amount
        written as a table writes one (grouped thousands or decimals: a code 201, a count 21, a year 2018 is none),
        in a cell of its own (a space, a bar, the line's end or the next row's label after it), in a row that keeps
        its label on its line, with no sentence between the note and its row (the table has ended where prose goes
        on) and none in its own line. (figures2's convention: a flattened table's cells, one a line, are not read.)"""
        if not _TABLE_AMOUNT_RE.fullmatch(num):
            return None
        notes = self._table_note_list()
        if not notes:
            return None
        text = self.text
        if "\n" in text[start:end]:
            return None  # 95,585.30 ⏎ 2徽商银行: a cell and the next row's number, no amount wrapped over two lines
        at = bisect.bisect_right(self._table_note_ends, start) - 1
        if at < 0:
            return None
        note_end, currency, factor = notes[at]
        if currency is None or start >= self._table_note_stops[at] or not _TABLE_CELL_END_RE.match(text, end):
            return None
        # (the row read 400 characters either side at most: a megabyte on one line costs no more per amount)
        line_end = text.find("\n", end, end + 400)
        line_end = line_end if line_end >= 0 else min(len(text), end + 400)
        if text.find("。", note_end, line_end) >= 0:
            return None
        line = text[text.rfind("\n", max(0, start - 400), start) + 1 : line_end]
        if not _HAN_RE.search(line):
            return None  # a cell a line (1970.6 ⏎ 266.0 ⏎ #单位存款 ⏎ 775.0): which column it is in cannot be read
        line_start = text.rfind("\n", max(0, start - 400), start) + 1
        if self._row_own_unit(self._row_label(line_start, start)):
            return None  # 从业人员（人） 1,234, 出勤天数 21.5: counts, not sums (review s30 R4)
        column = self._table_note_columns.get(note_end)
        if column is not None:
            before = len(text[line_start:start].split())  # (行政事业性收费7730.28: the label is a cell of its own)
            if before != column[0] or before + len(text[start:line_end].split()) != column[1]:
                return None  # a column's note (中标金额（单位：元）): only that column's cell (not 评审得分 92.35)
        if signed >= 0:
            start = signed
        if start == 0 or text[start - 1] in ".,-/%" or (text[start - 1].isalnum() and text[start - 1].isascii()):
            return None  # v1.2,000.00, No.1,234: no cell of its own
        if not self._amount_row(start, end):
            return None
        value = float(num.replace(",", "")) * factor
        if value <= 0:
            return None
        if signed >= 0:
            value = -value
        if (currency, _sum_key(value)) in self._money_keys():
            return end  # 存款余额1970.6亿元 … 单位：亿元 ⏎ 存款余额 1970.6: the table restates the prose, one figure
        self.add("money", start, end, value, english.money(value, currency), unit=currency)
        return end

    def _money_labelled(self, start: int, end: int, num: str, signed: int = -1) -> int | None:
        """A plain number of a line whose label states its money unit in brackets (营业收入(万元)：12,345.67 is RMB
        123.4567 mn; a row of them, 净利润（亿元） 3.21 4.05, each): the label's scale and currency are the number's.
        ``signed``: where its minus starts (净利润（元） -4,648,986.52 -15,563,758.44: losses), else -1."""
        text = self.text
        if not _ROW_GOES_ON_RE.match(text, end):
            return None
        if signed >= 0:
            start = signed
        # (the label is read in the 120 characters before the number at most: a long line costs no more)
        newline = text.rfind("\n", max(0, start - 120), start)
        label = _MONEY_LABEL_RE.search(text, newline + 1 if newline >= 0 else max(0, start - 120), start)
        if label is None or not self._money_column(label.start(), start, newline):
            return None
        try:
            value = float(num.replace(",", "")) * SCALES.get(label["scale"][-1:] if label["scale"] else "", 1)
        except ValueError:
            return None
        if label["scale"] in ("百万", "万亿"):
            value *= SCALES[label["scale"][0]]
        if value <= 0:
            return None
        if signed >= 0:
            value = -value
        cur = label["cur"]
        currency = self._currency("元", end) if cur == "元" else CURRENCIES[cur]
        self.add("money", start, end, value, english.money(value, currency), unit=currency)
        return end

    def _money_column(self, row_start: int, start: int, newline: int) -> bool:
        """Is a number of a money-labelled row in a money column? Not when the row's numbers are all years (項目（萬元）
        2023 2022 heads a table), nor when the header line above names the number's column a rate (同比增减（%）,
        占比): review s28 R2. Rows and headers are read 400 characters at most."""
        text = self.text
        stop = text.find("\n", start, start + 400)
        row = _ROW_NUMBER_RE.findall(text, row_start, stop if stop >= 0 else min(len(text), start + 400))
        if row and all(_YEAR_CELL_RE.fullmatch(n) for n in row):
            return False
        if newline <= 0:
            return True
        header = text[max(text.rfind("\n", max(0, newline - 400), newline) + 1, newline - 400) : newline].split()
        column = len(_ROW_NUMBER_RE.findall(text, row_start, start)) + 1  # the label is the header's first column
        return not (len(header) == len(row) + 1 and _RATE_HEADER_RE.search(header[column]))

    def _bare_number(self, m: re.Match[str], g: tuple) -> bool:
        """A plain Arabic number below 10,000 with nothing around it that could make it a
        figure (no unit, scale, currency, sign, 余/多, second bound or currency word before):
        never one, so the full reading is skipped. Lists of bare numbers (1、2、3、…, 1 2 3 4)
        cost ~5-10x normal text per byte through it; same output. ``g``: the match's groups
        (_QUANTITY_GROUPS)."""
        num, scale, more1, more2, unit_w, pre = g[0], g[1], g[2], g[3], g[5], g[6]  # (no list made of the rest)
        if scale or pre or g[11] or more1 or more2 or g[_LAT_GROUP]:  # g[11]: sign; 1M左右的退休资产: a Latin scale
            return False
        text = self.text
        if unit_w:
            # 一个, 一项, 一次 (a fifth of a news text's candidates): the article "a", no count unless
            # one part of a partition or a range's first bound (一至两宗); 一块 may be money (一块二)
            unit = g[_MEASURE_GROUP]
            return (
                num == "一"
                and unit is not None
                and unit != "块"
                and text[m.end() : m.end() + 1] not in _RANGE_STARTS
                and not self._one_counted_at(m.start("num"), m.end(), unit)
            )
        end, start = m.end("num"), m.start("num")
        if not num.isascii():
            # a Chinese numeral below 1,000 with nothing after it (一杯, 一番, 三心二意: a third of
            # a news text's candidates): no amount, count or range reads it, unless a currency
            # word stands before it (人民币三); its reading returns at its end all the same
            if num in _NOT_BARE_CN if len(num) == 1 else _BIG_CN_RE.search(num) is not None:
                return False
            if text[end : end + 1] in _RANGE_STARTS:
                return False
            return text[start - 1 : start] not in _PREFIX_LAST or not PREFIX_CURRENCY_RE.search(
                text, max(0, start - 6), start
            )
        if len(num) > 4 or not num.isdigit():
            return False
        if text[end : end + 1] in _RANGE_STARTS:
            sep = RANGE_SEP_RE.match(text, end)
            m2 = QUANTITY_RE.match(text, sep.end()) if sep else None
            if m2 and (m2["unit"] or m2["pre"] or (m2["scale"] and ("万" in m2["scale"] or "亿" in m2["scale"]))):
                return False  # 1~2万元: the first bound of a range (1~2~ ends none: see _range_end)
        prev = text[start - 1 : start]
        if prev and (_is_han(prev) or prev in _SPACES or prev == "\n"):
            if PREFIX_CURRENCY_RE.search(text, max(0, start - 6), start):
                return False  # 人民币 3
            # 直降1500，被罚了1500: a verb of paying or pricing before it (_paid)
            return not _SUM_VERB_BEFORE_RE.search(text, max(0, start - 8), start)
        return True

    def _quantity(self, m: re.Match[str], g: tuple) -> int:
        text = self.text
        if (labelled := self._labelled_value(m, g)) is not None:
            return labelled
        if self._bare_number(m, g):
            return m.end("num")
        q = _quantity(m, g)
        if q.value is None or _glued_to_name(text, q):
            return q.num_end
        if not q.arabic and q.start >= 2 and text[q.start - 1] == "、":
            q = self._pair_with_comma(q)
        if text[q.num_end : q.num_end + 1] == "K" and q.end == q.num_end + 1 and not self._wage_in_k(q):
            # (the K of a symbol's sum, $500K, or before a sum's noun, 80K的年薪: _wage_in_k says so too)
            return q.end  # 5K, (a run's kilometres, a resolution): K alone is thousands of a wage only
        if q.arabic and q.value <= 24 and not q.scale and (clock := _CLOCK_AFTER_RE.match(text, q.num_end)):
            return clock.end()  # 人民币对美元16:30收盘报: a clock time after a currency's name, no sum (tester s21)
        if q.kind is None and text[q.end : q.end + 1] in "（(":
            q = self._aside_unit(q) or q
        if q.kind is None and text.startswith(("...", "…"), q.end):
            return q.end  # 约5.48亿...: a number cut off by an ellipsis, its unit with it: not read
        if q.kind == "area" and q.arabic and not q.scale and _ZONE_BEFORE_RE.search(text, max(0, q.start - 3), q.start):
            q = self._after_zone_code(q)  # 的商3425.32坪土地: zone 商3, then 425.32坪
            if q.value is None:
                return q.end
        if q.kind in ("count", "area") and text[q.end : q.end + 1] == "级":
            return q.end  # 50张级持股: a class by size, like 万亿元级 (money: in _money)
        if q.kind == "money" and q.currency in WORD_CODES and q.unit in ("", q.currency) and not self._code_is_money(q):
            # PHP 7.4, CAD 2024: the word, not the currency; the number is read bare
            q = replace(q, kind=None, unit="", currency="", pre_start=-1, end=q.end if q.scale else q.num_end)
        if q.kind == "count" and q.unit == "位" and self._bit_width(q):
            return q.end  # 32位整型: bits, not people
        if q.kind == "count" and _PER_TIME_RE.match(text, q.end):
            return q.end  # 10.36百亿亿次/秒, 3000辆/小时: a rate, not a count
        if q.kind == "count" and q.unit == "块" and self._kuai_is_money(q):
            q.kind = "money"
        if q.kind == "count" and q.unit == "起" and (q.pre_start >= 0 or self._price_floor(q)):
            # 总价688万起, 港币$599起 (review s20 R4), 售价599起: a price "from", not cases; 起 is read as its hedge
            sign = _SYMBOL_OR_CODE_RE.match(text, q.pre_start) if q.pre_start >= 0 else None
            written = ""
            if sign is not None:
                written = CURRENCY_SYMBOLS.get(sign.group(), "") or CURRENCY_CODES.get(sign.group().upper(), "")
            q = replace(q, kind="money" if written else None, unit="", currency=written or q.currency, end=q.end - 1)
        q = self._money_tail(q)
        pair_low = self._arabic_pair_low(q)
        if pair_low is not None:  # 1、200元: "one or two hundred"
            high, q.value, q.start = q.value, pair_low, q.start - 2
            second = self._range_end(q)
            if second is not None:  # 从1、200元至1000元: the pair is the first bound
                return self._range(q, second)
            q.low, q.high, q.pair = pair_low, high, True
            second = None
        self._aside = None
        second = self._range_end(q)
        if second is not None:
            aside, self._aside = self._aside, None
            if aside is None:
                return self._range(q, second)
            listed = len(self.figures)
            resume = self._range(q, second)
            if len(self.figures) > listed:
                self._jump[aside[1]] = resume  # the range's second bound is read: the scan steps over it,
                return aside[0]  # ... after reading the gloss in the brackets
            # (no range after all: the first bound alone, as before)
        if q.kind == "nian":
            return self._year(q)
        tail = _NUMERAL_RUN_RE.match(text, q.end) if q.kind is None and q.scale else None
        if tail:
            return tail.end()  # 2万3千5百元: more sections than read; its tail is no figure
        if (
            q.kind is None
            and PREFIX_CURRENCY_RE.search(text, max(0, q.start - 6), q.start)
            and not _NO_MONEY_AFTER_RE.match(text, q.end)
        ):
            q.kind = "money"  # 人民币3.14, 港币3.14: the currency before, nothing after
        if q.kind is None and "兆" in q.scale:
            # 去年贸易总额破2.6兆 (Malaysia's and Taiwan's press drop 令吉/元 after 兆): a sum only where its words say
            # money and the region's press writes 兆 for 10^12 (the mainland's is 10^6: 套餐包含500兆 is data);
            # never a count, and 5兆瓦, 千兆宽带 are no figures
            if self.region.name in TRILLION_REGIONS and self._implied_money(q):
                self._money(q)
            return q.end
        if q.kind is None:
            unit = self._area_unit_left_out(q)
            if unit:
                self._area(replace(q, kind="area", unit=unit))
                return q.end
            if self._implied_money(q):
                # 月租由HK$2萬加到3萬: its currency is the sum's before it in the sentence, when there is one (the
                # symbol said once), not the region's guess
                q.currency = self._sibling_sum(q) or q.currency
                self._money(q)
                return q.end
            if self._noun_count(q) or self._people_count(q) or self._measure_before(q):
                return q.end
            sibling = self._sibling_sum(q)
            if sibling is None:
                sibling = self._next_sum(q)
            if sibling is not None:
                q.kind, q.currency = "money", sibling
                self._money(q)
                return q.end
            # a scaled number that is no figure (2万3千, with no unit) holds none either: its
            # scale characters are not tried again one by one
            return q.end if q.scale else q.num_end
        if q.kind == "money":
            for start, end, value in self._shared_unit_heads(q):  # 分别被判罚款9万及13万元: 9万 too
                self._unlist(start, end)
                num = self.text[start:end].rstrip("万亿")
                head = replace(q, start=start, num_end=start + len(num), end=end, num=num, value=value)
                self._money(replace(head, scale=self.text[start + len(num) : end], more=False, low=None, high=None))
            self._money(q)
        elif q.kind == "percent":
            if not q.arabic and text[q.start - 1 : q.start].isdigit():
                return q.end  # 提升了7.1一个百分点: a garbled 7.1个百分点; never 1 pp (13-corpus s20, figures16 dev 12)
            if q.unit == "‰":
                # 出生率为8.2‰: per mille, a ratio (the golds' convention, figures8 conv. 7), said as written
                # (tester s20 F8: not read at all)
                if not (q.pair or q.vague):
                    value = round(q.value / 1000, 12)
                    self._ratio(q.start, q.end, value, None, None, per_mille=f"{english.plain(q.value)}‰")
                return q.end
            rated = q.unit == "厘" or q.unit.endswith("基点")
            # the sentence before a 厘 or a 基点, 60 characters at most: where its rate word stands (one window)
            before = text[self.sentences.bounds(q.start, 60)[0] : q.start] if rated else ""
            if q.unit == "厘":
                # (the rate word may open a list of rates or a 由…至 pair: 拆息…至5.65厘、4.58厘及4.37厘)
                if not _RATE_WORD_RE.search(before):
                    return q.num_end  # 1分2厘, 3厘: not a rate
                if _RESTATED_BEFORE_RE.search(before):
                    return q.end  # 加息25个基点（0.25厘）: the move just said, restated in brackets (review s18 R18)
                if _RATE_CHANGE_BEFORE_RE.search(before):
                    self._percent(q.start, q.end, q.value, "pp", q.more)  # 加息0.25厘
                else:  # a rate's level (由约6厘回落5.1厘左右 falls to 5.1%, not by it)
                    self._percent(q.start, q.end, q.value, "%", q.more, level=True)
                return q.end
            per = 100 if q.unit.endswith("基点") else 1  # 25基点: a basis point is a hundredth of a point
            if per == 100:
                # ... of an interest rate or a yield (an exchange rate's 基点 is a pip: 中间价下调50个基点), and not in
                # brackets restating the move just said (调降1码 (25个基点), 一个百分点（即100基点）)
                if not _basis_points_of_a_rate(text, before, q.start, q.end):
                    return q.end
            if q.pair or q.vague:
                self._percent_range(q.start, q.end, q.low / per, q.high / per, _pct_unit(q.unit))
            else:
                for start, end, value in self._shared_unit_heads(q):
                    self._unlist(start, end)
                    self._percent(start, end, value / per, _pct_unit(q.unit), False, bp=per == 100)
                self._percent(q.start, q.end, q.value / per, _pct_unit(q.unit), q.more, bp=per == 100)
        elif q.kind == "area":
            self._area(q)
        elif q.kind == "quantity":
            self._physical(q)
        elif q.kind == "count":
            for start, end, value in self._shared_unit_heads(q):  # 分别为1、2家: 1家 too
                self._unlist(start, end)
                self._count(replace(q, start=start, num_end=end, end=end, num=self.text[start:end], value=value))
            if not self._count(q):
                return q.num_end
        return q.end

    def _area_unit_left_out(self, q: Quantity) -> str:
        """按全年推出土地面积达1621.45万来算: a scaled number right after 面积 with no unit is the area said before
        in the same number with its unit (推出土地面积1621.45万平米: the unit said once and left out after; figures7
        dev 01); "" when no earlier area has the number (a unit is never guessed: 面积达1.5万 after 12公顷 may be
        square metres) or a unit follows (60万亩次: land worked per pass)."""
        if not q.scale or q.value is None or not _AREA_NOUN_BEFORE_RE.search(self.text, max(0, q.start - 8), q.start):
            return ""
        if _AREA_UNIT_RE.match(self.text, q.end):
            return ""
        written = self.text[q.start : q.end]
        for f in reversed(self.figures):
            if f.end < q.start - _UNIT_LEFT_OUT_REACH:
                break  # (bounded: a text of many such numbers and no area reads each one's window only)
            if f.kind == "area" and f.end <= q.start:
                said = self.text.find(written, f.start, f.end)
                unit = _AREA_UNIT_RE.match(self.text, said + len(written)) if said >= 0 else None
                glued = said > f.start and (self.text[said - 1].isdigit() or self.text[said - 1] in ".,")
                if unit is not None and not glued:
                    return unit.group()
        return ""

    def _wage_in_k(self, q: Quantity) -> bool:
        """基本工資調到22K，: a K with nothing after it (no currency, no sum's noun) is thousands of a wage where its
        clause names the wage (Taiwan's press writes the minimum wage so: figures57 dev-retired43 09), nothing else."""
        if q.pre_start >= 0 or _LAT_SUM_AFTER_RE.match(self.text, q.end):
            return True
        clause = _CLAUSE_SPLIT_RE.split(self.text[max(0, q.start - 20) : q.start])[-1]
        return _WAGE_BEFORE_RE.search(clause) is not None

    def _pair_with_comma(self, q: Quantity) -> Quantity:
        """兩、三百萬人次, 三、四十家: "two or three million", two neighbouring digits with a comma between, the first
        taking the second's places and scale (as 两三百万 does: a pair, figures57 dev-retired43 07); a list's items
        (一、二、三百) and digits that are no neighbours stay as they are."""
        text = self.text
        first, second = text[q.start - 2], q.num[0]
        before = text[q.start - 3 : q.start - 2]
        if q.pair or q.vague or q.more or before in _PAIR_LIST_CHARS or before in CN_NUMERAL_CHARS:
            return q
        a, b = DIGIT_VALUES.get(first), DIGIT_VALUES.get(second)
        if a is None or b is None or b != a + 1 or not (len(q.num) > 1 or q.scale):
            return q
        low = parse_number(first + q.num[1:], q.scale)
        if low is None or not low < q.value:
            return q
        return replace(q, start=q.start - 2, num=first + "、" + q.num, value=low, low=low, high=q.value, pair=True)

    @staticmethod
    def _after_zone_code(q: Quantity) -> Quantity:
        """商3425.32坪: a zoning code (住1-住5, 商1-商4, 工1-工3: a zone's character and one digit) glued to an
        area; the area is the number after the code's digit (gold of figures9: its price ÷ unit price says so)."""
        digits = q.num.replace(",", "")
        rest = digits[1:]
        if not rest or rest[0] in "0." or "," in q.num:
            return replace(q, value=None)  # 商3,425坪 or 商30坪: not a code glued to a number; shown as nothing
        return replace(q, start=q.start + 1, num=rest, value=parse_number(rest, ""))

    def _aside_unit(self, q: Quantity) -> Quantity | None:
        """约10000（6500）亩: a bracketed number between a number and its unit is an aside (another reading
        the text does not explain): the unit after it is the first number's, and the aside is not listed.
        None when no unit of an amount follows the bracket."""
        aside = _ASIDE_RE.match(self.text, q.end)
        if aside is None:
            return None
        written = self.text[q.start : q.end]
        probe = QUANTITY_RE.match(written + self.text[aside.end() : aside.end() + 12])
        if probe is None or probe.end() <= len(written) or probe["nian"] or not probe["unit"]:
            return None
        q2 = _quantity(probe)
        if q2.kind is None or q2.value != q.value:
            return None
        shift = aside.end() - len(written)  # the unit's place in the text
        return replace(q2, start=q.start, num_end=q.num_end, end=q2.end + shift, pre_start=-1)

    def _arabic_pair_low(self, q: Quantity) -> float | None:
        """1、200元, 2、3万人: a digit and 、 before a round number one step above it is the
        spoken "one or two hundred" (一两百); the low end of the pair, else None."""
        if q.start < 2 or self.text[q.start - 1] != "、":
            return None  # the common case, checked first
        before = self.text[q.start - 2]
        if not (before.isdigit() or before in "一二三四五六七八九"):
            return None
        if q.value is None or q.pair or q.vague or q.arabic != before.isdigit():
            return None
        if q.start >= 3 and (
            self.text[q.start - 3] in ".,、第" or self.text[q.start - 3] in _CN or self.text[q.start - 3].isdigit()
        ):
            return None  # 12、200, 1.5、200 or 第2、30位: a list, not a pair
        if q.arabic:
            digits = q.num.replace(",", "")
            first = int(before)
            if not digits.isdigit() or int(digits[0]) != first + 1 or digits[1:].strip("0"):
                return None
        else:  # 給個三、四萬: "thirty or forty thousand" (三四万 with the enumeration comma)
            first = _DIGIT_VALUE[before]
            if _DIGIT_VALUE.get(q.num[:1]) != first + 1 or q.num[1:].lstrip("十百千") not in ("", "万", "亿"):
                return None
            digits = q.num
        if len(digits) < 2 and not q.scale:
            # 恐输掉4、5个县市: "four or five", a count's spoken pair; 分别为1、2家 is a list
            # (each its own count), and other kinds' small numbers are lists (3、4月)
            clause = _CLAUSE_SPLIT_RE.split(self.text[max(0, q.start - 20) : q.start])[-1]
            if q.kind != "count" or "分别" in clause:
                return None
        return q.value * first / (first + 1)

    def _code_is_money(self, q: Quantity) -> bool:
        """A code that is also a word (PHP, CAD) names money with evidence only: a scale
        (PHP 5万, PHP 5 million), a thousands separator (PHP 12,000) or a money word in its
        clause (售价PHP 599, PHP 599的费用)."""
        text = self.text
        if q.scale or any(sep in q.num for sep in ",， \u2009\u202f\xa0"):
            return True
        if _EN_SCALE_AFTER_RE.match(text, q.end) or text[q.end - 1 : q.end].isalpha():
            return True  # PHP 5 million: the scale word after it, or read into it (US$2.5 billion)
        start = q.pre_start if q.pre_start >= 0 else q.start
        clause = _CLAUSE_SPLIT_RE.split(text[max(0, start - 12) : start])[-1]
        after = text[q.end : q.end + 8].lstrip()
        return bool(_MONEY_BEFORE_RE.search(clause) or _MONEY_AFTER_RE.match(after, 1 if after[:1] == "的" else 0))

    def _price_floor(self, q: Quantity) -> bool:
        """万/亿 + 起 after a price word in its clause (总价688万起, 售价3万起) is a price floor."""
        clause = _CLAUSE_SPLIT_RE.split(self.text[max(0, q.start - 12) : q.start])[-1]
        return bool(_MONEY_BEFORE_RE.search(clause)) and not _PEOPLE_RE.search(clause)

    def _bit_width(self, q: Quantity) -> bool:
        """8/16/32/64位 followed (after an optional 的) by a technical word is a width in bits."""
        if q.arabic and not (q.scale or q.more) and _KEY_AFTER_RE.match(self.text, q.end):
            return True  # 512或768位密钥: a key's size in bits, whatever the number (figures36 12)
        if not q.arabic or q.scale or q.more or q.value not in BIT_WIDTHS:
            return False
        if _BIT_WIDTH_BEFORE_RE.search(self.text, max(0, q.start - 12), q.start):
            return True  # 密钥长度不足1,024位: a key's length, in bits (figures36 12)
        return bool(_BIT_WIDTH_AFTER_RE.match(self.text, q.end) or _BIT_VALUE_AFTER_RE.match(self.text, q.end))

    def _kuai_is_money(self, q: Quantity) -> bool:
        """块 is 元 in speech (十几块, 三五百块) and a measure word for chips, plots,
        screens (4176亿块芯片): money when below 亿 and no noun follows."""
        nxt = self.text[q.end : q.end + 1]
        if _KUAI_NOUN_BEFORE_RE.search(self.text, max(0, q.start - 10), q.start):
            return False  # 新增土地22块, 金牌3块: what is counted came before the number
        if (q.value or 0) < 1e8 and _PRICE_BEFORE_KUAI_RE.search(self.text, max(0, q.start - 8), q.start):
            return True  # 股价从493块直落到418元: a price named before it
        if (q.value or 0) < 1e8 and SUFFIX_CURRENCY_RE.match(self.text, q.end):
            return True  # 180多块人民币, 100块港币: the currency named after it (tester s23 T5)
        if nxt in "「『“‘《\"'" and nxt:
            return False  # 一块「自留地」: a piece of what the quote names
        sentence = self._sentence_head(q.start)
        if _KUAI_PART_BEFORE_RE.search(sentence) or _KUAI_COUNTED_RE.search(sentence):
            return False  # 推出6块土地，其中3块位于浦东新区: pieces of the whole named before (review s24 R8)
        if _KUAI_SPEND_RE.search(self.text, max(0, q.start - 8), q.start) and (q.value or 0) < 1e8:
            return True  # 至少会花个五千块跑不掉, (花费)大概五千块: spent, whatever follows
        if self._kuai_counted_before(q.start):
            return False  # 22块地只卖了十块: its sentence counted pieces in 块 already; this is more of them, no price
        if q.num == "一" and not q.scale and not (nxt and nxt in _CNY_DIGITS + "两"):
            return False  # 卖一块、少一块 (a plot), 一块也不给: "a piece"; 一块二 (1.2), spent 一块 stay money
        if nxt == "多" and _YUAN_MORE_RE.match(self.text, q.end):
            return q.value < 1e8  # 5块多(钱): a little over 5 yuan
        if (
            nxt
            and (q.value or 0) < 1e8
            and self.text[q.start - 1 : q.start] not in tuple(_KUAI_PIECES_BEFORE)
            and _is_han(nxt)
            and (self.text.startswith("多少", q.end) or self._kuai_price_verb(q))
        ):
            return True  # 从10块买到12块, 11块多少手: a price's verb or a question of quantity (tester s24 T2)
        if nxt == "一" and (q.value or 0) < 1e8 and (unit := _MEASURE_RE.match(self.text, q.end + 1)):
            # 卖5块一份, 门票卖二十块一张: so much for one of a measure, a price where the verb that sells or asks it
            # stands right before the number (每两块一组, 切成10块一组, 蛋糕十块一盒 say pieces, or may: counts;
            # 要一块一块的加载, 送来两块一组的展板: pieces one by one or in groups, review s40 R2)
            if unit.group() in _KUAI_GROUP_MEASURES:
                return False
            return _KUAI_PRICE_RIGHT_BEFORE_RE.search(self.text, max(0, q.start - 6), q.start) is not None
        if nxt and nxt in _KUAI_FUNCTION_AFTER:  # no noun counted (寄1000块给家里, 花了500块了), but pieces may be
            if self.text[q.start - 1 : q.start] in tuple(_KUAI_PIECES_BEFORE):
                return False  # 切成三块就行, 分成两块了, 这三块都是好地 (review s16 R2)
            clause = _CLAUSE_SPLIT_RE.split(self.text[max(0, q.start - 8) : q.start])[-1]
            return q.value < 1e8 and (q.value >= 10 or bool(_KUAI_MONEY_VERB_RE.search(clause)))
        return q.value < 1e8 and not ("\u4e00" <= nxt <= "\u9fff" and nxt not in "到至以左上")

    def _kuai_counted_before(self, pos: int) -> bool:
        """Whether a figure read earlier in the sentence before ``pos`` counted pieces in 块 (22块地, 6块土地): whatever
        noun it named, a later 块 of that sentence speaks of the same pieces."""
        begin = self.sentences.bounds(pos, 120)[0]
        for fig in reversed(self.figures):
            if fig.start < begin:
                return False
            if fig.kind == "count" and fig.unit == "块" and fig.end <= pos:
                return True
        return False

    def _kuai_price_verb(self, q: Quantity) -> bool:
        """A verb after a 块 amount makes it a price only when the verb or one before it in the clause trades, pays or
        moves a price (从10块买到12块, 10块涨到12块, 给我发50块吃肯德基); plots and pieces are subjects of any verb
        (该区域有2块位于地铁站附近: review s24 R8b)."""
        after = segment.tag(self.text[q.end : q.end + 4])
        if not after or after[0][1] != "v":
            return False
        if _price_verb(after[0][0]):
            return True
        # the clause's dictionary words (HMM glues 给我发 into a noun): 还有 and other copulas trade nothing
        clause = _CLAUSE_SPLIT_RE.split(self.text[max(0, q.start - 8) : q.start])[-1]
        # (by a word's first character here: the dictionary has 给我发 as one word)
        return any(w[0] in _KUAI_PRICE_VERBS and w not in _COPULA_VERBS for w in segment.cut(clause, False))

    def _money_tail(self, q: Quantity) -> Quantity:
        """元 + 角/分 (一百三十五块六角七分钱), spoken 一块二 = 1.2; 元 + a currency name
        (9000元日币, 三万元欧元): fold into the one amount."""
        if q.kind not in ("money", "count") or not q.unit or q.vague or q.pair:
            return q
        text = self.text
        if q.unit in ("元", "圆", "块", "块钱", "蚊"):
            tail = MONEY_TAIL_RE.match(text, q.end)
            cents = 0.0
            end = q.end
            if tail and (tail["jiao"] or tail["fen"]):
                cents = _digit(tail["jiao"]) / 10 + _digit(tail["fen"] or tail["fen1"]) / 100
                end = tail.end()
            elif q.unit == "块":
                spoken = SPOKEN_TAIL_RE.match(text, q.end)
                if spoken:
                    d = _digit(spoken["d"] or spoken["d2"])
                    cents = d / 100 if (spoken["zero"] or spoken["zero2"]) else d / 10
                    end = spoken.end()
            elif tail and tail.end() > q.end:
                end = tail.end()  # 钱, 整
            if not cents and end == q.end and not (q.more or q.scale) and _YUAN_MORE_RE.match(text, q.end):
                # 两元多, 5块多(钱): "a little over" the last whole yuan, as 3万多 is over the last 万
                # (not 二元多项式, 多元: the 多 starts a word)
                q.more, q.low, q.high = True, q.value, q.value + 1
                end = q.end + 1 + (text[q.end + 1 : q.end + 2] == "钱")
            if cents or end != q.end:
                q.kind = "money"
                q.value = q.value - cents if q.value < 0 else q.value + cents  # 负十元五角 is -10.5, not -9.5
                q.end = end
        if q.unit in ("元", "圆") and not q.currency:
            suffix = SUFFIX_CURRENCY_RE.match(text, q.end)
            if suffix:  # 32.3元新台币, 9000元日币
                q.currency = CURRENCIES[suffix["cur"]]
                q.end = suffix.end()
        if q.unit in ("元", "圆") and q.scale and q.kind == "money" and text[q.end : q.end + 1] in _SECTION_STARTS:
            self._yuan_sections(q)
        return q

    def _yuan_sections(self, q: Quantity) -> None:
        """16億元9,643萬5千元: a sum written in sections, each with its 元 (a budget's way), is one sum: the section
        glued after the first, in the same unit, a scale of its own and under the first's smallest scale (9,643萬5千
        under 億), is added to it. A pause or a word between (16億元、9643萬元) leaves two sums."""
        if q.more or q.vague or q.pair or q.value is None or q.low is not None:
            return
        m2 = QUANTITY_RE.match(self.text, q.end)
        if m2 is None:
            return
        q2 = _quantity(m2)
        step = scale_factor(q.scale[-1])
        if (
            q2.kind == "money"
            and q2.unit == q.unit
            and not q2.currency
            and q2.scale
            and not (q2.more or q2.vague or q2.pair)
            and q2.value is not None
            and step
            and 0 < q2.value < step
        ):
            q.value = q.value + q2.value if q.value >= 0 else q.value - q2.value
            q.end = q2.end

    def _bare_or_article(self, q: Quantity) -> bool:
        """一 as an article (一个, 一家) or a bare 万/千/百 with no hedge (万家灯火)."""
        if q.arabic:
            return False
        if q.num == "一" and not q.scale:
            return True
        if q.num[:1] in "万亿" and len(q.num) > 1 and not (q.unit or q.scale):
            return True  # 以防万一, 万一股价下跌: "just in case" (tester s18 F4: RMB 11,000); 万一千元 has its unit
        if is_bare_scale(q.num) and not q.more:
            return (
                _hedge_before(self.text, q.start, bare_scale=True) is None
                and not self._round_spend(q)
                and not self._round_sum(q)
                and not self._round_before_money(q)
            )
        return False

    def _round_before_money(self, q: Quantity) -> bool:
        """年增百萬預算, 欠的百萬債: a bare scale of two words (百万, 千万, 百亿) and no unit, right before a budget
        or a debt, is a round sum, "about" that much, as a digit's 万/亿 before one is a sum (_implied_money). Not
        before other money nouns: a round sum names a programme or a class there (百亿补贴, “千万工程”, 百万年薪)."""
        if q.unit or q.kind not in (None, "money") or len(q.num) + len(q.scale or "") < 2:
            return False
        return _ROUND_MONEY_AFTER_RE.match(self.text, q.end) is not None

    def _round_sum(self, q: Quantity) -> bool:
        """年薪百万元。, 损失千万美元: a bare scale of two words (百万, 千万, 百亿) with its currency, the clause ending
        there, is a round sum, "about" that much; before a noun it names a class (百万元大奖, 亿元俱乐部: not read)."""
        if q.kind != "money" or not q.unit or len(q.num) + len(q.scale or "") < 2:
            return False
        if _UNIT_NOTE_BEFORE_RE.search(self.text, max(0, q.start - 16), q.start):
            return False  # 单位：新台币百万元: the unit a table's figures are in, no sum
        return _CLAUSE_END_RE.match(self.text, q.end) is not None

    def _round_spend(self, q: Quantity) -> bool:
        """花千萬買虛坪, 斥資百億: a bare scale with a scale word after it (千萬, 百億), right after a spending verb,
        is a round sum, "about" that much (gold of figures9: the text then gives 花了1026萬)."""
        big = q.scale or len(q.num) > 1  # 千万 is read as one numeral; a lone 千 or 万 is not
        if q.kind not in (None, "money"):
            return False  # 花千万次也学不会: a count, never a round sum
        return bool(big) and _SPEND_BEFORE_RE.search(self.text, max(0, q.start - 6), q.start) is not None

    def _hedges(self, q: Quantity, end: int) -> tuple[int, str, str | None, int, bool]:
        """(span start, qualifier, English hedge word, span end, suffix '+')."""
        start0 = q.pre_start if q.pre_start >= 0 else q.start
        hedge = _hedge_before(self.text, start0, bare_scale=is_bare_scale(q.num))
        if hedge is None and q.pre_start >= 0:  # 新台币约 1.5 万: the hedge after the currency
            inner = _hedge_before(self.text, q.start, bare_scale=is_bare_scale(q.num))
            hedge = Hedge(start0, inner.qualifier, inner.en) if inner else None
        if hedge and hedge.qualifier in ("under", "over") and _SHARE_OF_AFTER_RE.match(self.text, end):
            # 还不到160亿美元的十分之一: the bound is the share's (under one tenth), the base exact (tester s23 T4)
            self._share_bound = (end + 1, hedge)
            hedge = None
        incl = INCLUSIVE_RE.match(self.text, end)
        after = _hedge_after(self.text, incl.end() if incl else end)
        if hedge and hedge.placed and q.more and not after:
            hedge = None  # 大概在100多块钱: "at about" places the number; 多 says what it is (over)
        if after is None and incl is None and q.unit and self.text[end : end + 1] in "/每":
            per = _PER_UNIT_RE.match(self.text, end)  # 30万元/人左右, 200元/亩以上: the hedge after the "per"
            after = _hedge_after(self.text, per.end()) if per else None
        if hedge and hedge.qualifier == "exact" and q.more:  # 高达9100多万元
            start, qualifier, hedge_en, plus = hedge.start, "over", None, False
        elif hedge:
            start, qualifier, hedge_en, plus = hedge.start, hedge.qualifier, hedge.en, False
        elif q.more:
            start, qualifier, hedge_en, plus = start0, "over", None, True
        elif after:
            start, qualifier, hedge_en, plus = start0, after[0], None, after[0] == "over"
        else:
            start, qualifier, hedge_en, plus = start0, "exact", None, False
            # a cap as the subject of the level it is raised to (把許可證上限提升至三萬輛, 上限由1万辆提高到3万辆): the
            # level is the cap, "up to" (figures8 convention 1, as _percent reads it; figures6 dev 11)
            cap = _CAP_LEVEL_RE.search(_CLAUSE_SPLIT_RE.split(self.text[max(0, start0 - 16) : start0])[-1])
            if cap is not None and q.kind in ("money", "count", "area", "quantity"):
                qualifier, hedge_en = HEDGES_BEFORE[cap["b"]]
            listed = self._hedge_list
            if listed is not None and q.kind in ("money", "area", "count", "quantity"):
                sep = _LIST_SEP_RE.match(self.text, listed[0], start0)
                if sep is not None and sep.end() == start0:  # 分别约为3 389公顷、584公顷: each item is "about"
                    qualifier, hedge_en = listed[1], listed[2]
                    self._hedge_list = (end, qualifier, hedge_en)
        if hedge and "分别" in self.text[max(0, hedge.start - 3) : hedge.start] and not q.more and not after:
            self._hedge_list = (end, qualifier, hedge_en)  # 分别约为: the hedge of the list that follows
        if after:
            if not hedge and not q.more and self.text[after[1] - 1 : after[1]] == "起":
                hedge_en = "from"  # 5999元起, 每月8,000元起: a price floor, "from" (tester s16 G8: was "over")
            end = after[1]
            if not q.more:
                qualifier, hedge_en = _bound_after(hedge, after[0], qualifier, hedge_en)
                if hedge is None and self.text.endswith("上限", 0, after[1]):  # 10,000個配額上限: a cap, "up to"
                    hedge_en = HEDGES_BEFORE["上限"][1]
            if incl:
                self._inclusive = True
        elif incl and hedge:  # 低于100万元（含100万元）: the bound, restated as included
            end = incl.end()
            self._inclusive = True
        return start, qualifier, hedge_en, end, plus

    @staticmethod
    def _bounds(qualifier: str, value: float) -> tuple[float | None, float | None]:
        if qualifier == "over":
            return value, None
        if qualifier in ("under", "nearly"):
            return None, value
        return None, None

    def _currency(self, unit: str, end: int, named: str = "") -> str:
        """ISO code: the one written; else a (美元,下同) note before the figure or right
        after it; else the region's ("" when the region is unknown)."""
        if named:
            return named
        if unit in CURRENCIES:
            return CURRENCIES[unit]
        listed = self._listed_price(end)
        if listed:
            return listed
        i = bisect.bisect_right(self.note_starts, end + 2)
        if i and not self.notes[i - 1][1] and self.notes[i - 1][0] >= end:
            i -= 1  # the next item's time stamp right after the figure: not its end
        if i and self.notes[i - 1][1]:
            pos, noted = self.notes[i - 1]
            if not self._foreign_across(pos, end, noted):
                if (
                    pos in self._prefix_notes
                    and noted != self.region.currency
                    and names_home(self.region, self.text, pos, end)
                ):
                    return self.region.currency  # 約人民幣3.9萬元，而本港…約2萬元: the clause speaks of home
                return noted
            return ""  # 人民币100元。… another sentence's bare 5000元 in a text not of the renminbi: as written
        if self.default_currency and self._other_yuan_before(end):
            return ""  # 出口1480亿元人民币，…进口1413亿元: renminbi or Hong Kong dollars? as written (tester s20 F3)
        # 位于北京…约40亿 in Taiwan text: renminbi
        placed = place_currency(self.region, self.text, end, self.sentences.bounds(end, 200))
        if placed is not None:
            return placed
        if self.default_currency != self.region.currency and self._named_once_elsewhere(end):
            return ""  # 100萬億元人民幣。… 派發5000元: the one currency named is another sentence's
        return self.default_currency

    _OTHER_YUAN_REACH = 40

    def _other_yuan_before(self, end: int) -> bool:
        """Whether the sentence before a bare 元 sum names a 元 currency (人民币, 港元, 美元, 新台币, 澳门元 ...) other
        than the one the region lends it, and never the region's own: whose 元 the bare one is, the text does not say
        (a currency written before a number, 新台币5926亿元, carries by the notes, read before this). Read 40
        characters back: a long sentence of a market report moves on to another share (…703億元人民幣，當中…，而將
        中石化目標價由4.5元調升至4.9元: the H share's Hong Kong dollars, figures2 dev 88)."""
        start = self.sentences.bounds(end, self._OTHER_YUAN_REACH)[0]
        others = False
        for m in _YUAN_NAMED_RE.finditer(self.text, start, end):
            if not _SUM_BEFORE_NAME_RE.search(self.text, max(0, m.start() - 3), m.start()):
                continue  # 美元兑新台币, 欧元、日圆和英镑的参考汇率: a currency priced, not a sum's
            code = CURRENCIES.get(m.group())
            if code == self.default_currency:
                return False
            if code is None:
                continue
            # a foreign 元 (美元, 欧元) named in a known outlet's text leaves its bare 元 the home's only where the two
            # sums are of two markets: the foreign one's a market abroad's (美股, ADR, 道瓊 just before it: 中時's
            # 台積電漲0.43美元…早盤勁揚5元至633元, figures32 07) or the bare one's clause a home market's (台股, A股,
            # 港股). A foreign company's results (營收達1195億美元…淨利339億元) stay doubtful (review s32 R3), as with
            # no outlet known (营收50亿美元，利润8亿元: tester s21)
            if code not in _HOME_YUAN_CODES and self.region.outlet and self._two_markets(m.start(), end):
                continue
            others = True
        return others

    def _two_markets(self, foreign: int, end: int) -> bool:
        """Whether a foreign sum named at ``foreign`` is a market abroad's (a foreign market word in the 80 characters
        before it) or the bare sum ending at ``end`` is in a clause of a home market (台股, A股, 港股)."""
        if _FOREIGN_MARKET_RE.search(self.text, max(0, foreign - 80), foreign):
            return True
        clause_start = max(0, end - 30)
        opens = [c.end() for c in _CLAUSE_SPLIT_RE.finditer(self.text, clause_start, end)]
        return _HOME_MARKET_RE.search(self.text, opens[-1] if opens else clause_start, end) is not None

    def _listed_price(self, end: int) -> str:
        """The currency of a share's price: a bare sum in a clause that trades the share (买入, 止蚀, 目标价 …) in a
        text naming the share with its exchange (（425-HK）: HKD). The last such name before the sum decides; none, or
        no trade in the clause: "" (the notes and the region decide)."""
        if self._listings is None:
            self._listings = [(m.start(), _EXCHANGE_CURRENCY[m["x"]]) for m in _LISTED_RE.finditer(self.text)]
        if not self._listings:
            return ""
        i = bisect.bisect_left(self._listings, (end, ""))
        if i == 0:
            return ""
        left, right = self.sentences.bounds(end, 60)
        listed_at, currency = self._listings[i - 1]
        # the share's own sentence, or a broker's recommendation line under its note (策略：建议…买入): a later
        # sentence may quote another share (A股方面，…收报1800元: renminbi, review s19 R3)
        start = self.sentences.bounds(end, 400)[0]
        if listed_at < start and not _ADVICE_LINE_RE.match(self.text, start):
            return ""
        opens = [m.end() for m in _CLAUSE_SPLIT_RE.finditer(self.text, left, end)]
        closes = _CLAUSE_SPLIT_RE.search(self.text, end, right)
        clause = self.text[opens[-1] if opens else left : closes.start() if closes else right]
        return currency if _TRADE_WORDS_RE.search(clause) else ""

    def _foreign_across(self, pos: int, end: int, noted: str) -> bool:
        """Whether a currency written before an earlier number (人民币100元, not a 下同 note) is read
        across a sentence end in a text whose region's currency is not that one: then it does not
        carry (precision first; a (人民币,下同) note always does)."""
        if pos not in self._prefix_notes or noted == self.region.currency:
            return False
        return _FULL_STOP_RE.search(self.text, pos, max(pos, end)) is not None

    def _named_once_elsewhere(self, end: int) -> bool:
        """Whether the one 元-currency a text of no known region names (the default it lends a bare 元)
        is named in one sentence only, not the one around ``end``. A text that writes it in several
        sentences (900萬澳元 … 10萬澳元 … 20萬澳元) writes in it; one sum of it (內地GDP首破100萬億元人民幣)
        says nothing of another sentence's bare 元 (本港…派發5000元)."""
        if self._named_sentences is None:
            self._stops = [m.start() for m in _FULL_STOP_RE.finditer(self.text)]
            self._named_sentences = {
                bisect.bisect_left(self._stops, m.start()) for m in _YUAN_NAMED_RE.finditer(self.text)
            }
        named = self._named_sentences
        return len(named) == 1 and bisect.bisect_left(self._stops, end - 1) not in named

    def _implied_money(self, q: Quantity) -> bool:
        """Amounts with no 元 written whose words say money: 规模达3000亿, 逾百亿代金券,
        数十万亿的出口交易额, 四五万代理费, 月收入有五六千.

        A 万/亿 amount followed (after an optional 的) by a money noun; or an amount of
        1,000 or more at the end of a clause that a money word opens. Never one whose noun says it measures
        something else (分子量1200万, 人口达1200万: _measures_no_sum)."""
        text = self.text
        if self._measures_no_sum(q):
            return False
        if self._paid(q):
            return True
        if q.value < 1000 or self._bare_or_article(q) or q.arabic and not q.scale and q.value < 10_000:
            return False
        if q.arabic and not q.scale and _DIAL_BEFORE_RE.search(text, max(0, q.start - 4), q.start):
            return False  # 请拨96110, 请拨4008123123: a digit string after 拨 is a number to dial (review s33 R7)
        big = any(ch in "万亿" for ch in q.full)
        after = text[q.end : q.end + 8]
        if after[:1] in ("人", "次", "户", "件", "元") or (_OTHER_UNIT_RE.match(after) and not _verb_starts(after)):
            return False  # (投入2.7億升級…: 升 opens the verb 升级, no litre: tester s26 U13)
        noun_at = 1 if after[:1] == "的" else 0
        if after.startswith(("订单", "笔订单")) and _PER_PERIOD_BEFORE_RE.search(text, max(0, q.start - 12), q.start):
            return False  # 每天提供2000万订单: orders a day are counted, no sum (获得2000万订单 is one's worth)
        if big and _ROUND_MONEY_AFTER_RE.match(after, noun_at):
            return True  # 欠的百萬債, 背負500萬債務: a debt's sum (a budget is _MONEY_AFTER_RE's as well)
        if big and (_MONEY_AFTER_RE.match(after, noun_at) or _BOUGHT_AFTER_RE.match(after)):
            # (中国的数亿消费者: a money word's characters inside the people it counts, 消费者: no sum)
            return not (noun_at == 0 and self._people_named_after(q))
        if big and _CLAUSE_END_RE.match(text, q.end) and _SOLD_BEFORE_RE.search(text, max(0, q.start - 5), q.start):
            return True  # 现在出售500万，: a sale's verb, the sum, the clause's end (50万买的: a price paid, as 买下)
        if big and _GRANT_AFTER_RE.match(after):
            return True  # 其中500萬補助清寒學生, 200万用于校舍: a sum put to a use (review s20; was '5 mn students')
        if big and _PER_AREA_RE.match(after):
            return True  # 均价3.5万/平方米, 10万+/平方米: a price per area is a sum
        if (
            big
            and (not _is_han(after[:1]) or after[:1] in "计算卖售" or _hedge_after(text, q.end))
            and _PER_AREA_BEFORE_RE.search(text, max(0, q.start - 8), q.start)
        ):
            return True  # 按每亩25万计算, 每坪52万: the price of an area unit named before it
        if big and noun_at and _PRICE_RIGHT_BEFORE_RE.search(text, max(0, q.start - 6), q.start):
            return True  # 总价1300~1400万的「某楼盘」: a price word, the sum, 的 and what it prices
        if (
            big
            and (not _is_han(after[:1]) or after[:1] in _SPEND_AFTER)
            and _SPEND_BEFORE_RE.search(text, max(0, q.start - 6), q.start)
        ):
            return True  # 花1.08亿买下, 斥资3亿收购: a spending verb, the sum, what it bought
        if big and self._people_named_after(q):
            return False  # 收入14亿美元，有逾3.77亿订阅用户: the people it counts named after it, no sum (figures31 16)
        superlative = _SUPERLATIVE_AFTER_RE.match(text, q.end) is not None  # 达491亿最多
        # 三个月就四五个亿了: a sentence-final 了 ends the amount as a pause does
        if (
            after[:1]
            and "\u4e00" <= after[0] <= "\u9fff"
            and after[0] != "了"
            and not (_hedge_after(text, q.end) or superlative)
            # 預算預估達到100億規模: the how-much word after the amount says what it is the size of, as the clause does
            and not (big and _HOW_MUCH_AFTER_RE.match(text, q.end))
            # 總獎金高達187萬的「…」, 营收达3000万的企业: a sum its clause names, 的, what it is of (tester s26 U13)
            and not (big and noun_at)
        ):
            # 跨越7万亿、8万亿、9万亿三个大台阶: a count starting right after ends the amount
            nxt = QUANTITY_RE.match(text, q.end) if after[0] in CN_NUMERAL_CHARS else None
            if (
                not (nxt and nxt["measure"] and not nxt["scale"])
                and not _predicate_starts(after)
                and not _THRESHOLD_AFTER_RE.match(after)
            ):
                return False
        if not ("亿" in q.full or q.pair or q.vague or big) and q.value < 1000:
            return False
        clause = text[max(0, q.start - 12) : q.start]
        clause = _CLAUSE_SPLIT_RE.split(clause)[-1]
        if _names_sum(clause, self._sentence_head(q.start)):
            # (iPhone 6销售量上看7000万: units sold, no sum; 销售额 is one; 每人 says whom a sum is per, not that
            # people are counted: 每人收费 2 万)
            people = _PEOPLE_RE.search(_PER_HEAD_RE.sub("", clause))
            if not people and _PAYING_RE.search(clause):
                # 缴费人数达120万，其中新增缴费2万: 缴费 a verb, its number the payers the sentence counts
                # (review s30 R9)
                people = _PEOPLE_RE.search(SENTENCE_END_RE.split(text[max(0, q.start - 80) : q.start])[-1])
            return not people and not _VOLUME_RE.search(clause)
        if "亿" not in q.full:
            return False
        # a topic chain: 推案量前十名行政区依序为…，其中龟山达491亿最多 (the sum named once at
        # the sentence's head, each later clause a bare 亿 number), as _people_count reads people
        head = SENTENCE_END_RE.split(text[max(0, q.start - 80) : q.start])[-1]
        if _PEOPLE_RE.search(head) or _NOUN_RE.search(clause):
            return False
        # ... or an answer to a question that asks how much of a sum (营收能有多少？ 答：应该有七八个亿。):
        # the sentence before, a question, names the sum
        return bool(_MONEY_BEFORE_RE.search(head)) or self._asked_sum(q.start - len(head))

    def _paid(self, q: Quantity) -> bool:
        """A bare amount right after a verb of paying, fining, giving or pricing (_SUM_VERB_BEFORE_RE: 被罚60万,
        捐1000万, 降价3万, 直降1500): a sum, scaled by 万/亿, or of 10 or more in digits that ends its clause
        (直降1500，)."""
        if q.vague or q.pair or not _SUM_VERB_BEFORE_RE.search(self.text, max(0, q.start - 8), q.start):
            return False
        if any(ch in "万亿" for ch in q.full):
            return not self._bare_or_article(q)
        nxt = self.text[q.end : q.end + 1]
        return q.arabic and (q.value or 0) >= 10 and (not nxt or nxt in CLAUSE_BREAK or nxt in "！？!?\n ")

    def _measures_no_sum(self, q: Quantity) -> bool:
        """Whether the noun right before an amount with no unit says it is no sum: a units.MEASURED_NOUNS word of a
        kind other than money (分子量1200万, 人口达1200万, 播放量1200万, 电话2133077), whatever else its sentence says
        of money (a price quoted next to 分子量1200万 made it "RMB 12 mn": peer6 DuEE)."""
        m = _MEASURED_BEFORE_RE.search(self.text, max(0, q.start - 12), q.start)
        return m is not None and MEASURED_NOUNS[m["noun"]] != "money"

    def _sentence_head(self, pos: int) -> str:
        """The sentence before ``pos`` (60 characters at most)."""
        return SENTENCE_END_RE.split(self.text[max(0, pos - 60) : pos])[-1]

    def _asked_sum(self, pos: int) -> bool:
        """Whether the sentence ending right before ``pos`` (past line breaks and spaces) is a question
        asking how much of a sum: 春节期间的营收能有多少？"""
        text = self.text
        end = pos
        while end > 0 and text[end - 1] in " \u3000\n":
            end -= 1
        if end == 0 or text[end - 1] not in "？?":
            return False
        question = SENTENCE_END_RE.split(text[max(0, end - 81) : end - 1])[-1]
        return "多少" in question and bool(_MONEY_BEFORE_RE.search(question)) and not _PEOPLE_RE.search(question)

    def _whole_currency(self, q: Quantity) -> str:
        """The currency of the whole a part belongs to: a sum after 其中/包括/当中 in its clause takes the currency
        of the sentence's sum before it (一共砸了1.32亿美元，其中1.2亿资金…; 花了160亿美元，其中105亿是广告费:
        dollars, not the region's yuan, tester s23 T1). No such sum, or one of no known currency: ""."""
        clause = _CLAUSE_SPLIT_RE.split(self.text[max(0, q.start - 10) : q.start])[-1]
        if not _PART_OF_RE.search(clause):
            return ""
        # the whole is the sum before the sentence's first part word, not a part listed since (总投资15亿元，其中利用
        # 外资5000万美元，其中国内银行贷款8亿: the 8亿 is the yuan whole's, review s24 R3)
        begin = self.sentences.bounds(q.start, 120)[0]
        first = _PART_OF_RE.search(self.text, begin, q.start)
        if first is None:
            return ""
        for fig in reversed(self.figures):
            if fig.start < begin:
                break
            if fig.kind == "money" and fig.end <= first.start():
                return fig.unit if first.start() - fig.end <= 60 else ""
        return ""

    def _sibling_sum(self, q: Quantity) -> str | None:
        """The currency of a 万/亿 amount written without 元 after a sum of the same scale in
        its sentence: 推案量逾490亿元，较去年同期大增近180亿; 营收约8.2亿人民币(2022年同期为8.9亿).
        The unit is said once and dropped after (a list or a comparison of sums)."""
        last = self._last_money
        if last is None or self._bare_or_article(q) or (q.value or 0) < 1e4 or self._measures_no_sum(q):
            return None
        scale = next((ch for ch in "亿万" if ch in q.full), "")
        end, currency, text = last
        if not scale or not currency or end > q.start or q.start - end > 80:
            return None
        nxt = self.text[q.end : q.end + 1]
        if _OTHER_UNIT_RE.match(self.text, q.end) or (
            _is_han(nxt) and not (_hedge_after(self.text, q.end) or _HOW_MUCH_AFTER_RE.match(self.text, q.end))
        ):
            return None
        if scale not in text:
            # 过路费大概在100多块钱…4天应该在1.2万左右: a hedged sum of another scale in a sentence
            # about money, its clause naming nothing else it could count (员工约1.2万左右 is people)
            clause = _CLAUSE_SPLIT_RE.split(self.text[max(0, q.start - 12) : q.start])[-1]
            if not _hedge_after(self.text, q.end) or _NOUN_RE.search(clause) or _PEOPLE_RE.search(clause):
                return None
        between = self.text[end : q.start]
        if SENTENCE_END_RE.search(between) or _PEOPLE_RE.search(between):
            return None
        return currency

    def _next_sum(self, q: Quantity) -> str | None:
        """The currency of a 万/亿 amount written without 元 right before a sum of the same scale that
        a short link joins to it (突破300亿达302.9亿元, 由3亿增至5亿元): the unit is said once, on the second.
        None when anything else could be what it counts (a noun, people, punctuation between)."""
        if not q.scale or self._bare_or_article(q) or (q.value or 0) < 1e4 or q.vague or q.pair:
            return None
        if self._measures_no_sum(q):
            return None
        scale = next((ch for ch in "亿万" if ch in q.full), "")
        link = _LINK_TO_SUM_RE.match(self.text, q.end) if scale else None
        if link is None:
            listed = bool(scale) and self.text[q.end : q.end + 1] == "、"
            return self._listed_sum(q, scale) if listed else None
        m2 = QUANTITY_RE.match(self.text, link.end())
        if m2 is None or scale not in (m2["scale"] or ""):
            return None
        q2 = _quantity(m2)
        if not (m2["cur"] or m2["yuan"] or m2["code"]):
            return None
        return self._currency(q2.unit, q2.end, q2.currency) if q2.value is not None else None

    def _listed_sum(self, q: Quantity, scale: str) -> str | None:
        """The currency of a 万/亿 amount with no unit that a list goes on after (、), when a later item of the list,
        an amount of the same scale with no unit either, is one whose words say money: 出現1900萬、1580萬兩種不同開價
        (its 開價); each item may open on its own label (標案750萬、火舞表演85萬、新聞處轉播150萬、各工作組經費200萬:
        a budget's lines, 經費 says what they all are, figures28 03). An item with a unit (2100万、2400万人) ends it."""
        text, pos = self.text, q.end
        if _COUNT_LABEL_RE.search(text, max(0, q.start - 6), q.start):
            return None  # 訂閱數120萬、年收入300萬: the item's own label says it counts (review s32 R7)
        for _ in range(_LIST_ITEMS):
            if text[pos : pos + 1] != "、":
                return None
            label = _LIST_LABEL_RE.match(text, pos + 1)
            m2 = QUANTITY_RE.match(text, label.end()) if label else None
            if m2 is None or scale not in (m2["scale"] or "") or m2["unit"] or m2["pre"]:
                return None
            if _COUNT_LABEL_RE.search(text, label.start(), label.end()):
                return None  # a list of counts and sums: each item is read on its own
            q2 = _quantity(m2)
            if q2.value is None:
                return None
            if self._implied_money(q2):
                return self._currency("元", q2.end)
            pos = q2.end
        return None

    def _shu_yi_ji(self, m: re.Match[str]) -> int:
        """数以千计的香港居民, 数以万计的游客: a vague count of the noun after it (its scale
        to ten times it); with no counted noun after it, no figure."""
        low = float(scale_factor(m["shuyi"]) or 0)
        if m["shuyiyuan"]:  # 营业额数以千万元计: a sum of tens of millions, vague
            currency = self._currency("元", m.end())
            en = english.money_span(low, low * 10, currency, vague=True)
            self.add("money", m.start(), m.end(), low, en, unit=currency, qualifier="range", low=low, high=low * 10)
            return m.end()
        q = Quantity(
            start=m.start(),
            num_end=m.end(),
            end=m.end(),
            num="数",
            scale=m["shuyi"],
            more=False,
            kind=None,
            unit="",
            value=low,
            low=low,
            high=low * 10,
            vague=True,
        )
        if not self._noun_count(q):
            # 數以十萬計的網約車出行訂單: the head of a longer noun phrase, its last word, is what is counted
            pos = m.end() + (self.text[m.end() : m.end() + 1] == "的")
            phrase = _PHRASE_BREAK_RE.split(self.text[pos : pos + 12])[0]
            head = _NOUN_RE.search(phrase, max(0, len(phrase) - _NOUN_LONGEST))
            while head is not None and head.end() < len(phrase):
                head = _NOUN_RE.search(phrase, head.start() + 1)
            if head is not None and len(phrase) < 12:
                self._count(_as_count(q), noun=NOUNS[head.group()])
        return m.end()

    def _counted_by_noun(self, q: Quantity) -> bool:
        """A 万/亿 number right before a noun it counts (3万至5万网约车牌: within 4 characters, nothing between)."""
        if not any(ch in "万亿" for ch in q.full) or (q.value or 0) < 1e4 or _OTHER_UNIT_RE.match(self.text, q.end):
            return False
        window = self.text[q.end : q.end + 8]
        m = _NOUN_RE.search(window)
        return m is not None and m.start() <= 4 and not _NOUN_GAP_BREAK_RE.search(window[: m.start()])

    def _noun_count(self, q: Quantity) -> bool:
        """超过6亿的手机用户, 1.2万名 ... 6亿用户: a 万/亿 number before a noun it counts; a
        hedged or vague bare scale too (過百本地漁農戶, 数以千计的居民): no digit, so no date or code."""
        scaled = any(ch in "万亿" for ch in q.full) and q.value >= 1e4
        # 五六百员工: an approximate pair before its noun too; and a hedged hundred or more before people (3000多特困
        # 下岗职工, 1000余村民: the measure word 名 dropped; no year, code or date is hedged so)
        hedged = q.more and (q.value or 0) >= 100 and not q.scale and self._people_named_after(q)
        if not (scaled or q.vague or q.pair or hedged or is_bare_scale(q.num)) or self._bare_or_article(q):
            return False
        if _OTHER_UNIT_RE.match(self.text, q.end):
            return False  # 1万米记录: metres, not records
        pos = q.end + (self.text[q.end : q.end + 1] == "的")
        window = self.text[pos : pos + 8]
        m = _NOUN_RE.search(window)
        if not m or _NOUN_GAP_BREAK_RE.search(window[: m.start()]) or m.start() > 4:
            return False
        if pos > q.end and self._measures_its_subject(q):
            return False  # 人口达3000万的城市: the cities' population, not 30 mn cities
        if _place_at(window, 0, m.start()) is not None:
            return False  # 几亿打工者在城市…: the noun after 在 is a place, not what is counted (tester s23 T15)
        # 农村居民: in a chain of nouns the last one is the head (people, not villages)
        head = m
        while (nxt := _NOUN_RE.match(window, head.end())) is not None:
            head = nxt
        noun = NOUNS[head.group()]
        if noun in _PLACES_EN and q.value >= 1e7:
            # no country has tens of millions of villages: 694億遷村 counts none (a sum), 近1亿农村贫困人口 counts the
            # people a place noun only describes
            people = [NOUNS[x.group()] for x in _NOUN_RE.finditer(window, head.end())]
            if not people or people[-1] not in PEOPLE_NOUNS_EN:
                return False
            noun = people[-1]
        if m.start() and (
            _GRANT_AFTER_RE.match(window) or self._serial_verbs(q, window[: m.start()], noun in PEOPLE_NOUNS_EN)
        ):
            # 安排3亿用于项目建设, 拨付500万奖励项目单位, 安排2亿支持企业发展: what a sum is put to, not what is counted
            # (review s23 R2, s24 R4)
            return False
        if pos == q.end and 0 < m.start() and self._scale_in_a_name(q, q.end + m.start()):
            return False  # 1萬科企業股份有限公司 (a list's 1. and 萬科, Vanke): 万 opens a name, no scale
        qc = _as_count(q)
        return self._count(qc, noun=noun)

    def _people_named_after(self, q: Quantity) -> bool:
        """The noun phrase right after ``q`` (after an optional 的, its words up to a noun at most four characters on,
        no break between) has people for its head (逾3.77亿订阅用户, 460万内容创作者, 2万的退休老人): what the number
        counts, whatever money its sentence names."""
        pos = q.end + (self.text[q.end : q.end + 1] == "的")
        window = self.text[pos : pos + 10]
        m = _NOUN_RE.search(window)
        if not m or m.start() > 4 or _NOUN_GAP_BREAK_RE.search(window[: m.start()]):
            return False
        head = m
        while (nxt := _NOUN_RE.match(window, head.end())) is not None:
            head = nxt  # 农村居民: the last noun of a chain is its head
        if NOUNS[head.group()] not in PEOPLE_NOUNS_EN:
            return False
        # (投入2000万慰问退休老人: a sum put to the people's use, the people a second verb's object, as _noun_count)
        return not (m.start() and self._serial_verbs(q, window[: m.start()], True))

    def _measures_its_subject(self, q: Quantity) -> bool:
        """An amount said of a noun before it with a verb of reaching or a hedge between (人口达3000万, 用户数超过6亿):
        before 的 it is that noun's size in a phrase describing what follows (人口达3000万的城市), not a count of that.
        (超过6亿的手机用户, 拥有6亿的用户: no noun of its own before, the amount counts the users.)"""
        hedge = _hedge_before(self.text, q.start, bare_scale=False)
        at = hedge.start if hedge else q.start
        copula = _REACHES_BEFORE_RE.search(self.text, max(0, at - 3), at)
        if copula is None and hedge is None:
            return False
        at = copula.start() if copula else at
        words = segment.tag(_CLAUSE_SPLIT_RE.split(self.text[max(0, at - 8) : at])[-1])
        return bool(words) and words[-1][1][:1] == "n"

    def _serial_verbs(self, q: Quantity, gap: str, people: bool) -> bool:
        """安排2亿支持企业发展, 下达5000万扶持重点项目: a verb's object (the amount), then another verb whose object the
        noun is; a copula or 有 before the amount (现有逾3万兼职司机) counts it, and no verb after it (200万制造业
        企业) neither. People are what a verb acts on, and the word between modifies them (疏散2万受灾群众, 慰问2万退休
        老人: counted, review s24 R10), unless the verb before is one that puts a budget (安排5000万帮扶困难群众)."""
        after = segment.tag(gap)
        if not after or not after[0][1].startswith("v"):
            return False
        start = _hedge_before(self.text, q.start, bare_scale=False)
        at = start.start if start else q.start
        before = segment.tag(_CLAUSE_SPLIT_RE.split(self.text[max(0, at - 6) : at])[-1])
        if not before or before[-1][0] in _COPULA_VERBS:
            return False
        if people and len(after) >= 2 and before[-1][1].startswith("v"):
            # 拿出3000万帮扶困难群众, 捐赠1000万帮扶困难群众, 筹资5000万救助困难职工: the second verb has words of its
            # own before the people, so they are its object, and the amount the first verb's (a sum, whatever that
            # verb is: review s25 R4b, an object rule, not a list of giving verbs); one verb word alone before them
            # modifies them (疏散2万受灾群众, 慰问2万退休老人: counted). Precision first: an open reading is no count.
            return True
        if before[-1][1] != "v":
            return False
        if before[-1][0] in _BUDGET_VERBS:
            return True  # 拨付1亿救助企业 (救助 a verbal noun too): a budget put to whatever follows
        return after[0][1] == "v" and not people

    def _scale_in_a_name(self, q: Quantity, noun_start: int) -> bool:
        """The scale written last in ``q`` and the characters up to the noun are one word (万科, 万达, 百度): a name
        that opens with a scale character, not a number's scale."""
        if q.full[-1:] not in ("万", "亿", "千", "百") or q.more or q.vague or q.pair:
            return False
        phrase = self.text[q.end - 1 : noun_start]
        return all(_is_han(c) for c in phrase) and _dictionary_word_ends(phrase) == frozenset({len(phrase)})

    def _average(self, q: Quantity) -> bool:
        """An average may be a fraction of a count: 平均每个家庭户的人口为2.62人, 人均2.7项.
        The sentence says 平均, 人均 or 每 before the number, and no change verb sits
        right before it (减少0.48人 is a difference, not a count)."""
        text = self.text
        begin = max(0, q.start - 30)
        end_mark = SENTENCE_END_RE.search(text[begin : q.start][::-1])
        if end_mark:
            begin = q.start - end_mark.start()
        return bool(_AVERAGE_RE.search(text, begin, q.start)) and _growth_before(text, q.start) is None

    def _people_count(self, q: Quantity) -> bool:
        """常住人口突破500万, 人口增量仅24.9万, 用户数达1.2亿: a 万/亿 number with no unit,
        ending its phrase, in a clause whose subject is people and that names no money."""
        if not any(ch in "万亿" for ch in q.full) or self._bare_or_article(q) or q.value < 1e4:
            return False
        nxt = self.text[q.end : q.end + 1]
        if _OTHER_UNIT_RE.match(self.text, q.end):
            return False
        # 跟2016年的1,786万比: the number compared ends its phrase as a pause would
        compared = nxt == "比" and _COMPARED_WITH_RE.search(
            _CLAUSE_SPLIT_RE.split(self.text[max(0, q.start - 16) : q.start])[-1]
        )
        # 用户创3.66亿及6.4亿的新高: a list of such numbers; each item ends its phrase
        joiner = _LIST_SEP_RE.match(self.text, q.end)
        head = joiner is not None and self.text[joiner.end() : joiner.end() + 1].isdigit()
        prev = self.figures[-1] if self.figures else None
        tail = (
            prev is not None
            and prev.kind == "count"
            and not prev.unit
            and ((sep := _LIST_SEP_RE.match(self.text, prev.end)) is not None and sep.end() == q.start)
        )
        if _is_han(nxt) and not (
            compared or head or tail or _hedge_after(self.text, q.end) or _CHANGE_AFTER_RE.match(self.text, q.end)
        ):
            return False  # 500万辆, 3000万记录: a word follows; what it counts is not known
        clause = _CLAUSE_SPLIT_RE.split(self.text[max(0, q.start - 16) : q.start])[-1]
        found = list(_PEOPLE_SUBJECT_RE.finditer(clause))
        if not found and (compared or not _is_han(nxt)) and not _own_subject(clause):
            # a topic chain: 新生儿在2016年是1,700多万,2017年还能保持1,700多万 (the people
            # named once at the sentence's head, each later clause a bare number); not past a subject of the number's
            # own clause (重度用户，粉丝过亿: followers, not users)
            clause = SENTENCE_END_RE.split(self.text[max(0, q.start - 60) : q.start])[-1]
            found = list(_PEOPLE_SUBJECT_RE.finditer(clause))
        if not found or _names_sum(clause, self._sentence_head(q.start)):
            return False
        qc = _as_count(q)
        if found[-1].group() == "人次" and _VISITS_GAP_RE.fullmatch(clause, found[-1].end()):
            # 医疗旅游人次86.5万, 申购人次超千万, 出入境人次逾392.2万: the measure word written before the number
            # (only an adverb or a hedge between)
            qc.unit = "人次"
        return self._count(qc, noun=NOUNS[found[-1].group()])

    def _measure_before(self, q: Quantity) -> bool:
        """总场次超9600万, 出境辆次逾392.2万: a 万/亿 number with no unit, ending its phrase, right after a per-event
        measure word that names its clause's subject (only an adverb or a hedge between): a count in that measure
        (tester s25 T15; 人次 with a people subject is _people_count's)."""
        if not any(ch in "万亿" for ch in q.full) or self._bare_or_article(q) or (q.value or 0) < 1e4:
            return False
        if _is_han(self.text[q.end : q.end + 1]) and not _hedge_after(self.text, q.end):
            return False
        m = _MEASURE_BEFORE_RE.search(self.text, max(0, q.start - 12), q.start)
        if m is None:
            if _ACT_VOLUME_BEFORE_RE.search(self.text, max(0, q.start - 12), q.start) is None:
                return False
            return self._count(_as_count(q), noun="")
        qc = _as_count(q)
        qc.unit = m["m"]
        return self._count(qc, noun=MEASURE_NOUN_DEFAULTS.get(qc.unit, ""))

    def _written_sum(self, q: Quantity) -> bool:
        """壹元, 人民币一元, 一元五角, 贰元整: a small sum in words that no word is part of - a financial numeral (the
        numerals of cheques and receipts, never a word's), a currency named right before it, or the sum written on in
        角/分 or closed by 整/正 (peer3's kind 1: 一元化, 二元结构 and 三元组 stay words)."""
        if any(ch in _FINANCIAL_DIGITS for ch in self.original[q.start : q.num_end]):
            return True
        if q.currency or PREFIX_CURRENCY_RE.search(self.text, max(0, q.start - 6), q.start):
            return True
        if any(ch in "角毛分" for ch in self.text[q.num_end : q.end]):
            return True  # (一元五角: the 角 read with the sum)
        if self.text[q.end - 1 : q.end] == "整" and not _is_han(self.text[q.end : q.end + 1]):
            return True  # (一元整: the 整 read with the sum; 三元整体 is a word)
        return _YUAN_WRITTEN_ON_RE.match(self.text, q.end) is not None

    def _qian(self, q: Quantity) -> bool:
        """元钱, 块钱: spoken money, never part of a word (一元钱 is one yuan)."""
        return self.text[q.num_end : q.end].endswith("钱") or self.text.startswith("钱", q.end)

    def _written_currency(self, q: Quantity) -> str:
        """The currency written at the number: a name, code or symbol; a bare $ in Taipei,
        Hong Kong, Macau or Singapore text is the local dollar ($315, $0.3至$1.1)."""
        if self._bare_dollar(q) and (named := _DOLLAR_NAMED_RE.search(self.text, max(0, q.pre_start - 6), q.pre_start)):
            # HK $ 1,298, 港币＄599, NT $500: the dollar named right before its sign, a space between or none (tester
            # s20 F6: were USD); the figure's text starts at the name
            q.pre_start = named.start()
            return CURRENCY_SYMBOLS[named["lat"] + "$"] if named["lat"] else CURRENCIES[named["cur"]]
        if self._bare_dollar(q) and self.region.name in ("tw", "hk", "mo", "sg"):
            return self.region.currency
        if self._bare_dollar(q) and self.region.name == "unknown":
            return ""  # a Traditional text of no known region (a forum post): its $ may be NT$ or HK$, as written
        if q.pre_start >= 0 and q.currency and self.text[q.pre_start] in "$¥￥":
            sentence = self._clause_around(q.pre_start)
            if self.text[q.pre_start] == "$" and _DOLLAR_PLACES_RE.search(sentence):
                return ""  # 香港的门票售价为$350 in a text of another region: HK$ or US$, shown as written
            if self._yen_or_yuan(q):
                return ""
        return q.currency

    def _yen_or_yuan(self, q: Quantity) -> bool:
        """日本的门票价格为¥1,500: the sign is the yen's and the yuan's, and a word naming Japan in the
        sentence does not say which (中国对日本出口额达¥100亿 is yuan): shown as written. Where 元 or
        人民币 follows the number (¥5亿元) its own word says yuan."""
        if q.pre_start < 0 or self.text[q.pre_start] not in "¥￥":
            return False
        written = self.text[q.num_end : q.end + 3]
        return not ("元" in written or "人民币" in written) and bool(_JAPAN_RE.search(self._clause_around(q.pre_start)))

    def _clause_around(self, pos: int) -> str:
        """The sentence around ``pos`` (at most 60 characters either side)."""
        left, right = self.sentences.bounds(pos, 60)
        return self.text[left:right]

    def _bare_dollar(self, q: Quantity) -> bool:
        return q.pre_start >= 0 and self.text.startswith("$", q.pre_start)

    def _cents_listed(self, q: Quantity) -> bool:
        """派息…增加14％至3.8分，全年增加16％至6.57分: the sentence's last sum, a clause or two back, is in the same
        cents: this one is too (the dividend named once, at the head)."""
        last = self._last_money
        if last is None or q.start - last[0] > 40 or not last[2].endswith(q.unit):
            return False
        return not _FULL_STOP_RE.search(self.text, last[0], q.start)

    def _cent_is_money(self, q: Quantity) -> bool:
        """30仙, 每股50分: cents where the clause speaks of a price or a dividend (每股, 派息,
        股价, 车费 ...); 仙 after Arabic digits in Hong Kong text always is. 分 is also a
        score, a grade and a minute, so it needs the words; and where the sentence names
        another currency before it than the one a bare cent would get, it is not read."""
        clause = _CLAUSE_SPLIT_RE.split(self.text[max(0, q.start - 20) : q.start])[-1]
        own_sen = q.unit == "仙" and q.arabic and self.region.name in _SEN_REGIONS
        if not _CENT_CONTEXT_RE.search(clause) and not own_sen:
            if not self._cents_listed(q):
                return False
        if q.unit == "分":
            ends = self.sentences.ends
            i = bisect.bisect_left(ends, q.start)
            left = max(ends[i - 1] + 1 if i else 0, q.start - _SENTENCE_CAP)
            named = {CURRENCIES[m["cur"]] for m in SUFFIX_CURRENCY_RE.finditer(self.text, left, q.start)}
            other = named - {self._currency(q.unit, q.end)}
            if other and len(named) == 1 and self.region.name in ("hk", "mo"):
                # Hong Kong and Macau write their own cents 仙: 分 is the mainland's word, and the one
                # currency its sentence names is its (纯利1,490亿元人民币…每股股息增86%至42分: RMB 0.42)
                q.currency = other.pop()
            elif other:
                return False  # two currencies named, or Taiwan text: renminbi cents, or the local ones?
        return True

    def _money(self, q: Quantity) -> None:
        text = self.text
        if q.unit in ("仙", "分") and not self._cent_is_money(q):
            return
        if (
            not q.arabic
            and q.value < 10
            and not q.currency
            and q.unit in ("元", "圆")
            and not any(ch in "十百千万亿" for ch in q.full)
            and q.num not in "四五六七八九"
            and "点" not in q.num  # (一点五元, 三点五元: a decimal is no word's part, as 1.5元 is none)
            and not self._qian(q)
            and not (q.more and q.high is not None)
            and not _PER_THING_BEFORE_RE.search(text, max(0, q.start - 6), q.start)
            and not self._written_sum(q)
        ):
            # 一元, 二元, 三元: word parts (一元化, 二元结构, 三元组); 一元钱, 两元多, 每平方米二元 (a rate) are money
            return
        if (
            self._bare_or_article(q)
            and "亿" not in q.full
            and q.unit not in ("块", "块钱", "蚊")
            and not (q.currency and q.unit in CURRENCIES)
            and not self._qian(q)
            and not (q.num == "一" and q.unit in ("元", "圆") and self._written_sum(q))
        ):
            return  # 一元, 一块 of 一块儿: words; 一美元 is a dollar; 壹元, 人民币一元 are sums
        if text[q.start - 1 : q.start] == "/" and is_bare_scale(q.num) and _is_han(text[q.start - 2 : q.start - 1]):
            return  # 死亡率0.6人/百亿元以下: the base of a rate (per 10 bn yuan), not a sum
        if q.num == "亿万":
            return  # 身家亿万元, 亿万富翁: the idiom "vast" (a trillion is 万亿), no amount (review s28 R6)
        if q.num in ("万", "亿", "兆") and self._bare_or_article(q) and not _hedge_after(text, q.end):
            return  # 单位：亿元, 亿元俱乐部: a unit named, not an amount (上亿元, 亿元以上 are)
        if is_bare_scale(q.num) and self._bare_or_article(q) and _WEALTH_CLASS_AFTER_RE.match(text, q.end):
            return  # 台灣的百萬美元富豪人數: a round sum naming a class of the rich (millionaires), no amount
        if q.value == 1 and not q.scale and RATE_BASE_RE.match(text, q.end):
            return  # 1美元兑7.1元: the base of an exchange rate
        if _FX_BASE_BEFORE_RE.search(text, max(0, q.start - 12), q.pre_start if q.pre_start >= 0 else q.start):
            return  # 1美元兑6.8985元人民币: the rate itself, an exchange-rate level (FIGURES_GOLD §1), no sum
        if q.value == 1 and not q.scale and q.start and text[q.start - 1] in "兑兌":
            return  # 30.541元兌1美元: the base written after the rate
        head = SENTENCE_END_RE.split(text[max(0, q.start - 120) : q.start])[-1] if q.unit in _NAMED_CENTS else ""
        if head and _FX_PAIR_RE.search(head):
            return  # 澳元兌美元…升至66.57美仙: a rate in another currency's cents, an exchange-rate level, no sum
        if text[q.end : q.end + 1] == "级":
            return  # 万亿元级现代食品产业集群: a scale class, like 万亿级大市场
        currency = self._written_currency(q)
        if not currency and q.unit in ("元", "圆", "块", "块钱", "蚊", ""):
            prefix = PREFIX_CURRENCY_RE.search(text, max(0, q.start - 6), q.start)
            if prefix:  # 约新台币5926亿元, 港币两千九百六十元: the hedge sits before it
                currency = CURRENCIES[prefix["cur"]]
                q.pre_start = prefix.start()
        if q.pre_start >= 0 and q.value > 0 and not (q.vague or q.pair or q.more):
            minus = _minus_before_words(text, q.pre_start)
            if minus >= 0 and text[minus] == "负":
                # 负人民币壹元, 负¥10: a minus before the currency written first is the sum's (peer3 kind 1: was +1)
                q.value, q.low, q.high, q.pre_start = -q.value, None, None, minus
        self._inclusive = False
        start, qualifier, hedge_en, end, _ = self._hedges(q, q.end)
        if (
            qualifier == "exact"
            and is_bare_scale(q.num)
            and (self._round_spend(q) or self._round_sum(q) or self._round_before_money(q))
        ):
            qualifier = "approx"
        if not currency:
            suffix = SUFFIX_CURRENCY_RE.match(text, q.end)
            if suffix and q.unit in ("元", "圆", "块", "块钱", "蚊"):  # 194.6亿元人民币
                currency = CURRENCIES[suffix["cur"]]
                end = max(end, suffix.end())
        if not currency and q.unit in ("", "元", "圆") and not self._bare_dollar(q):
            currency = self._whole_currency(q)  # 1.32亿美元，其中1.2亿资金: a part, in the whole's dollars
        yen_or_yuan = not currency and self._yen_or_yuan(q)
        if currency or not (self._bare_dollar(q) or yen_or_yuan):  # (a bare $ or ¥ left as written stays so)
            currency = self._currency(q.unit, end, currency)
        if q.unit == "蚊" and currency not in ("HKD", "MOP"):
            currency = ""  # 一碗面要60蚊: Cantonese dollars; of Hong Kong or Macau only where the text is theirs
        word = "dollars" if not currency and (self._bare_dollar(q) or q.unit == "蚊") else "yuan"
        if yen_or_yuan:
            word = "yen or yuan"
        if q.vague or q.pair or (q.more and q.high is not None):
            low, high = q.low, q.high
            if q.vague or q.pair:
                qualifier = "range"
                en = english.money_span(low, high, currency, vague=q.vague)
            else:
                en = english.money(q.value, currency, qualifier, hedge_en=hedge_en, word=word)
        else:
            low, high = self._bounds(qualifier, q.value)
            en = english.money(q.value, currency, qualifier, hedge_en=hedge_en, word=word)
        per, end0 = self._price_per(start, q.end, end)
        if not per and start < q.start:
            # a per said between a hedge and the amount (约每桶75美元, 大约在每平方米3万元) is its rate too
            # (review s29 R1, R5): read from the amount's own start
            per, end0 = self._price_per(q.pre_start if q.pre_start >= 0 else q.start, q.end, end)
        end = end0
        move = ""
        if (item := self._money_item_of(start, currency)) is not None:
            # 每吨分别上调395元和385元: the next item of a list of sums is the same kind of amount as the one before
            # it, moved and per the same unit (figures51 dev-retired38 03: 385元 was "RMB 385")
            per, move = per or item[2], item[3]
        en += per
        if self._inclusive:
            en += " (inclusive)"
        self.add("money", start, end, q.value, move + en, unit=currency, qualifier=qualifier, low=low, high=high)
        last = self.figures[-1] if self.figures else None
        if last is not None and last.start == start and last.kind == "money":
            moved = last.en.split(" ", 1)[0] + " " if last.en.startswith(("up ", "down ")) else ""
            self._money_item = (last.end, currency, per, moved)

    def _money_item_of(self, start: int, currency: str) -> tuple[int, str, str, str] | None:
        """The sum listed right before ``start`` in the same currency, a list's separator (、, 和, 及 …) alone
        between, where the amount at ``start`` has no move of its own."""
        item = self._money_item
        if item is None or item[1] != currency or not (item[2] or item[3]):
            return None
        sep = _LIST_SEP_RE.match(self.text, item[0])
        if sep is None or sep.end() != start or _amount_moved(self.text, start):
            return None
        return item

    def _of_art(self, pos: int) -> bool:
        """Whether the sentence around ``pos`` speaks of a painting or calligraphy (its size in 平方尺 is chi)."""
        lo, hi = self.sentences.bounds(pos, 60)
        return _ART_RE.search(self.text, lo, hi) is not None

    def _per_en(self, word: str) -> str:
        """The English of the unit a price is per (units.PER_UNITS): a mainland text's 平方尺 is the square chi."""
        return PER_UNITS["平方市尺" if word == "平方尺" and self.region.name == "mainland" else word]

    def _price_per(self, start: int, at: int, end: int) -> tuple[str, int]:
        """What a price from ``start`` whose amount ends at ``at`` (its figure at ``end``) is the price of: the
        English's suffix ("/m²", "/t", " per 10 shares"; "" for none) and where the figure ends. Said after the
        amount (2.8万元/平方米, 625-635元/吨: a range's too, tester s26 U7) or before it (每坪38.54萬元, 每吨850元,
        and 每度0.7元 where 度 is electricity's as a quantity's is: 发电成本在每度0.7元, 每度电0.5元)."""
        text = self.text
        per = _PER_UNIT_RE.match(text, at)
        if per is not None:
            if per["mark"] == "/" and not _PER_MORE_RE.match(text, per.end()):
                # 2.8万元/平方米: a price per square metre, said so ("RMB 28,000/m²")
                return ("/" + self._per_en(per["per"]) if PER_UNITS[per["per"]] else ""), max(end, per.end())
            return "", end
        if each := _PER_AREA_PRICE_RE.search(text, max(0, start - 12), start):
            return "/" + self._per_en(each["per"]), end  # 每坪38.54萬元: one ping's price ("TWD 385,400/ping")
        each = _PER_PRICE_RE.search(text, max(0, start - 16), start)
        if each and "每" not in text[max(0, each.start() - 4) : each.start()]:  # 每平米每天2元: compound, as written
            unit = self._per_en(each["per"])
            return (f" per {each['n']} {unit}s" if each["n"] else f"/{unit}"), end  # 每吨850元: RMB 850/t
        each = _PER_KWH_PRICE_RE.search(text, max(0, start - 10), start)
        if each and "每" not in text[max(0, each.start() - 4) : each.start()]:
            clause = _CLAUSE_SPLIT_RE.split(text[max(0, each.start() - 20) : each.start()])[-1]
            if each["power"] or (_ELECTRIC_BEFORE_RE.search(clause) and not _DEGREES_BEFORE_RE.search(clause)):
                return "/kWh", end
        return "", end

    def _percent(
        self, start0: int, end0: int, value: float, unit: str, more: bool, level: bool = False, bp: bool = False
    ) -> None:
        """``bp``: written in basis points (跌0.3个基点, 下行1.15bp): the value is in points (-0.003 pp, the golds'
        unit), the English in basis points as written (-0.3 bp, tester s24 T9)."""
        text = self.text
        hedge = _hedge_before(text, start0, bare_scale=False)
        start = hedge.start if hedge else start0
        qualifier, hedge_en = (hedge.qualifier, hedge.en) if hedge else (("over", None) if more else ("exact", None))
        if hedge is None and not more and self._share_bound is not None and self._share_bound[0] == start0:
            qualifier, hedge_en = self._share_bound[1].qualifier, self._share_bound[1].en  # 不到…的10%: under 10%
        end = end0
        after = _hedge_after(text, end0)
        if after:
            end = after[1]
            if not more:
                qualifier, hedge_en = _bound_after(hedge, after[0], qualifier, hedge_en)
                if hedge is None and text.endswith("上限", 0, end):  # 成長率5.5%上限: a cap, "up to" as 上限为
                    hedge_en = HEDGES_BEFORE["上限"][1]
        if qualifier == "exact" and not (hedge or after or more):
            # a share of a whole named between its bound and the number: 不到全市总面积10%, 不超过国家正式下达指标的10%
            clause = _CLAUSE_SPLIT_RE.split(text[max(0, start0 - 16) : start0])[-1]
            bound = _SHARE_BOUND_RE.search(clause)
            if bound is not None and not _GROWTH_WORD_RE.search(bound["of"] or bound["of2"]):
                # the bound as it reads next to its number (不超过20%: "up to 20%", tester s22 T5);
                # 不应超过, 不可超过 as 不超过
                qualifier, hedge_en = HEDGES_BEFORE.get(bound["h"], HEDGES_BEFORE["不超过"])
            cap = _CAP_LEVEL_RE.search(clause) if bound is None else None
            if cap is not None:
                qualifier, hedge_en = HEDGES_BEFORE[cap["b"]]
            about = _SHARE_ABOUT_RE.search(clause) if bound is None and cap is None else None
            if (
                about is not None
                and not _GROWTH_WORD_RE.search(about["of"])
                and clause[about.start() - 1 : about.start()] not in _HEDGE_FALSE_PREV["约"]
            ):
                qualifier = "approx"  # (节约, 签约 … end in 约: no hedge)
        # 同比下降近三成（28.7%）: the gloss says the share's change, read before the share (review s27 R2)
        # (the gloss read last: the percent comes right after its share, so one look, not a walk of every gloss)
        gloss = self._glosses[-1] if self._glosses else None
        shared = gloss[2] if gloss is not None and gloss[0] < start0 < gloss[1] else None
        if shared is not None and not level:
            growth = _growth_before(text, shared)
        else:
            growth = None if level else _growth_before(text, start) or self._growth_of_list(start)
        if level:
            pass  # a rate's level: no growth word signs it
        elif growth is None and unit != "%":
            drag = _NEGATIVE_PULL_RE.search(text, max(0, start - 14), start)
            growth = (-1, drag.start()) if drag else None  # 负向拉动全市投资8.7个百分点
            if growth is None and _DECLINE_OBJECT_PP_RE.search(text, max(0, start - 12), start):
                growth = (-1, start)  # 調低最優惠貸款利率25基點: a cut, what is cut, then its size (figures14 dev 04)
            if growth is None and _LOWER_THAN_BEFORE_RE.search(text, max(0, start - 24), start):
                growth = (-1, start)  # 较上次同期限央票低42个基点: lower than last time, a fall
        elif growth is None:
            size = (
                _DECLINE_SIZE_CLAUSE_RE.search(text, max(0, start - 20), start)
                or _DECLINE_AFTER_RE.match(text, end)
                or _DECLINE_OBJECT_RE.search(text, max(0, start - 12), start)
            )
            growth = (-1, start) if size else None  # 跌幅多过市场预期的0.1%, 去年的11%跌势: a fall
            if growth is None and _LOWER_THAN_BEFORE_RE.search(text, max(0, start - 24), start):
                growth = (-1, start)  # 较上次低0.5%: lower than its own earlier value, a fall
            if growth is None and self._growth_list is not None:
                second = _SECOND_TO_RE.search(text, max(0, start - 12), start)
                if second is not None and not text[self._growth_list[0] : second.start()].strip("，, "):
                    growth = (self._growth_list[1], start)
            if growth is None:  # 跌1.05元或2.1%, 累跌约1,200点或6.5%: the move restated in percent
                moved = _MOVE_OR_RE.search(text, max(0, start - 24), start)
                growth = (_GROWTH_SIGN[moved["v"]], start) if moved else None
            if growth is None and self.figures and text[start - 1 : start] in "(（":
                # 較前周大減90宗（約55%）: a change said in its own unit, then in percent in brackets right after it
                before = self.figures[-1]
                if before.kind != "percent" and not text[before.end : start - 1].strip():
                    moved_by = _growth_before(text, before.start)
                    growth = (moved_by[0], start) if moved_by else None
        signed = growth is not None
        if signed and hedge and hedge.qualifier == "exact":
            hedge_en = None  # 暴跌高达92.86%: a change said emphatically is the change (-92.86%), no bound
        if growth:
            sign, start = growth
            # a fall written with its minus too (减少（-5.2%）) is a fall once, not a rise
            value = -abs(value) if sign < 0 else value
            self._growth_list = (end, sign)
            if shared is not None and gloss is not None and start <= shared:
                end = max(end, gloss[1])  # 同比下降近三成（28.7%）: its bracket closes the span (review s28 R5)
        low, high = self._bounds(qualifier, value)
        self.add(
            "percent",
            start,
            end,
            value,
            english.percent(
                round(value * 100, 10) if bp else value,
                qualifier,
                signed=signed,
                unit="bp" if bp else unit,
                hedge_en=hedge_en,
                decimals=_decimals(text, end0),
            ),
            unit="%" if unit == "%" else "pp",
            qualifier=qualifier,
            low=low,
            high=high,
        )

    def _unlist(self, start: int, end: int) -> None:
        """A head of a list that shares its last item's unit was read on its own first, bare (金额分别为5亿、7亿、
        7亿美元: 5亿 as RMB 500 mn; 分别亏损3亿和5亿元人民币: 3亿 as 300 mn people): that reading is taken back (and
        forgotten by _repeats), the list's unit is the head's."""
        for f in [f for f in self.figures if start <= f.start and f.end <= end]:
            self.figures.remove(f)
        for key in [k for k, (_, at) in self._last.items() if start <= at < end]:
            del self._last[key]

    def _shared_unit_heads(self, q: Quantity) -> list[tuple[int, int, float]]:
        """分别提高0.9、5.9个百分点: after 分别, the numbers listed before the last one
        share its unit; (start, end, value) of each, first to last. Without 分别 a bare
        number before 、 is left alone (1、200元 is a spoken pair, 第1、2名 ordinals)."""
        text = self.text
        if q.start < 2 or text[q.start - 1] not in "、及和与":
            return []
        heads: list[tuple[int, int, float]] = []
        pos = q.start
        scale = q.scale[-1:] if q.scale else ""
        # (分別一千零六及六十宗: Chinese numerals share the last one's unit as digits do, figures57 dev-retired43 03)
        shared = _SHARED_HEAD_RE if q.arabic else _SHARED_CN_HEAD_RE
        while len(heads) < 6:
            m = shared.search(text, max(0, pos - 16), pos)
            # (高7.5个和4.5个百分点: a head with the 个 of 个百分点, figures29 dev 11; only before 个百分点)
            if m is None or m.group(2) != scale or (m.group(3) and not q.unit.startswith("个百")):
                break
            value = parse_number(m.group(1), "") if not q.arabic else float(m.group(1))
            if value is None:
                break
            heads.append((m.start(1), m.end(2), value * (scale_factor(scale) if scale else 1)))
            pos = m.start()
        if not heads or len(heads) == 6:
            return []
        first = heads[-1][0]
        clause = _CLAUSE_SPLIT_RE.split(text[max(0, first - 20) : first])[-1]
        if text[first - 1 : first] in ("第", "、") or not ("分别" in clause or _EACH_BEFORE_RE.search(clause)):
            return []
        return heads[::-1]

    def _growth_of_list(self, start: int) -> tuple[int, int] | None:
        """年增36%、21%、13%, 分别下降24.4%、5.2%以及25.1%: a growth word before a list of
        percents moves each of them; the item follows the signed one it is listed with."""
        if self._growth_list is None:
            return None
        prev_end, sign = self._growth_list
        sep = _LIST_SEP_RE.match(self.text, prev_end, start)
        return (sign, start) if sep is not None and sep.end() == start else None

    def _percent_range(self, start: int, end: int, low: float, high: float, unit: str, about: bool = False) -> int:
        growth = _growth_before(self.text, start)
        if growth is None and (
            _DECLINE_SIZE_CLAUSE_RE.search(self.text, max(0, start - 20), start)
            or _DECLINE_AFTER_RE.match(self.text, end)
        ):
            growth = (-1, start)  # 平均20%至25%的降幅, 降幅为5%至10%: a fall, as for one percent
        mixed, self._mixed_range = self._mixed_range, None
        fall = mixed[1] if mixed is not None and mixed[0] == start else None
        if growth and fall is not None and growth[0] < 0:  # 下滑1.9%到增长1.1%: -1.9 to +1.1
            start, low, high = growth[1], -fall, high if low == fall else low
        elif growth:  # 下跌5%至10%: both ends carry the sign; value stays the low end
            sign, start = growth
            low, high = sorted((sign * low, sign * high))
        self.add(
            "percent",
            start,
            end,
            low,
            ("about " if about else "")
            + english.percent(
                low, "range", signed=bool(growth), unit=unit, low=low, high=high, decimals=_decimals(self.text, end)
            ),
            unit="%" if unit == "%" else "pp",
            qualifier="range",
            low=low,
            high=high,
        )
        return end

    def _area(self, q: Quantity) -> None:
        if self._bare_or_article(q) and not (q.num == "一" and _hedge_before(self.text, q.start, bare_scale=False)):
            return  # 一亩三分地, 一平方米: "a"; 不超过一亩: a bound's number, one
        if self.text[q.end - 1] == "平" and not _PING_AFTER_RE.match(self.text, q.end):
            # 建筑面积89平，: 平 at a clause's end is the square metre only where the clause names a floor area or a
            # home (比分3平， is a tie)
            clause = _CLAUSE_SPLIT_RE.split(self.text[max(0, q.start - 20) : q.start])[-1]
            if not _PING_CLAUSE_RE.search(clause):
                return
        if q.unit in TAIWAN_LAND_AREAS:
            if self.region.name != "tw" or self.text[q.start - 1 : q.start] in _JIA_WORD_BEFORE:
                return  # 前三甲 (the first three), 第一甲; a mainland 三甲 is a hospital's grade
            before = SENTENCE_END_RE.split(self.text[max(0, q.start - 40) : q.start])[-1]
            after = SENTENCE_END_RE.split(self.text[q.end : q.end + 40])[0]
            if not _LAND_WORDS_RE.search(before + self.text[q.start : q.end] + after):
                return  # 2甲 of a grade or a rank: no land in its sentence
            if self.text[q.end : q.end + 1] == "半" and not (q.vague or q.pair or q.more):
                q = replace(q, value=q.value + 0.5, end=q.end + 1)  # 3 甲半: three and a half
        if q.unit == "平方尺" and self.region.name == "mainland" and (q.value <= 100 or self._of_art(q.start)):
            # 这幅山水画约4平方尺: the square chi (units.AREAS), a painting's size, no foot; a building's 10550平方尺 in
            # a Malaysian association's Simplified text read as the mainland's (figures14 dev 26) stays feet
            q = replace(q, unit="平方市尺")
        factor = AREAS[q.unit]
        value = q.value * factor
        start, qualifier, hedge_en, end, _ = self._hedges(q, q.end)
        homes = _CLASS_NOUN_AFTER_RE.match(self.text, end) if qualifier in ("over", "under") and end > q.end else None
        if homes is not None and homes.end() - end not in _word_ends(self.text[end : end + 12]):
            homes = None  # 2万平方米以上的房屋建筑工程: 房屋 opens a longer word (building works), a rule's threshold
        if homes is not None and (self._flats or not homes.group().endswith("单位")):
            return  # 购买140平方米及以下商品住宅: a bound naming a class of homes, not an area of any
        if q.value == 1 and qualifier == "exact" and not (q.vague or q.pair) and _RATE_AFTER_RE.match(self.text, end):
            # 1坪可有10萬元以上落差, 1平方米可以定植种苗30多株, 租金上涨到1亩8万: one unit with the rate's number after
            # it in its clause is what a rate is per; 占地1公顷 alone is an area (review s15 R4)
            return
        if q.vague or q.pair:
            low, high = q.low * factor, q.high * factor
            self.add(
                "area",
                start,
                end,
                low,
                english.area(low, "range", low, high, metres=AREAS[q.unit] == 1.0, unit=q.unit, vague=q.vague),
                unit="m2",
                qualifier="range",
                low=low,
                high=high,
            )
            return
        low, high = self._bounds(qualifier, value)
        if q.more and q.high is not None:
            high = q.high * factor
        self.add(
            "area",
            start,
            end,
            value,
            english.area(value, qualifier, hedge_en=hedge_en, metres=AREAS[q.unit] == 1.0, unit=q.unit),
            unit="m2",
            qualifier=qualifier,
            low=low,
            high=high,
        )

    def _quantity_unit(self, q: Quantity, start: int | None = None) -> str | None:
        """The symbol of a physical quantity's unit (units.QUANTITIES), "m2" where a 方 is a floor area's square
        metre, or None where the clause's words make 度 or 方 no unit of ours (温度30度, 一方水土). ``start``: where
        the figure starts (a range's first bound)."""
        unit = q.unit
        symbol = QUANTITIES.get(unit) or QUANTITY_LATIN.get(unit)
        if unit not in ("度", "方"):
            return symbol
        begin = start if start is not None else q.start
        clause = self.text[max(0, begin - 20) : begin]
        clause = _CLAUSE_SPLIT_RE.split(clause)[-1]
        if unit == "度":
            after_electric = self.text.startswith("电", q.end)
            if after_electric or (_ELECTRIC_BEFORE_RE.search(clause) and not _DEGREES_BEFORE_RE.search(clause)):
                return symbol
            return None
        if _FLOOR_AREA_BEFORE_RE.search(clause):
            return "m2"  # 總建築面積30萬方: 方 is 平方米 in a floor area (figures16 dev 22)
        return symbol if _VOLUME_BEFORE_RE.search(clause) or self.text.startswith(_VOLUME_NOUNS, q.end) else None

    def _quantity_shown(self, symbol: str, start: int, end: int) -> str:
        """How a quantity's unit is said: tonnes of standard coal are coal equivalent, "tce", where 标准煤 follows
        the unit (4000万吨标准煤, 约6至7亿吨标准煤) or is named right before the number (节约标准煤16.28万吨: tester
        s26 U8, U19); the unit stays t (the gold's: what is weighed is said beside it)."""
        if symbol == "t" and (
            _COAL_EQUIVALENT_RE.match(self.text, end)
            or _COAL_EQUIVALENT_BEFORE_RE.search(self.text, max(0, start - 6), start)
        ):
            return "tce"
        return QUANTITY_EN[symbol]

    def _quantity_per(self, start: int) -> str:
        """What a quantity from ``start`` is per, said before it with 每 ("" when nothing): 每秒約500立方公尺 is
        about 500 m³/s, a flow, not a volume (tester s26 U17); 每人每月用水10吨 10 t/person/month."""
        each = _QTY_PER_BEFORE_RE.search(self.text, max(0, start - 16), start)
        if each is None:
            return ""
        return "".join(f"/{_QTY_PER_WORDS[m['per']]}" for m in _QTY_PER_EACH_RE.finditer(each["pers"]))

    def _physical(self, q: Quantity) -> None:
        """吨, 千瓦时, 升 …: a physical quantity in the unit it is written in (the number times its scale words;
        hedges, ranges and what a rate is per as for an area)."""
        symbol = self._quantity_unit(q)
        if symbol is None or q.value is None:
            return
        if symbol == "m2":
            self._area(replace(q, kind="area", unit="平方米"))
            return
        if self._bare_or_article(q) and not (q.num == "一" and _hedge_before(self.text, q.start, bare_scale=False)):
            return  # 一吨, 一度电: "a"
        if _QTY_COMPOUND_RE.match(self.text, q.end):
            return  # 0.664吨标准煤/万元: a compound unit
        start, qualifier, hedge_en, end, _ = self._hedges(q, q.end)
        shown = self._quantity_shown(symbol, start, q.end)
        rate = _QTY_PER_TIME_RE.match(self.text, q.end) if end == q.end else None
        if rate is not None:  # 炼油能力达4550万吨/年: 45.5 mn t/yr (tester s26 U8), listed at face value
            shown, end = f"{shown}/{_QTY_PER_TIME[rate['per']]}", rate.end()
        else:
            shown += self._quantity_per(start)
        if q.value == 1 and qualifier == "exact" and not (q.vague or q.pair) and _RATE_AFTER_RE.match(self.text, end):
            return  # 1吨可生产…: one unit a rate is per
        if (q.vague or q.pair) and q.low is not None:
            en = english.quantity(q.low, shown, "range", q.low, q.high, vague=q.vague)
            self.add("quantity", start, end, q.low, en, unit=symbol, qualifier="range", low=q.low, high=q.high)
            return
        low, high = self._bounds(qualifier, q.value)
        if q.more and q.high is not None:
            high = q.high
        en = english.quantity(q.value, shown, qualifier, hedge_en=hedge_en)
        self.add("quantity", start, end, q.value, en, unit=symbol, qualifier=qualifier, low=low, high=high)

    def _list_size(self, q: Quantity) -> bool:
        """A Chinese numeral of kinds glued to the last of a list of figures joined by 、/和/及/与 whose items it
        counts (1900萬元、1580萬元兩種開價, 3%和5%两类): the list's size, said again, not a count of its own."""
        # (跨越7万亿、8万亿、9万亿三个大台阶: 个 counts the steps themselves, a count as figures3's gold)
        if q.arabic or q.scale or q.unit not in _KIND_MEASURES or not self.figures or self.figures[-1].end != q.start:
            return False
        items, last = 1, self.figures[-1]
        for g in reversed(self.figures[:-1]):
            sep = _LIST_SEP_RE.match(self.text, g.end)
            if sep is None or sep.end() != last.start or g.kind != last.kind:
                break
            items, last = items + 1, g
        return items >= 2 and q.value == items

    def _adds_things(self, start: int, end: int) -> bool:
        """A count after a verb of adding whose noun follows it (增加500个发电厂, 增设300个停车位): the things
        added, the verb's object, so many new ones (as 新增300家 is); not the change of a level named before the verb
        (企业数量增加500个, 就业人数增加500人) nor a change from another time or place (比上年增加300家企业: up 300)."""
        if not self._noun_follows(end):
            return False
        verb = _growth_before(self.text, start)
        at = verb[1] if verb is not None else start
        if _LEVEL_BEFORE_RE.search(self.text, max(0, at - 4), at):
            return False  # 就业人数增加了125,600个职位: the level named, then its change
        clause = _CLAUSE_SPLIT_RE.split(self.text[max(0, start - 20) : start])[-1]
        return not _COMPARED_BEFORE_RE.search(clause)

    def _noun_follows(self, pos: int) -> bool:
        """Whether the first word at ``pos`` is a noun (jieba's tags: n, nr, ns, nt, nz ...)."""
        words = segment.tag(self.text[pos : pos + 6])
        return bool(words) and words[0][1].startswith("n")

    def _starts_place_name(self, q: Quantity) -> bool:
        """A Chinese numeral and a measure word that open a place's name: the segmenter reads them inside one
        place name (tag ns: 三门峡市, 七台河市, 五台县), or a toponym's ending follows them as a word of its own
        (三门湾, not in the dictionary). A measure word of places (三座山, 两条河) counts them: not asked."""
        text = self.text
        if not _is_han(text[q.end : q.end + 1]):
            return False
        words = segment.tag(text[q.start : q.end + 6])
        if words and len(words[0][0]) > q.end - q.start and words[0][1] == "ns":
            return True
        after = segment.cut(text[q.end : q.end + 4])
        return bool(after) and after[0] in TOPONYM_ENDINGS

    def _year_before_place(self, q: Quantity) -> bool:
        """A calendar year (2026, 二〇二六) whose measure word opens a place's name: the segmenter reads the measure
        word inside a longer place name (tag ns: 台北, 台州; or a region's place word: 台中), so the number names the
        year of something held there (2026台北水舞嘉年华), not so many of anything (tester s26 U5). A plain count of
        that size keeps its measure word as a word of its own (2000家中国企业, 1999名台湾学生: 家/名 then the place)."""
        if q.scale or q.more or q.vague or q.pair or not _YEAR_NUMERAL_RE.fullmatch(q.num):
            return False
        if not YEAR_MIN <= (q.value or 0) <= YEAR_MAX or not self.text.endswith(q.unit, 0, q.end) or not q.unit:
            return False
        at = q.end - len(q.unit)
        words = segment.tag(self.text[at : at + 8])
        if not words or len(words[0][0]) <= len(q.unit):
            return False
        word, tag = words[0]
        return tag == "ns" or word in _REGION_PLACE_WORDS

    def _named_item(self, q: Quantity) -> bool:
        """A numeral and measure word alone as an item of a list of names (淡水、林口、五股等, 长女、三女及幼子), or
        after one or two characters of their own that are no pronoun, adverb, conjunction, preposition or hedge
        (楊乃文、告五人等: a band, tester s26 U15; not 、另三人, 、这两项): the item before it names something without
        a number, and nothing follows it in its item: a name."""
        text = self.text
        if text[q.end : q.end + 1] not in _NAMED_ITEM_END:
            return False
        sep = q.start - 1
        if text[sep : sep + 1] != "、":
            sep = text.rfind("、", max(0, q.start - 3), q.start)
            own = text[sep + 1 : q.start]
            if sep < 0 or not all(_is_han(c) and c not in CN_NUMERAL_CHARS for c in own):
                return False
            if _hedge_before(text, q.start, bare_scale=False) or any(
                tag[:1] in _NOT_A_NAME_TAGS for _, tag in segment.tag(own, False)
            ):
                return False
        m = _NAMES_CLAUSE_RE.search(text, max(0, sep - 13), sep)
        before = m.group().split("、")[-1] if m else ""
        return 0 < len(before) <= _NAMES_ITEM_LONGEST and not any(c.isdigit() or c in CN_NUMERAL_CHARS for c in before)

    def _sums_names_before(self, q: Quantity) -> bool:
        """A number that only sums the names listed right before it, the list complete (no 等) and no demonstrative
        (庆阳、张掖、天水3个省级区域医疗中心, 包括A、B、C和D共四家企业): the text's structure, not a count (the golds'
        D3; 这三个指标, 上述两项 and …等4家公司 are counts). The names are joined by 、 (a 和 alone may join two
        phrases: 葡萄酒与饮料2条生产线), the last two maybe by 和/及/与."""
        if q.scale or q.pair or q.vague or q.more or not 2 <= q.value <= 12 or q.value != int(q.value):
            return False
        text = self.text
        pos = q.start
        if total := _NAMES_TOTAL_RE.search(text, max(0, pos - 2), pos):
            pos = total.start()
        if (
            q.value == 2
            and _QUOTED_PAIR_RE.search(text, max(0, pos - 40), pos)
            and not _BACK_REFERENCE_RE.search(text, max(0, pos - 2), pos)
        ):
            return True  # 增加“托育”和“护理”两个专业: two quoted names, then their number (names, not two phrases)
        m = _NAMES_CLAUSE_RE.search(text, max(0, pos - 80), pos)
        if m is None or text.endswith("等", 0, pos):
            return False
        # two names joined by 和/及/与 alone (容积率和面积两个指标, MINI 及 Rolls-Royce 2 個品牌): the lead's ruling on
        # D3, session 44 - the names before the count are summed as a list's are
        pair = "、" not in m.group()
        if pair and q.value != 2:
            return False
        if _BACK_REFERENCE_RE.search(text, max(0, pos - 2), pos) or _NAMES_EACH_RE.search(text, max(0, pos - 3), pos):
            return False  # 这3个, 甲、乙各有2家: a reference back, or so many each
        names = m.group()
        if not pair and _QUOTE_OPENERS.intersection(names):
            # 「金融及會計服務」、「建築、測量、工程及建造」和「商業及貿易」四個界別: a quoted name is one item,
            # whatever it has inside (figures57 dev-retired43 01); its inside is not read
            names = _QUOTED_SPAN_RE.sub(lambda x: x[0][0] + "□" * (len(x[0]) - 2) + x[0][-1], names)
        items = names.split("、")
        last = items[-1]
        joined = [j for j in _NAMES_JOIN_RE.finditer(last) if j.start() > 0 and j.end() < len(last)]
        if len(joined) > 1 or (pair and not joined):
            return False
        if pair and (joined[0].start(), joined[0].group()) not in _word_spans(last):
            return False  # 綠色和平參考…兩項研究: the 和 of a word (和平), no join
        if joined:
            items[-1:] = [last[: joined[0].start()], last[joined[0].end() :]]
        # the list opens after the verb that introduces it (…Air 2 Pro總計提供粉色、黑色、白色與藍色四款設計: the
        # colours are the items, not the clause before 提供; figures37 dev-retired31 11)
        openers = [o.end() for o in _LIST_OPENER_RE.finditer(items[0])]
        if openers:
            items[0] = items[0][openers[-1] :]
        elif "了" in items[0]:
            # …下又设了防办、河湖水利防办、城防办、黄河防办4个办公室: the verb done (了) opens the list
            items[0] = items[0][items[0].rindex("了") + 1 :]
        elif pair:
            items[0] = _after_last_verb(items[0])  # BMW 集團擁有 MINI: the first name follows the clause's verb
        elif len(items[0]) > _NAMES_ITEM_LONGEST:
            # 中国影片《危情蜻蜓》获…最佳影片、最佳女主角、最佳男主角三项大奖: a clause too long for a name opens
            # the list after its last verb, as a pair's does; the other items are names, none opening with a verb
            # (再花2.7億元買下同棟高樓、打通兩戶: two acts, 兩戶 a count)
            items[0] = _after_last_verb(items[0])
            if any((tags := segment.tag(item)) and tags[0][1][:1] == "v" for item in items[1:]):
                return False
        if pair:
            items = [item.strip() for item in items]
            # (他与妻子育有两个孩子, 学校与家长签订两份协议: a verb after the second name makes 与 "with", what is
            # counted another thing - a verb opening a name is part of it, 生活科技; a pronoun is no name: 他和妻子)
            # (原讼庭昨不约而同在两宗案中: an adverb or a preposition ends no name; 范家发和妻子及两个儿子: nor a
            # conjunction; 「信和御龙山」所在2个地皮: a quote cut open is no name either)
            for item in items:
                tags = [tag for _, tag in segment.tag(item)]
                if any(t[:1] in _NOT_IN_A_NAME_TAGS or t == "e" for t in tags) or any(t[:1] == "v" for t in tags[1:]):
                    return False
                if any(item.count(a) != item.count(b) for a, b in ("「」", "“”", "《》", "（）", "()")):
                    return False
            if q.unit in ("名", "位") and self._noun_follows(q.end):
                # 中国与美国2名记者, 公司和学校2名员工: a measure word of people and the noun it counts after it; the
                # two named are those people only where both are people's names, then 两位 and their role (review
                # s18 R22)
                if not all(any(tag == "nr" for _, tag in segment.tag(item)) for item in items):
                    return False
        if len(items) != q.value:
            return False
        if (copula := _NAMES_COPULA_RE.search(items[-1])) is not None and copula.start() > 0:
            # A、B和C将成为…最重要的三项课题: the names are the clause's subject, the words after the copula say what
            # the set is, then its size (figures43 dev-retired34 05); the last name ends at the copula
            items[-1] = items[-1][: copula.start()]
        if "的" in items[-1]:
            return False  # 由加州、佛州和田纳西州售出的三张彩券: a clause on the names says what is counted
        # (凝聚一种精神、把握两个特征、增强三大动力: parallel phrases each with its own count, no names)
        return all(
            (0 < len(item) <= _NAMES_ITEM_LONGEST or _QUOTED_SPAN_RE.fullmatch(item.strip()) is not None)
            # (a pair's names may be a model's, digits in a Latin word: 64GB 跟 128GB 兩種版本; never 5种和2种)
            and not any(c.isdigit() for c in (_LATIN_WORD_RE.sub("", item) if pair else item))
            and not _NAMES_COUNTED_RE.search(item)
            for item in items
        )

    def _sums_run_of_places(self, q: Quantity) -> bool:
        """北京上海广州深圳4个城市: the names of D3's list written one after another with no 、 between them (peer3 kind
        7): the number right after exactly so many place names, each a word of two characters or more the segmenter
        tags as a place, and nothing else in the run (中美两国 names a pair; 这3个 and …等4家 are counts)."""
        value = q.value
        if q.scale or q.pair or q.vague or q.more or value is None or not 2 <= value <= 12 or value != int(value):
            return False
        text, n = self.text, int(value)
        if not _PLACES_COUNTED_RE.match(text, q.num_end):
            # 浙江杭州2名学生, 山东青岛2艘渔船: a province and its city, then people or ships (review s41 R3)
            return False
        begin = q.start - 2 * n
        if begin < 0 or not all(_is_han(ch) for ch in text[begin : q.start]) or text[q.start - 1] == "等":
            return False
        window = text[max(0, q.start - 6 * n) : q.start]
        window = re.split(rf"[^{HAN_BASIC}]", window)[-1]
        words = segment.tag(window)
        places = 0
        for word, tag in reversed(words):
            if tag != "ns" or len(word) < 2:
                break
            places += 1
        if places != n:
            return False
        rest = window[: len(window) - sum(len(w) for w, _ in words[len(words) - n :])]
        return not _BACK_REFERENCE_RE.search(rest)

    def _sums_names_after(self, q: Quantity) -> bool:
        """A small number whose members the text lists right after it: N + what they are + a colon, then exactly N
        items (三个核心指标：升学率、就业率和满意度; 3类人士： and three numbered lines; 三个方向：一是…二是…三是…). The
        list's size, not a count (the golds' D3, its colon half). Not after 以下/下列 (以下5项措施：(一)…) nor with
        分别/包括 (8个展区，包括…, 11个基地分别是：…): the golds list those."""
        value = q.value
        if q.scale or q.pair or q.vague or q.more or value is None or not 2 <= value <= 12 or value != int(value):
            return False
        text = self.text
        if _BACK_REFERENCE_RE.search(text, max(0, q.start - 2), q.start) or _FORWARD_LIST_RE.search(
            text, max(0, q.start - 3), q.start
        ):
            return False  # 这三个, 以下5项措施：(一)…: a count the golds list (figures3-5, 10)
        m = _NAMES_AFTER_RE.match(text, q.end)
        if m is not None and ("（" in m.group() or "(" in m.group()):
            m = None  # 11类人群（注：…: the colon a note's inside brackets, read as brackets
        if m is None:
            # 3所中学（北大附中、清华附中和汇文中学）, 三城（上海、深圳、嘉兴）: members named in brackets right after
            # the count are named after it as a colon's are (the lead's ruling, session 43; FIGURES_GOLD §1 D3)
            b = _NAMES_IN_BRACKETS_RE.match(text, q.end)
            if b is not None:
                return _names_in(b.group("names")) == q.value
            # 11类人群（注：…大病患者；特困供养人员；…其他特殊困难人群。）: a note in brackets naming the kinds one by
            # one, each closed by a semicolon (figures56 dev-retired42 09)
            b = _ITEMS_IN_BRACKETS_RE.match(text, q.end)
            return b is not None and _semicolon_items(b.group("items")) == q.value
        if any(w in _SPEECH_VERBS for w in segment.cut(m.group()[:-1])):
            # 两人均表示：“愿意和对方…”, 两位专家指出：A和B…: the number counts who speak; what follows the colon is
            # what they said, no list of them (review s42 R3, dev s30_01)
            return False
        return _listed_items(text, m.end()) == q.value

    def _places_as_measure(self, q: Quantity) -> bool:
        """A size told as so many of a named place (相当于两个四川省的人口, figures27 dev-retired26 07; 面积约 5 个
        台湾大 and 相等于147个维多利亚公园, figures16 dev-retired17 07 and 08): a comparison, no places counted. The
        place is the segmenter's (a place name, "ns", two characters or more) right after 个, with an equating word
        right before the number (相当于, 相等于, 等于, 等同于; 约 may stand between) or 大 right after the place."""
        text = self.text
        equated = _EQUATED_BEFORE_RE.search(text, max(0, q.start - 6), q.start) is not None
        if not equated and "大" not in text[q.end + 2 : q.end + 6]:
            return False
        words = segment.tag(_CLAUSE_SPLIT_RE.split(text[q.end : q.end + 8])[0].lstrip(" \u3000\xa0"))
        if not words or words[0][1] != "ns" or len(words[0][0]) < 2 or words[0][0] in _GENERIC_PLACES:
            return False
        return equated or (len(words) > 1 and words[1][0] == "大")

    def _dependency_ratio(self, q: Quantity) -> bool:
        """10名適齡工作人士…支援1名長者, 5人支援1人: people who support so many others, a ratio of two counts
        (a dependency ratio), neither of them a count of its own."""
        text = self.text
        if _SUPPORTS_BEFORE_RE.search(text, max(0, q.start - 3), q.start):
            return True
        return _SUPPORTS_AFTER_RE.match(text, q.end) is not None

    def _share_ratio(self, q: Quantity) -> bool:
        """每五(5)股…合併為一(1)股, 每持有一股現有股份獲發七股, 每10股送3股: the terms of a consolidation,
        an entitlement or a bonus issue, per so many shares, a ratio, no count of shares."""
        clause = _CLAUSE_SPLIT_RE.split(self.text[max(0, q.start - 30) : q.start])[-1]
        return clause.rstrip(" \u3000\xa0").endswith(("每", "每持有")) or _PER_SHARES_RE.search(clause) is not None

    def _replacement_ratio(self, q: Quantity) -> bool:
        """1部共享汽車可替代9至23部私家車: one thing that replaces so many of another, a ratio (as the
        gold of figures6 says), not two counts: the 1 before the verb, or the number after it."""
        text = self.text
        near = text[max(0, q.start - 30) : q.end + 30]
        unit = re.escape(q.unit)
        if "于" in near and self._equated(q, unit):
            return True
        if "替" not in near:
            return False
        if q.value == 1 and q.arabic or q.num == "一":
            after = _CLAUSE_SPLIT_RE.split(text[q.end : q.end + 30])[0]
            return _unit_pattern("replaced by", unit).match(after) is not None
        clause = _CLAUSE_SPLIT_RE.split(text[max(0, q.start - 30) : q.start])[-1]
        return _unit_pattern("one replaces", unit).search(clause) is not None

    def _equated(self, q: Quantity, unit: str) -> bool:
        """3部網約車才相等於1部的士的運力: so many of one thing said to equal so many of another, counted by the same
        measure word, is a ratio, as a replacement is (both numbers; the same measure word on each side)."""
        text = self.text
        after = _CLAUSE_SPLIT_RE.split(text[q.end : q.end + 30])[0]
        if _unit_pattern("equals", unit).match(after):
            return True
        clause = _CLAUSE_SPLIT_RE.split(text[max(0, q.start - 30) : q.start])[-1]
        return _unit_pattern("equated", unit).search(clause) is not None

    def _counted_one(self, q: Quantity) -> bool:
        """一 + a measure word is a count, not the article "a", when it is one part of a
        partition: the rest of a set (余下一宗, 剩下一人), one more listed after a count of the
        same thing (加控两项…以及一项), or one beside "the rest" (一人仍被扣查，其余4人)."""
        return self._one_counted_at(q.start, q.end, q.unit)

    def _one_counted_at(self, start: int, end: int, unit: str) -> bool:
        text = self.text
        if _ONE_REST_BEFORE_RE.search(text, max(0, start - 2), start):
            return True
        one_of = _ONE_OF_BEFORE_RE.search(text, max(0, start - 2), start)
        if one_of and (one_of[0] != "其中" or unit in _NAMED_PEOPLE_UNITS) and self._whole_before(start, unit):
            # 6名匪徒…其中一人, 有二千八百五十一宗…卻只得一宗: one of the whole just counted (其中 one person only:
            # 3套房产…其中一套正是…, 兩個山墓…其中一個位於… name the one, unlisted in figures2 dev 17, figures35 …)
            return True
        if unit in PEOPLE_BY_SEX:
            part = _SEX_PART_AFTER_RE.match(text, end) or _SEX_PART_BEFORE_RE.search(text, max(0, start - 5), start)
            if part is not None and part["sex"] != unit:
                return True
        ends = self.sentences.ends
        i = bisect.bisect_left(ends, start)
        left = max(ends[i - 1] + 1 if i else 0, start - 120)
        right = min(ends[i] if i < len(ends) else len(text), end + 120)
        joined = _ONE_JOINED_BEFORE_RE.search(text, max(0, start - 3), start)
        # after 、 only as the last item of a list of such counts (11所国小、两所国中、一所高中), not
        # a contrast (两个人坐、一个人躺)
        needed = 2 if joined and joined[0] == "、" else 1
        for m in _OTHER_NUMBER_RE.finditer(text, left, right):
            before = text[m.start() - 2 : m.start()]
            if not text.startswith(unit, m.end()) or before[-1:] in ("第", "前"):
                continue
            if joined and m.end() <= start:
                needed -= 1
                if not needed:
                    return True
                # ... or two items counting different things, a share each of one whole (七個姊姊、一個弟弟: seven
                # sisters and one brother, figures37 dev-retired31 10), the item right before it, nouns alone
                after = m.end() + len(unit)
                if (
                    text[after:start].endswith("、")
                    and _ITEM_NOUN_RE.fullmatch(text, after, start - 1)
                    and _ITEM_NOUN_RE.match(text, end) is not None
                    and text[after] != text[end]  # (两个人坐、一个人躺: the same people, a contrast of what they do)
                ):
                    return True
            elif m.start() > end and before in _REST_WORDS:
                return True
        return False

    def _whole_before(self, start: int, unit: str) -> bool:
        """A count of more than one in ``unit`` (人, 名 and 位 alike: the same people) in the sentence before ``start``
        or the one before it: the whole a 其中一 or a 只得一 is one of (其中一個原因 with no count before is "one of
        the reasons", no count)."""
        units = _NAMED_PEOPLE_UNITS if unit in _NAMED_PEOPLE_UNITS else {unit}
        ends = self.sentences.ends
        i = bisect.bisect_left(ends, start)
        left = max(ends[i - 2] + 1 if i > 1 else 0, start - 160)
        for f in reversed(self.figures):
            if f.end <= left:
                break
            if f.kind == "count" and f.end <= start and f.unit in units and (f.value or 0) > 1:
                return True
        return False

    def _admin_count(self, q: Quantity) -> bool:
        """全球128国, 37州, 新北市有五区入榜: counted; 东北三省, 三省一市, 中美两国, 七国集团
        and 十八区 (a city's districts named as a set) are names of groups."""
        text = self.text
        nxt = text[q.end : q.end + 2]
        if not q.arabic and len(nxt) == 2 and nxt[0] in CN_NUMERAL_CHARS and nxt[1] in ADMIN_UNITS | {"市"}:
            return False  # 三省一市, 两省一区: a group's name (5镇1乡1街道, 7乡1镇 in digits: a partition, counted)
        if q.unit == "区" and _SITE_AFTER_RE.match(text, q.end):
            return False  # 天水围 112区短期用地, 启德1区地块: a numbered planning area's site, not 112 districts
        if q.arabic:
            return True
        return text[q.start - 1 : q.start] in ("有", "共") or _hedge_before(text, q.start, bare_scale=False) is not None

    def _unit_counts(self, q: Quantity) -> bool:
        """Measure words that count only in some contexts (a range's bounds are checked too)."""
        if q.unit in ADMIN_UNITS and not self._admin_count(q):
            return False
        if q.unit == "市" and 1 not in _word_ends(self.text[q.end - 1 : q.end + 5]):
            return False  # 3市监局联合执法: 市 starts a word (市监局, the market regulator), it counts no cities
        if q.unit == "卡" and not (
            self.text.startswith("车厢", q.end)
            or self.text[max(0, q.start - 2) : q.start].rstrip().endswith(("首", "尾"))
        ):
            return False  # 12 卡車廂, 首 3 卡: cars; 364千卡 (kcal), 重达260卡 (carats) count nothing (review s41 R4)
        if q.unit == "点" and not _POINT_NOUN_BEFORE_RE.search(self.text, max(0, q.start - 16), q.start):
            return False  # 10点, 升94点, 两点原因: a time, an index level, an argument's points
        if q.unit == "段" and q.start and self.text[q.start - 1] in "路街道":
            return False  # 重庆南路一至二段, 忠孝东路四段: a road's section in an address
        if q.unit == "位" and _DIGITS_AFTER_WEI_RE.match(self.text, q.end):
            return False  # 保留两位小数, 6位数字密码, 六位数的年薪: digits, not people
        if q.unit == "次" and not q.scale and _PAGE_COUNTER_BEFORE_RE.search(self._sentence_head(q.start)):
            return False  # 本文已被查看2232次, 浏览次数：2232次: the page's own view counter, not the story's
        if (
            q.unit in _SYSTEM_UNITS
            and self.text[q.end : q.end + 1] == "制"
            and 1 in _dictionary_word_ends(self.text[q.end : q.end + 4])
        ):
            return False  # 两部制输电价格, 三班制: a kind named by its number, nothing counted (tester s24 T11)
        return not self._replacement_ratio(q)

    def _budget_code(self, q: Quantity) -> bool:
        """A government budget's classification codes (功能分类: 204类 公共安全支出 / 06款 司法 / 01项 行政运行) count
        nothing: a number with a leading zero is a code (no count is written 06), and so is any 类/款/项 number among
        such codes (a table's column: another zero-led 款 or 项 within a few lines, or a 类 code of three digits
        2xx beside its 款)."""
        if not q.arabic or q.scale:
            return False
        if len(q.num) > 1 and q.num[0] == "0":
            return True
        text = self.text
        lo, hi = max(0, q.start - _CODE_NEAR), min(len(text), q.end + _CODE_NEAR)
        return any(m.start() != q.start for m in _BUDGET_CODE_RE.finditer(text, lo, hi))

    def _adverb_before(self, start: int) -> bool:
        """Whether the segmenter reads the two characters before ``start`` as one adverb or conjunction (一旦, 一直,
        一再: tagged d or c), a word of its own before the number."""
        begin = max(0, start - 6)
        at = begin
        for word, tag in segment.tag(self.text[begin : start + 3]):
            at += len(word)
            if at >= start:
                return at == start and len(word) == 2 and tag in ("d", "c")
        return False

    def _next_in_series(self, q: Quantity) -> bool:
        """Whether the number right before ``q``'s in a series, with the same measure word and the same two characters
        after it, stands earlier in the sentence (一类地区每人每月增加15元，二类地区…，三类地区…: labels of classes
        numbered in turn, figures44 dev 10; 一类 and 二类 are no counts already)."""
        if q.scale or not q.unit or q.value is None or not 2 <= q.value <= 10 or q.value != int(q.value):
            return False
        if q.unit in THING_MEASURES:
            return False  # 1台氮气增压机，2台氮气压缩机: machines counted, each its own (figures51 dev-retired38 01)
        after = self.text[q.end : q.end + 2]
        if len(after) < 2 or not all(_is_han(ch) for ch in after):
            return False
        left, _ = self.sentences.bounds(q.start, 200)
        before = self.text[max(left, q.start - 30 * int(q.value)) : q.start]
        # every number before it in turn, from one, each with the same words (上述两项违法行为…其余3项违法行为 is no
        # series), none glued to a digit before it (11所公立国小 holds no 1所公立)
        tail = q.unit + after
        return all(_written_in(before, (f"{n}{tail}", f"{_SERIES_NUMERALS[n]}{tail}")) for n in range(1, int(q.value)))

    def _labels_run(self, q: Quantity) -> bool:
        """Whether the numeral at ``q`` ends a run of numerals from 一 joined by 、, one apart (一、二、三类, 一、二类):
        classes or grades named by their numbers, not a count."""
        m = _LABELS_RUN_RE.search(self.text, max(0, q.start - 20), q.start)
        if m is None or len(q.num) != 1:
            return False
        run = [DIGIT_VALUES.get(c) for c in m.group().replace("、", "")] + [DIGIT_VALUES.get(q.num)]
        return run == list(range(1, len(run) + 1))

    def _count(self, q: Quantity, noun: str | None = None) -> bool:
        text = self.text
        one = q.num == "一" and not q.scale and bool(q.unit) and self._counted_one(q)
        # 百名顶尖英才、千名青年英才、万名青年学子: a bare 百/千/万 before 名 is a round number of
        # people (a target: about 100), not a scale word in an idiom (万家灯火 counts nothing)
        # (百名榜, 千名次: a ranking's name)
        round_people = (
            q.unit == "名" and q.num in ("百", "千", "万") and not q.more and text[q.end : q.end + 1] not in "榜次"
        )
        if (self._bare_or_article(q) and not (one or round_people)) or _quoted_name(text, q):
            return False
        if q.unit in ("条", "款") and _STATUTE_BEFORE_RE.search(text, max(0, q.start - 8), q.start):
            return False  # 《办法》共18条, 民法1114條第4款: a statute's articles, its structure or an article's number
        if not (q.arabic or q.scale) and self._labels_run(q):
            return False  # 一、二、三类新药证书: the last of a run of labels from one, no count of three
        if q.pair and q.low == 1 and q.high == 2 and not q.scale:
            return False  # 不只一兩個, 一两支: "one or two", as vague as 几个 (FIGURES_GOLD §1); 一两万 is scaled
        if q.num == "1" and q.unit == "个" and text.startswith("人", q.end) and not self._counted_one(q):
            return False  # 1个人: 一个人 in a digit, "one person" outside a partition (FIGURES_GOLD §1; peer3 kind 5)
        if not self._unit_counts(q):
            return False
        if q.arabic and q.num[:1] == "0" and q.num[1:2].isdigit():
            return False  # 04502次列车, 064车1号车厢: a number written with a leading zero is a code, never a count
        if q.unit == "所" and text[q.end : q.end + 1] == "示":
            return False  # 如图2所示, 如表3所示: a figure's or a table's number, then 所示 ("as shown")
        if self._next_in_series(q):
            return False  # 一类地区…，二类地区…，三类地区…: the third of a series of labels, no count of three
        if q.unit == "次" and q.arabic and len(q.num) >= 3 and not q.scale and _TRAIN_AFTER_RE.match(text, q.end):
            return False  # 5466次及5467次區間快車: trains' numbers (車次), no count (figures36 10)
        if q.unit in ("类", "款", "项") and self._budget_code(q):
            return False  # 204类 公共安全支出, 06款 司法, 01项 行政运行: a budget table's codes (tester s20 F7)
        if q.unit in ("条", "款", "项", "目", "节") and _SUB_ITEM_BEFORE_RE.search(text, max(0, q.start - 12), q.start):
            return False  # 第七条之二十四款: a statute's item under its article, numbered, no count (figures48 06)
        if self._list_size(q):
            return False  # 1900萬元、1580萬元兩種開價: the size of the list of figures just named, not a count
        if q.unit == "个" and self._places_as_measure(q):
            return False  # 相当于两个四川省的人口, 約5個臺灣大: a size told in places, a comparison, no count
        if self._sums_names_before(q) or self._sums_run_of_places(q):
            self._named_counts.add(q.start)
            return False  # 庆阳、张掖、天水3个省级区域医疗中心: the size of the list of names just given (D3)
        if self._sums_names_after(q):
            self._named_counts.add(q.start)
            return False  # 三个核心指标：升学率、就业率和满意度: the size of the list that follows (D3, its colon half)
        if q.unit in _BUILDING_MEASURES and _FLOOR_AFTER_RE.match(text, q.end):
            return False  # 為2座1樓B室, 3栋1201室, 5幢201室: a block's number in an address, then its flat
        if q.unit in ("人", "名") and self._dependency_ratio(q):
            return False
        if q.unit == "股" and self._share_ratio(q):
            return False
        if (
            not q.arabic
            and q.unit.startswith("次")
            and (
                q.num in ("一", "二") or text[q.end : q.end + 1] in "元性方产" or text[q.start - 2 : q.start] == "一次"
            )
        ):
            return False  # 二次会议, 一次性, 三次元, 三次产业, 一次两次: words (升息了三次, 八次 are counts)
        if text[q.start - 1 : q.start] == "前" and (
            text[q.start - 2 : q.start] not in _QIAN_WORDS
            or _CALENDAR_YEAR_RE.search(text, max(0, q.start - 6), q.start)
        ):
            return False  # 前10名, 前5家, 前两款, 今年前两轮: a ranking, a reference or a sequence's first ones
        if q.num + q.unit in _NUMERAL_WORDS:
            return False  # 四处 (everywhere), 三番, 一些: words, not counts
        if not q.arabic and _NUMBERED_NAME_RE.match(text, q.start):
            return False  # 中央八项规定, 四个全面: a numbered name
        if (
            q.start >= 2
            and len(q.num) == 1
            and not (q.arabic or q.scale)
            and text[q.start - 2] in _IDIOM_DIGITS
            and not (q.start >= 3 and (text[q.start - 3].isdigit() or text[q.start - 3] in CN_NUMERAL_CHARS))
            and _is_han(text[q.start - 1])
            and not _MEASURE_RE.match(text, q.start - 1)
            and not self._adverb_before(q.start)
        ):
            # 五花八门, 三心二意, 七上八下: an idiom's numerals (一家三口 counts: 家 measures); 一旦两座核反应堆 ("once
            # two reactors…"): an adverb or a conjunction before the count, no idiom
            return False
        if q.num == "两" and not q.scale and text[q.start - 2 : q.start] == "一" + q.unit:
            return False  # 不是一家两家企业: "one or two", not a count of two
        if not (q.scale or q.arabic) and len(q.num) == 1 and q.unit in _PLACE_NAME_MEASURES:
            if _PLACE_TAIL_RE.match(text, q.end):
                return False  # 五台山, 五股至…段, 五城至…路: a place's name, no count (tester s18 F10, s19 F12)
        if (
            q.arabic
            and _ROAD_BEFORE_RE.search(text, max(0, q.start - 4), q.start)
            and _ROAD_AFTER_RE.match(text, q.end)
        ):
            return False  # 台88支线, 国道1号: a road's number
        if not (q.scale or q.arabic) and q.unit not in _PLACE_COUNTERS and self._starts_place_name(q):
            return False  # 三门湾, 三门峡市, 七台河市: the numeral starts a place's name (tester s19 F17)
        if self._year_before_place(q):
            return False  # 2026臺北首都盃, 二〇二六台北亲水节: an event's year before its city, no 2,026 machines (台)
        if not q.scale and _PLACE_NAME_RE.match(text, q.end):
            # 五家子村, 五棵树镇, 八家户村: a place name; never one with 万 (300万农村居民)
            return False
        if not (q.scale or q.arabic) and q.unit not in _PLACE_COUNTERS and _STATION_AFTER_RE.match(text, q.end):
            return False  # 十四张站 (a metro station): a measure word that cannot count the place names it

        if not (q.arabic or q.scale) and self._named_item(q):
            return False  # 淡水、林口、五股等蛋白區: a place named among places (五股, a district), no five shares
        if q.unit == "座" and _SEATS_AFTER_RE.match(text, q.end):
            return False  # 七座及七座以下小型客车, 5座SUV: seats of each vehicle, a class of cars, not seven things
        if q.unit in ("幢", "栋", "座") and _ADDRESS_BEFORE_RE.search(text, max(0, q.start - 8), q.start):
            return False  # 西路376号1幢、2幢: building numbers of an address
        if not q.arabic and len(q.num) == 1 and _WEEKDAY_BEFORE_RE.search(text, max(0, q.start - 3), q.start):
            return False  # 周六起一连2日, 星期三次日: a weekday, not 六起 or 三次
        if q.unit.startswith("人") and text[q.end : q.end + 2] in ("公里", "千米"):
            return False  # 客运周转量129000万人公里: passenger-kilometres, not people
        if q.unit == "个" and text.startswith("人份", q.end):
            return False  # 两个人份的便当: a portion size, not two of anything
        if q.unit == "人" and not q.scale and text.startswith("家庭", q.end):
            # 二人家庭的入息限额: a household's type by its size, not people counted (a family on a
            # trip, 4口之家亲子游, is its members: figures2's gold counts them)
            return False
        if (text[q.start - 1 : q.start] == "每" and _PER_HAS_AFTER_RE.match(text, q.end)) or _PER_HAS_BEFORE_RE.search(
            text, max(0, q.start - 16), q.start
        ):
            return False  # 每一萬人就有四人確診: a rate, its base and its count (每10个农民…组成一个小组 is a group)
        if q.unit in ("位", "名") and _RANK_BEFORE_RE.search(
            _CLAUSE_SPLIT_RE.split(text[max(0, q.start - 12) : q.start])[-1]
        ):
            return False  # 全国排名上升到24位: a rank, not people
        if q.unit == "种" and _INDEX_NAME_AFTER_RE.match(text, q.end):
            return False  # 标准普尔500种股票指数: an index's name
        if q.arabic and text[max(0, q.start - 2) : q.start] in _RANKED_LIST:
            return False  # 全球最大250家國際承包商: a ranking list's name (ENR's top 250), as N大 is
        if q.unit and q.value >= 3 and text[q.end : q.end + 1] == "最" and not _MOST_SAID_RE.match(text, q.end):
            # 全球25家最大私人银行, 全美100所最佳高中, 頭10個最創新的地方: the size of a ranking by a superlative, as
            # 最大250家 is (FIGURES_GOLD §1: rankings are not listed; figures27 r26 02, figures49 r37 07, figures54
            # r40 04); 以台南市471例最多 says which is most (a count); 1套最大生产能力为… is one thing's capacity
            return False
        if q.unit == "段" and not q.scale and text[q.start - 1 : q.start] in _ROAD_SECTION_BEFORE:
            return False  # 成功路四段, 中華路一段: a road's section in an address (Taiwan), no four sections
        if _PER_HEAD_PER_PERIOD_RE.search(text, max(0, q.start - 20), q.start):
            return False  # 每名司機日均需完成逾11個行程: so many per person per day, a frequency (gold of figures6)
        if text[q.start - 1 : q.start] in _FORMULA_SIGNS or text[q.end : q.end + 1] in _FORMULA_SIGNS:
            return False  # 1250元/人月×6月×50人=375000元: a factor of a worked calculation, no count of its own
        if q.unit == "度" and text[q.start - 1 : q.start] == "再":
            return False  # 連續16次升息後…再17度升息: the 17th time, an ordinal
        if q.unit == "站" and text[q.start - 1 : q.start] in _RIDE_VERBS:
            return False  # 环线坐四站, 再乘两站: a ride's length in stops, not stops counted
        trips = q.unit == "个" and not q.scale and text.startswith("行程", q.end)  # 每日可提供12萬個行程: a total
        if (q.unit and q.unit[0] in "次回趟程" or trips) and _PER_PERIOD_BEFORE_RE.search(
            text, max(0, q.start - 8), q.start
        ):
            return False  # 每月至少2次, 每周3次, 每小時完成2個行程: a frequency, not a count of events (trips)
        if q.unit == "班" and not q.scale and _GRADE_BEFORE_RE.search(text, max(0, q.start - 4), q.start):
            return False  # 初三3班, 小一甲班, 高二(5)班: a class's name in its school year, not three classes
        if q.unit == "套" and _ROOMS_BEFORE_RE.search(text, max(0, q.start - 3), q.start):
            return False  # 4房4套, 3房1套: a flat's layout (rooms, en-suite), not four flats
        if q.num == "二" and not q.scale and not (q.unit == "人" and text[q.end : q.end + 1] not in "转世组"):
            return False  # 二套房, 二手, 二期: a cardinal two is 两 (两套, 两个); 二人 is two people
        if q.unit == "期" and (
            not q.arabic or text[q.start - 1 : q.start] in _PHASE_OF or "癌" in text[q.end : q.end + 5]
        ):
            return False  # 三期叠加, 一期工程, 地铁3期, 6号线2期: phases; 2期口腔癌: a stage
        if q.value == 1 and not q.scale and (text[q.start - 1 : q.start] == "每" or _NAMED_AFTER_RE.match(text, q.end)):
            # 每1股 (per share), 1款名叫…的仪器 (an article "a"): not a count of one. (生产线各1条, one line of
            # each kind, is a count: the gold conventions settled in session 10, an Arabic 1 is a figure)
            return False
        if _REASONS_BEFORE_RE.search(text, max(0, q.start - 6), q.start) or _REASONS_AFTER_RE.match(text, q.end):
            return False  # 原因有三类, 三点理由: the structure of an argument, like N个方面
        if q.value <= 0:
            return False
        if q.value != int(q.value) and not q.scale and not q.pair and not self._average(q):
            return False  # 1.5家: not a count, unless an average (每个家庭户的人口为2.62人)
        unit = q.unit
        if unit == "子" and not (
            _DAUGHTERS_BEFORE_RE.search(text, max(0, q.start - 4), q.start) or _DAUGHTERS_AFTER_RE.match(text, q.end)
        ):
            return False  # 2子 counts sons only beside daughters (育有2女2子, 2子1女)
        if unit in PEOPLE_BY_SEX:  # 3男2女, 育有两女: people, by sex (一男 is "a man")
            unit, noun = "", PEOPLE_BY_SEX[unit]
        if unit in PEOPLE_NOUNS_BARE:  # 2外佣, 6院友, 两童: people named with no measure word
            if not (q.arabic or q.num == "两") or q.scale or (q.value or 0) >= 1000:
                return False  # 三童 (a name), 2019童: only a plain small number counts
            unit, noun = "", PEOPLE_NOUNS_BARE[unit]
        if unit in NOUN_MEASURES:  # 10,000樣本: things counted by a noun
            unit, noun = "", NOUN_MEASURES[unit]
        if unit in CASUALTIES:  # 36死47伤: people counted without a measure word
            if not q.arabic:
                return False  # 九死一生, 十死无生: idioms
            unit, noun = "", CASUALTIES[unit]
        if (
            q.value == 2
            and unit in _NAMED_PEOPLE_UNITS
            and not q.scale
            and _PAIR_NAMED_RE.search(text, max(0, q.start - 12), q.start)
            and (unit == "人" or not self._noun_follows(q.end))
        ):
            # 瑛太与大森两人, 夫妇二人: the two just named, said again, no count (the golds' D3); 名 and 位 are measure
            # words, and a noun after them is what they count (中国与美国2名记者: the pair are places, review s18 R22)
            return False
        if unit == "次" and (
            text[q.start - 1 : q.start] == "届"
            or (
                _SESSION_AFTER_RE.match(text, q.end) and _TERM_NAME_BEFORE_RE.search(text, max(0, q.start - 9), q.start)
            )
        ):
            # 十四届三次会议: the third session of the fourteenth congress, an ordinal (tester s18 F3); the body's name
            # may stand between the term and the session (十届全国人大五次会议: figures43 dev-retired34 02)
            return False
        if unit in _LAYOUT_UNITS and _LAYOUT_BEFORE_RE.search(text, max(0, q.start - 3), q.start):
            return False  # 1层8户, 每层6户, 一梯两户: a floor's layout (homes per floor or per lift), a rate, no count
        q_end = q.end
        if unit == "人" and (visits := _VISITS_ASIDE_RE.match(text, q_end)) is not None:
            unit, q_end = "人次", visits.end()  # 近9000人（次）: people, each visit counted, as 人次
            q = replace(q, unit=unit)
        start, qualifier, hedge_en, end, plus = self._hedges(q, q_end)
        if (
            unit in _TIMES_MEASURES
            and qualifier == "exact"
            and not (q.scale or q.more or q.pair or q.vague)
            and (q.value or 0) < _FREQUENCY_MAX
            and _frequency(
                _FREQUENCY_CLAUSE_RE.split(text[max(0, q.start - 14) : q.start])[-1],
                _FREQUENCY_CLAUSE_RE.split(text[q_end : q_end + 8])[0].split("、")[0],
            )
        ):
            return False  # 升息了三次, 5度调升, 两次遴选: how often, no key figure (the lead's ruling, session 38)
        if round_people and qualifier == "exact":
            qualifier = "approx"
        if noun is None:
            noun = _count_noun(text, q, end, self._flats)
        if q.pair or q.vague:  # 三四个, 数十家
            en = english.count_span(q.low, q.high, noun, vague=q.vague)
            self.add("count", start, end, q.low, en, unit=unit, qualifier="range", low=q.low, high=q.high)
            return True
        low, high = self._bounds(qualifier, q.value)
        if q.more and q.high is not None:
            high = q.high
        self.add(
            "count",
            start,
            end,
            q.value,
            english.count(q.value, noun, qualifier, suffix_plus=plus, hedge_en=hedge_en),
            unit=unit,
            qualifier=qualifier,
            low=low,
            high=high,
        )
        return True

    # -- ranges: 2个至3个, 100-200万美元, 两到三万港元, 1万(含)-5万元, 30万元以上50万元以下

    def _range_end(self, q: Quantity) -> Quantity | None:
        if q.vague or q.pair:
            return None
        text = self.text
        if text[q.end : q.end + 1] not in _RANGE_STARTS:
            return None  # most numbers are not followed by a second bound: skip the regexes
        sep = RANGE_SEP_RE.match(text, q.end)
        aside = None
        if not sep and q.kind == "money" and q.currency and text[q.end : q.end + 1] in "（(":
            # 介于10新元（约合48.3元人民币）至25新元: the first bound's equivalent in brackets, then the range goes on
            # (figures31 dev 02); the gloss is read as its own figure (_quantity)
            aside = _GLOSS_AFTER_RE.match(text, q.end)
            sep = RANGE_SEP_RE.match(text, aside.end()) if aside is not None else None
        upper_style = False
        if not sep and q.kind is not None and text[q.end : q.end + 1] in _BOUNDED_ABOVE_STARTS:
            # 超过一亩但不超过二亩, 高于5%且低于10%: a lower bound then an upper one, one range (a law's tiers)
            sep = _BOUNDED_ABOVE_RE.match(text, q.end)
            lower = _hedge_before(text, q.pre_start if q.pre_start >= 0 else q.start, bare_scale=False) if sep else None
            if lower is None or lower.qualifier != "over":
                return None
        if not sep:
            # 30万元以上50万元以下 / 30万元以上、50万元以下
            m = LOWER_BOUND_RE.match(text, q.end)
            # 10万以上20万以下的罚款: a 万/亿 pair without 元 too (_range decides whether it is a sum)
            if not m or not (q.kind or "万" in q.scale or "亿" in q.scale):
                return None
            sep, upper_style = m, True
        if q.value < 0 and sep.group()[:1].isspace() and sep.group()[-1:] in RANGE_DASHES:
            return None  # -2.34% -8.06%: a row's signed cells, a space before each minus and none after it
        at = sep.end()
        rise = _RISE_BOUND_RE.match(text, at) if q.kind == "percent" and sep.group() in ("到", "至") else None
        if rise is not None and _FALL_BEFORE_RE.search(text, max(0, q.start - 4), q.start):
            at = rise.end()  # 同比下滑1.9%到增长1.1%: a fall to a rise, one range (FIGURES_GOLD 7)
        else:
            rise = None
        self._mixed_range = (q.start, q.value) if rise is not None else None
        if rise is None and (upper := _UPPER_HEDGE_RE.match(text, at)) is not None and q.kind in (None, "money"):
            # 罰款6萬至近10萬元: a range whose upper bound is hedged (the first bound was lost); not after 从/由 in its
            # clause (由去年的3亿元到近5亿元: a level moved to another, two figures) unless 不等/之间 says a range
            moved_from = _FROM_IN_CLAUSE_RE.search(text, max(0, q.start - 8), q.start) is not None
            bound = QUANTITY_RE.match(text, upper.end()) if moved_from else None
            if not moved_from or (bound is not None and _RANGE_SAID_AFTER_RE.match(text, bound.end())):
                at = upper.end()
        m2 = QUANTITY_RE.match(text, at)
        if not m2:
            return None
        scaled2 = bool(m2["scale"]) and ("万" in m2["scale"] or "亿" in m2["scale"])
        # HK$5-6亿, US$1.5至2亿: a symbol's or a code's sum whose second bound writes the scale (and no unit); so does
        # one whose first bound writes it too (HK$2萬-3萬, US$3億至5億): the symbol is said once, for both ends
        symbol_sum = q.kind == "money" and q.pre_start >= 0 and scaled2 and q.end == q.num_end + len(q.scale)
        if not (m2["unit"] or m2["pre"]) and not ((q.kind is None or symbol_sum) and scaled2):
            return None  # 1~2~: a second bound with no unit (and no 万/亿 sum) ends no range; not parsed
        q2 = self._money_tail(_quantity(m2))
        if aside is not None:
            if q2.kind != "money" or q2.currency != q.currency or not _SUM_IN_GLOSS_RE.search(aside.group()):
                return None  # (the second bound in the first's named currency only; the gloss a sum: no year)
            self._aside = (aside.start() + 1, m2.start())
            self._gloss = aside.span()
        if symbol_sum and q2.kind is None:
            q2 = replace(q2, kind="money", unit=q.unit, currency=q.currency)
        # 总价900~1100万: a 万/亿 range without a unit; _range decides whether it is a sum
        unitless_sum = q.kind is None and q2.kind is None and any(ch in "万亿" for ch in q2.scale)
        if q2.value is None or (q2.kind is None and not unitless_sum) or q2.vague or q2.pair:
            return None
        if q2.kind == "count" and q2.unit == "块" and self._kuai_is_money(q2):
            q2.kind = "money"
        if q.kind is not None and (q.kind != q2.kind or (q.unit != q2.unit and q.kind != "money")):
            return None
        said_range = _RANGE_SAID_AFTER_RE.match(text, q2.end) is not None  # 上调200元至1000元不等 (review s32 R2)
        if q.kind == "money" and q.unit[-1:] in _DIMES and q2.unit[-1:] not in _DIMES and not said_range:
            return None  # 上涨1.2角至4.07元: a range's ends share a unit; a move in dimes, then a level (figures28)
        if (
            not said_range
            and q.kind == "money"
            and q.value
            and q2.value
            and q2.value > _MOVE_BAND_RATIO * q.value
            and _amount_moved(text, q.pre_start if q.pre_start >= 0 else q.start)
        ):
            return None  # 早盤勁揚5元至633元: a move no band would span, then the level it reached (figures32 07)
        if (
            q.kind == "percent"
            and not upper_style
            and text[q.start - 1 : q.start] in ("由", "自")
            and not _FROM_LEVEL_AFTER_RE.match(text, q2.end)
        ):
            # 存款準備金率…由13%至13.5%: a level moved from one to the other, two levels (gold of figures8); but a
            # range the change starts from when the words of reaching another figure follow it (回报率由6%-8%上调至
            # 7%-9%: figures42 dev 07)
            return None
        moved = q.unit == "厘" and _RATE_CHANGE_BEFORE_RE.search(text, max(0, q.start - 12), q.start)
        band = moved and moved.group().startswith(_RATE_MOVES) and _band_of_move(q.value, q2.value)
        if moved and sep.group().strip() in RANGE_WORDS and not band:
            return None  # 下调0.25厘至3.5厘: the move, then the level it reaches (review s19 R7), as 下调25个基点至1.5%
        if upper_style:
            close = UPPER_BOUND_RE.match(text, q2.end)
            if not close:
                return None
            q2.end = close.end()
            if unitless_sum and self._sibling_sum(q2) is None and not self._implied_money(replace(q2, start=q.start)):
                return None  # 常住人口10万以上20万以下: not a sum; each bound is read as before
        return q2

    def _inherited_low(self, q: Quantity, q2: Quantity) -> float | None:
        """The first bound with the units it leaves to the second: 两到三万 → 2万,
        一百二十到一百五十万 → 120万, 七千到九千亿 → 7000亿, 八到九百亿 → 800亿.

        The first takes the trailing units of the second that are larger than any unit
        it writes itself; if that does not give a bound below the second, it keeps its
        own value (从8500到3万: 8,500). A symbol's sum with no scale of its own takes the second's too (HK$5-6亿)."""
        if q.scale or (q.kind and not (q.kind == "money" and q.pre_start >= 0 and q2.kind == "money")):
            return q.value
        full2 = q2.full
        run = ""
        for ch in reversed(full2):
            if ch in SCALES:
                run = ch + run
            else:
                break
        own = max((SCALES[ch] for ch in q.num if ch in SCALES), default=0)
        inherited = "".join(ch for ch in run if SCALES[ch] > own)
        if inherited:
            if q.arabic:
                low = parse_number(q.num, inherited)
            else:
                low = parse_chinese(q.num + inherited) or parse_number(q.num, inherited)
            if low is not None and low < q2.value:
                return low
        return q.value

    def _range(self, q: Quantity, q2: Quantity) -> int:
        if q2.kind == "nian":
            return q2.end  # (2022-2025年): a span of years, not a figure
        if self.text[q2.end : q2.end + 1] == "级":
            return q2.end  # 5~50张级持股, 千亿至万亿元级: a class by size, not a figure
        if q2.unit == "间" and all(_YEAR_NUMBER_RE.fullmatch(x.num) for x in (q, q2)) and not (q.scale or q2.scale):
            return q2.end  # 1997到2007間: "between" two years, no rooms (figures57 dev-retired43 09)
        if q2.kind is None and self._counted_by_noun(q2):
            q2 = _as_count(q2)  # 3万至5万网约车牌: what the range counts named after it, no measure word
        if q2.kind is None:  # 总价900~1100万: a sum when its words say so, else not read
            currency = self._sibling_sum(q2)
            # a currency's name before the first bound (人民币3亿至5亿, new user s48 U11), as before a number alone
            named = q.kind is None and PREFIX_CURRENCY_RE.search(self.text, max(0, q.start - 6), q.start) is not None
            if named and _NO_MONEY_AFTER_RE.match(self.text, q2.end):
                return q2.end
            # the range's words are read before its first bound (总价1300~1400万的「某楼盘」)
            if currency is None and not named and not self._implied_money(replace(q2, start=q.start)):
                return q2.end
            q2.kind, q2.currency = "money", currency or q2.currency
        low = self._inherited_low(q, q2)
        high = q2.value
        both_written = bool(q.unit and q2.unit) and q2.kind in ("percent", "money")
        if low is not None and high is not None and low > high and both_written:
            low, high = high, low  # 降到2.5%-2.2%区间: both bounds written, high first
        if low is None or high is None or not low < high:
            return q.num_end
        kind = q2.kind
        merged = Quantity(
            start=q.start,
            num_end=q.num_end,
            end=q2.end,
            num=q.num,
            scale=q.scale,
            more=False,
            kind=kind,
            unit=q2.unit,
            value=low,
        )
        # 一至两宗: a range's low bound 一 is a number, not the article of 一个
        if kind == "count" and (
            (q.num != "一" and self._bare_or_article(merged))
            or _quoted_name(self.text, merged)
            or not self._unit_counts(merged)
        ):
            return q2.end
        if (
            kind == "money"
            and q.value < 10
            and not q.arabic
            and not q2.currency
            and q2.unit in ("元", "圆")
            and q2.value < 10
            and q.num == "一"
        ):
            return q2.end  # 一到二元: too close to 一元/二元 words
        start0 = q.pre_start if q.pre_start >= 0 else q.start
        if self.text[start0 - 1 : start0] == "从":
            start0 -= 1
        hedge = _hedge_before(self.text, start0, bare_scale=False)
        start = hedge.start if hedge else start0
        end = q2.end
        # 约3万至5万元, 3至5万元左右: a range said roughly is "about" that range (its qualifier stays range)
        about = hedge is not None and hedge.qualifier == "approx"
        rough = _hedge_after(self.text, end)
        if rough is not None and rough[0] == "approx":
            about, end = True, rough[1]
        # 100—500亩（含500亩）, 1-3万元(含): the upper bound restated as included, not a new figure
        incl = INCLUSIVE_RE.match(self.text, end)
        included = incl is not None and _INCLUDED_RE.fullmatch(incl[0]) is not None
        if incl is not None and included:
            end = incl.end()
        if kind == "money" and _FX_BASE_BEFORE_RE.search(self.text, max(0, start - 12), start):
            return q2.end  # 1美元兑换6.70至6.80元人民币左右: a band of exchange-rate levels, no sums
        if kind == "money":
            # US$3至$5: a named dollar names the bare $ of the other bound too
            named = [x.currency for x in (q2, q) if x.currency and not self._bare_dollar(x)]
            cur = named[0] if named else self._written_currency(q2) or self._written_currency(q)
            if not cur:
                prefix = PREFIX_CURRENCY_RE.search(self.text, max(0, start - 6), start)
                if prefix:
                    cur = CURRENCIES[prefix["cur"]]
                    start = prefix.start()
            if not cur:
                suffix = SUFFIX_CURRENCY_RE.match(self.text, end)
                if suffix:
                    cur = CURRENCIES[suffix["cur"]]
                    end = suffix.end()
            cur = self._currency(q2.unit, end, cur)
            word = "dollars" if not cur and (self._bare_dollar(q) or self._bare_dollar(q2)) else "yuan"
            en = english.money(low, cur, "range", low, high, word=word, plus=q2.more)
            per, end = self._price_per(start, q2.end, end)
            en += per  # 625-635元/吨: RMB 625–635/t, as one price is
            unit = cur
            if included:
                en += " (inclusive)"
            if low == 0 and not about and _FROM_IN_CLAUSE_RE.search(self.text, max(0, q.start - 20), q.start):
                # 销售额实现了从0到1亿元的跨越: a growth from nothing, two levels (FIGURES_GOLD §4) of which 0 is no
                # sum: the level reached, no cap (review s48 R5)
                en = english.money(high, cur, "exact", word=word) + per
                self.add(kind, q2.start, end, high, en, unit=unit)
                return end
            if low == 0 and not about:
                # 0-35000元按60%报销: a band from nought is a cap, "up to" its upper bound (a low end of 0 is no sum;
                # figures56 dev-retired42 09)
                en = english.money(high, cur, "under", hedge_en="up to", word=word, plus=q2.more) + per
                self.add(kind, start, end, high, en, unit=unit, qualifier="under")
                return end
        elif kind == "percent":
            if "‰" in (q.unit, q2.unit):
                return end  # 3‰至5‰: per mille is a ratio, never points (review s22 R12: was 3–5 pp); as written
            if q2.unit.endswith("基点"):
                # 降息25-50个基点: a basis point is a hundredth of a point at both ends, as for one (review s21 R11:
                # was '-50 pp to -25 pp'); of an interest rate or a yield only, as one is (a pip is no point)
                before = self.text[self.sentences.bounds(start, 60)[0] : start]
                if not _basis_points_of_a_rate(self.text, before, start, end):
                    return end
                low, high = low / 100, high / 100
            return self._percent_range(start, end, low, high, _pct_unit(q2.unit), about=about)
        elif kind == "area":
            factor = AREAS[q2.unit]
            low, high = low * factor, high * factor
            en = english.area(low, "range", low, high, plus=q2.more, metres=AREAS[q2.unit] == 1.0, unit=q2.unit)
            unit = "m2"
            if included:
                en += " (inclusive)"
        elif kind == "quantity":
            symbol = self._quantity_unit(q2, start)
            if symbol is None or symbol == "m2":
                return end  # 20至30度 of heat, 10至20万方 of floor: as written
            shown = self._quantity_shown(symbol, start, q2.end) + self._quantity_per(start)
            en = english.quantity(low, shown, "range", low, high, plus=q2.more)
            unit = symbol
            if included:
                en += " (inclusive)"
        else:
            # 10至20多名: the high end's 多 ("20-odd") is said, 10–20+ people
            en = english.count(
                low, _count_noun(self.text, q2, flats=self._flats), "range", suffix_plus=q2.more, low=low, high=high
            )
            unit = q2.unit
        if about:
            en = "about " + en
        self.add(kind, start, end, low, en, unit=unit, qualifier="range", low=low, high=high)
        return end


_LIST_END_RE = re.compile(rf"[{CLAUSE_BREAK}\n]|——")  # (a dash closes a list a dash opened)
# what carries a list on past a comma to its last item (…、B，以及C; …，还有C)
_LIST_GOES_ON_RE = re.compile(r"[ \u3000]*(?:以及|还有|及)")


# the members of a count named in brackets right after it and its noun (3只（短融ETF、…）, 3個基金(包括A、B和C)), what
# may open the brackets (包括, 即) left out of the names
# a bracket right after a count whose items are closed by semicolons (（注：A；B；C。）): _semicolon_items
_ITEMS_IN_BRACKETS_RE = re.compile(
    rf"[^\d{CLAUSE_BREAK}\n：:（()）]{{0,10}}[（(](?:注|包括|即|分别为|分别是)?[：:]?(?P<items>[^（()）\n]{{2,800}}?)[）)]"
)
_ITEM_LONGEST = 40  # characters of one item of such a note (享受抚恤补助的优抚对象; a phrase, longer than a name)


def _semicolon_items(items: str) -> int:
    """How many items a note holds, closed by semicolons (；/;, the last by 。 or nothing): 0 unless two or more, each a
    phrase of at most _ITEM_LONGEST characters with no digit and no count of its own."""
    parts = re.split(r"[；;]", items.strip().rstrip("。.；; \u3000"))
    ok = len(parts) >= 2 and all(
        0 < len(p.strip()) <= _ITEM_LONGEST and not any(c.isdigit() for c in p) and not _NAMES_COUNTED_RE.search(p)
        for p in parts
    )
    return len(parts) if ok else 0


_NAMES_IN_BRACKETS_RE = re.compile(
    rf"[^\d{CLAUSE_BREAK}\n：:（()）]{{0,10}}[（(](?:包括|包含|即|含|分别为|分别是)?"
    rf"(?P<names>[^（()）{CLAUSE_BREAK}\n：:]{{2,160}})[）)]"
)


# the segmenter's tags no word of a name has, by their first letter (pronoun, adverb, preposition, conjunction,
# particle, idiom, modal, onomatopoeia; and "e", an interjection, whole: "eng" is a Latin word)
_NOT_IN_A_NAME_TAGS = frozenset("rdpcuilyo")
# a word in Latin letters with digits in it (64GB, RAM/128GB, iPhone15): a model's name, not a count
_LATIN_WORD_RE = re.compile(r"[A-Za-z0-9/.+-]*[A-Za-z][A-Za-z0-9/.+-]*")


def _word_spans(phrase: str) -> set[tuple[int, str]]:
    """The segmenter's words of ``phrase``, each with where it starts."""
    spans, at = set(), 0
    for word, _ in segment.tag(phrase):
        spans.add((at, word))
        at += len(word)
    return spans


def _after_last_verb(phrase: str) -> str:
    """The words of ``phrase`` after its last verb (the segmenter's), or all of it when it has none: where a list's
    first name starts in 深圳的标准只考虑容积率, BMW 集團擁有 MINI."""
    words = segment.tag(phrase)
    cut = 0
    for i, (_, tag) in enumerate(words):
        if tag[:1] == "v":
            cut = i + 1
    return "".join(w for w, _ in words[cut:])


def _joined_last(items: list[str]) -> list[str] | None:
    """Names split at 、 with the last two split at one 和/及/与 between them (None: no list of names: two joining
    words in the last, or one item and no joining word)."""
    last = items[-1]
    joined = [j for j in _NAMES_JOIN_RE.finditer(last) if j.start() > 0 and j.end() < len(last)]
    if len(joined) > 1 or (len(items) < 2 and not joined):
        return None
    return [*items[:-1], last[: joined[0].start()], last[joined[0].end() :]] if joined else items


def _names_in(names: str) -> int:
    """How many names ``names`` holds, joined by 、 (the last two maybe by 和/及/与): 0 unless each is a short name
    with no digit and no count of its own (case numbers 3857、3895, 东区1人 and 一名副局长 are no names)."""
    items = _joined_last(names.split("、"))
    if items is None:
        return 0
    ok = all(
        0 < len(i.strip()) <= _NAMES_ITEM_LONGEST
        and not any(c.isdigit() for c in i)
        and not _NAMES_COUNTED_RE.search(i)
        for i in items
    )
    return len(items) if ok else 0


def _listed_items(text: str, pos: int) -> int:
    """How many items a list opening at ``pos`` has (0: no list read): numbered lines (1. / （1） / 一、 …), or
    一是…二是…, or names joined by 、 up to the clause's end, the last two maybe by 和/及/与 (short, no digit); two
    names may be joined by one of those alone (two limits of a plan, figures16 dev 03)."""
    head = text[pos : pos + 600]
    lines = _ENUM_LINE_RE.findall(head)
    if lines and head.lstrip(" \u3000\xa0").startswith("\n"):
        return len(lines) if [_enum_number(n) for n in lines] == list(range(1, len(lines) + 1)) else 0
    if not lines and head.lstrip(" \u3000\xa0").startswith("\n"):
        # 共涉及安置点3个:\n长寨：…；\n广顺：…；\n代化：… (figures56 dev-retired42 13): lines each opening with a short
        # label and its colon, one item a line
        labelled, at, stop = 0, text.find("\n", pos) + 1, min(len(text), pos + _LABEL_LINES_REACH)
        while 0 < at < stop and _LABEL_LINE_RE.match(text, at) is not None:  # line by line, each read once
            labelled += 1
            at = text.find("\n", at, stop) + 1
        if labelled >= 2:
            return labelled
    marks = _ORDINAL_SAYS_RE.findall(head)
    if marks:
        ordinals = [_DIGIT_VALUE.get(m[0], 0) for m in marks]
        return len(marks) if ordinals == list(range(1, len(marks) + 1)) else 0
    # the list ends with its clause (三种模式：洪水控制、洪水利用、洪水塑造，倡议…: figures22 dev 17); it ran to the
    # sentence's end until session 42, so a last name with a clause after it was no name
    end = _LIST_END_RE.search(head)
    stop = end.start() if end else len(head)
    items = head[:stop].split("、")
    if end and head[stop] in COMMA and (goes_on := _LIST_GOES_ON_RE.match(head, stop + 1)):
        # …三类：A、B，以及C (review s42 R2, dev s19_06): a joining word right after the comma carries the list on to
        # its last name, which ends with its own clause
        rest = _LIST_END_RE.search(head, goes_on.end())
        items.append(head[goes_on.end() : rest.start() if rest else len(head)])
        if any(_NAMES_JOIN_RE.search(i) for i in items[:-1]):
            return 0  # A和B，以及C: phrases, not one list of names
    else:
        split = _joined_last(items)
        if split is None:
            return 0
        items = split
    ok = all(0 < len(i.strip()) <= _NAMES_ITEM_LONGEST and not any(c.isdigit() for c in i) for i in items)
    return len(items) if ok else 0


@lru_cache(maxsize=256)
def _unit_pattern(shape: str, unit: str) -> re.Pattern[str]:
    """_replacement_ratio's and _equated's patterns for one measure word (``unit``, escaped), compiled once each: built
    per call, their variety (with _next_in_series's) evicted re's own cache and recompiled ~1,000 patterns per 1,000
    articles, a tenth of the figures stage's time (session 42)."""
    if shape == "replaced by":  # 1部共享汽車可替代9至23部: the one first, then what it replaces
        return re.compile(rf"[^\d]{{0,12}}?{_REPLACES}{_SP}[\d{_CN}][^，。；]{{0,12}}?{unit}")
    if shape == "one replaces":
        return re.compile(rf"(?<![\d.])[1一]{_SP}{unit}[^\d]{{0,12}}?{_REPLACES}{_SP}$")
    if shape == "equals":  # 3部網約車才相等於1部的士
        return re.compile(rf"[^\d]{{0,12}}?{_EQUALS}{_SP}[\d{_CN}]+{_SP}{unit}")
    return re.compile(rf"(?<![\d.])[\d{_CN}]+{_SP}{unit}[^\d]{{0,12}}?{_EQUALS}{_SP}$")  # "equated"


def _written_in(text: str, forms: tuple[str, ...]) -> bool:
    """Whether one of ``forms`` stands in ``text`` with no digit glued before it: what _next_in_series's regex, one
    built per series, read (a digit before it is a Unicode decimal, as the regex's digit class is)."""
    for form in forms:
        at = text.find(form)
        while at >= 0:
            if at == 0 or not text[at - 1].isdecimal():
                return True
            at = text.find(form, at + 1)
    return False


def _enum_number(n: str) -> int:
    return int(n) if n.isdigit() else _DIGIT_VALUE.get(n, 0) if len(n) == 1 else 10 if n == "十" else 0


def _last_place(value: float) -> float:
    """The place of the last digit written of a round number: 1.3e12 → 1e11, 5e6 → 1e6, 2.148e7 → 1e4."""
    place = 10.0 ** math.floor(math.log10(abs(value)))
    while place > 1e-6 and abs(value / place - round(value / place)) > 1e-9:
        place /= 10
    return place


def _rounds_to(precise: float, rounded: float, qualifier: str) -> bool:
    """``precise`` (more digits) is what the round figure ``rounded`` says with its hedge: 13323亿 is 超1.3万亿,
    199.1亿 is 近200亿, 2148.1万 is 2148万 (rounded at the round figure's last digit); a value written to the same digit
    is another figure. A fall is read by its
    size (跌69% / 跌68.9%: a heading's rounded fall, -69 and -68.9; the hedge bounds the size, 跌超5%)."""
    if precise * rounded <= 0:
        return False
    precise, rounded = abs(precise), abs(rounded)
    place = _last_place(rounded)
    if _last_place(precise) >= place:
        return False
    if qualifier == "over":
        # cut at the bound's last digit (升至24%以上 / 24.5%, 3万多人 / 3万6000名: figures11 dev 02, 41)
        return rounded < precise < rounded + place
    if qualifier in ("nearly", "under"):
        # rounded at the bound's last digit (近200亿 / 199.1亿), not any smaller value: 不超过20万元 / 其中…不超过12万元
        # is a part under its whole (review s42 R8, dev s42f_01)
        return rounded - place / 2 <= precise < rounded
    if qualifier in ("exact", "approx"):
        # (two digits at least: a one-digit 5% is a round forecast, 4.6% another figure)
        return place * 10 <= abs(rounded) and abs(precise - rounded) < place / 2
    return False


def _pct_unit(unit: str) -> str:
    return "%" if unit in ("%", "％") else "pp"


def _digit(ch: str | None) -> int:
    if not ch:
        return 0
    return int(ch) if ch.isascii() else _DIGIT_VALUE[ch]


# Traditional forms of the characters the rules read, for text that did not come
# through ingest (``briefreader figures --stdin``, scripts). One character each, so
# offsets into the caller's text stay valid. Ingest already gives Simplified text.
# Generated from every Han character in this module and units.py (OpenCC s2t, s2tw,
# s2hk, s2twp, kept when t2s maps it back), so a measure word added to units.py is read
# in Traditional text too (棟, 劑, 輛); tests/core/test_figures_grammar.py checks it.
_TRAD = str.maketrans(
    "應戲擬編軟鑰頻驅萬與專業東絲兩個臨為爲舉義鄉買爭於亞產畝親億僅從價眾衆優夥會傳傷體餘儉償儲兒兌黨蘭關茲獸內冊決準減湊幾擊劃創別劑辦務動勢"
    "區醫協單賣佔盧廠廳歷廂叄雙發變臺號後噸啓啟員團園圍國圖圓場塊牆處備復夠頭獎學實寬賓對壽將爾盡層屆屬歲崗島幣帥師帳帶幫幹廣"
    "莊慶牀開張當錄徵徑態總慘願戰戶報撥損換據擲攬撐支收敵數斷無時機殺雜權條來構標棟樹夢樓檻模櫻歐殘氣匯沒濟瀏潤漲遊灣滿燈靈災"
    "點煙狀獨獻環電畫盈蓋盤碼禮種積稱稅筆籌籤簡類繫紅約級紐組織經結給統繡績續維縮網羅罰羣職聯腦腳節獲營銜補裝見觀規視覽觸計訂"
    "認讓訓議訊記論設訪證評識訴診試語說説請讀課調謂謝負財責敗貨貶購貼貸貿費賀資賠賺贏趕踐蹤車軌輪輛邊達過運進遠違跡選遙郵鄰裏"
    "裡針鍾鋼錢鐵銅銖銀鋪銷鎖錐鎮鎊長門閉問間聞閱閲隊階際僱韓頂頃項預領顆題額風飆飛館馬驗騙鮮麥線綫週連樂轉採納蟲蠅錦齊隻終釐導僑鑼堅鏡殼綜龍華軍恆衛講餉鍵強農蓮賞釋純贖淨現贓懸虧俠鶴揚瀉彈劍畢勞難還較儀縣輸籃聲搶護齡曆飯頸詞檢稟質寧遞疊習輔橋謠話傭確顏鏈債欖寶喫庫賽樣漁監測該綴贊麗龜礦競綠嬰飲擴緣壓櫃療貧勵撫養譜鑑鑒極滅載則況滬濃轄這遲驛執練脫遷脈莖轎須陽瀋並凍掙註儷婦蝕峯嶺緩峽範繼諾飄審檔藥頁"
    "傾彎攝溫溼濕熱緯煉穩贈廢汙賭擁倫撾敘烏緬萊薩蘇剛黃舊繳勁憑瓊衝縛葉頤絕許嘆寫憶籲紹談興懲賬離慮訟攤書樁築絡軸紳賢靜襪紀側適順細倉屢貓廈爐誤鍋燒",
    "应戏拟编软钥频驱万与专业东丝两个临为为举义乡买争于亚产亩亲亿仅从价众众优伙会传伤体余俭偿储儿兑党兰关兹兽内册决准减凑几击划创别剂办务动势"
    "区医协单卖占卢厂厅历厢叁双发变台号后吨启启员团园围国图圆场块墙处备复够头奖学实宽宾对寿将尔尽层届属岁岗岛币帅师帐带帮干广"
    "庄庆床开张当录征径态总惨愿战户报拨损换据掷揽撑支收敌数断无时机杀杂权条来构标栋树梦楼槛模樱欧残气汇没济浏润涨游湾满灯灵灾"
    "点烟状独献环电画盈盖盘码礼种积称税笔筹签简类系红约级纽组织经结给统绣绩续维缩网罗罚群职联脑脚节获营衔补装见观规视览触计订"
    "认让训议讯记论设访证评识诉诊试语说说请读课调谓谢负财责败货贬购贴贷贸费贺资赔赚赢赶践踪车轨轮辆边达过运进远违迹选遥邮邻里"
    "里针钟钢钱铁铜铢银铺销锁锥镇镑长门闭问间闻阅阅队阶际雇韩顶顷项预领颗题额风飙飞馆马验骗鲜麦线线周连乐转采纳虫蝇锦齐只终厘导侨锣坚镜壳综龙华军恒卫讲饷键强农莲赏释纯赎净现赃悬亏侠鹤扬泻弹剑毕劳难还较仪县输篮声抢护龄历饭颈词检禀质宁递叠习辅桥谣话佣确颜链债榄宝吃库赛样渔监测该缀赞丽龟矿竞绿婴饮扩缘压柜疗贫励抚养谱鉴鉴极灭载则况沪浓辖这迟驿执练脱迁脉茎轿须阳沈并冻挣注俪妇蚀峰岭缓峡范继诺飘审档药页"
    "倾弯摄温湿湿热纬炼稳赠废污赌拥伦挝叙乌缅莱萨苏刚黄旧缴劲凭琼冲缚叶颐绝许叹写忆吁绍谈兴惩账离虑讼摊书桩筑络轴绅贤静袜纪侧适顺细仓屡猫厦炉误锅烧",
)
# Traditional characters that are only numerals or 元: they alone do not make a text
# Traditional (壹仟玖佰圆整, 兩块 are written in mainland texts too).
_NUMERAL_TRAD = set("億萬兩個點圓")
_FINANCIAL_ONLY = set("壹贰貳叁參肆伍柒捌玖佰仟")


# the last text folded and its fold: a briefing's region folds its text's first _SAMPLE characters (the whole text, the
# same object, when shorter) and scan_figures the whole text right after, ~1% of a worker's CPU folded twice (issue 19,
# session 48). Held by identity, one pair in one assignment: a text is never changed, so its fold is the same.
_LAST_FOLD: list[tuple[str | None, str]] = [(None, "")]


def fold_text(text: str) -> str:
    """Full-width digits and signs, Traditional forms of the words the rules read, and
    financial numerals (壹仟玖佰) in their plain form, without changing the length."""
    last = _LAST_FOLD[0]
    if last[0] is text:
        return last[1]
    folded = _folded(text)
    _LAST_FOLD[0] = (text, folded)
    return folded


def _folded(text: str) -> str:
    if "\\%" in text:  # a percent set as TeX math by a PDF converter ($5 \%$): no dollar sign
        text = _TEX_PERCENT_RE.sub(_tex_percent, text)
    if "，" in text and _ASCII_WIDE_GROUP_RE.search(text) is not None:
        # 港币5，000万元, 营收1，234，567元: ASCII digits grouped by a full-width comma are one number (tester s18
        # F2: read as 港币5 and 000万元, two confident wrong sums); the comma becomes "," (the same length)
        # the whole text, not from the first group: _half_comma reads the words before each group
        text = _ASCII_WIDE_GROUP_RE.sub(_half_comma, text)
    if "0," in text:
        # 0,2公頃: a decimal comma (no thousands group starts with a lone 0, figures28 dev-retired27 05, once read as 2
        # ha); the comma becomes the point (the same length), the figure quotes the page as written
        text = _ZERO_COMMA_RE.sub("0.", text)
    if "·" in text or "・" in text:
        # ２６·５亿美元, ２·４个百分点: a middle dot between digits, a scale or a unit after, is a decimal point (an old
        # Xinhua style, figures58 dev-retired44 02: was "USD 500 mn" and "4 pp"); "7·23"事故, 3·30新政 are dates
        text = _MIDDLE_DOT_POINT_RE.sub(".", text)
    if _ESCAPED_POINT in text:
        # 0###DOT###34公頃: an app's escape of a decimal point (figures53 dev-retired39 06, 07); the point and the
        # digits after it, then zeros for the escape's other eight characters (0.3400000000: the same value, the same
        # length, so the figure quotes the page as written)
        text = _ESCAPED_POINT_RE.sub(_escaped_point, text)
    if ". " in text:
        # 约2. 8元附近: a decimal point a page put a space after (read as 8元: a confident wrong sum); the space moves
        # after the number (2.8 元), where a unit may stand a space away; the figure quotes the page as written
        text = _SPACED_POINT_RE.sub(r"\1.\2 ", text)
    if not _NEEDS_FOLD_RE.search(text):
        return text  # ingest's text: Simplified, half-width already
    return _fold(text)


_MIDDLE_DOT_POINT_RE = re.compile(
    r"(?<=[0-9０-９])[·・](?=[0-9０-９]{1,6}[ \u3000]?(?:[万亿萬億千百兆]|[%％]|个百分点|個百分點|倍|元|美元))"
)
_ESCAPED_POINT = "###DOT###"
_ESCAPED_POINT_RE = re.compile(r"(?<=\d)###DOT###(\d{1,12})")


def _escaped_point(m: re.Match[str]) -> str:
    return "." + m.group(1) + "0" * (len(_ESCAPED_POINT) - 1)


# a lone 0, an ASCII comma and one or two digits, no digit, point or comma around (0,1,2 is a list)
_ZERO_COMMA_RE = re.compile(r"(?<![\d.,，])0,(?=\d{1,2}(?![\d,]))")
# a run of 1-3 ASCII digits then groups of exactly 3 after full-width commas, no digit, point or comma around it
_ASCII_WIDE_GROUP_RE = re.compile(r"(?<![\d.,，])\d{1,3}(?:，\d{3})+(?![\d，])")


# digits right after a Han character (a hedge or a verb, never a list's "1. " at a line's start), a point, one space,
# 1-3 digits and a unit's character or a percent sign (not a year, a month or a day: 附件1. 2020年 is an item's number)
_SPACED_POINT_RE = re.compile(rf"(?<=[{HAN_BASIC}])(\d{{1,4}})\. (\d{{1,3}})(?=[{HAN_BASIC}%％])(?![年月日号])")


# a list of items follows in the clause: 门票分别为120，150，180元 (review s18 R2: read as RMB 120.15 mn)
_LIST_BEFORE_RE = re.compile(r"(?:分别|依次|各)[^，。；！？\n]{0,12}$")


def _half_comma(m: re.Match[str]) -> str:
    """A grouping when it reads as one: a first group of 1-2 digits (5，000; 12，500: no list of items looks so), a
    group 000 (分别投资300，000元), or a round group (100，200) with no 分别/依次/各 before it in the clause.
    Else the commas stay: a list of three-digit items (120，150，180) has the shape of a grouping."""
    digits = m.group()
    groups = digits.split("，")
    if len(groups[0]) <= 2 or "000" in groups[1:]:  # no list item is 000
        return digits.replace("，", ",")
    if _LIST_BEFORE_RE.search(m.string, max(0, m.start() - 14), m.start()) is None and any(
        g.endswith("00") for g in groups[1:]
    ):
        return digits.replace("，", ",")
    return digits


# 年利率为 $5 \%$ (an announcement's PDF turned to Markdown): the dollars open and close the math, the backslash
# escapes the percent sign; read as 5%, spaces in their place (the length kept)
_TEX_PERCENT_RE = re.compile(r"\$(\s?[-−]?\d[\d.,]*\s?)\\%(\s?)\$")


def _tex_percent(m: re.Match[str]) -> str:
    return f" {m.group(1)} %{m.group(2)} "


@lru_cache(maxsize=2)  # ingest reads a briefing's region, then its figures: the same text folded twice
def _fold(text: str) -> str:
    from .numerals import fold_numeral_chars

    # a full-width comma inside a full-width number (１１１，１１１) groups thousands
    folded = _WIDE_GROUP_RE.sub(",", text)
    # Traditional forms, financial numerals, full-width digits and ASCII-range signs (not the
    # Chinese comma and full stop) in one pass: one table, composed below
    folded = folded.translate(_FOLD_TABLE)
    # 拾 and 陆 are also words (收拾, 大陆): numerals only next to other numerals (拾万)
    folded = _FINANCIAL_RUN_RE.sub(lambda m: fold_numeral_chars(m.group()), folded)
    if "○" in folded or "◯" in folded:
        folded = _CIRCLE_RUN_RE.sub(_circle_zero, folded)
    if "." in folded:  # 約三．六億台幣, 四．七億美元, ○．六％: a decimal point between Chinese digits is 点
        folded = _CN_DECIMAL_DOT_RE.sub(_decimal_point, folded)
    return folded


# one dot after one Chinese digit (or 十二), before a run of them, no other dot or numeral around (not 二〇二三.一.五, a
# date; not 一二.五, which may be "one or two": its 五 is not read either, see _glued_to_name)
_CN_DECIMAL_DOT_RE = re.compile(
    r"(?<![.\d〇零一二两三四五六七八九十百千○◯])([〇零一二三四五六七八九○◯]|[一二三四五六七八九]?十[一二三四五六七八九]?)"
    r"\.([〇零一二三四五六七八九]+)(?![.\d〇零一二三四五六七八九])"
)


def _decimal_point(m: re.Match[str]) -> str:
    return m[1].replace("○", "〇").replace("◯", "〇") + "点" + m[2]  # (a circle before the point is a zero)


# A circle (○ U+25CB, ◯ U+25EF) typed for 〇 inside a numeral written digit by digit (二○二○年, 七五五○元);
# alone, or in a run of circles only (○○公司, 王○明: a name left out), it stays a mark. Each run of numerals is read
# once, whole (a circle required inside the pattern was tried from every character of a run with none: quadratic,
# review s25 R8); the callback keeps runs with no circle as they are
_CIRCLE_RUN_RE = re.compile(r"[〇零一二三四五六七八九○◯]+")


def _circle_zero(m: re.Match[str]) -> str:
    run = m.group()
    if not ("○" in run or "◯" in run) or not any(ch in "一二三四五六七八九" for ch in run):
        return run
    return run.replace("○", "〇").replace("◯", "〇")


_WIDE_GROUP_RE = re.compile(r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")
_FINANCIAL = str.maketrans("壹贰貳叁參肆伍柒捌玖佰仟", "一二二三三四五七八九百千")
# ... a run of them there (壹拾陆元, 壹佰陆拾元: each of the run folds, not only the one beside a plain numeral), and
# on a receipt's sum, where no word has them: 壹元陆角 (6 角 after 元, never 大陆角逐's), 陆拾元, 拾元整, 人民币拾元
_FINANCIAL_RUN_RE = re.compile(
    r"(?<![拾陆陸])[拾陆陸]++(?=[\d零〇一二两三四五六七八九十百千万亿萬億])|(?<=[\d零〇一二两三四五六七八九十百千万亿萬億])[拾陆陸]+"
    r"|(?<=[元圆角毛])[陆陸](?=[角毛分])"
    r"|(?:[陆陸]拾|拾[陆陸])(?=[元圆])"
    rf"|(?:(?<=人民币)|(?<=[¥￥])|(?<![{HAN_BASIC}]))拾(?=[元圆])"
    r"|拾(?=[元圆](?:[整正]|零|[一二三四五六七八九陆陸][角毛分]))"
)
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # ０-９
_WIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_WIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_WIDTH.update({0xFF05: ord("%"), 0xFF0E: ord("."), 0xFF04: ord("$"), 0xFF0B: ord("+")})
# every full stop whose compatibility form is "." is a decimal point between digits as the full-width one is:
# ﹒ (U+FE52, Big5's A144, a Hong Kong wire's １７﹒５億元 and ６８﹒９％) and ․ (U+2024); middle dots (‧ ·) are
# not full stops (3·15)
_WIDTH.update({0xFE52: ord("."), 0x2024: ord(".")})
# _TRAD, then _FINANCIAL, then _WIDTH as one table (a Traditional financial numeral 貳 → 贰 → 二). The
# width pass used to run after the 拾/陆 rule: that rule's neighbours (\d matches full-width digits) and
# its output do not change with it, so the order does not matter.


def _composed(*tables: dict[int, int]) -> dict[int, int]:
    out = {}
    for c in set().union(*tables):
        v = c
        for table in tables:
            v = table.get(v, v)
        if v != c:
            out[c] = v
    return out


_FOLD_TABLE = _composed(_TRAD, _FINANCIAL, _WIDTH)
_NEEDS_FOLD_RE = re.compile(
    "["
    + re.escape("".join(chr(c) for c, v in (*_TRAD.items(), *_WIDTH.items()) if c != v))
    + "壹贰貳叁參肆伍柒捌玖佰仟拾○◯]"
)


def extract_figures(
    text: str, region: Region | str | None = None, limit: int | None = None, *, default_currency: str | None = None
) -> list[Figure]:
    """Key figures of ``text``, sorted by start offset (public API).

    ``region`` decides the currency of a bare 元 (圆, 块钱, 亿元 ...): a
    :class:`~briefreader.figures.region.Region` (ingest passes the briefing's, read from
    its source, script and words), a name (``"mainland"``, ``"hk"``, ``"mo"``, ``"tw"``),
    or None to read it from the words of ``text`` (mainland when nothing says
    otherwise). A currency written in the text always wins.

    ``text`` may be Simplified or Traditional, with full-width digits; offsets and
    ``Figure.text`` refer to ``text`` as given. ``limit`` stops the scan after that
    many figures (the first ones in the text). ``default_currency`` (an ISO code) is
    the older way to say the region's currency and still accepted.
    """
    return scan_figures(text, region, limit, default_currency=default_currency)[0]


def scan_figures(
    text: str, region: Region | str | None = None, limit: int | None = None, *, default_currency: str | None = None
) -> tuple[list[Figure], bool]:
    """:func:`extract_figures`'s figures, and whether the scan read the whole text: with a ``limit``, a text of
    very many numbers that are no figures (or one figure restated) is read only so far, and a caller that lists
    figures says so (ingest's "truncated" problem)."""
    if not text:
        return [], True
    if default_currency is not None and region is None:  # the pre-issue-13 keyword
        region = Region("given", default_currency, "default currency given by the caller")
    folded = fold_text(text)
    region = _text_region(text, folded, region)
    breaks = _wrapped_breaks(folded) if "\n" in folded else []
    if not breaks:
        extractor = _Extractor(folded, region, limit, original=text)
        return extractor.run(), extractor.complete
    # hard-wrapped text (a PDF's lines, a forum post's): a line break inside a number or between a
    # number and its unit is no break; the text is read with those joined, offsets mapped back
    keep = [0, *(b + 1 for b in breaks)]
    cut = [*breaks, len(text)]
    joined = "".join(folded[i:j] for i, j in zip(keep, cut, strict=True))
    original = "".join(text[i:j] for i, j in zip(keep, cut, strict=True))
    shifted = [b - k for k, b in enumerate(breaks)]  # where each break was, in the joined text

    def at(j: int) -> int:
        return j + bisect.bisect_right(shifted, j)

    extractor = _Extractor(joined, region, limit, original=original)
    figures = extractor.run()
    for f in figures:
        f.start, f.end = at(f.start), at(f.end - 1) + 1
        f.text = text[f.start : f.end]
    return figures, extractor.complete


# a line break with a digit (or a range's 至/到/~) before it and a digit, a decimal point, % or a unit after,
# at the end of a line long enough to be hard-wrapped (近1\n40亿元, 1,588\n元, 17.6\n%, 3万至\n5万): lists
# and tables of numbers, one a short line, keep their breaks
_WRAP_RE = re.compile(r"\n(?=[\d.%元万亿])")  # a break before a number's rest (the character before: below)
# ... or before a count's measure word, after a number or its scale (190萬\n片, 4,569\n名): in hard-wrapped text only
_WRAP_MEASURE_RE = re.compile(rf"(?<=[\d万亿])\n(?={_MEASURE})")
_WRAPPED_LINE = 24  # characters of the line before the break
_CUT_MARKS = ("...", "…", "⋯")  # a line cut short, not wrapped


def _wrapped_breaks(folded: str) -> list[int]:
    breaks = []
    # how many of the text's long lines have each display width, measured when first needed (a count per width, not a
    # list: a table of 100,000 numbers has as many breaks to try as lines, and each compared every line: tester s22 T8)
    widths: Counter[int] | None = None
    found = sorted([*_WRAP_RE.finditer(folded), *_WRAP_MEASURE_RE.finditer(folded)], key=lambda m: m.start())
    for m in found:
        before = folded[m.start() - 1] if m.start() else ""
        measure = m.re is _WRAP_MEASURE_RE
        # ... or a hedge (促請提高至最少\n30,000 個) before a number that begins the next line
        hedge = (
            _is_han(before)
            and folded[m.start() + 1 : m.start() + 2].isdecimal()
            and _hedge_before(folded, m.start(), bare_scale=False) is not None
        )
        if not before or not (before.isdecimal() or before in "至到~" or measure or hedge):  # as \d: any decimal digit
            continue
        line_start = folded.rfind("\n", max(0, m.start() - _WRAPPED_LINE), m.start())
        if line_start >= 0 or m.start() < _WRAPPED_LINE:
            continue
        if _CODE_END_RE.search(folded, m.start() - _WRAPPED_LINE, m.start()) and not (
            # ... unless it is a range's upper end and its unit begins the next line (13200-15000\n元/吨)
            not folded[m.start() + 1 : m.start() + 2].isdecimal()
            and _RANGE_END_RE.search(folded, m.start() - _WRAPPED_LINE, m.start())
        ):
            continue
        if not measure and _TABLE_ROW_RE.search(folded, max(0, m.start() - 80), m.start()):
            continue  # a row of a table of plain numbers (569.20 495.44 … 28.35\n70.45 …): its break is the row's end
        if _CELL_END_RE.search(folded, max(0, m.start() - 40), m.start()) and _ROW_START_RE.match(
            folded, m.start() + 1
        ):
            continue  # 234,850.00 95,585.30\n2徽商银行…: a row's last cell, then the next row's number and label
        if measure or folded[m.start() + 1 : m.start() + 2].isdecimal():
            # digit to digit (近1\n40亿元) joins two numbers into one, so it needs the text to be
            # hard-wrapped: other lines stop at this line's width. A sample size on one line and a
            # share on the next (样本数量为1200\n85%的受访者) are two figures, not 120085%.
            if widths is None:
                widths = Counter(_display_width(line) for line in folded.split("\n") if len(line) >= _WRAPPED_LINE)
            line = folded[folded.rfind("\n", 0, m.start()) + 1 : m.start()]
            width = _display_width(line)
            peers = sum(widths[w] for w in range(width - _WRAP_SLACK, width + _WRAP_SLACK + 1))
            if peers < _WRAP_PEERS + 1:  # + 1: the line itself
                continue
        breaks.append(m.start())
    return breaks


_WRAP_SLACK = 3  # display columns a wrapped line may stop short of its text's width (a wide character, a word)
_WRAP_PEERS = 2  # other lines of that width that show the text was wrapped


# Blocks whose every character is wide or fullwidth (unicodedata's W or F: CJK ideographs and their punctuation, kana,
# Hangul syllables, fullwidth forms), dropped by one regex before the per-character lookup (issue 19: the lookup per
# character of every long line was ~5% of the figures' time; the same widths, tests/core/test_figures_s29.py checks
# the blocks against unicodedata)
WIDE_BLOCKS = (
    "\u2e80-\u2fdf\u3000-\u303e\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
    "\uff01-\uff60\uffe0-\uffe6"
)
_WIDE_BLOCKS_RE = re.compile(f"[{WIDE_BLOCKS}]+")


def _display_width(line: str) -> int:
    if line.isascii():  # a table's rows of numbers: one column a character (no lookup per character)
        return len(line)
    rest = _WIDE_BLOCKS_RE.sub("", line)
    wide = len(line) - len(rest)
    if not rest.isascii():
        wide += sum(1 for ch in rest if ch > "\x7f" and unicodedata.east_asian_width(ch) in "WF")
    return len(line) + wide


# a line that ends in plain numbers, four of them apart by spaces: a table's row, never prose wrapped inside a number
_TABLE_ROW_RE = re.compile(r"(?:(?<![\d.,])\d+(?:\.\d+)?[ \t\xa0]{1,3}){3}\d+(?:\.\d+)?$")
# a line that ends in a cell of sums (grouped thousands and cents), and a line that opens on a row's
# number and its label
_CELL_END_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d\d$")
_ROW_START_RE = re.compile(rf"\d{{1,3}}[{HAN_BASIC}]")
# a line that ends in five digits or more is a code, a phone or a postcode (邮政编码：200082), whole
_CODE_END_RE = re.compile(r"(?<![\d.,])\d{5,}$")
_RANGE_END_RE = re.compile(rf"(?<![\d.,\-])\d{{1,7}}(?:\.\d+)?(?:{RANGE_SIGN})\d{{5,}}$")


def text_region(text: str, region: Region | str | None = None) -> Region:
    """The region ``extract_figures(text, region)`` reads a bare 元 by (with its reason)."""
    return _text_region(text, fold_text(text), region)


def _text_region(text: str, folded: str, region: Region | str | None) -> Region:
    if region is None:
        hant = folded is not text and any(
            ch not in _NUMERAL_TRAD and _TRAD.get(ord(ch), ord(ch)) != ord(ch) for ch in set(text)
        )
        return detect_region(folded, script="hant" if hant else None, original=text if hant else None)
    return resolve_region(region, folded)
