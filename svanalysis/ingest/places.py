"""Where a postcode is: its region (Q3's labels) from its district where that matters, else its area.

Most postcode areas lie in one region, so the area decides (``data/postcode_areas.csv``). Some
straddle a boundary, the England-Wales border above all (SY is Shrewsbury in the West Midlands
but SY23 is Aberystwyth in Wales; CH5-CH8 are Flintshire): for those the district decides
(``data/postcode_districts.csv``), and a district that itself straddles the border is
*ambiguous*, so no region is inferred from it rather than a wrong one.
"""

from __future__ import annotations

import csv
import functools
import re
from typing import Any

from svanalysis.core.paths import PACKAGE_DATA, POSTCODE_AREAS_PATH

__all__ = ["AMBIGUOUS", "place_postcode", "postcode_region"]

AMBIGUOUS = "ambiguous"
_OUTWARD = re.compile(r"^\s*([A-Za-z]{1,2})(\d[A-Za-z\d]?)\s*(?:\d[A-Za-z]{2})?\s*$")


def _rows(path: Any) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    areas = {r["area"]: r["region"] for r in _rows(POSTCODE_AREAS_PATH)}
    districts = {r["district"]: r["region"] for r in _rows(PACKAGE_DATA / "postcode_districts.csv")}
    return areas, districts


def place_postcode(postcode: Any) -> tuple[str | None, str]:
    """The region of a postcode (or its outward code alone) and how it was placed: ``district``,
    ``area``, ``ambiguous`` (a district straddling a boundary) or ``unknown``.

    >>> place_postcode("SY23 1AB"), place_postcode("sy1 2ab"), place_postcode("CH4 8AA")
    (('Wales', 'district'), ('West Midlands', 'district'), (None, 'ambiguous'))
    >>> place_postcode("LS6 2AB"), place_postcode("nonsense")
    (('Yorkshire and the Humber', 'area'), (None, 'unknown'))
    """
    if not isinstance(postcode, str):
        return None, "unknown"
    m = _OUTWARD.match(postcode)
    if not m:
        return None, "unknown"
    area = m.group(1).upper()
    district = area + m.group(2).upper()
    areas, districts = _tables()
    if district in districts:
        region = districts[district]
        return (None, AMBIGUOUS) if region == AMBIGUOUS else (region, "district")
    if area in areas:
        return areas[area], "area"
    return None, "unknown"


def postcode_region(postcode: Any) -> str | None:
    """The region of a postcode, or None when it is unknown or ambiguous.

    >>> postcode_region("SY23 3DD"), postcode_region("NP16 5AA")
    ('Wales', None)
    """
    return place_postcode(postcode)[0]
