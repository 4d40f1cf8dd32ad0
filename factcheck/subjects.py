"""Which claims a subject means: one reading of what a journalist types after ``--subject``.

``list``, ``report``, ``conflicts`` and ``timeline`` all pick claims through
:func:`subject_matcher`, so "Russia", "Россия", "РФ" and "country:RU" pick the same claims, and
so do "people", "люди" and "group:people".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from factcheck.models import ClaimDraft


@dataclass(frozen=True)
class SubjectMatcher:
    """A subject as typed, resolved once; call it on a claim to ask whether it is about it.

    A claim matches when its subject as written contains the typed text (case-folded), or
    when its subject key is one of ``keys``; a key scoped to a place or a part
    ("group:people@place:almaty") counts as its group ("group:people"). Every claim matches a
    blank subject.
    """

    typed: str
    keys: frozenset[str]

    def __call__(self, claim: ClaimDraft) -> bool:
        if not self.typed or (claim.subject and self.typed in claim.subject.casefold()):
            return True
        key = (claim.subject_key or "").casefold()
        return bool(key) and (key in self.keys or key.partition("@")[0] in self.keys)


def subject_matcher(typed: str, aliases: Mapping[str, str] | None = None) -> SubjectMatcher:
    """The matcher for what a journalist typed: a key ("country:RU", "group:people"), one of
    their aliases ("Kremlin"), a name the lexicon knows in any language and case ("Russia",
    "России", "РФ", "люди", "protesters"), a person's name ("Лаптевой", "Андрей Сомов") or
    any other words of a subject ("явки" finds claims about "явка")."""
    typed = typed.strip()
    return SubjectMatcher(typed.casefold(), frozenset(k.casefold() for k in _keys(typed, aliases)))


def _keys(typed: str, aliases: Mapping[str, str] | None) -> set[str]:
    """Every subject key the typed text can stand for."""
    from factcheck.text.lexicon import key_for

    key = key_for(typed, aliases)
    if key is None:
        return set()
    if ":" in typed and " " not in typed:
        return {key}  # a key, as typed
    from factcheck.text.lexicon import default_lexicon
    from factcheck.text.morph import fold, normal_forms, words

    keys = {key}
    folded = {fold(alias): k for alias, k in (aliases or {}).items()}
    if fold(typed) in folded:
        keys.add(folded[fold(typed)])  # an alias typed in another case
    # An entity named inside longer words ("Russian Federation troops") still counts, and a
    # name typed in lower case ("россия") is still a name.
    capitalised = " ".join(w[:1].upper() + w[1:] for w in typed.split())
    for text in {typed, capitalised}:
        keys |= {m.value for m in default_lexicon().entities.find(words(text))}
    tokens = words(typed)
    last = tokens[-1].text if tokens else ""
    if last[:1].isupper():
        # A person's key is their surname's dictionary form ("Лаптевой" → name:лаптев).
        keys |= {f"name:{form}" for form in {fold(last), *normal_forms(last)}}
    return keys
