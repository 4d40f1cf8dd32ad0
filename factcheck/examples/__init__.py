"""The built-in example articles (written for factcheck) that `factcheck demo` reads."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class ExampleArticle:
    file: str
    title: str
    outlet: str
    url: str
    published: str
    lang: str


def example_articles() -> list[ExampleArticle]:
    """The examples listed in ``index.json``, in its order."""
    index = resources.files(__name__).joinpath("index.json").read_text(encoding="utf-8")
    return [ExampleArticle(**entry) for entry in json.loads(index)["articles"]]


@contextmanager
def example_path(article: ExampleArticle) -> Iterator[Path]:
    """A real file path for an example, wherever the package is installed."""
    with resources.as_file(resources.files(__name__).joinpath(article.file)) as path:
        yield path
