from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_tokens_details import OutputTokensDetails
    from ..models.server_tool_usage import ServerToolUsage


T = TypeVar("T", bound="MessageDeltaUsage")


@_attrs_define
class MessageDeltaUsage:
    """Cumulative usage at a `message_delta`; null or absent fields are unchanged.

    Attributes:
        output_tokens (int): Output tokens generated so far (cumulative).
        input_tokens (int | None | Unset): Input tokens, when the server reports them here.
        cache_creation_input_tokens (int | None | Unset): Input tokens written to the prompt cache.
        cache_read_input_tokens (int | None | Unset): Input tokens read from the prompt cache.
        output_tokens_details (None | OutputTokensDetails | Unset): A breakdown of the output tokens so far.
        server_tool_use (None | ServerToolUsage | Unset): Server tool requests made so far (cumulative).
    """

    output_tokens: int
    input_tokens: int | None | Unset = UNSET
    cache_creation_input_tokens: int | None | Unset = UNSET
    cache_read_input_tokens: int | None | Unset = UNSET
    output_tokens_details: None | OutputTokensDetails | Unset = UNSET
    server_tool_use: None | ServerToolUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        output_tokens = self.output_tokens

        input_tokens: int | None | Unset
        if isinstance(self.input_tokens, Unset):
            input_tokens = UNSET
        else:
            input_tokens = self.input_tokens

        cache_creation_input_tokens: int | None | Unset
        if isinstance(self.cache_creation_input_tokens, Unset):
            cache_creation_input_tokens = UNSET
        else:
            cache_creation_input_tokens = self.cache_creation_input_tokens

        cache_read_input_tokens: int | None | Unset
        if isinstance(self.cache_read_input_tokens, Unset):
            cache_read_input_tokens = UNSET
        else:
            cache_read_input_tokens = self.cache_read_input_tokens

        output_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.output_tokens_details, Unset):
            output_tokens_details = UNSET
        elif isinstance(self.output_tokens_details, OutputTokensDetails):
            output_tokens_details = self.output_tokens_details.to_dict()
        else:
            output_tokens_details = self.output_tokens_details

        server_tool_use: dict[str, Any] | None | Unset
        if isinstance(self.server_tool_use, Unset):
            server_tool_use = UNSET
        elif isinstance(self.server_tool_use, ServerToolUsage):
            server_tool_use = self.server_tool_use.to_dict()
        else:
            server_tool_use = self.server_tool_use

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output_tokens": output_tokens,
            }
        )
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if cache_creation_input_tokens is not UNSET:
            field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens
        if output_tokens_details is not UNSET:
            field_dict["output_tokens_details"] = output_tokens_details
        if server_tool_use is not UNSET:
            field_dict["server_tool_use"] = server_tool_use

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        output_tokens = d.pop("output_tokens")

        def _parse_input_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        input_tokens = _parse_input_tokens(d.pop("input_tokens", UNSET))

        def _parse_cache_creation_input_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        cache_creation_input_tokens = _parse_cache_creation_input_tokens(
            d.pop("cache_creation_input_tokens", UNSET)
        )

        def _parse_cache_read_input_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        cache_read_input_tokens = _parse_cache_read_input_tokens(
            d.pop("cache_read_input_tokens", UNSET)
        )

        def _parse_output_tokens_details(data: object) -> None | OutputTokensDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                output_tokens_details_type_0 = OutputTokensDetails.from_dict(data)

                return output_tokens_details_type_0
            return cast("None | OutputTokensDetails | Unset", data)

        output_tokens_details = _parse_output_tokens_details(d.pop("output_tokens_details", UNSET))

        def _parse_server_tool_use(data: object) -> None | ServerToolUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                server_tool_use_type_0 = ServerToolUsage.from_dict(data)

                return server_tool_use_type_0
            return cast("None | ServerToolUsage | Unset", data)

        server_tool_use = _parse_server_tool_use(d.pop("server_tool_use", UNSET))

        message_delta_usage = cls(
            output_tokens=output_tokens,
            input_tokens=input_tokens,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            output_tokens_details=output_tokens_details,
            server_tool_use=server_tool_use,
        )

        message_delta_usage.additional_properties = d
        return message_delta_usage

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return model_repr(self)

    def to_json(self, indent: int | None = 2) -> str:
        """The model as JSON text, with the API's field names (``indent=None``: compact)."""
        return model_json(self.to_dict(), indent)

    def model_dump(
        self, *, mode: Literal["python", "json"] = "python", exclude_none: bool = False
    ) -> dict[str, Any]:
        """Compatibility name: ``to_dict()``, without ``None`` values if ``exclude_none``."""
        return model_dump(self.to_dict(), mode, exclude_none)

    def model_dump_json(self, *, indent: int | None = None, exclude_none: bool = False) -> str:
        """Compatibility name: ``to_json(indent)``, without ``None`` values if asked."""
        return model_json(self.to_dict(), indent, exclude_none)


_models_unbound = True


def _bind_models() -> None:
    """Import the models this module's methods build (not at the top: the imports
    would be circular) and keep them as module globals."""
    global _models_unbound
    from ..models.output_tokens_details import OutputTokensDetails
    from ..models.server_tool_usage import ServerToolUsage

    globals().update(OutputTokensDetails=OutputTokensDetails, ServerToolUsage=ServerToolUsage)
    _models_unbound = False
