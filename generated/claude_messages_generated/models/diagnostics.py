from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cache_miss_messages_changed import CacheMissMessagesChanged
    from ..models.cache_miss_model_changed import CacheMissModelChanged
    from ..models.cache_miss_previous_message_not_found import (
        CacheMissPreviousMessageNotFound,
    )
    from ..models.cache_miss_system_changed import CacheMissSystemChanged
    from ..models.cache_miss_tools_changed import CacheMissToolsChanged
    from ..models.cache_miss_unavailable import CacheMissUnavailable
    from ..models.unknown_cache_miss_reason import UnknownCacheMissReason


T = TypeVar("T", bound="Diagnostics")


@_attrs_define
class Diagnostics:
    """Diagnostics of a request.

    Attributes:
        cache_miss_reason (CacheMissMessagesChanged | CacheMissModelChanged | CacheMissPreviousMessageNotFound |
            CacheMissSystemChanged | CacheMissToolsChanged | CacheMissUnavailable | None | UnknownCacheMissReason | Unset):
            Why the prompt cache missed against the `previous_message_id` given, or null.
    """

    cache_miss_reason: (
        CacheMissMessagesChanged
        | CacheMissModelChanged
        | CacheMissPreviousMessageNotFound
        | CacheMissSystemChanged
        | CacheMissToolsChanged
        | CacheMissUnavailable
        | None
        | UnknownCacheMissReason
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        cache_miss_reason: dict[str, Any] | None | Unset
        if isinstance(self.cache_miss_reason, Unset):
            cache_miss_reason = UNSET
        elif isinstance(self.cache_miss_reason, CacheMissModelChanged):
            cache_miss_reason = self.cache_miss_reason.to_dict()
        elif isinstance(self.cache_miss_reason, CacheMissSystemChanged):
            cache_miss_reason = self.cache_miss_reason.to_dict()
        elif isinstance(self.cache_miss_reason, CacheMissToolsChanged):
            cache_miss_reason = self.cache_miss_reason.to_dict()
        elif isinstance(self.cache_miss_reason, CacheMissMessagesChanged):
            cache_miss_reason = self.cache_miss_reason.to_dict()
        elif isinstance(self.cache_miss_reason, CacheMissPreviousMessageNotFound):
            cache_miss_reason = self.cache_miss_reason.to_dict()
        elif isinstance(self.cache_miss_reason, CacheMissUnavailable):
            cache_miss_reason = self.cache_miss_reason.to_dict()
        elif isinstance(self.cache_miss_reason, UnknownCacheMissReason):
            cache_miss_reason = self.cache_miss_reason.to_dict()
        else:
            cache_miss_reason = self.cache_miss_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cache_miss_reason is not UNSET:
            field_dict["cache_miss_reason"] = cache_miss_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)

        def _parse_cache_miss_reason(
            data: object,
        ) -> (
            CacheMissMessagesChanged
            | CacheMissModelChanged
            | CacheMissPreviousMessageNotFound
            | CacheMissSystemChanged
            | CacheMissToolsChanged
            | CacheMissUnavailable
            | None
            | UnknownCacheMissReason
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    componentsschemas_cache_miss_reason_type_0 = CacheMissModelChanged.from_dict(
                        data
                    )

                    return componentsschemas_cache_miss_reason_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_cache_miss_reason_type_1 = CacheMissSystemChanged.from_dict(
                        data
                    )

                    return componentsschemas_cache_miss_reason_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_cache_miss_reason_type_2 = CacheMissToolsChanged.from_dict(
                        data
                    )

                    return componentsschemas_cache_miss_reason_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_cache_miss_reason_type_3 = CacheMissMessagesChanged.from_dict(
                        data
                    )

                    return componentsschemas_cache_miss_reason_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_cache_miss_reason_type_4 = (
                        CacheMissPreviousMessageNotFound.from_dict(data)
                    )

                    return componentsschemas_cache_miss_reason_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_cache_miss_reason_type_5 = CacheMissUnavailable.from_dict(
                        data
                    )

                    return componentsschemas_cache_miss_reason_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_cache_miss_reason_type_6 = UnknownCacheMissReason.from_dict(
                        data
                    )

                    return componentsschemas_cache_miss_reason_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(
                "CacheMissMessagesChanged | CacheMissModelChanged | CacheMissPreviousMessageNotFound | CacheMissSystemChanged | CacheMissToolsChanged | CacheMissUnavailable | None | UnknownCacheMissReason | Unset",
                data,
            )

        cache_miss_reason = _parse_cache_miss_reason(d.pop("cache_miss_reason", UNSET))

        diagnostics = cls(
            cache_miss_reason=cache_miss_reason,
        )

        diagnostics.additional_properties = d
        return diagnostics

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
    from ..models.cache_miss_messages_changed import CacheMissMessagesChanged
    from ..models.cache_miss_model_changed import CacheMissModelChanged
    from ..models.cache_miss_previous_message_not_found import (
        CacheMissPreviousMessageNotFound,
    )
    from ..models.cache_miss_system_changed import CacheMissSystemChanged
    from ..models.cache_miss_tools_changed import CacheMissToolsChanged
    from ..models.cache_miss_unavailable import CacheMissUnavailable
    from ..models.unknown_cache_miss_reason import UnknownCacheMissReason

    globals().update(
        CacheMissMessagesChanged=CacheMissMessagesChanged,
        CacheMissModelChanged=CacheMissModelChanged,
        CacheMissPreviousMessageNotFound=CacheMissPreviousMessageNotFound,
        CacheMissSystemChanged=CacheMissSystemChanged,
        CacheMissToolsChanged=CacheMissToolsChanged,
        CacheMissUnavailable=CacheMissUnavailable,
        UnknownCacheMissReason=UnknownCacheMissReason,
    )
    _models_unbound = False
