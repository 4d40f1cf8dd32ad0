"""`factcheck extract URL`: a page served on 127.0.0.1 by the test itself (never the network),
read for its main text and metadata; every page that cannot be had is one line and nothing
stored."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import Invoke, rows

from factcheck.errors import FactcheckError
from factcheck.web import fetch_page, is_url, page_of

ARTICLE = """<!doctype html>
<html lang="ru"><head>
<meta charset="utf-8">
<title>Пожар на складе в Новоозёрске | Вечерний вестник</title>
<meta property="og:site_name" content="Вечерний вестник">
<meta property="article:published_time" content="2024-05-06T10:00:00+03:00">
</head><body>
<nav><a href="/">Главная</a> | <a href="/news">Новости</a> | <a href="/sport">Спорт</a></nav>
<article>
<h1>Пожар на складе в Новоозёрске</h1>
<p>Число погибших при пожаре на складе в Новоозёрске выросло до 7 человек, сообщили в
региональном управлении МЧС.</p>
<p>Ещё 12 человек госпитализированы, заявил губернатор области Пётр Соколов. По его словам,
огонь удалось локализовать на площади 1500 квадратных метров.</p>
</article>
<footer>© 2024 Вечерний вестник. Все права защищены. [Подписка] **Реклама**</footer>
</body></html>
"""

PAGES: dict[str, tuple[int, str, bytes]] = {
    "/fire": (200, "text/html; charset=utf-8", ARTICLE.encode()),
    "/plain": (200, "text/plain; charset=utf-8", b"Flood kills 14 people in Varossa.\n"),
    "/report.pdf": (200, "application/pdf", b"%PDF-1.4 \x00\x01"),
    "/empty": (200, "text/html", b"<html><head><title>Gallery</title></head><body></body></html>"),
    "/latin1": (200, "text/plain", "caf\xe9 14 killed".encode("latin-1")),
    # many Russian sites still serve windows-1251
    "/cp1251": (
        200,
        "text/html; charset=windows-1251",
        ARTICLE.replace('charset="utf-8"', 'charset="windows-1251"').encode("cp1251"),
    ),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/fire")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(1.0)
        status, kind, body = PAGES.get(self.path, (404, "text/html", b"<h1>Not found</h1>"))
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (the slow page): that is the test

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep the test output clean


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The base URL of a web server on 127.0.0.1 serving PAGES, for the test's length."""
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("https://example.org/a", True),
        ("HTTP://example.org/a", True),
        ("article.txt", False),
        ("file:///tmp/a.txt", False),
        ("ftp://example.org/a", False),
    ],
)
def test_what_names_a_web_page(name: str, url: bool) -> None:
    assert is_url(name) is url


def test_a_page_is_read_for_its_article_and_what_it_says_of_itself() -> None:
    page = page_of(ARTICLE, "https://vestnik.example/fire")
    assert page.title == "Пожар на складе в Новоозёрске"
    assert page.outlet == "Вечерний вестник"
    assert page.published == "2024-05-06"
    assert "выросло до 7 человек" in page.text and "1500 квадратных метров" in page.text
    for boilerplate in ("Главная", "Спорт", "Все права защищены", "Подписка"):
        assert boilerplate not in page.text


def test_extract_url_keeps_the_page_text_and_its_claims(site: str, cli: Invoke) -> None:
    result = cli("extract", f"{site}/fire", "--yes")
    assert result.exit_code == 0, result.stderr
    db = Path("claims.db")
    [(url, title, outlet, published, text)] = rows(
        db, "SELECT url, title, outlet, published, text FROM sources"
    )
    assert (url, title, outlet, published) == (
        f"{site}/fire",
        "Пожар на складе в Новоозёрске",
        "Вечерний вестник",
        "2024-05-06",
    )
    claims = rows(db, 'SELECT quote, start, "end", low, attribution FROM claims ORDER BY start')
    found = [(quote, low) for quote, _, _, low, _ in claims]
    assert found[:2] == [("7 человек", 7.0), ("12 человек", 12.0)]
    for quote, start, end, _, _ in claims:  # quotes are offsets into the kept page text
        assert text[start:end] == quote
    assert rows(db, "SELECT count(*) FROM history WHERE action = 'insert'")[0][0] >= len(claims)


def test_a_page_in_windows_1251_is_read_as_russian(site: str, cli: Invoke) -> None:
    result = cli("extract", f"{site}/cp1251", "--yes")
    assert result.exit_code == 0, result.stderr
    [(title, text)] = rows(Path("claims.db"), "SELECT title, text FROM sources")
    assert title == "Пожар на складе в Новоозёрске"
    assert "выросло до 7 человек" in text


def test_what_the_journalist_says_wins_over_the_page(site: str, cli: Invoke) -> None:
    args = ("--title", "Warehouse fire", "--published", "2024-05-07")
    result = cli("extract", f"{site}/moved", "--yes", *args)
    assert result.exit_code == 0, result.stderr
    assert rows(Path("claims.db"), "SELECT url, title, outlet, published FROM sources") == [
        (f"{site}/fire", "Warehouse fire", "Вечерний вестник", "2024-05-07")
    ]


def test_a_plain_text_page_is_read_as_it_is(site: str, cli: Invoke) -> None:
    result = cli("extract", f"{site}/plain", "--yes")
    assert result.exit_code == 0, result.stderr
    assert rows(Path("claims.db"), "SELECT text FROM sources") == [
        ("Flood kills 14 people in Varossa.\n",)
    ]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "Cannot load {url}: HTTP 404 Not Found"),
        (
            "/report.pdf",
            "Cannot read {url}: it is application/pdf, not a web page; save the article's text"
            " to a file and extract the file",
        ),
        (
            "/empty",
            "{url} has no article text factcheck can find: save the article's text to a file"
            " and extract the file",
        ),
        ("/latin1", "Cannot read {url}: the page is not UTF-8 text"),
    ],
)
def test_a_page_that_cannot_be_had_is_one_line_and_nothing_stored(
    site: str, cli: Invoke, path: str, message: str
) -> None:
    assert cli("source", "add", "Kept before").exit_code == 0
    url = f"{site}{path}"
    result = cli("extract", url, "--yes")
    assert (result.exit_code, result.stderr) == (1, f"Error: {message.format(url=url)}\n")
    assert rows(Path("claims.db"), "SELECT title FROM sources") == [("Kept before",)]


def test_no_server_and_no_answer_are_told_apart(site: str) -> None:
    with pytest.raises(FactcheckError, match=r"no answer within 0\.2 s|timed out"):
        fetch_page(f"{site}/slow", timeout=0.2)
    closed = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    port = closed.server_address[1]
    closed.server_close()  # nothing listens there now
    with pytest.raises(FactcheckError, match="Connection refused"):
        fetch_page(f"http://127.0.0.1:{port}/fire")


@pytest.mark.parametrize("url", ["http://[bad", "https://"])
def test_a_malformed_url_is_one_line(cli: Invoke, url: str) -> None:
    result = cli("extract", url, "--yes")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: Cannot load {url}: ")
    assert result.stderr.count("\n") == 1
