"""The outlet a site's address names: news.ltn.com.tw is 自由時報, www.cna.com.tw 中央社.

A page's URL (its canonical link, og:url, a record's or a feed entry's link) is one
more place its source can be: the weakest, read when the page names no outlet itself.
The table lists outlets and issuers of the Chinese-language press and government as
general knowledge (not the corpus's pages); names are written in the outlet's own
script and converted like any other value. A portal or a platform (新浪, 网易, 搜狐,
腾讯, Yahoo, WeChat…) carries other outlets' articles: its address names no source,
so it maps to "" and gives none. One table: feed.py reads it too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

# host (or the domain it ends in) -> outlet; "" for a platform that carries others' articles.
# A more specific host comes first where a subdomain is another paper (money.udn.com).
HOSTS: dict[str, str] = {
    # platforms and portals: the article's outlet is the one the page names, never the host
    "sina.com.cn": "",
    "sina.cn": "",
    "sina.com.tw": "",
    "sina.com.hk": "",
    "163.com": "",
    "sohu.com": "",
    "qq.com": "",
    "ifeng.com": "",
    "toutiao.com": "",
    "360kuai.com": "",
    "baidu.com": "",
    "zhihu.com": "",
    "douban.com": "",
    "weibo.com": "",
    "weibo.cn": "",
    "yahoo.com": "",
    "msn.com": "",
    "google.com": "",
    "line.me": "",
    "pchome.com.tw": "",
    "hinet.net": "",
    "archive.org": "",
    "archive.ph": "",
    "github.com": "",
    "githubusercontent.com": "",
    "feedburner.com": "",
    "blogspot.com": "",
    "wordpress.com": "",
    "medium.com": "",
    "substack.com": "",
    "facebook.com": "",
    "twitter.com": "",
    "x.com": "",
    "youtube.com": "",
    "chinadigitaltimes.net": "",  # an archive of other outlets' articles, each named in its text
    # PRC: central media
    "news.cn": "新华网",
    "xinhuanet.com": "新华网",
    "people.com.cn": "人民网",
    "chinanews.com": "中国新闻网",
    "chinanews.com.cn": "中国新闻网",
    "cctv.com": "央视网",
    "cntv.cn": "央视网",
    "cnr.cn": "央广网",
    "chinadaily.com.cn": "中国日报网",
    "gmw.cn": "光明网",
    "ce.cn": "中国经济网",
    "china.com.cn": "中国网",
    "youth.cn": "中国青年网",
    "cyol.com": "中青在线",
    "huanqiu.com": "环球网",
    "cankaoxiaoxi.com": "参考消息网",
    "qstheory.cn": "求是网",
    "banyuetan.org": "半月谈网",
    "81.cn": "中国军网",
    "chinacourt.org": "中国法院网",
    "legaldaily.com.cn": "法治日报",
    "workercn.cn": "中工网",
    "rmzxb.com.cn": "人民政协网",
    "ccdi.gov.cn": "中央纪委国家监委网站",
    # PRC: business and technology
    "caixin.com": "财新网",
    "yicai.com": "第一财经",
    "stcn.com": "证券时报网",
    "cs.com.cn": "中证网",
    "cnstock.com": "中国证券网",
    "21jingji.com": "21世纪经济报道",
    "nbd.com.cn": "每日经济新闻",
    "eeo.com.cn": "经济观察网",
    "cb.com.cn": "中国经营网",
    "jiemian.com": "界面新闻",
    "thepaper.cn": "澎湃新闻",
    "guancha.cn": "观察者网",
    "36kr.com": "36氪",
    "huxiu.com": "虎嗅",
    "ithome.com": "IT之家",
    "cnbeta.com": "cnBeta",
    "cnbeta.com.tw": "cnBeta",
    "leiphone.com": "雷锋网",
    "infoq.cn": "InfoQ",
    "csdn.net": "CSDN",
    "oschina.net": "开源中国",
    "jrj.com.cn": "金融界",
    "wind.com.cn": "万得",  # Wind, a financial data firm whose newsroom signs 万得 or Wind
    # PRC: city and provincial media
    "bjnews.com.cn": "新京报",
    "ynet.com": "北青网",
    "bjd.com.cn": "北京日报",
    "qianlong.com": "千龙网",
    "jfdaily.com": "解放日报",
    "shobserver.com": "上观新闻",
    "whb.cn": "文汇报",
    "xinmin.cn": "新民网",
    "eastday.com": "东方网",
    "xhby.net": "交汇点",
    "yangtse.com": "扬子晚报",
    "zjol.com.cn": "浙江在线",
    "dahe.cn": "大河网",
    "southcn.com": "南方网",
    "nfnews.com": "南方+",
    "oeeee.com": "南方都市报",
    "ycwb.com": "金羊网",
    "gzdaily.cn": "广州日报",
    "sznews.com": "深圳新闻网",
    "cqnews.net": "华龙网",
    "scol.com.cn": "四川在线",
    "cnhubei.com": "荆楚网",
    "hebnews.cn": "河北新闻网",
    "jxnews.com.cn": "中国江西网",
    "fjsen.com": "东南网",
    "hinews.cn": "南海网",
    "gxnews.com.cn": "广西新闻网",
    "ts.cn": "天山网",
    "chinatibetnews.com": "中国西藏新闻网",
    "nmgnews.com.cn": "内蒙古新闻网",
    "dzwww.com": "大众网",
    "rednet.cn": "红网",
    "jschina.com.cn": "中国江苏网",
    # PRC: government (a ministry's or a government's own site issues what it publishes)
    "www.gov.cn": "中国政府网",
    "stats.gov.cn": "国家统计局",
    "fmprc.gov.cn": "外交部",
    "mof.gov.cn": "财政部",
    "ndrc.gov.cn": "国家发展和改革委员会",
    "mofcom.gov.cn": "商务部",
    "moe.gov.cn": "教育部",
    "mohrss.gov.cn": "人力资源和社会保障部",
    "nhc.gov.cn": "国家卫生健康委员会",
    "miit.gov.cn": "工业和信息化部",
    "mee.gov.cn": "生态环境部",
    "mps.gov.cn": "公安部",
    "pbc.gov.cn": "中国人民银行",
    "csrc.gov.cn": "中国证券监督管理委员会",
    "customs.gov.cn": "海关总署",
    "beijing.gov.cn": "北京市人民政府",
    "sh.gov.cn": "上海市人民政府",
    "gd.gov.cn": "广东省人民政府",
    "zj.gov.cn": "浙江省人民政府",
    "jiangsu.gov.cn": "江苏省人民政府",
    # Hong Kong
    "rthk.hk": "香港電台",
    "mingpao.com": "明報",
    "hk01.com": "香港01",
    "hket.com": "香港經濟日報",
    "hkej.com": "信報",
    "orientaldaily.on.cc": "東方日報",
    "on.cc": "東網",
    "std.stheadline.com": "星島日報",
    "hd.stheadline.com": "頭條日報",
    "singtao.com": "星島日報",
    "hkheadline.com": "頭條日報",
    "wenweipo.com": "文匯報",
    "takungpao.com": "大公報",
    "takungpao.com.hk": "大公報",
    "skypost.hk": "晴報",
    "am730.com.hk": "am730",
    "appledaily.com": "蘋果日報",
    "bastillepost.com": "巴士的報",
    "i-cable.com": "有線新聞",
    "news.tvb.com": "無綫新聞",
    "news.now.com": "Now新聞",
    "singpao.com.hk": "成報",
    "hkcd.com": "香港商報",
    "thestandnews.com": "立場新聞",
    "inmediahk.net": "香港獨立媒體",
    "hkcnews.com": "眾新聞",
    "news.gov.hk": "香港政府新聞網",
    "info.gov.hk": "香港特區政府新聞公報",
    "theinitium.com": "端傳媒",
    "initium.media": "端傳媒",
    # Macau
    "gcs.gov.mo": "澳門特別行政區政府新聞局",
    "www.gov.mo": "澳門特別行政區政府",
    "macaodaily.com": "澳門日報",
    "exmoo.com": "澳門力報",
    "tdm.com.mo": "澳廣視",
    "chengpou.com.mo": "正報",
    "jornalvakio.com": "華僑報",
    # Taiwan
    "cna.com.tw": "中央社",
    "ltn.com.tw": "自由時報",
    "money.udn.com": "經濟日報",
    "udn.com": "聯合新聞網",
    "chinatimes.com": "中時新聞網",
    "ctee.com.tw": "工商時報",
    "ettoday.net": "ETtoday新聞雲",
    "setn.com": "三立新聞網",
    "tvbs.com.tw": "TVBS新聞網",
    "news.pts.org.tw": "公視新聞網",
    "storm.mg": "風傳媒",
    "upmedia.mg": "上報",
    "thenewslens.com": "關鍵評論網",
    "twreporter.org": "報導者",
    "cw.com.tw": "天下雜誌",
    "businessweekly.com.tw": "商業周刊",
    "wealth.com.tw": "財訊",
    "nownews.com": "今日新聞",
    "ftvnews.com.tw": "民視新聞網",
    "mirrormedia.mg": "鏡週刊",
    "news.cts.com.tw": "華視新聞",
    "ctwant.com": "CTWANT",
    "rti.org.tw": "中央廣播電臺",
    "newtalk.tw": "新頭殼",
    "ydn.com.tw": "青年日報",
    "appledaily.com.tw": "蘋果日報",
    # the Chinese services of outlets abroad
    "voachinese.com": "美國之音",
    "rfa.org": "自由亞洲電台",
    "dw.com": "德國之聲",
    "cn.nytimes.com": "紐約時報中文網",
    "cn.wsj.com": "華爾街日報中文網",
    "ftchinese.com": "FT中文網",
    "zaobao.com": "聯合早報",
    "zaobao.com.sg": "聯合早報",
    "epochtimes.com": "大紀元",
    "ntdtv.com": "新唐人",
}

# outlets known by name whose every address the table cannot vouch for (a newsroom's app):
# a 来源 naming one is an outlet, though it reads like a person's name (周, 石: surnames)
NAMES: tuple[str, ...] = (
    "石榴云",  # 新疆日报's news app
    "周到",  # a Shanghai press group's news app (周到上海)
)


def host_of(url: str) -> str:
    """A URL's host, lower-case, without userinfo, port or a trailing dot ("" when it has
    none): the one reading of an address's host (metadata, feeds, outlets, regions)."""
    try:
        return (urlsplit((url or "").strip()).hostname or "").rstrip(".")
    except ValueError:
        return ""


def _lookup(host: str) -> str | None:
    parts = host.split(".")
    # the host itself, then each domain it ends in (news.ltn.com.tw, ltn.com.tw, com.tw…)
    for k in range(len(parts) - 1):
        name = HOSTS.get(".".join(parts[k:]))
        if name is not None:
            return name
    return None


def is_platform(host: str) -> bool:
    """Is this address a portal's or a platform's ("Sohu.com", "news.163.com")?"""
    return _lookup(host.strip().lower().rstrip(".")) == ""


# the names aggregators give themselves: they carry partners' articles and write none, so
# such a name is no article's source ("Yahoo奇摩新聞" over a 中央社 story, "LINE TODAY")
_AGGREGATOR_NAME = re.compile(
    r"^(?:yahoo|雅虎|line\s*today|msn|google|谷歌|pchome|hinet|今日头条|今日頭條|一点资讯|一點資訊|百家号|百家號|"
    r"网易号|網易號|搜狐号|搜狐號|企鹅号|企鵝號|头条号|頭條號|uc头条|zaker|flipboard|smartnews|newsbreak|"
    r"360快资讯|快资讯|看点快报|新浪看点|微信公众平台|微信公众号|微信)",
    re.IGNORECASE,
)


def is_aggregator_name(name: str) -> bool:
    """Does this name an aggregator (Yahoo奇摩新聞, LINE TODAY, 今日头条, 百家号…)?"""
    return bool(_AGGREGATOR_NAME.match(name.strip()))


@lru_cache(maxsize=1)
def known_outlets() -> frozenset[str]:
    """The table's outlet names in Simplified, without spaces (21世纪经济报道, 香港经济日报)."""
    from ..hanzi import to_simplified

    return frozenset(re.sub(r"\s+", "", to_simplified(n)) for n in (*HOSTS.values(), *NAMES) if n)


def outlet_for_url(url: str) -> str:
    """The outlet a URL's host names ("" for a platform, an unknown site or no URL)."""
    host = host_of(url)
    if host.count(".") < 1:
        return ""
    return _lookup(host) or ""
