"""Article text → candidate claims: each figure with what it counts, whose it is, who said so, when.

The reading is deliberately local and explainable. A sentence is cut into clauses (at commas,
semicolons, brackets and "а/но/while"); each figure takes

* its **counted noun** from the words right after it ("150 военных", "8 единиц бронетехники"),
  or, when elided ("Россия — 1400", "18 ранены"), from the figure before it in the sentence;
* its **event** (killed, injured, detained…) from the nearest event word in its clause;
* its **actor** from "X — N", an adjective or name inside the figure ("1,400 Russian troops"),
  or the nearest name in its clause that is not a destination ("направит в Казахстан"); list
  items without their own actor inherit the one before ("150 военных, 11 авто");
* its **attribution**, hedge, earlier-state mark and as-of date from its own sentence only —
  never from a neighbouring one.

A count of countries ("три страны — Армения, Таджикистан и Россия") keeps its member list.
The stages live in :mod:`factcheck.pipeline`; this module is their entry point.
"""

from __future__ import annotations

from factcheck.pipeline.article import extract_claims, parse_claim_text

__all__ = ["extract_claims", "parse_claim_text"]
