"""An article from the web: the page a journalist names by URL, fetched once, read for its main
text and what the page says of itself (title, outlet, publication date).

This is the only place factcheck touches the network, and only for a URL the journalist gave.
A page that cannot be had — no answer, an HTTP error, not a web page, too large, no article
text in it — is one FactcheckError saying which and what to do instead. The page's main text is
told from its menus, footers and comments by trafilatura; what is kept is that text, so quotes
and offsets refer to what was read, as for a file.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck import __version__
from factcheck.errors import FactcheckError

MAX_PAGE_BYTES = 10 * 1024 * 1024
TIMEOUT_SECONDS = 20.0
_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain"})


@dataclass(frozen=True)
class Page:
    """A fetched article: its main text and what the page tells of itself (None if nothing)."""

    url: str  # where the page was read, after any redirect
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date


def is_url(name: str) -> bool:
    """Whether an argument names a web page rather than a file."""
    return name.lower().startswith(("http://", "https://"))


def fetch_page(url: str, *, timeout: float = TIMEOUT_SECONDS) -> Page:
    """The article at ``url``, or a FactcheckError saying why it cannot be read."""
    data, final_url, kind = _download(url, timeout)
    if kind in _TEXT_TYPES:
        return Page(final_url, _plain_text(data, url))
    return page_of(data, final_url)


def _plain_text(data: bytes, url: str) -> str:
    """A text/plain page as text: UTF-8 only, as a file would be."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FactcheckError(f"Cannot read {url}: the page is not UTF-8 text") from exc
    if not text.strip() or "\x00" in text:
        raise FactcheckError(f"{url} has no article text factcheck can find")
    return text


def page_of(html: bytes | str, url: str) -> Page:
    """The main text and metadata of a web page's HTML."""
    import trafilatura

    found = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    text = getattr(found, "text", None) or ""
    if not text.strip():
        raise FactcheckError(
            f"{url} has no article text factcheck can find: save the article's text to a file"
            " and extract the file"
        )
    return Page(
        url=url,
        text=text.strip() + "\n",
        title=_field(found, "title"),
        outlet=_field(found, "sitename"),
        published=_field(found, "date"),
    )


def _field(found: object, name: str) -> str | None:
    value = getattr(found, name, None)
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _download(url: str, timeout: float) -> tuple[bytes, str, str]:
    """The page's bytes (no more than MAX_PAGE_BYTES), its final URL and its content type."""
    # imported here: urllib.request and http.client cost ~35 ms, and most extracts read a file
    import http.client
    import urllib.error
    import urllib.request

    try:
        request = urllib.request.Request(
            url,
            headers={
                "User-Agent": f"factcheck/{__version__} (fact-checking; one page on request)",
                "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8",
            },
        )
        with urllib.request.urlopen(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in _PAGE_TYPES | _TEXT_TYPES:
                raise FactcheckError(
                    f"Cannot read {url}: it is {kind}, not a web page; save the article's text"
                    " to a file and extract the file"
                )
            data = response.read(MAX_PAGE_BYTES + 1)
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        raise FactcheckError(f"Cannot load {url}: HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise FactcheckError(f"Cannot load {url}: {_reason(exc.reason)}") from exc
    except TimeoutError as exc:
        raise FactcheckError(f"Cannot load {url}: no answer within {timeout:g} s") from exc
    except (http.client.HTTPException, OSError, ValueError) as exc:
        raise FactcheckError(f"Cannot load {url}: {_reason(exc)}") from exc
    if len(data) > MAX_PAGE_BYTES:
        megabytes = MAX_PAGE_BYTES // 1024 // 1024
        raise FactcheckError(f"Cannot read {url}: the page is over {megabytes} MB")
    return data, final_url, kind


def _reason(reason: object) -> str:
    """Why a connection failed, in a few words ("Connection refused", "timed out")."""
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__
