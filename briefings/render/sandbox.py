"""Jinja2's sandbox with budgets: a user's template can neither escape nor run for ever.

`SandboxedEnvironment` already refuses `__class__`, `cycler.__init__.__globals__` and the like,
and caps one `range()` at 100,000 items; but nested loops multiply, `'x' * 10**9` builds a
gigabyte, and a recursive macro recurses. Here every `range` step checks the clock, `*` and
`**` are checked before they run, and the output is collected piece by piece against a size
and time budget.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment, safe_range

MAX_SECONDS = 5.0
MAX_OUTPUT_CHARS = 20_000_000
MAX_POWER = 10_000


class BudgetExceeded(SecurityError):
    """A template took longer than MAX_SECONDS or wrote more than MAX_OUTPUT_CHARS."""


class BudgetedEnvironment(SandboxedEnvironment):
    """A sandboxed environment whose renders stop at a deadline and an output size."""

    intercepted_binops = frozenset(["*", "**"])

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.deadline = float("inf")
        self.globals["range"] = self.budgeted_range

    def budgeted_range(self, *args: int) -> Iterator[int]:
        """`range` that checks the clock at every step (nested loops multiply)."""
        for number in safe_range(*args):
            self.check_clock()
            yield number

    def check_clock(self) -> None:
        """Raise BudgetExceeded once the render's deadline has passed."""
        if time.monotonic() > self.deadline:
            raise BudgetExceeded(f"the template ran longer than {MAX_SECONDS:g} s")

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """`*` and `**` only when their result stays small."""
        if operator == "**" and isinstance(right, int) and abs(right) > MAX_POWER:
            raise BudgetExceeded(f"an exponent over {MAX_POWER:,}")
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if (
                    isinstance(sequence, str | list | tuple)
                    and isinstance(count, int)
                    and len(sequence) * count > MAX_OUTPUT_CHARS
                ):
                    raise BudgetExceeded(f"a repetition over {MAX_OUTPUT_CHARS:,} items")
        return super().call_binop(context, operator, left, right)

    def render_within_budget(self, name: str, context: dict[str, Any]) -> str:
        """The template's output, stopped by the time and size budgets."""
        self.deadline = time.monotonic() + MAX_SECONDS
        parts: list[str] = []
        size = 0
        try:
            for part in self.get_template(name).generate(context):
                size += len(part)
                if size > MAX_OUTPUT_CHARS:
                    raise BudgetExceeded(f"the template wrote over {MAX_OUTPUT_CHARS:,} characters")
                self.check_clock()
                parts.append(part)
        except RecursionError:
            raise BudgetExceeded("the template recurses without end") from None
        finally:
            self.deadline = float("inf")
        return "".join(parts)
