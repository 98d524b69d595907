from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.error_response import ErrorResponse
from ...models.file_metadata import FileMetadata
from ...models.file_upload_params import FileUploadParams
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FileUploadParams,
    anthropic_version: ApiVersion,
    anthropic_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["anthropic-version"] = str(anthropic_version)

    if not isinstance(anthropic_beta, Unset):
        headers["anthropic-beta"] = anthropic_beta

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/files",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FileMetadata | None:
    if response.status_code == 200:
        response_200 = FileMetadata.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 529:
        response_529 = ErrorResponse.from_dict(response.json())

        return response_529

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | FileMetadata]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadParams,
    anthropic_version: ApiVersion,
    anthropic_beta: str | Unset = UNSET,
) -> Response[ErrorResponse | FileMetadata]:
    """Upload a file

     Store a file (multipart form, field `file`) for use in later requests: a message
    refers to it by id with a `file` source instead of carrying its bytes. Only the last
    path component of the part's filename is kept. Needs the beta header
    `anthropic-beta: files-api-2025-04-14`.

    Args:
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.
        anthropic_beta (str | Unset):
        body (FileUploadParams): The multipart form of an upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FileMetadata]
    """

    kwargs = _get_kwargs(
        body=body,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadParams,
    anthropic_version: ApiVersion,
    anthropic_beta: str | Unset = UNSET,
) -> ErrorResponse | FileMetadata | None:
    """Upload a file

     Store a file (multipart form, field `file`) for use in later requests: a message
    refers to it by id with a `file` source instead of carrying its bytes. Only the last
    path component of the part's filename is kept. Needs the beta header
    `anthropic-beta: files-api-2025-04-14`.

    Args:
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.
        anthropic_beta (str | Unset):
        body (FileUploadParams): The multipart form of an upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FileMetadata
    """

    return sync_detailed(
        client=client,
        body=body,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadParams,
    anthropic_version: ApiVersion,
    anthropic_beta: str | Unset = UNSET,
) -> Response[ErrorResponse | FileMetadata]:
    """Upload a file

     Store a file (multipart form, field `file`) for use in later requests: a message
    refers to it by id with a `file` source instead of carrying its bytes. Only the last
    path component of the part's filename is kept. Needs the beta header
    `anthropic-beta: files-api-2025-04-14`.

    Args:
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.
        anthropic_beta (str | Unset):
        body (FileUploadParams): The multipart form of an upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FileMetadata]
    """

    kwargs = _get_kwargs(
        body=body,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadParams,
    anthropic_version: ApiVersion,
    anthropic_beta: str | Unset = UNSET,
) -> ErrorResponse | FileMetadata | None:
    """Upload a file

     Store a file (multipart form, field `file`) for use in later requests: a message
    refers to it by id with a `file` source instead of carrying its bytes. Only the last
    path component of the part's filename is kept. Needs the beta header
    `anthropic-beta: files-api-2025-04-14`.

    Args:
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.
        anthropic_beta (str | Unset):
        body (FileUploadParams): The multipart form of an upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FileMetadata
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            anthropic_version=anthropic_version,
            anthropic_beta=anthropic_beta,
        )
    ).parsed
