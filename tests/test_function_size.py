"""No function in the package over 80 lines unless a comment in it says why it is one piece.

A long function is a sign that it holds two jobs (../shared/STYLE.md); the exception is written
where it is made, as a comment starting `# one piece:` inside the function. A docstring does not
count: a command's docstring is its `--help` page, documentation rather than code.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefings"
LIMIT = 80
MARK = "# one piece:"


def long_functions(source: str, limit: int = LIMIT) -> list[tuple[str, int, int]]:
    """(name, first line, length) of each function over `limit` lines without the mark."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            end = node.end_lineno or node.lineno
            length = end - node.lineno + 1
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                length -= (first.end_lineno or first.lineno) - first.lineno + 1  # the docstring
            body = lines[node.lineno - 1 : end]
            if length > limit and not any(line.strip().startswith(MARK) for line in body):
                found.append((node.name, node.lineno, length))
    return found


def test_no_function_over_the_limit() -> None:
    problems = [
        f"{path.relative_to(PACKAGE.parent)}:{line} {name} has {length} lines"
        for path in sorted(PACKAGE.rglob("*.py"))
        for name, line, length in long_functions(path.read_text(encoding="utf-8"))
    ]
    assert not problems, "split these, or say why each is one piece:\n" + "\n".join(problems)


def test_the_check_sees_a_long_function_and_its_reason() -> None:
    body = "".join(f"    x{i} = {i}\n" for i in range(LIMIT))
    assert long_functions(f"def f():\n{body}") == [("f", 1, LIMIT + 1)]
    assert long_functions(f"def f():\n    {MARK} a table of cases\n{body}") == []
    assert long_functions(f"def f():\n{body[: -len(body) // LIMIT * 2]}") == []
    docstring = '    """Help.\n\n' + "    More help.\n" * 30 + '    """\n'
    assert long_functions(f"def f():\n{docstring}{body[: -len(body) // LIMIT * 2]}") == []
    assert long_functions(f"def f():\n{docstring}{body}") == [("f", 1, LIMIT + 1)]
