from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr

if TYPE_CHECKING:
    from ..models.capability_support import CapabilitySupport
    from ..models.context_management_capability import ContextManagementCapability
    from ..models.effort_capability import EffortCapability
    from ..models.server_tools_capability import ServerToolsCapability
    from ..models.thinking_capability import ThinkingCapability


T = TypeVar("T", bound="ModelCapabilities")


@_attrs_define
class ModelCapabilities:
    """What a model supports.

    Attributes:
        batch (CapabilitySupport): Whether a capability is supported.
        citations (CapabilitySupport): Whether a capability is supported.
        code_execution (CapabilitySupport): Whether a capability is supported.
        context_management (ContextManagementCapability): Context management support, and of each edit strategy.
        effort (EffortCapability): Support of `output_config.effort`, and of each level.
        image_input (CapabilitySupport): Whether a capability is supported.
        pdf_input (CapabilitySupport): Whether a capability is supported.
        server_tools (ServerToolsCapability): Server tool support, and of each tool.
        structured_outputs (CapabilitySupport): Whether a capability is supported.
        thinking (ThinkingCapability): Thinking support, and of each `thinking` type.
    """

    batch: CapabilitySupport
    citations: CapabilitySupport
    code_execution: CapabilitySupport
    context_management: ContextManagementCapability
    effort: EffortCapability
    image_input: CapabilitySupport
    pdf_input: CapabilitySupport
    server_tools: ServerToolsCapability
    structured_outputs: CapabilitySupport
    thinking: ThinkingCapability
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch = self.batch.to_dict()

        citations = self.citations.to_dict()

        code_execution = self.code_execution.to_dict()

        context_management = self.context_management.to_dict()

        effort = self.effort.to_dict()

        image_input = self.image_input.to_dict()

        pdf_input = self.pdf_input.to_dict()

        server_tools = self.server_tools.to_dict()

        structured_outputs = self.structured_outputs.to_dict()

        thinking = self.thinking.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch": batch,
                "citations": citations,
                "code_execution": code_execution,
                "context_management": context_management,
                "effort": effort,
                "image_input": image_input,
                "pdf_input": pdf_input,
                "server_tools": server_tools,
                "structured_outputs": structured_outputs,
                "thinking": thinking,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        batch = CapabilitySupport.from_dict(d.pop("batch"))

        citations = CapabilitySupport.from_dict(d.pop("citations"))

        code_execution = CapabilitySupport.from_dict(d.pop("code_execution"))

        context_management = ContextManagementCapability.from_dict(d.pop("context_management"))

        effort = EffortCapability.from_dict(d.pop("effort"))

        image_input = CapabilitySupport.from_dict(d.pop("image_input"))

        pdf_input = CapabilitySupport.from_dict(d.pop("pdf_input"))

        server_tools = ServerToolsCapability.from_dict(d.pop("server_tools"))

        structured_outputs = CapabilitySupport.from_dict(d.pop("structured_outputs"))

        thinking = ThinkingCapability.from_dict(d.pop("thinking"))

        model_capabilities = cls(
            batch=batch,
            citations=citations,
            code_execution=code_execution,
            context_management=context_management,
            effort=effort,
            image_input=image_input,
            pdf_input=pdf_input,
            server_tools=server_tools,
            structured_outputs=structured_outputs,
            thinking=thinking,
        )

        model_capabilities.additional_properties = d
        return model_capabilities

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
    from ..models.capability_support import CapabilitySupport
    from ..models.context_management_capability import ContextManagementCapability
    from ..models.effort_capability import EffortCapability
    from ..models.server_tools_capability import ServerToolsCapability
    from ..models.thinking_capability import ThinkingCapability

    globals().update(
        CapabilitySupport=CapabilitySupport,
        ContextManagementCapability=ContextManagementCapability,
        EffortCapability=EffortCapability,
        ServerToolsCapability=ServerToolsCapability,
        ThinkingCapability=ThinkingCapability,
    )
    _models_unbound = False
