"""Russian: the words file ``words.toml`` and :mod:`.grammar`, the verb forms built from it."""
