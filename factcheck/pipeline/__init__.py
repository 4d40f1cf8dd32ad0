"""Article text → claim drafts, in the order the data flows.

:mod:`.document` reads the article once: sentences (each with its language), words with their
morphology, lexicon matches, figures. :mod:`.said` finds who speaks in a sentence with a
figure, and :mod:`.reading` sees the sentence with its speaker known (a :class:`~.reading.Scene`:
names inside "по словам министра обороны России" are the speaker's, not a figure's). Then, per
figure, each stage reads the scene and returns what it found: :mod:`.counts` (what the figure
counts), :mod:`.owners` (whose it is), and across the sentence :mod:`.lists` (what list items
leave unsaid); :mod:`.figures` assembles those into readings. :mod:`.when` says as of when,
and :mod:`.claims` turns each reading into a claim draft through an ordered list of named
rules. :mod:`.article` runs it all over an article, or over a claim written by hand.
"""
