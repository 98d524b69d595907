from __future__ import annotations

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bash_code_execution_result_block import BashCodeExecutionResultBlock
    from ..models.bash_code_execution_tool_result_error import (
        BashCodeExecutionToolResultError,
    )
    from ..models.cache_control_ephemeral import CacheControlEphemeral
    from ..models.unknown_bash_code_execution_tool_result_content import (
        UnknownBashCodeExecutionToolResultContent,
    )


T = TypeVar("T", bound="BashCodeExecutionToolResultBlockParam")


@_attrs_define
class BashCodeExecutionToolResultBlockParam:
    """The result of a bash command run by code execution (replayed in an assistant turn).

    Attributes:
        type_ (Literal['bash_code_execution_tool_result']): Always `bash_code_execution_tool_result`. Default:
            'bash_code_execution_tool_result'.
        tool_use_id (str): The `id` of the `server_tool_use` block this answers.
        content (BashCodeExecutionResultBlock | BashCodeExecutionToolResultError |
            UnknownBashCodeExecutionToolResultContent): What a bash command gave, discriminated by `type`: its result, or an
            error; unknown
            types are kept as `UnknownBashCodeExecutionToolResultContent`.
        cache_control (CacheControlEphemeral | None | Unset): Marks a prompt-caching breakpoint on this block.
    """

    tool_use_id: str
    content: (
        BashCodeExecutionResultBlock
        | BashCodeExecutionToolResultError
        | UnknownBashCodeExecutionToolResultContent
    )
    type_: Literal["bash_code_execution_tool_result"] = "bash_code_execution_tool_result"
    cache_control: CacheControlEphemeral | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        tool_use_id = self.tool_use_id

        content: dict[str, Any]
        if isinstance(self.content, BashCodeExecutionResultBlock):
            content = self.content.to_dict()
        elif isinstance(self.content, BashCodeExecutionToolResultError):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, CacheControlEphemeral):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_use_id": tool_use_id,
                "content": content,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["bash_code_execution_tool_result"]', d.pop("type"))
        if type_ != "bash_code_execution_tool_result":
            raise ValueError(
                f"type must match const 'bash_code_execution_tool_result', got '{type_}'"
            )

        tool_use_id = d.pop("tool_use_id")

        def _parse_content(
            data: object,
        ) -> (
            BashCodeExecutionResultBlock
            | BashCodeExecutionToolResultError
            | UnknownBashCodeExecutionToolResultContent
        ):
            if not isinstance(data, dict):
                raise TypeError(f"content: expected an object, got {type(data).__name__}")
            discriminator = data.get("type")
            if discriminator == "bash_code_execution_result":
                componentsschemas_bash_code_execution_tool_result_content_type_0 = (
                    BashCodeExecutionResultBlock.from_dict(data)
                )

                return componentsschemas_bash_code_execution_tool_result_content_type_0
            if discriminator == "bash_code_execution_tool_result_error":
                componentsschemas_bash_code_execution_tool_result_content_type_1 = (
                    BashCodeExecutionToolResultError.from_dict(data)
                )

                return componentsschemas_bash_code_execution_tool_result_content_type_1
            componentsschemas_bash_code_execution_tool_result_content_type_2 = (
                UnknownBashCodeExecutionToolResultContent.from_dict(data)
            )

            return componentsschemas_bash_code_execution_tool_result_content_type_2

        content = _parse_content(d.pop("content"))

        def _parse_cache_control(data: object) -> CacheControlEphemeral | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                cache_control_type_0 = CacheControlEphemeral.from_dict(data)

                return cache_control_type_0
            return cast("CacheControlEphemeral | None | Unset", data)

        cache_control = _parse_cache_control(d.pop("cache_control", UNSET))

        bash_code_execution_tool_result_block_param = cls(
            type_=type_,
            tool_use_id=tool_use_id,
            content=content,
            cache_control=cache_control,
        )

        bash_code_execution_tool_result_block_param.additional_properties = d
        return bash_code_execution_tool_result_block_param

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
    def type(self) -> Literal["bash_code_execution_tool_result"]:
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
    from ..models.bash_code_execution_result_block import BashCodeExecutionResultBlock
    from ..models.bash_code_execution_tool_result_error import (
        BashCodeExecutionToolResultError,
    )
    from ..models.cache_control_ephemeral import CacheControlEphemeral
    from ..models.unknown_bash_code_execution_tool_result_content import (
        UnknownBashCodeExecutionToolResultContent,
    )

    globals().update(
        BashCodeExecutionResultBlock=BashCodeExecutionResultBlock,
        BashCodeExecutionToolResultError=BashCodeExecutionToolResultError,
        CacheControlEphemeral=CacheControlEphemeral,
        UnknownBashCodeExecutionToolResultContent=UnknownBashCodeExecutionToolResultContent,
    )
    _models_unbound = False
