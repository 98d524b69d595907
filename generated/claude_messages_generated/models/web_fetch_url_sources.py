from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_fetch_url_source_all import WebFetchURLSourceAll
    from ..models.web_fetch_url_source_except import WebFetchURLSourceExcept
    from ..models.web_fetch_url_source_none import WebFetchURLSourceNone
    from ..models.web_fetch_url_source_only import WebFetchURLSourceOnly


T = TypeVar("T", bound="WebFetchURLSources")


@_attrs_define
class WebFetchURLSources:
    """Which URLs web fetch may fetch, by where they appeared in the conversation.

    Attributes:
        client_tool_results (Unset | WebFetchURLSourceAll | WebFetchURLSourceExcept | WebFetchURLSourceNone |
            WebFetchURLSourceOnly): URLs found in tool results, all of them, none, or those of some tools only (or all but
            some), discriminated by `type`.
        server_tool_results (Unset | WebFetchURLSourceAll | WebFetchURLSourceExcept | WebFetchURLSourceNone |
            WebFetchURLSourceOnly): URLs found in tool results, all of them, none, or those of some tools only (or all but
            some), discriminated by `type`.
        user_input (Unset | WebFetchURLSourceAll | WebFetchURLSourceNone): URLs the user wrote, all of them or none,
            discriminated by `type`.
    """

    client_tool_results: (
        Unset
        | WebFetchURLSourceAll
        | WebFetchURLSourceExcept
        | WebFetchURLSourceNone
        | WebFetchURLSourceOnly
    ) = UNSET
    server_tool_results: (
        Unset
        | WebFetchURLSourceAll
        | WebFetchURLSourceExcept
        | WebFetchURLSourceNone
        | WebFetchURLSourceOnly
    ) = UNSET
    user_input: Unset | WebFetchURLSourceAll | WebFetchURLSourceNone = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        client_tool_results: dict[str, Any] | Unset
        if isinstance(self.client_tool_results, Unset):
            client_tool_results = UNSET
        elif isinstance(self.client_tool_results, WebFetchURLSourceAll):
            client_tool_results = self.client_tool_results.to_dict()
        elif isinstance(self.client_tool_results, WebFetchURLSourceNone):
            client_tool_results = self.client_tool_results.to_dict()
        elif isinstance(self.client_tool_results, WebFetchURLSourceOnly):
            client_tool_results = self.client_tool_results.to_dict()
        else:
            client_tool_results = self.client_tool_results.to_dict()

        server_tool_results: dict[str, Any] | Unset
        if isinstance(self.server_tool_results, Unset):
            server_tool_results = UNSET
        elif isinstance(self.server_tool_results, WebFetchURLSourceAll):
            server_tool_results = self.server_tool_results.to_dict()
        elif isinstance(self.server_tool_results, WebFetchURLSourceNone):
            server_tool_results = self.server_tool_results.to_dict()
        elif isinstance(self.server_tool_results, WebFetchURLSourceOnly):
            server_tool_results = self.server_tool_results.to_dict()
        else:
            server_tool_results = self.server_tool_results.to_dict()

        user_input: dict[str, Any] | Unset
        if isinstance(self.user_input, Unset):
            user_input = UNSET
        elif isinstance(self.user_input, WebFetchURLSourceAll):
            user_input = self.user_input.to_dict()
        else:
            user_input = self.user_input.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_tool_results is not UNSET:
            field_dict["client_tool_results"] = client_tool_results
        if server_tool_results is not UNSET:
            field_dict["server_tool_results"] = server_tool_results
        if user_input is not UNSET:
            field_dict["user_input"] = user_input

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)

        def _parse_client_tool_results(
            data: object,
        ) -> (
            Unset
            | WebFetchURLSourceAll
            | WebFetchURLSourceExcept
            | WebFetchURLSourceNone
            | WebFetchURLSourceOnly
        ):
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"client_tool_results: expected an object, got {type(data).__name__}"
                )
            discriminator = data.get("type")
            if discriminator == "all":
                componentsschemas_web_fetch_url_source_type_0 = WebFetchURLSourceAll.from_dict(data)

                return componentsschemas_web_fetch_url_source_type_0
            if discriminator == "none":
                componentsschemas_web_fetch_url_source_type_1 = WebFetchURLSourceNone.from_dict(
                    data
                )

                return componentsschemas_web_fetch_url_source_type_1
            if discriminator == "only":
                componentsschemas_web_fetch_url_source_type_2 = WebFetchURLSourceOnly.from_dict(
                    data
                )

                return componentsschemas_web_fetch_url_source_type_2
            if discriminator == "except":
                componentsschemas_web_fetch_url_source_type_3 = WebFetchURLSourceExcept.from_dict(
                    data
                )

                return componentsschemas_web_fetch_url_source_type_3
            raise ValueError(
                f"client_tool_results: unknown type {discriminator!r} (known: all, none, only, except)"
            )

        client_tool_results = _parse_client_tool_results(d.pop("client_tool_results", UNSET))

        def _parse_server_tool_results(
            data: object,
        ) -> (
            Unset
            | WebFetchURLSourceAll
            | WebFetchURLSourceExcept
            | WebFetchURLSourceNone
            | WebFetchURLSourceOnly
        ):
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"server_tool_results: expected an object, got {type(data).__name__}"
                )
            discriminator = data.get("type")
            if discriminator == "all":
                componentsschemas_web_fetch_url_source_type_0 = WebFetchURLSourceAll.from_dict(data)

                return componentsschemas_web_fetch_url_source_type_0
            if discriminator == "none":
                componentsschemas_web_fetch_url_source_type_1 = WebFetchURLSourceNone.from_dict(
                    data
                )

                return componentsschemas_web_fetch_url_source_type_1
            if discriminator == "only":
                componentsschemas_web_fetch_url_source_type_2 = WebFetchURLSourceOnly.from_dict(
                    data
                )

                return componentsschemas_web_fetch_url_source_type_2
            if discriminator == "except":
                componentsschemas_web_fetch_url_source_type_3 = WebFetchURLSourceExcept.from_dict(
                    data
                )

                return componentsschemas_web_fetch_url_source_type_3
            raise ValueError(
                f"server_tool_results: unknown type {discriminator!r} (known: all, none, only, except)"
            )

        server_tool_results = _parse_server_tool_results(d.pop("server_tool_results", UNSET))

        def _parse_user_input(data: object) -> Unset | WebFetchURLSourceAll | WebFetchURLSourceNone:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"user_input: expected an object, got {type(data).__name__}")
            discriminator = data.get("type")
            if discriminator == "all":
                componentsschemas_web_fetch_user_input_url_source_type_0 = (
                    WebFetchURLSourceAll.from_dict(data)
                )

                return componentsschemas_web_fetch_user_input_url_source_type_0
            if discriminator == "none":
                componentsschemas_web_fetch_user_input_url_source_type_1 = (
                    WebFetchURLSourceNone.from_dict(data)
                )

                return componentsschemas_web_fetch_user_input_url_source_type_1
            raise ValueError(f"user_input: unknown type {discriminator!r} (known: all, none)")

        user_input = _parse_user_input(d.pop("user_input", UNSET))

        web_fetch_url_sources = cls(
            client_tool_results=client_tool_results,
            server_tool_results=server_tool_results,
            user_input=user_input,
        )

        web_fetch_url_sources.additional_properties = d
        return web_fetch_url_sources

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
    from ..models.web_fetch_url_source_all import WebFetchURLSourceAll
    from ..models.web_fetch_url_source_except import WebFetchURLSourceExcept
    from ..models.web_fetch_url_source_none import WebFetchURLSourceNone
    from ..models.web_fetch_url_source_only import WebFetchURLSourceOnly

    globals().update(
        WebFetchURLSourceAll=WebFetchURLSourceAll,
        WebFetchURLSourceNone=WebFetchURLSourceNone,
        WebFetchURLSourceOnly=WebFetchURLSourceOnly,
        WebFetchURLSourceExcept=WebFetchURLSourceExcept,
    )
    _models_unbound = False
