"""Session 40 (12-text): what a leaked piece IS, read in every format.

- a markup comment's fields printed into the text where its opener was lost (a CMS's property record: a machine
  date-time stamp, ids, the page's addresses, up to "/name-->"; a paper's page records and a digest generated from
  them, dev-retired35 s38h_01/08/10): cut from the last sentence's end to the closer;
- a picture's file name left where the picture stood, between two sentences ("…的目的。移动.jpg该项目…", a CSV export,
  dev-retired35 s38h_06);
- the same link line under every item of a page ("PDF链接：https://…pdf" under each summary of a digest page,
  dev-retired35 s38h_08/10);
- a list of the article's own that readability dropped as "too short" (each item's <section> under 25 characters, a
  WeChat post's closing list, dev s39b_02): put back where it stood, between the two lines the article kept.

Inputs are written in those shapes; the guards keep what was right."""

from __future__ import annotations

from briefreader.ingest import ingest_entries

_PARAS = (
    "市教育局今天召开会议，部署今年秋季开学的各项准备工作，要求各校做好校舍安全检查。\n"
    "会议强调，各校要落实食品安全责任，加强食堂管理，确保师生饮食安全，并及时公示整改情况。\n"
)


def _text(data: str, suffix: str = ".txt") -> str:
    return ingest_entries(data.encode(), id="t", suffix=suffix)[0].text


_RESIDUE = (
    "2026-07-04 00:00:00:0 30166572 1 0 http://paper.example.cn/pc/content/202607/04/content_30166572.html "
    "http://paper.example.cn/pad/content/202607/04/content_30166572.html 1 1921某某单行本出版 /enpproperty-->"
)


def test_a_comments_fields_printed_after_the_last_sentence_go():
    text = _text(f"{_PARAS}本书已由人民出版社出版，即日起在全国新华书店发行。{_RESIDUE}\n")
    assert "enpproperty" not in text and "30166572" not in text and "paper.example.cn" not in text, text
    assert text.rstrip().endswith("即日起在全国新华书店发行。"), text
    alone = _text(f"{_PARAS}版式设计：张三{_RESIDUE.replace('某某单行本出版', '本版责编：李四 王五')}\n{_PARAS}")
    assert "本版责编" not in alone and "版式设计" not in alone and "-->" not in alone, alone
    assert alone.count("市教育局今天召开会议") == 2, alone


def test_an_arrow_or_a_comment_with_no_stamp_and_address_stays():
    arrow = "链路A-->B和B-->A两个方向的上限都是10G，所有流量之和不能大于10G。"
    assert arrow in _text(f"{_PARAS}{arrow}\n")
    tutorial = "在模板末尾写上<!-- 结束 -->，再用 2026-07-04 12:00:00 的版本对照，注释以 /end--> 收尾。"
    assert "/end-->" in _text(f"{_PARAS}{tutorial}\n")


def test_a_pictures_file_name_between_two_sentences_goes():
    text = _text(f"{_PARAS}真正达到了消毒于千里之外的目的。移动.jpg该项目是在医疗领域的创新之举。\n")
    assert ".jpg" not in text and "移动" not in text, text
    assert "的目的。该项目是在医疗领域的创新之举。" in text, text
    camera = _text(f"{_PARAS}活动现场气氛热烈。IMG_2034.JPG 随后举行了颁奖仪式。\n")
    assert "IMG_2034" not in camera and "随后举行了颁奖仪式" in camera, camera


def test_a_file_name_the_text_names_stays():
    said = "静默拍摄的图片名称为a.jpg，保存在以软件名命名的文件夹下，路径为/sdcard/app/camera/a.jpg。"
    assert said in _text(f"{_PARAS}{said}\n")
    subject = "网站的标志已经更新。logo.png是新版的标志文件，请替换旧文件。"
    assert "logo.png是新版的标志文件" in _text(f"{_PARAS}{subject}\n")


def _digest(links: list[str]) -> str:
    items = (
        "最近，太空光伏引起广泛关注，在太空里利用太阳能发电，让人们对星辰大海又多了一份期盼。",
        "本报北京电 记者从有关部门获悉，北京太空算力创新中心正式揭牌，定位为协同上下游的创新中心。",
        "本报海口电 研究团队近日在国际期刊在线发表研究成果，成功破解困扰科学界长达百年的谜题。",
    )
    return "".join(
        f'<div class="article"><p class="summary">{s}</p><p class="meta">{label}<a href="{url}">{url}</a></p></div>'
        for s, (label, url) in zip(items, [(x.split("|")[0], x.split("|")[1]) for x in links], strict=True)
    )


def test_the_same_link_line_under_every_item_goes():
    pdf = "PDF链接：|https://paper.example.cn/pc/attachement/202607/04/cb9d1f29.pdf"
    page = f"<html><head><title>报道摘要</title></head><body><h1>报道摘要</h1>{_digest([pdf] * 3)}</body></html>"
    text = _text(page, ".html")
    assert "PDF链接" not in text and "attachement" not in text, text
    assert "北京太空算力创新中心正式揭牌" in text and "成功破解困扰科学界长达百年的谜题" in text, text


def test_each_items_own_address_stays():
    own = [f"项目地址：|https://github.com/example/project{n}" for n in range(3)]
    page = f"<html><head><title>报道摘要</title></head><body><h1>报道摘要</h1>{_digest(own)}</body></html>"
    text = _text(page, ".html")
    assert text.count("项目地址：https://github.com/example/project") == 3, text


def _post(items: str, attrs: str = "") -> str:
    paras = "".join(
        f"<p>{s}</p>"
        for s in (
            "剪藏进入之后，应用会格式化网页，去除广告等不相关的元素，给你一个干净舒适的阅读界面，这一点很不错。",
            "插件功能：将应用中的文章，包括高亮和注释同步到笔记库中，配置起来也并不复杂，几分钟就能完成。",
            "同步的频率可以自己设定，也可以手动触发，同步过来的文章会按照模板生成一篇新的笔记，方便日后回顾。",
        )
    )
    return (
        "<html><head><title>稍后读利器</title></head><body><h1>稍后读利器</h1>"
        f'<div id="js_content"><section>{paras}<h2><span>07 写在最后</span></h2>'
        f"<ul{attrs}>{items}</ul><blockquote><p>都是十分优秀的产品，期待你们都发展得更好吧！</p></blockquote>"
        "<p>插件和软件的获取方式：请关注公众号，在后台聊天窗口回复关键词即可获取全部的安装包。</p>"
        "</section></div></body></html>"
    )


_ITEMS = "<li><section>很不错的稍后读APP，期待后续更新</section></li><li><section>为简悦和Cubox而担忧</section></li>"


def test_a_short_list_readability_drops_between_kept_lines_is_put_back():
    text = _text(_post(_ITEMS), ".html")
    assert "很不错的稍后读APP，期待后续更新\n为简悦和Cubox而担忧" in text, text
    assert text.index("写在最后") < text.index("很不错的稍后读APP") < text.index("都是十分优秀的产品"), text


def test_a_linked_list_or_a_caption_list_stays_out():
    linked = _ITEMS.replace("<section>很不错", '<section><a href="/tag/1">很不错').replace(
        "更新</section>", "更新</a></section>"
    )
    assert "很不错的稍后读APP" not in _text(_post(linked), ".html")
    assert "很不错的稍后读APP" not in _text(_post(_ITEMS, ' class="photoCaption"'), ".html")


# --- the fresh dev batches' kinds (dev/s40, dev/s40b)


def test_a_caption_under_the_headline_is_not_the_articles_prose():
    from selectolax.lexbor import LexborHTMLParser

    from briefreader.ingest import html

    caption = "天普市健身房女更衣室跨性别争议引发讨论，律师称，加州法允许依性别认同使用设施。图为示意图。（取自网页）"
    page = (
        "<html><body><h1>健身房更衣室遇争议 华女感不适</h1><section class='editor'>"
        f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
        f"<p>{_PARAS.splitlines()[0]}</p><p>{_PARAS.splitlines()[1]}</p></section></body></html>"
    )
    tree = LexborHTMLParser(page)
    block = html._prose_under_headline(tree.body, "健身房更衣室遇争议 华女感不适")
    assert block is not None and block.tag != "figcaption", block
    assert "部署今年秋季开学" in block.text(), block.text()


def _paged(pages: int) -> str:
    head = "某某股份有限公司重大资产重组预案"
    body = "本公司及全体董事保证本预案内容的真实、准确、完整，对预案的虚假记载承担连带责任。"
    out = ["Page 1------------", "某某股份有限公司", "------------", "重大资产重组预案", "------------"]
    for n in range(2, pages + 1):
        out += [f"Page {n}------------", head, "------------", f"第{n}节", body, body.replace("本公司", "公司")]
    return "\n".join(out) + "\n"


def test_a_converters_page_marks_and_running_heads_go():
    text = _text(_paged(6))
    assert "Page" not in text and "---" not in text, text
    assert "某某股份有限公司重大资产重组预案" not in text, text
    assert text.count("对预案的虚假记载承担连带责任") == 10, text
    kept = _text(_PARAS + "Page 2 of the report------------\n" + _PARAS)
    assert "Page 2 of the report" in kept, kept  # (one line with more after the number is no page mark)


def _feed(description: str, link: str = "http://static.example.cn/finalpage/2026-09-30/1225589221.PDF") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>公告 · 关键词命中</title>'
        "<link>http://www.example.cn/</link>"
        "<item><title>[某某股份002726][并购、重组] 关于遴选确定产业投资人的公告</title>"
        f"<link>{link}</link><pubDate>Wed, 30 Sep 2026 00:00:00 +0800</pubDate>"
        f"<description>{description}</description></item>"
        "<item><title>[某某科技003018][扩产] 关于签订补充协议的公告</title><link>http://static.example.cn/b.PDF</link>"
        "<pubDate>Wed, 30 Sep 2026 00:00:00 +0800</pubDate>"
        "<description>命中词：扩产\n业绩承诺期内，如公司以募集资金向标的公司提供借款，用于实施扩产、技术改造、产能建设"
        "\n原文 PDF：http://static.example.cn/b.PDF</description></item></channel></rss>"
    )


def test_a_feed_items_own_address_and_its_bots_keyword_line_go():
    excerpt = "根据本次会议规则，确定万丰联合体（成员包含：某某食品有限公司、某某投资有限公司）及某某控股集团"
    link = "http://static.example.cn/finalpage/2026-09-30/1225589221.PDF"
    found = ingest_entries(
        _feed(f"命中词：无｜降级词：并购、重组\n{excerpt}\n原文 PDF：{link}").encode(), id="t", suffix=".xml"
    )
    assert len(found) == 2
    for b in found:
        for chrome in ("命中词", "降级词", "原文 PDF", "static.example.cn"):
            assert chrome not in b.text, (chrome, b.text)
    assert excerpt in found[0].text and "用于实施扩产、技术改造" in found[1].text


def test_an_address_the_item_cites_and_a_word_list_a_sentence_gives_stay():
    cited = "详见交易所公告：http://www.example.cn/notice/2026/0930.html"
    words = "生词：并购、重组、关联交易"
    b = ingest_entries(
        _feed(f"公司披露了本次交易的具体安排，投资者可查阅。\n{cited}\n{words}").encode(), id="t", suffix=".xml"
    )
    assert cited in b[0].text and words in b[0].text, b[0].text


def test_an_ad_slots_label_and_a_job_boards_box_go():
    story = "".join(f"<p>{s}</p>" for s in _PARAS.splitlines())
    jobs = "".join(
        f"<li>{t}</li>" for t in ("软件测试与客户支持专员", "Information Technology", "Kuala Lumpur", "MYR 3K /Month")
    )
    page = (
        "<html><head><title>英国网球协会禁跨性别参加女网赛</title></head><body><h1>英国网球协会禁跨性别参加女网赛</h1>"
        f'<div class="td-post-content">{story}<div class="td-a-rec"><span>- Advertisement -</span></div>{story}'
        f'<div class="jobs_ads_section"><h5>找工作， 就找这里!</h5><ul class="job-info">{jobs}</ul></div></div>'
        "</body></html>"
    )
    text = _text(page, ".html")
    for chrome in ("Advertisement", "找工作", "Kuala Lumpur", "MYR 3K"):
        assert chrome not in text, (chrome, text)
    assert text.count("部署今年秋季开学") == 2, text


def test_only_a_class_word_between_hyphens_names_an_ad():
    from selectolax.lexbor import LexborHTMLParser

    from briefreader.ingest import html

    def named(cls: str) -> bool:
        return html._ad_classes(LexborHTMLParser(f'<div class="{cls}">x</div>').css_first("div"))

    assert named("job-ads-list-section") and named("td-rec_ads_1") and named("x Advert-box")
    assert not named("shadow-box") and not named("download-link") and not named("header_main") and not named("ads")
    assert not named("site_ad")  # (an address's part as often)
    assert html._ad_sized("Kuala Lumpur MYR 3K /Month " * 40)  # a long box of no sentence
    assert not html._ad_sized("公司表示，该项融资将为集团带来稳定的利息收入。" * 40)  # prose under an ad's class stays


def test_a_platforms_note_on_a_users_repost_goes():
    note = (
        "*以上内容系网友某某自行转载自某某网，该文仅代表原作者观点和态度。某某号系信息发布平台，仅提供信息存储空间服务，"
        "不代表赞同其观点和对其真实性负责。如果对文章或图片/视频版权有异议，请邮件至support@example.com反馈，平台将会及时处理。"
    )
    text = _text(f"{_PARAS}{note}\n")
    assert "信息存储空间" not in text and "support@example.com" not in text, text
    said = "他在会上表示，这些言论仅代表他个人的观点，并不代表公司的立场，公司将在下周召开董事会讨论此事。"
    assert said in _text(f"{_PARAS}{said}\n")


def test_an_outlets_appeal_to_join_or_subscribe_closing_its_story_goes():
    box = (
        "维持大面积的对华广播不断传递真相，就是持续地给中国注入希望。"
        "希望之声诚邀您和我们一起携手努力。欢迎点击了解详情。"
    )
    text = _text(f"{_PARAS}{box}\n")
    assert "诚邀您" not in text and "了解详情" not in text, text
    members = (
        "【诚征荣誉会员】溪流能够汇成大海，小善可以成就大爱。我们向全球华人诚意征集万名\n"
        "荣誉会员：每位荣誉会员每年只需支付一份订阅费用，成为《某某》网站的荣誉会员，就可以助力我们突破封锁。\n"
    )
    text = _text(f"{_PARAS}{members}")
    assert "荣誉会员" not in text and "溪流能够汇成大海" not in text, text
    assert text.rstrip().endswith("并及时公示整改情况。"), text


def test_someones_invitation_in_a_story_stays():
    said = "协会负责人表示：“我们诚邀您参加本届年会，欢迎加入协会，共同推动行业发展。”"
    assert said in _text(f"{_PARAS}{said}\n")
    reply = "感谢您对海淀区的关注，诚挚的邀请您继续对我们进行监督，并提出宝贵的意见和建议。"
    assert reply in _text(f"{_PARAS}{reply}\n")  # (an office's courtesy: no act of joining, giving or clicking)
    team = "欢迎符合条件的居民加入我们，成为志愿服务队会员。"
    assert team in _text(f"{_PARAS}{team}\n")  # (a team's call to join: no subscribing, giving or clicking)
    middle = "本报诚邀您参与读者调查，欢迎点击报名。"
    assert middle in _text(f"{_PARAS}{middle}\n{_PARAS}")  # (not last: the story goes on)


def test_a_templates_message_keys_go_and_the_values_stay():
    bar = (
        "_NEWSDATE: 2024-12-11 | News by: 纽约时报 | 有0人参与评论 | 专栏: 跨性别政策 | "
        "_FONTSIZE: _FONT_SMALL _FONT_MEDIUM _FONT_LARGE"
    )
    text = _text(f"{bar}\n{_PARAS}")
    assert "_FONT" not in text and "_NEWSDATE" not in text, text
    code = "在配置文件中把 _MAX_SIZE 改成 1024 即可。"
    assert "把 _MAX_SIZE 改成" in _text(f"{_PARAS}{code}\n")  # (one name a text writes about)


def test_an_outlets_more_of_its_reports_over_headlines_goes():
    more = "更多鏡週刊報導\n韓國推「麻辣珍珠炒年糕奶茶」！珍奶控驚喜：出奇的美味\n日本瘋迷珍奶熱 日媒預測「1款台灣飲料」接班\n"
    text = _text(f"{_PARAS}{more}")
    assert "更多" not in text and "珍奶控" not in text, text
    said = "更多报道显示，该公司去年的营收增长了三成，利润也大幅上升。"
    assert said in _text(f"{_PARAS}{said}\n")  # (a sentence that opens with the words)
