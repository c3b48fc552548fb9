"""Personal data typed where it should not be: the patterns and the redaction.

Emails, UK phone numbers, postcodes and IP addresses typed into answers are replaced by a marker
(``[email]``, ``[phone]``, ``[postcode]``, ``[ip address]``) everywhere but the restricted PII
table; names known from a response's own About-you fields are replaced by ``[name]``. The patterns
are public (``EMAIL``, ``PHONE``, ``POSTCODE``, ``IP``) because the letters reader also uses them to
find a sender's details. ``postcode_region`` places a postcode's area in an English region or
Wales (``data/postcode_areas.csv``).
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable
from typing import Any

from svanalysis.core.paths import POSTCODE_AREAS_PATH

__all__ = ["EMAIL", "IP", "PHONE", "POSTCODE", "REDACTIONS", "postcode_region", "redact"]

# ============================================================================ personal data
EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
PHONE = re.compile(r"(?<![\w£.,])(?:\+44\s?\(?0?\)?\s?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w.,]\d)")
POSTCODE = re.compile(r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b")
IP = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
REDACTIONS = [("[email]", EMAIL), ("[phone]", PHONE), ("[postcode]", POSTCODE), ("[ip address]", IP)]


def redact(text: Any, names: Iterable[str] = ()) -> tuple[Any, bool]:
    """Replace email addresses, phone numbers, postcodes, IP addresses and the given names in ``text``.

    Returns the redacted text and whether anything was replaced.

    >>> redact("Call 07700 900123 or email a.b@c.example; SW1P 4DF")
    ('Call [phone] or email [email]; [postcode]', True)
    >>> redact("We spent £10,000 in 2019 on 24 posts")
    ('We spent £10,000 in 2019 on 24 posts', False)
    """
    if not isinstance(text, str) or not text:
        return text, False
    out = text
    for token, pat in REDACTIONS:
        out = pat.sub(token, out)
    for name in names:
        if name and len(name) >= 4:
            out = re.sub(rf"\b{re.escape(name)}\b", "[name]", out, flags=re.I)
    return out, out != text


@functools.lru_cache(maxsize=1)
def _postcode_table() -> dict[str, str]:
    with open(POSTCODE_AREAS_PATH, encoding="utf-8") as fh:
        return {r["area"]: r["region"] for r in csv.DictReader(line for line in fh if not line.startswith("#"))}


def postcode_region(postcode: Any) -> str | None:
    """The region of a UK postcode's area, from the shipped postcode-area table.

    >>> postcode_region("ls12 1ya"), postcode_region("B12 9QT"), postcode_region("nonsense")
    ('Yorkshire and the Humber', 'West Midlands', None)
    """
    if not isinstance(postcode, str):
        return None
    m = re.match(r"^\s*([A-Za-z]{1,2})\d", postcode)
    if not m:
        return None
    return _postcode_table().get(m.group(1).upper())
