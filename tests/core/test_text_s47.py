"""Session 47 (12text): cleaning - paragraphs run together in one line set apart by their own numbering and indents."""

from __future__ import annotations

from briefreader.ingest import normalize_text
from briefreader.ingest.clean import _empty_pointer, split_run_in_paragraphs

# an order's articles copied as one line, the indents gone (dev-retired40 s43h_16)
ARTICLES = (
    "第一条　根据《中华人民共和国环境保护税法》（以下简称环境保护税法），制定本条例。"
    "第二条　环境保护税法所附《环境保护税税目税额表》所称其他固体废物的具体范围，依照环境保护税法第六条第二款规定的程序确定。"
    "第三条　环境保护税法第五条第一款、第十二条第一款第三项规定的城乡污水集中处理场所，是指为社会公众提供生活污水处理服务的场所。"
)


def test_articles_run_together_are_paragraphs() -> None:
    lines = normalize_text(ARTICLES).split("\n")
    assert [line[:3] for line in lines if line] == ["第一条", "第二条", "第三条"]
    # a reference inside a sentence (no sentence's end before it, and out of turn) opens nothing
    assert any(line.startswith("第二条") and "第六条第二款" in line for line in lines)
    assert any(line.startswith("第三条") and "第五条第一款、第十二条" in line for line in lines)


def test_articles_count_on_from_a_line_above() -> None:
    # the next article in turn opens a later line's paragraph; one out of turn does not
    later = (
        "第五条　纳税人依照本条例第二条的规定，按月或者按季申报缴纳环境保护税，并如实报送有关纳税资料。"
        "第六条　本条例自公布之日起施行，各有关部门应当做好政策衔接工作，确保新旧制度平稳过渡，依法维护纳税人合法权益，"
        "及时回应社会关切，做好宣传解读和纳税服务工作。"
    )
    out = normalize_text(f"{ARTICLES}\n{later}")
    assert "\n第六条" not in out  # (第四条 is missing: 第五条 opens no article, nor 第六条 after it)
    out = normalize_text(f"{ARTICLES}\n第四条　税务机关依法征收。\n{later}")
    assert "\n第五条" in out and "\n第六条" in out and "第二条的规定" in out


# an opinion copied as one line with its paragraphs' indents (dev-retired40 s43h_18)
OPINION = (
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构:\u3000\u3000多年来，我国积极实施可持续发展战略，"
    "将环境保护放在重要的战略位置。现就加强环境保护重点工作提出如下意见：\u3000\u3000一、全面提高环境保护监督管理水平"
    "\u3000\u3000（一）严格执行环境影响评价制度。凡依法应当进行环境影响评价的建设项目，必须严格履行环境影响评价程序。"
    "\u3000\u3000（二）继续加强主要污染物总量减排。完善减排统计、监测和考核体系。"
    "\u3000\u3000二、着力解决影响科学发展和损害群众健康的突出环境问题\u3000\u3000（三）切实加强重金属污染防治。"
)


def test_indents_inside_a_line_are_paragraph_breaks() -> None:
    lines = [line for line in normalize_text(OPINION).split("\n") if line]
    assert lines[0].endswith("各直属机构:")
    assert [line[:3] for line in lines[2:]] == ["一、全", "（一）", "（二）", "二、着", "（三）"]


def test_items_go_on_under_the_next_heading() -> None:
    # no indents, the numbering alone: (三) under 二、 goes on from (二) under 一、, or counts anew from (一)
    items = (
        "现就加强环境保护重点工作提出如下意见：一、加强监督管理。（一）严格执行环境影响评价制度，凡依法应当进行"
        "环境影响评价的建设项目，必须严格履行评价程序。"
        "（二）继续加强主要污染物总量减排，完善减排统计体系。二、解决突出问题。（三）切实加强重金属污染防治。"
    )
    lines = [line for line in normalize_text(items).split("\n") if line]
    assert [line[:3] for line in lines] == ["现就加", "一、加", "（一）", "（二）", "二、解", "（三）"]
    anew = items.replace("（三）", "（一）")
    assert [line[:3] for line in normalize_text(anew).split("\n") if line][-1] == "（一）"
    # glued to a heading with no mark between, an item stays where it is
    glued = OPINION.replace("\u3000\u3000", "")
    assert any(
        line.startswith("二、着力解决") and line.endswith("（三）切实加强重金属污染防治。")
        for line in normalize_text(glued).split("\n")
    )


def test_numbers_in_prose_stay_in_their_sentence() -> None:
    prose = (
        "今年以来，一、二线城市房价企稳，三、四线城市库存仍然偏高，成交量同比下降两成以上。"
        "业内人士认为，第二季度市场有望回暖，但各地政策效果仍需观察，开发商资金压力依然较大，需要持续关注。"
    )
    assert normalize_text(prose) == prose
    # one item after a sentence, in turn or not, is no list run together
    one = (
        "会议提出如下要求。一、各地要加强组织领导，认真落实各项政策措施，确保取得实效，切实维护群众合法权益和社会稳定。"
    )
    assert "\n" not in normalize_text(one * 1)


def test_splitting_is_idempotent_and_leaves_short_lines() -> None:
    for text in (ARTICLES, OPINION, OPINION.replace("\u3000\u3000", "")):
        once = normalize_text(text)
        assert normalize_text(once) == once
    short = "第一条 总则。第二条 适用范围。"
    assert split_run_in_paragraphs(short) == short


# --- an outlet's notes and plugs at the edges, by what they are ---

LEDE = "国务院新闻办公室今天举行发布会，介绍今年以来的经济运行情况，各项指标总体平稳，市场预期持续改善。"
BODY = "一季度国内生产总值同比增长百分之五点三，规模以上工业增加值增长百分之六点一，消费继续发挥拉动作用。"
MORE = "发言人表示，下一步将继续加大宏观政策实施力度，巩固和增强经济回升向好态势，推动高质量发展取得新成效。"
ARTICLE = f"{LEDE}\n{BODY}\n{MORE}"


def test_a_labelled_store_note_over_the_article_goes() -> None:
    note = (
        "来自FT中文网的温馨提示：如您对FT中文网的内容感兴趣，请在苹果应用商店或华为应用市场搜索“FT中文网”，"
        "下载FT中文网的官方应用，付费订阅。祝您使用愉快！"
    )
    out = normalize_text(f"{note}\n{ARTICLE}")
    assert "温馨提示" not in out and "应用商店" not in out and out.startswith(LEDE)


def test_a_store_step_in_the_text_or_a_tip_without_a_store_stays() -> None:
    # a guide's step inside the article, and a tip with no store: the article's (only the first line is looked at)
    step = "温馨提示：请您在手机应用商店搜索“国家反诈中心”，下载安装并完成注册，可有效识别诈骗电话。"
    out = normalize_text(f"{ARTICLE}\n{step}\n{MORE}")
    assert step in out
    tip = "温馨提示：近期气温较高，请您合理安排出行时间，注意防暑降温，老人和儿童尽量减少午后外出。"
    assert tip in normalize_text(f"{tip}\n{ARTICLE}")
    # no label: a lead that mentions a store is a report
    lead = "记者了解到，用户可在各大应用商店搜索并下载该应用，首批开通城市包括北京、上海和广州。"
    assert lead in normalize_text(f"{lead}\n{ARTICLE}")


def test_a_closing_promise_and_its_list_go() -> None:
    plug = "黄金头条官方社群限时招募开始啦！\n在这里，你将获得：\n1、机构级交易策略提醒\n2、全天候的市场异动提醒\n3、专业的行业、市场深度分析"
    out = normalize_text(f"{ARTICLE}\n{plug}")
    assert out.endswith(MORE) and "招募" not in out and "你将获得" not in out


def test_a_guide_list_or_a_list_with_sentences_stays() -> None:
    guide = "办理时，你需要准备：\n1、身份证原件\n2、户口簿原件\n3、近期一寸照片两张"
    out = normalize_text(f"{ARTICLE}\n{guide}")
    assert "身份证原件" in out and "近期一寸照片两张" in out
    # items that are sentences of their own: the article's own list of what a reform brings
    gains = (
        "改革完成后，你可以获得：\n1、审批时间缩短一半，企业开办全程网上办理。\n"
        "2、税费负担进一步减轻，小微企业普遍受益。"
    )
    out = normalize_text(f"{ARTICLE}\n{gains}")
    assert "审批时间缩短一半" in out


def test_a_pointing_heading_left_empty_above_the_article_goes() -> None:
    # a company page's "相關連結" box between its headline and its date (dev s28_05): the link went, its heading with it
    page = f"【公告】福大108年度股东会年报修正事宜\n相关连结\n日期：2020年07月10日\n{ARTICLE}"
    out = normalize_text(page)
    assert "相关连结" not in out and MORE in out
    # over a list of headlines it is the list's heading (the trailer rules' to judge), below prose the article's
    assert _empty_pointer(["相关新闻", "央行宣布下调存款准备金率", "多地出台稳楼市新政"]) == -1
    assert _empty_pointer([LEDE, "相关阅读", "日期：2020年07月10日"]) == -1
    assert _empty_pointer(["最新消息", "相关连结", "日期：2020年07月10日", LEDE]) == 1
    headline = f"相关新闻报道引发热议\n{ARTICLE}"
    assert normalize_text(headline).startswith("相关新闻报道引发热议")
