"""The shape the code keeps: no module over 400 lines, no function too branched to read.

The limits come from the redesign that gave each rule one home; a test holds them so that a
rule added in a hurry fails here rather than in a later reading of the code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from radon.complexity import cc_visit

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_LINES = 400
MAX_COMPLEXITY = 20  # radon grade C at most: D (21+) is "more than a reader can hold"


def test_the_package_is_found() -> None:
    assert len(MODULES) > 50


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_over_the_line_limit(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{path.name}: {lines} lines"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_function_is_too_complex(path: Path) -> None:
    blocks = cc_visit(path.read_text(encoding="utf-8"))
    too = [f"{b.name}: {b.complexity}" for b in blocks if b.complexity > MAX_COMPLEXITY]
    assert not too, too


def test_the_complexity_check_sees_a_branchy_function() -> None:
    body = "".join(f"    if x == {i}:\n        return {i}\n" for i in range(25))
    (block,) = cc_visit(f"def f(x):\n{body}    return -1\n")
    assert block.complexity > MAX_COMPLEXITY
