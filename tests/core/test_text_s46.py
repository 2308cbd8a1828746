"""Session 46 (12text): cleaning - a page's modules, menus and a wire desk's credits told by their structure."""

from __future__ import annotations

from briefreader.ingest import normalize_text
from briefreader.ingest.clean import _bar_menu, _desk_chain

LEDE = "国务院新闻办公室今天举行发布会，介绍今年以来的经济运行情况，各项指标总体平稳，市场预期持续改善。"
BODY = "一季度国内生产总值同比增长百分之五点三，规模以上工业增加值增长百分之六点一，消费继续发挥拉动作用。"
MORE = "发言人表示，下一步将继续加大宏观政策实施力度，巩固和增强经济回升向好态势，推动高质量发展取得新成效。"
ARTICLE = f"{LEDE}\n{BODY}\n{MORE}"


# a site's menu set as one line of links with bars between them, under the article (dev-retired25 s28h_06)
MENU = "人民日报社概况|关于人民网|报社招聘|招聘英才|广告服务|合作加盟|版权服务|数据服务|网站声明|联系我们"


def test_a_bar_menu_under_the_article_goes() -> None:
    assert _bar_menu(MENU)
    out = normalize_text(f"{ARTICLE}\n{MENU}")
    assert "报社招聘" not in out and MORE in out


def test_a_table_row_or_a_short_bar_line_is_no_menu() -> None:
    # a table's row is set with spaces around its bars and holds figures; four items are no menu
    for line in ("地区 | 人口 | 面积 | 产值 | 增速", "北京|2019|2020|2021|2022", "首页|新闻|图片|视频"):
        assert not _bar_menu(line)
    row = "地区 | 人口 | 面积 | 产值 | 增速"
    assert row in normalize_text(f"{ARTICLE}\n{row}")


# two of a page's modules under the article, each under a short heading that points elsewhere: a list of the site's
# posts and its conference's ad (dev-retired37 s40h_10, InfoQ)
def test_two_pointer_modules_under_the_article_go() -> None:
    tail = (
        "今日好文推荐\n“前端”架构真的有必要存在吗？\nC/C++ 大限将至？美政府给出最强硬要求\n"
        "受软件拖累，大众血亏155亿元\n低级失误导致仓库404，网友：只是手滑了？！\n活动推荐\n"
        "2024年收官之作：12月13日至14日，全球人工智能开发与应用大会将在北京举办。大会火热报名中。"
    )
    out = normalize_text(f"{ARTICLE}\n{tail}")
    assert MORE in out
    assert "今日好文推荐" not in out and "活动推荐" not in out and "火热报名" not in out


def test_one_pointer_heading_over_prose_stays() -> None:
    # one heading and sentences under it: the article's own section, however its heading reads
    tail = (
        "热点推荐\n"
        "今年以来，各地加快推进重大项目建设，一批基础设施项目陆续开工，投资增速稳中有升。\n"
        "专家认为，政策效应持续释放，下半年经济有望延续回升态势，就业和物价总体稳定。\n"
        "消费市场回暖\n城乡居民收入稳步增长\n"
    )
    out = normalize_text(f"{ARTICLE}\n{tail}")
    assert "投资增速稳中有升" in out and "就业和物价总体稳定" in out


# a reading list above the closing credit: the list goes, the credit stays (dev s42f_08)
def test_a_reading_list_over_the_credits_goes_and_the_credit_stays() -> None:
    tail = "延伸阅读：\n《时代》人工智能百人榜（一）：领袖\n《时代》人工智能百人榜（二）：创新者\n译者：boxi。"
    out = normalize_text(f"{ARTICLE}\n{tail}")
    assert "百人榜" not in out and "延伸阅读" not in out
    assert out.rstrip().endswith("译者：boxi。") and MORE in out


def test_closing_fields_with_no_list_above_them_stay() -> None:
    out = normalize_text(f"{ARTICLE}\n联系人：张伟\n联系电话：010-12345678")
    assert "联系人：张伟" in out and "010-12345678" in out


# a heading opening with a pointing word over the documents a page links to, last (dev-retired38 s41h_05); one that
# opens with 更多 is as often the post's own ("更多即将到来" over an app's contacts: dev s42f_07)
def test_a_related_heading_over_document_titles_goes() -> None:
    tail = "相关政策与解读\n关于印发《核电厂退役准备管理暂行办法》的通知"
    out = normalize_text(f"{ARTICLE}\n{tail}")
    assert "相关政策与解读" not in out and "退役准备" not in out and MORE in out


def test_a_more_heading_over_the_posts_own_lines_stays() -> None:
    tail = "更多即将到来\n应用预览\n官方网站\n永久邀请码：\nF7RMEW6ERTP4"
    out = normalize_text(f"{ARTICLE}\n{tail}")
    assert "F7RMEW6ERTP4" in out and "应用预览" in out


# a wire desk's chain of credits closes its copy; the agency's link to its standards under it goes (路透: dev s18_01)
def test_a_desk_chain_and_the_line_under_it_go() -> None:
    assert _desk_chain("发稿 许菁；撰写 乔艳红；审校 吴云凌")
    out = normalize_text(f"{ARTICLE}\n发稿 许菁；审校 杨淑祯\n我们的标准：汤森路透“信任原则”")
    assert "许菁" not in out and "信任原则" not in out and MORE in out


def test_a_desk_chain_keeps_the_prose_under_it() -> None:
    # a digest's next story under the credits is more text
    nxt = "另据报道，国家统计局今天发布的数据显示，5月份全国居民消费价格同比上涨百分之零点三，涨幅与上月持平。"
    out = normalize_text(f"{ARTICLE}\n发稿 许菁；审校 杨淑祯\n{nxt}")
    assert nxt in out and "许菁" not in out


def test_words_like_a_chain_are_no_credits() -> None:
    # no surname, or one role only, or a clause: a sentence or a heading stays
    for line in ("编辑 大家；审校 小组", "发稿 许菁", "发稿 许菁，审校 杨淑祯"):
        assert not _desk_chain(line)


def test_hostile_bar_and_heading_lines_are_quick() -> None:
    import time

    text = ARTICLE + "\n" + "\n".join(["相关推荐", "新闻" * 3, "活动推荐"] * 3000) + "\n" + "|".join(["栏目"] * 5000)
    t = time.perf_counter()
    normalize_text(text)
    assert time.perf_counter() - t < 10


# a city government's page inside ASP.NET's <form id="form1"> with an article of two sentences (dev-retired41 s44h_17):
# the form is the page, not a search box to drop, though it holds fewer sentences than FORM_PROSE
def _page(article: str, search: str = "") -> str:
    menu = "".join(f'<li><a href="/c{i}">栏目名称{i}</a></li>' for i in range(40))
    return (
        "<!DOCTYPE html><html><head><title>通知</title></head><body>"
        f'{search}<form method="post" action="./News_Content.aspx" id="form1"><div class="menu"><ul>{menu}</ul></div>'
        f'<div class="essay"><p>{article}</p></div><div class="footer">地址：永华路二段6号</div></form></body></html>'
    )


def test_a_form_around_the_whole_page_is_the_page() -> None:
    from briefreader.ingest.html import html_to_doc

    text = html_to_doc(_page(f"{LEDE}{BODY}")).text
    assert "各项指标总体平稳" in text and "消费继续发挥拉动作用" in text


def test_a_search_form_beside_the_article_still_goes() -> None:
    from briefreader.ingest.html import html_to_doc

    search = '<form action="/search"><label>站内搜索关键字</label><input name="q"><a href="/adv">高级搜索</a></form>'
    article = f"<div><p>{LEDE}</p><p>{BODY}</p><p>{MORE}</p></div>"
    markup = f"<!DOCTYPE html><html><head><title>通知</title></head><body>{search}{article}</body></html>"
    text = html_to_doc(markup).text
    assert "站内搜索关键字" not in text and "高级搜索" not in text and "各项指标总体平稳" in text
