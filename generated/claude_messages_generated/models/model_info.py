from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..models.known_model_lifecycle import (
    KnownModelLifecycle,
    check_known_model_lifecycle,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_capabilities import ModelCapabilities


T = TypeVar("T", bound="ModelInfo")


@_attrs_define
class ModelInfo:
    """A model served by the API.

    Attributes:
        type_ (Literal['model']): Always `model`. Default: 'model'.
        id (str): The model's id.
        display_name (str): A human-readable name.
        created_at (datetime.datetime): When the model was released (RFC 3339).
        max_input_tokens (int | None | Unset): The most input tokens (the context window) the model takes.
        max_tokens (int | None | Unset): The highest `max_tokens` the model accepts.
        capabilities (ModelCapabilities | None | Unset): What the model supports, or null.
        lifecycle (KnownModelLifecycle | str | Unset): Where the model is in its life (`active`, `deprecated`,
            `retired`, or a newer stage).
        line (None | str | Unset): The model family (`haiku`, `sonnet`, `opus`, ... or a newer one), or null.
        deprecated_at (datetime.datetime | None | Unset): When the model was deprecated, if it was (RFC 3339).
        retires_at (datetime.datetime | None | Unset): When the model is retired, if that is scheduled (RFC 3339).
    """

    id: str
    display_name: str
    created_at: datetime.datetime
    type_: Literal["model"] = "model"
    max_input_tokens: int | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    capabilities: ModelCapabilities | None | Unset = UNSET
    lifecycle: KnownModelLifecycle | str | Unset = UNSET
    line: None | str | Unset = UNSET
    deprecated_at: datetime.datetime | None | Unset = UNSET
    retires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        id = self.id

        display_name = self.display_name

        created_at = self.created_at.isoformat()

        max_input_tokens: int | None | Unset
        if isinstance(self.max_input_tokens, Unset):
            max_input_tokens = UNSET
        else:
            max_input_tokens = self.max_input_tokens

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        capabilities: dict[str, Any] | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        elif isinstance(self.capabilities, ModelCapabilities):
            capabilities = self.capabilities.to_dict()
        else:
            capabilities = self.capabilities

        lifecycle: str | Unset
        if isinstance(self.lifecycle, Unset):
            lifecycle = UNSET
        elif isinstance(self.lifecycle, str):
            lifecycle = self.lifecycle
        else:
            lifecycle = self.lifecycle

        line: None | str | Unset
        if isinstance(self.line, Unset):
            line = UNSET
        else:
            line = self.line

        deprecated_at: None | str | Unset
        if isinstance(self.deprecated_at, Unset):
            deprecated_at = UNSET
        elif isinstance(self.deprecated_at, datetime.datetime):
            deprecated_at = self.deprecated_at.isoformat()
        else:
            deprecated_at = self.deprecated_at

        retires_at: None | str | Unset
        if isinstance(self.retires_at, Unset):
            retires_at = UNSET
        elif isinstance(self.retires_at, datetime.datetime):
            retires_at = self.retires_at.isoformat()
        else:
            retires_at = self.retires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "display_name": display_name,
                "created_at": created_at,
            }
        )
        if max_input_tokens is not UNSET:
            field_dict["max_input_tokens"] = max_input_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if lifecycle is not UNSET:
            field_dict["lifecycle"] = lifecycle
        if line is not UNSET:
            field_dict["line"] = line
        if deprecated_at is not UNSET:
            field_dict["deprecated_at"] = deprecated_at
        if retires_at is not UNSET:
            field_dict["retires_at"] = retires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["model"]', d.pop("type"))
        if type_ != "model":
            raise ValueError(f"type must match const 'model', got '{type_}'")

        id = d.pop("id")

        display_name = d.pop("display_name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_max_input_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_input_tokens = _parse_max_input_tokens(d.pop("max_input_tokens", UNSET))

        def _parse_max_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_tokens = _parse_max_tokens(d.pop("max_tokens", UNSET))

        def _parse_capabilities(data: object) -> ModelCapabilities | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                capabilities_type_0 = ModelCapabilities.from_dict(data)

                return capabilities_type_0
            return cast("ModelCapabilities | None | Unset", data)

        capabilities = _parse_capabilities(d.pop("capabilities", UNSET))

        def _parse_lifecycle(data: object) -> KnownModelLifecycle | str | Unset:
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                try:
                    lifecycle_type_0 = check_known_model_lifecycle(data)

                    return lifecycle_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("KnownModelLifecycle | str | Unset", data)

        lifecycle = _parse_lifecycle(d.pop("lifecycle", UNSET))

        def _parse_line(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        line = _parse_line(d.pop("line", UNSET))

        def _parse_deprecated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                deprecated_at_type_0 = datetime.datetime.fromisoformat(data)

                return deprecated_at_type_0
            return cast("datetime.datetime | None | Unset", data)

        deprecated_at = _parse_deprecated_at(d.pop("deprecated_at", UNSET))

        def _parse_retires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                retires_at_type_0 = datetime.datetime.fromisoformat(data)

                return retires_at_type_0
            return cast("datetime.datetime | None | Unset", data)

        retires_at = _parse_retires_at(d.pop("retires_at", UNSET))

        model_info = cls(
            type_=type_,
            id=id,
            display_name=display_name,
            created_at=created_at,
            max_input_tokens=max_input_tokens,
            max_tokens=max_tokens,
            capabilities=capabilities,
            lifecycle=lifecycle,
            line=line,
            deprecated_at=deprecated_at,
            retires_at=retires_at,
        )

        model_info.additional_properties = d
        return model_info

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

    @property
    def type(self) -> Literal["model"]:
        """The API's ``type`` (the attribute ``type_``)."""
        return self.type_

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
    from ..models.model_capabilities import ModelCapabilities

    globals().update(ModelCapabilities=ModelCapabilities)
    _models_unbound = False
