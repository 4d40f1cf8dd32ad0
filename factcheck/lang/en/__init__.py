"""English: the words file ``words.toml`` (English needs no grammar of its own here)."""
