"""Session 12 (13-dev): figures6 dev-retired7's and the other dev splits' general causes, one case each."""

from briefreader.figures import extract_figures
from briefreader.figures.region import detect_region


def test_a_post_on_taiwans_bulletin_board_is_taiwans() -> None:
    # PTT (批踢踢實業坊) is Taiwan's: a source line naming it is a Taiwan vote that decides, as an outlet's
    text = "緯穎2日收3,315元上漲0.45％，然盤中一度來到3,425元。"
    r = detect_region(text, source="PTT 批踢踢實業坊 Stock 板", script="hant")
    assert (r.name, r.currency) == ("tw", "TWD")
    money = [f for f in extract_figures(text, region=r) if f.kind == "money"]
    assert [(f.value, f.unit) for f in money] == [(3315, "TWD"), (3425, "TWD")]
    # without it the same text says nothing of its region: shown as written
    assert detect_region(text, source="", script="hant").currency == ""
