from typing import Literal

SkillType = Literal["anthropic", "custom"]

SKILL_TYPE_VALUES: set[SkillType] = {
    "anthropic",
    "custom",
}


def check_skill_type(value: str) -> SkillType:
    if value in SKILL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SKILL_TYPE_VALUES!r}")
