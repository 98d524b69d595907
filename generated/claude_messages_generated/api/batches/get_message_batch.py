from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.error_response import ErrorResponse
from ...models.message_batch import MessageBatch
from ...types import Response


def _get_kwargs(
    message_batch_id: str,
    *,
    anthropic_version: ApiVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["anthropic-version"] = str(anthropic_version)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/messages/batches/{message_batch_id}".format(
            message_batch_id=quote(str(message_batch_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageBatch | None:
    if response.status_code == 200:
        response_200 = MessageBatch.from_dict(response.json())

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
) -> Response[ErrorResponse | MessageBatch]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    message_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: ApiVersion,
) -> Response[ErrorResponse | MessageBatch]:
    """Get a Message Batch

     One batch, with its processing status and request counts.

    Args:
        message_batch_id (str):
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageBatch]
    """

    kwargs = _get_kwargs(
        message_batch_id=message_batch_id,
        anthropic_version=anthropic_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: ApiVersion,
) -> ErrorResponse | MessageBatch | None:
    """Get a Message Batch

     One batch, with its processing status and request counts.

    Args:
        message_batch_id (str):
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageBatch
    """

    return sync_detailed(
        message_batch_id=message_batch_id,
        client=client,
        anthropic_version=anthropic_version,
    ).parsed


async def asyncio_detailed(
    message_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: ApiVersion,
) -> Response[ErrorResponse | MessageBatch]:
    """Get a Message Batch

     One batch, with its processing status and request counts.

    Args:
        message_batch_id (str):
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageBatch]
    """

    kwargs = _get_kwargs(
        message_batch_id=message_batch_id,
        anthropic_version=anthropic_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: ApiVersion,
) -> ErrorResponse | MessageBatch | None:
    """Get a Message Batch

     One batch, with its processing status and request counts.

    Args:
        message_batch_id (str):
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageBatch
    """

    return (
        await asyncio_detailed(
            message_batch_id=message_batch_id,
            client=client,
            anthropic_version=anthropic_version,
        )
    ).parsed
