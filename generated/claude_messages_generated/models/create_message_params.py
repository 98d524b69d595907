from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..models.service_tier import ServiceTier, check_service_tier
from ..models.speed import Speed, check_speed
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.browser_toolset_20260801 import BrowserToolset20260801
    from ..models.cache_control_ephemeral import CacheControlEphemeral
    from ..models.code_execution_tool_20250522 import CodeExecutionTool20250522
    from ..models.code_execution_tool_20250825 import CodeExecutionTool20250825
    from ..models.code_execution_tool_20260120 import CodeExecutionTool20260120
    from ..models.code_execution_tool_20260521 import CodeExecutionTool20260521
    from ..models.computer_toolset_20260801 import ComputerToolset20260801
    from ..models.container_params import ContainerParams
    from ..models.diagnostics_param import DiagnosticsParam
    from ..models.memory_tool_20250818 import MemoryTool20250818
    from ..models.message_param import MessageParam
    from ..models.metadata import Metadata
    from ..models.output_config import OutputConfig
    from ..models.text_block_param import TextBlockParam
    from ..models.thinking_config_adaptive import ThinkingConfigAdaptive
    from ..models.thinking_config_between_tools import ThinkingConfigBetweenTools
    from ..models.thinking_config_disabled import ThinkingConfigDisabled
    from ..models.thinking_config_enabled import ThinkingConfigEnabled
    from ..models.tool import Tool
    from ..models.tool_bash_20250124 import ToolBash20250124
    from ..models.tool_choice_any import ToolChoiceAny
    from ..models.tool_choice_auto import ToolChoiceAuto
    from ..models.tool_choice_none import ToolChoiceNone
    from ..models.tool_choice_tool import ToolChoiceTool
    from ..models.tool_search_bm25_tool import ToolSearchBM25Tool
    from ..models.tool_search_bm25_tool_20251119 import ToolSearchBM25Tool20251119
    from ..models.tool_search_regex_tool import ToolSearchRegexTool
    from ..models.tool_search_regex_tool_20251119 import ToolSearchRegexTool20251119
    from ..models.tool_text_editor_20250124 import ToolTextEditor20250124
    from ..models.tool_text_editor_20250429 import ToolTextEditor20250429
    from ..models.tool_text_editor_20250728 import ToolTextEditor20250728
    from ..models.web_fetch_tool_20250910 import WebFetchTool20250910
    from ..models.web_fetch_tool_20260209 import WebFetchTool20260209
    from ..models.web_fetch_tool_20260309 import WebFetchTool20260309
    from ..models.web_fetch_tool_20260318 import WebFetchTool20260318
    from ..models.web_search_tool_20250305 import WebSearchTool20250305
    from ..models.web_search_tool_20260209 import WebSearchTool20260209
    from ..models.web_search_tool_20260318 import WebSearchTool20260318


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
        tools (list[BrowserToolset20260801 | CodeExecutionTool20250522 | CodeExecutionTool20250825 |
            CodeExecutionTool20260120 | CodeExecutionTool20260521 | ComputerToolset20260801 | MemoryTool20250818 | Tool |
            ToolBash20250124 | ToolSearchBM25Tool | ToolSearchBM25Tool20251119 | ToolSearchRegexTool |
            ToolSearchRegexTool20251119 | ToolTextEditor20250124 | ToolTextEditor20250429 | ToolTextEditor20250728 |
            WebFetchTool20250910 | WebFetchTool20260209 | WebFetchTool20260309 | WebFetchTool20260318 |
            WebSearchTool20250305 | WebSearchTool20260209 | WebSearchTool20260318] | Unset): Tools the model may use, custom
            or the API's own.
        tool_choice (ToolChoiceAny | ToolChoiceAuto | ToolChoiceNone | ToolChoiceTool | Unset): How the model should use
            the tools, discriminated by `type`.
        thinking (ThinkingConfigAdaptive | ThinkingConfigBetweenTools | ThinkingConfigDisabled | ThinkingConfigEnabled |
            Unset): Extended thinking, discriminated by `type`.
        service_tier (ServiceTier | Unset): Whether the request may use priority capacity (`auto`) or only standard
            capacity.
        cache_control (CacheControlEphemeral | None | Unset): Prompt caching for the whole request: the API marks the
            last cacheable block as
            if that block carried this `cache_control`.
        container (ContainerParams | None | str | Unset): The container server tools run in, by id (a string), or its id
            and the skills to load into it.
        diagnostics (DiagnosticsParam | None | Unset): Ask for diagnostics of this request (why the prompt cache missed
            since an earlier message).
        inference_geo (None | str | Unset): The geographic region the model runs in; the workspace's default when
            absent.
        output_config (OutputConfig | Unset): Settings of the model's output, such as the effort it spends and a format
            it must follow.
        speed (None | Speed | Unset): The inference speed mode: `fast` gives more output tokens per second on the models
            that offer it.
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
    tools: (
        list[
            BrowserToolset20260801
            | CodeExecutionTool20250522
            | CodeExecutionTool20250825
            | CodeExecutionTool20260120
            | CodeExecutionTool20260521
            | ComputerToolset20260801
            | MemoryTool20250818
            | Tool
            | ToolBash20250124
            | ToolSearchBM25Tool
            | ToolSearchBM25Tool20251119
            | ToolSearchRegexTool
            | ToolSearchRegexTool20251119
            | ToolTextEditor20250124
            | ToolTextEditor20250429
            | ToolTextEditor20250728
            | WebFetchTool20250910
            | WebFetchTool20260209
            | WebFetchTool20260309
            | WebFetchTool20260318
            | WebSearchTool20250305
            | WebSearchTool20260209
            | WebSearchTool20260318
        ]
        | Unset
    ) = UNSET
    tool_choice: ToolChoiceAny | ToolChoiceAuto | ToolChoiceNone | ToolChoiceTool | Unset = UNSET
    thinking: (
        ThinkingConfigAdaptive
        | ThinkingConfigBetweenTools
        | ThinkingConfigDisabled
        | ThinkingConfigEnabled
        | Unset
    ) = UNSET
    service_tier: ServiceTier | Unset = UNSET
    cache_control: CacheControlEphemeral | None | Unset = UNSET
    container: ContainerParams | None | str | Unset = UNSET
    diagnostics: DiagnosticsParam | None | Unset = UNSET
    inference_geo: None | str | Unset = UNSET
    output_config: OutputConfig | Unset = UNSET
    speed: None | Speed | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

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
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, Tool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ToolBash20250124):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CodeExecutionTool20250522):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CodeExecutionTool20250825):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CodeExecutionTool20260120):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CodeExecutionTool20260521):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, MemoryTool20250818):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ToolTextEditor20250124):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ToolTextEditor20250429):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ToolTextEditor20250728):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebSearchTool20250305):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebSearchTool20260209):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebSearchTool20260318):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebFetchTool20250910):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebFetchTool20260209):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebFetchTool20260309):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebFetchTool20260318):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ToolSearchBM25Tool20251119):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ToolSearchBM25Tool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ToolSearchRegexTool20251119):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ToolSearchRegexTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, BrowserToolset20260801):
                    tools_item = tools_item_data.to_dict()
                else:
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
        elif isinstance(self.thinking, ThinkingConfigDisabled):
            thinking = self.thinking.to_dict()
        else:
            thinking = self.thinking.to_dict()

        service_tier: str | Unset = UNSET
        if not isinstance(self.service_tier, Unset):
            service_tier = self.service_tier

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, CacheControlEphemeral):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        container: dict[str, Any] | None | str | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        elif isinstance(self.container, ContainerParams):
            container = self.container.to_dict()
        else:
            container = self.container

        diagnostics: dict[str, Any] | None | Unset
        if isinstance(self.diagnostics, Unset):
            diagnostics = UNSET
        elif isinstance(self.diagnostics, DiagnosticsParam):
            diagnostics = self.diagnostics.to_dict()
        else:
            diagnostics = self.diagnostics

        inference_geo: None | str | Unset
        if isinstance(self.inference_geo, Unset):
            inference_geo = UNSET
        else:
            inference_geo = self.inference_geo

        output_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_config, Unset):
            output_config = self.output_config.to_dict()

        speed: None | str | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        elif isinstance(self.speed, str):
            speed = self.speed
        else:
            speed = self.speed

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
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if container is not UNSET:
            field_dict["container"] = container
        if diagnostics is not UNSET:
            field_dict["diagnostics"] = diagnostics
        if inference_geo is not UNSET:
            field_dict["inference_geo"] = inference_geo
        if output_config is not UNSET:
            field_dict["output_config"] = output_config
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

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
            return cast("list[TextBlockParam] | str | Unset", data)

        system = _parse_system(d.pop("system", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        stop_sequences = cast("list[str]", d.pop("stop_sequences", UNSET))

        stream = d.pop("stream", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_k = d.pop("top_k", UNSET)

        top_p = d.pop("top_p", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: (
            list[
                BrowserToolset20260801
                | CodeExecutionTool20250522
                | CodeExecutionTool20250825
                | CodeExecutionTool20260120
                | CodeExecutionTool20260521
                | ComputerToolset20260801
                | MemoryTool20250818
                | Tool
                | ToolBash20250124
                | ToolSearchBM25Tool
                | ToolSearchBM25Tool20251119
                | ToolSearchRegexTool
                | ToolSearchRegexTool20251119
                | ToolTextEditor20250124
                | ToolTextEditor20250429
                | ToolTextEditor20250728
                | WebFetchTool20250910
                | WebFetchTool20260209
                | WebFetchTool20260309
                | WebFetchTool20260318
                | WebSearchTool20250305
                | WebSearchTool20260209
                | WebSearchTool20260318
            ]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> (
                    BrowserToolset20260801
                    | CodeExecutionTool20250522
                    | CodeExecutionTool20250825
                    | CodeExecutionTool20260120
                    | CodeExecutionTool20260521
                    | ComputerToolset20260801
                    | MemoryTool20250818
                    | Tool
                    | ToolBash20250124
                    | ToolSearchBM25Tool
                    | ToolSearchBM25Tool20251119
                    | ToolSearchRegexTool
                    | ToolSearchRegexTool20251119
                    | ToolTextEditor20250124
                    | ToolTextEditor20250429
                    | ToolTextEditor20250728
                    | WebFetchTool20250910
                    | WebFetchTool20260209
                    | WebFetchTool20260309
                    | WebFetchTool20260318
                    | WebSearchTool20250305
                    | WebSearchTool20260209
                    | WebSearchTool20260318
                ):
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_0 = Tool.from_dict(data)

                            return componentsschemas_tool_union_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_1 = ToolBash20250124.from_dict(data)

                            return componentsschemas_tool_union_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_2 = (
                                CodeExecutionTool20250522.from_dict(data)
                            )

                            return componentsschemas_tool_union_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_3 = (
                                CodeExecutionTool20250825.from_dict(data)
                            )

                            return componentsschemas_tool_union_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_4 = (
                                CodeExecutionTool20260120.from_dict(data)
                            )

                            return componentsschemas_tool_union_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_5 = (
                                CodeExecutionTool20260521.from_dict(data)
                            )

                            return componentsschemas_tool_union_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_6 = MemoryTool20250818.from_dict(data)

                            return componentsschemas_tool_union_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_7 = ToolTextEditor20250124.from_dict(
                                data
                            )

                            return componentsschemas_tool_union_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_8 = ToolTextEditor20250429.from_dict(
                                data
                            )

                            return componentsschemas_tool_union_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_9 = ToolTextEditor20250728.from_dict(
                                data
                            )

                            return componentsschemas_tool_union_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_10 = WebSearchTool20250305.from_dict(
                                data
                            )

                            return componentsschemas_tool_union_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_11 = WebSearchTool20260209.from_dict(
                                data
                            )

                            return componentsschemas_tool_union_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_12 = WebSearchTool20260318.from_dict(
                                data
                            )

                            return componentsschemas_tool_union_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_13 = WebFetchTool20250910.from_dict(
                                data
                            )

                            return componentsschemas_tool_union_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_14 = WebFetchTool20260209.from_dict(
                                data
                            )

                            return componentsschemas_tool_union_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_15 = WebFetchTool20260309.from_dict(
                                data
                            )

                            return componentsschemas_tool_union_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_16 = WebFetchTool20260318.from_dict(
                                data
                            )

                            return componentsschemas_tool_union_type_16
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_17 = (
                                ToolSearchBM25Tool20251119.from_dict(data)
                            )

                            return componentsschemas_tool_union_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_18 = ToolSearchBM25Tool.from_dict(
                                data
                            )

                            return componentsschemas_tool_union_type_18
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_19 = (
                                ToolSearchRegexTool20251119.from_dict(data)
                            )

                            return componentsschemas_tool_union_type_19
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_20 = ToolSearchRegexTool.from_dict(
                                data
                            )

                            return componentsschemas_tool_union_type_20
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_union_type_21 = BrowserToolset20260801.from_dict(
                                data
                            )

                            return componentsschemas_tool_union_type_21
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if not isinstance(data, dict):
                        raise TypeError(f"tools_item: unexpected {type(data).__name__}")
                    componentsschemas_tool_union_type_22 = ComputerToolset20260801.from_dict(data)

                    return componentsschemas_tool_union_type_22

                tools_item = _parse_tools_item(tools_item_data)

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
        ) -> (
            ThinkingConfigAdaptive
            | ThinkingConfigBetweenTools
            | ThinkingConfigDisabled
            | ThinkingConfigEnabled
            | Unset
        ):
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
            if discriminator == "between_tools":
                componentsschemas_thinking_config_type_3 = ThinkingConfigBetweenTools.from_dict(
                    data
                )

                return componentsschemas_thinking_config_type_3
            raise ValueError(
                f"thinking: unknown type {discriminator!r} (known: enabled, adaptive, disabled, between_tools)"
            )

        thinking = _parse_thinking(d.pop("thinking", UNSET))

        _service_tier = d.pop("service_tier", UNSET)
        service_tier: ServiceTier | Unset
        if isinstance(_service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = check_service_tier(_service_tier)

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

        def _parse_container(data: object) -> ContainerParams | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                container_type_1 = ContainerParams.from_dict(data)

                return container_type_1
            return cast("ContainerParams | None | str | Unset", data)

        container = _parse_container(d.pop("container", UNSET))

        def _parse_diagnostics(data: object) -> DiagnosticsParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                diagnostics_type_0 = DiagnosticsParam.from_dict(data)

                return diagnostics_type_0
            return cast("DiagnosticsParam | None | Unset", data)

        diagnostics = _parse_diagnostics(d.pop("diagnostics", UNSET))

        def _parse_inference_geo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        inference_geo = _parse_inference_geo(d.pop("inference_geo", UNSET))

        _output_config = d.pop("output_config", UNSET)
        output_config: OutputConfig | Unset
        if isinstance(_output_config, Unset):
            output_config = UNSET
        else:
            output_config = OutputConfig.from_dict(_output_config)

        def _parse_speed(data: object) -> None | Speed | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                speed_type_0 = check_speed(data)

                return speed_type_0
            return cast("None | Speed | Unset", data)

        speed = _parse_speed(d.pop("speed", UNSET))

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
            cache_control=cache_control,
            container=container,
            diagnostics=diagnostics,
            inference_geo=inference_geo,
            output_config=output_config,
            speed=speed,
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


_models_unbound = True


def _bind_models() -> None:
    """Import the models this module's methods build (not at the top: the imports
    would be circular) and keep them as module globals."""
    global _models_unbound
    from ..models.browser_toolset_20260801 import BrowserToolset20260801
    from ..models.cache_control_ephemeral import CacheControlEphemeral
    from ..models.code_execution_tool_20250522 import CodeExecutionTool20250522
    from ..models.code_execution_tool_20250825 import CodeExecutionTool20250825
    from ..models.code_execution_tool_20260120 import CodeExecutionTool20260120
    from ..models.code_execution_tool_20260521 import CodeExecutionTool20260521
    from ..models.computer_toolset_20260801 import ComputerToolset20260801
    from ..models.container_params import ContainerParams
    from ..models.diagnostics_param import DiagnosticsParam
    from ..models.memory_tool_20250818 import MemoryTool20250818
    from ..models.message_param import MessageParam
    from ..models.metadata import Metadata
    from ..models.output_config import OutputConfig
    from ..models.text_block_param import TextBlockParam
    from ..models.thinking_config_adaptive import ThinkingConfigAdaptive
    from ..models.thinking_config_between_tools import ThinkingConfigBetweenTools
    from ..models.thinking_config_disabled import ThinkingConfigDisabled
    from ..models.thinking_config_enabled import ThinkingConfigEnabled
    from ..models.tool import Tool
    from ..models.tool_bash_20250124 import ToolBash20250124
    from ..models.tool_choice_any import ToolChoiceAny
    from ..models.tool_choice_auto import ToolChoiceAuto
    from ..models.tool_choice_none import ToolChoiceNone
    from ..models.tool_choice_tool import ToolChoiceTool
    from ..models.tool_search_bm25_tool import ToolSearchBM25Tool
    from ..models.tool_search_bm25_tool_20251119 import ToolSearchBM25Tool20251119
    from ..models.tool_search_regex_tool import ToolSearchRegexTool
    from ..models.tool_search_regex_tool_20251119 import ToolSearchRegexTool20251119
    from ..models.tool_text_editor_20250124 import ToolTextEditor20250124
    from ..models.tool_text_editor_20250429 import ToolTextEditor20250429
    from ..models.tool_text_editor_20250728 import ToolTextEditor20250728
    from ..models.web_fetch_tool_20250910 import WebFetchTool20250910
    from ..models.web_fetch_tool_20260209 import WebFetchTool20260209
    from ..models.web_fetch_tool_20260309 import WebFetchTool20260309
    from ..models.web_fetch_tool_20260318 import WebFetchTool20260318
    from ..models.web_search_tool_20250305 import WebSearchTool20250305
    from ..models.web_search_tool_20260209 import WebSearchTool20260209
    from ..models.web_search_tool_20260318 import WebSearchTool20260318

    globals().update(
        BrowserToolset20260801=BrowserToolset20260801,
        CacheControlEphemeral=CacheControlEphemeral,
        CodeExecutionTool20250522=CodeExecutionTool20250522,
        CodeExecutionTool20250825=CodeExecutionTool20250825,
        CodeExecutionTool20260120=CodeExecutionTool20260120,
        CodeExecutionTool20260521=CodeExecutionTool20260521,
        ContainerParams=ContainerParams,
        DiagnosticsParam=DiagnosticsParam,
        MemoryTool20250818=MemoryTool20250818,
        ThinkingConfigAdaptive=ThinkingConfigAdaptive,
        ThinkingConfigDisabled=ThinkingConfigDisabled,
        ThinkingConfigEnabled=ThinkingConfigEnabled,
        Tool=Tool,
        ToolBash20250124=ToolBash20250124,
        ToolChoiceAny=ToolChoiceAny,
        ToolChoiceAuto=ToolChoiceAuto,
        ToolChoiceTool=ToolChoiceTool,
        ToolSearchBM25Tool=ToolSearchBM25Tool,
        ToolSearchBM25Tool20251119=ToolSearchBM25Tool20251119,
        ToolSearchRegexTool=ToolSearchRegexTool,
        ToolSearchRegexTool20251119=ToolSearchRegexTool20251119,
        ToolTextEditor20250124=ToolTextEditor20250124,
        ToolTextEditor20250429=ToolTextEditor20250429,
        ToolTextEditor20250728=ToolTextEditor20250728,
        WebFetchTool20250910=WebFetchTool20250910,
        WebFetchTool20260209=WebFetchTool20260209,
        WebFetchTool20260309=WebFetchTool20260309,
        WebFetchTool20260318=WebFetchTool20260318,
        WebSearchTool20250305=WebSearchTool20250305,
        WebSearchTool20260209=WebSearchTool20260209,
        WebSearchTool20260318=WebSearchTool20260318,
        ComputerToolset20260801=ComputerToolset20260801,
        MessageParam=MessageParam,
        Metadata=Metadata,
        OutputConfig=OutputConfig,
        TextBlockParam=TextBlockParam,
        ThinkingConfigBetweenTools=ThinkingConfigBetweenTools,
        ToolChoiceNone=ToolChoiceNone,
    )
    _models_unbound = False
