"""Plain data shared by every layer: frozen dataclasses and enums, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple


class Qualifier(StrEnum):
    """How a figure was stated: the interval (low, high) encodes it; this keeps the words."""

    EXACT = "exact"  # "1400"
    AT_LEAST = "at_least"  # "как минимум 26", "at least 26", "не менее": low=26, high=None
    MORE_THAN = "more_than"  # "более 3 тысяч", "over 3,000": low=3000, high=None
    AT_MOST = "at_most"  # "до 300", "up to 300", "не более": low=None, high=300
    LESS_THAN = "less_than"  # "менее 50", "fewer than 50": low=None, high=50
    ABOUT = "about"  # "около 2000", "about 2,000": low=high=2000, compared with a tolerance
    RANGE = "range"  # "от 100 до 300", "100–300", "between 100 and 300"
    VAGUE = "vague"  # "несколько", "десятки", "dozens": a documented interval


@dataclass(frozen=True)
class Quantity:
    """A figure found in text. ``start``/``end`` are code-point offsets into the text parsed."""

    low: float | None
    high: float | None
    qualifier: Qualifier
    start: int = 0
    end: int = 0
    text: str = ""
    unit: str | None = None  # "%" for percentages; None for plain counts


@dataclass(frozen=True)
class Attribution:
    """Who a statement is attributed to, as written and in base form."""

    speaker: str  # base form: "Ташиев", "МВД Казахстана", "Interior Ministry"
    phrase: str  # as written: "По словам Ташиева"
    start: int = 0  # offsets of the phrase inside the sentence
    end: int = 0


@dataclass(frozen=True)
class Source:
    id: int
    uuid: str
    title: str
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date "2022-01-07", or partial "2022-01"
    language: str | None = None  # "ru", "en"
    text: str | None = None
    sha256: str | None = None
    added_at: str = ""
    # where the text is set: "country:KZ", "place:almaty" (factcheck.text.places); () if unknown
    places: tuple[str, ...] = ()


@dataclass(frozen=True)
class Speaker:
    id: int
    name: str
    kind: str = (
        "unknown"  # person, ministry, agency, media, document, organisation, unnamed, unknown
    )
    aliases: tuple[str, ...] = ()


class ClaimStatus(StrEnum):
    ACTIVE = "active"
    RETRACTED = "retracted"


@dataclass(frozen=True)
class ClaimDraft:
    """A claim before it is stored: what ``add`` parses and ``extract`` proposes."""

    text: str
    start: int | None = None  # quote offsets in the source's kept text
    end: int | None = None
    quote: str | None = None
    subject: str | None = None  # as a journalist would write it: "Россия", "протестующие"
    subject_key: str | None = None  # canonical entity key: "country:RU", "group:people", lemma
    property: str | None = None  # canonical measure: "troops", "killed", "count", ...
    unit: str | None = None  # counted noun or unit as written in base form: "военнослужащий", "%"
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier | None = None
    members: tuple[str, ...] = ()  # "три страны — Армения, Таджикистан и Россия"
    member_keys: tuple[str, ...] = ()  # canonical keys of members, same order
    speaker: str | None = None  # base form
    attribution: str | None = None  # the phrase as written
    as_of: str | None = None  # ISO date
    hedged: bool = False  # "скорее всего", "reportedly", "может быть больше"
    earlier: bool = False  # "ранее сообщалось", "пока", "so far": an earlier state of a figure
    denied: str | None = None  # "denied by the ministry in its source": stored, then retracted
    context: tuple[str, ...] = ()  # content lemmas of the sentence, for matching counts


@dataclass(frozen=True)
class Claim(ClaimDraft):
    """A stored claim."""

    id: int = 0
    uuid: str = ""
    source_id: int = 0
    speaker_id: int | None = None
    status: ClaimStatus = ClaimStatus.ACTIVE
    created_at: str = ""
    source_title: str | None = None
    source_published: str | None = None
    source_places: tuple[str, ...] = ()


class ConflictKind(StrEnum):
    VALUE = "value"
    COUNT = "count"
    MEMBERSHIP = "membership"
    UPDATE = "update"
    RETRACTED = "retracted"
    PART_WHOLE = "part_whole"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


SEVERITY_RANK = {Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3}


class Conflict(NamedTuple):
    """Two claims that cannot both be true (or one superseding the other).

    A named tuple, not a dataclass: a full run of a big ledger makes hundreds of thousands,
    and a tuple is built (and sent between processes) several times faster."""

    kind: ConflictKind
    severity: Severity
    claim_a: int  # the earlier claim where order matters
    claim_b: int
    rule: str  # the rule that fired, e.g. "value.disjoint_intervals"
    explanation: str  # one plain sentence
    id: str = ""  # stable: derived from kind and the pair of claim uuids
    # other claims that give the two figures, each restating one side of the named pair: the
    # copies of this disagreement folded into it (see conflicts/copies.py), ascending ids
    also: tuple[int, ...] = ()

    @property
    def pair(self) -> tuple[int, int]:
        return (min(self.claim_a, self.claim_b), max(self.claim_a, self.claim_b))


class DecisionVerdict(StrEnum):
    UPDATE = "update"
    ERROR = "error"
    EXPLAINED = "explained"
    NOT_A_CONFLICT = "not-a-conflict"


@dataclass(frozen=True)
class Decision:
    conflict_id: str
    verdict: DecisionVerdict
    note: str
    decided_at: str = ""


class Rating(StrEnum):
    TRUE = "true"
    MOSTLY_TRUE = "mostly-true"
    MIXED = "mixed"
    MISLEADING = "misleading"
    FALSE = "false"
    UNPROVEN = "unproven"


@dataclass(frozen=True)
class Verdict:
    claim_id: int
    rating: Rating
    note: str
    evidence: tuple[str, ...] = field(default_factory=tuple)
    decided_at: str = ""
