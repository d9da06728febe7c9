"""One table decides which characters never reach a person raw; the three places that
show outside text (a question's name, a new version's file name, the command line)
each apply it in their own way, and agree on what is unsafe."""

from __future__ import annotations

import pytest

from oppfolging_gui.commands._output import terminal_safe
from oppfolging_gui.core.untrusted import one_line
from oppfolging_gui.core.versions import version_file_name

RLO = "\u202e"  # right-to-left override: "Kari<RLO>fdp.exe" reads as another name
ESC = "\x1b"


def _file_name_for(name: str, filled_plan) -> str:
    filled_plan.key_info.employee.first_name = name
    filled_plan.key_info.employee.last_name = "Nordmann"
    return version_file_name(filled_plan)


@pytest.mark.parametrize("invisible", [RLO, "\u200b", "\u2066"])
def test_an_invisible_character_is_left_out_everywhere(invisible, filled_plan):
    assert one_line(f"Kari{invisible}fdp") == "Karifdp"
    assert terminal_safe(f"Kari{invisible}fdp") == "Karifdp"
    assert "Karifdp Nordmann" in _file_name_for(f"Kari{invisible}fdp", filled_plan)


@pytest.mark.parametrize("control", [ESC, "\x9b", "\u2028"])
def test_a_control_character_is_never_written_raw(control, filled_plan):
    assert control not in one_line(f"Kari{control}Nordmann")
    assert terminal_safe(f"Kari{control}Nordmann") == "Kari\ufffdNordmann"  # something was there
    assert "Kari Nordmann Nordmann" in _file_name_for(f"Kari{control}Nordmann", filled_plan)
