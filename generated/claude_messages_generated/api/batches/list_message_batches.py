from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.error_response import ErrorResponse
from ...models.message_batch_list import MessageBatchList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    anthropic_version: ApiVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["anthropic-version"] = str(anthropic_version)

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/messages/batches",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageBatchList | None:
    if response.status_code == 200:
        response_200 = MessageBatchList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MessageBatchList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    anthropic_version: ApiVersion,
) -> Response[ErrorResponse | MessageBatchList]:
    """List Message Batches

     The workspace's batches, most recent first, one page at a time.

    Args:
        limit (int | Unset):  Default: 20.
        after_id (str | Unset):
        before_id (str | Unset):
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageBatchList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after_id=after_id,
        before_id=before_id,
        anthropic_version=anthropic_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    anthropic_version: ApiVersion,
) -> ErrorResponse | MessageBatchList | None:
    """List Message Batches

     The workspace's batches, most recent first, one page at a time.

    Args:
        limit (int | Unset):  Default: 20.
        after_id (str | Unset):
        before_id (str | Unset):
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageBatchList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
        anthropic_version=anthropic_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    anthropic_version: ApiVersion,
) -> Response[ErrorResponse | MessageBatchList]:
    """List Message Batches

     The workspace's batches, most recent first, one page at a time.

    Args:
        limit (int | Unset):  Default: 20.
        after_id (str | Unset):
        before_id (str | Unset):
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageBatchList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after_id=after_id,
        before_id=before_id,
        anthropic_version=anthropic_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    anthropic_version: ApiVersion,
) -> ErrorResponse | MessageBatchList | None:
    """List Message Batches

     The workspace's batches, most recent first, one page at a time.

    Args:
        limit (int | Unset):  Default: 20.
        after_id (str | Unset):
        before_id (str | Unset):
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageBatchList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            before_id=before_id,
            anthropic_version=anthropic_version,
        )
    ).parsed
