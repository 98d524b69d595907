"""Uploads for the Files API, pure: the ``file=`` argument in, a multipart body out.

``files.upload(file=...)`` takes what the official SDK and httpx take for a file part:

- a path (``pathlib.Path`` or any ``os.PathLike``): its bytes, its name, the type its
  extension suggests;
- a binary file object (``open(..., "rb")``, a named ``io.BytesIO``): read from the start;
- ``(filename, content)`` or ``(filename, content, mime_type)``, ``content`` being bytes
  or a binary file object; a ``mime_type`` of ``None`` is guessed from the filename.

Anything else (a ``str``, bare ``bytes``, a text-mode file, a file object without a name)
raises ``TypeError``/``ValueError`` naming ``file`` before anything is sent. The content
is read once, when the call is made, and held in memory: a retry sends the very same
bytes again, whatever happened to the file meanwhile. The multipart body is a stream
over three buffers (part head, content, closing boundary), so the content is not copied
and the stream can be iterated again for each attempt, sync or async.
"""

from __future__ import annotations

import contextlib
import io
import mimetypes
import os
import zlib
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import IO, Any, Final, TypeAlias

import httpx

from ._sentinels import is_absent

__all__ = [
    "FILES_BETA",
    "FileContent",
    "FileInput",
    "MultipartBody",
    "UploadPart",
    "form_fields",
    "read_upload",
]

FILES_BETA: Final = "files-api-2025-04-14"
"""The ``anthropic-beta`` value the Files API needs; ``client.files`` sends it itself."""

FileContent: TypeAlias = bytes | bytearray | memoryview | IO[bytes]
"""The content of an upload given with its name: bytes, or a binary file object."""

FileInput: TypeAlias = (
    os.PathLike[str] | IO[bytes] | tuple[str, FileContent] | tuple[str, FileContent, str | None]
)
"""What ``files.upload(file=...)`` accepts: a path, a binary file, or a tuple with a name."""

_DEFAULT_TYPE: Final = "application/octet-stream"
_HINT: Final = (
    "pass a pathlib.Path, a file opened with 'rb', (filename, content) or "
    "(filename, content, mime_type)"
)
# Characters a quoted filename in Content-Disposition cannot carry raw (as browsers do).
_FILENAME_ESCAPES: Final = str.maketrans({'"': "%22", "\r": "%0D", "\n": "%0A"})


class UploadPart:
    """One file to upload: its name, MIME type and content (read once, kept in memory).

    Example::

        part = read_upload(("notes.txt", b"hello"))
        part.filename, part.mime_type, len(part.content)   # ('notes.txt', 'text/plain', 5)
    """

    __slots__ = ("content", "filename", "mime_type")

    def __init__(self, filename: str, content: bytes, mime_type: str) -> None:
        self.filename = filename
        self.content = content
        self.mime_type = mime_type

    def __repr__(self) -> str:
        return (
            f"UploadPart(filename={self.filename!r}, mime_type={self.mime_type!r}, "
            f"size={len(self.content)})"
        )


def _type_name(value: object) -> str:
    return type(value).__name__


def _guess_type(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or _DEFAULT_TYPE


def _base_name(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def _check_binary_file(value: object, where: str) -> None:
    if isinstance(value, io.TextIOBase):
        raise TypeError(f"{where} is a file opened in text mode; open it in binary mode ('rb')")


def _read_file(value: Any, where: str) -> bytes:
    """All the bytes of a binary file object, from its start when it can seek."""
    _check_binary_file(value, where)
    seek = getattr(value, "seek", None)
    if callable(seek):
        with contextlib.suppress(OSError, ValueError):  # a pipe or socket: read what comes
            seek(0)
    data = value.read()
    if isinstance(data, bytearray | memoryview):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise TypeError(
            f"{where}.read() returned {_type_name(data)}, not bytes; open the file in "
            "binary mode ('rb')"
        )
    return data


def _is_file_object(value: object) -> bool:
    return callable(getattr(value, "read", None))


def _bytes_of(value: object, where: str) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, bytearray | memoryview):
        return bytes(value)  # a copy: later changes to the buffer do not reach a retry
    if _is_file_object(value):
        return _read_file(value, where)
    if isinstance(value, str):
        raise TypeError(
            f"{where} must be bytes or a binary file, not str; encode text first (text.encode())"
        )
    raise TypeError(f"{where} must be bytes or a binary file, not {_type_name(value)}")


def _check_mime_type(value: object, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{where} must be a str or None, not {_type_name(value)}")
    if not value or any(ch in value for ch in "\r\n\0"):
        raise ValueError(f"{where} must be a MIME type like 'application/pdf', got {value!r}")
    return value


def _from_tuple(value: tuple[Any, ...]) -> UploadPart:
    if len(value) not in (2, 3):
        raise TypeError(
            "file must be (filename, content) or (filename, content, mime_type), "
            f"got a tuple of {len(value)} items"
        )
    filename = value[0]
    if not isinstance(filename, str):
        raise TypeError(f"file[0] (the filename) must be a str, not {_type_name(filename)}")
    if not filename:
        raise ValueError("file[0] (the filename) must be a non-empty string")
    content = _bytes_of(value[1], "file[1] (the content)")
    mime_type = _check_mime_type(value[2], "file[2] (the MIME type)") if len(value) == 3 else None
    return UploadPart(filename, content, mime_type or _guess_type(filename))


def _from_path(value: os.PathLike[Any]) -> UploadPart:
    path = os.fsdecode(os.fspath(value))
    with open(path, "rb") as handle:  # FileNotFoundError names the path
        content = handle.read()
    filename = os.path.basename(path)
    return UploadPart(filename, content, _guess_type(filename))


def _from_file_object(value: Any) -> UploadPart:
    _check_binary_file(value, "file")
    name = getattr(value, "name", None)
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    if not isinstance(name, str) or not _base_name(name):
        raise ValueError(
            f"file: the {_type_name(value)} has no file name to upload it under; pass "
            "(filename, fileobj) or (filename, fileobj, mime_type)"
        )
    filename = _base_name(name)
    return UploadPart(filename, _read_file(value, "file"), _guess_type(filename))


def read_upload(file: object) -> UploadPart:
    """Check the ``file=`` argument of an upload and read its content; no I/O but the read.

    Example::

        read_upload(pathlib.Path("report.pdf"))        # name and type from the path
        read_upload(("data.csv", b"a,b\\n1,2\\n"))         # type guessed: text/csv
        read_upload(("blob", b"...", "image/png"))        # type given
        read_upload("report.pdf")                        # TypeError: a str is ambiguous ...
    """
    if isinstance(file, tuple):
        return _from_tuple(file)
    if isinstance(file, os.PathLike):
        return _from_path(file)
    if isinstance(file, str):
        raise TypeError(
            "file must not be a str (a path or the content?): pass pathlib.Path(...) for a "
            "file on disk, or (filename, text.encode()) for content"
        )
    if isinstance(file, bytes | bytearray | memoryview):
        raise TypeError(
            f"file given as {_type_name(file)} needs a filename: pass (filename, content) or "
            "(filename, content, mime_type)"
        )
    if _is_file_object(file):
        return _from_file_object(file)
    raise TypeError(
        f"file must be a path, a binary file or a tuple, not {_type_name(file)}: {_HINT}"
    )


def form_fields(extra_body: object) -> dict[str, str]:
    """``extra_body`` of an upload as more form fields (the body is a form, not JSON).

    Strings, numbers and booleans (sent as ``true``/``false``) are accepted; ``None``
    (or ``NOT_GIVEN``/``omit``) values are left out.

    Example::

        form_fields({"expires_in_seconds": 3600})   # {"expires_in_seconds": "3600"}
    """
    if is_absent(extra_body):
        return {}
    if not isinstance(extra_body, Mapping):
        raise TypeError(f"extra_body must be a dict, not {_type_name(extra_body)}")
    fields: dict[str, str] = {}
    for key, value in extra_body.items():
        if not isinstance(key, str) or not key or any(ch in key for ch in '"\r\n'):
            raise ValueError(f"extra_body: {key!r} cannot be the name of a form field")
        if key == "file":
            raise ValueError("extra_body: 'file' is the upload itself; pass it as file=")
        if is_absent(value):
            continue
        if isinstance(value, bool):
            fields[key] = "true" if value else "false"
        elif isinstance(value, str | int | float):
            fields[key] = str(value)
        else:
            raise TypeError(
                f"extra_body[{key!r}] must be a str, number or bool in a form, "
                f"not {_type_name(value)}"
            )
    return fields


class MultipartBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A ``multipart/form-data`` body of one file part (and form fields), re-iterable.

    ``content_type`` carries the boundary (derived from the content, so the same upload
    gives the same body); ``length`` is the exact size in bytes. Iterating
    (sync or async) yields the same buffers every time, so a retried request resends the
    whole body.

    Example::

        body = MultipartBody(read_upload(("a.txt", b"hi")))
        request = httpx.Request("POST", url, stream=body,
                                headers={"content-type": body.content_type,
                                         "content-length": str(body.length)})
    """

    __slots__ = ("_parts", "content_type", "length")

    def __init__(
        self, part: UploadPart, fields: Mapping[str, str] | None = None, *, boundary: str = ""
    ) -> None:
        boundary = boundary or _boundary_for(part, fields or {})
        dash = f"--{boundary}\r\n"
        head = "".join(
            f'{dash}Content-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
            for name, value in (fields or {}).items()
        )
        filename = part.filename.translate(_FILENAME_ESCAPES)
        head += (
            f'{dash}Content-Disposition: form-data; name="file"; filename="{filename}"\r\n'
            f"Content-Type: {part.mime_type}\r\n\r\n"
        )
        self._parts: tuple[bytes, ...] = (
            head.encode(),
            part.content,
            f"\r\n--{boundary}--\r\n".encode(),
        )
        self.content_type = f"multipart/form-data; boundary={boundary}"
        self.length = sum(len(piece) for piece in self._parts)

    def __iter__(self) -> Iterator[bytes]:
        yield from self._parts

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self._parts:
            yield piece


def _boundary_candidates(part: UploadPart, texts: list[str]) -> Iterator[str]:
    # First one derived from the body, so the same upload is the same request every time
    # (reproducible, and recorded exchanges match on replay); then random ones.
    seed = zlib.crc32(part.content)
    for text in texts:
        seed = zlib.crc32(text.encode(), seed)
    yield f"claude-messages-{seed:08x}{len(part.content):x}"
    while True:
        yield f"claude-messages-{os.urandom(16).hex()}"


def _boundary_for(part: UploadPart, fields: Mapping[str, str]) -> str:
    """A boundary that occurs nowhere in the content, the part's name and type or the fields."""
    texts = [part.filename, part.mime_type, *fields, *fields.values()]
    for boundary in _boundary_candidates(part, texts):
        if boundary.encode() not in part.content and not any(boundary in t for t in texts):
            return boundary
    raise AssertionError("unreachable: the candidates never end")
