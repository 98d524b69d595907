from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.count_tokens_params import CountTokensParams
from ...models.error_response import ErrorResponse
from ...models.message_tokens_count import MessageTokensCount
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CountTokensParams,
    anthropic_version: ApiVersion,
    anthropic_beta: str | Unset = UNSET,
    anthropic_user_profile_id: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["anthropic-version"] = str(anthropic_version)

    if not isinstance(anthropic_beta, Unset):
        headers["anthropic-beta"] = anthropic_beta

    if not isinstance(anthropic_user_profile_id, Unset):
        headers["anthropic-user-profile-id"] = anthropic_user_profile_id

    if not isinstance(anthropic_workspace_id, Unset):
        headers["anthropic-workspace-id"] = anthropic_workspace_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/messages/count_tokens",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageTokensCount | None:
    if response.status_code == 200:
        response_200 = MessageTokensCount.from_dict(response.json())

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

    if response.status_code == 529:
        response_529 = ErrorResponse.from_dict(response.json())

        return response_529

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MessageTokensCount]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CountTokensParams,
    anthropic_version: ApiVersion,
    anthropic_beta: str | Unset = UNSET,
    anthropic_user_profile_id: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> Response[ErrorResponse | MessageTokensCount]:
    """Count tokens in a Message

     Count the input tokens of a request without creating a message: the same body as
    `createMessage` minus `max_tokens`, `stream`, `stop_sequences`, `metadata`,
    `service_tier`, `container`, `inference_geo` and `diagnostics`.

    Args:
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.
        anthropic_beta (str | Unset):
        anthropic_user_profile_id (str | Unset):
        anthropic_workspace_id (str | Unset):
        body (CountTokensParams): The body of `POST /v1/messages/count_tokens`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageTokensCount]
    """

    kwargs = _get_kwargs(
        body=body,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_user_profile_id=anthropic_user_profile_id,
        anthropic_workspace_id=anthropic_workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CountTokensParams,
    anthropic_version: ApiVersion,
    anthropic_beta: str | Unset = UNSET,
    anthropic_user_profile_id: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> ErrorResponse | MessageTokensCount | None:
    """Count tokens in a Message

     Count the input tokens of a request without creating a message: the same body as
    `createMessage` minus `max_tokens`, `stream`, `stop_sequences`, `metadata`,
    `service_tier`, `container`, `inference_geo` and `diagnostics`.

    Args:
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.
        anthropic_beta (str | Unset):
        anthropic_user_profile_id (str | Unset):
        anthropic_workspace_id (str | Unset):
        body (CountTokensParams): The body of `POST /v1/messages/count_tokens`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageTokensCount
    """

    return sync_detailed(
        client=client,
        body=body,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_user_profile_id=anthropic_user_profile_id,
        anthropic_workspace_id=anthropic_workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CountTokensParams,
    anthropic_version: ApiVersion,
    anthropic_beta: str | Unset = UNSET,
    anthropic_user_profile_id: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> Response[ErrorResponse | MessageTokensCount]:
    """Count tokens in a Message

     Count the input tokens of a request without creating a message: the same body as
    `createMessage` minus `max_tokens`, `stream`, `stop_sequences`, `metadata`,
    `service_tier`, `container`, `inference_geo` and `diagnostics`.

    Args:
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.
        anthropic_beta (str | Unset):
        anthropic_user_profile_id (str | Unset):
        anthropic_workspace_id (str | Unset):
        body (CountTokensParams): The body of `POST /v1/messages/count_tokens`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageTokensCount]
    """

    kwargs = _get_kwargs(
        body=body,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_user_profile_id=anthropic_user_profile_id,
        anthropic_workspace_id=anthropic_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CountTokensParams,
    anthropic_version: ApiVersion,
    anthropic_beta: str | Unset = UNSET,
    anthropic_user_profile_id: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> ErrorResponse | MessageTokensCount | None:
    """Count tokens in a Message

     Count the input tokens of a request without creating a message: the same body as
    `createMessage` minus `max_tokens`, `stream`, `stop_sequences`, `metadata`,
    `service_tier`, `container`, `inference_geo` and `diagnostics`.

    Args:
        anthropic_version (ApiVersion): A value of the `anthropic-version` header. This document
            describes `2023-06-01`;
            `2026-10-21` refuses the places marked `x-refused-in-versions`.
        anthropic_beta (str | Unset):
        anthropic_user_profile_id (str | Unset):
        anthropic_workspace_id (str | Unset):
        body (CountTokensParams): The body of `POST /v1/messages/count_tokens`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageTokensCount
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            anthropic_version=anthropic_version,
            anthropic_beta=anthropic_beta,
            anthropic_user_profile_id=anthropic_user_profile_id,
            anthropic_workspace_id=anthropic_workspace_id,
        )
    ).parsed
