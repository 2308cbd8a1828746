"""`briefreader check` named a record of a file of many by its file alone: the ten rows of dev/s35_08's scraped CSV
that hold only a site's "Javascript must be enabled" notice printed ten lines "scraped.csv: empty: …" alike. Each now
names its record as its id does ("scraped.csv#be369bab: empty: …"), and `show` of such a record's id says it was not
read rather than "unknown briefing id" (the problems screen does the same, tests/tui/test_problems_records_s37.py)."""

from __future__ import annotations

import re

from briefreader.cli import main


def test_check_names_each_record_not_read(samples_with_csv, capsys) -> None:
    main(["--config", str(samples_with_csv), "check"])
    out = capsys.readouterr().out.splitlines()
    records = [line for line in out if line.startswith("scraped.csv")]
    assert len(records) == 10, out
    keys = [re.match(r"scraped\.csv#([0-9a-f]{8}): empty: ", line) for line in records]
    assert all(keys), records
    assert len({m[1] for m in keys if m}) == 10  # ten records, ten names


def test_show_of_a_record_not_read_says_so(samples_with_csv, capsys) -> None:
    main(["--config", str(samples_with_csv), "check"])
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("scraped.csv#"))
    key = line.split(":", 1)[0].split("#")[1]
    assert main(["--config", str(samples_with_csv), "show", f"scraped#{key}"]) != 0
    err = capsys.readouterr().err
    assert f"scraped.csv#{key} was not read: " in err and "Javascript" in err, err


def test_show_of_a_file_some_of_whose_records_were_read_never_says_it_was_not_read(samples_with_csv, capsys) -> None:
    # review s37 R4's fix answers "was not read" for a file none of whose records was read; this CSV's other rows are
    # listed, so its name must not be answered so (an ambiguous name, or a record of it, instead)
    main(["--config", str(samples_with_csv), "show", "scraped"])
    captured = capsys.readouterr()
    assert "was not read" not in captured.err, captured.err
