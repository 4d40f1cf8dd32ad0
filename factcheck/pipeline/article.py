"""An article, or a claim written by hand, read through the pipeline into claim drafts."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from factcheck.lang.base import Words, words
from factcheck.models import ClaimDraft, Qualifier
from factcheck.pipeline.claims import Place, display, scoped_key, subject_of
from factcheck.pipeline.document import Document, Sentence, read_claim, read_document
from factcheck.pipeline.figures import read_figures
from factcheck.pipeline.frames import frame_of, framed, names_a_town, without_home
from factcheck.pipeline.reading import Reading, Scene
from factcheck.pipeline.said import Speakers
from factcheck.pipeline.scopes import says_whole
from factcheck.pipeline.when import Timing, timing, year_of_clause
from factcheck.text import attribution, dates
from factcheck.text.figure_attribution import figure_attribution
from factcheck.text.lexicon import Lexicon, default_lexicon
from factcheck.text.places import only_town


@cache
def _leading_links(ru: Words, en: Words) -> re.Pattern[str]:
    """Words that tie a clause to the sentence, not part of the claim: "что Кыргызстан
    направит…" (``clauses.leading_links`` of both words files)."""
    links = ru.set("clauses.leading_links") | en.set("clauses.leading_links")
    # Each choice is followed by a space, so their order does not matter.
    return re.compile(rf"^(?:(?:{'|'.join(sorted(map(re.escape, links)))})\s+)+", re.IGNORECASE)


def extract_claims(
    text: str,
    *,
    published: str | None = None,
    lang: str | None = None,
    lexicon: Lexicon | None = None,
) -> list[ClaimDraft]:
    """Every claim the article makes about a figure, with exact offsets into ``text``.

    The language is decided per sentence.
    """
    return document_claims(read_document(text, lexicon or default_lexicon()), published=published)


def document_claims(doc: Document, *, published: str | None = None) -> list[ClaimDraft]:
    """Every claim of an article already read (:func:`~.document.read_document`): a caller
    that also asks for its places reads the text once. A fragment naming a place ("First, in
    Lyon.") frames the figures after it, to the end of its paragraph."""
    reference = published or dates.find_dateline(doc.text)
    speakers = Speakers(doc)
    home = only_town(doc.places)
    out: list[tuple[ClaimDraft, bool]] = []
    frame: str | None = None
    for k, sentence in enumerate(doc.sentences()):
        if k and "\n" in doc.text[doc.spans[k - 1][1] : sentence.start]:
            frame = None  # a new paragraph
        if not sentence.figures:
            frame = frame_of(sentence, doc.places) or frame
            continue
        if frame and says_whole(sentence.text):
            frame = None  # "Across the country, …": the frame has ended
        scene = Scene(sentence, speakers.of(k))
        for draft, named in _sentence_claims(scene, doc, reference=reference, home=None):
            key = framed(draft.subject_key, frame) if frame else draft.subject_key
            if key != draft.subject_key:
                draft, named = replace(draft, subject_key=key), True
            out.append((draft, named))
    return home_as_whole(out, home, doc.lexicon)


def parse_claim_text(
    text: str, lang: str | None = None, *, lexicon: Lexicon | None = None
) -> ClaimDraft:
    """Read one claim written by hand ("Russia sends 1400 troops") into its structured parts.

    Offsets are left unset: they belong to a quote in a source, not to the claim's own text.
    """
    doc = read_claim(text, lexicon or default_lexicon())
    sentence = next(doc.sentences())
    if not sentence.figures:
        return ClaimDraft(text=text)
    scene = Scene(sentence, attribution.find_attribution(text))
    claims = list(sentence_claims(scene, doc, reference=None, home=None))
    if not claims:
        return ClaimDraft(text=text)
    return replace(claims[0], text=text, start=None, end=None, quote=None, as_of=None)


def sentence_claims(
    scene: Scene, doc: Document, *, reference: str | None, home: str | None
) -> Iterator[ClaimDraft]:
    """The claims of one sentence. With ``home``, the one town the article names
    (:func:`~factcheck.text.places.only_town`), a figure "in" it is the whole event's; an
    article passes None and decides that once all its figures are read (:func:`home_as_whole`)."""
    for draft, _ in _sentence_claims(scene, doc, reference=reference, home=home):
        yield draft


def _sentence_claims(
    scene: Scene, doc: Document, *, reference: str | None, home: str | None
) -> Iterator[tuple[ClaimDraft, bool]]:
    """The claims of one sentence, each with whether its scope is a town named as such."""
    readings = read_figures(scene)
    if not readings:
        return
    sentence = scene.sentence
    when = timing(sentence.text, reference)
    context = _context(scene, readings)
    for r in readings:
        subject = subject_of(r, scene, doc.lexicon)
        if subject is None:
            continue
        where = _place_of(scene, r, home)
        start, end = sentence.start + r.span_start, sentence.start + r.span_end
        q = r.quantity
        said = figure_attribution(sentence.text, q.start, q.end, scene.attribution)
        key = scoped_key(r, subject.key, scene, where)
        draft = ClaimDraft(
            text=where.clause_text or doc.text[start:end],
            start=start,
            end=end,
            quote=doc.text[start:end],
            subject=subject.name,
            subject_key=key,
            property=subject.prop,
            unit=subject.unit,
            low=q.low,
            high=q.high,
            qualifier=q.qualifier,
            members=tuple(display(scene, m, doc.lexicon) for m in r.members),
            member_keys=tuple(m.value for m in r.members),
            speaker=said.speaker if said else None,
            attribution=said.phrase if said else None,
            as_of=_as_of(sentence, where, reference, when),
            hedged=when.hedged,
            earlier=when.earlier,
            context=context,
        )
        yield draft, key is not None and "@place:" in key and names_a_town(scene, r, where.clause)


def home_as_whole(
    claims: list[tuple[ClaimDraft, bool]], home: str | None, lexicon: Lexicon
) -> list[ClaimDraft]:
    """An article set in one town (``home``): a figure "in" that town is the whole event's
    ("в Каменногорске погибли 10" in a report on Kamennogorsk's fire), unless the article also
    counts a figure of the same subject and measure with no place: then that one is the whole
    ("3.5 million nationwide … 119,000 in Paris") and the town's is a part of it. A vague
    amount ("tens of thousands across the country") counts no whole to set the town's against.
    Each claim comes with whether its scope is a town named as such (a list of places, "Derby
    (38), Bath (15)", is of parts whatever the article)."""
    if home is None:
        return [c for c, _ in claims]
    out = []
    for draft, named in claims:
        bare = without_home(draft.subject_key, home) if named else None
        if bare is None:
            out.append(draft)
            continue
        year = (draft.as_of or "")[:4]
        unscoped: dict[tuple[str, str | None], float] = {}
        for c, _ in claims:  # figures of the town's year that could hold it
            if c.subject_key and c.qualifier is not Qualifier.VAGUE:
                if year and c.as_of and c.as_of[:4] != year:
                    continue
                top = _top(c)
                at = (c.subject_key, c.property)
                unscoped[at] = max(top, unscoped.get(at, top))
        if not _has_whole(bare, draft, unscoped, lexicon):
            draft = replace(draft, subject_key=bare)
        out.append(draft)
    return out


def _top(c: ClaimDraft) -> float:
    """The largest value a figure allows (an open bound reaches any)."""
    if c.high is None:
        return math.inf if c.low is not None else -math.inf
    return c.high


def _has_whole(
    key: str,
    draft: ClaimDraft,
    unscoped: dict[tuple[str, str | None], float],
    lexicon: Lexicon,
) -> bool:
    """The article gives a figure of ``key``'s subject, or of a whole or part of it
    ("protesters" and "people"), in the same measure, with no place, that can hold the town's
    (not below it: "11 dead the evening before" is the town's own earlier toll, not a whole)."""
    prop = draft.property
    least = draft.low if draft.low is not None else -math.inf
    related = {key}
    if "@" not in key:
        related |= lexicon.parents(key)
    if any(unscoped.get((k, prop), -math.inf) >= least for k in related):
        return True
    return any(
        p == prop and "@" not in k and key in lexicon.parents(k) and top >= least
        for (k, p), top in unscoped.items()
    )


def _place_of(scene: Scene, r: Reading, home: str | None) -> Place:
    """The figure's clause: it reads to the end of its member list, without "что/and" links."""
    lo, hi = scene.clauses.of(r.quantity.start)
    if r.members:
        hi = max(hi, r.members[-1].end)
    clause_text = _leading_links(words("ru"), words("en")).sub(
        "", scene.text[lo:hi].strip(" ,;—–-")
    )
    return Place((lo, hi), clause_text, home)


def _as_of(sentence: Sentence, where: Place, reference: str | None, when: Timing) -> str | None:
    return year_of_clause(sentence.text, *where.clause, reference) or when.as_of


def _context(scene: Scene, readings: list[Reading]) -> tuple[str, ...]:
    """The sentence's content words and names, for matching counts; member lists left out."""
    members = {k for r in readings for m in r.members for k in range(m.i, m.j)}
    lemmas = {
        w.morph.lemma for k, w in enumerate(scene.words) if len(w.text) > 3 and k not in members
    }
    names = {m.value for m in scene.entities if not set(range(m.i, m.j)) & members}
    return tuple(sorted(lemmas | names))
