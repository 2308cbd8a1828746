"""Unit, hedge and noun tables: the vocabulary the extractor recognises.

Kept apart from the scanning logic so that adding a currency or a measure word is a
one-line change that cannot disturb the scanner.
"""

from __future__ import annotations

import re

# Written currency → ISO 4217: the one table of currency words (query.py reads it too).
# Longest names first in the regexes built from it. The bare words for "dollar/yuan"
# (元, 圆, 块钱) are not here: their currency is the region's (BARE_CURRENCY_WORDS).
CURRENCIES: dict[str, str] = {
    "人民币": "CNY", "美元": "USD", "美金": "USD", "港元": "HKD", "港币": "HKD",
    "欧元": "EUR", "日元": "JPY", "日圆": "JPY", "日币": "JPY", "英镑": "GBP",
    "韩元": "KRW", "韩币": "KRW", "新台币": "TWD", "台币": "TWD", "澳元": "AUD", "澳币": "AUD",
    "加元": "CAD", "加币": "CAD", "澳门元": "MOP", "澳门币": "MOP", "葡币": "MOP",
    "卢布": "RUB", "瑞士法郎": "CHF", "瑞郎": "CHF", "新加坡元": "SGD", "新币": "SGD",
    "泰铢": "THB", "印度卢比": "INR", "卢比": "INR", "林吉特": "MYR", "令吉": "MYR",
    "马币": "MYR", "越南盾": "VND", "印尼盾": "IDR", "菲律宾比索": "PHP", "新西兰元": "NZD",
    "纽元": "NZD", "土耳其里拉": "TRY", "里拉": "TRY", "兰特": "ZAR", "雷亚尔": "BRL",
    "迪拉姆": "AED", "沙特里亚尔": "SAR", "瑞典克朗": "SEK", "挪威克朗": "NOK",
    "丹麦克朗": "DKK", "墨西哥比索": "MXN", "美圆": "USD", "奈拉": "NGN", "比索": "PHP",
    "巴基斯坦卢比": "PKR", "埃及镑": "EGP", "新谢克尔": "ILS", "波兰兹罗提": "PLN",
}
# "元" and its spoken and older forms: the currency is the briefing's region's.
BARE_CURRENCY_WORDS = ("元", "圆", "块钱")
# Symbols and ISO codes written before (US$5, HKD13.5) or, codes, after the number.
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "HK$": "HKD", "NT$": "TWD", "MOP$": "MOP", "S$": "SGD", "A$": "AUD",
    "C$": "CAD", "NZ$": "NZD", "$": "USD", "￥": "CNY", "¥": "CNY", "€": "EUR", "£": "GBP",
    "₩": "KRW", "₹": "INR", "฿": "THB",
}
CURRENCY_CODES: dict[str, str] = {
    code: code for code in (
        "CNY", "USD", "HKD", "TWD", "MOP", "EUR", "GBP", "JPY", "KRW", "AUD", "CAD", "CHF",
        "RUB", "SGD", "THB", "INR", "MYR", "VND", "IDR", "PHP", "NZD", "TRY", "ZAR", "BRL",
        "AED", "SAR", "SEK", "NOK", "DKK", "MXN", "NGN", "PKR", "EGP", "ILS", "PLN",
    )
} | {"RMB": "CNY", "NTD": "TWD"}

# Region → the currency of a bare 元 there.
REGION_CURRENCY: dict[str, str] = {"mainland": "CNY", "hk": "HKD", "mo": "MOP", "tw": "TWD"}
# Words that place a text in a region (Simplified; extract folds Traditional first).
# Weighted: a currency name is near-proof, an institution strong, a place name weak.
REGION_WORDS: dict[str, tuple[tuple[str, int], ...]] = {
    # A currency name alone does not move a text: mainland papers quote 港元 and 新台币.
    "tw": (("新台币", 3), ("台币", 2), ("行政院", 3), ("立法院", 3), ("金管会", 3),
           ("国发会", 3), ("主计总处", 3), ("经济部", 2), ("台北", 1), ("台湾", 1),
           ("高雄", 1), ("台中", 1), ("新北", 1), ("坪", 1)),
    "hk": (("港元", 2), ("港币", 2), ("财政司司长", 3), ("立法会", 2), ("特首", 3),
           ("港府", 3), ("香港特区政府", 3), ("政府统计处", 2), ("金管局", 2), ("香港", 1),
           ("港股", 1)),
    "mo": (("澳门元", 3), ("澳门币", 3), ("葡币", 3), ("澳门特区政府", 3), ("澳门", 2),
           ("立法会", 1), ("博彩", 1)),
    "mainland": (("人民币", 2), ("国务院", 2), ("发改委", 2), ("工信部", 2), ("省委", 2),
                 ("市委", 2), ("自治区", 1)),
}
# Publishers (as ingest reads a source line) whose home region is known.
REGION_SOURCES: dict[str, tuple[str, ...]] = {
    "tw": ("中央社", "中央通讯社", "联合报", "联合新闻网", "udn", "自由时报", "中国时报",
           "工商时报", "钜亨", "ETtoday", "风传媒", "天下杂志", "商业周刊", "数位时代",
           "中时新闻网", "公视", "TVBS"),
    "hk": ("明报", "星岛", "香港经济日报", "hket", "信报", "东方日报", "头条日报", "香港01",
           "am730", "香港电台", "RTHK", "政府新闻网", "经济通", "成报", "商报", "大公",
           "文汇"),
    "mo": ("澳门日报", "力报", "论尽", "澳广视", "市民日报", "正报"),
}

# Area unit → square metres per unit.
AREAS: dict[str, float] = {
    "平方公里": 1e6, "平方千米": 1e6, "km²": 1e6, "km2": 1e6,
    "平方米": 1.0, "平米": 1.0, "m²": 1.0, "m2": 1.0, "㎡": 1.0,
    "公顷": 1e4, "亩": 10_000 / 15,  # 1 mu = 1/15 ha
    # Taiwan and Hong Kong: 平方公尺 is the square metre; 坪 (Taiwan, 400/121 m²);
    # property in Hong Kong is sold in square feet (平方呎, 方呎, 平方英尺).
    "平方公尺": 1.0, "坪": 400 / 121,
    "平方英尺": 0.09290304, "平方呎": 0.09290304, "方呎": 0.09290304,
}

# Measure words that make a number a count. Each entry is a regex alternative, with
# look-aheads that keep out the words they start (个月 is a duration, 支持 a verb, ...).
MEASURES: tuple[str, ...] = (
    "人次", "部门",
    # 个月 is a duration; 四个方面 / 三个层面 is the structure of a speech, not a count
    "个(?!月|多月|半月|小时|工作日|季度|星期|礼拜|百分点|交易日|年头|方面|层面|维度)",
    "家(?!庭|乡|人|园)", "所(?!有|以|得|在|属|谓)", "名(?!称|单|字|义|列|牌)", "位(?!数|于|置|一体)",
    "人(?!民|工|才|均|口|气|类|员)", "场(?!景|所|地|馆|合|次|面)", "项(?!目标)",
    "项目", "组(?!织|建|成|合)", "座", "条(?!件|例|款)", "款(?!项)", "批(?!准|复)",
    "台(?!湾|阶|风)", "件(?!事)", "套", "支(?!持|付|出|撑|柱)", "辆", "架(?!构)", "户",
    "间(?!接|隔)", "栋", "幢", "处(?!理|长|于|置|在)", "份(?!额)", "种(?!植|子)",
    "类(?!似)", "张", "篇", "部(?!分|署|长|委|分)", "颗", "枚", "次(?!元|数|级|要|序|日)",
    # flights (架次), plots of land (幅), flats in Hong Kong (伙), deals or cases (宗),
    # wafers, panels (片): measure words common in business news
    "架次", "幅(?!度|员|画|图)", "伙(?!伴|食|计|同)", "宗(?!教|旨|师|族|亲)",
    "片(?!区|面|刻|段|场|子|断|中|状|酬)",
    # ships, holes (golf, tunnels), trees and plants, animals, cases, books, courses,
    # wells; 块 is a count here and money when it stands for 元 (decided in extract)
    "艘", "洞(?!察|见|穴|口|悉)", "株(?!式)", "棵", "头(?!部|条|号|脑|等|版|衔|目|发|像)",
    "只(?!有|是|要|能|会|在|需|用|不|得|好|剩|想|为|因|占|限|针|对)", "匹(?!配|敌)",
    "例(?!如|外|子|行|会|证)", "册", "门(?!店|口|户|槛|类|票|窗|诊|前|外|下|市|面|路|类)",
    "口(?!径|岸|号|罩|碑|味|气|语|头|述|子|感|令)", "块(?!钱)", "名额",
    # train cars, dishes and barriers, packs, pairs, letters, incidents
    "节(?!日|目|约|能|省|点|奏|假|庆|气|课|制|水|电|俭|拍|选|次|前|后)",
    "道(?!路|理|德|歉|教|具|家|观|士|别|贺|口|义|上|中|下|出|来|里|题|地|光)",
    "包(?!括|含|装|容|袱|裹|头|干|机|车|子|间|厢|邮|揽|围|庇)",
    "双(?!方|边|向|重|手|眼|语|胞|休|赢|创|节|城|层|倍|月|号|亲|人|脚|循|碳|减|一|流|轨|核|高|打|周|百)",
    "封(?!锁|闭|面|装|存|顶|号|印|控|杀|城|建|疆|底|堵|口)",
    "起(?!来|步|点|飞|草|诉|床|源|初|始|伏|色|身|跑|码|重|价|到|见|止|因|居|用|航|降|动|征|算|拍|付|租|售)",
)

# Measure words whose English default noun is safe when no noun follows.
MEASURE_NOUN_DEFAULTS: dict[str, str] = {
    "家": "companies", "名": "people", "位": "people", "人": "people",
    "所": "institutions", "场": "events", "部门": "departments", "人次": "visits",
    "项目": "projects", "辆": "vehicles", "架次": "flights", "户": "households",
    "艘": "ships", "株": "plants", "棵": "trees", "例": "cases", "宗": "cases", "起": "cases",
    "双": "pairs", "封": "letters", "头": "head",
}
# Measure words that name what they count: their noun beats one found before the number
# (企业集团共销售汽车297.9万辆 counts vehicles, not companies).
SELF_NAMING_MEASURES = frozenset({"辆", "架次", "人次"})

# Head nouns (Simplified) → English plural. Matched in the noun phrase after a count.
NOUNS: dict[str, str] = {
    "企业": "companies", "公司": "companies", "厂商": "companies", "商家": "merchants",
    "商户": "merchants", "高校": "universities", "大学": "universities", "院校": "universities",
    "学校": "schools", "选手": "contestants", "工作岗位": "jobs", "就业岗位": "jobs",
    "岗位": "jobs", "平台": "platforms", "基地": "bases", "部门": "departments",
    "项目": "projects", "园区": "parks", "产业园": "parks", "创新园": "parks", "生态园": "parks",
    "场景": "scenarios", "活动": "events", "举措": "measures", "措施": "measures",
    "政策": "policies", "机构": "institutions", "单位": "organisations", "服务": "services",
    "行动方案": "action plans", "方案": "plans", "城市": "cities", "产品": "products",
    "门店": "stores", "店铺": "stores", "首店": "flagship stores", "医院": "hospitals",
    "用户": "users", "会员": "members", "国家和地区": "countries and regions", "国家": "countries",
    "成果": "results", "团队": "teams", "专利": "patents", "品牌": "brands", "主播": "streamers",
    "达人": "influencers", "直播间": "livestream rooms", "人才": "professionals", "专家": "experts",
    "学生": "students", "学员": "trainees", "观众": "visitors", "游客": "tourists",
    "参展商": "exhibitors", "展商": "exhibitors", "案例": "cases", "标准": "standards",
    "实验室": "labs", "数据中心": "data centres", "中心": "centres", "社区": "communities",
    "机器人": "robots", "基站": "base stations", "作品": "works", "课程": "courses",
    "员工": "employees", "职工": "employees", "居民": "residents", "家庭": "households",
    "村": "villages", "车辆": "vehicles", "网点": "outlets", "孵化器": "incubators",
    "景区": "scenic spots", "酒店": "hotels", "餐厅": "restaurants", "商场": "malls",
    "超市": "supermarkets", "展馆": "exhibition halls", "场馆": "venues", "学院": "colleges",
    "研究院": "research institutes", "协会": "associations", "联盟": "alliances",
    "人口": "people", "客户": "clients", "代表": "delegates", "嘉宾": "guests", "志愿者": "volunteers",
    "独角兽": "unicorns", "上市公司": "listed companies", "银行": "banks", "工厂": "factories",
}

# Hedge words in front of a number: word → (qualifier, English word or None for default).
HEDGES_BEFORE: dict[str, tuple[str, str | None]] = {
    "超过": ("over", None), "超出": ("over", None), "逾": ("over", None), "超": ("over", None),
    "多于": ("over", None), "高于": ("over", None), "大于": ("over", None), "突破": ("over", None),
    "过": ("over", None), "上": ("over", None),  # 上 only for bare scales: 上百家, 上万人
    "至少": ("over", "at least"), "不少于": ("over", "at least"), "不低于": ("over", "at least"),
    "约": ("approx", None), "大约": ("approx", None), "约为": ("approx", None),
    "大概": ("approx", None),
    "近": ("nearly", None), "将近": ("nearly", None), "接近": ("nearly", None),
    "近乎": ("nearly", None), "逼近": ("nearly", None),
    "不到": ("under", None), "不足": ("under", "less than"), "未满": ("under", None),
    "少于": ("under", "less than"), "低于": ("under", None),
    # 最高 "up to": the spec has no "max" qualifier; a cap is an upper bound, so under.
    "最高": ("under", "up to"), "最多": ("under", "up to"), "不超过": ("under", "up to"),
    "不高于": ("under", "up to"), "不多于": ("under", "up to"),
    "小于": ("under", "less than"), "起码": ("over", "at least"), "至多": ("under", "up to"),
    "多达": ("exact", None), "高达": ("exact", None),  # "as many as": the figure itself
}

# After the unit: 以上 over, 以下/以内 under, 左右 approx.
HEDGES_AFTER: dict[str, str] = {"或以上": "over", "或者更多": "over", "或更多": "over", "以上": "over", "之多": "over", "以下": "under", "以内": "under",
                                "左右": "approx", "上下": "approx", "出头": "over", "有余": "over",
                                "开外": "over", "之内": "under"}

# Includes rate moves (上调/下调 0.25个百分点) and the Taiwan/Hong Kong forms: 年增/月增/季增
# (year/month/quarter on), 成长 (growth), 按年 (year on year, handled by the verb after it).
GROWTH_UP = ("升", "高开", "收涨", "同比增长", "环比增长", "同比增加", "同比提高", "同比上升", "增长", "增加", "提高",
             "提升", "上升", "上涨", "增幅", "增速", "涨幅", "涨", "上调", "调升", "调高",
             "年增", "月增", "季增", "周增", "成长")
GROWTH_DOWN = ("跌", "低开", "收跌", "同比下降", "环比下降", "同比减少", "下降", "下滑", "减少", "降低", "回落",
               "下跌", "跌幅", "降幅", "缩减", "下调", "调降", "调低", "年减", "月减", "季减",
               "周减", "衰退")

# Years: 到/至 before the number, 年前/年底前 after, make a deadline (kind year).
YEAR_MIN, YEAR_MAX = 1900, 2100


def alternation(words: object) -> str:
    """A regex alternation of literal words, longest first so 超过 wins over 超."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]
