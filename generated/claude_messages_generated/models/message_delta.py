from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..models.known_stop_reason import KnownStopReason, check_known_stop_reason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container import Container
    from ..models.refusal_stop_details import RefusalStopDetails
    from ..models.unknown_stop_details import UnknownStopDetails


T = TypeVar("T", bound="MessageDelta")


@_attrs_define
class MessageDelta:
    """The message fields a `message_delta` event sets.

    Attributes:
        stop_reason (KnownStopReason | None | str): Why generation stopped (as in `Message.stop_reason`).
        stop_sequence (None | str): The stop sequence produced, if any.
        stop_details (None | RefusalStopDetails | UnknownStopDetails | Unset): Details of why generation stopped (as in
            `Message.stop_details`).
        container (Container | None | Unset): The container the request's server tools ran in, if any (null leaves it
            unchanged).
    """

    stop_reason: KnownStopReason | None | str
    stop_sequence: None | str
    stop_details: None | RefusalStopDetails | UnknownStopDetails | Unset = UNSET
    container: Container | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        stop_reason: None | str
        if isinstance(self.stop_reason, str):
            stop_reason = self.stop_reason
        else:
            stop_reason = self.stop_reason

        stop_sequence: None | str
        stop_sequence = self.stop_sequence

        stop_details: dict[str, Any] | None | Unset
        if isinstance(self.stop_details, Unset):
            stop_details = UNSET
        elif isinstance(self.stop_details, RefusalStopDetails):
            stop_details = self.stop_details.to_dict()
        elif isinstance(self.stop_details, UnknownStopDetails):
            stop_details = self.stop_details.to_dict()
        else:
            stop_details = self.stop_details

        container: dict[str, Any] | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        elif isinstance(self.container, Container):
            container = self.container.to_dict()
        else:
            container = self.container

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stop_reason": stop_reason,
                "stop_sequence": stop_sequence,
            }
        )
        if stop_details is not UNSET:
            field_dict["stop_details"] = stop_details
        if container is not UNSET:
            field_dict["container"] = container

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)

        def _parse_stop_reason(data: object) -> KnownStopReason | None | str:
            if data is None:
                return data
            if isinstance(data, str):
                try:
                    stop_reason_type_0 = check_known_stop_reason(data)

                    return stop_reason_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("KnownStopReason | None | str", data)

        stop_reason = _parse_stop_reason(d.pop("stop_reason"))

        def _parse_stop_sequence(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        stop_sequence = _parse_stop_sequence(d.pop("stop_sequence"))

        def _parse_stop_details(
            data: object,
        ) -> None | RefusalStopDetails | UnknownStopDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    componentsschemas_stop_details_type_0 = RefusalStopDetails.from_dict(data)

                    return componentsschemas_stop_details_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_stop_details_type_1 = UnknownStopDetails.from_dict(data)

                    return componentsschemas_stop_details_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("None | RefusalStopDetails | UnknownStopDetails | Unset", data)

        stop_details = _parse_stop_details(d.pop("stop_details", UNSET))

        def _parse_container(data: object) -> Container | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                container_type_0 = Container.from_dict(data)

                return container_type_0
            return cast("Container | None | Unset", data)

        container = _parse_container(d.pop("container", UNSET))

        message_delta = cls(
            stop_reason=stop_reason,
            stop_sequence=stop_sequence,
            stop_details=stop_details,
            container=container,
        )

        message_delta.additional_properties = d
        return message_delta

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
    from ..models.container import Container
    from ..models.refusal_stop_details import RefusalStopDetails
    from ..models.unknown_stop_details import UnknownStopDetails

    globals().update(
        Container=Container,
        RefusalStopDetails=RefusalStopDetails,
        UnknownStopDetails=UnknownStopDetails,
    )
    _models_unbound = False
