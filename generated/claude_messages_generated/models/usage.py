from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cache_creation import CacheCreation
    from ..models.output_tokens_details import OutputTokensDetails
    from ..models.server_tool_usage import ServerToolUsage


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
        cache_creation (CacheCreation | None | Unset): The prompt-cache writes by lifetime, or null.
        output_tokens_details (None | OutputTokensDetails | Unset): A breakdown of the output tokens, or null.
        server_tool_use (None | ServerToolUsage | Unset): How many server tool requests the message made, or null.
        speed (None | str | Unset): The inference speed mode that served the request (`standard`, `fast`, or newer).
        inference_geo (None | str | Unset): The geographic region the model ran in.
    """

    input_tokens: int
    output_tokens: int
    cache_creation_input_tokens: int | None | Unset = UNSET
    cache_read_input_tokens: int | None | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    cache_creation: CacheCreation | None | Unset = UNSET
    output_tokens_details: None | OutputTokensDetails | Unset = UNSET
    server_tool_use: None | ServerToolUsage | Unset = UNSET
    speed: None | str | Unset = UNSET
    inference_geo: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

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

        cache_creation: dict[str, Any] | None | Unset
        if isinstance(self.cache_creation, Unset):
            cache_creation = UNSET
        elif isinstance(self.cache_creation, CacheCreation):
            cache_creation = self.cache_creation.to_dict()
        else:
            cache_creation = self.cache_creation

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

        speed: None | str | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        inference_geo: None | str | Unset
        if isinstance(self.inference_geo, Unset):
            inference_geo = UNSET
        else:
            inference_geo = self.inference_geo

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
        if cache_creation is not UNSET:
            field_dict["cache_creation"] = cache_creation
        if output_tokens_details is not UNSET:
            field_dict["output_tokens_details"] = output_tokens_details
        if server_tool_use is not UNSET:
            field_dict["server_tool_use"] = server_tool_use
        if speed is not UNSET:
            field_dict["speed"] = speed
        if inference_geo is not UNSET:
            field_dict["inference_geo"] = inference_geo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

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

        def _parse_service_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        def _parse_cache_creation(data: object) -> CacheCreation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                cache_creation_type_0 = CacheCreation.from_dict(data)

                return cache_creation_type_0
            return cast("CacheCreation | None | Unset", data)

        cache_creation = _parse_cache_creation(d.pop("cache_creation", UNSET))

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

        def _parse_speed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        speed = _parse_speed(d.pop("speed", UNSET))

        def _parse_inference_geo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        inference_geo = _parse_inference_geo(d.pop("inference_geo", UNSET))

        usage = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            service_tier=service_tier,
            cache_creation=cache_creation,
            output_tokens_details=output_tokens_details,
            server_tool_use=server_tool_use,
            speed=speed,
            inference_geo=inference_geo,
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


_models_unbound = True


def _bind_models() -> None:
    """Import the models this module's methods build (not at the top: the imports
    would be circular) and keep them as module globals."""
    global _models_unbound
    from ..models.cache_creation import CacheCreation
    from ..models.output_tokens_details import OutputTokensDetails
    from ..models.server_tool_usage import ServerToolUsage

    globals().update(
        CacheCreation=CacheCreation,
        OutputTokensDetails=OutputTokensDetails,
        ServerToolUsage=ServerToolUsage,
    )
    _models_unbound = False
