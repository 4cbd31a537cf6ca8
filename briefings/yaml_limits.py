"""YAML node graphs -> their expanded size: refuse alias bombs before anything walks them.

An alias (`*a`) makes PyYAML reuse a node, so a few hundred bytes can describe a document of
billions of nodes ("billion laughs"). Building it is cheap, but everything that walks it after
(line recording, schema validation) would run for hours. Brands and briefs are small.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_NODES = 1_000_000


class TooManyNodes(yaml.YAMLError):
    """A YAML document whose aliases expand to more than MAX_NODES nodes."""


def check_expansion(root: Any, limit: int = MAX_NODES) -> None:
    """Raise TooManyNodes when the document under `root` expands to more than `limit` nodes.

    Each distinct node is sized once (memoised by identity), so the check is linear in the
    text even when the expansion is exponential; an alias cycle counts as over the limit.
    """
    sizes: dict[int, int] = {}
    stack: list[tuple[Any, bool]] = [(root, False)]
    open_nodes: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            open_nodes.discard(key)
            size = 1 + sum(sizes[id(child)] for child in _children(node))
            if size > limit:
                raise TooManyNodes(f"its aliases expand to more than {limit:,} values")
            sizes[key] = size
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise TooManyNodes("an alias refers to itself")
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)


def _children(node: Any) -> list[Any]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def load_yaml(text: str) -> Any:
    """`yaml.safe_load(text)` for one document, refusing alias bombs (TooManyNodes)."""
    loader = yaml.SafeLoader(text)  # raises yaml.YAMLError on characters YAML forbids
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        check_expansion(node)
        return loader.construct_document(node)
    finally:
        loader.dispose()
