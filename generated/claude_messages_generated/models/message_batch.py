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
from ..models.known_processing_status import (
    KnownProcessingStatus,
    check_known_processing_status,
)

if TYPE_CHECKING:
    from ..models.message_batch_request_counts import MessageBatchRequestCounts


T = TypeVar("T", bound="MessageBatch")


@_attrs_define
class MessageBatch:
    """A Message Batch.

    Attributes:
        id (str): The batch's id (`msgbatch_...`).
        type_ (Literal['message_batch']): Always `message_batch`. Default: 'message_batch'.
        processing_status (KnownProcessingStatus | str): `in_progress`, `canceling` or `ended` (or a newer status).
        request_counts (MessageBatchRequestCounts): How many of the batch's requests are in each state.
        created_at (datetime.datetime): When the batch was created.
        expires_at (datetime.datetime): When unprocessed requests expire (24 hours after creation).
        ended_at (datetime.datetime | None): When processing ended, if it has.
        cancel_initiated_at (datetime.datetime | None): When cancellation was requested, if it was.
        archived_at (datetime.datetime | None): When the batch was archived and its results became unavailable.
        results_url (None | str): Where the results file is served once the batch has ended.
    """

    id: str
    processing_status: KnownProcessingStatus | str
    request_counts: MessageBatchRequestCounts
    created_at: datetime.datetime
    expires_at: datetime.datetime
    ended_at: datetime.datetime | None
    cancel_initiated_at: datetime.datetime | None
    archived_at: datetime.datetime | None
    results_url: None | str
    type_: Literal["message_batch"] = "message_batch"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        processing_status: str
        if isinstance(self.processing_status, str):
            processing_status = self.processing_status
        else:
            processing_status = self.processing_status

        request_counts = self.request_counts.to_dict()

        created_at = self.created_at.isoformat()

        expires_at = self.expires_at.isoformat()

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        cancel_initiated_at: None | str
        if isinstance(self.cancel_initiated_at, datetime.datetime):
            cancel_initiated_at = self.cancel_initiated_at.isoformat()
        else:
            cancel_initiated_at = self.cancel_initiated_at

        archived_at: None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        results_url: None | str
        results_url = self.results_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "processing_status": processing_status,
                "request_counts": request_counts,
                "created_at": created_at,
                "expires_at": expires_at,
                "ended_at": ended_at,
                "cancel_initiated_at": cancel_initiated_at,
                "archived_at": archived_at,
                "results_url": results_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast('Literal["message_batch"]', d.pop("type"))
        if type_ != "message_batch":
            raise ValueError(f"type must match const 'message_batch', got '{type_}'")

        def _parse_processing_status(data: object) -> KnownProcessingStatus | str:
            if isinstance(data, str):
                try:
                    processing_status_type_0 = check_known_processing_status(data)

                    return processing_status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("KnownProcessingStatus | str", data)

        processing_status = _parse_processing_status(d.pop("processing_status"))

        request_counts = MessageBatchRequestCounts.from_dict(d.pop("request_counts"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if isinstance(data, str):
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            return cast("datetime.datetime | None", data)

        ended_at = _parse_ended_at(d.pop("ended_at"))

        def _parse_cancel_initiated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if isinstance(data, str):
                cancel_initiated_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancel_initiated_at_type_0
            return cast("datetime.datetime | None", data)

        cancel_initiated_at = _parse_cancel_initiated_at(d.pop("cancel_initiated_at"))

        def _parse_archived_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if isinstance(data, str):
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            return cast("datetime.datetime | None", data)

        archived_at = _parse_archived_at(d.pop("archived_at"))

        def _parse_results_url(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        results_url = _parse_results_url(d.pop("results_url"))

        message_batch = cls(
            id=id,
            type_=type_,
            processing_status=processing_status,
            request_counts=request_counts,
            created_at=created_at,
            expires_at=expires_at,
            ended_at=ended_at,
            cancel_initiated_at=cancel_initiated_at,
            archived_at=archived_at,
            results_url=results_url,
        )

        message_batch.additional_properties = d
        return message_batch

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
    def type(self) -> Literal["message_batch"]:
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
    from ..models.message_batch_request_counts import MessageBatchRequestCounts

    globals().update(MessageBatchRequestCounts=MessageBatchRequestCounts)
    _models_unbound = False
