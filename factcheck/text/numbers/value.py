"""What a journalist types after ``--value``: "1400", "100-300", ">3000", "<=50", "~2000", "12%",
or any phrase the reader takes whole ("at least 26", "от 100 до 300")."""

from __future__ import annotations

import re

from factcheck.errors import FactcheckError
from factcheck.models import Qualifier, Quantity
from factcheck.text.numbers.digits import read_digits
from factcheck.text.numbers.reader import find_quantities

_VALUE_ERROR = "Cannot read the value '{}': use 1400, 100-300, >3000, <50 or ~2000"
_VALUE_OPS = {
    ">": Qualifier.MORE_THAN, ">=": Qualifier.AT_LEAST, "≥": Qualifier.AT_LEAST,
    "<": Qualifier.LESS_THAN, "<=": Qualifier.AT_MOST, "≤": Qualifier.AT_MOST,
    "~": Qualifier.ABOUT, "≈": Qualifier.ABOUT,
}  # fmt: skip
_VALUE_NUMBER = r"[0-9]+(?:[ \u00a0\u202f,.][0-9]+)*"
_VALUE_SIMPLE = re.compile(
    rf"(?P<op>>=|<=|[><~≈≥≤])?\s*(?P<a>{_VALUE_NUMBER})"
    rf"(?:\s*(?:\.\.|[-–—])\s*(?P<b>{_VALUE_NUMBER}))?\s*(?P<pct>%)?"
)


def parse_value(spec: str) -> Quantity:
    """Read a figure a journalist typed: "1400", "100-300", ">3000", "<=50", "~2000", "12%",
    or a phrase such as "at least 26" or "от 100 до 300". Raises FactcheckError otherwise."""
    text = " ".join(spec.split())
    m = _VALUE_SIMPLE.fullmatch(text)
    simple = _simple_value(text, m) if m else None
    if simple is not None:
        return simple
    found = find_quantities(text)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
        return found[0]
    shown = text if len(text) <= 40 else text[:37] + "..."
    raise FactcheckError(_VALUE_ERROR.format(shown))


def _simple_value(text: str, m: re.Match[str]) -> Quantity | None:
    """A number with an optional sign before it ("~2000"), or two joined by a dash ("100-300")."""
    unit = "%" if m.group("pct") else None
    a = _number(m.group("a"))
    b = _number(m.group("b")) if m.group("b") else None
    op = m.group("op")
    if a is not None and m.group("b") is None:
        q = _VALUE_OPS.get(op or "", Qualifier.EXACT)
        low = None if q in (Qualifier.AT_MOST, Qualifier.LESS_THAN) else a
        high = None if q in (Qualifier.AT_LEAST, Qualifier.MORE_THAN) else a
        return Quantity(low, high, q, 0, len(text), text, unit)
    if a is not None and b is not None and op is None and a <= b:
        return Quantity(a, b, Qualifier.RANGE, 0, len(text), text, unit)
    return None


def _number(s: str) -> float | None:
    """The whole of ``s`` read as digits, or None."""
    d = read_digits(s, 0)
    return d.value if d is not None and d.end == len(s) else None
