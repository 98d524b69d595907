from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr

T = TypeVar("T", bound="MessageBatchRequestCounts")


@_attrs_define
class MessageBatchRequestCounts:
    """How many of the batch's requests are in each state.

    Attributes:
        processing (int): Requests still processing.
        succeeded (int): Requests that produced a message.
        errored (int): Requests that failed.
        canceled (int): Requests canceled before processing.
        expired (int): Requests that expired before processing.
    """

    processing: int
    succeeded: int
    errored: int
    canceled: int
    expired: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processing = self.processing

        succeeded = self.succeeded

        errored = self.errored

        canceled = self.canceled

        expired = self.expired

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "processing": processing,
                "succeeded": succeeded,
                "errored": errored,
                "canceled": canceled,
                "expired": expired,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        processing = d.pop("processing")

        succeeded = d.pop("succeeded")

        errored = d.pop("errored")

        canceled = d.pop("canceled")

        expired = d.pop("expired")

        message_batch_request_counts = cls(
            processing=processing,
            succeeded=succeeded,
            errored=errored,
            canceled=canceled,
            expired=expired,
        )

        message_batch_request_counts.additional_properties = d
        return message_batch_request_counts

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
