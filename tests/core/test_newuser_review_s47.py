"""Guards what review47's new-user pass (session 47; /work/notes/s47_review47.md) fixed outside the TUI.

U2: a date range typed as one value (``date:2021-06..2021-07``, ``2021至2022``) was refused with only "expected YYYY,
YYYY-MM or YYYY-MM-DD": nothing said that a range is two terms (``after:X before:Y``), which a new user had to find
in the README.
"""

from __future__ import annotations

import pytest
from helpers.cli import cli


@pytest.mark.parametrize("value", ["2021-06..2021-07", "2021-06~2021-07", "2021至2022", "2021-2022"])
def test_u2_a_range_in_one_date_term_says_how_a_range_is_written(cli_env, capsys, value: str) -> None:
    code, _, err = cli(capsys, "list", f"date:{value}")
    assert code != 0 and len(err.strip().splitlines()) == 1, err
    assert "after:X before:Y" in err, err


@pytest.mark.parametrize("value", ["昨天", "20210601", "2021-6-1-"])
def test_u2_a_bad_date_that_is_no_range_says_only_the_forms(cli_env, capsys, value: str) -> None:
    code, _, err = cli(capsys, "list", f"date:{value}")
    assert code != 0 and "YYYY-MM-DD" in err and "after:X" not in err, err
