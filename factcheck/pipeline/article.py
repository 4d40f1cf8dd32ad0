"""An article, or a claim written by hand, read through the pipeline into claim drafts."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, partial
from itertools import compress
from operator import attrgetter, lt

from factcheck.collector import collector_paused
from factcheck.keys import COUNTRY, GROUP, LEMMA, PART
from factcheck.lang.base import Words, words
from factcheck.models import ClaimDraft, Qualifier
from factcheck.pipeline.bodies import scoped_by_bodies
from factcheck.pipeline.claims import Subject, display, scoped_key, subject_of
from factcheck.pipeline.denials import denial
from factcheck.pipeline.document import Document, Sentence, read_claim, read_document
from factcheck.pipeline.figures import read_figures
from factcheck.pipeline.frames import (
    Measure,
    carry_places,
    frame_of,
    framed,
    names_a_town,
    places_to_carry,
    whole_above_carried,
    without_home,
)
from factcheck.pipeline.listed import (
    aside_of_another,
    base_subject,
    counts_a_group,
    each_place,
    listed_subjects,
    may_count_each,
    may_follow_each,
)
from factcheck.pipeline.reading import Place, Reading, Scene
from factcheck.pipeline.said import Speakers
from factcheck.pipeline.scopes import says_whole
from factcheck.pipeline.when import earlier_here, figure_date, lead_date, timing
from factcheck.text import attribution
from factcheck.text.datelines import find_dateline
from factcheck.text.figure_attribution import figure_attribution
from factcheck.text.lexicon import Lexicon, default_lexicon
from factcheck.text.places import only_town, wire_dateline_end


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


@collector_paused()
def document_claims(doc: Document, *, published: str | None = None) -> list[ClaimDraft]:
    """Every claim of an article already read (:func:`~.document.read_document`): a caller
    that also asks for its places reads the text once. A fragment naming a place ("First, in
    Lyon.") frames the figures after it, to the end of its paragraph."""
    reference = published or find_dateline(doc.text)
    undated = reference  # the date of a figure with none of its own: the article's, or its lead's
    speakers = Speakers(doc)
    out: list[tuple[ClaimDraft, bool]] = []
    carried: dict[int, str] = {}  # a draft's index → its key before a carried place
    frame: str | None = None
    previous: dict[Measure, str] = {}  # the places the sentence before carries
    across = False  # a paragraph has ended since the sentence before
    counted: Subject | None = None  # what the sentence before counted, for a list going on
    prior: Sentence | None = None  # the sentence before, for "both" places it lists
    for k, sentence in enumerate(doc.sentences()):
        prior, sentence_before = sentence, prior
        if k and "\n" in doc.text[doc.spans[k - 1][1] : sentence.start]:
            frame, across = None, True  # a new paragraph
        if not out:  # the lead, to its first claims, may name the day of the event
            undated = lead_date(sentence, reference) or undated
        if not sentence.figures:
            frame, previous, counted = frame_of(sentence, doc.places) or frame, {}, None
            continue
        if frame and says_whole(sentence.text):
            frame = None  # "Across the country, …": the frame has ended
        scene = Scene(sentence, speakers.of(k))
        drafts = list(
            _sentence_claims(
                scene,
                doc,
                reference=reference,
                home=None,
                undated=undated,
                before=counted,
                prior=sentence_before,
            )
        )
        counted = _last_counted(drafts)
        taken = carry_places(scene, [d for d, _ in drafts], previous, doc.lexicon, across=across)
        for (draft, named), (placed, took) in zip(drafts, taken, strict=True):
            if took:  # the place came from a town named as such, as the sentence before's
                carried[len(out)] = draft.subject_key or ""
                draft, named = placed, True
            key = framed(draft.subject_key, frame) if frame else draft.subject_key
            if key != draft.subject_key:
                draft, named = replace(draft, subject_key=key), True
            out.append((draft, named))
        previous, across = places_to_carry([d for d, _ in taken]), False
    kept = whole_above_carried([d for d, _ in out], carried)
    kept, places = scoped_by_bodies(kept, doc.places, doc.lexicon)
    home = only_town(places)
    return home_as_whole(
        [(d, named) for d, (_, named) in zip(kept, out, strict=True)], home, doc.lexicon
    )


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
    scene: Scene,
    doc: Document,
    *,
    reference: str | None,
    home: str | None,
    undated: str | None = None,
    before: Subject | None = None,
    prior: Sentence | None = None,
) -> Iterator[tuple[ClaimDraft, bool]]:
    """The claims of one sentence, each with whether its scope is a town named as such; a
    figure with no date of its own takes ``undated`` (else ``reference``); a bare figure of a
    list of places counts what the sentence does, else ``before``, the sentence before's
    measure; "both" places are those listed in ``prior``, the sentence before."""
    readings = read_figures(scene)
    if not readings:
        return
    marked = may_count_each(scene)
    sentence = scene.sentence
    when = timing(sentence.text)
    context = _context(scene, readings)
    subjects = listed_subjects(
        readings, [subject_of(r, scene, doc.lexicon) for r in readings], scene, before
    )
    for r, subject in zip(readings, subjects, strict=True):
        if subject is None:
            continue
        where = _place_of(scene, r, home)
        start, end = sentence.start + r.span_start, sentence.start + r.span_end
        q = r.quantity
        said = figure_attribution(sentence.text, q.start, q.end, scene.attribution)
        denied = denial(sentence.text, q.start, said)  # a denied figure is nobody's, unsure
        if said is not None and (denied or aside_of_another(sentence.text, said, q.start)):
            said = None
        key = scoped_key(r, subject.key, scene, where)
        dated = figure_date(sentence.text, where.clause, reference, q.start)
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
            as_of=dated or undated or reference,
            hedged=when.hedged or denied is not None,
            denied=denied,
            earlier=earlier_here(when, sentence.text, where.clause, q.start, q.end),
            context=context,
        )
        places = _counted_per_place(scene, r, where.clause, key, marked=marked, prior=prior)
        # "Lyon and Nice each recorded 40 arrests": one claim a place, a list of parts
        for place in places:
            yield _of_place(draft, place, sentence.lang, doc.lexicon), False
        if not places:
            town = key is not None and "@place:" in key
            yield draft, town and names_a_town(scene, r, where.clause)


def _counted_per_place(
    scene: Scene,
    r: Reading,
    clause: tuple[int, int],
    key: str | None,
    *,
    marked: bool,
    prior: Sentence | None,
) -> tuple[str, ...]:
    """The places the figure of ``r`` (of subject ``key``) is counted once each for
    (:func:`~.listed.each_place`; ``marked`` when the sentence may say "each", ``prior`` the
    sentence before, for "both")."""
    # a plain `in` on the sentence, or on the letters before the figure, passes over most
    if not (marked or may_follow_each(scene, r.quantity.start)):
        return ()
    if not _counts_per_place(key):
        return ()
    return each_place(scene, r, clause, marked=marked, prior=prior)


def _counts_per_place(key: str | None) -> bool:
    """The key is of a count a place may have of its own (a group, an event's noun, a
    country's own figure), not yet narrowed to a part of a figure just given."""
    if key is None or key.endswith(f"@{PART}"):
        return False
    return key.startswith((GROUP, LEMMA)) or (key.startswith(COUNTRY) and "@" not in key)


def _of_place(draft: ClaimDraft, place: str, lang: str, lexicon: Lexicon) -> ClaimDraft:
    """The claim of one place of a list the figure is counted once for: a country's own
    figure ("Turkey and Syria each reported 12 cases") becomes each country's, any other is
    narrowed to the place ("group:people@place:lyon"), its other scopes kept."""
    key = draft.subject_key or ""
    if key.startswith(COUNTRY):
        return replace(draft, subject_key=place, subject=lexicon.display_name(place, lang))
    base, *scopes = key.split("@")
    kept = [s for s in scopes if not s.startswith(_PLACE_SCOPES)]  # "@cause:disease" stays
    return replace(draft, subject_key="@".join([base, place, *kept]))


_PLACE_SCOPES = ("place:", "country:", "area:")


def _last_counted(drafts: list[tuple[ClaimDraft, bool]]) -> Subject | None:
    """The measure of the last figure of a sentence that counts a group, scope taken off."""
    for d, _ in reversed(drafts):
        s = Subject(d.subject, d.subject_key, d.property or "", d.unit)
        if counts_a_group(s):
            return base_subject(s)
    return None


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
    shown = max(lo, wire_dateline_end(scene.text))
    clause_text = _leading_links(words("ru"), words("en")).sub(
        "", scene.text[shown:hi].strip(" ,;—–-")
    )
    return Place((lo, hi), clause_text, home)


def _context(scene: Scene, readings: list[Reading]) -> tuple[str, ...]:
    """The sentence's content words and names, for matching counts; member lists left out."""
    members = {k for r in readings for m in r.members for k in range(m.i, m.j)}
    kept = scene.words
    names = {m.value for m in scene.entities}
    if members:  # most sentences list none
        kept = tuple(w for k, w in enumerate(kept) if k not in members)
        names = {m.value for m in scene.entities if members.isdisjoint(range(m.i, m.j))}
    # the lemmas of the words longer than three letters, picked in C: no Python step a word
    long_words = compress(kept, map(_LONGER_THAN_THREE, map(len, map(_TEXT, kept))))
    return tuple(sorted(names.union(map(_LEMMA, long_words))))


_TEXT = attrgetter("text")
_LEMMA = attrgetter("morph.lemma")
_LONGER_THAN_THREE = partial(lt, 3)
