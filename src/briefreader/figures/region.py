"""Which region a briefing is from, for the currency of a bare 元 (圆, 块钱, 萬元, 億 ...).

A bare 元 is renminbi in a mainland text, Hong Kong dollars in a Hong Kong one, patacas
in Macau and New Taiwan dollars in Taiwan. The region is scored from evidence, each
piece a vote with its reason kept (``Region.reason``):

- the outlet: the ``source`` line, by name, else the outlet its address is (``url``), at
  the home the one outlet table gives its host (:mod:`briefreader.ingest.outlets`:
  money.udn.com is Taiwan's 經濟日報 whatever the name shares), and the address's country
  domain (.hk, .mo, .tw, .cn). A known outlet's home decides (a paper writes other regions' currencies out:
  新华社 on Hong Kong writes 港元) unless the page's address or language tag says
  another region. An outlet abroad (大紀元, 美國之音, 聯合早報 ...) says nothing of the
  currency; a name two regions' papers share (蘋果日報, 經濟日報) is a small vote for each;
  a name inside a longer one is another outlet's (信报 in 北京娱乐信报);
- what the original page says about itself (a zh-HK language tag, a .hk or .tw link:
  :func:`briefreader.hanzi.detect_region`);
- the script: Simplified counts for the mainland;
- words only one region writes: its currency and institutions (新台币, 行政院, 港元,
  立法会, 强积金, 澳门元 ...: ``units.REGION_WORDS``), and everyday words (计程车 and
  义务役 in Taiwan, 屋苑 and 食环署 in Hong Kong, 氹仔 and 本澳 in Macau: ``LEXICON``),
  each word once however often it is written.

Precision first: without a known outlet, a region other than the mainland needs three
points, more than the mainland's and more than any other region's; a tie is ``unknown``.
When nothing decides, the region is ``unknown`` (or ``other`` for an outlet abroad) and
a bare 元 is shown as "yuan" without a currency code, rather than guessed. A text with no
known outlet that names Singapore or Malaysia often (新加坡, 吉隆坡, 令吉 ...: ``_SEA_WORDS``)
and nothing of the mainland is theirs (bare 元 SGD, MYR) whatever its script; naming both, or
the mainland too, it is ``other``, its bare 元 shown as written, never renminbi. A currency
written in the text (港元, 新台币, US$, a (美元,下同) note) always wins over the region.
Australia's own Chinese press (a Sydney paper's dateline 本報悉尼訊, the words only it writes, 新州 and 澳證200, a
source line opening with 澳洲, a .au address) is ``au``, its bare 元 the Australian dollar; a text that only names
Australia's cities and 澳元 is a report on it from anywhere, and no region of its own.

Where a sum is: a Hong Kong, Macau or Taiwan text whose lead sets the story in a
mainland place (在横琴…落幕, 于深圳) may have its own sums in either currency, so its
bare 元 is shown as written (:func:`set_elsewhere`); a sentence of such a text that puts
what it speaks of in a mainland place and names no place of its own region
(位于北京…斥资约40亿) gives its bare sums in renminbi (:func:`place_currency`). A trip
there (赴, 到, 前往) sets nothing: the travellers' sums are their home's.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import segment
from ..punct import CLAUSE_BREAK, HAN_BASIC, SENTENCE_OR_CLAUSE_END
from .places import CITY_DISTRICTS, PLACES
from .units import CURRENCIES, REGION_CURRENCY, REGION_WORDS

_SAMPLE = 20_000  # characters read for regional words: a briefing's opening says it
_SOURCE_VOTE = 6
_DOMAIN_VOTE = 6  # a site's country domain is its home as surely as its name
_SCRIPT_VOTE = 3
_SIMPLIFIED_VOTE = 3
_DECIDES = 3  # without a known outlet, a region needs this many points (and more than any other)
_LEAD = 160  # characters of the lead read for where the story is set
_ROC_DATE_VOTE = 2
# a date in the Republic of China's calendar (111年10月11日 = 2022-10-11): years 100-129 written
# with a month are Taiwan's alone (the mainland writes 2022年 or 22年; 民国 years in history are < 100)
# Matched from its literal 1 (the regex engine skips ahead to each 1) and the character before it checked after:
# a look-behind first made it try every position (6.7 of ~75 ms on the dev texts); the same matches (a match
# refused for the character before it cannot overlap a later one: its 年 is three characters after the 1)
# (and a school year numbered so: 112学年 is the Republic of China's 2023; the mainland writes 2023学年)
# (and a budget's fiscal year: 101年度 is the ROC's 2012; the mainland writes 2012年度)
_ROC_DATE_RE = re.compile(r"1[0-2]\d年(?:\d{1,2}月|度)|1[0-2]\d学年")
# a year the text dates in the ROC calendar by name (民國101年度, 民国 112 年): years 100 and on are 2011 and after,
# written so in Taiwan alone, and it decides as an institution's name does (an audit digest whose only cue is its
# title's 民國101年度, figures18 dev 01); years below 100 are history, which the mainland writes too (民国38年)
_ROC_NAMED_VOTE = _DECIDES
_ROC_NAMED_RE = re.compile(r"民国[ \u3000]{0,2}1[0-2]\d[ \u3000]{0,2}年")


_BOPOMOFO_RE = re.compile("[\u3105-\u312f\u31a0-\u31bf]")


def _roc_date(sample: str) -> str:
    """The first date of the Republic of China's calendar in a (folded) sample ("" when none)."""
    for m in _ROC_DATE_RE.finditer(sample):
        i = m.start()
        if not i or not (sample[i - 1].isdecimal() or sample[i - 1] == "."):  # (?<![\d.]): \d is isdecimal
            return m.group()
    return ""


# a sum in 兆 (10^12: 1.5兆元, 43兆) written in Traditional script: Taiwan's usage (Hong Kong and Macau write 萬億, the
# mainland 万亿; Malaysia's Simplified press writes 兆 too, so Traditional only); not 兆瓦, 兆赫, 兆日元, 兆美元
_TRILLION_VOTE = 2
_TRILLION_RE = re.compile(r"[\d一二两三四五六七八九十][ \xa0]?兆(?!瓦|赫|字|位|焦|帕|欧|秒|克|日|美|韩|欧|英|港|人民)")
# outlets abroad that write Simplified for their own readers (Singapore's, Malaysia's): their
# Simplified script is no sign of the mainland; the home each writes from (_sea_region)
_ABROAD_HOME = {"联合早报": "sg", "星洲日报": "my"}

# Everyday words only one region writes (Simplified: Traditional text is folded first).
# Institutions and currencies are in units.REGION_WORDS; these are the ordinary words a
# text with no institution still uses (a taxi, a conscript, a housing estate). Words that
# are also the inside of a common word elsewhere are left out (里长 in 3公里长, 台电 in
# 平台电商, 国中 in 全国中小学, 的士 in 我们的士兵, 劳保 is mainland safety gear).
LEXICON: dict[str, tuple[tuple[str, int], ...]] = {
    "tw": (
        ("计程车", 2),
        ("公车", 1),
        ("义务役", 2),
        ("役男", 2),
        ("乡公所", 2),
        ("区公所", 2),
        ("户政事务所", 2),
        ("地检署", 3),
        ("超商", 2),
        ("营养午餐", 2),
        ("营養午餐", 2),  # 營養午餐 as folded
        ("悠游卡", 2),
        ("统一发票", 2),
        ("民众党", 2),
        ("北捷", 2),
        ("台铁", 1),
        ("软体", 1),
        # offices and words of Taiwan's government and army (国军: the ROC's; 眷村 its villages;
        # not 消防局, Macau's fire service too)
        ("北市府", 2),
        # the mainland as Taiwan names it: its tourists, spouses, a visit there (陆委会: units)
        ("陆客", 2),
        ("陸客", 2),  # as folded (陸 is left for 大陸's sake)
        ("陆配", 2),
        ("陸配", 2),
        ("访陆", 2),
        ("访陸", 2),
        ("赴陆", 2),
        ("赴陸", 2),
        # counties and islands units.REGION_WORDS does not list (one vote each, like its cities)
        ("台东", 1),
        ("南投", 1),
        ("云林", 1),
        ("雲林", 1),
        ("基隆", 1),
        ("澎湖", 1),
        ("金门", 1),
        ("马祖", 1),
        # districts and townships: places.PLACES, from a public list (汐止, 芦洲, 莺歌 were here, named from texts;
        # 芦洲 is a mainland township's name too)
        ("眷村", 2),
        # the special municipalities as a set (六都買賣移轉, 在六都排名墊底, 去年五都選舉): Taiwan's word for them
        ("六都", 2),
        ("五都", 2),
        ("国军", 1),
        ("市议会", 1),
        # Taiwan's legal and market words (a fine is 罚锾, the exchange 证交所, 临柜 at the counter,
        # 导护 school crossing guards, 营建署 and 都委会 its planning bodies, 凯道 the avenue of protests,
        # 县议员 a county councillor); Traditional forms the fold table does not hold listed too
        ("罚锾", 2),
        ("罚鍰", 2),
        ("证交所", 2),
        ("台股", 1),
        ("临柜", 2),
        ("临櫃", 2),
        ("导护", 2),
        ("营建署", 3),
        ("都委会", 2),
        ("凯道", 2),
        ("凱道", 2),
        ("县议员", 2),
        # its market's words: 集保 (TDCC's depository: 集保持股分级), 零股 (odd lots; Hong Kong says 碎股)
        ("集保", 2),
        ("零股", 1),
        # its financial press's words: 上市櫃 (listed on TWSE or TPEx; the mainland says 上市, Hong Kong 上市),
        # 稅後盈餘 (net profit: the mainland writes 净利润, Hong Kong 純利), 逾放比 (the NPL ratio), 金控 (a
        # financial holding company, 兆豐金控)
        ("上市柜", 2),
        ("税后盈余", 2),
        ("逾放比", 2),
        ("金控", 1),
        # its results' words (a company's 淨損 and 純益: the mainland writes 净亏损/净利润, Hong Kong 虧損/純利; EPS is
        # 每股盈餘 or 每股純益, the mainland's 每股收益, Hong Kong's 每股盈利), 庫藏股 (treasury shares: the mainland's
        # 库存股, Hong Kong's 回購), 自結 (a company's own unaudited results)
        ("税后净损", 2),
        ("税前净损", 2),
        ("每股净损", 2),
        ("税后纯益", 2),
        ("每股纯益", 2),
        ("税前盈余", 2),
        ("每股盈余", 2),
        ("库藏股", 2),
        ("自结损益", 2),
    ),
    "hk": (
        ("屋苑", 2),
        ("私楼", 2),
        ("劏房", 2),
        ("平方呎", 2),
        ("呎价", 2),
        ("唐楼", 2),
        ("屋邨", 2),
        ("本港", 2),
        ("食环署", 3),
        ("运输署", 2),
        ("社署", 2),
        ("房屋署", 2),
        ("渔护署", 3),
        ("康文署", 3),
        ("入境处", 2),
        ("裁判法院", 3),
        ("区域法院", 3),
        ("律政司", 2),
        ("大律师", 2),
        ("小巴", 1),
        # departments of the Hong Kong government (屋宇署, 地政总署, 渠务署 ...)
        ("区议员", 2),
        ("屋宇署", 3),
        ("地政总署", 3),
        ("渠务署", 3),
        ("水务署", 2),
        ("规划署", 2),
        ("机管局", 2),
        ("劳工处", 2),
        ("社会福利署", 3),
        ("民政事务总署", 3),
        ("土木工程拓展署", 3),
        ("政府新闻处", 2),
        ("警务处处长", 3),
        # districts units.REGION_WORDS does not list (not 湾仔, 大埔, 西贡, 马鞍山, 中环: also
        # places of Zhuhai, Guangdong, Vietnam, Anhui and Shanghai's ring road)
        ("土瓜湾", 1),
        ("红磡", 1),
        ("油麻地", 1),
        ("葵涌", 1),
        ("东涌", 1),
        ("柴湾", 1),
        ("粉岭", 1),
        ("粉嶺", 1),
        ("天水围", 1),
        ("鸭脷洲", 1),
        ("鴨脷洲", 1),
        ("黄大仙", 1),
        ("黃大仙", 1),
        ("长沙湾", 1),
    ),
    "mo": (
        ("氹仔", 3),
        ("路环", 3),
        ("路氹", 3),
        ("本澳", 3),
        ("澳门特区", 3),
        ("治安警察局", 3),
        ("司法警察局", 3),
        ("民政总署", 3),
        ("市政署", 2),
        ("经济财政司", 3),
        ("社会文化司", 3),
        ("运输工务司", 3),
        ("行政法务司", 3),
        ("保安司司长", 3),
        ("仁伯爵", 3),
        # departments of the Macau government (DSAT, DSAL, DSEDJ, IAS ...; not 房屋局, Hong Kong's
        # Housing Bureau too, nor 海事处, a mainland maritime office's name)
        ("交通事务局", 3),
        ("劳工事务局", 3),
        ("教育及青年发展局", 3),
        ("社会工作局", 2),
        ("土地工务局", 3),
        ("镜湖医院", 3),
        ("濠江", 2),  # Macau's own literary name (濠江中学, 濠江日报)
        ("经屋", 2),
        ("社屋", 2),
        # the mainland zone Macau co-governs: a Traditional text naming it is Macau's (one vote;
        # its own sums are renminbi, see set_elsewhere and place_currency)
        ("横琴", 1),
        ("橫琴", 1),
    ),
    "mainland": (
        ("出租车", 1),
        ("公交", 1),
        ("党委", 2),
        ("县委", 2),
        ("村委会", 2),
        ("居委会", 2),
        ("民警", 2),
        ("城管", 2),
        ("医保", 2),
    ),
    # Australia's Chinese press (Sydney's 澳洲新报, Melbourne's papers): its cities, its states as it shortens them
    # (新州 New South Wales, 昆州 Queensland, 维州 Victoria), its market (澳证200, the S&P/ASX 200; 澳股), and a
    # paper's own dateline there (本报悉尼讯), which decides. Not 西澳/南澳 (a Guangdong county; 港澳 + 南), nor 澳证
    # alone (港澳证券)
    "au": (
        ("本报悉尼讯", 3),
        ("本报墨尔本讯", 3),
        ("本报布里斯本讯", 3),
        ("澳洲", 1),
        ("悉尼", 1),
        ("墨尔本", 1),
        ("布里斯本", 1),
        ("布里斯班", 1),
        ("珀斯", 1),
        ("坎培拉", 1),
        ("堪培拉", 1),
        ("阿德莱德", 1),
        ("新州", 2),
        ("昆州", 2),
        ("维州", 1),
        ("澳证200", 2),
        ("澳证所", 2),
        ("澳股", 1),
    ),
    # Singapore and Malaysia, whose 元 is their own dollar or ringgit: the region "other",
    # no currency (组屋 and 建屋局 are Singapore's public flats and their board)
    "other": (
        ("组屋", 3),
        ("建屋局", 3),
        ("建屋发展局", 3),
        ("狮城", 2),
        ("獅城", 2),
        ("新加坡", 1),
        ("吉隆坡", 1),
        ("槟城", 1),
        ("檳城", 1),
    ),
}

# Singapore and Malaysia, whose bare 元 is their own dollar or ringgit (兆 a Malaysian trillion): the names of the
# country, its cities and states, its currency and its institutions (a public gazetteer's names; the mainland
# names them when it speaks of them, so a text naming them often, and nothing of the mainland, is theirs). Not 大马
# (大马士革, 大马路), 马国 (罗马国), 新元 (创新元素), 国会 (any country's).
_SEA_WORDS: dict[str, tuple[str, ...]] = {
    # (and the names its Chinese press leaves in English: the Central Provident Fund and its accounts, the housing
    # board, the tax authority, S$: 13-corpus s20, figures16 dev 03 and 18 named no 新加坡 three times)
    "sg": (
        "新加坡",
        "狮城",
        "组屋",
        "建屋局",
        "建屋发展局",
        "裕廊",
        "樟宜",
        "新加坡元",
        "新币",
        "CPF",
        "MediSave",
        "MediShield",
        "HDB",
        "IRAS",
        "S$",
    ),
    "my": ("马来西亚", "吉隆坡", "槟城", "檳城", "柔佛", "砂拉越", "马六甲", "布城", "令吉", "马币", "林吉特"),
}
_SEA_CURRENCY = {"sg": "SGD", "my": "MYR"}
_SEA_MENTIONS = 3  # a text about the country names it this often (新加坡 in one line of a mainland report is no home)
# the mainland in a text's own words: a mainland place (_MAINLAND_PLACES) or how it names itself
_MAINLAND_SELF = ("中国", "我国", "人民币", "全国")
# the mainland's administrative words, which name a district or an office there without its city
# (浦东新区, 张江高新区, 前海自贸区, 区委): a text about Singapore written from the mainland has them.
# 党委 and 县委 are votes of the word table (_WORD_VOTES), so they come in ``mainland_words``.
_MAINLAND_ADMIN = ("新区", "开发区", "高新区", "自贸区", "自由贸易试验区", "省委", "市委", "区委", "人民政府")


def _sea_count(sample: str, word: str) -> int:
    """How often ``word`` is in ``sample``; a Latin name as a whole token only (S$ is inside US$, HDB inside HDBank,
    CPF inside CPFL: review s20 R6)."""
    if not word.isascii():
        return sample.count(word)
    return len(re.findall(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", sample))


def _sea_region(sample: str, mainland_words: list[str], home: str = "") -> Region | None:
    """Singapore or Malaysia for a (folded) text with no known outlet whose words name one of them often and
    nothing of the mainland, with the reason; a text naming both, or the mainland too, is ``other`` with no
    currency (its bare 元 shown as written, never renminbi); None when it names neither often.

    ``home``: the country of the outlet abroad the text is from (联合早报: sg), whose own news it is unless the text
    names the mainland as often as home: a Singapore daily's fuel-price item naming 新加坡 five times and 中国石化
    (a company) twice is Singapore's, its bare 元 SGD (figures28 07); its China desk's reports name the mainland
    far more (figures11)."""
    named = {r: [w for w in words if _sea_count(sample, w)] for r, words in _SEA_WORDS.items()}
    mentions = {r: sum(_sea_count(sample, w) for w in ws) for r, ws in named.items()}
    if sum(mentions.values()) < _SEA_MENTIONS:
        return None
    said = {r: f"{'、'.join(ws)} ({mentions[r]} times)" for r, ws in named.items() if ws}
    # sorted: a frozenset's order changes from one process to the next, and so did this reason (19-perf s16)
    named_here = (*sorted(_MAINLAND_SET), *_MAINLAND_SELF, *_MAINLAND_ADMIN)
    mainland = [*mainland_words, *(w for w in named_here if w in sample)]
    if len(said) == 1 and not mainland:
        (name,) = said
        return Region(name, _SEA_CURRENCY[name], f"{said[name]}; Simplified script alone is no sign of the mainland")
    if home and list(said) == [home] and mentions[home] > sum(sample.count(w) for w in mainland):
        return Region(
            home,
            _SEA_CURRENCY[home],
            f"{said[home]}, from its own outlet, more often than the mainland ({'、'.join(mainland)})",
        )
    both = " and ".join(f"{_NAMES[r]} ({w})" for r, w in said.items())
    also = f" and the mainland ({'、'.join(mainland)})" if mainland else ""
    return Region("other", "", f"names {both}{also}: a bare 元 is shown as written")


# The mainland's names for its governments and their offices, after the place they govern
# (上海市人民政府, 大庆市统计局; Hong Kong's is 政府统计处): a kind of issuer, so matched at
# the end of a longer name too.
MAINLAND_ISSUERS: tuple[str, ...] = ("人民政府", "统计局", "人民代表大会")
_SHARED_VOTE = 2
_DOMAINS = {"tw": "tw", "hk": "hk", "mo": "mo", "cn": "mainland", "au": "au"}
# a paper's own dateline in Australia (LEXICON["au"]): a Simplified text so datelined is that paper's
_AU_OWN = ("本报悉尼讯", "本报墨尔本讯", "本报布里斯本讯")


def _australian_press(words: list[str], script: str | None, domain: str | None) -> bool:
    """Whether a text's Australian votes (``words``: LEXICON["au"]'s and the source's) say it is Australia's own
    Chinese press, whose bare 元 is its dollar: what says WHERE it is written, its address there, its source line
    opening with 澳洲 (澳洲新報), a paper's own dateline (本報悉尼訊). What it reports on does not: a Hong Kong agency's
    tour to 澳洲新州及昆州 priced in its own dollars, a Taipei city hall's exchange to 新州 (review s35 R2), a Taiwan
    paper's working-holiday story naming 澳洲, 悉尼 and 澳元 with its own 元. Simplified: the dateline or the address
    (新华社悉尼电 and a mainland paper's ASX column are the mainland's; its source rule is for Traditional only)."""
    if domain == "au":
        return True
    if script in ("hans", None):
        return any(w in _AU_OWN for w in words)
    return any(w in _AU_OWN or w.startswith("source ") for w in words)


# Mainland places a Hong Kong, Macau or Taiwan text sets a story or a sum in: the zones
# beside them, the cities and the provinces (Traditional forms the fold table keeps are
# listed too). Not 中国 (中国移动, 中国海外: companies) nor 内地 and 大陆 alone (内地旅客:
# people, spending where they are).
_MAINLAND_PLACES = (
    "横琴|橫琴|前海|南沙|深圳|珠海|广州|北京|上海|天津|重庆|东莞|佛山|厦门|廈门|福州|杭州|宁波|苏州|蘇州|武汉|武漢"
    "|长沙|成都|西安|郑州|鄭州|青岛|沈阳|瀋陽|大连|哈尔滨|哈尔濱|昆明|合肥|广东|福建|浙江|江苏|江蘇|山东|河北|河南"
    "|湖北|湖南|四川|云南|雲南|贵州|貴州|陕西|陝西|山西|辽宁|遼宁|黑龙江|安徽|江西|海南|甘肃|甘肅|新疆|西藏|内蒙古|宁夏|广西"
)
_MAINLAND_SET = frozenset(_MAINLAND_PLACES.split("|"))
# a place after a word that puts something there (在, 于, 位于, 落户), not one a trip goes to
# (赴北京述职, 旅行团到上海: the travellers' sums are their home's); not a street named after
# it (Taipei's 重庆南路, Hong Kong's 北京道, 上海街), a bay that is another place (Hong Kong's
# 长沙湾) nor its time (北京时间)
# a dispatch's dateline at the very start: 【本报记者广州电】, 新华社北京3月1日电, （中新社广州电）
_DATELINE_RE = re.compile(
    rf"[【\[（(]?\s*(?:本报记者|本报讯|记者|新华社|中新社|中通社|本报)?[^】\]）)\n，。]{{0,6}}?"
    rf"(?P<place>{_MAINLAND_PLACES})(?:\d{{1,2}}月\d{{1,2}}日)?电"
    "(?![视影力子网器池梯气脑话车站厂商动台信机缆价费量])"  # not 北京电影学院, 上海电力, 广州电视台
)
# a lead whose first words (after its date) are a mainland place or a body named after it: 4月13日，
# 横琴粤澳深度合作区…发布会举行 (the zone's own release), 广东省商务厅公布… (not 北京道, 深圳湾, 北京时间)
# a mainland place that starts a name (福建中学, 上海商业银行, 广州酒家, 潮州商会: Hong Kong has many
# institutions so named) is no place the text is set in (review s11 F10)
_NAMED_AFTER = (
    rf"[{HAN_BASIC}]{{0,2}}(?:中学|小学|学校|书院|学院|银行|酒家|酒楼|茶楼|商会|同乡会|会馆|公会|总会|联会|大厦)"
)
_OPENS_ON_RE = re.compile(
    rf"(?:\d{{1,2}}月\d{{1,2}}日[，,]?)?由?(?P<place>{_MAINLAND_PLACES})"
    rf"(?![东西南北中]?(?:路|街|道|大道|巷|湾|时间))(?!{_NAMED_AFTER})"
)
# the mainland zone a region co-governs (横琴粤澳深度合作区, Macau's with Guangdong): a text that opens
# on it is the zone's own release or event, in the zone's renminbi, though its lead names Macau as the partner
_CO_GOVERNED = {"mo": frozenset({"横琴", "橫琴"})}
_SET_IN_RE = re.compile(
    rf"(?:在|(?<![关由对至属等基])于|落户)"
    rf"(?P<place>{_MAINLAND_PLACES})(?![东西南北中]?(?:路|街|道|大道|巷|湾|时间))(?!{_NAMED_AFTER})"
)
# a place that describes the noun after it (在广东的港资厂商, 在北京市的总部), not where the story happens; a
# locative phrase it opens is still a setting (在北京的大吉巷胡同里，)
_DESCRIBES_RE = re.compile(r"(?:省|市|县|区)?的(?![^，。；、\n]{0,8}?[里上内中][，。；、\n])")
# ... or its government as the subject: 深圳市政府也将发放总额1亿元的消费券 (tester s16 G4)
_GOVERNED_BY_RE = re.compile(rf"(?:{_MAINLAND_PLACES})(?:市|省|自治区)?(?:人民政府|政府|财政厅|财政局)")
# a place of the text's own region in the same sentence ties the sum to home
_HOME = {
    "hk": ("香港", "本港", "来港", "访港", "抵港", "港岛", "九龙", "新界"),
    "mo": ("澳门", "本澳", "来澳", "访澳", "抵澳", "氹仔", "路环"),
    "tw": ("台湾", "台北", "来台", "访台", "抵台", "国内", "全台", "本岛"),
}
_SENTENCE_END = SENTENCE_OR_CLAUSE_END + "\n"
_CLAUSE_AFTER = "，" + SENTENCE_OR_CLAUSE_END + "\n"  # (not the ASCII comma: 1億5,000萬元's thousands)
_CLAUSE_SPLIT_RE = re.compile(f"[{CLAUSE_BREAK}\n]")


@dataclass(frozen=True, slots=True)
class Region:
    """``name``: mainland | hk | mo | tw | au | sg | my | other | unknown; ``currency``: ISO code of a
    bare 元 ("" when not known); ``reason``: why, in words, for the panel and ``--json``; ``outlet``: the region is
    a known outlet's home (its name or address), whose press writes its own 元 bare and names every other currency."""

    name: str
    currency: str
    reason: str
    outlet: bool = False


MAINLAND = Region("mainland", "CNY", "default: no regional signal")
# where the press writes 兆 for 10^12 and may drop the currency after it (破2.6兆); the mainland's 兆 is 10^6
# (500兆 of data) and its trillion is 万亿
TRILLION_REGIONS = frozenset({"tw", "my"})
_ALIASES = {
    "cn": "mainland",
    "mainland": "mainland",
    "prc": "mainland",
    "hk": "hk",
    "hongkong": "hk",
    "mo": "mo",
    "macau": "mo",
    "macao": "mo",
    "tw": "tw",
    "taiwan": "tw",
    "other": "other",
    "unknown": "unknown",
    "au": "au",
    "australia": "au",
    "sg": "sg",
    "singapore": "sg",
    "my": "my",
    "malaysia": "my",
}
_NAMES = {
    "mainland": "the mainland",
    "hk": "Hong Kong",
    "mo": "Macau",
    "tw": "Taiwan",
    "au": "Australia",
    "other": "abroad",
    "sg": "Singapore",
    "my": "Malaysia",
}


_HAN_RUN_RE = re.compile(f"[{HAN_BASIC}]+$")
_REGION_PREFIXES = ("香港", "澳门", "台湾", "中国", "中华")


# every word of both tables in one pass (longest first); a word found also finds the words
# inside it (香港特区政府: 香港, 特区政府). Two words that only overlap (香港岛: 港岛) count once.
_TABLES = (REGION_WORDS, LEXICON, PLACES)  # institutions and currencies, everyday words, districts
_ALL_WORDS = sorted({w for table in _TABLES for ws in table.values() for w, _ in ws}, key=lambda w: (-len(w), w))


def _trie_pattern(words: list[str]) -> str:
    """The words as one regex factored by their prefixes (香港(?:特区政府)?…): at each position one
    branch per character, not one per word. It matches what the plain longest-first alternation
    does (at a position the longest word there), ~30% faster on a briefing's sample."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in node.items() if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# the districts' full names (汐止区, 深水埗区, 望德堂区) are looked up from their last character instead: some 300
# names with as many first characters made the one regex twice as slow; 区/乡/镇/市/堂 are few places in a text
_SUFFIXED = frozenset(w for ws in PLACES.values() for w, _ in ws if w[-1] in "区乡镇市")
_SUFFIX_RE = re.compile("[区乡镇市]")
_WORD_RE = re.compile(_trie_pattern([w for w in _ALL_WORDS if w not in _SUFFIXED]))
_WITHIN = {w: [v for v in _ALL_WORDS if v in w] for w in _ALL_WORDS}
# each word's places in the order detect_region reads the tables (a region's reasons keep that order)
_WORD_VOTES = [(word, name, weight) for table in _TABLES for name, words in table.items() for word, weight in words]
_VOTES_OF: dict[str, list[int]] = {}
for _i, _vote in enumerate(_WORD_VOTES):
    _VOTES_OF.setdefault(_vote[0], []).append(_i)


def _names(line: str, outlet: str) -> bool:
    """Whether a (lower-cased, folded) source ``line`` names ``outlet``: not when the name
    is the end of a longer one (信报 in 北京娱乐信报, a Beijing paper), unless what comes
    before it is a one-character word (据新华社) or a region's name (香港文汇网). A Latin
    name (NOWnews, ETtoday) is its own word after any Han name (今日新闻NOWnews)."""
    if not outlet or not "\u4e00" <= outlet[0] <= "\u9fff":
        return outlet in line
    start = line.find(outlet)
    while start >= 0:
        before = _HAN_RUN_RE.search(line, 0, start)
        run = before.group() if before else ""
        if len(run) < 2 or run.endswith(_REGION_PREFIXES):
            return True
        start = line.find(outlet, start + 1)
    return False


@lru_cache(maxsize=4096)  # a library has few outlets and many briefings
def _outlet_region(name: str) -> str | tuple[str, ...] | None:
    """The home region of an outlet's (folded) name: mainland/hk/mo/tw, "other" for an
    outlet abroad, the regions of a name two regions' papers share, None when not known."""
    # the names by home region, from the one outlet table (ingest/outlets.py), imported here:
    # the figures package alone does not load ingest. Taiwan, Hong Kong and Macau first (新華澳報
    # is Macau's), then abroad, the mainland (a mainland paper names other regions' currencies,
    # 港元 and 新台币, so its bare 元 is renminbi even on Hong Kong), names two regions share.
    from ..ingest.outlets import ABROAD_NAMES, REGION_NAMES, SHARED_NAMES

    low = name.lower()
    for region in ("tw", "hk", "mo"):
        if any(_names(low, o.lower()) for o in REGION_NAMES[region]):
            return region
    if any(_names(low, o.lower()) for o in ABROAD_NAMES):
        return "other"
    if any(_names(low, o.lower()) for o in REGION_NAMES["mainland"]) or any(o in low for o in MAINLAND_ISSUERS):
        return "mainland"
    return next((regions for o, regions in SHARED_NAMES.items() if _names(low, o)), None)


def _source_names(source: str) -> list[tuple[str, str]]:
    """The region (not the mainland) whose place or institution a (folded) source line opens with: the home a
    publisher puts first in its own name (臺北每日新聞, 土地工務局). None when the name opens otherwise (国务院台湾事务
    办公室, 中国台湾网: a mainland body named for what it deals with; 青岛市…台东街道), names a mainland word too
    (香港中文大学（深圳）) or two regions' words (review s27 R1)."""
    found = {w for m in _WORD_RE.findall(source) for w in _WITHIN[m]}
    named: dict[str, str] = {}
    for word in sorted(found, key=source.find):
        for i in _VOTES_OF[word]:
            _, name, _ = _WORD_VOTES[i]
            if name == "mainland":
                return []
            if name in ("tw", "hk", "mo", "au"):
                named.setdefault(name, word)
    if len(named) != 1:
        return []
    name, word = next(iter(named.items()))
    return [(name, word)] if source.startswith(word) else []


def _domain_region(url: str) -> str | None:
    from ..ingest.outlets import host_of

    host = host_of(url)
    return _DOMAINS.get(host.rsplit(".", 1)[-1]) if "." in host else None


def set_elsewhere(text: str) -> str:
    """The mainland place a (folded) text's lead sets its story in ("" when none).

    A place that describes a noun another verb acts on (在X的N: 鼓勵在廣東的港資廠商, the Hong Kong-owned factories in
    Guangdong) is no setting (figures27 05); what happens there is (昨日在橫琴落幕, 今天在北京的記者會表示)."""
    m = next((m for m in _SET_IN_RE.finditer(text, 0, _LEAD) if not _describes(text, m)), None)
    m = m or _DATELINE_RE.match(text) or _OPENS_ON_RE.match(text)
    return m["place"] if m else ""


def _describes(text: str, m: re.Match[str]) -> bool:
    """Whether a place phrase of _SET_IN_RE (at ``m``, folded text) only describes a noun: 在X的N as the object of
    a verb right before 在 (鼓励在广东的港资厂商, 支持在深圳的企业). With no verb there (商务部今天在北京的记者会表示:
    a press conference held in Beijing, review s31 R3) the phrase is where what follows happens, a setting."""
    of = _DESCRIBES_RE.match(text, m.end())
    if not of:
        return False
    clause = _CLAUSE_SPLIT_RE.split(text[max(0, m.start() - 12) : m.start()])[-1]
    words = segment.tag(clause) if clause else []
    if not (words and words[-1][1].startswith("v")):
        return False
    # ... unless the noun is an occasion, told by the time it gives to what follows (出席在北京的记者会时表示, 在北京的
    # 论坛上宣布: what is reported happens at it, there: review s31 R11); 在广东的港资厂商 names whom it describes
    # (by the segmenter's words: 时 of 时刻, 上 of 上市 are no such word)
    words = segment.tag(_CLAUSE_SPLIT_RE.split(text[of.end() : of.end() + 30])[0])
    for i, (word, _tag) in enumerate(words[1:6], 1):  # (after a noun's first word at least)
        if word in _OCCASION_WORDS:
            return not (i + 1 < len(words) and words[i + 1][1].startswith(("v", "d")))
    return True


# the time or place an occasion gives to what follows it (记者会时, 论坛上, 访问期间)
_OCCASION_WORDS = frozenset(("时", "上", "期间"))


def reported_from(text: str, region: str, opening: bool = False) -> str:
    """The mainland place a (folded) text is datelined from (【本报记者广州电】, 新华社北京3月1日电),
    or with ``opening`` the one its first words name (横琴粤澳深度合作区…), when its lead names no
    place or word of ``region`` itself: a text about that place, whose bare sums are its renminbi
    ("" otherwise; 澳门…在横琴 stays a text set in both)."""
    m = (_OPENS_ON_RE if opening else _DATELINE_RE).match(text)
    if m is None:
        return ""
    newline = text.find("\n", m.end())
    lead = text[m.end() : min(newline if newline >= 0 else len(text), m.end() + 400)]
    own = (w for table in _TABLES for w, _ in table.get(region, ()) if w not in _MAINLAND_SET)
    return "" if any(w in lead for w in (*_HOME.get(region, ()), *own)) else m["place"]


def detect_region(
    text: str, source: str = "", script: str | None = None, original: str | None = None, url: str = ""
) -> Region:
    """The region of a briefing from its (Simplified) ``text``, its ``source`` line,
    its ``script`` (``hans``/``hant``), for Traditional its ``original`` text, and the
    address it came from (``url``)."""
    page_says = None
    if original:
        from ..hanzi import detect_region as page_region

        page_says = page_region(original)
    # (the rules read the text's first _SAMPLE characters only: the key holds no more of a long text)
    key = (text[:_SAMPLE], source, script, page_says, url or "")
    with _kept_lock:
        found = _kept.get(key)
    if found is None:
        found = _detect_region(*key)
        with _kept_lock:
            if key not in _kept:
                _kept[key] = found
                _kept_chars[0] += len(key[0]) + 1
                while _kept_chars[0] > KEPT_CHARS or len(_kept) > KEPT_REGIONS:
                    oldest = next(iter(_kept))
                    del _kept[oldest]
                    _kept_chars[0] -= len(oldest[0]) + 1
    return found


# A briefing's region is asked twice in a worker (issue 19): by ingest, which reads its figures
# with it, and by the index's figure_detail, which keeps it for `figures --all --json`. Only the
# page's own say (a language tag, the source link's domain) can differ between the two, so the
# rest is kept: the same answer, once (4% of a worker's time). Kept for the briefings of the last
# files read, bounded by the characters the keys hold (KEPT_CHARS): a feed's or a record file's
# entries are each read (their regions asked) before the first one's index rows are made (asked
# again), and a cache of the last four briefings missed every entry of a feed of more (881 of the
# 5,000 mix's briefings, session 47). Oldest first out.
KEPT_CHARS = 2_000_000
KEPT_REGIONS = 4096
_kept: dict[tuple[str, str, str | None, str | None, str], Region] = {}
_kept_chars = [0]  # the characters of the texts in _kept's keys
_kept_lock = threading.Lock()


def _detect_region(text: str, source: str, script: str | None, page_says: str | None, url: str) -> Region:
    from .extract import fold_text  # the rules' fold table: Traditional forms of every word below

    votes: dict[str, int] = {name: 0 for name in (*REGION_CURRENCY, "other")}
    why: dict[str, list[str]] = {name: [] for name in votes}
    # the tables are Simplified; a caller may pass Traditional text and a Traditional
    # source line (東方日報, 立法會): folded first, so they are read the same
    sample = fold_text(text[:_SAMPLE])
    found = {w for m in set(_WORD_RE.findall(sample)) for w in _WITHIN[m]}
    for m in _SUFFIX_RE.finditer(sample):
        end = m.end()
        for size in (3, 4, 5, 6):  # 北区 is no name of ours; 那玛夏区, 圣方济各堂区 the longest
            name = sample[end - size : end]
            if name in _SUFFIXED:
                found.update(_WITHIN[name])
    for i in sorted(i for word in found for i in _VOTES_OF[word]):
        word, name, weight = _WORD_VOTES[i]
        if word not in why[name]:  # distinct words: 香港 ten times is one place
            votes[name] += weight
            why[name].append(word)
    named_year = _ROC_NAMED_RE.search(sample)
    if named_year:
        votes["tw"] += _ROC_NAMED_VOTE
        why["tw"].append(f"{named_year.group()} (a Republic of China year)")
    elif roc_date := _roc_date(sample):
        # a month of such a year written in Traditional decides as 民國 does: Hong Kong and Macau never date in the ROC
        # calendar (figures25 dev 07: a listed company's revenue notice, 自結109年5月營收1292萬1000元, had no other
        # cue); a budget or school year alone (101年度, 112学年) stays the smaller vote
        month = script == "hant" and roc_date.endswith("月")
        votes["tw"] += _ROC_NAMED_VOTE if month else _ROC_DATE_VOTE
        why["tw"].append(f"{roc_date} (a Republic of China date)")
    if _BOPOMOFO_RE.search(sample):  # ㄧ typed for 一, ㄅㄆㄇ: Zhuyin is written in Taiwan only
        votes["tw"] += 1
        why["tw"].append("Zhuyin (bopomofo) letters")
    if script == "hant" and "兆" in sample and _TRILLION_RE.search(sample):
        votes["tw"] += _TRILLION_VOTE
        why["tw"].append("兆 for a trillion in Traditional script")
    for city, districts in CITY_DISTRICTS.items():  # 新北 … 蘆洲 … 鶯歌: a named city's districts
        # (not 常州's 新北区, a mainland district named like the city)
        if city in found and re.search(f"{city}(?!区)", sample):
            for district in districts:
                # a common word (+三重) only right after its city: 新北三重, 新北市三重
                name = district.lstrip("+")
                after_city = city + name in sample or city + "市" + name in sample or city + "县" + name in sample
                if (after_city or (name is district and name in sample)) and name not in why["tw"]:
                    votes["tw"] += 1
                    why["tw"].append(name)
    abroad = outlet = ""
    # the page's own name, read by name; then the outlet its address is, whose home the table
    # gives (money.udn.com is Taiwan's 經濟日報, though a mainland paper shares the name)
    outlets = [(_outlet_region(fold_text(source)), f"source {source}")] if source else []
    if url:
        from ..ingest.outlets import outlet_of_url

        at = outlet_of_url(url)
        if at is not None and at.kind in ("outlet", "abroad"):
            outlets.append((at.region or None, f"address of {at.name}"))
    for home, said in outlets:
        if home == "other":
            abroad = abroad or said
        elif isinstance(home, tuple):
            for region in home:
                votes[region] += _SHARED_VOTE
                why[region].insert(0, f"{said} (a name {' and '.join(_NAMES[r] for r in home)} share)")
        elif home:
            votes[home] += _SOURCE_VOTE
            why[home].insert(0, said)
            outlet = home
            break  # the page's own name first; the address only when it names none known
    if source and not outlet and not abroad and script != "hans":
        # an outlet no table knows that names a region's place or institution in its own name (台北每日新闻, a city
        # government's digest feed): its home, for every briefing it publishes alike (tester s26 U14: 10 of one
        # feed's 63 items had too few words of their own to say Taiwan, and showed their 元 as yuan). Not for a
        # publisher writing Simplified: there a name opening with 香港 is as likely a mainland campus's (香港中文大学
        # （深圳）, review s27 R1), and the region's own publishers write Traditional
        for name, word in _source_names(fold_text(source)):
            votes[name] += _SCRIPT_VOTE
            why[name].insert(0, f"source {source} (names {word})")
    domain_home = _domain_region(url) if url else None
    if domain_home:
        votes[domain_home] += _DOMAIN_VOTE
        from ..ingest.outlets import host_of

        # no port: ".hk", not ".hk:8080"
        why[domain_home].insert(0, f"a .{host_of(url).rsplit('.', 1)[-1]} address")
    if page_says:
        if page_says in ("tw", "hk"):
            votes[page_says] += _SCRIPT_VOTE
            why[page_says].insert(0, f"the page says {_NAMES[page_says]}")
    if any(r and r != outlet for r in (domain_home, page_says)):
        outlet = ""  # the page's address or its language tag says another region: the votes decide
    if votes["au"] and not _australian_press(why["au"], script, domain_home):
        votes["au"] = 0
        why["au"] = []
    if script in ("hans", None) and not abroad:
        votes["mainland"] += _SIMPLIFIED_VOTE
        why["mainland"].append("Simplified script")
    elif script == "hans" and not any(h in fold_text(source) for h in _ABROAD_HOME):
        # an outlet abroad writing Simplified (BBC, 德国之声, 自由亚洲电台 in their Simplified
        # editions) writes for mainland readers: a bare 元 there is their renminbi
        votes["mainland"] += _SIMPLIFIED_VOTE
        why["mainland"].append(f"Simplified script ({abroad}, an outlet abroad, writing for mainland readers)")
        abroad = ""
    if not outlet and not domain_home and page_says not in ("tw", "hk"):
        others = max(votes[n] for n in ("tw", "hk", "mo", "au"))
        own = [w for w in why["mainland"] if not w.startswith("Simplified script")]
        home = next((h for name, h in _ABROAD_HOME.items() if name in fold_text(source)), "") if abroad else ""
        sea = _sea_region(sample, own, home) if others < _DECIDES else None
        if sea is not None:
            return sea
    ranked = sorted((n for n in votes if n != "mainland"), key=lambda n: votes[n], reverse=True)
    best, second = ranked[0], ranked[1]
    if outlet == "mainland":  # a known outlet's home decides: it writes other regions' currencies out
        return Region("mainland", "CNY", ", ".join(w for w in why["mainland"] if w != "Simplified script"), True)
    named_dollar = _names_its_dollar(best, why[best], script) if not (outlet or domain_home or page_says) else ""
    if not outlet and votes[best] >= _DECIDES and votes[best] == votes["mainland"]:
        if named_dollar:
            return Region("mainland", "CNY", f"{', '.join(why['mainland'])}, {', '.join(why[best])}; {named_dollar}")
        return Region(
            "unknown",
            "",
            f"as much for {_NAMES[best]} ({', '.join(why[best])}) as for the mainland ({', '.join(why['mainland'])})",
        )
    if outlet or votes[best] >= _DECIDES and votes[best] > votes["mainland"]:
        best = outlet or best
        reason = ", ".join(why[best])
        if not outlet and votes[best] == votes[second]:
            return Region(
                "unknown",
                "",
                f"as much for {_NAMES[best]} ({reason}) as for {_NAMES[second]} ({', '.join(why[second])})",
            )
        place = set_elsewhere(sample)
        dispatch = reported_from(sample, best) if place else ""
        if dispatch:
            return Region(
                best,
                "CNY",
                f"{reason}; but it is datelined {dispatch} (the mainland) and its lead names nothing of "
                f"{_NAMES[best]}: a bare 元 is renminbi",
            )
        opening = _OPENS_ON_RE.match(sample) if place else None
        if opening is not None and opening["place"] in _CO_GOVERNED.get(best, ()):
            return Region(
                best,
                "CNY",
                f"{reason}; but its lead opens on {opening['place']}, the mainland zone {_NAMES[best]} co-governs "
                "(its own release or event): a bare 元 is renminbi",
            )
        subject = reported_from(sample, best, opening=True) if opening is not None else ""
        if subject:
            return Region(
                best,
                "CNY",
                f"{reason}; but its lead opens on {subject} (the mainland) and names nothing of "
                f"{_NAMES[best]}: a bare 元 is renminbi",
            )
        if place:
            return Region(
                best,
                "",
                f"{reason}; but the lead sets it in {place} (the mainland): its own sums "
                "may be renminbi, a bare 元 is shown as written",
            )
        if named_dollar:
            return Region(best, "CNY", f"{reason}; {named_dollar}")
        return Region(best, REGION_CURRENCY.get(best, ""), reason, bool(outlet))
    if votes["mainland"] >= _DECIDES:
        if why["mainland"] == ["Simplified script"]:
            return MAINLAND
        return Region("mainland", "CNY", ", ".join(w for w in why["mainland"] if w != "Simplified script"))
    if abroad:
        return Region("other", "", f"{abroad} (an outlet abroad), no regional word")
    return Region("unknown", "", "Traditional script, no regional word or known source")


# the SAR government speaking (its releases, reposted in Simplified): its bare 元 is its own dollar (review s30 R5)
_SAR_VOICE_RE = re.compile(
    r"特区政府|特別行政區政府|特别行政区政府|立法会|立法會|司长|司長|行政长官|行政長官|统计处|統計處"
)


def _names_its_dollar(best: str, words: list[str], script: str | None) -> str:
    """A Simplified text that names Hong Kong's or Macau's own currency (港元, 澳门元) and has no outlet, address or
    language tag of that region: its writer names that dollar where a sum is one, so a bare 元 there is renminbi (a
    mainland brief's Hong Kong items, 大市成交1028.37亿港元, among its 财政部 items' 1.9 万亿元: figures29 06, 08, 12;
    the region's own press writes Traditional, or says who it is). The reason, or "" when this is not so."""
    if script not in ("hans", None) or best not in ("hk", "mo"):  # (None: no Traditional form in it, as above)
        return ""
    code = REGION_CURRENCY[best]
    named = [w for w in words if CURRENCIES.get(w) == code]
    if not named or any(_SAR_VOICE_RE.search(w) for w in words):
        return ""  # (a text of the SAR's own government, 特区政府, 立法会, 财政司司长: its own dollar, review s30 R5)
    return (
        f"but a Simplified text that names {named[0]} for its {_NAMES[best]} sums, from no {_NAMES[best]} outlet: "
        "a bare 元 is renminbi"
    )


def place_currency(region: Region, text: str, pos: int, sentence: tuple[int, int] | None = None) -> str | None:
    """The currency of a bare sum at ``pos`` of a (folded) ``text`` where its sentence
    puts what it speaks of in a mainland place (位于北京朝阳区望京…斥资约40亿): renminbi,
    in a Hong Kong, Macau or Taiwan text whose sentence names no place of its own
    region. None when the sentence says nothing of the kind (the region's currency holds).
    Mainland papers write 港元 and 新台币 for the other way round."""
    home = _HOME.get(region.name)
    if home is None:
        return None
    if sentence is None:  # (the extractor passes its sentence window: _Sentences.bounds(pos, 200))
        i = max(text.rfind(c, max(0, pos - 200), pos) for c in _SENTENCE_END) + 1
        ends = [j for j in (text.find(c, pos, pos + 200) for c in _SENTENCE_END) if j >= 0]
        sentence = (max(i, pos - 200), min(ends) if ends else min(len(text), pos + 200))
    start = sentence[0]
    sentence_text = text[start : sentence[1]]
    # a place in a later clause that only describes a noun another verb acts on is that clause's, not the sum's
    # (投放1億5,000萬元延續清潔生產伙伴計劃，鼓勵在廣東的港資廠商…: the programme's sum, figures27 05); a later clause
    # that opens on where the sum is spent is the sum's (斥資5億元，在深圳興建廠房, review s31 R8)
    ends = [j for j in (text.find(c, pos, sentence[1]) for c in _CLAUSE_AFTER) if j >= 0]
    clause_end = min(ends, default=sentence[1])
    placed = any(
        m.start() < clause_end or not _describes(text, m) for m in _SET_IN_RE.finditer(text, start, sentence[1])
    )
    # a government sets the sum as its subject, before it (政府向內地捐款1億元，四川省政府致謝 is home's)
    if not placed and not _GOVERNED_BY_RE.search(text, start, pos):
        return None
    own = (w for table in _TABLES for w, _ in table.get(region.name, ()) if w not in _MAINLAND_SET)
    if any(w in sentence_text for w in (*home, *own)):  # (橫琴 is a Macau word, but a mainland place)
        return None
    return "CNY"


def names_home(region: Region, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (folded) names a place of the text's own region (本港, 香港, 本澳, 全台): a sum
    after it is home's, whatever currency an earlier figure of the sentence wrote before its number
    (內地…約人民幣3.9萬元，而本港…約2萬元: HKD, tester s17 F10)."""
    home = _HOME.get(region.name)
    return home is not None and any(text.find(w, start, end) >= 0 for w in home)


def resolve_region(region: Region | str | None, text: str) -> Region:
    """``region`` as given (a Region, or a name: mainland/cn, hk, mo, tw, au, sg, my, other), or
    detected from the words of ``text`` when None."""
    if isinstance(region, Region):
        return region
    if region is None:
        return detect_region(text)
    name = _ALIASES.get(region.strip().lower().replace(" ", ""))
    if name is None:
        raise ValueError(f"unknown region {region!r}: use mainland, hk, mo, tw, au, sg, my or other")
    if name in ("unknown", "other"):
        return Region(name, "", "given by the caller")
    return Region(name, REGION_CURRENCY.get(name) or _SEA_CURRENCY[name], "given by the caller")
