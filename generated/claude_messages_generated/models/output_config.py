from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..models.effort_level import EffortLevel, check_effort_level
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_output_format import JSONOutputFormat


T = TypeVar("T", bound="OutputConfig")


@_attrs_define
class OutputConfig:
    """Settings of the model's output, such as the effort it spends and a format it must follow.

    Attributes:
        effort (EffortLevel | None | Unset): How much effort the model spends; more effort means more thorough answers
            and more tokens.
        format_ (JSONOutputFormat | None | Unset): A format the text of the answer must follow (structured outputs).
    """

    effort: EffortLevel | None | Unset = UNSET
    format_: JSONOutputFormat | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, str):
            effort = self.effort
        else:
            effort = self.effort

        format_: dict[str, Any] | None | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, JSONOutputFormat):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)

        def _parse_effort(data: object) -> EffortLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                effort_type_0 = check_effort_level(data)

                return effort_type_0
            return cast("EffortLevel | None | Unset", data)

        effort = _parse_effort(d.pop("effort", UNSET))

        def _parse_format_(data: object) -> JSONOutputFormat | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                format_type_0 = JSONOutputFormat.from_dict(data)

                return format_type_0
            return cast("JSONOutputFormat | None | Unset", data)

        format_ = _parse_format_(d.pop("format", UNSET))

        output_config = cls(
            effort=effort,
            format_=format_,
        )

        output_config.additional_properties = d
        return output_config

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
    def format(self) -> JSONOutputFormat | None | Unset:
        """The API's ``format`` (the attribute ``format_``)."""
        return self.format_

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
    from ..models.json_output_format import JSONOutputFormat

    globals().update(JSONOutputFormat=JSONOutputFormat)
    _models_unbound = False
