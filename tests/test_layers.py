"""The package's shape: layers imported only downwards, no sideways stages, no import circles.

Read from the source with `ast`, lazy imports inside functions and `TYPE_CHECKING` imports
included: a lazy import still ties two modules together, it only hides the tie from start-up.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "briefings"

# Bottom to top. A module may import its own group and any group of a lower layer; groups of
# one layer are independent of each other (stages talk through `model` and `blocks` types).
BOTTOM = (  # one group: the types every stage shares and two leaf helpers
    "briefings",
    "briefings.model",
    "briefings.blocks",
    "briefings.errors",
    "briefings.resources",
    "briefings.yaml_limits",
)
LAYERS: tuple[tuple[str, ...], ...] = (
    ("bottom",),
    ("briefings.brand",),
    ("briefings.read", "briefings.extract", "briefings.render", "briefings.writers"),
    ("briefings.pipeline", "briefings.deliver"),
    ("briefings.batch", "briefings.evaluate"),
    ("briefings.cli",),
    ("briefings.__main__",),
)
GROUPS = {group: layer for layer, groups in enumerate(LAYERS) for group in groups}
STAGE_PACKAGES = ("read", "extract", "render", "writers", "brand", "batch", "evaluate", "deliver")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def group_of(module: str) -> str:
    """The longest declared group that `module` belongs to."""
    if module in BOTTOM:
        return "bottom"
    candidates = [g for g in GROUPS if module == g or module.startswith(g + ".")]
    if not candidates:
        raise AssertionError(f"{module} belongs to no layer: add it to LAYERS")
    return max(candidates, key=len)


def imports_of(module: str) -> Iterator[tuple[str, int]]:
    """(imported briefings module, line) for every import in `module`, however deep."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "briefings":
                    yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if base.split(".")[0] != "briefings":
                continue
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                yield (submodule if submodule in MODULES else base), node.lineno


def test_every_module_has_a_layer() -> None:
    for module in MODULES:
        group_of(module)


def layer_violation(importer: str, imported: str) -> str | None:
    """Why `importer` may not import `imported`, or None when the layers allow it."""
    group, target = group_of(importer), group_of(imported)
    if target == group or GROUPS[target] < GROUPS[group]:
        return None
    return f"{group} (layer {GROUPS[group]}) may not import {target} (layer {GROUPS[target]})"


def find_circle(graph: dict[str, list[str]]) -> list[str] | None:
    """One import circle of `graph` (module -> imported modules) as a path, or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 finished
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for nxt in graph.get(module, []):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (circle := visit(nxt)):
                return circle
        path.pop()
        state[module] = 2
        return None

    for module in sorted(graph):
        if module not in state and (circle := visit(module)):
            return circle
    return None


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_go_down_the_layers(module: str) -> None:
    for imported, line in imports_of(module):
        assert imported in MODULES, f"{module}:{line} imports {imported}, which does not exist"
        problem = layer_violation(module, imported)
        assert problem is None, f"{module}:{line} imports {imported}: {problem}"


def test_no_import_circles() -> None:
    graph = {module: sorted({m for m, _ in imports_of(module)}) for module in MODULES}
    circle = find_circle(graph)
    assert circle is None, "import circle: " + " -> ".join(circle or [])


def test_the_checks_can_fail() -> None:
    """Sideways, upward and circular imports are each caught by the rules above."""
    assert layer_violation("briefings.writers.pdf.writer", "briefings.read.sources")
    assert layer_violation("briefings.extract.rules", "briefings.render.compose")
    assert layer_violation("briefings.model", "briefings.pipeline")
    assert layer_violation("briefings.brand.load", "briefings.writers.pdf.fonts")
    assert layer_violation("briefings.pipeline", "briefings.writers.pdf.fonts") is None
    assert layer_violation("briefings.read.fetch", "briefings.read.limits") is None
    assert find_circle({"a": ["b"], "b": ["c"], "c": ["a"], "d": []}) == ["a", "b", "c", "a"]
    assert find_circle({"a": ["b"], "b": [], "c": ["a", "b"]}) is None
    with pytest.raises(AssertionError, match="no layer"):
        group_of("briefings.nowhere")


@pytest.mark.parametrize("package", STAGE_PACKAGES)
def test_each_package_states_its_contract(package: str) -> None:
    init = PACKAGE / package / "__init__.py"
    docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
    assert docstring, f"{init} has no docstring"
    assert len(docstring.splitlines()[0]) <= 100


def test_the_root_holds_only_the_bottom_and_the_pipeline() -> None:
    root = sorted(p.stem for p in PACKAGE.glob("*.py"))
    assert root == [
        "__init__",
        "__main__",
        "blocks",
        "errors",
        "model",
        "pipeline",
        "resources",
        "yaml_limits",
    ]
