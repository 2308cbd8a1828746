"""Session 23's new-user pass: briefreader installed from a fresh clone into a fresh venv (the README's
development commands) and used on a folder of real articles from repositories the project had not used
(notes/s23_tester.md has the provenance and every finding). Each bug is pinned by an xfail(strict=True)
test that fails on the current code; the reason names the finding (T-number) and what an analyst saw.
Each has a guard test of what works."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures
from briefreader.ingest import ingest_bytes

# bedtimenews/bedtimenews-archive-contents, business/43.md (547a9f84): 【产经破壁机043】美国大选，160亿美元从哪里来？
# The whole transcript counts in US dollars; 其中 takes a part of the dollar sum just named.
_USD_PART = [
    "一共砸了1.32亿美元，其中1.2亿资金是通过PAC花出去的。",
    "今年这场选举花了160亿美元，其中105亿是广告费。",
]


@pytest.mark.parametrize("text", _USD_PART)
def test_t1_a_part_of_a_dollar_sum_is_not_shown_in_yuan(text: str) -> None:
    bare = [f for f in extract_figures(text) if f.kind == "money" and "美元" not in f.text]
    assert len(bare) == 1
    assert "yuan" not in bare[0].en and "RMB" not in bare[0].en


def test_t1_guard_a_domestic_companys_bare_amount_stays_in_yuan() -> None:
    # bedtimenews main/901-1000/997.md (d1b8f801): 大秦铁路's revenue, a mainland company's, in yuan
    text = "2024年，大秦铁路营收将近750亿，净利润也有90亿，三年时间赚了300亿。"
    money = [f for f in extract_figures(text) if f.kind == "money"]
    assert money and all("RMB" in f.en for f in money)


# bedtimenews business/31.md (6d6968b5): 【产经破壁机031】台积电缺电，台湾缺未来 opens "最近台湾电力紧张"; listed with
# source 最近台. Any lead "<time word>台湾…" names a source "<time word>台".
@pytest.mark.parametrize("when", ["最近", "今年", "昨日"])
def test_t2_a_time_word_before_taiwan_is_not_a_station(when: str) -> None:
    md = f"# 台积电缺电\n\n{when}台湾电力紧张，10月16日上调工业电价，给台积电带来了沉重的打击。\n"
    assert ingest_bytes(md.encode(), id="b.md", suffix=".md").source == ""


def test_t2_guard_a_labelled_station_is_the_source() -> None:
    md = "# 台积电缺电\n\n来源：中央电视台\n\n台湾电力紧张，10月16日上调工业电价，给台积电带来了沉重的打击。\n"
    assert ingest_bytes(md.encode(), id="b.md", suffix=".md").source == "中央电视台"


# JunFengXiang/electricity-policy-rag, 01_原始资料/官方政策/2020-06-08_全国_国家发展改革委_关于加强和规范电网规划投资
# 管理工作的通知(发改能源规〔2020〕816号).html (e262d394): the NDRC page, shortened (its own head, the body cut to
# three paragraphs, the closing block as published).
def _ndrc_page() -> bytes:
    head = (
        '<div align="center"><font style="font-size: 22pt"><span style="font-size: 22pt"><strong style="font-size: '
        '22pt">国家发展改革委 国家能源局关于加强和规范电网</strong></span> </font></div><span><div align="center">'
        '<strong><span><font style="font-size: 22pt">规划投资管理工作的通知</font></span></strong></div></span>'
        '<div align="center">&nbsp;</div><span><div align="center">发改能源规〔2020〕816号</div></span><br />'
    )
    body = (
        "<span>各省、自治区、直辖市、新疆生产建设兵团发展改革委、能源局，能源局各派出机构，国家电网有限公司、"
        "中国南方电网有限责任公司：</span><br /><span>  为深入贯彻落实习近平总书记“四个革命、一个合作”能源安全新战略，"
        "推进电力体制改革，加强电力统筹规划，强化电网投资监管，国家发展改革委、国家能源局依据能源电力规划等相关规定，"
        "对电网规划投资管理工作进行了明确和规范，现将有关要求通知如下：</span><br /><span>  电网规划是电力规划的重要"
        "组成部分，电网规划应实现对输配电服务所需各类电网项目的合理覆盖，包括电网基建项目和技术改造项目。基建项目是指"
        "为提供输配电服务而实施的新建（含扩建）资产类项目，技术改造项目是指对原有输配电服务资产的技术改造类项目。"
        "</span><br /><span>  本通知由国家发展改革委、国家能源局负责解释，自印发之日起施行，有效期5年。</span><br />"
        "<span>&nbsp;</span><br />"
    )
    sign = (
        '<div align="center"><span>国家发</span><span>展改革委</span></div><span><div align="center">国 家 能 源 局'
        '</div></span><span><div align="center">2020年5月28日</div></span><div>&nbsp;</div>'
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="UTF-8"><title>【关于加强和规范电网规划投资管理工作的通知(发改能源规'
        "〔2020〕816号)】-国家发展和改革委员会 </title>"
        '<meta name="PubDate" content="2020-06-08 14:27:34"><meta name="ContentSource" content="能源局"></head><body>'
        '<div class="article_l "><h2 class="article_title">关于加强和规范电网规划投资管理工作的通知(发改能源规〔2020〕'
        '816号)</h2><div class="shezhi"><div class="time">发布时间：2020/06/08</div><div class="ly laiyuantext">来源：'
        '<span>能源局</span></div></div><div class="article_con"><div class=TRS_Editor>'
        + head
        + body
        + sign
        + "</div></div></div></body></html>"
    ).encode()


def test_t3a_a_two_line_heading_is_kept_or_dropped_whole() -> None:
    b = ingest_bytes(_ndrc_page(), id="n.html", suffix=".html")
    assert b.paragraphs[0] != "规划投资管理工作的通知"


def test_t3b_the_closing_block_keeps_the_signing_date() -> None:
    b = ingest_bytes(_ndrc_page(), id="n.html", suffix=".html")
    assert "2020年5月28日" in b.text


def test_t3_guard_the_notices_paragraphs_title_and_date() -> None:
    b = ingest_bytes(_ndrc_page(), id="n.html", suffix=".html")
    assert b.title == "关于加强和规范电网规划投资管理工作的通知(发改能源规〔2020〕816号)"
    assert b.date_iso == "2020-06-08"
    assert "本通知由国家发展改革委、国家能源局负责解释，自印发之日起施行，有效期5年。" in b.paragraphs
    assert "国家发展改革委" in b.paragraphs[-3:]  # (the signature block closes the text: 12-meta s25, T3b)


# bedtimenews business/43.md: "但10亿加上3.8亿，还不到160亿美元的十分之一" (less than a tenth of USD 16 bn)
@pytest.mark.parametrize("share", ["十分之一", "10%"])
def test_t4_a_bound_on_a_share_leaves_its_base_exact(share: str) -> None:
    money = next(f for f in extract_figures(f"但10亿加上3.8亿，还不到160亿美元的{share}。") if f.kind == "money")
    assert money.en == "USD 16 bn"


def test_t4_guard_a_bound_on_an_amount() -> None:
    money = next(f for f in extract_figures("选举花费不到160亿美元。") if f.kind == "money")
    assert money.en == "under USD 16 bn"


# bedtimenews business/77.md (3507d9de): "一袋5000克的大米…现在已经涨到了3900，等于180多块人民币买10斤米"
def test_t5_kuai_renminbi_is_money() -> None:
    fig = next(f for f in extract_figures("现在已经涨到了3900，等于180多块人民币买10斤米。") if "180" in f.text)
    assert fig.kind == "money" and "RMB" in fig.en


def test_t5_guard_kuai_qian_is_money() -> None:
    fig = next(f for f in extract_figures("花了180多块钱。") if "180" in f.text)
    assert fig.kind == "money" and fig.en == "over RMB 180"


# bedtimenews business/77.md: "到2024年3月份，农协的浮亏已经高达2.2万亿日元"
@pytest.mark.parametrize(
    ("text", "month"),
    [("到2024年3月份，农协的浮亏已经高达2.2万亿日元。", "Mar"), ("到2025年6月底，累计完成投资1.2万亿元。", "Jun")],
)
def test_t6_a_deadlines_month_is_kept(text: str, month: str) -> None:
    year = next(f for f in extract_figures(text) if f.kind == "year")
    assert month in year.en


def test_t6_guard_a_year_deadline() -> None:
    year = next(f for f in extract_figures("到2030年，建成5个示范区。") if f.kind == "year")
    assert year.en == "by 2030"


# bedtimenews business/*.md and main/*.md: Wiki.js pages open with a tab set and a warning written as
# attribute lists ("# Tabs {.tabset}", "> …\n{.is-warning}"); both are shown as text.
_WIKIJS = (
    "---\ntitle: 【产经破壁机031】台积电缺电，台湾缺未来\npublished: true\ndate: 2024-10-17T15:12:54.406Z\n"
    'editor: markdown\n---\n\n# Tabs {.tabset}\n\n## B站\n\n<div style="position: relative; padding: 30% 45%;">\n'
    '<iframe src="//player.bilibili.com/player.html?&bvid=BV1b9yNY7EEr&page=1"></iframe>\n</div>\n\n\n#\n\n'
    "> 以下文本为音频转录结果，存在一定错误，校对正在进行中。\n{.is-warning}\n\n"
    "台积电的用电量却比传统重工业还要夸张，2023年，台积电用电量达到247.8亿度，占台湾省的8%。\n\n"
    "而新加坡600万人口，加上几千家工厂，每年也只用570亿度，台积电一家企业就能用掉新加坡43%的电。\n"
)


def test_t7_attribute_lists_are_not_text() -> None:
    b = ingest_bytes(_WIKIJS.encode(), id="w.md", suffix=".md")
    assert "{.tabset}" not in b.text and "{.is-warning}" not in b.text


def test_t7_guard_the_transcript_and_its_date() -> None:
    b = ingest_bytes(_WIKIJS.encode(), id="w.md", suffix=".md")
    assert b.date_iso == "2024-10-17"
    assert b.paragraphs[-1].startswith("而新加坡600万人口")


# bedtimenews business/43.md: "梅隆大哥的两亿美元，\n1500万拿去支持共和党国会竞选，\n2500万支持小肯尼迪，\n剩下的1.5亿都留下…"
def test_t8_a_soft_break_before_a_digit_joins_the_sentence() -> None:
    md = "# 钱从哪来\n\n梅隆大哥的两亿美元，\n1500万拿去支持共和党国会竞选，\n2500万支持小肯尼迪。\n"
    b = ingest_bytes(md.encode(), id="m.md", suffix=".md")
    assert b.paragraphs[-1] == "梅隆大哥的两亿美元，1500万拿去支持共和党国会竞选，2500万支持小肯尼迪。"


def test_t8_guard_a_soft_break_before_han_joins() -> None:
    md = "# 钱从哪来\n\n梅隆大哥的两亿美元，\n其中1500万拿去支持共和党国会竞选。\n"
    b = ingest_bytes(md.encode(), id="m.md", suffix=".md")
    assert b.paragraphs[-1] == "梅隆大哥的两亿美元，其中1500万拿去支持共和党国会竞选。"


# The NDRC notice above: "为深入贯彻落实习近平总书记“四个革命、一个合作”能源安全新战略"
def test_t9_a_quoted_slogan_is_not_a_count() -> None:
    text = "为深入贯彻落实习近平总书记“四个革命、一个合作”能源安全新战略，推进电力体制改革。"
    assert [f for f in extract_figures(text) if f.kind == "count"] == []


def test_t9_guard_a_count_of_things() -> None:
    counts = [f for f in extract_figures("全市新增4个产业园。") if f.kind == "count"]
    assert [f.en for f in counts] == ["4 parks"]


# JunFengXiang/electricity-policy-rag, 01_原始资料/官方政策/2019-12-25_山东_国家能源局派出机构_关于对山东广能节能科技有限公司
# 违反电力市场交易规则情况的通报_国家能源局山东监管办公室.html (961efa73): a notice whose text is its PDF attachment.
# Shortened: the header, menu and scripts cut; the article block and the footer as published.
_NEA_NOTICE = """<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>
        关于对山东广能节能科技有限公司违反电力市场交易规则情况的通报_国家能源局山东监管办公室
    </title>
    <link href="../../../images/trs_base.css" rel="stylesheet" type="text/css" />
    <link href="../../../images/trs_public.css" rel="stylesheet" type="text/css" />
    <link href="../../../images/trs_detail.css" rel="stylesheet" type="text/css" />
    <script src="../../../images/trs_jquery.min.js"></script>
    <script src="../../../images/trs_h5.js"></script>
    <script src="../../../images/trs_resize.js"></script>
    <meta name="SiteName" content="国家能源局山东监管办公室">
    <meta name="SiteDomain" content="https://sdb.nea.gov.cn">
    <meta name="SiteIDCode" content="bm62000012">
    <meta name="ArticleTitle" content="关于对山东广能节能科技有限公司违反电力市场交易规则情况的通报">
    <meta name="PubDate" content="2019-12-25 10:25">
    <meta name="ContentSource" content="国家能源局山东监管办公室">
</head>

<body>
    <div class="wrapper">
        <div class="wrapper_deatil">
            <div class="wrapper_deatil_title">
                关于对山东广能节能科技有限公司违反电力市场交易规则情况的通报
            </div>
            <div class="wrapper_menu clearfix">
                <div class="wrapper_deatil_date fl">
                    <span>
                        2019-12-25 10:25
                    </span>
                    <span>来源：国家能源局山东监管办公室</span>
                </div>
                <div class="wrapper_deatil_font fl">
                    <p class="ft">Aa</p>
                    <span>字体：</span>
                    <a class="small" href="#">小</a>
                    <div class="detail_line">|</div>
                    <a href="#" class="middle active_font">中</a></a>
                    <div class="detail_line">|</div>
                    <a class="big" href="#">大</a>
                </div>
            </div>
            <div class="wrapper_detail_text">
                <p>
                    附件：<A href="/History/main/Doc/2019122510256.pdf">点击下载相关附件！</A>

                </p>

            </div>
            <div id="div_div" class="xlewm mhide">
                <div id="qr_container" class="sweep">扫一扫在手机打开当前页</div>
                <canvas id="Canvas"></canvas>
            </div>
        </div>
        <div class="wrapper-footer">
  <div class="wrapper-footer-content">
    <div class="wrapper-footer-content-right">
      <div class="zfzc">
        <a
          href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=bm62000012&url=http%3A%2F%2Fsdb.nea.gov.cn%2F">
          <img src="../../../images/trs_zfzc.png" alt="" />
        </a>
      </div>
      <div class="dzjg">
        <a href="https://bszs.conac.cn/sitename?method=show&id=0D0B7560038F6A44E053012819ACD9B1">
          <img src="../../../images/trs_dzjg.png" alt="" />
        </a>
      </div>
    </div>
    <div class="wrapper-footer-content-left">
      <p class="site_link">
        <a href="../../../wzdt/" target="_blank">
          网站地图
        </a>
        <a href="../../../lxwm/" target="_blank">
          联系我们
        </a>

      </p>
      <p>
        <span style="margin-right: 8px;">地址: 济南市市中区七里山路55号</span>
        <span>邮编:250002</span>
      </p>
      <p class="site_ad">
        <span style="margin-right: 11px;">主办单位: 国家能源局山东监管办公室</span>
        <span style="margin-right: 7px;"><img src="../../../images/trs_gh.png" alt="" />
          <a target="_blank" href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010202007691"
            style="color: #fff;">
            京公网安备 11010202007691
          </a>
        </span>
        <span style="margin-right: 11px;">网站标识码: bm62000012号</span>
        <span><a target="_blank" style="color: #fff;" href="https://beian.miit.gov.cn/">京ICP备11044902号</a></span>
      </p>
      <p style="margin-bottom: 0;">
        <span>国家能源局山东监管办公室版权所有，如需转载，请注明来源</span>
      </p>
    </div>
  </div>
</div>
    </div>
</body>

</html>
"""


def test_t10_an_attachment_only_notice_shows_no_page_controls_or_footer() -> None:
    b = ingest_bytes(_NEA_NOTICE.encode(), id="s.html", suffix=".html")
    assert b.paragraphs == ["附件：点击下载相关附件！"]


def test_t10_guard_the_notices_line_title_date_and_source() -> None:
    b = ingest_bytes(_NEA_NOTICE.encode(), id="s.html", suffix=".html")
    assert "附件：点击下载相关附件！" in b.paragraphs
    assert b.title == "关于对山东广能节能科技有限公司违反电力市场交易规则情况的通报"
    assert b.date_iso == "2019-12-25"
    assert b.source == "国家能源局山东监管办公室"


# README, Install: `pipx install .` (in the clone), then `briefreader config init --briefings ~/path/to/briefings`,
# then `briefreader` "from any folder". Run in the clone, the clone's ./config.toml (the samples) is read first:
# `config init` writes the user config and says only "wrote …", and `briefreader` keeps listing the five samples.
def test_t11_config_init_says_a_local_config_is_read_first(cli_env, capsys, monkeypatch) -> None:
    from briefreader.cli import main

    monkeypatch.setenv("XDG_CONFIG_HOME", str(cli_env / "xdg"))
    (cli_env / "mine").mkdir()
    assert main(["config", "init", "--briefings", str(cli_env / "mine")]) == 0
    out, err = capsys.readouterr()
    assert "./config.toml" in out + err or str(cli_env / "config.toml") in out + err


def test_t11_guard_config_init_writes_the_user_config_that_path_names(tmp_path, capsys, monkeypatch) -> None:
    from briefreader.cli import main

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine").mkdir()
    assert main(["config", "init", "--briefings", str(tmp_path / "mine")]) == 0
    capsys.readouterr()
    assert main(["config", "path"]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "xdg" / "briefreader" / "config.toml")


# bedtimenews main/901-1000/984.md (f44b28e1): 【睡前消息984】深圳救不救万科 — Vanke's losses and net assets in bare 亿
# (yuan, a mainland developer). 亏损了280亿 and 降到5200亿 are figures; the sentences below give none.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("去年，万科刚刚亏掉了490亿。", "490亿"),
        ("2023年，万科手里还有价值7000亿的存量房。", "7000亿"),
        ("不到两年时间，万科净资产就从2500亿降到了1750亿，缩水了30%。", "2500亿"),
    ],
)
def test_t12_a_bare_yi_amount_beside_a_money_word_is_money(text: str, number: str) -> None:
    assert any(f.kind == "money" and number in f.text for f in extract_figures(text))


@pytest.mark.parametrize(("text", "en"), [("万科亏损了490亿。", "RMB 49 bn"), ("万科净资产为2500亿。", "RMB 250 bn")])
def test_t12_guard_a_loss_and_net_assets_in_bare_yi(text: str, en: str) -> None:
    assert [f.en for f in extract_figures(text) if f.kind == "money"] == [en]


# bedtimenews business/77.md: "让粮食回归其本质" shows 讓糧食迴歸其本質 under `t`. 回歸 is how Hong Kong and Taiwan
# write "return" (慶祝香港回歸祖國; 迴歸 is the statistician's regression); OpenCC's phrase table gives 迴歸 in
# every region, and 香港回归/澳门回归 are stock phrases of policy briefings.
@pytest.mark.parametrize("region", ["standard", "hk", "tw"])
def test_t13_huigui_return_is_hui_gui(region: str) -> None:
    from briefreader.hanzi import to_traditional

    assert to_traditional("庆祝香港回归祖国。", region).startswith("慶祝香港回歸")


def test_t13_guard_a_word_is_converted_on_its_own() -> None:
    from briefreader.hanzi import to_traditional

    assert to_traditional("被发明") == "被發明"


# JunFengXiang/electricity-policy-rag, 01_原始资料/官方政策/2018-04-27_全国_国家发展改革委_【印发《关于加快储气设施建设和
# 完善储气调峰辅助服务市场机制的意见》的通知(发改能源规〔2018〕637号)】-国家发展和改革委员会.html (961efa73): a second
# NDRC notice, its article block as published, the page around it shortened.
_NDRC_2018_BLOCK = (
    '<div class=TRS_Editor><p align="center"><strong><font style="font-size: 18pt">印发《关于加快储气设施建设和<br '
    'style="font-size: 18pt" />完善储气调峰辅助服务市场机制的意见》的通知<br style="font-size: 18pt" /></font></strong>'
    '</p><p align="center">发改能源规〔2018〕637号<br />&nbsp;</p><p>各省、自治区、直辖市及计划单列市、新疆生产建设兵团'
    "发展改革委、能源局，国家能源局各派出监管机构，各有关中央企业，有关行业协会、学会：<br />为认真践行习近平新时代中国"
    "特色社会主义思想，加快推进天然气产供储销体系建设，贯彻落实《中共中央 国务院关于深化石油天然气体制改革的若干意见》"
    "（中发〔2017〕15号），补足储气调峰短板，我们制定了《关于加快储气设施建设和完善储气调峰辅助服务市场机制的意见》。"
    '现印发你们，请按照执行。 <br />附件：<a oldsrc="W020190905495717799908.pdf" href="./W020190905495717799908.pdf">'
    '<font color="#0000ff">关于加快储气设施建设和完善储气调峰辅助服务市场机制的意见</font></a></p><p align="center">'
    '&nbsp;</p><p align="center">国家发展改革委</p><p align="center">国 家 能 源 局<br />2018年4月26日<br /><br />'
    "<br />&nbsp;</p></div>"
)


def _ndrc_2018_page() -> bytes:
    title = "印发《关于加快储气设施建设和完善储气调峰辅助服务市场机制的意见》的通知(发改能源规〔2018〕637号)"
    return (
        f'<!DOCTYPE html><html><head><meta charset="UTF-8"><title>【{title}】-国家发展和改革委员会 </title>'
        f'<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="2018-04-27 15:42:23"></head><body>'
        f'<div class="article_l "><h2 class="article_title">{title}</h2><div class="shezhi"><div class="time">'
        '发布时间：2018/04/27</div><div class="ly laiyuantext">来源：<span>国家发展改革委、国家能源局</span></div></div>'
        f'<div class="article_con">{_NDRC_2018_BLOCK}</div></div></body></html>'
    ).encode()


def test_t3c_the_second_notice_keeps_its_signing_date() -> None:
    b = ingest_bytes(_ndrc_2018_page(), id="g.html", suffix=".html")
    assert "2018年4月26日" in b.text


def test_t3d_a_heading_broken_by_br_is_not_two_paragraphs() -> None:
    b = ingest_bytes(_ndrc_2018_page(), id="g.html", suffix=".html")
    assert "印发《关于加快储气设施建设和" not in b.paragraphs


def test_t3cd_guard_the_cover_notices_text_and_attachment_line() -> None:
    b = ingest_bytes(_ndrc_2018_page(), id="g.html", suffix=".html")
    assert b.date_iso == "2018-04-27"
    assert "附件：关于加快储气设施建设和完善储气调峰辅助服务市场机制的意见" in b.paragraphs
    assert "国家发展改革委" in b.paragraphs[-3:]  # (the signature block closes the text: 12-meta s25, T3c)


# JunFengXiang/electricity-policy-rag, 01_原始资料/交易规则/2025-04-24_南方区域_广州电力交易中心_广州电力交易中心.html
# (0094e52b): 广州电力交易中心's page for an NDRC rule. Its <title> is the site's name; the rule's name is the
# <h3 class="title"> above "信息来源：… 发布时间：…". Shortened: the header's menus and the footer cut down.
_GZPX = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>广州电力交易中心</title>\n</head>\n<body>\n'
    '<div class="header"><div class="one"><ul class="top"><li>交易服务热线: 400-15-95598</li><li>能源监管热线: 12398</li>'
    '</ul></div><div class="two"><nav class="menu"><ul class="first-menu"><li class="active"><a href="../../../home/">首页'
    '</a></li><li><a href="../../../news/">新闻资讯</a></li><li><a href="../../../information/">信息发布</a></li><li>'
    '<a href="../../../service/">市场服务</a></li><li><a href="../../">政策法规</a></li><li><a href="../../../aboutus/">'
    "关于我们</a></li></ul></nav></div></div>\n"
    '<div class="wrapper">\n    <div class="main between">\n      <div class="mainBox">\n        <div class="leftMenu">\n'
    '          <ul>\n             <li><h5><a href="../../flfg/">法律法规</a></h5></li>\n             <li><h5><a href="../../zcwj/">'
    '政策文件</a></h5></li>\n             <li><h5><a href="../">交易规则</a></h5></li>\n             <li><h5><a href="../../ywzy/">'
    '业务指引</a></h5></li>\n             <li><h5><a href="../../sfbz/">收费标准</a></h5></li>\n          </ul>\n        </div>\n'
    '        <div class="rightMain">\n          <div class="content">\n            <h3 class="title">发改能源规〔2025〕411号_国家'
    "发展改革委 国家能源局关于印发《电力辅助服务市场基本规则》的通知</h3>\n"
    '            <p class="subTitle">信息来源：广州电力交易中心    发布时间：2025-04-24</p>\n            <div class="txt">\n'
    '<div class=TRS_Editor>\n<p style="text-align: center;">&nbsp;发改能源规〔2025〕411号_国家发展改革委 国家能源局关于印发'
    "《电力辅助服务市场基本规则》的通知</p>\n<div>&nbsp;\n<p>&nbsp;</p>\n<p>&nbsp;</p>\n</div></div>\n            </div>\n"
    '            <div style="padding:20px 0">\n              <h5>相关附件</h5>\n                <p><a href="./P02025042459658'
    '0044408.pdf" target="_blank">发改能源规〔2025〕411号_国家发展改革委  国家能源局关于印发《电力辅助服务市场基本规则》的通知'
    ".pdf</a></p>\n            </div>\n        </div>\n      </div>\n      </div>\n    </div>\n"
    '    <div class="footer"><div class="webSiteLink"><p>南方电网安备1514A91LF号 ICP国网安备1514A91LF号</p><p>版权所有: © '
    '2020 广州电力交易中心 版权所有 <a href="https://beian.miit.gov.cn">粤ICP备20027641号-2</a></p></div></div>\n'
    "</body>\n</html>"
)


def test_t14_the_pages_h3_title_beats_the_headers_items() -> None:
    b = ingest_bytes(_GZPX.encode(), id="gz.html", suffix=".html")
    assert "电力辅助服务市场基本规则" in b.title


def test_t14_guard_the_pages_date_and_source_line() -> None:
    b = ingest_bytes(_GZPX.encode(), id="gz.html", suffix=".html")
    assert b.date_iso == "2025-04-24"
    assert b.source == "广州电力交易中心"


# bedtimenews business/19.md (b4190d11): 【产经破壁机019】人口占17%，卖了全球47%卷烟 — "平均每个中国人1700根" (1,700
# cigarettes per person) and "社会原因还是有几亿打工者…在城市和乡村之间游荡" (hundreds of millions of migrant workers).
@pytest.mark.parametrize(
    ("text", "wrong"),
    [("平均每个中国人1700根。", "Chinese"), ("社会原因还是有几亿打工者在城市和乡村之间游荡。", "cities")],
)
def test_t15_a_counts_english_names_what_is_counted(text: str, wrong: str) -> None:
    counts = [f for f in extract_figures(text) if f.kind == "count"]
    assert len(counts) == 1 and wrong not in counts[0].en


def test_t15_guard_workers_in_cities() -> None:
    counts = [f for f in extract_figures("全国有2亿农民工在城市打工。") if f.kind == "count"]
    assert [f.en for f in counts] == ["200 mn migrant workers"]
