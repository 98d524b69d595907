from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..models.service_tier import ServiceTier, check_service_tier
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_param import MessageParam
    from ..models.metadata import Metadata
    from ..models.text_block_param import TextBlockParam
    from ..models.thinking_config_adaptive import ThinkingConfigAdaptive
    from ..models.thinking_config_disabled import ThinkingConfigDisabled
    from ..models.thinking_config_enabled import ThinkingConfigEnabled
    from ..models.tool import Tool
    from ..models.tool_choice_any import ToolChoiceAny
    from ..models.tool_choice_auto import ToolChoiceAuto
    from ..models.tool_choice_none import ToolChoiceNone
    from ..models.tool_choice_tool import ToolChoiceTool


T = TypeVar("T", bound="CreateMessageParams")


@_attrs_define
class CreateMessageParams:
    """The body of `POST /v1/messages`.

    Attributes:
        model (str): The model that will complete the prompt, e.g. `claude-3-haiku-20240307`.
        max_tokens (int): The maximum number of tokens to generate before stopping.
        messages (list[MessageParam]): Input messages, alternating `user` and `assistant` turns.
        system (list[TextBlockParam] | str | Unset): A system prompt, a string or a list of text blocks.
        metadata (Metadata | Unset): An object describing metadata about the request.
        stop_sequences (list[str] | Unset): Custom text sequences that stop generation when produced.
        stream (bool | Unset): Stream the answer as server-sent events.
        temperature (float | Unset): Amount of randomness injected into the response (default 1.0). Refused by
            `2026-10-21`.
        top_k (int | Unset): Only sample from the top K options for each token. Refused by `2026-10-21`.
        top_p (float | Unset): Nucleus sampling probability mass. Refused by `2026-10-21`.
        tools (list[Tool] | Unset): Tools the model may use.
        tool_choice (ToolChoiceAny | ToolChoiceAuto | ToolChoiceNone | ToolChoiceTool | Unset): How the model should use
            the tools, discriminated by `type`.
        thinking (ThinkingConfigAdaptive | ThinkingConfigDisabled | ThinkingConfigEnabled | Unset): Extended thinking,
            discriminated by `type`.
        service_tier (ServiceTier | Unset): Whether the request may use priority capacity (`auto`) or only standard
            capacity.
    """

    model: str
    max_tokens: int
    messages: list[MessageParam]
    system: list[TextBlockParam] | str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    stream: bool | Unset = UNSET
    temperature: float | Unset = UNSET
    top_k: int | Unset = UNSET
    top_p: float | Unset = UNSET
    tools: list[Tool] | Unset = UNSET
    tool_choice: ToolChoiceAny | ToolChoiceAuto | ToolChoiceNone | ToolChoiceTool | Unset = UNSET
    thinking: ThinkingConfigAdaptive | ThinkingConfigDisabled | ThinkingConfigEnabled | Unset = (
        UNSET
    )
    service_tier: ServiceTier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.thinking_config_adaptive import ThinkingConfigAdaptive  # noqa: PLC0415
        from ..models.thinking_config_enabled import ThinkingConfigEnabled  # noqa: PLC0415
        from ..models.tool_choice_any import ToolChoiceAny  # noqa: PLC0415
        from ..models.tool_choice_auto import ToolChoiceAuto  # noqa: PLC0415
        from ..models.tool_choice_tool import ToolChoiceTool  # noqa: PLC0415

        model = self.model

        max_tokens = self.max_tokens

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        system: list[dict[str, Any]] | str | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, list):
            system = []
            for system_type_1_item_data in self.system:
                system_type_1_item = system_type_1_item_data.to_dict()
                system.append(system_type_1_item)

        else:
            system = self.system

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        stop_sequences: list[str] | Unset = UNSET
        if not isinstance(self.stop_sequences, Unset):
            stop_sequences = self.stop_sequences

        stream = self.stream

        temperature = self.temperature

        top_k = self.top_k

        top_p = self.top_p

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ToolChoiceAuto):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceAny):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceTool):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        thinking: dict[str, Any] | Unset
        if isinstance(self.thinking, Unset):
            thinking = UNSET
        elif isinstance(self.thinking, ThinkingConfigEnabled):
            thinking = self.thinking.to_dict()
        elif isinstance(self.thinking, ThinkingConfigAdaptive):
            thinking = self.thinking.to_dict()
        else:
            thinking = self.thinking.to_dict()

        service_tier: str | Unset = UNSET
        if not isinstance(self.service_tier, Unset):
            service_tier = self.service_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "max_tokens": max_tokens,
                "messages": messages,
            }
        )
        if system is not UNSET:
            field_dict["system"] = system
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if stream is not UNSET:
            field_dict["stream"] = stream
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_param import MessageParam  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.text_block_param import TextBlockParam  # noqa: PLC0415
        from ..models.thinking_config_adaptive import ThinkingConfigAdaptive  # noqa: PLC0415
        from ..models.thinking_config_disabled import ThinkingConfigDisabled  # noqa: PLC0415
        from ..models.thinking_config_enabled import ThinkingConfigEnabled  # noqa: PLC0415
        from ..models.tool import Tool  # noqa: PLC0415
        from ..models.tool_choice_any import ToolChoiceAny  # noqa: PLC0415
        from ..models.tool_choice_auto import ToolChoiceAuto  # noqa: PLC0415
        from ..models.tool_choice_none import ToolChoiceNone  # noqa: PLC0415
        from ..models.tool_choice_tool import ToolChoiceTool  # noqa: PLC0415

        d = dict(src_dict)
        model = d.pop("model")

        max_tokens = d.pop("max_tokens")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = MessageParam.from_dict(messages_item_data)

            messages.append(messages_item)

        def _parse_system(data: object) -> list[TextBlockParam] | str | Unset:
            if isinstance(data, Unset):
                return data
            if isinstance(data, list):
                system_type_1 = []
                _system_type_1 = data
                for system_type_1_item_data in _system_type_1:
                    system_type_1_item = TextBlockParam.from_dict(system_type_1_item_data)

                    system_type_1.append(system_type_1_item)

                return system_type_1
            return cast(list[TextBlockParam] | str | Unset, data)

        system = _parse_system(d.pop("system", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        stop_sequences = cast(list[str], d.pop("stop_sequences", UNSET))

        stream = d.pop("stream", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_k = d.pop("top_k", UNSET)

        top_p = d.pop("top_p", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[Tool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = Tool.from_dict(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> ToolChoiceAny | ToolChoiceAuto | ToolChoiceNone | ToolChoiceTool | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"tool_choice: expected an object, got {type(data).__name__}")
            discriminator = data.get("type")
            if discriminator == "auto":
                componentsschemas_tool_choice_type_0 = ToolChoiceAuto.from_dict(data)

                return componentsschemas_tool_choice_type_0
            if discriminator == "any":
                componentsschemas_tool_choice_type_1 = ToolChoiceAny.from_dict(data)

                return componentsschemas_tool_choice_type_1
            if discriminator == "tool":
                componentsschemas_tool_choice_type_2 = ToolChoiceTool.from_dict(data)

                return componentsschemas_tool_choice_type_2
            if discriminator == "none":
                componentsschemas_tool_choice_type_3 = ToolChoiceNone.from_dict(data)

                return componentsschemas_tool_choice_type_3
            raise ValueError(
                f"tool_choice: unknown type {discriminator!r} (known: auto, any, tool, none)"
            )

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_thinking(
            data: object,
        ) -> ThinkingConfigAdaptive | ThinkingConfigDisabled | ThinkingConfigEnabled | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"thinking: expected an object, got {type(data).__name__}")
            discriminator = data.get("type")
            if discriminator == "enabled":
                componentsschemas_thinking_config_type_0 = ThinkingConfigEnabled.from_dict(data)

                return componentsschemas_thinking_config_type_0
            if discriminator == "adaptive":
                componentsschemas_thinking_config_type_1 = ThinkingConfigAdaptive.from_dict(data)

                return componentsschemas_thinking_config_type_1
            if discriminator == "disabled":
                componentsschemas_thinking_config_type_2 = ThinkingConfigDisabled.from_dict(data)

                return componentsschemas_thinking_config_type_2
            raise ValueError(
                f"thinking: unknown type {discriminator!r} (known: enabled, adaptive, disabled)"
            )

        thinking = _parse_thinking(d.pop("thinking", UNSET))

        _service_tier = d.pop("service_tier", UNSET)
        service_tier: ServiceTier | Unset
        if isinstance(_service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = check_service_tier(_service_tier)

        create_message_params = cls(
            model=model,
            max_tokens=max_tokens,
            messages=messages,
            system=system,
            metadata=metadata,
            stop_sequences=stop_sequences,
            stream=stream,
            temperature=temperature,
            top_k=top_k,
            top_p=top_p,
            tools=tools,
            tool_choice=tool_choice,
            thinking=thinking,
            service_tier=service_tier,
        )

        create_message_params.additional_properties = d
        return create_message_params

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
