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
    from ..models.direct_caller import DirectCaller
    from ..models.server_tool_caller import ServerToolCaller
    from ..models.server_tool_caller_20260120 import ServerToolCaller20260120
    from ..models.unknown_caller import UnknownCaller
    from ..models.unknown_web_fetch_tool_result_content import (
        UnknownWebFetchToolResultContent,
    )
    from ..models.web_fetch_result_block import WebFetchResultBlock
    from ..models.web_fetch_tool_result_error import WebFetchToolResultError


T = TypeVar("T", bound="WebFetchToolResultBlock")


@_attrs_define
class WebFetchToolResultBlock:
    """The result of a web fetch the model asked for.

    Attributes:
        type_ (Literal['web_fetch_tool_result']): Always `web_fetch_tool_result`. Default: 'web_fetch_tool_result'.
        tool_use_id (str): The `id` of the `server_tool_use` block this answers.
        content (UnknownWebFetchToolResultContent | WebFetchResultBlock | WebFetchToolResultError): What a web fetch
            gave, discriminated by `type`: the fetched document, or an error;
            unknown types are kept as `UnknownWebFetchToolResultContent`.
        caller (DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | UnknownCaller | Unset): Who called
            the tool (absent or null for the model itself).
    """

    tool_use_id: str
    content: UnknownWebFetchToolResultContent | WebFetchResultBlock | WebFetchToolResultError
    type_: Literal["web_fetch_tool_result"] = "web_fetch_tool_result"
    caller: (
        DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | UnknownCaller | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        tool_use_id = self.tool_use_id

        content: dict[str, Any]
        if isinstance(self.content, WebFetchResultBlock):
            content = self.content.to_dict()
        elif isinstance(self.content, WebFetchToolResultError):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, DirectCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ServerToolCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ServerToolCaller20260120):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, UnknownCaller):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_use_id": tool_use_id,
                "content": content,
            }
        )
        if caller is not UNSET:
            field_dict["caller"] = caller

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["web_fetch_tool_result"]', d.pop("type"))
        if type_ != "web_fetch_tool_result":
            raise ValueError(f"type must match const 'web_fetch_tool_result', got '{type_}'")

        tool_use_id = d.pop("tool_use_id")

        def _parse_content(
            data: object,
        ) -> UnknownWebFetchToolResultContent | WebFetchResultBlock | WebFetchToolResultError:
            if not isinstance(data, dict):
                raise TypeError(f"content: expected an object, got {type(data).__name__}")
            discriminator = data.get("type")
            if discriminator == "web_fetch_result":
                componentsschemas_web_fetch_tool_result_content_type_0 = (
                    WebFetchResultBlock.from_dict(data)
                )

                return componentsschemas_web_fetch_tool_result_content_type_0
            if discriminator == "web_fetch_tool_result_error":
                componentsschemas_web_fetch_tool_result_content_type_1 = (
                    WebFetchToolResultError.from_dict(data)
                )

                return componentsschemas_web_fetch_tool_result_content_type_1
            componentsschemas_web_fetch_tool_result_content_type_2 = (
                UnknownWebFetchToolResultContent.from_dict(data)
            )

            return componentsschemas_web_fetch_tool_result_content_type_2

        content = _parse_content(d.pop("content"))

        def _parse_caller(
            data: object,
        ) -> (
            DirectCaller
            | None
            | ServerToolCaller
            | ServerToolCaller20260120
            | UnknownCaller
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    componentsschemas_tool_caller_type_0 = DirectCaller.from_dict(data)

                    return componentsschemas_tool_caller_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_tool_caller_type_1 = ServerToolCaller.from_dict(data)

                    return componentsschemas_tool_caller_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_tool_caller_type_2 = ServerToolCaller20260120.from_dict(data)

                    return componentsschemas_tool_caller_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_tool_caller_type_3 = UnknownCaller.from_dict(data)

                    return componentsschemas_tool_caller_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(
                "DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | UnknownCaller | Unset",
                data,
            )

        caller = _parse_caller(d.pop("caller", UNSET))

        web_fetch_tool_result_block = cls(
            type_=type_,
            tool_use_id=tool_use_id,
            content=content,
            caller=caller,
        )

        web_fetch_tool_result_block.additional_properties = d
        return web_fetch_tool_result_block

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
    def type(self) -> Literal["web_fetch_tool_result"]:
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
    from ..models.direct_caller import DirectCaller
    from ..models.server_tool_caller import ServerToolCaller
    from ..models.server_tool_caller_20260120 import ServerToolCaller20260120
    from ..models.unknown_caller import UnknownCaller
    from ..models.unknown_web_fetch_tool_result_content import (
        UnknownWebFetchToolResultContent,
    )
    from ..models.web_fetch_result_block import WebFetchResultBlock
    from ..models.web_fetch_tool_result_error import WebFetchToolResultError

    globals().update(
        DirectCaller=DirectCaller,
        ServerToolCaller=ServerToolCaller,
        ServerToolCaller20260120=ServerToolCaller20260120,
        UnknownCaller=UnknownCaller,
        WebFetchResultBlock=WebFetchResultBlock,
        WebFetchToolResultError=WebFetchToolResultError,
        UnknownWebFetchToolResultContent=UnknownWebFetchToolResultContent,
    )
    _models_unbound = False
