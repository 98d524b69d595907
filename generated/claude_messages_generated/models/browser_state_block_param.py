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
    from ..models.browser_state_change_download_completed import (
        BrowserStateChangeDownloadCompleted,
    )
    from ..models.browser_state_change_download_failed import (
        BrowserStateChangeDownloadFailed,
    )
    from ..models.browser_state_change_download_started import (
        BrowserStateChangeDownloadStarted,
    )
    from ..models.browser_state_change_tab_opened import BrowserStateChangeTabOpened
    from ..models.browser_state_tab_entry import BrowserStateTabEntry
    from ..models.cache_control_ephemeral import CacheControlEphemeral


T = TypeVar("T", bound="BrowserStateBlockParam")


@_attrs_define
class BrowserStateBlockParam:
    """The state of the browser your code runs for the browser toolset, its open tabs and what changed.

    Attributes:
        type_ (Literal['browser_state']): Always `browser_state`. Default: 'browser_state'.
        tabs (list[BrowserStateTabEntry]): The open tabs.
        state_changes (list[BrowserStateChangeDownloadCompleted | BrowserStateChangeDownloadFailed |
            BrowserStateChangeDownloadStarted | BrowserStateChangeTabOpened] | None | Unset): What changed since the last
            action (tabs opened, downloads).
        cache_control (CacheControlEphemeral | None | Unset): Marks a prompt-caching breakpoint on this block.
    """

    tabs: list[BrowserStateTabEntry]
    type_: Literal["browser_state"] = "browser_state"
    state_changes: (
        list[
            BrowserStateChangeDownloadCompleted
            | BrowserStateChangeDownloadFailed
            | BrowserStateChangeDownloadStarted
            | BrowserStateChangeTabOpened
        ]
        | None
        | Unset
    ) = UNSET
    cache_control: CacheControlEphemeral | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        type_ = self.type_

        tabs = []
        for tabs_item_data in self.tabs:
            tabs_item = tabs_item_data.to_dict()
            tabs.append(tabs_item)

        state_changes: list[dict[str, Any]] | None | Unset
        if isinstance(self.state_changes, Unset):
            state_changes = UNSET
        elif isinstance(self.state_changes, list):
            state_changes = []
            for state_changes_type_0_item_data in self.state_changes:
                state_changes_type_0_item: dict[str, Any]
                if isinstance(state_changes_type_0_item_data, BrowserStateChangeTabOpened):
                    state_changes_type_0_item = state_changes_type_0_item_data.to_dict()
                elif isinstance(state_changes_type_0_item_data, BrowserStateChangeDownloadStarted):
                    state_changes_type_0_item = state_changes_type_0_item_data.to_dict()
                elif isinstance(
                    state_changes_type_0_item_data, BrowserStateChangeDownloadCompleted
                ):
                    state_changes_type_0_item = state_changes_type_0_item_data.to_dict()
                else:
                    state_changes_type_0_item = state_changes_type_0_item_data.to_dict()

                state_changes.append(state_changes_type_0_item)

        else:
            state_changes = self.state_changes

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
                "tabs": tabs,
            }
        )
        if state_changes is not UNSET:
            field_dict["state_changes"] = state_changes
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)
        type_ = cast('Literal["browser_state"]', d.pop("type"))
        if type_ != "browser_state":
            raise ValueError(f"type must match const 'browser_state', got '{type_}'")

        tabs = []
        _tabs = d.pop("tabs")
        for tabs_item_data in _tabs:
            tabs_item = BrowserStateTabEntry.from_dict(tabs_item_data)

            tabs.append(tabs_item)

        def _parse_state_changes(
            data: object,
        ) -> (
            list[
                BrowserStateChangeDownloadCompleted
                | BrowserStateChangeDownloadFailed
                | BrowserStateChangeDownloadStarted
                | BrowserStateChangeTabOpened
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, list):
                state_changes_type_0 = []
                _state_changes_type_0 = data
                for state_changes_type_0_item_data in _state_changes_type_0:

                    def _parse_state_changes_type_0_item(
                        data: object,
                    ) -> (
                        BrowserStateChangeDownloadCompleted
                        | BrowserStateChangeDownloadFailed
                        | BrowserStateChangeDownloadStarted
                        | BrowserStateChangeTabOpened
                    ):
                        if not isinstance(data, dict):
                            raise TypeError(
                                f"state_changes_type_0_item: expected an object, got {type(data).__name__}"
                            )
                        discriminator = data.get("type")
                        if discriminator == "tab_opened":
                            componentsschemas_browser_state_change_type_0 = (
                                BrowserStateChangeTabOpened.from_dict(data)
                            )

                            return componentsschemas_browser_state_change_type_0
                        if discriminator == "download_started":
                            componentsschemas_browser_state_change_type_1 = (
                                BrowserStateChangeDownloadStarted.from_dict(data)
                            )

                            return componentsschemas_browser_state_change_type_1
                        if discriminator == "download_completed":
                            componentsschemas_browser_state_change_type_2 = (
                                BrowserStateChangeDownloadCompleted.from_dict(data)
                            )

                            return componentsschemas_browser_state_change_type_2
                        if discriminator == "download_failed":
                            componentsschemas_browser_state_change_type_3 = (
                                BrowserStateChangeDownloadFailed.from_dict(data)
                            )

                            return componentsschemas_browser_state_change_type_3
                        raise ValueError(
                            f"state_changes_type_0_item: unknown type {discriminator!r} (known: tab_opened, download_started, download_completed, download_failed)"
                        )

                    state_changes_type_0_item = _parse_state_changes_type_0_item(
                        state_changes_type_0_item_data
                    )

                    state_changes_type_0.append(state_changes_type_0_item)

                return state_changes_type_0
            return cast(
                "list[ BrowserStateChangeDownloadCompleted | BrowserStateChangeDownloadFailed | BrowserStateChangeDownloadStarted | BrowserStateChangeTabOpened ] | None | Unset",
                data,
            )

        state_changes = _parse_state_changes(d.pop("state_changes", UNSET))

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

        browser_state_block_param = cls(
            type_=type_,
            tabs=tabs,
            state_changes=state_changes,
            cache_control=cache_control,
        )

        browser_state_block_param.additional_properties = d
        return browser_state_block_param

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
    def type(self) -> Literal["browser_state"]:
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
    from ..models.browser_state_change_download_completed import (
        BrowserStateChangeDownloadCompleted,
    )
    from ..models.browser_state_change_download_failed import (
        BrowserStateChangeDownloadFailed,
    )
    from ..models.browser_state_change_download_started import (
        BrowserStateChangeDownloadStarted,
    )
    from ..models.browser_state_change_tab_opened import BrowserStateChangeTabOpened
    from ..models.browser_state_tab_entry import BrowserStateTabEntry
    from ..models.cache_control_ephemeral import CacheControlEphemeral

    globals().update(
        BrowserStateChangeDownloadCompleted=BrowserStateChangeDownloadCompleted,
        BrowserStateChangeDownloadStarted=BrowserStateChangeDownloadStarted,
        BrowserStateChangeTabOpened=BrowserStateChangeTabOpened,
        CacheControlEphemeral=CacheControlEphemeral,
        BrowserStateChangeDownloadFailed=BrowserStateChangeDownloadFailed,
        BrowserStateTabEntry=BrowserStateTabEntry,
    )
    _models_unbound = False
