"""``client.files``: the Files API, sync and async.

``upload`` (multipart), ``list`` (auto-paginating), ``retrieve_metadata``, ``download``
(the bytes, read on demand) and ``delete``, under the official SDK's names; also reachable
as ``client.beta.files``. Every call sends ``anthropic-beta: files-api-2025-04-14``
(``FILES_BETA``), added to the betas the client already sends, or to the call's
``betas=[...]``; an ``anthropic-beta`` in ``extra_headers`` replaces the header (``None``
removes it). The requests are built by pure functions shared by both classes; the
classes only send them and decode the answers. Every method also has its raw and streamed
forms (``with_raw_response``, ``with_streaming_response``; see ``_forms``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Final, Unpack

import httpx

from .._config import SecretHeaders
from .._pagination import AsyncPager, ListParams, ListQuery, Page
from .._params import RequestOptions
from .._sentinels import is_absent
from .._uploads import FILES_BETA, FileInput, MultipartBody, form_fields, read_upload
from ._calls import path_id, prepare_call
from ._forms import (
    AsyncResource,
    SyncResource,
    async_raw_form,
    async_streamed_form,
    page_decoder,
    raw_form,
    streamed_form,
)

if TYPE_CHECKING:
    from claude_messages_generated.models import DeletedFile, FileList, FileMetadata

    from .._binary import AsyncBinaryResponse, BinaryResponse
    from .._config import RequestConfig
    from .._resource import AsyncAPI, SyncAPI

__all__ = [
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "FileListParams",
    "FileRequestOptions",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
]

_PATH: Final = "/v1/files"
_DOWNLOAD_ACCEPT: Final = "*/*"
_BETA_HEADER: Final = "anthropic-beta"


# --- the requests, pure ------------------------------------------------------------------


class FileRequestOptions(RequestOptions, total=False):
    """The per-call options of a ``client.files`` call, plus ``betas``.

    ``betas``: beta names to send in ``anthropic-beta`` instead of the client's;
    ``FILES_BETA`` is added to them when missing.

    Example::

        client.files.retrieve_metadata(file_id, betas=["files-api-2025-04-14"], timeout=10)
    """

    betas: Sequence[str] | None


class FileListParams(ListParams, total=False):
    """The arguments of ``files.list()``: ``limit``, ``after_id``/``before_id``, ``betas``
    and the per-call options.

    Example::

        for meta in client.files.list(limit=100):
            print(meta.id)
    """

    betas: Sequence[str] | None


def _check_betas(betas: object) -> list[str]:
    if isinstance(betas, str) or not isinstance(betas, Sequence):
        raise TypeError(f"betas must be a list of str, not {type(betas).__name__}")
    for index, beta in enumerate(betas):
        if not isinstance(beta, str):
            raise TypeError(f"betas[{index}] must be a str, not {type(beta).__name__}")
        if not beta:
            raise ValueError(f"betas[{index}] must be a non-empty string")
    return list(betas)


def _with_beta(config: RequestConfig, options: Mapping[str, Any]) -> dict[str, Any]:
    """``options`` without ``betas``, whose ``extra_headers`` send the betas with
    ``FILES_BETA``: the call's ``betas``, else the client's ``anthropic-beta``.

    The caller's ``extra_headers`` come last, so an ``anthropic-beta`` there wins.
    """
    rest = {key: value for key, value in options.items() if key != "betas"}
    extra_headers = rest.get("extra_headers")
    if is_absent(extra_headers):
        extra_headers = None
    elif not isinstance(extra_headers, Mapping):
        raise TypeError(f"extra_headers must be a dict, not {type(extra_headers).__name__}")
    given = options.get("betas")
    if is_absent(given):
        current = config.headers.get(_BETA_HEADER)
        betas = [beta.strip() for beta in current.split(",") if beta.strip()] if current else []
    else:
        betas = _check_betas(given)
    if FILES_BETA not in betas:
        betas.append(FILES_BETA)
    rest["extra_headers"] = {_BETA_HEADER: ",".join(betas), **(extra_headers or {})}
    return rest


def _file_path(file_id: object, suffix: str = "") -> str:
    return f"{_PATH}/{path_id('file_id', file_id)}{suffix}"


def _upload_request(
    config: RequestConfig, file: object, options: FileRequestOptions
) -> httpx.Request:
    rest = {key: value for key, value in options.items() if key != "extra_body"}
    # Built without a body first (the options checked as for any call), then given the form.
    shell = prepare_call(config, "upload", "POST", _PATH, _with_beta(config, rest))
    fields = form_fields(options.get("extra_body"))
    body = MultipartBody(read_upload(file), fields)
    request = httpx.Request("POST", shell.url, stream=body, extensions=shell.extensions)
    headers = SecretHeaders(shell.headers)
    headers["content-type"] = body.content_type
    headers["content-length"] = str(body.length)
    request.headers = headers
    return request


def _id_request(
    config: RequestConfig,
    name: str,
    method: str,
    file_id: object,
    options: Mapping[str, Any],
    suffix: str = "",
    accept: str | None = None,
) -> httpx.Request:
    path = _file_path(file_id, suffix)
    return prepare_call(config, name, method, path, _with_beta(config, options), accept=accept)


def _list_request(
    config: RequestConfig, listing: ListQuery, betas: object, query: dict[str, Any]
) -> httpx.Request:
    options = _with_beta(config, {**listing.options, "betas": betas})
    return prepare_call(config, "list", "GET", _PATH, options, query=query)


def _listing(params: dict[str, Any]) -> tuple[ListQuery, object]:
    """The page arguments (checked) and the call's ``betas``, kept apart from them."""
    betas = params.pop("betas", None)
    return ListQuery("list", params), betas


# --- decoding (the generated models load on first use) ----------------------------------


def _decode_metadata(response: httpx.Response, _retries: int = 0) -> FileMetadata:
    from claude_messages_generated.models import FileMetadata

    from .._parse import parse_json_model

    return parse_json_model(response, FileMetadata.from_dict, "FileMetadata")


def _decode_deleted(response: httpx.Response, _retries: int = 0) -> DeletedFile:
    from claude_messages_generated.models import DeletedFile

    from .._parse import parse_json_model

    return parse_json_model(response, DeletedFile.from_dict, "DeletedFile")


def _decode_list(response: httpx.Response) -> FileList:
    from claude_messages_generated.models import FileList

    from .._parse import parse_json_model

    return parse_json_model(response, FileList.from_dict, "FileList")


def _binary(response: httpx.Response, _retries: int) -> BinaryResponse:
    from .._binary import BinaryResponse

    return BinaryResponse(response)


def _async_binary(response: httpx.Response, _retries: int) -> AsyncBinaryResponse:
    from .._binary import AsyncBinaryResponse

    return AsyncBinaryResponse(response)


class Files(SyncResource):
    """Files stored with the API (``client.files``), for use in messages by id.

    Example::

        from pathlib import Path

        uploaded = client.files.upload(file=Path("report.pdf"))
        message = client.messages.create(
            model="claude-sonnet-4-5", max_tokens=500,
            messages=[{"role": "user", "content": [
                {"type": "document", "source": {"type": "file", "file_id": uploaded.id}},
                {"type": "text", "text": "Summarise this report."},
            ]}],
            extra_headers={"anthropic-beta": FILES_BETA},
        )
        client.files.delete(uploaded.id)
    """

    def __init__(self, api: SyncAPI) -> None:
        self._api = api

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """The same calls, answering a ``RawResponse`` (``.parse()`` for the result)."""
        return FilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        """The same calls as context managers giving the answer with its body unread."""
        return FilesWithStreamingResponse(self)

    def upload(self, *, file: FileInput, **options: Unpack[FileRequestOptions]) -> FileMetadata:
        """Upload a file; return its metadata (``id``, ``filename``, ``mime_type``, ...).

        ``file``: a ``pathlib.Path``; a binary file object (read from its start, named by
        its ``name``); ``(filename, content)`` or ``(filename, content, mime_type)`` with
        ``content`` bytes or a binary file. A missing MIME type is guessed from the
        filename (``application/octet-stream`` when unknown). Anything else raises
        ``TypeError``/``ValueError`` before sending. The content is read now, once, so a
        retry resends the same bytes. ``extra_body`` entries become more form fields.

        Example::

            meta = client.files.upload(file=Path("chart.png"))
            meta = client.files.upload(file=("notes.txt", b"Meeting at 10.", "text/plain"))
            with open("report.pdf", "rb") as handle:
                meta = client.files.upload(file=handle)
        """
        request = _upload_request(self._api.config, file, options)
        return self._call(request, _decode_metadata)

    def list(self, **params: Unpack[FileListParams]) -> Page[FileMetadata]:
        """The files, most recent first: the first page, iterating over every file.

        ``limit`` (1 to 1000, the API's default is 20), ``after_id`` / ``before_id`` as for
        ``models.list``.

        Example::

            for meta in client.files.list(limit=100):
                print(meta.id, meta.filename, meta.size_bytes)
        """
        api = self._api
        config = api.config
        listing, betas = _listing(dict(params))
        first = _list_request(config, listing, betas, listing.first)

        def send(query: dict[str, Any]) -> httpx.Response:
            return api.send(_list_request(config, listing, betas, query), stream=False)[0]

        return self._call(first, page_decoder(listing, send, _decode_list))

    def retrieve_metadata(
        self, file_id: str, **options: Unpack[FileRequestOptions]
    ) -> FileMetadata:
        """A file's metadata (not its bytes); ``NotFoundError`` for an unknown or deleted id.

        Example::

            meta = client.files.retrieve_metadata("file_011C...")
            print(meta.filename, meta.mime_type, meta.created_at.isoformat())
        """
        config = self._api.config
        request = _id_request(config, "retrieve_metadata", "GET", file_id, options)
        return self._call(request, _decode_metadata)

    def download(self, file_id: str, **options: Unpack[FileRequestOptions]) -> BinaryResponse:
        """A file's bytes, read on demand: ``.read()``, ``.iter_bytes()``, ``.write_to_file()``.

        The request is sent now (error answers raise here, after the retries); the body is
        read as asked. Only files with ``downloadable=True`` can be downloaded (the API
        answers 400 otherwise).

        Example::

            data = client.files.download(file_id).read()
            client.files.download(file_id).write_to_file("output.csv")
        """
        config = self._api.config
        request = _id_request(
            config, "download", "GET", file_id, options, "/content", _DOWNLOAD_ACCEPT
        )
        return self._call(request, _binary, stream=True)

    def delete(self, file_id: str, **options: Unpack[FileRequestOptions]) -> DeletedFile:
        """Delete a file; later calls with its id raise ``NotFoundError``.

        Example::

            client.files.delete(meta.id)
        """
        config = self._api.config
        request = _id_request(config, "delete", "DELETE", file_id, options)
        return self._call(request, _decode_deleted)


class AsyncFiles(AsyncResource):
    """The async twin of ``Files`` (``client.files`` of an ``AsyncClient``).

    Example::

        meta = await client.files.upload(file=Path("report.pdf"))
        async for meta in client.files.list():
            print(meta.id)
        data = await (await client.files.download(file_id)).read()
    """

    def __init__(self, api: AsyncAPI) -> None:
        self._api = api

    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """The same calls, answering an ``AsyncRawResponse`` (``await .parse()``)."""
        return AsyncFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        """The same calls as async context managers giving the answer with its body unread."""
        return AsyncFilesWithStreamingResponse(self)

    async def upload(
        self, *, file: FileInput, **options: Unpack[FileRequestOptions]
    ) -> FileMetadata:
        """The async twin of ``Files.upload`` (the content is read when it is called).

        Example::

            meta = await client.files.upload(file=("notes.txt", b"Meeting at 10."))
        """
        request = _upload_request(self._api.config, file, options)
        return await self._call(request, _decode_metadata)

    def list(self, **params: Unpack[FileListParams]) -> AsyncPager[FileMetadata]:
        """The files, most recent first: ``async for`` over all, or ``await`` the first page.

        Example::

            async for meta in client.files.list():
                print(meta.id, meta.filename)
        """
        config = self._api.config
        listing, betas = _listing(dict(params))
        _list_request(config, listing, betas, listing.first)  # bad options raise now

        def request_for(query: dict[str, Any]) -> httpx.Request:
            return _list_request(config, listing, betas, query)

        return self._pager(listing, request_for, _decode_list)

    async def retrieve_metadata(
        self, file_id: str, **options: Unpack[FileRequestOptions]
    ) -> FileMetadata:
        """The async twin of ``Files.retrieve_metadata``.

        Example::

            meta = await client.files.retrieve_metadata(file_id)
        """
        config = self._api.config
        request = _id_request(config, "retrieve_metadata", "GET", file_id, options)
        return await self._call(request, _decode_metadata)

    async def download(
        self, file_id: str, **options: Unpack[FileRequestOptions]
    ) -> AsyncBinaryResponse:
        """The async twin of ``Files.download`` (await it, then ``await .read()``).

        Example::

            download = await client.files.download(file_id)
            await download.write_to_file("output.csv")
        """
        config = self._api.config
        request = _id_request(
            config, "download", "GET", file_id, options, "/content", _DOWNLOAD_ACCEPT
        )
        return await self._call(request, _async_binary, stream=True)

    async def delete(self, file_id: str, **options: Unpack[FileRequestOptions]) -> DeletedFile:
        """The async twin of ``Files.delete``.

        Example::

            await client.files.delete(meta.id)
        """
        config = self._api.config
        request = _id_request(config, "delete", "DELETE", file_id, options)
        return await self._call(request, _decode_deleted)


class FilesWithRawResponse:
    """``client.files.with_raw_response``: every call, answering a ``RawResponse``.

    Example::

        raw = client.files.with_raw_response.upload(file=Path("report.pdf"))
        print(raw.request_id, raw.parse().id)
    """

    def __init__(self, files: Files) -> None:
        self.upload = raw_form(files.upload)
        self.list = raw_form(files.list)
        self.retrieve_metadata = raw_form(files.retrieve_metadata)
        self.download = raw_form(files.download)
        self.delete = raw_form(files.delete)


class AsyncFilesWithRawResponse:
    """``client.files.with_raw_response`` of an ``AsyncClient``.

    Example::

        raw = await client.files.with_raw_response.retrieve_metadata(file_id)
        meta = await raw.parse()
    """

    def __init__(self, files: AsyncFiles) -> None:
        self.upload = async_raw_form(files.upload)
        self.list = async_raw_form(files.list)
        self.retrieve_metadata = async_raw_form(files.retrieve_metadata)
        self.download = async_raw_form(files.download)
        self.delete = async_raw_form(files.delete)


class FilesWithStreamingResponse:
    """``client.files.with_streaming_response``: the body read only when asked.

    Example::

        with client.files.with_streaming_response.download(file_id) as response:
            for chunk in response.iter_bytes():
                out.write(chunk)
    """

    def __init__(self, files: Files) -> None:
        self.upload = streamed_form(files.upload)
        self.list = streamed_form(files.list)
        self.retrieve_metadata = streamed_form(files.retrieve_metadata)
        self.download = streamed_form(files.download)
        self.delete = streamed_form(files.delete)


class AsyncFilesWithStreamingResponse:
    """``client.files.with_streaming_response`` of an ``AsyncClient``.

    Example::

        async with client.files.with_streaming_response.download(file_id) as response:
            data = await response.read()
    """

    def __init__(self, files: AsyncFiles) -> None:
        self.upload = async_streamed_form(files.upload)
        self.list = async_streamed_form(files.list)
        self.retrieve_metadata = async_streamed_form(files.retrieve_metadata)
        self.download = async_streamed_form(files.download)
        self.delete = async_streamed_form(files.delete)
