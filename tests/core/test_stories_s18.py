"""Stories, session 18: teasers inside their page (containment) are found, and a short
text sharing a template with a long one is not taken for its teaser."""

from __future__ import annotations

import random

from briefreader import stories
from briefreader.model import Briefing

# the syllables of made-up Chinese prose: every seed gives other 4-character shingles
HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"


def _prose(seed: int, n: int) -> str:
    rng = random.Random(seed)
    return "。".join("".join(rng.choice(HAN) for _ in range(rng.randint(12, 30))) for _ in range(n // 20))


LEAD = (
    "新华社上海5月9日电 记者从上海市经济和信息化委员会获悉，2023年上海软件和信息服务业营业收入达到1.5万亿元，"
    "同比增长13%，规模以上企业超过3000家。"
)


def _page(seed: int) -> tuple[str, str]:
    """A page: a headline, a sentence of its own, the wire's lead (every page's), then ~500
    characters of its own prose (a teaser of 80-170
    characters is 10-25% of it, as the real ones: below ~10% the minima hold fewer than
    stories.MIN_EVIDENCE bins of the teaser's and say nothing)."""
    return _prose(seed + 200, 20)[:14], _prose(seed + 100, 40) + "。" + LEAD + "\n" + _prose(seed, 500)


def _teaser(title: str, text: str, chars: int) -> tuple[str, str]:
    """The outlet's feed entry: the same headline, the body cut after ``chars`` characters."""
    return title, text[:chars] + "……"


def test_a_feed_teaser_inside_its_page_is_the_same_story():
    # issue 19 "Stories": a teaser is 5-15% of its page (Jaccard 0.05-0.2, containment ~1); the 32x2 bands
    # met it with p ~0.02-0.3 (the real gold's 4 teasers: 2 found). The lead bands meet it, the minima say
    # "inside"; either order of arrival, in memory and through the index. Found: 68 of 72, the old code 28
    # (the 4 left: teasers whose minima hold fewer than stories.MIN_EVIDENCE bins, let go: precision first)
    found = 0
    for seed in range(12):
        page = _page(seed)
        for chars in (80, 120, 170):
            teaser = _teaser(*page, chars)
            found += stories.cluster([page, teaser]) == [0, 0]
            found += stories.cluster([teaser, page]) == [0, 0]
    assert found >= 68


def test_the_index_groups_a_teaser_with_its_page(tmp_path):
    from briefreader.index import Index

    def briefing(bid: str, title: str, text: str) -> Briefing:
        return Briefing(id=bid, path="", fingerprint=bid, title=title, text=text)

    pages = [_page(seed) for seed in range(6)]
    with Index.open(tmp_path / "cache", tmp_path, "v1") as index:
        keys = {}
        for n, page in enumerate(pages):
            first, second = (page, _teaser(*page, 90)) if n % 2 else (_teaser(*page, 90), page)
            keys[f"a{n}"] = index.store(f"a{n}.txt", 1, 1, briefing(f"a{n}", *first))
            keys[f"b{n}"] = index.store(f"b{n}.txt", 1, 1, briefing(f"b{n}", *second))
        index.commit()
        story = index.story_ids()
    assert story is not None
    for n in range(len(pages)):
        assert story[keys[f"a{n}"]] == story[keys[f"b{n}"]] == keys[f"a{n}"], n
    assert len({story[keys[f"a{n}"]] for n in range(len(pages))}) == len(pages)


def test_a_template_entry_is_not_inside_another_districts_article():
    # generated corpus (bench_stories_generated, seed 11): a feed entry "杨浦区数字文创大会日前举行，2032年目标和
    # 2845万元投资同时发布" was taken as inside "长宁区数字文创大会日前举行，2031年目标和3865万元…" plus 900 characters:
    # |A∩B| read from the Jaccard estimate (3 of 64 bins) and the sizes said 0.88; it is 0.3. 270 predicted
    # pairs for 60 true ones. Now the minima count the bins where the entry's minimum is below the article's,
    # and the entry's figure must be the article's.
    wrong_by_shingles = wrong = 0
    places = ["长宁区", "徐汇区", "杨浦区", "浦东新区", "临港新片区", "张江", "闵行区", "静安区"]
    for seed in range(40):
        rng = random.Random(seed)
        a, b = rng.sample(places, 2)
        year, amount = rng.randint(2026, 2036), rng.randint(1000, 9999)
        entry = (f"{a}部署数字文创新举措", f"{a}数字文创大会日前举行，{year}年目标和{amount}万元投资同时发布。……")
        article = (
            f"{b}推进数字文创新举措",
            f"{b}数字文创大会日前举行，{year + 1}年目标和{amount + 17}万元投资同时发布。\n" + _prose(seed, 900),
        )
        sa, sb = stories.signature(*entry), stories.signature(*article)
        assert sa is not None and sb is not None
        # the minima alone (no number sketch, no veto), then with the numbers, from the object and the bytes
        wrong_by_shingles += stories.Signature(sa.values, sa.size).matches(stories.Signature(sb.values, sb.size))
        wrong += sa.matches(sb) or sb.matches_bytes(sa.to_bytes())
        assert stories.cluster([article, entry]) == [0, 1]
    assert wrong_by_shingles == wrong == 0  # the old code: 3 of 40 both ways


def test_a_teaser_quoting_other_figures_is_not_its_page():
    # the shorter text's figures must be the longer one's (a copy keeps its figures); one is enough to say no
    title, text = _page(3)
    teaser = _teaser(title, text, 110)
    other = (title, teaser[1].replace("1.5万亿元", "1.8万亿元").replace("13%", "11%"))
    assert stories.cluster([(title, text), teaser, other]) == [0, 0, 2]
    assert not stories.numbers_not_inside(stories.number_sketch(*teaser), stories.number_sketch(title, text))
    assert stories.numbers_not_inside(stories.number_sketch(*other), stories.number_sketch(title, text))
    # no sketch on the longer side (a signature stored before session 16): no evidence, no veto
    assert not stories.numbers_not_inside(stories.number_sketch(*other), ())


def test_the_lead_travels_with_the_stored_signature_and_old_blobs_read_as_before():
    sig = stories.signature(*_page(1))
    assert sig is not None and len(sig.lead) == stories.LEAD_VALUES
    blob = sig.to_bytes()
    assert stories.Signature.from_bytes(blob) == sig
    title = 2 * (1 + len(sig.title))  # its length, then its characters (session 22)
    periods = 2 * (1 + len(sig.periods)) if sig.periods else 0  # their count, then their hashes (session 25)
    assert len(blob) == 4 * (1 + stories.NUM_PERM + stories.LEAD_VALUES) + title + periods + 2 * len(sig.numbers)
    old = stories.Signature(sig.values, sig.size, sig.numbers)  # stored before session 18: no lead
    assert stories.Signature.from_bytes(old.to_bytes()) == old and old.lead_bands() == []
    assert len(old.bands()) == stories.BANDS and sig.bands()[: stories.BANDS] == old.bands()
    teaser = stories.signature(*_teaser(*_page(1), 90))
    assert teaser is not None
    assert teaser.matches(sig) == teaser.matches_bytes(blob) == teaser.matches_bytes(old.to_bytes()) is True
    assert set(teaser.lead_bands()) & set(sig.lead_bands())
