from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    file_id: str,
    *,
    anthropic_version: ApiVersion,
    anthropic_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["anthropic-version"] = str(anthropic_version)

    if not isinstance(anthropic_beta, Unset):
        headers["anthropic-beta"] = anthropic_beta

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/files/{file_id}/content".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: ApiVersion,
    anthropic_beta: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Download a file

     The file's bytes, as uploaded. Only files with `downloadable: true` can be
    downloaded (files created by the API's tools, for example); others are refused.
    Needs the beta header `anthropic-beta: files-api-2025-04-14`.

    Args:
        file_id (str):
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.
        anthropic_beta (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: ApiVersion,
    anthropic_beta: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Download a file

     The file's bytes, as uploaded. Only files with `downloadable: true` can be
    downloaded (files created by the API's tools, for example); others are refused.
    Needs the beta header `anthropic-beta: files-api-2025-04-14`.

    Args:
        file_id (str):
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.
        anthropic_beta (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        file_id=file_id,
        client=client,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
    ).parsed


async def asyncio_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: ApiVersion,
    anthropic_beta: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Download a file

     The file's bytes, as uploaded. Only files with `downloadable: true` can be
    downloaded (files created by the API's tools, for example); others are refused.
    Needs the beta header `anthropic-beta: files-api-2025-04-14`.

    Args:
        file_id (str):
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.
        anthropic_beta (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: ApiVersion,
    anthropic_beta: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Download a file

     The file's bytes, as uploaded. Only files with `downloadable: true` can be
    downloaded (files created by the API's tools, for example); others are refused.
    Needs the beta header `anthropic-beta: files-api-2025-04-14`.

    Args:
        file_id (str):
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.
        anthropic_beta (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            anthropic_version=anthropic_version,
            anthropic_beta=anthropic_beta,
        )
    ).parsed
