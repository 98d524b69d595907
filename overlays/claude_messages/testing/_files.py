"""The Files API in the emulator: an in-memory store, and ``file`` sources in messages.

How files live here (as on the API):

- Every ``/v1/files`` request needs ``anthropic-beta: files-api-2025-04-14`` (400
  otherwise). ``POST /v1/files`` takes a ``multipart/form-data`` body with a ``file``
  part; the part's filename (its last path component) and content type are kept (a
  missing or ``application/octet-stream`` type is guessed from the filename).
- ``GET /v1/files`` lists newest first, paginated as models and batches are;
  ``GET /v1/files/{id}`` gives the metadata; ``DELETE`` removes the file; an unknown id is
  a 404 ``not_found_error``.
- ``GET /v1/files/{id}/content`` serves the bytes of a file with ``downloadable: true``,
  with its MIME type as ``content-type``. As on the API, uploaded files are not
  downloadable (400) and files made by tools are: ``Emulator.add_file`` stores one such.
  ``Emulator(uploads_downloadable=True)`` makes uploads downloadable too, for round trips.
- A message block ``{"type": "image" | "document", "source": {"type": "file", "file_id":
  ...}}`` is resolved before the body is checked: the source becomes the inline source
  of the file's bytes (base64 image or PDF, or plain text), so the reply describes the
  file as if it had been sent inline. Without the files beta header such a source is
  refused (400), as the API refuses it.
"""

from __future__ import annotations

import base64
import datetime
import mimetypes
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from ._catalog import paginate
from ._replies import b62_id
from ._server import HTTPRequest
from ._validation import RequestRejected

__all__ = ["FILES_BETA", "FILES_PATH", "FileBytes", "FileStore", "has_files_beta"]

FILES_PATH: Final = "/v1/files"
FILES_BETA: Final = "files-api-2025-04-14"

_IMAGE_TYPES: Final = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})
_OCTET_STREAM: Final = "application/octet-stream"
_UNESCAPES: Final = (("%22", '"'), ("%0D", "\r"), ("%0A", "\n"))


@dataclass(slots=True)
class FileBytes:
    """The answer of a download: the bytes and the type to serve them as."""

    content: bytes
    mime_type: str


@dataclass(slots=True)
class _File:
    id: str
    filename: str
    mime_type: str
    content: bytes
    created: datetime.datetime
    downloadable: bool

    def render(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": "file",
            "filename": self.filename,
            "mime_type": self.mime_type,
            "size_bytes": len(self.content),
            "created_at": self.created.isoformat().replace("+00:00", "Z"),
            "downloadable": self.downloadable,
        }


def _invalid(message: str) -> RequestRejected:
    return RequestRejected(400, "invalid_request_error", message)


def _allow(method: str, *allowed: str) -> None:
    if method not in allowed:
        raise RequestRejected(
            405,
            "invalid_request_error",
            f"method {method} not allowed (use {' or '.join(allowed)})",
        )


def has_files_beta(headers: dict[str, str]) -> bool:
    """Whether the request opted into the Files API beta."""
    betas = headers.get("anthropic-beta", "")
    return FILES_BETA in (beta.strip() for beta in betas.split(","))


def _require_beta(headers: dict[str, str]) -> None:
    if not has_files_beta(headers):
        raise _invalid(f"The Files API is in beta: send the header 'anthropic-beta: {FILES_BETA}'.")


class FileStore:
    """The files of one emulator and the answers of the Files endpoints; thread-safe.

    Example::

        store = FileStore()
        meta = store.add(b"%PDF-1.4 ...", "report.pdf", "application/pdf")
        store.get(meta["id"]).content
    """

    def __init__(
        self,
        *,
        uploads_downloadable: bool = False,
        wall: Callable[[], datetime.datetime] = lambda: datetime.datetime.now(datetime.UTC),
    ) -> None:
        self.uploads_downloadable = uploads_downloadable
        self._wall = wall
        self._lock = threading.Lock()
        self._files: dict[str, _File] = {}

    # -- routing -------------------------------------------------------------------------

    def answer(self, request: HTTPRequest) -> dict[str, Any] | FileBytes:
        """The answer to a request under ``/v1/files`` (auth and version already checked)."""
        _require_beta(request.headers)
        path, method = request.path.rstrip("/"), request.method
        if path == FILES_PATH:
            _allow(method, "POST", "GET")
            if method == "POST":
                return self.upload(request)
            return self.page(request.query)
        file_id, _, action = path.removeprefix(FILES_PATH + "/").partition("/")
        if action == "":
            _allow(method, "GET", "DELETE")
            if method == "DELETE":
                return self.delete(file_id)
            return self.get(file_id).render()
        if action == "content":
            _allow(method, "GET")
            return self.download(file_id)
        raise RequestRejected(404, "not_found_error", f"{method} {request.path} not found")

    # -- the operations ------------------------------------------------------------------

    def upload(self, request: HTTPRequest) -> dict[str, Any]:
        """Store the ``file`` part of a multipart upload; its metadata."""
        if request.too_large:
            raise RequestRejected(
                413, "request_too_large", "Request exceeds the maximum allowed number of bytes."
            )
        filename, mime_type, content = _file_part(request)
        return self.add(content, filename, mime_type, downloadable=self.uploads_downloadable)

    def add(
        self, content: bytes, filename: str, mime_type: str | None = None, *, downloadable: bool
    ) -> dict[str, Any]:
        """Store a file; its metadata. A missing type is guessed from the filename."""
        filename = filename.replace("\\", "/").rsplit("/", 1)[-1]
        if not mime_type or mime_type == _OCTET_STREAM:
            mime_type = mimetypes.guess_type(filename)[0] or _OCTET_STREAM
        if not filename:
            filename = "unnamed" + (mimetypes.guess_extension(mime_type) or "")
        stored = _File(b62_id("file_01"), filename, mime_type, content, self._wall(), downloadable)
        with self._lock:
            self._files[stored.id] = stored
        return stored.render()

    def get(self, file_id: str) -> _File:
        """The stored file, or a 404 ``not_found_error``."""
        with self._lock:
            stored = self._files.get(file_id)
        if stored is None:
            raise RequestRejected(404, "not_found_error", f"File not found: {file_id}")
        return stored

    def page(self, query: dict[str, str]) -> dict[str, Any]:
        """One page of files, newest first."""
        with self._lock:
            items = [stored.render() for stored in reversed(self._files.values())]
        return paginate(items, query, dict)

    def delete(self, file_id: str) -> dict[str, Any]:
        """Remove a file; its receipt."""
        with self._lock:
            if self._files.pop(file_id, None) is None:
                raise RequestRejected(404, "not_found_error", f"File not found: {file_id}")
        return {"id": file_id, "type": "file_deleted"}

    def download(self, file_id: str) -> FileBytes:
        """The bytes of a downloadable file (400 for an uploaded one)."""
        stored = self.get(file_id)
        if not stored.downloadable:
            raise _invalid(
                f"File {file_id} is not downloadable: only files created by tools (such as "
                "code execution) can be downloaded."
            )
        return FileBytes(stored.content, stored.mime_type)

    # -- file sources in messages ----------------------------------------------------------

    def resolve_sources(self, body: dict[str, Any], headers: dict[str, str]) -> None:
        """Replace the ``file`` sources of a message body by the files' inline sources.

        Works on the JSON as sent, whatever the schema says of ``file`` sources; malformed
        ones are left for the body's validation to refuse.
        """
        messages = body.get("messages")
        if not isinstance(messages, list):
            return
        beta = has_files_beta(headers)
        for index, message in enumerate(messages):
            if isinstance(message, dict):
                self._resolve_blocks(message.get("content"), f"messages.{index}.content", beta)

    def _resolve_blocks(self, blocks: object, path: str, beta: bool) -> None:
        if not isinstance(blocks, list):
            return
        for index, block in enumerate(blocks):
            if not isinstance(block, dict):
                continue
            here = f"{path}.{index}"
            kind = block.get("type")
            if kind == "tool_result":
                self._resolve_blocks(block.get("content"), f"{here}.content", beta)
                continue
            source = block.get("source")
            if kind not in ("image", "document") or not isinstance(source, dict):
                continue
            if source.get("type") == "content":
                self._resolve_blocks(source.get("content"), f"{here}.source.content", beta)
            elif source.get("type") == "file" and isinstance(source.get("file_id"), str):
                if not beta:
                    raise _invalid(
                        f"{here}.source: a 'file' source needs the header "
                        f"'anthropic-beta: {FILES_BETA}'"
                    )
                block["source"] = self._inline_source(kind, source["file_id"], here)

    def _inline_source(self, kind: str, file_id: str, path: str) -> dict[str, Any]:
        try:
            stored = self.get(file_id)
        except RequestRejected:
            raise RequestRejected(
                404, "not_found_error", f"{path}.source.file_id: File not found: {file_id}"
            ) from None
        encoded = base64.b64encode(stored.content).decode("ascii")
        if kind == "image":
            if stored.mime_type not in _IMAGE_TYPES:
                raise _invalid(
                    f"{path}.source: file {file_id} is {stored.mime_type}, not an image "
                    f"({', '.join(sorted(_IMAGE_TYPES))})"
                )
            return {"type": "base64", "media_type": stored.mime_type, "data": encoded}
        if stored.mime_type == "application/pdf":
            return {"type": "base64", "media_type": "application/pdf", "data": encoded}
        if stored.mime_type.startswith("text/"):
            try:
                text = stored.content.decode("utf-8")
            except UnicodeDecodeError:
                raise _invalid(f"{path}.source: file {file_id} is not UTF-8 text") from None
            return {"type": "text", "media_type": "text/plain", "data": text}
        raise _invalid(
            f"{path}.source: file {file_id} is {stored.mime_type}; a document must be a PDF "
            "or plain text"
        )


# --- multipart parsing ---------------------------------------------------------------------

# Quoted values are taken as they are: clients percent-encode '"' in a filename (as browsers
# do) and send backslashes raw, so a backslash is no escape here.
_PARAM: Final = re.compile(r';\s*([!#$%&\'*+.^_`|~0-9A-Za-z-]+)\s*=\s*("[^"]*"|[^;]*)')


def _header_params(value: str) -> tuple[str, dict[str, str]]:
    """The main value and the ``name=value`` parameters of a header (names lower case)."""
    main = value.partition(";")[0]
    params: dict[str, str] = {}
    for match in _PARAM.finditer(value[len(main) :]):
        raw = match.group(2).strip()
        if len(raw) >= 2 and raw[0] == raw[-1] == '"':
            raw = raw[1:-1]
        params[match.group(1).lower()] = raw
    return main.strip().lower(), params


def _file_part(request: HTTPRequest) -> tuple[str, str | None, bytes]:
    """(filename, content type, bytes) of the ``file`` part of a multipart upload, or 400."""
    content_type = request.headers.get("content-type", "")
    kind, params = _header_params(content_type)
    boundary = params.get("boundary")
    if kind != "multipart/form-data" or not boundary:
        raise _invalid(
            "The request body must be multipart/form-data with a 'file' part "
            f"(got content-type {content_type or 'none'!r})"
        )
    sections = request.body.split(b"--" + boundary.encode("latin-1"))
    if len(sections) < 3 or not sections[-1].startswith(b"--"):
        raise _invalid("The multipart body is malformed: its closing boundary is missing")
    for section in sections[1:-1]:
        if not section.startswith(b"\r\n") or not section.endswith(b"\r\n"):
            raise _invalid("The multipart body is malformed: a part is not delimited by CRLF")
        head, sep, content = section[2:-2].partition(b"\r\n\r\n")
        if not sep:
            raise _invalid("The multipart body is malformed: a part has no header block")
        headers: dict[str, str] = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        _, disposition = _header_params(headers.get("content-disposition", ""))
        if disposition.get("name") != "file":
            continue
        filename = disposition.get("filename", "")
        for escaped, raw in _UNESCAPES:
            filename = filename.replace(escaped, raw)
        return filename, headers.get("content-type"), content
    raise _invalid("file: Field required")
