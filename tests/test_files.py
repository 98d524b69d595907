"""The Files API: ``client.files`` against the emulator on loopback, sync and async from one
body (``_dual``); the emulator's store and ``file`` sources in messages; the pure parts
(``file=`` forms, the multipart body) on their own.
"""

from __future__ import annotations

import asyncio
import base64
import gc
import io
import os
import pathlib
import random
import zlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _dual import Await, Dual
from claude_messages import (
    FILES_BETA,
    NOT_GIVEN,
    APIConnectionError,
    AsyncBinaryResponse,
    AsyncClient,
    BadRequestError,
    BinaryResponse,
    Client,
    NotFoundError,
    omit,
)
from claude_messages._resources.files import _upload_request
from claude_messages._uploads import MultipartBody, form_fields, read_upload
from claude_messages.testing import Cassette, Emulator, Fault, RecordedRequest
from claude_messages.testing._files import FILES_BETA as EMULATOR_FILES_BETA
from claude_messages_generated.models import DeletedFile, FileMetadata

MODEL = "claude-3-haiku-20240307"
# A 1x1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


@pytest.fixture
def api() -> Iterator[Emulator]:
    with Emulator(uploads_downloadable=True) as emulator:
        yield emulator


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, api: Emulator) -> Dual:
    return Dual(request.param, api)


def uploads(api: Emulator) -> list[RecordedRequest]:
    return [r for r in api.requests if r.method == "POST" and r.path == "/v1/files"]


def text_file(tmp_path: pathlib.Path, name: str, content: bytes) -> pathlib.Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


# ---------------------------------------------------------------------- upload, each form


def test_upload_takes_each_accepted_form_of_file(run: Dual, tmp_path: pathlib.Path) -> None:
    csv = text_file(tmp_path, "table.csv", b"a,b\r\n1,2\r\n")
    pdf = text_file(tmp_path, "report.pdf", b"%PDF-1.4 not really")
    handle = open(pdf, "rb")  # noqa: SIM115 - closed below
    handle.read(5)  # a moved position: the upload still starts at the first byte
    forms: list[tuple[Any, str, str, bytes]] = [
        (csv, "table.csv", "text/csv", csv.read_bytes()),
        (handle, "report.pdf", "application/pdf", pdf.read_bytes()),
        (("notes.txt", b"Meeting at 10."), "notes.txt", "text/plain", b"Meeting at 10."),
        (("chart", PNG, "image/png"), "chart", "image/png", PNG),
        (
            ("blob.bin", io.BytesIO(b"\x00\x01\xff")),
            "blob.bin",
            "application/octet-stream",
            b"\x00\x01\xff",
        ),
        (("buf.dat", bytearray(b"xyz"), None), "buf.dat", "application/octet-stream", b"xyz"),
        (("view.json", memoryview(b'{"a": 1}')), "view.json", "application/json", b'{"a": 1}'),
    ]

    async def body(client: Any, aw: Await) -> list[tuple[FileMetadata, bytes]]:
        results = []
        for file, *_ in forms:
            meta = await aw(client.files.upload(file=file))
            download = await aw(client.files.download(meta.id))
            results.append((meta, await aw(download.read())))
        return results

    try:
        results = run(body)
    finally:
        handle.close()
    for (meta, downloaded), (_, filename, mime_type, content) in zip(results, forms, strict=True):
        assert isinstance(meta, FileMetadata)
        assert meta.id.startswith("file_") and meta.type == "file"
        assert (meta.filename, meta.mime_type, meta.size_bytes) == (
            filename,
            mime_type,
            len(content),
        )
        assert meta.created_at.tzinfo is not None
        assert downloaded == content
        assert run.api.file_content(meta.id) == content


def test_upload_is_one_multipart_part_with_the_beta_header(api: Emulator) -> None:
    with Client(api_key=api.api_key, base_url=api.url) as client:
        meta = client.files.upload(file=('dir\\odd "name"\r\n.txt', b"--boundary?\r\n"))
    (request,) = uploads(api)
    assert request.headers["anthropic-beta"] == FILES_BETA
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1].encode()
    assert int(request.headers["content-length"]) == len(request.body)
    assert request.body.startswith(b"--" + boundary + b"\r\n")
    assert request.body.endswith(b"\r\n--" + boundary + b"--\r\n")
    assert b'filename="dir\\odd %22name%22%0D%0A.txt"' in request.body
    assert b"\r\nContent-Type: text/plain\r\n\r\n--boundary?\r\n\r\n--" in request.body
    # The API keeps the last path component of the filename.
    assert meta.filename == 'odd "name"\r\n.txt'


def test_extra_body_of_an_upload_becomes_form_fields(api: Emulator) -> None:
    with Client(api_key=api.api_key, base_url=api.url) as client:
        client.files.upload(
            file=("a.txt", b"hi"),
            extra_body={"expires_in_seconds": 3600, "pinned": True, "skipped": None},
        )
    body = uploads(api)[0].body
    assert b'Content-Disposition: form-data; name="expires_in_seconds"\r\n\r\n3600\r\n' in body
    assert b'name="pinned"\r\n\r\ntrue\r\n' in body
    assert b"skipped" not in body
    assert body.index(b'name="pinned"') < body.index(b'name="file"')


# ------------------------------------------------------------- bad file=, refused locally


class _TextLike:
    name = "x.txt"

    def read(self) -> str:
        return "text"


BAD_FILES: list[tuple[Any, type[Exception], str]] = [
    ("report.pdf", TypeError, "file must not be a str"),
    (b"raw bytes", TypeError, "file given as bytes needs a filename"),
    (bytearray(b"raw"), TypeError, "file given as bytearray needs a filename"),
    (42, TypeError, "file must be a path, a binary file or a tuple, not int"),
    (None, TypeError, "file must be a path, a binary file or a tuple, not NoneType"),
    (("a.txt",), TypeError, "got a tuple of 1 items"),
    (("a.txt", b"x", "text/plain", {}), TypeError, "got a tuple of 4 items"),
    ((b"a.txt", b"x"), TypeError, "file[0] (the filename) must be a str, not bytes"),
    (("", b"x"), ValueError, "file[0] (the filename) must be a non-empty string"),
    (("a.txt", "text"), TypeError, "file[1] (the content) must be bytes or a binary file"),
    (("a.txt", 3.5), TypeError, "file[1] (the content) must be bytes or a binary file, not float"),
    (("a.txt", b"x", 5), TypeError, "file[2] (the MIME type) must be a str or None, not int"),
    (("a.txt", b"x", "text/plain\r\nx-evil: 1"), ValueError, "file[2] (the MIME type)"),
    (io.BytesIO(b"no name"), ValueError, "file: the BytesIO has no file name"),
    (io.StringIO("text mode"), TypeError, "file is a file opened in text mode"),
    (_TextLike(), TypeError, "file.read() returned str, not bytes"),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("file", "error", "message"), BAD_FILES)
def test_a_bad_file_is_refused_before_sending(
    api: Emulator, mode: str, file: Any, error: type[Exception], message: str
) -> None:
    async def body(client: Any, aw: Await) -> None:
        with pytest.raises(error) as caught:
            await aw(client.files.upload(file=file))
        assert message in str(caught.value)

    Dual(mode, api)(body)
    assert api.requests == []


def test_text_mode_files_and_missing_paths_are_refused_before_sending(
    api: Emulator, tmp_path: pathlib.Path
) -> None:
    path = text_file(tmp_path, "a.txt", b"hello")
    with Client(api_key=api.api_key, base_url=api.url) as client:
        with open(path, encoding="utf-8") as handle, pytest.raises(TypeError, match="text mode"):
            client.files.upload(file=handle)
        with pytest.raises(FileNotFoundError, match=r"missing\.pdf"):
            client.files.upload(file=tmp_path / "missing.pdf")
        with pytest.raises(TypeError, match="unexpected keyword argument 'filename'"):
            client.files.upload(file=path, filename="b.txt")  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="extra_body must be a dict"):
            client.files.upload(file=path, extra_body=[1])  # type: ignore[typeddict-item]
        with pytest.raises(TypeError, match=r"extra_body\['when'\] must be a str, number"):
            client.files.upload(file=path, extra_body={"when": object()})
        with pytest.raises(ValueError, match="'file' is the upload itself"):
            client.files.upload(file=path, extra_body={"file": "x"})
    assert api.requests == []


# ------------------------------------------------------------------------ retries


def test_an_upload_retried_after_a_529_resends_the_whole_body(
    run: Dual, tmp_path: pathlib.Path
) -> None:
    content = random.Random(7).randbytes(200_000)
    path = text_file(tmp_path, "data.bin", content)
    overloaded = Fault.overloaded(retry_after=0.01)

    async def body(client: Any, aw: Await) -> tuple[FileMetadata, FileMetadata]:
        run.api.inject(overloaded)
        with open(path, "rb") as handle:
            from_handle = await aw(client.files.upload(file=handle))
        run.api.inject(overloaded)
        from_tuple = await aw(client.files.upload(file=("data.bin", io.BytesIO(content))))
        return from_handle, from_tuple

    for meta in run(body):
        assert meta.size_bytes == len(content)
        assert run.api.file_content(meta.id) == content
    sent = uploads(run.api)
    assert [r.status for r in sent] == [529, 200, 529, 200]
    for refused, retried in (sent[0:2], sent[2:4]):
        assert retried.body == refused.body
        assert int(retried.headers["content-length"]) == len(retried.body)
        assert retried.body.count(content) == 1


# --------------------------------------------------------------------- list, pagination


def test_list_pages_through_every_file_newest_first(run: Dual) -> None:
    async def body(client: Any, aw: Await) -> tuple[Any, ...]:
        ids = [(await aw(client.files.upload(file=(f"f{i}.txt", b"x" * i)))).id for i in range(5)]
        every = await aw.list(client.files.list(limit=2))
        first = await aw(client.files.list(limit=2))
        backwards = await aw(client.files.list(limit=2, before_id=ids[0]))
        return ids, every, first, backwards

    ids, every, first, backwards = run(body)
    newest_first = list(reversed(ids))
    assert [meta.id for meta in every] == newest_first
    assert [meta.filename for meta in every] == [f"f{i}.txt" for i in reversed(range(5))]
    assert [meta.id for meta in first.data] == newest_first[:2] and first.has_more
    assert (first.first_id, first.last_id) == (newest_first[0], newest_first[1])
    assert [meta.id for meta in backwards.data] == newest_first[2:4] and backwards.has_more
    pages = [r for r in run.api.requests if r.method == "GET" and r.path == "/v1/files"]
    assert [r.query for r in pages[:3]] == [
        {"limit": "2"},
        {"limit": "2", "after_id": newest_first[1]},
        {"limit": "2", "after_id": newest_first[3]},
    ]
    assert all(r.headers["anthropic-beta"] == FILES_BETA for r in pages)


def test_list_refuses_bad_page_arguments_before_sending(run: Dual) -> None:
    async def body(client: Any, aw: Await) -> None:
        with pytest.raises(ValueError, match="limit must be >= 1"):
            client.files.list(limit=0)
        with pytest.raises(ValueError, match="not both"):
            client.files.list(after_id="a", before_id="b")
        with pytest.raises(TypeError, match="unexpected keyword argument 'page'"):
            client.files.list(page="page_x")

    run(body)
    assert run.api.requests == []


# ------------------------------------------------------------------------ download


def test_download_reads_streams_and_writes_the_bytes(run: Dual, tmp_path: pathlib.Path) -> None:
    content = random.Random(3).randbytes(3 * 1024 * 1024 + 17)

    async def body(client: Any, aw: Await) -> tuple[Any, ...]:
        meta = await aw(client.files.upload(file=("big.bin", content)))
        whole = await aw(client.files.download(meta.id))
        data = await aw(whole.read())
        again = await aw(whole.read())
        streamed = await aw(client.files.download(meta.id))
        chunks = await aw.list(streamed.iter_bytes(65536))
        written = await aw(client.files.download(meta.id))
        await aw(written.write_to_file(tmp_path / "copy.bin"))
        return whole, data, again, chunks

    whole, data, again, chunks = run(body)
    kind = AsyncBinaryResponse if run.mode == "async" else BinaryResponse
    assert isinstance(whole, kind)
    assert data == again == content
    assert len(chunks) > 1 and all(len(chunk) == 65536 for chunk in chunks[:-1])
    assert b"".join(chunks) == content
    assert (tmp_path / "copy.bin").read_bytes() == content
    assert whole.status_code == 200 and whole.content_type == "application/octet-stream"
    assert whole.request_id and whole.request_id.startswith("req_")
    gets = [r for r in run.api.requests if r.path.endswith("/content")]
    assert all(r.headers["anthropic-beta"] == FILES_BETA for r in gets)
    assert all(r.headers["accept"] == "*/*" for r in gets)


def test_a_download_cut_midway_raises_a_connection_error(run: Dual) -> None:
    content = bytes(range(256)) * 400

    async def body(client: Any, aw: Await) -> None:
        meta = await aw(client.files.upload(file=("cut.bin", content)))
        run.api.inject(Fault.drop_mid_stream(), path=f"/v1/files/{meta.id}/content")
        download = await aw(client.files.download(meta.id))
        with pytest.raises(APIConnectionError, match="reading the file's bytes"):
            await aw(download.read())

    run(body)


def pool_connections(client: Client | AsyncClient) -> int:
    """Connections the client's own pool holds (idle or in use)."""
    transport = client._pool._transport
    return 0 if transport is None else len(transport.connections)  # type: ignore[attr-defined]


@pytest.fixture
def no_gc() -> Iterator[None]:
    """Only reference counting frees objects: a reference cycle would keep its connection."""
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@pytest.mark.usefixtures("no_gc")
@pytest.mark.parametrize("how", ["never-read", "chunk-then-drop", "close"])
def test_a_download_left_unread_releases_its_connection(run: Dual, how: str) -> None:
    content = random.Random(5).randbytes(4 * 1024 * 1024)  # more than the socket buffers hold

    async def body(client: Any, aw: Await) -> tuple[int, int]:
        meta = await aw(client.files.upload(file=("big.bin", content)))
        download = await aw(client.files.download(meta.id))
        held = pool_connections(client)
        if how == "chunk-then-drop":
            chunks = download.iter_bytes()
            await aw(chunks.__next__() if run.mode == "sync" else chunks.__anext__())
            del chunks
        elif how == "close":
            await aw(download.close())
        del download
        for _ in range(100):  # the async release runs on the loop
            if pool_connections(client) == 0:
                break
            await asyncio.sleep(0.01)
        left = pool_connections(client)
        again = await aw(client.files.download(meta.id))
        assert await aw(again.read()) == content
        return held, left

    held, left = run(body)
    assert (held, left) == (1, 0)


def test_uploads_are_not_downloadable_by_default_but_tool_files_are() -> None:
    with Emulator() as api, Client(api_key=api.api_key, base_url=api.url) as client:
        uploaded = client.files.upload(file=("notes.txt", b"mine"))
        assert uploaded.downloadable is False
        with pytest.raises(BadRequestError, match="is not downloadable"):
            client.files.download(uploaded.id)
        made = api.add_file(b"x,y\n1,2\n", "result.csv")
        assert made["downloadable"] is True and made["mime_type"] == "text/csv"
        meta = client.files.retrieve_metadata(made["id"])
        assert meta.downloadable is True and meta.size_bytes == 8
        with client.files.download(made["id"]) as download:
            assert download.content_type == "text/csv"
            assert download.read() == b"x,y\n1,2\n"


# --------------------------------------------------------------- retrieve and delete


def test_delete_then_every_call_with_the_id_is_not_found(run: Dual) -> None:
    async def body(client: Any, aw: Await) -> tuple[Any, ...]:
        meta = await aw(client.files.upload(file=("gone.txt", b"bye")))
        fetched = await aw(client.files.retrieve_metadata(meta.id))
        deleted = await aw(client.files.delete(meta.id))
        errors = []
        for call in (
            client.files.retrieve_metadata,
            client.files.download,
            client.files.delete,
        ):
            with pytest.raises(NotFoundError) as caught:
                await aw(call(meta.id))
            errors.append(caught.value)
        listed = await aw.list(client.files.list())
        return meta, fetched, deleted, errors, listed

    meta, fetched, deleted, errors, listed = run(body)
    assert fetched == meta
    assert isinstance(deleted, DeletedFile)
    assert (deleted.id, deleted.type) == (meta.id, "file_deleted")
    for error in errors:
        assert error.status_code == 404
        assert error.body["type"] == "error"
        assert error.body["error"] == {
            "type": "not_found_error",
            "message": f"File not found: {meta.id}",
        }
    assert listed == []


def test_file_ids_are_checked_and_escaped_in_the_path(run: Dual) -> None:
    async def body(client: Any, aw: Await) -> None:
        with pytest.raises(ValueError, match="file_id must be a non-empty string"):
            await aw(client.files.retrieve_metadata(""))
        with pytest.raises(TypeError, match="file_id must be a str, not int"):
            await aw(client.files.delete(5))
        with pytest.raises(NotFoundError):
            await aw(client.files.retrieve_metadata("../v1/models"))

    run(body)
    assert [r.path for r in run.api.requests] == ["/v1/files/..%2Fv1%2Fmodels"]


# ------------------------------------------------------------------------ the beta header


def test_the_files_beta_joins_the_clients_betas_and_extra_headers_win(api: Emulator) -> None:
    options = {"api_key": api.api_key, "base_url": api.url}
    with Client(**options, default_headers={"anthropic-beta": "other-2025-01-01"}) as client:
        meta = client.files.upload(file=("a.txt", b"a"))
        client.files.retrieve_metadata(meta.id)
        client.files.list()
        client.files.download(meta.id).read()
        client.files.retrieve_metadata(meta.id, extra_headers={"Anthropic-Beta": f"{FILES_BETA},x"})
        with pytest.raises(BadRequestError, match="The Files API is in beta"):
            client.files.delete(meta.id, extra_headers={"anthropic-beta": None})
        client.files.delete(meta.id)
        client.messages.create(
            model=MODEL, max_tokens=5, messages=[{"role": "user", "content": "hi"}]
        )
    betas = [r.headers.get("anthropic-beta") for r in api.requests]
    joined = f"other-2025-01-01,{FILES_BETA}"
    assert betas == [
        joined,
        joined,
        joined,
        joined,
        f"{FILES_BETA},x",
        None,
        joined,
        "other-2025-01-01",
    ]


def test_the_sdk_markers_leave_options_out(api: Emulator) -> None:
    with Client(api_key=api.api_key, base_url=api.url) as client:
        meta = client.files.upload(
            file=("a.txt", b"a"),
            timeout=NOT_GIVEN,  # type: ignore[typeddict-item]
            extra_body=NOT_GIVEN,  # type: ignore[typeddict-item]
            extra_headers=NOT_GIVEN,  # type: ignore[typeddict-item]
        )
        assert [m.id for m in client.files.list(limit=NOT_GIVEN)] == [meta.id]  # type: ignore[typeddict-item]
        with pytest.raises(BadRequestError, match="The Files API is in beta"):
            client.files.retrieve_metadata(meta.id, extra_headers={"anthropic-beta": omit})  # type: ignore[dict-item]
    assert [r.headers.get("anthropic-beta") for r in api.requests] == [FILES_BETA, FILES_BETA, None]


def test_betas_replace_the_clients_betas_and_keep_the_files_beta(run: Dual) -> None:
    async def body(client: Any, aw: Await) -> None:
        assert client.beta.files is client.files
        meta = await aw(client.beta.files.upload(file=("a.txt", b"a"), betas=["b1", "b2"]))
        await aw(client.files.retrieve_metadata(meta.id, betas=[FILES_BETA, "b3"]))
        await aw.list(client.files.list(limit=1, betas=("b4",)))
        await aw(client.files.delete(meta.id, betas=[]))
        for bad, error, message in (
            ("b1", TypeError, "betas must be a list of str, not str"),
            ([1], TypeError, r"betas\[0\] must be a str, not int"),
            (["ok", ""], ValueError, r"betas\[1\] must be a non-empty string"),
        ):
            with pytest.raises(error, match=message):
                await aw(client.files.retrieve_metadata(meta.id, betas=bad))
            with pytest.raises(error, match=message):
                client.files.list(betas=bad)

    run(body, default_headers={"anthropic-beta": "client-beta"})
    assert [r.headers["anthropic-beta"] for r in run.api.requests] == [
        f"b1,b2,{FILES_BETA}",
        f"{FILES_BETA},b3",
        f"b4,{FILES_BETA}",
        FILES_BETA,
    ]


def test_the_beta_names_match_the_spec_and_the_emulator(spec: dict[str, Any]) -> None:
    operations = {
        (method, path): op
        for path, item in spec["paths"].items()
        if path.startswith("/v1/files")
        for method, op in item.items()
    }
    assert set(operations) == {
        ("post", "/v1/files"),
        ("get", "/v1/files"),
        ("get", "/v1/files/{file_id}"),
        ("delete", "/v1/files/{file_id}"),
        ("get", "/v1/files/{file_id}/content"),
    }
    for op in operations.values():
        assert op["tags"] == ["files"] and op["x-anthropic-beta"] == FILES_BETA
        assert next(iter(op["responses"]["200"]["content"])) in (
            "application/json",
            "application/octet-stream",
        )
    upload = operations[("post", "/v1/files")]["requestBody"]["content"]
    assert list(upload) == ["multipart/form-data"]
    content = operations[("get", "/v1/files/{file_id}/content")]["responses"]["200"]["content"]
    assert list(content) == ["application/octet-stream"]
    assert EMULATOR_FILES_BETA == FILES_BETA


@pytest.fixture
def spec(repo_root: pathlib.Path) -> dict[str, Any]:
    import yaml

    loaded: dict[str, Any] = yaml.safe_load((repo_root / "openapi.yaml").read_text())
    return loaded


# ------------------------------------------------------------- file sources in messages


def test_file_sources_in_messages_resolve_to_the_uploaded_files(run: Dual) -> None:
    beta = {"anthropic-beta": FILES_BETA}

    async def body(client: Any, aw: Await) -> tuple[Any, ...]:
        image = await aw(client.files.upload(file=("dot.png", PNG)))
        notes = await aw(client.files.upload(file=("notes.txt", b"Three words here")))
        content = [
            {"type": "image", "source": {"type": "file", "file_id": image.id}},
            {"type": "document", "source": {"type": "file", "file_id": notes.id}},
            {"type": "text", "text": "Describe both."},
        ]
        messages = [{"role": "user", "content": content}]
        reply = await aw(
            client.messages.create(
                model=MODEL, max_tokens=50, messages=messages, extra_headers=beta
            )
        )
        counted = await aw(
            client.messages.count_tokens(model=MODEL, messages=messages, extra_headers=beta)
        )
        with pytest.raises(BadRequestError) as no_beta:
            await aw(client.messages.create(model=MODEL, max_tokens=50, messages=messages))
        gone = [
            {
                "role": "user",
                "content": [
                    {"type": "image", "source": {"type": "file", "file_id": "file_01nothere"}},
                ],
            }
        ]
        with pytest.raises(NotFoundError) as unknown:
            await aw(
                client.messages.create(model=MODEL, max_tokens=5, messages=gone, extra_headers=beta)
            )
        wrong = [
            {
                "role": "user",
                "content": [
                    {"type": "image", "source": {"type": "file", "file_id": notes.id}},
                ],
            }
        ]
        with pytest.raises(BadRequestError) as not_image:
            await aw(
                client.messages.create(
                    model=MODEL, max_tokens=5, messages=wrong, extra_headers=beta
                )
            )
        return reply, counted, no_beta.value, unknown.value, not_image.value

    reply, counted, no_beta, unknown, not_image = run(body)
    assert reply.content[0].text == (
        "You said: [image: image/png, 1x1 pixels] [document: text/plain, 16 characters] "
        "Describe both."
    )
    assert counted.input_tokens == reply.usage.input_tokens
    assert "messages.0.content.0.source: a 'file' source needs the header" in str(no_beta)
    assert "messages.0.content.0.source.file_id: File not found: file_01nothere" in str(unknown)
    assert "is text/plain, not an image" in str(not_image)


def test_file_sources_resolve_inside_tool_results(api: Emulator) -> None:
    with Client(api_key=api.api_key, base_url=api.url) as client:
        image = client.files.upload(file=("dot.png", PNG))
        reply = client.messages.create(
            model=MODEL,
            max_tokens=50,
            messages=[
                {"role": "user", "content": "Look."},
                {
                    "role": "assistant",
                    "content": [
                        {"type": "tool_use", "id": "toolu_01", "name": "look", "input": {}},
                    ],
                },
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "tool_result",
                            "tool_use_id": "toolu_01",
                            "content": [
                                {"type": "image", "source": {"type": "file", "file_id": image.id}},
                            ],
                        },
                    ],
                },
            ],
            extra_headers={"anthropic-beta": FILES_BETA},
        )
    assert (
        reply.content[0].text == "You said: [tool_result toolu_01: [image: image/png, 1x1 pixels]]"
    )


# ------------------------------------------------------------------------ cassettes


def test_uploads_and_binary_downloads_replay_from_a_cassette(
    api: Emulator, tmp_path: pathlib.Path
) -> None:
    path = tmp_path / "files.jsonl"
    content = bytes(range(256)) * 4  # not UTF-8

    def exchange(cassette: Cassette) -> tuple[str, bytes]:
        with Client(api_key=cassette.api_key, base_url=cassette.base_url) as client:
            meta = client.files.upload(file=("raw.bin", content))
            return meta.id, client.files.download(meta.id).read()

    with Cassette(path, upstream=api.url) as recording:
        recorded = exchange(recording)
    with Cassette(path, mode="none") as replaying:
        replayed = exchange(replaying)
    assert recording.recording and not replaying.recording
    assert recorded == replayed and replayed[1] == content
    assert len(uploads(api)) == 1  # the replay never reached the emulator


# ----------------------------------------------------------------------- pure parts


def test_the_multipart_body_is_the_same_on_every_iteration_sync_and_async() -> None:
    part = read_upload(("a.txt", b"hello"))
    body = MultipartBody(part, {"k": "v"}, boundary="BOUNDARY")
    first = b"".join(body)

    async def collect() -> bytes:
        return b"".join([piece async for piece in body])

    assert first == b"".join(body) == asyncio.run(collect())
    assert len(first) == body.length
    assert body.content_type == "multipart/form-data; boundary=BOUNDARY"
    assert first == (
        b'--BOUNDARY\r\nContent-Disposition: form-data; name="k"\r\n\r\nv\r\n'
        b'--BOUNDARY\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n'
        b"Content-Type: text/plain\r\n\r\nhello\r\n--BOUNDARY--\r\n"
    )


def test_the_boundary_is_derived_from_the_body_and_never_occurs_in_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    one = MultipartBody(read_upload(("a.txt", b"same")), {"k": "v"})
    assert (
        one.content_type == MultipartBody(read_upload(("a.txt", b"same")), {"k": "v"}).content_type
    )
    assert one.content_type != MultipartBody(read_upload(("a.txt", b"other"))).content_type
    # When the derived boundary occurs in the content, a random one is drawn instead.
    monkeypatch.setattr(zlib, "crc32", lambda data, seed=0: 0)
    monkeypatch.setattr(os, "urandom", lambda n: bytes([1] * n))
    # Forty bytes of content give claude-messages-00000000 and the length, 28 in hex.
    content = b"claude-messages-0000000028".ljust(40, b".")
    body = MultipartBody(read_upload(("a.bin", content)))
    assert body.content_type.endswith("boundary=claude-messages-" + "01" * 16)
    # The same for a filename holding it (four bytes of content: ...000000004).
    named = MultipartBody(read_upload(("claude-messages-000000004.txt", b"abcd")))
    assert named.content_type.endswith("boundary=claude-messages-" + "01" * 16)


def test_form_fields_and_the_upload_part() -> None:
    assert form_fields(None) == {}
    assert form_fields({"n": 1, "f": 0.5, "b": False, "s": "x", "none": None}) == {
        "n": "1",
        "f": "0.5",
        "b": "false",
        "s": "x",
    }
    with pytest.raises(ValueError, match="cannot be the name of a form field"):
        form_fields({'a"b': 1})
    part = read_upload(("data.csv", b"a,b\n"))
    assert repr(part) == "UploadPart(filename='data.csv', mime_type='text/csv', size=4)"
    buffer = bytearray(b"abc")
    copied = read_upload(("b.bin", buffer))
    buffer[0] = ord("z")
    assert copied.content == b"abc"  # a later change to the buffer cannot reach a retry


def test_the_upload_request_hides_the_key_and_is_resendable() -> None:
    client = Client(api_key="sk-ant-secret-key", base_url="http://127.0.0.1:9")
    request = _upload_request(client._config, ("a.txt", b"hi"), {"timeout": 5})
    assert "sk-ant-secret-key" not in repr(request.headers)
    assert request.headers["x-api-key"] == "sk-ant-secret-key"
    assert request.extensions["timeout"]["read"] == 5
    sent = b"".join(request.stream)  # type: ignore[union-attr]
    assert sent == b"".join(request.stream)  # type: ignore[union-attr]
    assert int(request.headers["content-length"]) == len(sent)
    client.close()


def test_an_http_client_passed_in_sends_the_upload_too(api: Emulator) -> None:
    with (
        httpx.Client() as http,
        Client(api_key=api.api_key, base_url=api.url, http_client=http) as client,
    ):
        meta = client.files.upload(file=("via.txt", b"through httpx.Client"))
    assert api.file_content(meta.id) == b"through httpx.Client"


def test_copies_of_the_client_have_files_too(api: Emulator) -> None:
    async def main() -> None:
        async with AsyncClient(api_key=api.api_key, base_url=api.url) as client:
            patient = client.with_options(max_retries=5)
            meta = await patient.files.upload(file=("c.txt", b"copy"))
            assert (await patient.files.retrieve_metadata(meta.id)).filename == "c.txt"

    asyncio.run(main())
    with Client(api_key=api.api_key, base_url=api.url) as client:
        assert client.with_options(timeout=9).files.list().data[0].filename == "c.txt"
