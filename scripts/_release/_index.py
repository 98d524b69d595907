"""What a package index already holds, read from its simple page (PEP 503).

Example::

    files_for_version("https://pypi.org/simple/", "claude-messages", "0.2.0")
    # [] when the index has no file of 0.2.0
"""

from __future__ import annotations

import html.parser
import re
import urllib.error
import urllib.parse
import urllib.request

from ._common import Refusal

__all__ = ["PYPI_SIMPLE", "PYPI_UPLOAD", "files_for_version", "simple_url_for"]

PYPI_UPLOAD = "https://upload.pypi.org/legacy/"
PYPI_SIMPLE = "https://pypi.org/simple/"
_KNOWN = {
    PYPI_UPLOAD: PYPI_SIMPLE,
    "https://test.pypi.org/legacy/": "https://test.pypi.org/simple/",
}


def simple_url_for(repository_url: str) -> str:
    """The simple index that belongs to an upload URL (pypiserver: ``<root>/simple/``)."""
    if repository_url in _KNOWN:
        return _KNOWN[repository_url]
    base = repository_url.rstrip("/").removesuffix("/legacy")
    return f"{base}/simple/"


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.files: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            path = urllib.parse.urlsplit(href).path
            self.files.append(urllib.parse.unquote(path.rsplit("/", 1)[-1]))


def _version_of(filename: str, stem: str) -> str | None:
    """The version in a wheel or sdist file name of the project matched by ``stem``."""
    name = filename.lower()
    match = re.fullmatch(rf"{stem}-([^-]+)(?:-[^-]+){{2,3}}\.whl", name) or re.fullmatch(
        rf"{stem}-(.+)\.(?:tar\.gz|zip)", name
    )
    return match.group(1) if match else None


def files_for_version(simple_url: str, project: str, version: str) -> list[str]:
    """File names of ``project`` at ``version`` that the index lists (empty: none)."""
    normalized = re.sub(r"[-_.]+", "-", project).lower()
    url = f"{simple_url.rstrip('/')}/{normalized}/"
    request = urllib.request.Request(url, headers={"Accept": "text/html"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            page = response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return []  # the index has never seen the project
        raise Refusal(f"could not read {url}: HTTP {exc.code}") from exc
    except OSError as exc:
        raise Refusal(f"could not read {url}: {exc}") from exc
    links = _Links()
    links.feed(page)
    stem = "[-_.]".join(re.escape(part) for part in normalized.split("-"))
    return sorted(f for f in links.files if _version_of(f, stem) == version)
