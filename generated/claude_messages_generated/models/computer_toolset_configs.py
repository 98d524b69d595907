from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.toolset_member_config import ToolsetMemberConfig


T = TypeVar("T", bound="ComputerToolsetConfigs")


@_attrs_define
class ComputerToolsetConfigs:
    """Per-action overrides of the computer toolset; actions left out keep their defaults.

    Attributes:
        cursor_position (None | ToolsetMemberConfig | Unset): Overrides for the `cursor_position` action.
        double_click (None | ToolsetMemberConfig | Unset): Overrides for the `double_click` action.
        hold_key (None | ToolsetMemberConfig | Unset): Overrides for the `hold_key` action.
        key (None | ToolsetMemberConfig | Unset): Overrides for the `key` action.
        left_click (None | ToolsetMemberConfig | Unset): Overrides for the `left_click` action.
        left_click_drag (None | ToolsetMemberConfig | Unset): Overrides for the `left_click_drag` action.
        left_mouse_down (None | ToolsetMemberConfig | Unset): Overrides for the `left_mouse_down` action.
        left_mouse_up (None | ToolsetMemberConfig | Unset): Overrides for the `left_mouse_up` action.
        middle_click (None | ToolsetMemberConfig | Unset): Overrides for the `middle_click` action.
        mouse_move (None | ToolsetMemberConfig | Unset): Overrides for the `mouse_move` action.
        right_click (None | ToolsetMemberConfig | Unset): Overrides for the `right_click` action.
        screenshot (None | ToolsetMemberConfig | Unset): Overrides for the `screenshot` action.
        scroll (None | ToolsetMemberConfig | Unset): Overrides for the `scroll` action.
        triple_click (None | ToolsetMemberConfig | Unset): Overrides for the `triple_click` action.
        type_ (None | ToolsetMemberConfig | Unset): Overrides for the `type` action.
        wait (None | ToolsetMemberConfig | Unset): Overrides for the `wait` action.
        zoom (None | ToolsetMemberConfig | Unset): Overrides for the `zoom` action.
    """

    cursor_position: None | ToolsetMemberConfig | Unset = UNSET
    double_click: None | ToolsetMemberConfig | Unset = UNSET
    hold_key: None | ToolsetMemberConfig | Unset = UNSET
    key: None | ToolsetMemberConfig | Unset = UNSET
    left_click: None | ToolsetMemberConfig | Unset = UNSET
    left_click_drag: None | ToolsetMemberConfig | Unset = UNSET
    left_mouse_down: None | ToolsetMemberConfig | Unset = UNSET
    left_mouse_up: None | ToolsetMemberConfig | Unset = UNSET
    middle_click: None | ToolsetMemberConfig | Unset = UNSET
    mouse_move: None | ToolsetMemberConfig | Unset = UNSET
    right_click: None | ToolsetMemberConfig | Unset = UNSET
    screenshot: None | ToolsetMemberConfig | Unset = UNSET
    scroll: None | ToolsetMemberConfig | Unset = UNSET
    triple_click: None | ToolsetMemberConfig | Unset = UNSET
    type_: None | ToolsetMemberConfig | Unset = UNSET
    wait: None | ToolsetMemberConfig | Unset = UNSET
    zoom: None | ToolsetMemberConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        cursor_position: dict[str, Any] | None | Unset
        if isinstance(self.cursor_position, Unset):
            cursor_position = UNSET
        elif isinstance(self.cursor_position, ToolsetMemberConfig):
            cursor_position = self.cursor_position.to_dict()
        else:
            cursor_position = self.cursor_position

        double_click: dict[str, Any] | None | Unset
        if isinstance(self.double_click, Unset):
            double_click = UNSET
        elif isinstance(self.double_click, ToolsetMemberConfig):
            double_click = self.double_click.to_dict()
        else:
            double_click = self.double_click

        hold_key: dict[str, Any] | None | Unset
        if isinstance(self.hold_key, Unset):
            hold_key = UNSET
        elif isinstance(self.hold_key, ToolsetMemberConfig):
            hold_key = self.hold_key.to_dict()
        else:
            hold_key = self.hold_key

        key: dict[str, Any] | None | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        elif isinstance(self.key, ToolsetMemberConfig):
            key = self.key.to_dict()
        else:
            key = self.key

        left_click: dict[str, Any] | None | Unset
        if isinstance(self.left_click, Unset):
            left_click = UNSET
        elif isinstance(self.left_click, ToolsetMemberConfig):
            left_click = self.left_click.to_dict()
        else:
            left_click = self.left_click

        left_click_drag: dict[str, Any] | None | Unset
        if isinstance(self.left_click_drag, Unset):
            left_click_drag = UNSET
        elif isinstance(self.left_click_drag, ToolsetMemberConfig):
            left_click_drag = self.left_click_drag.to_dict()
        else:
            left_click_drag = self.left_click_drag

        left_mouse_down: dict[str, Any] | None | Unset
        if isinstance(self.left_mouse_down, Unset):
            left_mouse_down = UNSET
        elif isinstance(self.left_mouse_down, ToolsetMemberConfig):
            left_mouse_down = self.left_mouse_down.to_dict()
        else:
            left_mouse_down = self.left_mouse_down

        left_mouse_up: dict[str, Any] | None | Unset
        if isinstance(self.left_mouse_up, Unset):
            left_mouse_up = UNSET
        elif isinstance(self.left_mouse_up, ToolsetMemberConfig):
            left_mouse_up = self.left_mouse_up.to_dict()
        else:
            left_mouse_up = self.left_mouse_up

        middle_click: dict[str, Any] | None | Unset
        if isinstance(self.middle_click, Unset):
            middle_click = UNSET
        elif isinstance(self.middle_click, ToolsetMemberConfig):
            middle_click = self.middle_click.to_dict()
        else:
            middle_click = self.middle_click

        mouse_move: dict[str, Any] | None | Unset
        if isinstance(self.mouse_move, Unset):
            mouse_move = UNSET
        elif isinstance(self.mouse_move, ToolsetMemberConfig):
            mouse_move = self.mouse_move.to_dict()
        else:
            mouse_move = self.mouse_move

        right_click: dict[str, Any] | None | Unset
        if isinstance(self.right_click, Unset):
            right_click = UNSET
        elif isinstance(self.right_click, ToolsetMemberConfig):
            right_click = self.right_click.to_dict()
        else:
            right_click = self.right_click

        screenshot: dict[str, Any] | None | Unset
        if isinstance(self.screenshot, Unset):
            screenshot = UNSET
        elif isinstance(self.screenshot, ToolsetMemberConfig):
            screenshot = self.screenshot.to_dict()
        else:
            screenshot = self.screenshot

        scroll: dict[str, Any] | None | Unset
        if isinstance(self.scroll, Unset):
            scroll = UNSET
        elif isinstance(self.scroll, ToolsetMemberConfig):
            scroll = self.scroll.to_dict()
        else:
            scroll = self.scroll

        triple_click: dict[str, Any] | None | Unset
        if isinstance(self.triple_click, Unset):
            triple_click = UNSET
        elif isinstance(self.triple_click, ToolsetMemberConfig):
            triple_click = self.triple_click.to_dict()
        else:
            triple_click = self.triple_click

        type_: dict[str, Any] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ToolsetMemberConfig):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        wait: dict[str, Any] | None | Unset
        if isinstance(self.wait, Unset):
            wait = UNSET
        elif isinstance(self.wait, ToolsetMemberConfig):
            wait = self.wait.to_dict()
        else:
            wait = self.wait

        zoom: dict[str, Any] | None | Unset
        if isinstance(self.zoom, Unset):
            zoom = UNSET
        elif isinstance(self.zoom, ToolsetMemberConfig):
            zoom = self.zoom.to_dict()
        else:
            zoom = self.zoom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor_position is not UNSET:
            field_dict["cursor_position"] = cursor_position
        if double_click is not UNSET:
            field_dict["double_click"] = double_click
        if hold_key is not UNSET:
            field_dict["hold_key"] = hold_key
        if key is not UNSET:
            field_dict["key"] = key
        if left_click is not UNSET:
            field_dict["left_click"] = left_click
        if left_click_drag is not UNSET:
            field_dict["left_click_drag"] = left_click_drag
        if left_mouse_down is not UNSET:
            field_dict["left_mouse_down"] = left_mouse_down
        if left_mouse_up is not UNSET:
            field_dict["left_mouse_up"] = left_mouse_up
        if middle_click is not UNSET:
            field_dict["middle_click"] = middle_click
        if mouse_move is not UNSET:
            field_dict["mouse_move"] = mouse_move
        if right_click is not UNSET:
            field_dict["right_click"] = right_click
        if screenshot is not UNSET:
            field_dict["screenshot"] = screenshot
        if scroll is not UNSET:
            field_dict["scroll"] = scroll
        if triple_click is not UNSET:
            field_dict["triple_click"] = triple_click
        if type_ is not UNSET:
            field_dict["type"] = type_
        if wait is not UNSET:
            field_dict["wait"] = wait
        if zoom is not UNSET:
            field_dict["zoom"] = zoom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _models_unbound:
            _bind_models()

        d = dict(src_dict)

        def _parse_cursor_position(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                cursor_position_type_0 = ToolsetMemberConfig.from_dict(data)

                return cursor_position_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        cursor_position = _parse_cursor_position(d.pop("cursor_position", UNSET))

        def _parse_double_click(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                double_click_type_0 = ToolsetMemberConfig.from_dict(data)

                return double_click_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        double_click = _parse_double_click(d.pop("double_click", UNSET))

        def _parse_hold_key(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                hold_key_type_0 = ToolsetMemberConfig.from_dict(data)

                return hold_key_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        hold_key = _parse_hold_key(d.pop("hold_key", UNSET))

        def _parse_key(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                key_type_0 = ToolsetMemberConfig.from_dict(data)

                return key_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_left_click(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                left_click_type_0 = ToolsetMemberConfig.from_dict(data)

                return left_click_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        left_click = _parse_left_click(d.pop("left_click", UNSET))

        def _parse_left_click_drag(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                left_click_drag_type_0 = ToolsetMemberConfig.from_dict(data)

                return left_click_drag_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        left_click_drag = _parse_left_click_drag(d.pop("left_click_drag", UNSET))

        def _parse_left_mouse_down(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                left_mouse_down_type_0 = ToolsetMemberConfig.from_dict(data)

                return left_mouse_down_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        left_mouse_down = _parse_left_mouse_down(d.pop("left_mouse_down", UNSET))

        def _parse_left_mouse_up(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                left_mouse_up_type_0 = ToolsetMemberConfig.from_dict(data)

                return left_mouse_up_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        left_mouse_up = _parse_left_mouse_up(d.pop("left_mouse_up", UNSET))

        def _parse_middle_click(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                middle_click_type_0 = ToolsetMemberConfig.from_dict(data)

                return middle_click_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        middle_click = _parse_middle_click(d.pop("middle_click", UNSET))

        def _parse_mouse_move(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                mouse_move_type_0 = ToolsetMemberConfig.from_dict(data)

                return mouse_move_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        mouse_move = _parse_mouse_move(d.pop("mouse_move", UNSET))

        def _parse_right_click(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                right_click_type_0 = ToolsetMemberConfig.from_dict(data)

                return right_click_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        right_click = _parse_right_click(d.pop("right_click", UNSET))

        def _parse_screenshot(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                screenshot_type_0 = ToolsetMemberConfig.from_dict(data)

                return screenshot_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        screenshot = _parse_screenshot(d.pop("screenshot", UNSET))

        def _parse_scroll(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                scroll_type_0 = ToolsetMemberConfig.from_dict(data)

                return scroll_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        scroll = _parse_scroll(d.pop("scroll", UNSET))

        def _parse_triple_click(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                triple_click_type_0 = ToolsetMemberConfig.from_dict(data)

                return triple_click_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        triple_click = _parse_triple_click(d.pop("triple_click", UNSET))

        def _parse_type_(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                type_type_0 = ToolsetMemberConfig.from_dict(data)

                return type_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_wait(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                wait_type_0 = ToolsetMemberConfig.from_dict(data)

                return wait_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        wait = _parse_wait(d.pop("wait", UNSET))

        def _parse_zoom(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                zoom_type_0 = ToolsetMemberConfig.from_dict(data)

                return zoom_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        zoom = _parse_zoom(d.pop("zoom", UNSET))

        computer_toolset_configs = cls(
            cursor_position=cursor_position,
            double_click=double_click,
            hold_key=hold_key,
            key=key,
            left_click=left_click,
            left_click_drag=left_click_drag,
            left_mouse_down=left_mouse_down,
            left_mouse_up=left_mouse_up,
            middle_click=middle_click,
            mouse_move=mouse_move,
            right_click=right_click,
            screenshot=screenshot,
            scroll=scroll,
            triple_click=triple_click,
            type_=type_,
            wait=wait,
            zoom=zoom,
        )

        computer_toolset_configs.additional_properties = d
        return computer_toolset_configs

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
    def type(self) -> None | ToolsetMemberConfig | Unset:
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
    from ..models.toolset_member_config import ToolsetMemberConfig

    globals().update(ToolsetMemberConfig=ToolsetMemberConfig)
    _models_unbound = False
