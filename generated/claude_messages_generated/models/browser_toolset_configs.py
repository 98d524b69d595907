from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model_support import model_dump, model_json, model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.toolset_member_config import ToolsetMemberConfig


T = TypeVar("T", bound="BrowserToolsetConfigs")


@_attrs_define
class BrowserToolsetConfigs:
    """Per-action overrides of the browser toolset; actions left out keep their defaults.

    Attributes:
        close_tab (None | ToolsetMemberConfig | Unset): Overrides for the `close_tab` action.
        double_click (None | ToolsetMemberConfig | Unset): Overrides for the `double_click` action.
        file_upload (None | ToolsetMemberConfig | Unset): Overrides for the `file_upload` action.
        find (None | ToolsetMemberConfig | Unset): Overrides for the `find` action.
        form_input (None | ToolsetMemberConfig | Unset): Overrides for the `form_input` action.
        get_page_text (None | ToolsetMemberConfig | Unset): Overrides for the `get_page_text` action.
        hold_key (None | ToolsetMemberConfig | Unset): Overrides for the `hold_key` action.
        hover (None | ToolsetMemberConfig | Unset): Overrides for the `hover` action.
        javascript_exec (None | ToolsetMemberConfig | Unset): Overrides for the `javascript_exec` action.
        key (None | ToolsetMemberConfig | Unset): Overrides for the `key` action.
        left_click (None | ToolsetMemberConfig | Unset): Overrides for the `left_click` action.
        left_click_drag (None | ToolsetMemberConfig | Unset): Overrides for the `left_click_drag` action.
        left_mouse_down (None | ToolsetMemberConfig | Unset): Overrides for the `left_mouse_down` action.
        left_mouse_up (None | ToolsetMemberConfig | Unset): Overrides for the `left_mouse_up` action.
        list_tabs (None | ToolsetMemberConfig | Unset): Overrides for the `list_tabs` action.
        middle_click (None | ToolsetMemberConfig | Unset): Overrides for the `middle_click` action.
        mouse_move (None | ToolsetMemberConfig | Unset): Overrides for the `mouse_move` action.
        navigate (None | ToolsetMemberConfig | Unset): Overrides for the `navigate` action.
        new_tab (None | ToolsetMemberConfig | Unset): Overrides for the `new_tab` action.
        read_console (None | ToolsetMemberConfig | Unset): Overrides for the `read_console` action.
        read_network (None | ToolsetMemberConfig | Unset): Overrides for the `read_network` action.
        read_page (None | ToolsetMemberConfig | Unset): Overrides for the `read_page` action.
        right_click (None | ToolsetMemberConfig | Unset): Overrides for the `right_click` action.
        screenshot (None | ToolsetMemberConfig | Unset): Overrides for the `screenshot` action.
        scroll (None | ToolsetMemberConfig | Unset): Overrides for the `scroll` action.
        scroll_to (None | ToolsetMemberConfig | Unset): Overrides for the `scroll_to` action.
        switch_tab (None | ToolsetMemberConfig | Unset): Overrides for the `switch_tab` action.
        triple_click (None | ToolsetMemberConfig | Unset): Overrides for the `triple_click` action.
        type_ (None | ToolsetMemberConfig | Unset): Overrides for the `type` action.
        wait (None | ToolsetMemberConfig | Unset): Overrides for the `wait` action.
        zoom (None | ToolsetMemberConfig | Unset): Overrides for the `zoom` action.
    """

    close_tab: None | ToolsetMemberConfig | Unset = UNSET
    double_click: None | ToolsetMemberConfig | Unset = UNSET
    file_upload: None | ToolsetMemberConfig | Unset = UNSET
    find: None | ToolsetMemberConfig | Unset = UNSET
    form_input: None | ToolsetMemberConfig | Unset = UNSET
    get_page_text: None | ToolsetMemberConfig | Unset = UNSET
    hold_key: None | ToolsetMemberConfig | Unset = UNSET
    hover: None | ToolsetMemberConfig | Unset = UNSET
    javascript_exec: None | ToolsetMemberConfig | Unset = UNSET
    key: None | ToolsetMemberConfig | Unset = UNSET
    left_click: None | ToolsetMemberConfig | Unset = UNSET
    left_click_drag: None | ToolsetMemberConfig | Unset = UNSET
    left_mouse_down: None | ToolsetMemberConfig | Unset = UNSET
    left_mouse_up: None | ToolsetMemberConfig | Unset = UNSET
    list_tabs: None | ToolsetMemberConfig | Unset = UNSET
    middle_click: None | ToolsetMemberConfig | Unset = UNSET
    mouse_move: None | ToolsetMemberConfig | Unset = UNSET
    navigate: None | ToolsetMemberConfig | Unset = UNSET
    new_tab: None | ToolsetMemberConfig | Unset = UNSET
    read_console: None | ToolsetMemberConfig | Unset = UNSET
    read_network: None | ToolsetMemberConfig | Unset = UNSET
    read_page: None | ToolsetMemberConfig | Unset = UNSET
    right_click: None | ToolsetMemberConfig | Unset = UNSET
    screenshot: None | ToolsetMemberConfig | Unset = UNSET
    scroll: None | ToolsetMemberConfig | Unset = UNSET
    scroll_to: None | ToolsetMemberConfig | Unset = UNSET
    switch_tab: None | ToolsetMemberConfig | Unset = UNSET
    triple_click: None | ToolsetMemberConfig | Unset = UNSET
    type_: None | ToolsetMemberConfig | Unset = UNSET
    wait: None | ToolsetMemberConfig | Unset = UNSET
    zoom: None | ToolsetMemberConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_unbound:
            _bind_models()

        close_tab: dict[str, Any] | None | Unset
        if isinstance(self.close_tab, Unset):
            close_tab = UNSET
        elif isinstance(self.close_tab, ToolsetMemberConfig):
            close_tab = self.close_tab.to_dict()
        else:
            close_tab = self.close_tab

        double_click: dict[str, Any] | None | Unset
        if isinstance(self.double_click, Unset):
            double_click = UNSET
        elif isinstance(self.double_click, ToolsetMemberConfig):
            double_click = self.double_click.to_dict()
        else:
            double_click = self.double_click

        file_upload: dict[str, Any] | None | Unset
        if isinstance(self.file_upload, Unset):
            file_upload = UNSET
        elif isinstance(self.file_upload, ToolsetMemberConfig):
            file_upload = self.file_upload.to_dict()
        else:
            file_upload = self.file_upload

        find: dict[str, Any] | None | Unset
        if isinstance(self.find, Unset):
            find = UNSET
        elif isinstance(self.find, ToolsetMemberConfig):
            find = self.find.to_dict()
        else:
            find = self.find

        form_input: dict[str, Any] | None | Unset
        if isinstance(self.form_input, Unset):
            form_input = UNSET
        elif isinstance(self.form_input, ToolsetMemberConfig):
            form_input = self.form_input.to_dict()
        else:
            form_input = self.form_input

        get_page_text: dict[str, Any] | None | Unset
        if isinstance(self.get_page_text, Unset):
            get_page_text = UNSET
        elif isinstance(self.get_page_text, ToolsetMemberConfig):
            get_page_text = self.get_page_text.to_dict()
        else:
            get_page_text = self.get_page_text

        hold_key: dict[str, Any] | None | Unset
        if isinstance(self.hold_key, Unset):
            hold_key = UNSET
        elif isinstance(self.hold_key, ToolsetMemberConfig):
            hold_key = self.hold_key.to_dict()
        else:
            hold_key = self.hold_key

        hover: dict[str, Any] | None | Unset
        if isinstance(self.hover, Unset):
            hover = UNSET
        elif isinstance(self.hover, ToolsetMemberConfig):
            hover = self.hover.to_dict()
        else:
            hover = self.hover

        javascript_exec: dict[str, Any] | None | Unset
        if isinstance(self.javascript_exec, Unset):
            javascript_exec = UNSET
        elif isinstance(self.javascript_exec, ToolsetMemberConfig):
            javascript_exec = self.javascript_exec.to_dict()
        else:
            javascript_exec = self.javascript_exec

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

        list_tabs: dict[str, Any] | None | Unset
        if isinstance(self.list_tabs, Unset):
            list_tabs = UNSET
        elif isinstance(self.list_tabs, ToolsetMemberConfig):
            list_tabs = self.list_tabs.to_dict()
        else:
            list_tabs = self.list_tabs

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

        navigate: dict[str, Any] | None | Unset
        if isinstance(self.navigate, Unset):
            navigate = UNSET
        elif isinstance(self.navigate, ToolsetMemberConfig):
            navigate = self.navigate.to_dict()
        else:
            navigate = self.navigate

        new_tab: dict[str, Any] | None | Unset
        if isinstance(self.new_tab, Unset):
            new_tab = UNSET
        elif isinstance(self.new_tab, ToolsetMemberConfig):
            new_tab = self.new_tab.to_dict()
        else:
            new_tab = self.new_tab

        read_console: dict[str, Any] | None | Unset
        if isinstance(self.read_console, Unset):
            read_console = UNSET
        elif isinstance(self.read_console, ToolsetMemberConfig):
            read_console = self.read_console.to_dict()
        else:
            read_console = self.read_console

        read_network: dict[str, Any] | None | Unset
        if isinstance(self.read_network, Unset):
            read_network = UNSET
        elif isinstance(self.read_network, ToolsetMemberConfig):
            read_network = self.read_network.to_dict()
        else:
            read_network = self.read_network

        read_page: dict[str, Any] | None | Unset
        if isinstance(self.read_page, Unset):
            read_page = UNSET
        elif isinstance(self.read_page, ToolsetMemberConfig):
            read_page = self.read_page.to_dict()
        else:
            read_page = self.read_page

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

        scroll_to: dict[str, Any] | None | Unset
        if isinstance(self.scroll_to, Unset):
            scroll_to = UNSET
        elif isinstance(self.scroll_to, ToolsetMemberConfig):
            scroll_to = self.scroll_to.to_dict()
        else:
            scroll_to = self.scroll_to

        switch_tab: dict[str, Any] | None | Unset
        if isinstance(self.switch_tab, Unset):
            switch_tab = UNSET
        elif isinstance(self.switch_tab, ToolsetMemberConfig):
            switch_tab = self.switch_tab.to_dict()
        else:
            switch_tab = self.switch_tab

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
        if close_tab is not UNSET:
            field_dict["close_tab"] = close_tab
        if double_click is not UNSET:
            field_dict["double_click"] = double_click
        if file_upload is not UNSET:
            field_dict["file_upload"] = file_upload
        if find is not UNSET:
            field_dict["find"] = find
        if form_input is not UNSET:
            field_dict["form_input"] = form_input
        if get_page_text is not UNSET:
            field_dict["get_page_text"] = get_page_text
        if hold_key is not UNSET:
            field_dict["hold_key"] = hold_key
        if hover is not UNSET:
            field_dict["hover"] = hover
        if javascript_exec is not UNSET:
            field_dict["javascript_exec"] = javascript_exec
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
        if list_tabs is not UNSET:
            field_dict["list_tabs"] = list_tabs
        if middle_click is not UNSET:
            field_dict["middle_click"] = middle_click
        if mouse_move is not UNSET:
            field_dict["mouse_move"] = mouse_move
        if navigate is not UNSET:
            field_dict["navigate"] = navigate
        if new_tab is not UNSET:
            field_dict["new_tab"] = new_tab
        if read_console is not UNSET:
            field_dict["read_console"] = read_console
        if read_network is not UNSET:
            field_dict["read_network"] = read_network
        if read_page is not UNSET:
            field_dict["read_page"] = read_page
        if right_click is not UNSET:
            field_dict["right_click"] = right_click
        if screenshot is not UNSET:
            field_dict["screenshot"] = screenshot
        if scroll is not UNSET:
            field_dict["scroll"] = scroll
        if scroll_to is not UNSET:
            field_dict["scroll_to"] = scroll_to
        if switch_tab is not UNSET:
            field_dict["switch_tab"] = switch_tab
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

        def _parse_close_tab(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                close_tab_type_0 = ToolsetMemberConfig.from_dict(data)

                return close_tab_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        close_tab = _parse_close_tab(d.pop("close_tab", UNSET))

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

        def _parse_file_upload(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                file_upload_type_0 = ToolsetMemberConfig.from_dict(data)

                return file_upload_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        file_upload = _parse_file_upload(d.pop("file_upload", UNSET))

        def _parse_find(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                find_type_0 = ToolsetMemberConfig.from_dict(data)

                return find_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        find = _parse_find(d.pop("find", UNSET))

        def _parse_form_input(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                form_input_type_0 = ToolsetMemberConfig.from_dict(data)

                return form_input_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        form_input = _parse_form_input(d.pop("form_input", UNSET))

        def _parse_get_page_text(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                get_page_text_type_0 = ToolsetMemberConfig.from_dict(data)

                return get_page_text_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        get_page_text = _parse_get_page_text(d.pop("get_page_text", UNSET))

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

        def _parse_hover(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                hover_type_0 = ToolsetMemberConfig.from_dict(data)

                return hover_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        hover = _parse_hover(d.pop("hover", UNSET))

        def _parse_javascript_exec(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                javascript_exec_type_0 = ToolsetMemberConfig.from_dict(data)

                return javascript_exec_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        javascript_exec = _parse_javascript_exec(d.pop("javascript_exec", UNSET))

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

        def _parse_list_tabs(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                list_tabs_type_0 = ToolsetMemberConfig.from_dict(data)

                return list_tabs_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        list_tabs = _parse_list_tabs(d.pop("list_tabs", UNSET))

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

        def _parse_navigate(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                navigate_type_0 = ToolsetMemberConfig.from_dict(data)

                return navigate_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        navigate = _parse_navigate(d.pop("navigate", UNSET))

        def _parse_new_tab(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                new_tab_type_0 = ToolsetMemberConfig.from_dict(data)

                return new_tab_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        new_tab = _parse_new_tab(d.pop("new_tab", UNSET))

        def _parse_read_console(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                read_console_type_0 = ToolsetMemberConfig.from_dict(data)

                return read_console_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        read_console = _parse_read_console(d.pop("read_console", UNSET))

        def _parse_read_network(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                read_network_type_0 = ToolsetMemberConfig.from_dict(data)

                return read_network_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        read_network = _parse_read_network(d.pop("read_network", UNSET))

        def _parse_read_page(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                read_page_type_0 = ToolsetMemberConfig.from_dict(data)

                return read_page_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        read_page = _parse_read_page(d.pop("read_page", UNSET))

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

        def _parse_scroll_to(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                scroll_to_type_0 = ToolsetMemberConfig.from_dict(data)

                return scroll_to_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        scroll_to = _parse_scroll_to(d.pop("scroll_to", UNSET))

        def _parse_switch_tab(data: object) -> None | ToolsetMemberConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                switch_tab_type_0 = ToolsetMemberConfig.from_dict(data)

                return switch_tab_type_0
            return cast("None | ToolsetMemberConfig | Unset", data)

        switch_tab = _parse_switch_tab(d.pop("switch_tab", UNSET))

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

        browser_toolset_configs = cls(
            close_tab=close_tab,
            double_click=double_click,
            file_upload=file_upload,
            find=find,
            form_input=form_input,
            get_page_text=get_page_text,
            hold_key=hold_key,
            hover=hover,
            javascript_exec=javascript_exec,
            key=key,
            left_click=left_click,
            left_click_drag=left_click_drag,
            left_mouse_down=left_mouse_down,
            left_mouse_up=left_mouse_up,
            list_tabs=list_tabs,
            middle_click=middle_click,
            mouse_move=mouse_move,
            navigate=navigate,
            new_tab=new_tab,
            read_console=read_console,
            read_network=read_network,
            read_page=read_page,
            right_click=right_click,
            screenshot=screenshot,
            scroll=scroll,
            scroll_to=scroll_to,
            switch_tab=switch_tab,
            triple_click=triple_click,
            type_=type_,
            wait=wait,
            zoom=zoom,
        )

        browser_toolset_configs.additional_properties = d
        return browser_toolset_configs

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
