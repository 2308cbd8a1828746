"""Unit, hedge and noun tables: the vocabulary the extractor recognises.

Kept apart from the scanning logic so that adding a currency or a measure word is a
one-line change that cannot disturb the scanner.
"""

from __future__ import annotations

import re

from ..punct import HAN_BASIC

# Written currency → ISO 4217: the one table of currency words (query.py reads it too).
# Longest names first in the regexes built from it. The bare words for "dollar/yuan"
# (元, 圆, 块钱) are not here: their currency is the region's (BARE_CURRENCY_WORDS).
CURRENCIES: dict[str, str] = {
    "人民币": "CNY",
    "美元": "USD",
    "美金": "USD",
    "美刀": "USD",  # slang in tech and shopping news (价格下调25美刀: peer6 DuEE; 售价999美刀)
    "港元": "HKD",
    "港币": "HKD",
    "欧元": "EUR",
    "欧罗": "EUR",  # Hong Kong's and Macau's name (歐羅)
    "日元": "JPY",
    "日圆": "JPY",
    "日币": "JPY",
    "英镑": "GBP",
    "英磅": "GBP",  # the common miswriting (石 for 金): 10万英磅
    "韩元": "KRW",
    "韩币": "KRW",
    "韩圜": "KRW",  # Taiwan's and Hong Kong's name (韓圜)
    "新台币": "TWD",
    "台币": "TWD",
    "澳元": "AUD",
    "澳币": "AUD",
    "加元": "CAD",
    "加币": "CAD",
    "澳门元": "MOP",
    "澳门币": "MOP",
    "葡币": "MOP",
    "卢布": "RUB",
    "瑞士法郎": "CHF",
    "瑞郎": "CHF",
    "新加坡元": "SGD",
    "新币": "SGD",
    "坡币": "SGD",  # Singapore's and Malaysia's spoken name (60万坡币)
    # Singapore's press writes its dollar 新元 (约27亿新元); after a number only (创新元素 has none before it)
    "新元": "SGD",
    "泰铢": "THB",
    "印度卢比": "INR",
    "卢比": "INR",
    "林吉特": "MYR",
    "令吉": "MYR",
    "马币": "MYR",
    "越南盾": "VND",
    "印尼盾": "IDR",
    "菲律宾比索": "PHP",
    "新西兰元": "NZD",
    "纽元": "NZD",
    "土耳其里拉": "TRY",
    "里拉": "TRY",
    "兰特": "ZAR",
    "雷亚尔": "BRL",
    "迪拉姆": "AED",
    "沙特里亚尔": "SAR",
    "瑞典克朗": "SEK",
    "挪威克朗": "NOK",
    "丹麦克朗": "DKK",
    "墨西哥比索": "MXN",
    "美圆": "USD",
    "奈拉": "NGN",
    "比索": "PHP",
    "巴基斯坦卢比": "PKR",
    "埃及镑": "EGP",
    "新谢克尔": "ILS",
    "波兰兹罗提": "PLN",
    # session 28: more of the world's currencies by their full names (a country's name before the unit's: a bank's
    # rate list writes 人民币1元对0.59776马来西亚林吉特, 10.6262俄罗斯卢布, 2.3967南非兰特)
    "马来西亚林吉特": "MYR",
    "马来西亚令吉": "MYR",
    "俄罗斯卢布": "RUB",
    "南非兰特": "ZAR",
    "阿联酋迪拉姆": "AED",
    "巴西雷亚尔": "BRL",
    "澳大利亚元": "AUD",
    "澳洲元": "AUD",
    "加拿大元": "CAD",
    "新加坡币": "SGD",
    "印度尼西亚盾": "IDR",
    "泰国铢": "THB",
    "阿根廷比索": "ARS",
    "智利比索": "CLP",
    "哥伦比亚比索": "COP",
    "卡塔尔里亚尔": "QAR",
    "伊朗里亚尔": "IRR",
    "阿曼里亚尔": "OMR",
    "镑": "GBP",  # bare (投入1233镑, FT中文网): the pound sterling unless the text names Egypt's or another's
    "里亚尔": "SAR",  # bare: the Saudi riyal unless the text names another country (AMBIGUOUS_CURRENCY_WORDS)
    "捷克克朗": "CZK",
    "冰岛克朗": "ISK",
    "匈牙利福林": "HUF",
    "福林": "HUF",
    "斯里兰卡卢比": "LKR",
    "尼泊尔卢比": "NPR",
    "科威特第纳尔": "KWD",
    "巴林第纳尔": "BHD",
    "约旦第纳尔": "JOD",
    "伊拉克第纳尔": "IQD",
    "阿尔及利亚第纳尔": "DZD",
    "肯尼亚先令": "KES",
    "坦桑尼亚先令": "TZS",
    "乌干达先令": "UGX",
    "孟加拉塔卡": "BDT",
    "塔卡": "BDT",
    "缅元": "MMK",
    "缅甸元": "MMK",
    "柬埔寨瑞尔": "KHR",
    "老挝基普": "LAK",
    "哈萨克斯坦坚戈": "KZT",
    "坚戈": "KZT",
    "乌克兰格里夫纳": "UAH",
    "格里夫纳": "UAH",
    "文莱元": "BND",
    "朝鲜元": "KPW",
    # historic: prices quoted in marks before the euro (5马克, 按今天的汇率计算为2.55欧元)
    "德国马克": "DEM",
    "马克": "DEM",
}
# A currency word several countries use (比索, 卢比, 里拉, 里亚尔, 镑), written bare: whose it is, the one country of
# the word its sentence (else the text before it) names says (墨西哥…500亿比索 is MXN); the table's entry above is the
# default when none is named, or several are (a capital counts as its country: 伦敦 names the pound's own).
# Longest country names first where one holds another (印度尼西亚 before 印度).
AMBIGUOUS_CURRENCY_WORDS: dict[str, dict[str, str]] = {
    "比索": {
        "菲律宾": "PHP",
        "墨西哥": "MXN",
        "阿根廷": "ARS",
        "智利": "CLP",
        "哥伦比亚": "COP",
        "古巴": "CUP",
        "乌拉圭": "UYU",
        "多米尼加": "DOP",
    },
    "卢比": {
        "印度尼西亚": "IDR",
        "印尼": "IDR",
        "印度": "INR",
        "巴基斯坦": "PKR",
        "斯里兰卡": "LKR",
        "尼泊尔": "NPR",
        "毛里求斯": "MUR",
    },
    "里拉": {"土耳其": "TRY", "意大利": "ITL", "叙利亚": "SYP", "黎巴嫩": "LBP"},
    "里亚尔": {"沙特": "SAR", "卡塔尔": "QAR", "伊朗": "IRR", "阿曼": "OMR", "也门": "YER"},
    "镑": {
        "英国": "GBP",
        "伦敦": "GBP",
        "埃及": "EGP",
        "黎巴嫩": "LBP",
        "叙利亚": "SYP",
        "南苏丹": "SSP",
        "苏丹": "SDG",
    },
}
# ... and each country's full name of its currency (古巴比索, 叙利亚镑, 印尼卢比) is read as written: one table, the
# full names derived from the shared words' countries (review s28 D1), a capital's (伦敦) no currency's name
_CAPITALS = frozenset({"伦敦"})
for _word, _countries in AMBIGUOUS_CURRENCY_WORDS.items():
    for _country, _code in _countries.items():
        if _country not in _CAPITALS:
            CURRENCIES.setdefault(_country + _word, _code)
del _word, _countries, _country, _code
# "元" and its spoken and older forms: the currency is the briefing's region's.
BARE_CURRENCY_WORDS = ("元", "圆", "块钱", "蚊")  # 蚊: the Cantonese dollar
# Symbols and ISO codes written before (US$5, HKD13.5) or, codes, after the number.
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "HK$": "HKD",
    "NT$": "TWD",
    "MOP$": "MOP",
    "S$": "SGD",
    "A$": "AUD",
    "C$": "CAD",
    "NZ$": "NZD",
    "$": "USD",
    "￥": "CNY",
    "¥": "CNY",
    "€": "EUR",
    "£": "GBP",
    "₩": "KRW",
    "₹": "INR",
    "฿": "THB",
}
CURRENCY_CODES: dict[str, str] = {
    code: code
    for code in (
        "CNY",
        "USD",
        "HKD",
        "TWD",
        "MOP",
        "EUR",
        "GBP",
        "JPY",
        "KRW",
        "AUD",
        "CAD",
        "CHF",
        "RUB",
        "SGD",
        "THB",
        "INR",
        "MYR",
        "VND",
        "IDR",
        "PHP",
        "NZD",
        "TRY",
        "ZAR",
        "BRL",
        "AED",
        "SAR",
        "SEK",
        "NOK",
        "DKK",
        "MXN",
        "NGN",
        "PKR",
        "EGP",
        "ILS",
        "PLN",
    )
} | {"RMB": "CNY", "NTD": "TWD", "RM": "MYR"}  # RM: the ringgit's sign, written as a code (RM3,000)
# Codes that are also words in Chinese (tech) text: PHP 7.4 is the language, CAD 2024 the
# design software, TRY a keyword, AED a defibrillator, SAR the region (特区), ILS a landing
# system. Next to a number they are money only with money evidence (a scale, a thousands
# separator, a money word in the clause). ALL, TOP and CUP are not in the table at all.
WORD_CODES = frozenset({"PHP", "TRY", "CAD", "AED", "SAR", "ILS"})

# Region → the currency of a bare 元 there.
# (au: the Chinese press of Australia, Sydney's and Melbourne's papers: their bare 元 is the Australian dollar, as a
# Hong Kong paper's is the Hong Kong dollar; figures36, session 34's region "australia")
REGION_CURRENCY: dict[str, str] = {"mainland": "CNY", "hk": "HKD", "mo": "MOP", "tw": "TWD", "au": "AUD"}
# the names of the regions' own currencies (人民币, 港元, 新台币, 澳门元, 葡币 ...), from the one table above:
# written before a number they name the bare 元 after it (extract's notes; review s20 R12: was a hand-kept copy)
HOME_CURRENCY_WORDS: tuple[str, ...] = tuple(w for w, c in CURRENCIES.items() if c in REGION_CURRENCY.values())
# Words that place a text in a region (Simplified; extract folds Traditional first).
# Weighted: a currency name is near-proof, an institution strong, a place name weak.
REGION_WORDS: dict[str, tuple[tuple[str, int], ...]] = {
    # A currency name alone does not move a text: mainland papers quote 港元 and 新台币.
    "tw": (
        ("新台币", 3),
        ("台币", 2),
        ("行政院", 3),
        ("立法院", 3),
        ("金管会", 3),
        ("国发会", 3),
        ("主计总处", 3),
        ("经济部", 2),
        ("台北", 1),
        ("台湾", 1),
        ("高雄", 1),
        ("台中", 1),
        ("新北", 1),
        ("坪", 1),
        # institutions and places only Taiwan text names
        ("立委", 3),
        ("卫福部", 3),
        ("陆委会", 3),
        ("农委会", 3),
        ("健保", 2),
        ("民进党", 2),
        ("捷运", 1),
        ("桃园", 1),
        ("台南", 1),
        ("彰化", 1),
        ("屏东", 1),
        ("宜兰", 1),
        ("花莲", 1),
        ("苗栗", 1),
        ("新竹", 1),
        ("嘉义", 1),
        # organs of Taiwan's government no other region has (the Control, Examination and Judicial Yuans; the
        # tourism administration, named 观光局 until 2023; the councils for Hakka, indigenous and overseas compatriot
        # affairs; the election, communications and digital bodies), its rail operator's company (臺鐵公司, 2024),
        # and its dollar's sign (as 新台币)
        ("监察院", 3),
        ("考试院", 3),
        ("司法院", 3),
        ("观光署", 3),
        ("交通部观光局", 3),
        ("客委会", 3),
        ("原民会", 3),
        ("侨委会", 3),
        ("中选会", 3),
        ("通传会", 3),
        ("数位发展部", 3),
        ("台铁公司", 3),
        ("NT$", 3),
    ),
    "hk": (
        ("港元", 2),
        ("港币", 2),
        ("财政司司长", 3),
        ("立法会", 2),
        ("特首", 3),
        ("港府", 3),
        ("香港特区政府", 3),
        ("政府统计处", 2),
        ("金管局", 2),
        ("香港", 1),
        ("港股", 1),
        # institutions, schemes and places only Hong Kong text names (each one vote or two)
        ("港铁", 2),
        ("强积金", 2),
        ("综援", 2),
        ("差饷", 2),
        ("公屋", 1),
        ("居屋", 2),
        ("恒指", 2),
        ("恒生指数", 2),
        ("港交所", 2),
        ("廉署", 2),
        ("廉政公署", 2),
        ("医管局", 2),
        ("消委会", 2),
        ("房委会", 2),
        ("区议会", 2),
        ("政务司司长", 3),
        # written Cantonese, in quotes in Hong Kong papers (「唔知仲有几耐命」, 「讲慢啲」);
        # Macau writes it too, but names 澳门 (two votes) when it is Macau
        ("唔", 2),
        ("佢", 2),
        ("嘅", 2),
        ("咗", 2),
        ("啲", 1),
        ("冇", 1),
        ("嘢", 1),
        ("畀", 1),
        # courts and filings of Hong Kong (终院, 入禀)
        ("终院", 2),
        ("入禀", 2),
        # budget and welfare terms only Hong Kong uses (薪俸稅 salaries tax, 利得稅 profits tax)
        ("薪俸税", 3),
        ("利得税", 2),
        ("高龄津贴", 2),
        ("长者生活津贴", 2),
        ("市区重建局", 2),
        ("特区政府", 1),
        ("新界", 1),
        ("九龙", 1),
        ("港岛", 1),
        ("旺角", 1),
        ("铜锣湾", 1),
        ("尖沙咀", 1),
        ("屯门", 1),
        ("元朗", 1),
        ("荃湾", 1),
        ("观塘", 1),
        ("沙田", 1),
        ("将军澳", 1),
        ("深水埗", 1),
    ),
    "mo": (("澳门元", 3), ("澳门币", 3), ("葡币", 3), ("澳门特区政府", 3), ("澳门", 2), ("立法会", 1), ("博彩", 1)),
    # a currency name alone does not move a text (Hong Kong and Taiwan papers quote 澳元): one vote
    "au": (("澳元", 1), ("澳币", 1)),
    "mainland": (("人民币", 2), ("国务院", 2), ("发改委", 2), ("工信部", 2), ("省委", 2), ("市委", 2), ("自治区", 1)),
}
# Publishers whose home region is known: ingest/outlets.py's one outlet table (region.py reads it).

# Area unit → square metres per unit.
AREAS: dict[str, float] = {
    "平方公里": 1e6,
    "平方千米": 1e6,
    "km²": 1e6,
    "km2": 1e6,
    "平方米": 1.0,
    "平米": 1.0,
    "m²": 1.0,
    "m2": 1.0,
    "㎡": 1.0,
    # the small areas of a product's or a body's surface (屏幕面积100平方厘米, 5cm²: peer3 kind 8)
    "平方分米": 0.01,
    "平方厘米": 1e-4,
    "平方毫米": 1e-6,
    "cm²": 1e-4,
    "cm2": 1e-4,
    "㎠": 1e-4,
    "公顷": 1e4,
    "亩": 10_000 / 15,  # 1 mu = 1/15 ha
    "英亩": 4046.8564224,  # the acre (Malaysian and Singaporean land: 振林山油棕园25英亩地段, figures15 dev)
    # Taiwan and Hong Kong: 平方公尺 is the square metre; 坪 (Taiwan, 400/121 m²);
    # property in Hong Kong is sold in square feet (平方呎, 方呎, 平方英尺).
    "平方公尺": 1.0,
    "坪": 400 / 121,
    "平方英尺": 0.09290304,
    "平方呎": 0.09290304,
    "方呎": 0.09290304,
    # (and 平方尺, the square foot as Hong Kong's and Malaysia's press write 呎 with 尺: 建筑面积达10550平方尺,
    # figures14 dev 26, a Malaysian association's museum; PER_UNITS reads 平方尺 as sq ft too)
    "平方尺": 0.09290304,
    # ... but the mainland's 平方尺 is the square chi (市尺, a third of a metre: 1/9 m²), the art market's unit of a
    # painting's size and price (这幅山水画约4平方尺, 润格为每平方尺8000元: review s48 R6); extract reads a mainland
    # text's 平方尺 as this, as 平方市尺 is written in full
    "平方市尺": 1 / 9,
    # the square foot in Latin letters after the digits, as Malaysian and Hong Kong property copy writes it (Type A
    # (450 sqft): dev s39b_13); extract reads a Latin unit only where no letter follows
    "sqft": 0.09290304,
}
# Taiwan's land units: the 甲 (2,934 坪) and its tenth, the 分 (果園占地 3 甲半, 7 分多地: figures58 dev-retired44 10).
# Words as well (前三甲, 三甲医院, 甲级; 分钟, 分数): extract reads them only after a number in a Taiwanese text, 甲
# before land, a half or a pause and 分 before 地, never in its own alternation of AREAS (_AREA_TW)
TAIWAN_LAND_AREAS: dict[str, float] = {"甲": 2934 * 400 / 121, "分": 293.4 * 400 / 121}
AREAS.update(TAIWAN_LAND_AREAS)

# Each area unit's English, as an analyst writes it. The units an English reader does not think in (亩, 坪, square
# feet, acres) are shown as written with the square metres beside (25万亩: "250,000 mu (167 km²)", 15坪: "15 ping
# (49.6 m²)"); the metric ones are converted (20公顷: "200,000 m²"). A vague amount says its unit in words either way
# (数十公顷: "dozens of ha", 数千英亩: "several thousand acres (4.05–40.5 km²)").
AREA_NAMES_EN: dict[str, str] = {
    **{u: "km²" for u in ("平方公里", "平方千米", "km²", "km2")},
    **{u: "m²" for u in ("平方米", "平米", "m²", "m2", "㎡", "平方公尺")},
    "平方分米": "dm²",
    **{u: "cm²" for u in ("平方厘米", "cm²", "cm2", "㎠")},
    "平方毫米": "mm²",
    "公顷": "ha",
    "亩": "mu",
    "英亩": "acres",
    "坪": "ping",
    **{u: "sq ft" for u in ("平方英尺", "平方呎", "方呎", "平方尺")},
    "平方市尺": "sq chi",
    "sqft": "sq ft",
    "甲": "jia",
    "分": "fen",
}
AREAS_AS_WRITTEN = frozenset(
    {"亩", "英亩", "坪", "平方英尺", "平方呎", "方呎", "平方尺", "平方市尺", "sqft", *TAIWAN_LAND_AREAS}
)

# Physical quantities (kind "quantity", session 26: what an industry briefing counts in 吨, 千瓦时, 升): the unit as
# written → its symbol, the figure's unit. The value is the number times its scale words only, in the written unit
# (650万吨 → 6,500,000 t; 120万千瓦 and 1.2吉瓦 stay two units as written). Each unit must close its number (extract
# reads what may follow: never 升至, 吨级, 公斤级); 度 is a kilowatt-hour only where the words are of electricity, 方 a
# cubic metre only where they are of a volume (a floor area's 30萬方 is square metres). Latin symbols only after digits.
QUANTITIES: dict[str, str] = {
    "升": "L",
    "公升": "L",
    # a gas's volume at standard conditions (产氧32000标准立方米/小时, 27744万标准立方米: figures51 dev-retired38 01,
    # where 标准 read as a count's noun, "277.44 mn standards"); its own symbol: no m³ of another pressure
    "标准立方米": "Nm3",
    "立方米": "m3",
    "立方公尺": "m3",  # Taiwan's cubic metre, as 平方公尺 its square metre
    "立方": "m3",
    "方": "m3",
    "吨": "t",
    "公吨": "t",
    "公斤": "kg",
    "千克": "kg",
    "千瓦时": "kWh",
    "度": "kWh",
    "兆瓦时": "MWh",
    "吉瓦时": "GWh",
    "千瓦": "kW",
    "兆瓦": "MW",
    "吉瓦": "GW",
}
QUANTITY_LATIN: dict[str, str] = {
    **{s: s for s in ("kWh", "MWh", "GWh", "kW", "MW", "GW", "kg")},
    "m³": "m3",
}
QUANTITY_SYMBOLS = frozenset(QUANTITIES.values()) | frozenset(QUANTITY_LATIN.values())
# how each symbol is printed in English (6.5 mn t, 1.2 mn kW, 2.43 bn m³)
QUANTITY_EN: dict[str, str] = {s: s for s in QUANTITY_SYMBOLS} | {"m3": "m³", "Nm3": "Nm³"}

# The unit a sum is per, after a slash or 每 (2.8万元/平方米, 上涨2元/吨, 10.05元/股, 30万元/人左右) → its English,
# said after a slashed price's amount ("RMB 28,000/m²": tester s18/s19 F6, the unit was lost and the price read as a
# sum; "" where the English would be a guess)
PER_UNITS: dict[str, str] = {
    "平方米": "m²",
    "平米": "m²",
    "㎡": "m²",
    "m²": "m²",
    "平方公里": "km²",
    "平方呎": "sq ft",
    "平方尺": "sq ft",
    "平方市尺": "sq chi",  # (a mainland text's 平方尺 too: extract)
    "呎": "sq ft",
    "平方公尺": "m²",  # Taiwan's square metre
    "坪": "ping",
    "亩": "mu",
    "公顷": "ha",
    "吨": "t",
    "公斤": "kg",
    "千克": "kg",
    "斤": "jin",
    # a price per gram (报价1388元/克: tester s25 T1); 克拉 first, a carat
    "克": "g",
    "克拉": "ct",
    "标吨": "standard t",  # a concentrate's price, 41.40万元/标吨 (tester s25 T1b)
    "升": "litre",
    "桶": "barrel",
    # a commodity's price per troy ounce, per bushel, per pound (期货报2536美元/盎司, 大豆999美分/蒲式耳; tester s21
    # F2: the unit was dropped, a price read as a sum)
    "盎司": "oz",
    "蒲式耳": "bushel",
    "磅": "lb",
    "千瓦时": "kWh",
    "股": "share",
    "人": "person",
    "户": "household",
    "月": "month",
    "年": "year",
    "天": "day",
    "晚": "night",
    "小时": "hour",
    "次": "",  # (0.4元/次: per use, per visit …: the English depends on what is done)
    "日": "day",
    "件": "item",
    "个": "",
    "台": "unit",
    "辆": "vehicle",
    "间": "room",
    "张": "",  # a ticket, a card, a sheet: said by the noun, not here
    "套": "",
    "公里": "km",
    "米": "m",
}

# the units of PER_UNITS that are areas: a 万/亿 amount priced per one of them is a sum (均价3.5万/平方米, 每亩25万,
# 每坪38.54万元), never a count or a total (review s21 R10: extract.py kept two copies of these, each missing some)
PER_AREA_UNITS: tuple[str, ...] = tuple(
    k for k, en in PER_UNITS.items() if en in ("m²", "km²", "sq ft", "ping", "mu", "ha")
)

# Measure words that make a number a count. Each entry is a regex alternative, with
# look-aheads that keep out the words they start (个月 is a duration, 支持 a verb, ...).
MEASURES: tuple[str, ...] = (
    "人次",
    # per-visit counts of households and doses: 1120.1万户次企业, 343613.2万剂次 (新闻联播)
    "户次",
    "剂次",
    # 7143万辆次 (vehicle trips on the roads, 新闻联播): per-trip vehicles, like 人次
    "辆次",
    # 约1.37万场次文旅消费活动, 四批次43个重点事项: per-event and per-batch counts, units like 人次
    "场次",
    "批次",
    # ... and any count of things each counted once per use, as those are (使用达4.2万条次, 转载300篇次, 检查1200家次,
    # 出动执法车辆500台次); then 次 ends the unit, never a word it starts (次日, 次要)
    "[条篇件台家项例]次(?!元|数|级|要|序|日)",
    # doses or portions enough for so many people (试剂盒10000盒（50万人份）): a count of 人份, not of people
    "人份",
    "部门",
    # 个月 is a duration; 四个方面 / 三个层面 is the structure of a speech, not a count (the
    # convention settled in session 8, figures2's gold header: 方面 is never a measure word)
    # 5个财政年度, 两个历年 (calendar years) are durations too
    # (1个半小时, 2个多小时: a duration with 半/多 before its unit too; 三个世纪以来, 两个时间点: centuries and
    # points in time are durations and dates, session 47)
    "个(?!(?:多|半)?(?:月|小时|钟头|工作日|工作天|季度|星期|礼拜|交易日|年头|财政年度|课税年度|年度|历年|学年|世纪)|时间点|百分点|千分点|基点|方面|层面|维度)",
    "家(?!庭|乡|人|园)",
    "所(?!有|以(?!上|下|内)|得|在|属|谓)",  # 1000所以上: 所 + 以上 after a number (所以 is "so" elsewhere)
    "名(?!称|单|字|义|列|牌)",
    "位(?!数|于|置|一体)",
    # 七人欖球, 五人制足球, 3人篮球: a game's format, not people
    # (人均 "per head" opens a phrase, 人均收入; right after a count 均 is "all": 全院40多人均列為密切接觸者,
    # 3人均为男性)
    "人(?!民|工|才|口|气|类|员|制|榄球|橄榄球|足球|篮球|排球|赛)",
    # lives lost, as the Hong Kong press counts a disaster's dead (大埔巴士奪19命車禍: figures57 dev-retired43 02); not
    # 命令, 命题, 命名, 命运, 命中, 命脉, 命案, 命根, 九命怪猫
    "命(?!令|题|名|运|中|脉|案|根|怪)",
    "场(?!景|所|地|馆|合|次|面)",
    "项(?!目标)",
    "项目",
    "组(?!织|建|成|合)",
    "座",
    "条(?!件|例|款)",
    "款(?!项|额)",  # 款额: an amount of money, not a count of models
    "批(?!准|复)",
    "台(?!湾|阶|风)",
    "件(?!事)",
    "套",
    # 4段河流, 3段视频: sections and clips (not 一段时间, 段落)
    "段(?!时间|时期|日子|落|位|子)",
    "支(?!持|付|出|撑|柱)",
    "辆",
    "架(?!构)",
    "户",
    "间(?!接|隔)",
    "栋",
    "幢",
    "处(?!理|长|于|置|在)",
    "份(?!额)",
    "种(?!植|子)",
    "类(?!似)",
    "张",
    "篇",
    "部(?!分|署|长|委|分)",
    "颗",
    "枚",
    # flat things by their face: boards, flags, mirrors (38面看板, 40到50面看板: figures58 dev-retired44 07); only
    # before one of them, 面 being a side and a word's start too (两面, 四面八方, 3面临路, 面积)
    "面(?=看板|广告牌|招牌|旗|国旗|锦旗|镜|墙|屏幕|鼓|牌子)",
    "次(?!元|数|级|要|序|日)",
    # runs of a service counted per run (南航计划执行航班超12万班次: figures50 dev 10; 加开547车次: figures41
    # dev-retired33 09): per-event measure words like 架次, before 班 and 车 (班次 is no 班 of classes)
    "班次",
    "车次",
    # train cars (12 卡車廂, 首 3 卡, 尾 6 卡: Hong Kong's word, FIGURES_GOLD §11's figures41); not 卡片, 卡车, 卡通 …
    "卡(?!片|车(?!厢)|通|拉|路|住|在|号|位|口|尔|门|内|塔|萨|特|斯|丁|西|利|中|上|下|里|了|着|死|套|包|宴|介|夫|带|牌|券|盟|米)",
    # flights (架次), plots of land (幅), flats in Hong Kong (伙), deals or cases (宗),
    # wafers, panels (片): measure words common in business news
    "架次",
    "幅(?!度|员|画|图)",
    # episodes of a series (12集节目); not 集团, 集中, 集资 ... after a number
    "集(?!团|中|体|资|合|市|装|成|约|会|群|结|聚|训|齐|锦|邮|镇|散|美|纳|思|权|运|贸|控|采|束|注|卡)",
    "伙(?!伴|食|计|同)",
    "宗(?!教|旨|师|族|亲)",
    "片(?!区|面|刻|段|场|子|断|中|状|酬)",
    # ships, holes (golf, tunnels), trees and plants, animals, cases, books, courses,
    # wells; 块 is a count here and money when it stands for 元 (decided in extract)
    "艘",
    # ships' sorties or trips (7531艘次, like 架次); tables at a banquet (宴请不得超过15桌), not 桌子, 桌面 ...
    "艘次",
    "桌(?!子|面|椅|球|游|上|布|前|边|旁|下|号)",
    # beds of a care home or a hospital (布建6500床, 上限为200床, 超过11万床: figures38 dev 06); not 床位, 床头 …
    "床(?!位|头|上|下|单|铺|边|前|号|次|罩|褥|品|架|沿|底|板)",
    # places counted with 点 (监测点…107点); extract keeps it to a 点-noun named before the
    # number: times (10点), index points (升94点) and an argument's points (两点原因) are not counts
    "点(?!击|赞|评|名|燃|亮|缀|菜|头|播|钟|半|多|整|左|零|〇|一|二|两|三|四|五|六|七|八|九|十|\\d)",
    # teams (3队对手, 16支队伍 has 支); not 队员, 队长, 队伍 ...
    "队(?!员|长|伍|友|列|形|旗|部|医|徽|服|歌|史)",
    # countries, provinces, districts, states, counties written with no 个 (全球128国, 37州,
    # 新北市有五区入榜); extract keeps Chinese numerals to a hedge or 有 before them, since
    # a numeral + one of these also names a fixed group (东北三省, 三省一市, 中美两国, 七国集团)
    "国(?!家|内|外|际|企|资|产|货|债|有|务|营|标|级|民|籍|旗|歌|宝|庆|情|策|防|土|立|道|会|人|语|画|学|军|库|税|铁|足|队|手)",
    # provinces, regions and cities counted together (等6省区市, 15省市): one measure, as 部门
    "省区市(?!委|政府|级)",
    "省(?!份|钱|力|事|内|外|会|级|长|委|市|区|略|去|下|时|心|得|掉|电|油|吃|城)",
    "区(?!域|别|间|块|位|分|内|外|长|委|县|级|划|属|政|议|人|民|块|链)",
    # 新北市…29行政區: districts named by their kind (extract reads the unit as 区)
    "行政区(?!域|划|内|外)",
    "州(?!长|立|政|府|议|内|外|际|民|级)",
    "县(?!城|域|长|委|级|区|市|内|外|乡|镇|政|民)",
    # townships and towns (共有7乡, 7乡1镇: the counties' divisions, as 县), Chinese numerals as 县's (山区四乡 a group)
    "乡(?!村|镇|下|土|亲|愁|音|情|间|民|长|里|政|级|党|人|邻|野|贤|愿|试|会|绅|俗|思|梓|巴|味|路|道)",
    "镇(?!长|政|级|委|内|外|民|区|上|压|定|静|痛|守|住|店|江|宅|街|中心|域|党|村|乡|府|流)",
    # urban subdistricts, the counties' and districts' third division beside 乡 and 镇 (涉及全县5镇1乡1街道,
    # 全市5镇3街道: figures56 dev-retired42 13); not 街道办 (the office), 街道口, 街道上 …
    "街道(?!办|口|上|边|旁|两|中|里|内|外|两侧|社区)",
    # cities (国考10市PM2.5浓度, 全省11市): as 37州; not 市场, 市民, 市值, 市委 … (and a Chinese numeral only after a
    # hedge or 有: 沪深两市, 京津冀三市 name groups)
    "市(?!场|民|值|委|长|区|县|州|级|内|外|政|面|价|况|郊|属|管|容|貌|井|集|盈|中心|镇|辖|里|府|直|立|售)",
    "洞(?!察|见|穴|口|悉)",
    "株(?!式)",
    "棵",
    # flowers and what is counted like them (peer3 kind 6: 3朵玫瑰, 一束鲜花, 两枝花, 五盆花); not 大快朵颐, 束缚, 枝叶,
    # 盆地 ...
    # (not the lamps' measure word: Macau's 三盞燈 is a place, figures10 dev 10)
    "朵(?!颐)",
    # pages done or kept (逾 300 万页、14000 张折页 scanned: figures47 dev-retired36 09), the count ending its phrase;
    # a document's length before what it is (38 页 “重建加沙” 计划, 38页的报告) is no count, as a length is none
    "页(?=[ \u3000]?(?:[、，。；：,;:！？!?)）\n]|$))",
    "束(?!缚|手|之|腰|装|发|带|光)",
    "枝(?!叶|条|头|干|节|繁|蔓)",
    "盆(?!地|栽|景|子|骨|腔|菜)",
    # long things: logs, pillars, cables, rods (数十根巨木, 3根立柱); not 根据, 根本, 根源 …
    "根(?!据|本|源|治|除|深|基|系|部|底|茎|须|雕|脉|植|性|号|目|子)",
    "头(?!部|条|号|脑|等|版|衔|目|发|像)",
    "只(?!有|是|要|能|会|在|需|用|不|得|好|剩|想|为|因|占|限|针|对)",
    "匹(?!配|敌)",
    "例(?!如|外|子|行|会|证)",
    "册",
    "门(?!店|口|户|槛|类|票|窗|诊|前|外|下|市|面|路|类|式)",  # 兩門式自助通道: a kind, not doors
    "口(?!径|岸|号|罩|碑|味|气|语|头|述|子|感|令)",
    "块(?!钱)",
    # vehicles sent (首批3車合共7人); not 车辆, 车厢, 车道, 车位, 车次, 车型 ...
    "车(?!辆|厢|型|位|次|程|间|主|手|牌|票|道|队|流|速|展|费|贷|内|上|下|站|身|库|门|窗|轮|龄)",
    "名额",
    # train cars, dishes and barriers, packs, pairs, letters, incidents
    "节(?!日|目|约|能|省|点|奏|假|庆|气|课|制|水|电|俭|拍|选|次|前|后)",
    # (每日发布4道题: questions, as 题 alone counts them below)
    "道(?!路|理|德|歉|教|具|家|观|士|别|贺|口|义|上|中|下|出|来|里|地|光)",
    # pairs and sets (手套2574.50万副, 3副眼镜); not the deputy's titles and words 副 starts (副总, 副市长, 副作用)
    "副(?!总|主|部|局|院|校|董|行|处|科|团|会|司|教|研|厅|厂|镇|乡|区|州|市|省|县|作|产|食|业|刊|标|题|词|将|官"
    "|职|手|高|经|理|组|队|中|牌|本|线|议|委|所|馆|社|站|长|导|检|审|参|指|台|署)",
    # questions of an exam or a paper (单项选题60题, 判断题20题: figures44 dev 05), as 道; not 题目, 题材, 题型, 题库
    "题(?!目|材|型|库|海|词|字|名|记|为)",
    "包(?!括|含|装|容|袱|裹|头|干|机|车|子|间|厢|邮|揽|围|庇)",
    # couples (共有15324对夫妻登记结婚, 减少3%(474对): figures42 dev 03); not 1对1, 一对一 (one-on-one), 逐一对照,
    # 统一对接, nor 对 the preposition before whom or what (3国对华, 5人对此); glued to its number (2016 對消費者來說,
    # 1000 对 1000 换俘: a year or a number, then the preposition or "for")
    "(?<![ \\xa0])对(?![\\d一二两三四五六七八九十接照于比外内象手话方应此待抗称冲决岸面策症等标齐准立峙战"
    "着了是其我他她它这那与和中美日台港华俄欧英法德韩朝的])",
    # pairs (年订单量达到1万多双, 3000双鞋, 2574万双手套) only where what follows comes in pairs or nothing
    # follows: 双 opens far more words than it counts (40万双性人, 5万双职工家庭, 双语, 双碳: tester s46 N1
    # "400,000 pairs"), and a list of the words it opens could never be whole
    f"双(?=[{HAN_BASIC}]{{0,3}}[鞋袜靴筷]|手套|[^{HAN_BASIC}]|$)",
    "封(?!锁|闭|面|装|存|顶|号|印|控|杀|城|建|疆|底|堵|口)",
    "起(?!来|步|点|飞|草|诉|床|源|初|始|伏|色|身|跑|码|重|价|到|见|止|因|居|用|航|降|动|征|算|拍|付|租|售|跳)",
    # votes, doses, seats, rounds (of bidding, talks), shares (1.88亿股): counted in
    # elections, health and market news; the look-aheads keep out the words they start
    "票(?!价|房|据|务|面|证|选|决|箱|友|根|数|号|源|款|子|站)",  # 6票站: 6 polling stations, no votes (tester s20 F1)
    "剂(?!量|型)",
    "罐(?!头|装|子|车)",
    # loans, transactions, entries in a ledger: 21笔涉嫌违规贷款, 97笔帐目
    "笔(?!记|者|试|下|画|录|墨|名|直|会|触|迹|调|挺|芯|尖|筒|杆)",
    # cities counted in policy and property news: 22城首批集中供地, 全国300城, 三城率先
    "城(?!市|区|镇|乡|墙|门|管|际|建|池|堡|郊|里|中|内|外|楼|隍|邦|府|投|轨|铁|运|记|关|头|防|址)",
    "席(?!位|卷|地|间|之|次)",
    # classes, runs of a service (加开10班课程, 加开20班列车); not 班子, 班长, 班主任 ...
    "班(?!子|长|主任|底|组|会|门|师|上|下|级)",
    # deals and complaints counted in Hong Kong (录得25单成交, 接获50单投诉); not 单位, 单价 ...
    "单(?!位|独|身|车|据|价|元|日|月|季|周|边|程|人|次|一|纯|向|打|品|曲|层|亲|项|只|股|靠|是|就|方|选|双|用|调|薄|词|字)",
    # train runs (自強號10列次, like 架次: figures36 10), then trains (21列列车); not 列入, 列出, 列明, 列为 ...
    "列次",
    "列(?!入|出|明|为|举|表|席|位|队|强|岛|国|传|支|宁|式|项|于|在|有|了|数|方|印|示|车)",
    # books and copies (32本广告宣传资料); not 本地, 本身, 本次 ...
    "本(?!科|地|市|省|国|土|人|身|质|来|次|期|届|年|月|日|周|轮|部|院|案|报|刊|金|息|钱|领|能|性|体|着|是|文|网|站|台|机|品|田|店|厂|职|事|校|所|位|线|色|意|末|源|币|外|章|条|法)",
    # editions of a course or a camp (24期《7天线上英语》学习营, 5期心理团辅课程); a phase of
    # a named work (地铁3期, 二期工程) is not one (extract: Arabic digits, no name before)
    # (87期重劃區: a land readjustment zone's number, as 地铁3期)
    "期(?!工程|项目|间|货|限|末|初|中|内|满|望|待|盼|权|刊|号|次|数|房|楼|叠|工|的|重划|区)",
    # bowls (待用库存面6000多碗, 递上2碗面) and trips (Hong Kong: 每天约12万程服务); not 碗筷, 程序, 程度 ...
    "碗(?!筷|柜|碟|盘|口|状)",
    # stops and legs of a tour or a series of races (共设9站分站赛和1站总决赛); not 站台, 站点, 站长 ...
    "站(?!台|点|长|内|外|立|起|着|在|队|岗|位|前|上|下|出|好|住|满|式|务|牌|票|街|名|区)",
    # racks and cabinets shipped (AI機櫃…從6,800櫃、7,200櫃，調高為1萬櫃), containers' cabinets; not 柜台, 柜子 ...
    "柜(?!台|子|员|门|面|机|体|内|中|上|下|里|位|员)",
    # times, in Taiwan's press, before a move (今年來人行已經5度調升存放款利率, 可能會2度調高); not degrees
    "度(?=调|升息|降息|加息|减息|上调|下调|出手|创)",
    # a survey's samples (超過10,000樣本, 363樣本, 3.4万样本樽): things counted by a noun, unit "" (NOUN_MEASURES)
    "样本(?!库|框|量|点|率|数|空间|外)",
    "程(?!序|度|式|师|控|碑|门|途|子|车|码|期|表|中|内)",
    # seized goods counted by their containers (检获300箱, 5樽, 2袋); post counted as bags or items (处理能力500万袋件);
    # containers counted in twenty-foot equivalents (集装箱吞吐量1.2亿标箱, TEU)
    "袋件",
    "标准箱",  # TEU written out (集装箱吞吐量达4915.8万标准箱, tester s19 F13: was "49.158 mn standards")
    "标箱",
    "箱(?!子|包|型|体|内|中|装|底)",
    "袋(?!子|装|鼠|内|中)",
    "瓶(?!子|装|颈|盖|内|中)",
    "樽",
    "盒(?!子|装|饭|内|中|马)",
    "轮(?!车|胎|船|椅|值|换|流|廓|回|番|机|子|候|班|岗|训|休|渡|盘|到)",
    "股(?!东|份|权|票|价|市|本|息|民|指|灾|金|改|利|比|值|吧|神|评|性)",
    # lots traded (总成交192万手，, 3万手至6万手左右): 手 starts many words (手机, 手续, 手中 …), so it counts only
    # where its word ends: no Han character after it, or a range's or a hedge's word
    f"手(?:(?![{HAN_BASIC}])|(?=至|到|左右|以上|以下|以内|上下|的))",
    # lots of a tender or an auction (共12標14筆土地, 有2標土地釋出): 标 starts words too (标准, 标的, 标段 …), so it
    # counts where its word ends or before the land or works it sells
    f"标(?:(?![{HAN_BASIC}])|(?=土地|用地|地块|工程|案|开发))",
    # casualties written as 36死47伤, 10死41失踪: counted people, with no measure word
    # (extract keeps them to Arabic numbers: 九死一生 is an idiom)
    *(
        f"{word}(?![{after}])" if after else word
        for word, after in (
            ("死", "者角刑因去亡守板党神胡"),
            ("死亡", "率人病案证原事"),  # 51死亡 22人失蹤 (figures57 dev-retired43 12)
            ("伤", "者害口心员病残亡势痕感"),
            ("亡", "者故命灵国羊"),
            ("失踪", ""),
            ("失联", ""),
        )
    ),
    # people counted by sex (3男2女被捕, 育有两女); not 男子, 女性, 女儿 ... after a number
    "外佣",
    "院友",
    # things counted with no measure word: 29品项 (product lines in a recall)
    "品项",
    "学童",
    "男童",
    "女童",
    "童(?![装话年心工星谣军趣颜声叟子])",
    "警员",
    "疑犯",
    "匪(?!夷)",  # 3匪闖入 (robbers, as Hong Kong's press writes them: figures57 dev-retired43 04)
    "死者",
    "伤者",
    "男(?![子性士生童友人装孩方篮足排星主团声单神女])",
    "女(?![子性士生童友人装孩方篮足排星主团声单神儿婿王士郎])",
    # sons beside daughters (育有2女2子, 2子1女): 子 alone is no count (extract checks the 女 count)
    rf"子(?=[\d一二两三四五六七八九]女|[^{HAN_BASIC}]|$)",
    # parties to a contest or talks, named with what they send (吸引六方人马竞逐, 三方代表): not 三方协议
    "方(?=人马|代表)",
)
# People counted by sex: the figure's unit is "" and the word names them in English.
PEOPLE_BY_SEX: dict[str, str] = {"男": "men", "女": "women", "子": "sons"}
# People counted with no measure word, as Hong Kong reports write them (2外佣确诊, 6院友
# 送院, 两童受伤): Arabic digits or 两 right before the noun; unit "" like 36死47伤.
PEOPLE_NOUNS_BARE: dict[str, str] = {
    "外佣": "domestic helpers",
    "院友": "residents",
    "学童": "pupils",
    "男童": "boys",
    "女童": "girls",
    "童": "children",
    "警员": "officers",
    "疑犯": "suspects",
    "匪": "robbers",
    "死者": "dead",
    "伤者": "injured",
    "品项": "items",  # not people: things counted the same way (共计29品项)
}

# Nouns written right after a number as a measure word is, of things counted with none: unit "", any size
NOUN_MEASURES: dict[str, str] = {"样本": "samples"}

# Units of what is neither money nor a count (weights, lengths, volumes, energy, time):
# after a number with no unit of ours they say it is not a sum (5000万至7000万吨的额外排放)
# nor a number of people.
OTHER_UNITS: tuple[str, ...] = (
    "吨",
    "公斤",
    "千克",
    "克",
    "斤",
    "公里",
    "千米",
    "米",
    "里",
    "千瓦时",
    "千瓦",
    "兆瓦",
    "瓦",
    "度",
    "升",
    "立方米",
    "立方",
    "桶",
    "小时",
    "分钟",
    "秒",
    "天",
    "周",
    "倍",
    "级",
    "年",
    "岁",
)

_LEAD_ASSERTION_RE = re.compile(r"\(\?<?[=!](?:[^()\\]|\\.)*\)")  # a leading look-behind or look-ahead: (?<![ \xa0])
_LEAD_CLASS_RE = re.compile(r"\[([^\]\\^-]+)\]")  # a leading class of plain characters: [条篇件台家项例]
_LITERAL_RE = re.compile(rf"[{HAN_BASIC}]+")


def measure_words(entry: str) -> tuple[str, ...]:
    """The literal words one MEASURES entry matches, its look-arounds dropped: "人次" -> ("人次",); "[条篇]次(?!元)" ->
    ("条次", "篇次"); "(?<![ \\xa0])对(?![…])" -> ("对",). An entry of another shape raises: the tables built from
    these words (NO_MONEY_UNITS, extract's longest-first order) must never hold a regex's text nor an empty word (until
    session 45 ``entry.split("(")[0]`` made 对's entry '' and so put bare 万 and 亿 among the units of no money)."""
    rest = entry
    while (lead := _LEAD_ASSERTION_RE.match(rest)) is not None:
        rest = rest[lead.end() :]
    heads = [""]
    if (cls := _LEAD_CLASS_RE.match(rest)) is not None:
        heads, rest = list(cls.group(1)), rest[cls.end() :]
    tail = _LITERAL_RE.match(rest)
    word = tail.group() if tail else ""
    if not word or (rest[len(word) :] and not rest[len(word) :].startswith("(")):
        raise ValueError(f"a measure entry of no literal word: {entry!r}")
    return tuple(head + word for head in heads)


# Every word MEASURES counts with, literal (its entries are regex alternatives).
MEASURE_WORDS: frozenset[str] = frozenset(w for entry in MEASURES for w in measure_words(entry))

# What no sum is written in: every unit of a count (MEASURES' words), an area, a physical quantity or another measure
# (OTHER_UNITS), a percent or a multiple, alone or under 万/亿 (万人, 亿立方米), literal. A table row whose label names
# one in brackets (从业人员（人）, 经营面积（平方米）, 销量（万辆）) is no sum of its table's money note (extract's
# _money_tabled, review s30 R4; extract kept a list of its own before session 31).
_NO_MONEY_BASE: frozenset[str] = (
    MEASURE_WORDS
    | frozenset(AREAS)
    | frozenset(QUANTITIES)
    | frozenset(QUANTITY_LATIN)
    | frozenset(OTHER_UNITS)
    | frozenset({"%", "％", "‰", "日", "分", "床"})
)
NO_MONEY_UNITS: frozenset[str] = _NO_MONEY_BASE | frozenset(
    scale + unit for scale in "万亿" for unit in _NO_MONEY_BASE if unit not in ("%", "％", "‰")
)
# What a number measures, by the word right before it (a link such as 达, 为, 约, 超过 may stand between): the one table
# of measured nouns, each with its kind. "money": the word names a sum, so a bare amount (no 元) after it in its
# clause is one (罚款60万, 售价1200万, 收入5000万; extract's _MONEY_BEFORE_RE is built from these, with the few cues
# that need a pattern). Any other kind says the number is NOT a sum, whatever its sentence says of money: "count"
# (人口1200万, 粉丝1200万, 播放量1200万, 成交量1200万), "measure" (a physical or technical size: 分子量1200万, 重量,
# 排量, 产量), "code" (电话2133077: a number to dial, an identifier). A bare 万 after 分子量 in a sentence quoting
# prices was "RMB 12 mn" (peer6 DuEE); the noun decides, not the sentence. (Simplified: the extractor reads folded
# text.)
MEASURED_NOUNS: dict[str, str] = {
    # sums: what is paid, earned, owed, priced, raised or lost (the words of _MONEY_BEFORE_RE until session 44)
    **dict.fromkeys(
        (
            "额", "营收", "收入", "产值", "规模", "投资", "融资", "资金", "税收", "总值", "成交", "销售", "市值",
            "利润",
            "补贴", "GDP", "GMV", "预算", "基金", "开支", "支出", "盈余", "赤字", "储备", "拨款", "经费", "收益",
            "估值",
            "成本", "费用", "价值", "薪", "工资", "租金", "售价", "票价", "房价",
            # prices: 呎价约3万 (Hong Kong quotes a flat's price per square foot), 楼价, 成交价
            "呎价", "尺价", "楼价", "成交价", "均价",
            # ... and a price named so (价格为15万, 这辆车的价格是十五万: a price with no 元 is a sum, FIGURES_GOLD §2;
            # peer3 kind 4)
            "价格", "价钱", "价位", "报价", "定价",
            "投入", "回报", "减负", "减税", "贷款", "存款", "借款", "捐款", "罚款", "赔偿",
            # spending and gains said with a verb: 花费约2万, 赚了300万, 骗了16万
            "花费", "花销", "开销", "耗资", "斥资", "赚", "骗", "总价", "单价", "起价", "身价", "彩礼", "奖金",
            # sums named by what they are in court, budget and market news (涉款7,600万, 预留约210亿, 纯利43亿,
            # 悬红100万: the Hong Kong press often drops 元 after 万/亿)
            "涉款", "涉资", "赃款", "赌资", "现金", "赎金", "保释金", "悬红", "赏金", "损失", "亏损", "盈利", "纯利",
            "净利", "身家", "首期", "按揭",
            # what a fund or a loan yields (永續基金一年產生孳息650萬, 利息300萬: figures15 dev)
            "孳息", "利息",
            "预留", "注资", "拨出", "筹集", "集资", "募资", "筹得", "筹款", "津贴", "资助", "补助", "补偿", "退税",
            "税款", "宽减", "开价", "叫价", "月租",
            # Taiwan property: 推案量 (the value of new launches, in 亿)
            "推案", "案量",
            # what is owed (新竹县政府负债四五百亿), credit (信贷投放1.2万亿)
            "负债", "债务", "信贷",
        ),
        "money",
    ),
    # people and things counted: what is counted is never a sum
    **dict.fromkeys(
        (
            "人口", "人数", "户数", "粉丝", "粉丝数", "用户", "用户数", "会员", "会员数", "观众", "游客", "旅客",
            "客流",
            "客流量", "人次", "播放量", "点击量", "阅读量", "浏览量", "访问量", "下载量", "观看量", "订阅数",
            "关注数",
            "点赞数", "评论数", "转发量", "销量", "销售量", "出货量", "交付量", "成交量", "交易量", "订单量", "票数",
            "得票", "选票", "件数", "台数", "数量", "总数", "股东总数", "次数", "天数", "股数", "字数", "页数",
            "步数",
            "车流量",
        ),
        "count",
    ),
    # a physical or technical size, an output, a score: no sum either
    **dict.fromkeys(
        (
            "分子量", "重量", "体重", "净重", "毛重", "载重", "面积", "体积", "容量", "容积", "排量", "功率", "电压",
            "电流", "长度", "高度", "深度", "宽度", "厚度", "直径", "距离", "里程", "海拔", "温度", "密度", "浓度",
            "像素", "分辨率", "内存", "转速", "扭矩", "亮度", "频率", "带宽", "时速", "产量", "年产量", "产能",
            "储量",
            "用量", "用水量", "用电量", "发电量", "装机容量", "吞吐量", "运量", "货运量", "客运量", "排放量",
            "降雨量",
            "雨量", "流量", "得分", "分数", "评分",
        ),
        "measure",
    ),
    # a number that names, not measures: a telephone, a code
    **dict.fromkeys(
        ("电话", "手机", "号码", "编号", "代码", "邮编", "邮政编码", "传真", "账号", "热线", "工号", "学号"),
        "code",
    ),
}  # fmt: skip
# Verbs whose object is a sum, as a class read by the morpheme that makes them so, not a list of words: fining (罚:
# 被罚60万 in peer6 DuEE, 重罰8398萬 in figures26), giving (捐: 捐410萬 in figures28, 渣打捐1000万 in a Hong Kong
# radio page), compensating (赔: 获赔, 赔付), pricing (价 after a change verb: 降价3万 in an ifanr feed, 涨价, 提价;
# 直降1500 in peer6, 直降15000 in figures2). A bare amount right after one (a link between at most) is a sum: extract's
# _SUM_VERB_BEFORE_RE, built from this table (each morpheme's written forms there). (处罚, 惩罚, 判罚 punish, not by a
# sum: 行政处罚4119 counts decisions.) Session 46 (review s45 D1): the English each had was read nowhere: dropped.
SUM_VERB_MORPHEMES: tuple[str, ...] = ("罚", "捐", "赔", "价")
# What a table row measures when its label names it (员工人数, 出勤天数, 股东总数, 经营面积, 评审得分, 销量): a count,
# an area or a score, so its cells are no sums of the table's money note either (Simplified: labels are read folded).
# The row labels' own list (a label is searched anywhere in it, so only words no money label holds): all measured nouns.
ROW_MEASURED_NOUNS: tuple[str, ...] = (
    "人数", "户数", "股东总数", "面积", "天数", "得分", "分数", "评分", "数量", "次数", "股数", "销量",
)  # fmt: skip
assert all(MEASURED_NOUNS[w] != "money" for w in ROW_MEASURED_NOUNS)

# The last character of a place's name, by class: the one table extract reads a toponym's ending from. A settlement's
# ending closes a name one character after a numeral and a measure word (五家子村, 五棵树镇; 3家村镇银行 is a count:
# extract's guard keeps 村镇, 农村 … out); any ending closes one right after them when the segmenter leaves it a word of
# its own (三门湾, tester s19 F17; 三项市场 and 两台山地车 are counts: 市场 and 山地车 are words).
TOPONYM_ENDINGS: dict[str, str] = {
    "村": "settlement",
    "镇": "settlement",
    "乡": "settlement",
    "屯": "settlement",
    "庄": "settlement",
    "寨": "settlement",
    "堡": "settlement",
    "山": "landform",
    "岭": "landform",
    "峰": "landform",
    "峡": "landform",
    "岛": "landform",
    "湾": "water",
    "河": "water",
    "江": "water",
    "湖": "water",
    "港": "water",
    "市": "division",
    "县": "division",
    "区": "division",
}

# Measure words that also name a fixed group after a Chinese numeral (东北三省, 三省一市,
# 中美两国, 七国集团): counted after Arabic digits, or after a hedge or 有 (extract).
ADMIN_UNITS = frozenset({"国", "省", "区", "州", "县", "乡", "镇", "街道", "市", "省区市"})

# Casualty words counted like measure words (36死47伤): the figure's unit is "" (people
# counted without a measure word) and the word names them in English.
CASUALTIES: dict[str, str] = {
    "死": "dead",
    "死亡": "dead",
    "亡": "dead",
    "伤": "injured",
    "失踪": "missing",
    "失联": "missing",
}

# Measure words whose English default noun is safe when no noun follows.
MEASURE_NOUN_DEFAULTS: dict[str, str] = {
    "家": "establishments",
    "名": "people",
    "位": "people",
    "人": "people",
    "所": "institutions",
    "场": "events",
    "部门": "departments",
    "人次": "visits",
    "命": "lives",
    "场次": "sessions",  # 总场次超9600万: screenings, shows, sessions
    "剂次": "doses",
    "辆次": "vehicle trips",
    "项目": "projects",
    "辆": "vehicles",
    "架次": "flights",
    "班次": "runs",
    "车次": "train runs",
    "卡": "cars",
    "艘次": "ship sorties",
    "列次": "train runs",
    "标箱": "TEU",
    "标准箱": "TEU",
    "省区市": "provincial regions",
    "桌": "tables",
    "户": "households",
    "艘": "ships",
    "株": "plants",
    "棵": "trees",
    "例": "cases",
    "起": "cases",
    "双": "pairs",
    "对": "pairs",
    "封": "letters",
    "头": "head",
    "票": "votes",
    "剂": "doses",
    "城": "cities",
    "队": "teams",
    "点": "sites",
    "国": "countries",
    "省": "provinces",
    "区": "districts",
    "州": "states",
    "县": "counties",
    "乡": "townships",
    "镇": "towns",
    "街道": "subdistricts",
    "市": "cities",
    "席": "seats",
    "轮": "rounds",
    "手": "lots",
    # session 49 (new user s48 U7: 120伙 -> "120", 三栋 -> "3"): measure words of one kind of thing each, so a count
    # with no noun of its own still says what it counts
    "伙": "flats",
    "栋": "buildings",
    "棟": "buildings",
    "幢": "buildings",
    "列": "trains",
    "集": "episodes",
    "册": "volumes",
    "篇": "articles",
    "床": "beds",
    "题": "questions",
    **CASUALTIES,
}
# Measure words that name what they count: their noun beats one found before the number
# (企业集团共销售汽车297.9万辆 counts vehicles, not companies).
# 8/16/32/64位 + a technical word is a bit width, not people (32位整型, 64位的操作系统,
# 64位 Windows); 32位专家 and 3位代表 stay people. Only powers of two are widths.
BIT_WIDTHS = frozenset(2**n for n in range(3, 13))
BIT_WIDTH_NOUNS = (
    "整型",
    "整数",
    "长整",
    "短整",
    "浮点",
    "无符号",
    "有符号",
    "定点",
    "字长",
    "字节",
    "比特",
    "二进制",
    "系统",
    "操作系统",
    "处理器",
    "架构",
    "指令",
    "寄存器",
    "地址",
    "总线",
    "内核",
    "芯片",
    "微处理器",
    "色",
    "真彩",
    "位图",
    "图像",
    "音频",
    "精度",
    "编码",
    "哈希",
    "密钥",
    "公钥",
    "私钥",
    "加密",
    "校验",
    "版本",
    "版",
    "机",
    "应用",
    "程序",
    "软件",
    "驱动",
    "平台",
    "环境",
    "模式",
    "代码",
    "数据",
    "数值",
    "元素",
    "计算",
    "变量",
    "类型",
    "指针",
    "游戏",
    "模拟",
    "量化",
)
# Latin words after a width: CPU, OS, Windows, int, x86, ARM, ...
BIT_WIDTH_LATIN = (
    "CPU",
    "GPU",
    "MCU",
    "DSP",
    "SoC",
    "OS",
    "Windows",
    "Linux",
    "macOS",
    "iOS",
    "Android",
    "Ubuntu",
    "ARM",
    # ciphers and keys (512位DKIM密钥, 512位RSA公钥: figures36 12)
    "RSA",
    "DKIM",
    "AES",
    "ECC",
    "x86",
    "x64",
    "RISC",
    "MIPS",
    "PowerPC",
    "int",
    "uint",
    "float",
    "double",
    "long",
    "bit",
    "RGB",
    "Unicode",
    "UTF",
    "IEEE",
    "ADC",
    "DAC",
    "JVM",
    "Java",
    "Python",
    "PC",
    "Office",
    "Chrome",
)
# Measure words that count groups, not what is in them: 3批货物 is three batches (of goods),
# 5组选手 five groups of contestants, never "5 contestants". The English names the group,
# then what it holds when a noun follows; 班 (a class, a bus or train run) names nothing.
GROUP_MEASURES: dict[str, str] = {
    "批": "batches",
    "组": "groups",
    "群": "groups",
    "队": "teams",
    "双": "pairs",
    "轮": "rounds",
    "班": "",
}
# What each measure word counts, by class: the one table of measure-word roles (review s19 R8: THING_MEASURES and
# extract's place, building and kind sets had drifted apart; the sets below and extract's are derived from it).
#   self: names what it counts; its own noun beats one found before the number (企业集团共销售汽车297.9万辆 counts
#         vehicles, not companies; 121人的教研团队 is 121 people; 四部门部署农村… four departments, tester s18 F1)
#   thing: things and places, never people: a people noun after it modifies the head (300所老人…中心 counts centres)
#   place: may count places, so a place's name after it is what it counts (三座山, 两条河, 三个县)
#   building: a block of an address before its flat (2座1楼B室, 3栋1201室)
#   kind: kinds and classes (两类企业): what a list's items are
#   named: names what it counts (95,385,057股 shares, 40多头 head, 3起 cases, 500份 copies): a noun is what it
#          counts only right after it (5台服务器); one before the number (公司持有…股: the holder) or past a
#          modifier (1架…公司制造的…, 500份医院的…要求) is another phrase's: its own English is said (tester s20 F1)
#   occasion: times something is done (两次报关): no noun is what it counts, before or after it (tester s20 F1)
MEASURE_CLASSES: dict[str, frozenset[str]] = {
    word: frozenset(classes.split())
    for word, classes in {
        "个": "place",
        "家": "place",
        "批": "place",
        "级": "place",
        "期": "place",
        "种": "place kind named",
        "类": "place kind named",
        "所": "thing place",
        "座": "thing place building",
        "条": "thing place",
        "处": "thing place",
        "栋": "thing building",
        "棟": "building",
        "幢": "thing building",
        "号楼": "building",
        "號樓": "building",
        "台": "thing named",
        "辆": "thing self",
        "项": "thing",
        "件": "thing",
        "间": "thing",
        "张": "thing",
        "块": "thing",
        "艘": "thing",
        "架": "thing named",
        "部": "thing",
        "本": "thing",
        "篇": "thing",
        "套": "thing",
        "株": "thing",
        "棵": "thing",
        "朵": "thing",
        "页": "thing",
        "束": "thing",
        "枝": "thing",
        "面": "thing",
        "盆": "thing",
        "款": "thing",
        "辆次": "self",
        "架次": "self",
        "班次": "self",
        "车次": "self",
        "艘次": "self",
        "列次": "self",
        "人次": "self",
        "剂次": "self",
        "标箱": "self",
        "标准箱": "self",
        "人": "self",
        "名": "self",
        "位": "self",
        "部门": "self",
        "股": "named",
        "头": "named",
        "宗": "named",
        "起": "named",
        "票": "named",
        "份": "named",
        "场": "named",
        "次": "occasion",
        "回": "occasion",
        "趟": "occasion",
    }.items()
}


def measures_of(cls: str) -> frozenset[str]:
    """The measure words of one class of MEASURE_CLASSES."""
    return frozenset(word for word, classes in MEASURE_CLASSES.items() if cls in classes)


SELF_NAMING_MEASURES = measures_of("self")
THING_MEASURES = measures_of("thing")


# Head nouns that name people (Simplified) → English plural: their own table, so a people noun added here is known
# as one wherever it matters (a measure word of things never counts people; review s19 R8: it replaces a hand-kept
# list of English values).
PEOPLE_NOUNS: dict[str, str] = {
    "选手": "contestants",
    # a team's people (12名国家队员: 国家|队员, the last noun is the head, not countries)
    "队员": "team members",
    "球员": "players",
    "运动员": "athletes",
    "教练": "coaches",
    "成员": "members",
    "用户": "users",
    "会员": "members",
    "主播": "streamers",
    "达人": "influencers",
    "人才": "professionals",
    "专家": "experts",
    "学生": "students",
    "学员": "trainees",
    "观众": "visitors",
    "游客": "tourists",
    "员工": "employees",
    "车主": "car owners",
    "婴幼儿": "infants",
    "银发族": "older people",
    "职工": "employees",
    "居民": "residents",
    # people named by their country (大约有6亿多中国人)
    "中国人": "Chinese",
    "国人": "compatriots",
    "人口": "people",
    "网民": "internet users",
    "代表": "delegates",
    "嘉宾": "guests",
    "志愿者": "volunteers",
    # people counted by what they are (近10萬難民, 4萬8,156官兵, 800多萬大學生)
    "难民": "refugees",
    "灾民": "disaster victims",
    "移民": "migrants",
    "官兵": "troops",
    "士兵": "soldiers",
    "军人": "soldiers",
    "志愿军": "troops",
    "美军": "US troops",
    "大学生": "university students",
    "毕业生": "graduates",
    "考生": "candidates",
    "农民工": "migrant workers",
    "农民": "farmers",
    "工人": "workers",
    "劳工": "workers",
    "打工者": "workers",
    "患者": "patients",
    "病人": "patients",
    "儿童": "children",
    "长者": "elderly people",
    "老人": "elderly people",
    "老年人": "older people",  # 300多万老年人
    "监测对象": "people monitored",  # 71.3万监测对象 (防止返贫 monitoring)
    "市民": "residents",
    "民众": "people",
    "选民": "voters",
    "乘客": "passengers",
    "司机": "drivers",  # 逾3萬活躍兼職司機
    "旅客": "travellers",
    "粉丝": "fans",
    "人数": "people",
    "群众": "people",
    "人民": "people",
    "村民": "villagers",
    "牧民": "herders",
    "渔民": "fishermen",
    "网友": "internet users",
    "读者": "readers",
    "创作者": "creators",  # 460 万内容创作者 (figures31 dev 16)
    "消费者": "consumers",
    "党员": "party members",
    # people named by their work (全国60多万基层农技人员: figures50 dev 07; 3万名干部)
    "人员": "staff",
    "干部": "officials",
}
PEOPLE_NOUNS_EN = frozenset(PEOPLE_NOUNS.values())

# What a count counts: a noun (Simplified) → (its English plural, how far from the count it is read). One table, a flag
# per noun (session 46: it was two, NOUNS and COUNTED_NOUNS, beside each other):
# - PHRASE: the noun is looked for in the whole noun phrase after a count (and right before it), picks among the nouns
#   there (the head is last: 品牌门店) and is a cue that a number is a count (extract's _head_noun);
# - BESIDE: the English only, where the noun stands right beside the count (3个省份, 房产163套) and no PHRASE noun was
#   found (extract's _beside_noun): never a cue that makes a number a count nor one that picks among nouns further off.
#   Session 45 (issue 13: "31个省份" was "31", "3.19 mn" for 319万台收割机): the nouns most often written beside a
#   count that said no noun, over every dev set; general news vocabulary (land and buildings, places, transport,
#   facilities, documents, cases), not one article's words. Made PHRASE, they replaced 104 nouns already right with
#   wrong ones (80名 -> "80 properties", 300城 -> "300 plots of land").
PHRASE, BESIDE = "phrase", "beside"
NOUN_TABLE: dict[str, tuple[str, str]] = {
    "记录": ("records", PHRASE),
    "企业": ("companies", PHRASE),
    "公司": ("companies", PHRASE),
    "厂商": ("companies", PHRASE),
    "商家": ("merchants", PHRASE),
    "商户": ("merchants", PHRASE),
    "高校": ("universities", PHRASE),
    "大学": ("universities", PHRASE),
    "院校": ("universities", PHRASE),
    "学校": ("schools", PHRASE),
    "工作岗位": ("jobs", PHRASE),
    "就业岗位": ("jobs", PHRASE),
    "就业": ("jobs", PHRASE),  # 餐饮业三四千万的就业
    "岗位": ("jobs", PHRASE),
    "平台": ("platforms", PHRASE),
    "基地": ("bases", PHRASE),
    "部门": ("departments", PHRASE),
    "项目": ("projects", PHRASE),
    "园区": ("parks", PHRASE),
    "产业园": ("parks", PHRASE),
    "创新园": ("parks", PHRASE),
    "生态园": ("parks", PHRASE),
    "场景": ("scenarios", PHRASE),
    "活动": ("events", PHRASE),
    "举措": ("measures", PHRASE),
    "措施": ("measures", PHRASE),
    "政策": ("policies", PHRASE),
    "机构": ("institutions", PHRASE),
    "单位": ("organisations", PHRASE),
    "服务": ("services", PHRASE),
    "服务器": ("servers", PHRASE),  # 5台服务器 (the longer word first: not "services")
    "行动方案": ("action plans", PHRASE),
    "方案": ("plans", PHRASE),
    "城市": ("cities", PHRASE),
    "产品": ("products", PHRASE),
    "门店": ("stores", PHRASE),
    "店铺": ("stores", PHRASE),
    "首店": ("flagship stores", PHRASE),
    "医院": ("hospitals", PHRASE),
    "国家和地区": ("countries and regions", PHRASE),
    "国家": ("countries", PHRASE),
    "成果": ("results", PHRASE),
    "团队": ("teams", PHRASE),
    "专利": ("patents", PHRASE),
    "品牌": ("brands", PHRASE),
    "直播间": ("livestream rooms", PHRASE),
    "人次": ("visits", PHRASE),
    "参展商": ("exhibitors", PHRASE),
    "展商": ("exhibitors", PHRASE),
    "展位": ("booths", PHRASE),
    "车牌": ("licences", PHRASE),
    "案例": ("cases", PHRASE),
    "案件": ("cases", PHRASE),  # 一宗案件 (宗 says no noun of its own: land parcels, deals and cases, review s20 R3)
    "标准": ("standards", PHRASE),
    "实验室": ("labs", PHRASE),
    "数据中心": ("data centres", PHRASE),
    "中心": ("centres", PHRASE),
    "社区": ("communities", PHRASE),
    "机器人": ("robots", PHRASE),
    "基站": ("base stations", PHRASE),
    "作品": ("works", PHRASE),
    "课程": ("courses", PHRASE),
    "家庭": ("households", PHRASE),
    "村": ("villages", PHRASE),
    "村庄": ("villages", PHRASE),  # 2.7万个村庄实现… (the whole word: 村 alone does not end it)
    "行政区": ("administrative divisions", PHRASE),  # 18个行政区, 289个地级行政区 (prefectures)
    "车辆": ("vehicles", PHRASE),
    "集装箱": ("containers", PHRASE),  # 24000个标准集装箱 (the head of a chain of nouns: not "standards")
    "网点": ("outlets", PHRASE),
    "孵化器": ("incubators", PHRASE),
    "景区": ("scenic spots", PHRASE),
    "酒店": ("hotels", PHRASE),
    "餐厅": ("restaurants", PHRASE),
    "商场": ("malls", PHRASE),
    "超市": ("supermarkets", PHRASE),
    "展馆": ("exhibition halls", PHRASE),
    "场馆": ("venues", PHRASE),
    "学院": ("colleges", PHRASE),
    "研究院": ("research institutes", PHRASE),
    "协会": ("associations", PHRASE),
    "联盟": ("alliances", PHRASE),
    "客户": ("clients", PHRASE),
    "订单": ("orders", PHRASE),  # 數以十萬計的網約車出行訂單
    "独角兽": ("unicorns", PHRASE),
    "上市公司": ("listed companies", PHRASE),
    "银行": ("banks", PHRASE),
    "工厂": ("factories", PHRASE),
    # 500至700个生物质能发电厂, 100多家生物质能电厂 (tester s26 U6; not 电站: 换电站, 充电站 are no power stations)
    "发电厂": ("power plants", PHRASE),
    "电厂": ("power plants", PHRASE),
    "新生儿": ("births", PHRASE),
    "病例": ("cases", PHRASE),
    "感染人数": ("infections", PHRASE),
    # a population or group counted by a 万/亿 number (200多万农户, 300多万各族群众, 14亿多中国人民)
    "农户": ("farming households", PHRASE),
    # a reach counted like people (几百万阅读量, 上亿播放量)
    "阅读量": ("reads", PHRASE),
    "浏览量": ("views", PHRASE),
    "播放量": ("plays", PHRASE),
    **{word: (en, PHRASE) for word, en in PEOPLE_NOUNS.items()},
    # read only right beside a count (session 45)
    "土地": ("plots of land", BESIDE),
    "地块": ("plots", BESIDE),
    "用地": ("sites", BESIDE),
    "个案": ("cases", BESIDE),
    "骗案": ("fraud cases", BESIDE),
    "职位空缺": ("vacancies", BESIDE),
    "职位": ("jobs", BESIDE),
    "学位": ("school places", BESIDE),
    "宿位": ("places", BESIDE),
    "托位": ("childcare places", BESIDE),
    "名额": ("places", BESIDE),
    "省": ("provinces", BESIDE),
    "省份": ("provinces", BESIDE),
    "省市": ("provinces and cities", BESIDE),
    "地区": ("regions", BESIDE),
    "区域": ("areas", BESIDE),
    "乡镇": ("townships", BESIDE),
    "小镇": ("towns", BESIDE),
    "县城": ("county towns", BESIDE),
    "小区": ("housing estates", BESIDE),
    "工程": ("projects", BESIDE),
    "基金": ("funds", BESIDE),
    "行业": ("industries", BESIDE),
    "产业": ("industries", BESIDE),
    "领域": ("fields", BESIDE),
    "品种": ("varieties", BESIDE),
    "型号": ("models", BESIDE),
    "车型": ("models", BESIDE),
    "牌照": ("licences", BESIDE),
    "别墅": ("villas", BESIDE),
    "豪宅": ("luxury homes", BESIDE),
    "住房": ("homes", BESIDE),
    "住宅": ("homes", BESIDE),
    "房屋": ("homes", BESIDE),
    "房产": ("properties", BESIDE),
    "物业": ("properties", BESIDE),
    "房间": ("rooms", BESIDE),
    "大楼": ("buildings", BESIDE),
    "楼宇": ("buildings", BESIDE),
    "建筑": ("buildings", BESIDE),
    "病床": ("beds", BESIDE),
    "床位": ("beds", BESIDE),
    "摊位": ("stalls", BESIDE),
    "路线": ("routes", BESIDE),
    "线路": ("routes", BESIDE),
    "航线": ("routes", BESIDE),
    "列车": ("trains", BESIDE),
    "航班": ("flights", BESIDE),
    "飞机": ("aircraft", BESIDE),
    "汽车": ("cars", BESIDE),
    "消防车": ("fire engines", BESIDE),
    # session 49 (new user s48 U7: 57架救护车 -> "57", 7座大厦 -> "7", 逾十三万个检测 -> "over 130,000")
    "救护车": ("ambulances", BESIDE),
    "直升机": ("helicopters", BESIDE),
    "大厦": ("buildings", BESIDE),
    "检测": ("tests", BESIDE),
    "桥梁": ("bridges", BESIDE),
    "车厢": ("carriages", BESIDE),
    "生命": ("lives", BESIDE),
    "路灯": ("street lights", BESIDE),
    "街灯": ("street lights", BESIDE),
    "锅炉": ("boilers", BESIDE),
    "纪录片": ("documentaries", BESIDE),
    "影片": ("films", BESIDE),
    "电影": ("films", BESIDE),
    "样本": ("samples", BESIDE),
    "车票": ("tickets", BESIDE),
    "房子": ("homes", BESIDE),
    "清真寺": ("mosques", BESIDE),
    "看板": ("billboards", BESIDE),  # 38面看板 (figures58 dev-retired44 07, a campaign's costs)
    "广告牌": ("billboards", BESIDE),
    "国旗": ("flags", BESIDE),
    "锦旗": ("banners", BESIDE),
    "收割机": ("harvesters", BESIDE),
    "内燃机": ("engines", BESIDE),
    "手机": ("phones", BESIDE),
    "电梯": ("lifts", BESIDE),
    "大棚": ("greenhouses", BESIDE),
    "站点": ("sites", BESIDE),
    "教室": ("classrooms", BESIDE),
    "课室": ("classrooms", BESIDE),
    "公园": ("parks", BESIDE),
    "水库": ("reservoirs", BESIDE),
    "河流": ("rivers", BESIDE),
    "支流": ("tributaries", BESIDE),
    "矿山": ("mines", BESIDE),
    "生产线": ("production lines", BESIDE),
    "充电桩": ("charging points", BESIDE),
    "设施": ("facilities", BESIDE),
    "图书馆": ("libraries", BESIDE),
    "博物馆": ("museums", BESIDE),
    "卫生室": ("clinics", BESIDE),
    "诊所": ("clinics", BESIDE),
    "服务站": ("service stations", BESIDE),
    "养殖场": ("farms", BESIDE),
    "农场": ("farms", BESIDE),
    "牧场": ("farms", BESIDE),
    "合作社": ("cooperatives", BESIDE),
    "开发区": ("development zones", BESIDE),
    "经开区": ("development zones", BESIDE),
    "自然保护区": ("nature reserves", BESIDE),
    "零售点": ("retail outlets", BESIDE),
    "营运商": ("operators", BESIDE),
    "运营商": ("operators", BESIDE),
    "经济体": ("economies", BESIDE),
    "税种": ("taxes", BESIDE),
    "商品": ("products", BESIDE),
    "药品": ("drugs", BESIDE),
    "贷款": ("loans", BESIDE),
    "合同": ("contracts", BESIDE),
    "协议": ("agreements", BESIDE),
    "文件": ("documents", BESIDE),
    "版本": ("versions", BESIDE),
    "罪名": ("charges", BESIDE),
    "指标": ("indicators", BESIDE),
    "阶段": ("stages", BESIDE),
    "因素": ("factors", BESIDE),
    "条件": ("conditions", BESIDE),
    "话题": ("topics", BESIDE),
    "漏洞": ("vulnerabilities", BESIDE),
    "配额": ("quotas", BESIDE),
    "奖牌": ("medals", BESIDE),
    "金牌": ("gold medals", BESIDE),
    "银牌": ("silver medals", BESIDE),
    "铜牌": ("bronze medals", BESIDE),
    "股票": ("stocks", BESIDE),
    "个股": ("stocks", BESIDE),
    "网站": ("websites", BESIDE),
    "页面": ("pages", BESIDE),
    "图书": ("books", BESIDE),
}
assert all(reach in (PHRASE, BESIDE) for _, reach in NOUN_TABLE.values())
# Its two reaches, as extract reads them (in the table's order)
NOUNS: dict[str, str] = {word: en for word, (en, reach) in NOUN_TABLE.items() if reach == PHRASE}
BESIDE_NOUNS: dict[str, str] = {word: en for word, (en, reach) in NOUN_TABLE.items() if reach == BESIDE}

# Hedge words in front of a number: word → (qualifier, English word or None for default).
HEDGES_BEFORE: dict[str, tuple[str, str | None]] = {
    "超过": ("over", None),
    "超出": ("over", None),
    "逾": ("over", None),
    "超": ("over", None),
    "多于": ("over", None),
    "高于": ("over", None),
    "大于": ("over", None),
    "突破": ("over", None),
    "破": ("over", None),  # GDP破100万亿元, 估值破10亿美元 (not 打破, 攻破: extract)
    "跌破": ("under", "below"),  # 最新的报价已跌破3,500美元
    # comparison signs in targets and tables: 成人吸烟率＜19%, 人均健康预期寿命≥71岁
    "<": ("under", "under"),
    "＜": ("under", "under"),
    "≤": ("under", "up to"),
    "≦": ("under", "up to"),
    ">": ("over", "over"),
    "＞": ("over", "over"),
    "≥": ("over", "at least"),
    "≧": ("over", "at least"),
    "上看": ("under", "up to"),  # 油价要上看100美元, 上看61亿美元的募资
    "站上": ("over", None),  # a level a price stands above: 成交單價站上22萬元 (not 网站上, 车站上: extract checks)
    "挑战": ("under", "up to"),  # a forecast's reach: 第1季稅前有挑戰90億元實力 (as 上看)
    "过": ("over", None),
    "刚过": ("over", "just over"),  # 增幅刚过9% (过 alone only before a bare scale: 过万)
    "刚刚过": ("over", "just over"),
    "上": ("over", None),  # 上 only for bare scales: 上百家, 上万人
    "至少": ("over", "at least"),
    "最少": ("over", "at least"),
    "最低": ("over", "from"),  # 票价最低为182美元, 最高为1370美元: a floor
    "最平": ("over", "from"),  # Cantonese: 折实呎价最平17,908元 (the cheapest, a floor)
    "不少于": ("over", "at least"),
    "不低于": ("over", "at least"),
    "约": ("approx", None),
    "大约": ("approx", None),
    "约为": ("approx", None),
    "约合": ("approx", None),  # 约合新台币2兆元 (about, converted)
    "大概": ("approx", None),
    "大致": ("approx", None),  # 目前大致1.5万亿元的A股现货市场
    # "about at" a level (產值約在 550 億美元, 大约在500元左右): 在 places the number, the hedge is the 约
    "约在": ("approx", None),
    "大约在": ("approx", None),
    "大概在": ("approx", None),
    "大致在": ("approx", None),
    "近": ("nearly", None),
    "将近": ("nearly", None),
    "接近": ("nearly", None),
    "近乎": ("nearly", None),
    "逼近": ("nearly", None),
    "不到": ("under", None),
    "不足": ("under", "less than"),
    "未满": ("under", None),
    "少于": ("under", "less than"),
    "低于": ("under", None),
    # 最高 "up to": the spec has no "max" qualifier; a cap is an upper bound, so under.
    "最高": ("under", "up to"),
    "上限": ("under", "up to"),  # 上限为2万元: a cap (budget relief, subsidies)
    # "can reach": the most it may come to (出苗率可达100%, 年产值可达20亿元, 可達13萬元), as the gold of
    # figures4-6 reads it; a bound, not the figure (高达 "as many as" is the figure itself)
    "可达": ("under", "up to"),
    "可达到": ("under", "up to"),
    "限制在": ("under", "up to"),  # 牌照限制在10,000個: a cap
    # a limit set by a verb of limiting (每天限流2万人次, 每人限购2套, 限量500台, 限载4人, 限200人): a cap
    # (期限, 年限, 时限, 权限 … end in 限 and are no cap: extract checks the character before)
    "限": ("under", "up to"),
    "限流": ("under", "up to"),
    "限购": ("under", "up to"),
    "限量": ("under", "up to"),
    "限载": ("under", "up to"),
    "限额": ("under", "up to"),
    "下限": ("over", "at least"),  # 下限为3%: a floor
    "最多": ("under", "up to"),
    "不超过": ("under", "up to"),
    "不高于": ("under", "up to"),
    "不多于": ("under", "up to"),
    "小于": ("under", "less than"),
    # a rule's cap or floor with a modal between (不得超过15桌, 不得高于50%, 不能低于1亿元)
    **{f"不{modal}{bound}": ("under", "up to") for modal in "得能可应宜" for bound in ("超过", "高于", "多于")},
    **{f"不{modal}{bound}": ("over", "at least") for modal in "得能可应宜" for bound in ("低于", "少于")},
    "起码": ("over", "at least"),
    "至多": ("under", "up to"),
    "多达": ("exact", None),
    # "as much as": the figure itself (exact), said with its hedge (年薪高达40万美元: as much as USD 400,000;
    # counts say "as many as"; a change, 暴跌高达92.86%, is the change: extract drops it)
    "高达": ("exact", "as much as"),
}

# A negation before an "over" hedge, a short modal or adverb between or none, makes it a cap (not over):
# 不超5亿元, 不会超过388港元, 未能超过5%, 没有超过3万元 (peer5 K4, review s42 R1). Read by figures.extract's
# _hedge_before right before the hedge it found, so every "over" word takes it, not a list of phrases.
NEGATIONS = ("不", "未", "没", "没有", "并不", "并未", "从不", "从未", "绝不", "决不", "永不")
NEGATED_MODALS = (
    "会", "许", "准", "致", "再", "应", "应该", "应当", "得", "能", "能够",
    "可", "可以", "可能", "宜", "曾", "至于", "会再", "敢",
)  # fmt: skip
# the "under" words a negation turns into a floor (不会少于300人, 未低于3%: at least); 不到, 不足 carry their own 不
NEGATED_FLOORS = ("少于", "低于", "小于")
# negations that also mean "without" (没有上亿元的资金…无法实现: a need, not a cap; review s42 R5): they negate the
# bound only where the figure does not go on to describe a noun (…3万元的存款)
WITHOUT = ("没", "没有")

# After the unit: 以上 over, 以下/以内 under, 左右 approx.
HEDGES_AFTER: dict[str, str] = {
    "或以上": "over",
    "及以上": "over",  # 1000万元及以上 (policy tiers)
    "及以下": "under",
    "或者更多": "over",
    "或更多": "over",
    "以上": "over",
    "之多": "over",
    "以下": "under",
    "以内": "under",
    "左右": "approx",
    "上下": "approx",
    "出头": "over",
    "有余": "over",
    "开外": "over",
    # 去年连1%都不到, 3成不到: "not even", "under"; not 不到场, 不到位 (extract checks)
    "都不到": "under",
    "也不到": "under",
    "还不到": "under",
    "不到": "under",
    "之内": "under",
    "附近": "approx",  # 3%附近, 52美元附近
    "之谱": "approx",
    "甚至更高": "over",  # 每坪成交價落在22萬元甚至更高
    "或更高": "over",
    "甚至更多": "over",  # 達到1200億美元之譜 ("in the order of")
    "为上限": "under",  # 每戶每季1,500元為上限
    "入场": "over",  # Hong Kong property: 折实售价399.78万元入场 (entry price: "from")
    "起跳": "over",  # Taiwan: 每坪50万元起跳
    "起步": "over",  # 过夜100元起步 ("from"); not 起步价, 起步阶段 (extract checks)
    "起": "over",  # a price floor: 99元起, 总价688万起 ("from"); not 起诉, 起来 … (extract checks)
    "+": "over",  # 10万+/平方米, 阅读量10万+: "and more" (not 1+5+N: extract checks what follows)
}

# Includes rate moves (上调/下调 0.25个百分点) and the Taiwan/Hong Kong forms: 年增/月增/季增
# (year/month/quarter on), 成长 (growth), 按年 (year on year, handled by the verb after it).
GROWTH_UP = (
    "升",
    "高开",
    "收涨",
    "同比增长",
    "环比增长",
    "同比增加",
    "同比提高",
    "同比上升",
    "增长",
    "增加",
    "提高",
    "提升",
    "上升",
    "上涨",
    "增幅",
    "增速",
    "增长幅度",
    "上涨幅度",
    "涨幅",
    "涨",
    "上调",
    "调升",
    "调高",
    "年增",
    "月增",
    "季增",
    "周增",
    "成长",
    "大涨",
    "暴涨",
    "飙涨",
    "飙升",
    "升值",
    # the bare verb (按年增5%) and rebounds (反弹3%, 走高, 上扬, 劲扬: 早盘劲扬5元)
    "增",
    "反弹",
    "走高",
    "上扬",
    "劲扬",
    "高收",  # a close higher (高收2%, 收高1.5%), as 低收 a close lower
    "收高",
    # a rate of growth that quickens (增速比一季度加快0.1个百分点, tester s18 F11: was unsigned)
    "加快",
    # a central bank's or a lender's rate raised (加息0.25厘, review s19 R7)
    "加息",
    "升息",
    "升准",  # a reserve-ratio hike, as 降准 a cut
    # a scale or a gap that widens (出口规模扩大12.7%, tester s20 F8: was unsigned); not 降幅扩大 (extract checks)
    "扩大",
    "上行",  # a yield that moves up (收益率上行8个基点; tester s22 T19)
    # a rise verb with its object, the price (涨价10%, 提价5%), as 降价 a cut
    "涨价",
    "提价",
    "加价",
    "涨价幅度",
    "加薪",
    "增产",
)
# Cuts of staff and costs saved: they sign a percent after them as a cut (GROWTH_DOWN), and an amount after them is
# the number cut or saved, no change of a level (extract._NO_DIRECTION: 裁员3000人 is 3000 people, not -3000). One
# table for both (the duplicates hook's pair, session 37).
CUT_WORDS = (
    "裁员",  # a cut of staff (计划裁员10%: figures34 12, -10)
    # ... said with the verb and its object after (解雇75%的员工, 实际解雇了50%: figures39 dev-retired32 09;
    # 裁减一半员工)
    "解雇",
    "裁减",
    # ... and of a cost saved (客户省了45%: figures42 dev 11; 节省30%的电费); not 省 alone (a province)
    "节省",
    "节约",
    "省了",
    "省下",
)
GROWTH_DOWN = (
    "下行",  # a yield that moves down (收益率下行5个基点: tester s22 T19, was unsigned)
    "跌",
    "低开",
    "收跌",
    # a close lower, said of the price (恒大健康…低收6%, 恒指收低1.2%: Hong Kong's market reports; figures35
    # dev-retired30)
    "低收",
    "收低",
    "同比下降",
    "环比下降",
    "同比减少",
    "下降",
    "下滑",
    # a loss in percent (亏了9.5%, 亏损20%: tester s24 T10); a sum lost is what was lost (extract's _NO_DIRECTION)
    "亏",
    "亏损",
    "减少",
    "降低",
    "回落",
    "下跌",
    "跌幅",
    "降幅",
    "减幅",
    "下降幅度",
    "下滑幅度",
    "下跌幅度",
    "下调幅度",  # 下调幅度超10%: a forecast cut, its size (figures33 dev-retired29 03)
    "调降幅度",
    "降低幅度",
    "减少幅度",
    "回落幅度",
    "缩减",
    "下调",
    "调降",
    "调低",
    "放缓",  # a rate of growth that slows (增速放缓0.3个百分点)
    "减缓",
    # a rate cut (减息0.25厘, 降息25个基点: review s19 R7, were unsigned)
    "减息",
    "降息",
    # a cut of the reserve requirement ratio (降准0.5个百分点, 降准累计超过300个基点: figures15 conv. 6, -3 pp)
    "降准",
    "年减",
    "月减",
    "季减",
    "周减",
    "衰退",
    # a negative contribution (统计公报: 负向拉动全市投资8.7个百分点)
    "负向拉动",
    "负拉动",
    # market moves said with a verb of force: 重挫逾20%, 惨跌40%-50%, 贬值40%
    "重挫",
    "下挫",
    "大跌",
    "暴跌",
    "惨跌",
    "急跌",
    "贬值",
    "贬",  # a currency's fall (星幣小貶0.28%, 台幣昨貶1.58角); not 贬值's rise 升值
    # a loss of a share of a sum (本金损失了70%多: -70), like 贬值
    "损失",
    # the bare verbs (同比降5%, 按年减3%) and falls said otherwise: 萎缩, 收缩 (an economy),
    # 倒退 (results), 滑落, 挫 (股价挫5%), 泻 (急泻), 缩水, 走低, 回吐 (gives back gains)
    "降",
    "减",
    "萎缩",
    "收缩",
    "倒退",
    "滑落",
    "挫",
    "泻",
    "缩水",
    "走低",
    "回吐",
    # less than before or than another (用的 Token 少 30%, 比去年少30%): only where 少 is a word of its own (extract
    # checks: not 至少, 最少, 不少, 多少, 青少年)
    "少",
    # a cut (通关时长压缩60%以上), a time shortened (所需的时间缩短了 29%: figures41 dev-retired33 13, FIGURES_GOLD §11)
    "压缩",
    "缩短",
    # a gap or a scale that shrinks (差距缩小0.8个百分点, tester s20 F8: was unsigned); not 降幅缩小 (extract checks)
    "缩小",
    # a sum whose size narrows by a percent (a trade surplus …同比收窄5.1%: figures47 dev-retired36 01, -5.1); only
    # before a % and not of a fall, a deficit or a loss (降幅收窄2.2个百分点, 逆差…收窄9.8%: unsigned; extract)
    "收窄",
    # a forecast revised down (預測下修0.3個百分點: Taiwan's word), negative growth (負成長3%, 负增长3%), a share that
    # dropped (市占率掉了2個百分點): falls said otherwise (s32, were unsigned)
    "下修",
    "负成长",
    "负增长",
    "掉了",
    # a fall verb with its object, the price (平均降价超50%, 减价三成, 降价幅度达20%): a price cut is a change, signed
    # (FIGURES_GOLD.md section 4, the lead's session-32 ruling; s33, were unsigned)
    "降价",
    "减价",
    "削价",
    "跌价",
    "降价幅度",
    # ... and with pay or output (减薪30%到50%, 降薪两成, 减产20%, 比上年减产849吨: down 849 t)
    "减薪",
    "降薪",
    "减产",
    *CUT_WORDS,
)

# The signs between a range's two bounds (两到三万, 2-3万元, 1~5, 100—500亩): one table every range pattern of the
# grammar is built from (extract's RANGE_SIGN, RANGE_SIGN_CHARS). A word is one sign; a dash, with how many times it
# may stand repeated as one sign (1--5万元, 1——5: two).
RANGE_WORDS = ("至", "到")
RANGE_DASHES = {"-": 2, "~": 1, "～": 1, "—": 2, "–": 1, "－": 2, "─": 2, "―": 1}

# Years: 到/至 before the number, 年前/年底前 after, make a deadline (kind year).
YEAR_MIN, YEAR_MAX = 1900, 2100
