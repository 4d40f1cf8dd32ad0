"""Each language in one place: ``lang/ru/`` and ``lang/en/`` hold a words file (speech verbs,
source nouns, titles, hedges, months…) and the little grammar that is truly code;
:mod:`factcheck.lang.base` loads and checks the files and decides a sentence's language."""
