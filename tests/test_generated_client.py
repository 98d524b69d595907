"""The generated low-level client (``claude_messages_generated``) works for every endpoint.

It ships in the wheel for those who want the thinnest layer over the spec: one function per
operation, models in and out, errors returned as ``ErrorResponse`` values rather than raised.
Each operation of openapi.yaml is called here against the emulator over loopback, and the
test fails if the spec gains an operation that nothing here calls.
"""

from __future__ import annotations

import importlib
import io
import json
import pkgutil
from collections.abc import Iterator

import pytest
from claude_messages.testing import Emulator
from claude_messages_generated import AuthenticatedClient, api
from claude_messages_generated.api.batches import (
    cancel_message_batch,
    create_message_batch,
    delete_message_batch,
    get_message_batch,
    get_message_batch_results,
    list_message_batches,
)
from claude_messages_generated.api.files import (
    delete_file,
    download_file,
    get_file_metadata,
    list_files,
    upload_file,
)
from claude_messages_generated.api.messages import count_message_tokens, create_message
from claude_messages_generated.api.models import get_model, list_models
from claude_messages_generated.models import (
    CountTokensParams,
    CreateMessageBatchParams,
    CreateMessageParams,
    DeletedFile,
    DeletedMessageBatch,
    ErrorResponse,
    FileList,
    FileMetadata,
    FileUploadParams,
    Message,
    MessageBatch,
    MessageBatchList,
    MessageParam,
    MessageTokensCount,
    ModelInfo,
    ModelList,
)
from claude_messages_generated.types import File

MODEL = "claude-3-haiku-20240307"
VERSION = "2023-06-01"


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(uploads_downloadable=True) as api_:
        yield api_


@pytest.fixture
def client(emulator: Emulator) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(
        base_url=emulator.url, token=emulator.api_key, prefix="", auth_header_name="x-api-key"
    ) as low:
        yield low


def _hello() -> list[MessageParam]:
    return [MessageParam(role="user", content="Hello, Claude!")]


CALLED = {
    "create_message",
    "count_message_tokens",
    "list_models",
    "get_model",
    "create_message_batch",
    "get_message_batch",
    "list_message_batches",
    "get_message_batch_results",
    "cancel_message_batch",
    "delete_message_batch",
    "upload_file",
    "list_files",
    "get_file_metadata",
    "download_file",
    "delete_file",
}


def test_every_operation_of_the_spec_is_called_here() -> None:
    found = set()
    for group in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{group.name}")
        found |= {m.name for m in pkgutil.iter_modules(package.__path__)}
    assert found == CALLED


def test_messages(client: AuthenticatedClient) -> None:
    body = CreateMessageParams(model=MODEL, max_tokens=20, messages=_hello())
    message = create_message.sync(client=client, body=body, anthropic_version=VERSION)
    assert isinstance(message, Message) and message.type == "message"
    assert message.content[0].type == "text"
    count = count_message_tokens.sync(
        client=client,
        body=CountTokensParams(model=MODEL, messages=_hello()),
        anthropic_version=VERSION,
    )
    assert isinstance(count, MessageTokensCount) and count.input_tokens > 0
    bad = create_message.sync_detailed(
        client=client,
        body=CreateMessageParams(model=MODEL, max_tokens=0, messages=_hello()),
        anthropic_version=VERSION,
    )
    assert bad.status_code == 400 and isinstance(bad.parsed, ErrorResponse)
    assert bad.parsed.error.type_ == "invalid_request_error"


def test_models(client: AuthenticatedClient) -> None:
    models = list_models.sync(client=client, anthropic_version=VERSION, limit=2)
    assert isinstance(models, ModelList) and len(models.data) == 2
    one = get_model.sync(models.data[0].id, client=client, anthropic_version=VERSION)
    assert isinstance(one, ModelInfo) and one.id == models.data[0].id
    missing = get_model.sync_detailed("no-such-model", client=client, anthropic_version=VERSION)
    assert missing.status_code == 404 and isinstance(missing.parsed, ErrorResponse)


def test_batches(client: AuthenticatedClient) -> None:
    params = CreateMessageParams(model=MODEL, max_tokens=20, messages=_hello())
    body = CreateMessageBatchParams.from_dict(
        {"requests": [{"custom_id": "one", "params": params.to_dict()}]}
    )
    batch = create_message_batch.sync(client=client, body=body, anthropic_version=VERSION)
    assert isinstance(batch, MessageBatch) and batch.processing_status == "ended"
    again = get_message_batch.sync(batch.id, client=client, anthropic_version=VERSION)
    assert isinstance(again, MessageBatch) and again.id == batch.id
    listed = list_message_batches.sync(client=client, anthropic_version=VERSION)
    assert isinstance(listed, MessageBatchList) and batch.id in {b.id for b in listed.data}
    results = get_message_batch_results.sync_detailed(
        batch.id, client=client, anthropic_version=VERSION
    )
    assert results.status_code == 200
    lines = [json.loads(line) for line in results.content.splitlines() if line.strip()]
    assert [line["custom_id"] for line in lines] == ["one"]
    assert lines[0]["result"]["type"] == "succeeded"
    # Canceling an ended batch leaves it as it is.
    canceled = cancel_message_batch.sync(batch.id, client=client, anthropic_version=VERSION)
    assert isinstance(canceled, MessageBatch) and canceled.processing_status == "ended"
    deleted = delete_message_batch.sync(batch.id, client=client, anthropic_version=VERSION)
    assert isinstance(deleted, DeletedMessageBatch) and deleted.id == batch.id
    gone = get_message_batch.sync_detailed(batch.id, client=client, anthropic_version=VERSION)
    assert gone.status_code == 404 and isinstance(gone.parsed, ErrorResponse)


def test_files(client: AuthenticatedClient) -> None:
    beta = {"anthropic_version": VERSION, "anthropic_beta": "files-api-2025-04-14"}
    upload = FileUploadParams(
        file=File(payload=io.BytesIO(b"low level"), file_name="low.txt", mime_type="text/plain")
    )
    meta = upload_file.sync(client=client, body=upload, **beta)
    assert isinstance(meta, FileMetadata)
    assert (meta.filename, meta.mime_type, meta.size_bytes) == ("low.txt", "text/plain", 9)
    listed = list_files.sync(client=client, limit=5, **beta)
    assert isinstance(listed, FileList) and meta.id in {f.id for f in listed.data}
    again = get_file_metadata.sync(meta.id, client=client, **beta)
    assert isinstance(again, FileMetadata) and again.id == meta.id
    content = download_file.sync(meta.id, client=client, **beta)
    assert isinstance(content, File) and content.payload.read() == b"low level"
    deleted = delete_file.sync(meta.id, client=client, **beta)
    assert isinstance(deleted, DeletedFile) and deleted.id == meta.id
    gone = get_file_metadata.sync_detailed(meta.id, client=client, **beta)
    assert gone.status_code == 404 and isinstance(gone.parsed, ErrorResponse)
