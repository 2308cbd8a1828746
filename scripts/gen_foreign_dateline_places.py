"""Make src/briefreader/ingest/dateline_places.py's table of foreign places from two public lists.

    pip install babel   # (only for this script: the CLDR's data ships in it)
    python scripts/gen_foreign_dateline_places.py COUNTRY_SOURCE_JS

- the Unicode CLDR's exemplar cities (a time zone's city: 纽约, 伦敦, 东京, 悉尼; Taiwan's and Hong Kong's own spellings
  in zh_Hant and zh_Hant_HK: 紐約, 雪梨), as babel ships them (babel 2.19.0 for session 49's table); Antarctica's
  stations (named after people: 戴维斯, 凯西) and the unknown zone's words are left out;
- every country's capital (华盛顿, 渥太华, 新德里, which no time zone is named after), the Capital_CN field of
  zywtest/testNetlify's connections/world-map/js/const/countrySource.js (at 2ea44f5e for session 49's table); a
  district's word is dropped as the press drops it ("华盛顿特区": 华盛顿).

Names of Han characters only, two or more; each in both scripts (briefreader.hanzi). Prints the words, shortest first;
the module keeps them wrapped in a string, apart from China's own places (scripts/gen_dateline_places.py).
"""

from __future__ import annotations

import re
import sys

from briefreader.hanzi import to_simplified, to_traditional

_CAPITAL = re.compile(r'"Capital_CN"\s*:\s*"([^"]+)"')
_HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]{2,}$")
_DISTRICT = re.compile(r"特区$")
_LEFT_OUT_ZONES = ("Antarctica/", "Etc/")


def names(country_source_js: str) -> list[str]:
    from babel import Locale  # (only here: no part of briefreader needs babel)

    found: set[str] = set()
    for locale in ("zh", "zh_Hant", "zh_Hant_HK"):
        for zone, info in Locale.parse(locale).time_zones.items():
            if not zone.startswith(_LEFT_OUT_ZONES) and "city" in info:
                found.add(info["city"])
    with open(country_source_js, encoding="utf-8") as f:
        for capital in _CAPITAL.findall(f.read()):
            found |= {capital, _DISTRICT.sub("", capital)}
    found = {n for n in found if _HAN_ONLY.match(n)}
    both = found | {to_traditional(n) for n in found} | {to_simplified(n) for n in found}
    return sorted(both, key=lambda w: (len(w), w))


if __name__ == "__main__":
    print(" ".join(names(sys.argv[1])))
