"""Pure text → structure: numbers, sentences, attribution, dates, names. No I/O, no rich."""
