from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.deleted_file import DeletedFile
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


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
        "method": "delete",
        "url": "/v1/files/{file_id}".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedFile | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeletedFile.from_dict(response.json())

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
) -> Response[DeletedFile | ErrorResponse]:
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
) -> Response[DeletedFile | ErrorResponse]:
    """Delete a file

     Delete a file; requests that name it afterwards fail with `not_found_error`. Needs
    the beta header `anthropic-beta: files-api-2025-04-14`.

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
        Response[DeletedFile | ErrorResponse]
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
) -> DeletedFile | ErrorResponse | None:
    """Delete a file

     Delete a file; requests that name it afterwards fail with `not_found_error`. Needs
    the beta header `anthropic-beta: files-api-2025-04-14`.

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
        DeletedFile | ErrorResponse
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
) -> Response[DeletedFile | ErrorResponse]:
    """Delete a file

     Delete a file; requests that name it afterwards fail with `not_found_error`. Needs
    the beta header `anthropic-beta: files-api-2025-04-14`.

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
        Response[DeletedFile | ErrorResponse]
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
) -> DeletedFile | ErrorResponse | None:
    """Delete a file

     Delete a file; requests that name it afterwards fail with `not_found_error`. Needs
    the beta header `anthropic-beta: files-api-2025-04-14`.

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
        DeletedFile | ErrorResponse
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            anthropic_version=anthropic_version,
            anthropic_beta=anthropic_beta,
        )
    ).parsed
