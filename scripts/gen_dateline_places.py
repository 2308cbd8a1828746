"""Make src/briefreader/ingest/dateline_places.py's table from modood/Administrative-divisions-of-China's public lists.

    python scripts/gen_dateline_places.py PROVINCES_CSV CITIES_CSV HK_MO_TW_JSON

(dist/provinces.csv, dist/cities.csv and dist/HK-MO-TW.json of that repository, at 57a0aa9c for session 48's table).
Prints the words, Simplified and Traditional, shortest first; the module keeps them wrapped in a string.
"""

from __future__ import annotations

import csv
import json
import re
import sys

from briefreader.hanzi import to_traditional

_SUFFIX = re.compile(r"(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|盟|县)$")
_MINORITY = re.compile(r"(?:朝鲜|土家|苗|藏|羌|彝|白|傣|景颇|傈僳|回|蒙古|哈萨克|柯尔克孜|壮|布依|侗|哈尼)族|哈萨克$")
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def names(provinces: str, cities: str, hk_mo_tw: str) -> list[str]:
    found: set[str] = set()

    def add(full: str) -> None:
        found.add(full)
        short = _MINORITY.sub("", _SUFFIX.sub("", full))  # 延边朝鲜族自治州: 延边
        if len(short) >= 2:
            found.add(short)

    with open(provinces, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            add(row["name"])
    with open(cities, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["name"] not in _PLACEHOLDERS:
                add(row["name"])
    with open(hk_mo_tw, encoding="utf-8") as f:
        regions = json.load(f)
    for region in regions:
        add(region)
    for city in regions["台湾省"]:
        add(city)
    found |= {"九龙", "新界", "澳门", "香港", "台湾"}
    both = found | {to_traditional(n) for n in found}
    return sorted(both, key=lambda w: (len(w), w))


if __name__ == "__main__":
    print(" ".join(names(*sys.argv[1:4])))
