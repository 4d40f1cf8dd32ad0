"""Article text → claim drafts, in the order the data flows.

:mod:`.document` reads the article once (sentences, words with their morphology, lexicon
matches, figures); each later stage reads that document and returns what it found:
:mod:`.counts` (what a figure counts), :mod:`.owners` (whose it is), :mod:`.lists` (what list
items leave unsaid), :mod:`.said` (who said it), :mod:`.when` (as of when); :mod:`.claims` turns
each reading into a claim draft through an ordered list of named rules. :mod:`.article` runs
them over an article or a claim written by hand.
"""
