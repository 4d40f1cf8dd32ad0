"""An article, or a claim written by hand, read through the pipeline into claim drafts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from factcheck.lang.base import Words, words
from factcheck.models import ClaimDraft
from factcheck.pipeline.claims import Place, display, scoped_key, subject_of
from factcheck.pipeline.document import Document, Sentence, read_claim, read_document
from factcheck.pipeline.figures import read_figures
from factcheck.pipeline.reading import Reading, Scene
from factcheck.pipeline.said import Speakers
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
    that also asks for its places reads the text once."""
    reference = published or dates.find_dateline(doc.text)
    home = only_town(doc.places)
    speakers = Speakers(doc)
    out: list[ClaimDraft] = []
    for k, sentence in enumerate(doc.sentences()):
        if sentence.figures:
            scene = Scene(sentence, speakers.of(k))
            out.extend(sentence_claims(scene, doc, reference=reference, home=home))
    return out


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
    """The claims of one sentence. ``home`` is the one town the article names, if only one
    (:func:`~factcheck.text.places.only_town`): a figure "in" it is the whole event's."""
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
        yield ClaimDraft(
            text=where.clause_text or doc.text[start:end],
            start=start,
            end=end,
            quote=doc.text[start:end],
            subject=subject.name,
            subject_key=scoped_key(r, subject.key, scene, where),
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
    lemmas = {w.lemma for k, w in enumerate(scene.words) if k not in members and len(w.text) > 3}
    names = {m.value for m in scene.entities if not set(range(m.i, m.j)) & members}
    return tuple(sorted(lemmas | names))
