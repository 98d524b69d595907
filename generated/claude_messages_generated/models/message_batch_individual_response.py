from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr

if TYPE_CHECKING:
    from ..models.message_batch_canceled_result import MessageBatchCanceledResult
    from ..models.message_batch_errored_result import MessageBatchErroredResult
    from ..models.message_batch_expired_result import MessageBatchExpiredResult
    from ..models.message_batch_succeeded_result import MessageBatchSucceededResult
    from ..models.unknown_batch_result import UnknownBatchResult


T = TypeVar("T", bound="MessageBatchIndividualResponse")


@_attrs_define
class MessageBatchIndividualResponse:
    """One line of a batch's results file.

    Attributes:
        custom_id (str): The `custom_id` of the request this answers.
        result (MessageBatchCanceledResult | MessageBatchErroredResult | MessageBatchExpiredResult |
            MessageBatchSucceededResult | UnknownBatchResult): The outcome of one batch request, discriminated by `type`.
    """

    custom_id: str
    result: (
        MessageBatchCanceledResult
        | MessageBatchErroredResult
        | MessageBatchExpiredResult
        | MessageBatchSucceededResult
        | UnknownBatchResult
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        custom_id = self.custom_id

        result: dict[str, Any]
        if isinstance(self.result, MessageBatchSucceededResult):
            result = self.result.to_dict()
        elif isinstance(self.result, MessageBatchErroredResult):
            result = self.result.to_dict()
        elif isinstance(self.result, MessageBatchCanceledResult):
            result = self.result.to_dict()
        elif isinstance(self.result, MessageBatchExpiredResult):
            result = self.result.to_dict()
        else:
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_id": custom_id,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        custom_id = d.pop("custom_id")

        def _parse_result(
            data: object,
        ) -> (
            MessageBatchCanceledResult
            | MessageBatchErroredResult
            | MessageBatchExpiredResult
            | MessageBatchSucceededResult
            | UnknownBatchResult
        ):
            if not isinstance(data, dict):
                raise TypeError(f"result: expected an object, got {type(data).__name__}")
            discriminator = data.get("type")
            if discriminator == "succeeded":
                componentsschemas_message_batch_result_type_0 = (
                    MessageBatchSucceededResult.from_dict(data)
                )

                return componentsschemas_message_batch_result_type_0
            if discriminator == "errored":
                componentsschemas_message_batch_result_type_1 = MessageBatchErroredResult.from_dict(
                    data
                )

                return componentsschemas_message_batch_result_type_1
            if discriminator == "canceled":
                componentsschemas_message_batch_result_type_2 = (
                    MessageBatchCanceledResult.from_dict(data)
                )

                return componentsschemas_message_batch_result_type_2
            if discriminator == "expired":
                componentsschemas_message_batch_result_type_3 = MessageBatchExpiredResult.from_dict(
                    data
                )

                return componentsschemas_message_batch_result_type_3
            componentsschemas_message_batch_result_type_4 = UnknownBatchResult.from_dict(data)

            return componentsschemas_message_batch_result_type_4

        result = _parse_result(d.pop("result"))

        message_batch_individual_response = cls(
            custom_id=custom_id,
            result=result,
        )

        message_batch_individual_response.additional_properties = d
        return message_batch_individual_response

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
    from ..models.message_batch_canceled_result import MessageBatchCanceledResult
    from ..models.message_batch_errored_result import MessageBatchErroredResult
    from ..models.message_batch_expired_result import MessageBatchExpiredResult
    from ..models.message_batch_succeeded_result import MessageBatchSucceededResult
    from ..models.unknown_batch_result import UnknownBatchResult

    globals().update(
        MessageBatchCanceledResult=MessageBatchCanceledResult,
        MessageBatchErroredResult=MessageBatchErroredResult,
        MessageBatchExpiredResult=MessageBatchExpiredResult,
        MessageBatchSucceededResult=MessageBatchSucceededResult,
        UnknownBatchResult=UnknownBatchResult,
    )
    _models_unbound = False
