"""Problems a person can fix in a brand file: YAML with line numbers, unknown keys, bad values."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from briefings.brand.spec import BrandFile

Key = tuple[str | int, ...]


# --------------------------------------------------------------------------- problems


@dataclass
class Problems:
    """Every problem found in one brand file, each as `file:line: key.path: what to fix`."""

    path: Path
    lines: dict[Key, int] = field(default_factory=dict)
    found: list[tuple[int, str]] = field(default_factory=list)

    @property
    def messages(self) -> list[str]:
        """The problems in the order of the file's lines, whole-file problems first."""
        return [message for _, message in sorted(self.found, key=lambda item: item[0])]

    def add(self, key: Key, message: str, line: int | None = None) -> None:
        """Record a problem at `key`, the path of keys leading to it in the YAML."""
        line = line or self.line_of(key)
        where = f"{self.path}:{line}" if line else str(self.path)
        dotted = format_key(key)
        text = " ".join(message.split())
        self.found.append(
            (line or 0, f"{where}: {dotted}: {text}" if dotted else f"{where}: {text}")
        )

    def line_of(self, key: Key) -> int | None:
        """The line of `key`, or of its nearest parent that the file spells out."""
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return None


def format_key(key: Key) -> str:
    """`("typography", "fonts", 0, "family")` -> `typography.fonts[0].family`."""
    text = ""
    for part in key:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def suggest(word: str, known: list[str]) -> str:
    """` (did you mean X?)` for a near miss, else the list of what is known."""
    close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    if close:
        return f" (did you mean {close[0]}?)"
    return f" (expected one of: {', '.join(known)})" if known else ""


# --------------------------------------------------------------------------- YAML


def read_yaml(text: str, problems: Problems) -> Any:
    """Parse YAML text, recording each key's line; a syntax error is recorded with its line."""
    import yaml

    from briefings.yaml_limits import check_expansion

    loader: yaml.SafeLoader | None = None
    try:
        loader = yaml.SafeLoader(text)  # raises on characters YAML forbids (controls)
        node = loader.get_single_node()
        if node is None:
            return None
        check_expansion(node)
        _record_lines(node, (), problems)
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        what = " ".join(part for part in (error.context, error.problem) if part)
        problems.add((), f"not valid YAML: {what or error}", mark.line + 1 if mark else None)
    except yaml.YAMLError as error:
        problems.add((), f"not valid YAML: {error}")
    finally:
        if loader is not None:
            loader.dispose()
    return None


def _record_lines(node: Any, key: Key, problems: Problems) -> None:
    import yaml

    if len(key) > 20:  # a recursive YAML alias; nothing in a brand file nests this deep
        return
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            name = str(key_node.value)
            line = key_node.start_mark.line + 1
            if name in seen:
                problems.lines[(*key, name)] = line
                problems.add(
                    (*key, name),
                    f"appears twice (lines {seen[name]} and {line}); only the last one would count",
                )
            seen[name] = line
            problems.lines[(*key, name)] = line
            _record_lines(value_node, (*key, name), problems)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            problems.lines[(*key, index)] = item.start_mark.line + 1
            _record_lines(item, (*key, index), problems)


# --------------------------------------------------------------------------- validation


def validate_brand_file(data: Any, problems: Problems) -> BrandFile | None:
    """Check `data` against the schema, recording every problem; the spec when usable."""
    if not isinstance(data, dict):
        problems.add((), "a brand file is a YAML mapping with at least `meta: {name: …}`")
        return None
    data = _drop_unknown_keys(data, BrandFile, (), problems)
    removed: set[Key] = set()
    for _ in range(3):
        try:
            return BrandFile.model_validate(data)
        except ValidationError as error:
            dropped = False
            for item in error.errors():
                loc = tuple(part for part in item["loc"] if isinstance(part, str | int))
                if loc not in removed:
                    problems.add(loc, _describe(item))
                if item["type"] != "missing" and _mark_removed(data, loc):
                    removed.add(loc)
                    dropped = True
            if not dropped:
                return None
            # Without the bad values the rest can still be checked: files, colours, fonts.
            data = _purge_removed(data)
    return None


_REMOVED = object()


def _describe(item: Any) -> str:
    kind = item["type"]
    if kind == "missing":
        return "required key is missing"
    if kind == "extra_forbidden":
        return "unknown key"
    message = str(item["msg"])
    if kind == "value_error":
        return message.removeprefix("Value error, ")
    return f"{message} (got {item.get('input')!r})"


def _mark_removed(data: Any, loc: Key) -> bool:
    parent = data
    for part in loc[:-1]:
        try:
            parent = parent[part]
        except (KeyError, IndexError, TypeError):
            return False
    last = loc[-1] if loc else None
    if isinstance(parent, dict) and last in parent:
        parent[last] = _REMOVED
        return True
    if isinstance(parent, list) and isinstance(last, int) and last < len(parent):
        parent[last] = _REMOVED
        return True
    return False


def _purge_removed(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _purge_removed(v) for k, v in data.items() if v is not _REMOVED}
    if isinstance(data, list):
        return [_purge_removed(v) for v in data if v is not _REMOVED]
    return data


def _drop_unknown_keys(data: Any, model: type[BaseModel], key: Key, problems: Problems) -> Any:
    if not isinstance(data, dict):
        return data
    fields = {(info.alias or name): info.annotation for name, info in model.model_fields.items()}
    kept: dict[Any, Any] = {}
    for name, value in data.items():
        if name not in fields:
            problems.add((*key, str(name)), "unknown key" + suggest(str(name), list(fields)))
            continue
        kept[name] = _drop_unknown_nested(value, fields[name], (*key, str(name)), problems)
    return kept


def _drop_unknown_nested(value: Any, annotation: Any, key: Key, problems: Problems) -> Any:
    origin = get_origin(annotation)
    if origin is Annotated:
        return _drop_unknown_nested(value, get_args(annotation)[0], key, problems)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _drop_unknown_keys(value, annotation, key, problems)
    if origin in (Union, UnionType):
        models = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(models) == 1:
            return _drop_unknown_nested(value, models[0], key, problems)
        return value
    if origin is list and isinstance(value, list):
        (item,) = get_args(annotation)
        return [_drop_unknown_nested(v, item, (*key, i), problems) for i, v in enumerate(value)]
    if origin is dict and isinstance(value, dict):
        item = get_args(annotation)[1]
        return {
            k: _drop_unknown_nested(v, item, (*key, str(k)), problems) for k, v in value.items()
        }
    return value
