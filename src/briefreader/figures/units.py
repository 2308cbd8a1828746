"""Unit, hedge and noun tables: the vocabulary the extractor recognises.

Kept apart from the scanning logic so that adding a currency or a measure word is a
one-line change that cannot disturb the scanner.
"""

from __future__ import annotations

import re

# Written currency → ISO 4217. Longest names first in the regex built below.
CURRENCIES: dict[str, str] = {
    "人民币": "CNY", "元": "CNY", "块钱": "CNY",
    "美元": "USD", "港元": "HKD", "港币": "HKD", "欧元": "EUR", "日元": "JPY",
    "英镑": "GBP", "韩元": "KRW", "新台币": "TWD", "台币": "TWD", "澳元": "AUD",
    "加元": "CAD", "澳门元": "MOP", "卢布": "RUB", "瑞士法郎": "CHF", "新加坡元": "SGD",
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
    "家(?!庭|乡|人|园)", "所(?!有|以|得|在|属|谓)", "名(?!称|单|字|义|列|牌)", "位(?!数|于|置)",
    "人(?!民|工|才|均|口|气|类|员)", "场(?!景|所|地|馆|合|次|面)", "项(?!目标)",
    "项目", "组(?!织|建|成|合)", "座", "条(?!件|例|款)", "款(?!项)", "批(?!准|复)",
    "台(?!湾|阶|风)", "件(?!事)", "套", "支(?!持|付|出|撑|柱)", "辆", "架(?!构)", "户",
    "间(?!接|隔)", "栋", "幢", "处(?!理|长|于|置|在)", "份(?!额)", "种(?!植|子)",
    "类(?!似)", "张", "篇", "部(?!分|署|长|委|分)", "颗", "枚", "次(?!元|数|级|要|序|日)",
    # flights (架次), plots of land (幅), flats in Hong Kong (伙), deals or cases (宗),
    # wafers, panels (片): measure words common in business news
    "架次", "幅(?!度|员|画|图)", "伙(?!伴|食|计|同)", "宗(?!教|旨|师|族|亲)",
    "片(?!区|面|刻|段|场|子|断|中|状|酬)",
)

# Measure words whose English default noun is safe when no noun follows.
MEASURE_NOUN_DEFAULTS: dict[str, str] = {
    "家": "companies", "名": "people", "位": "people", "人": "people",
    "所": "institutions", "场": "events", "部门": "departments", "人次": "visits",
    "项目": "projects", "辆": "vehicles", "架次": "flights", "户": "households",
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
    "客户": "clients", "代表": "delegates", "嘉宾": "guests", "志愿者": "volunteers",
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
}

# After the unit: 以上 over, 以下/以内 under, 左右 approx.
HEDGES_AFTER: dict[str, str] = {"以上": "over", "之多": "over", "以下": "under", "以内": "under",
                                "左右": "approx"}

# Includes rate moves (上调/下调 0.25个百分点) and the Taiwan/Hong Kong forms: 年增/月增/季增
# (year/month/quarter on), 成长 (growth), 按年 (year on year, handled by the verb after it).
GROWTH_UP = ("同比增长", "环比增长", "同比增加", "同比提高", "同比上升", "增长", "增加", "提高",
             "提升", "上升", "上涨", "增幅", "增速", "涨幅", "涨", "上调", "调升", "调高",
             "年增", "月增", "季增", "周增", "成长")
GROWTH_DOWN = ("同比下降", "环比下降", "同比减少", "下降", "下滑", "减少", "降低", "回落",
               "下跌", "跌幅", "降幅", "缩减", "下调", "调降", "调低", "年减", "月减", "季减",
               "周减", "衰退")

# Years: 到/至 before the number, 年前/年底前 after, make a deadline (kind year).
YEAR_MIN, YEAR_MAX = 1900, 2100


def alternation(words: object) -> str:
    """A regex alternation of literal words, longest first so 超过 wins over 超."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]
