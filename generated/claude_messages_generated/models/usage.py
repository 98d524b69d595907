from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Usage")


@_attrs_define
class Usage:
    """Token counts for billing and rate limits.

    Attributes:
        input_tokens (int): Input tokens read (excluding cache reads and writes).
        output_tokens (int): Output tokens generated.
        cache_creation_input_tokens (int | None | Unset): Input tokens written to the prompt cache.
        cache_read_input_tokens (int | None | Unset): Input tokens read from the prompt cache.
        service_tier (None | str | Unset): The capacity tier that served the request (`standard`, `priority`, `batch`,
            or newer).
    """

    input_tokens: int
    output_tokens: int
    cache_creation_input_tokens: int | None | Unset = UNSET
    cache_read_input_tokens: int | None | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

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

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
            }
        )
        if cache_creation_input_tokens is not UNSET:
            field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        def _parse_cache_creation_input_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cache_creation_input_tokens = _parse_cache_creation_input_tokens(
            d.pop("cache_creation_input_tokens", UNSET)
        )

        def _parse_cache_read_input_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cache_read_input_tokens = _parse_cache_read_input_tokens(
            d.pop("cache_read_input_tokens", UNSET)
        )

        def _parse_service_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        usage = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            service_tier=service_tier,
        )

        usage.additional_properties = d
        return usage

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
