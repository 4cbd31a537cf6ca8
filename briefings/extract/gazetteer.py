"""Gazetteer data files -> lookup tables of countries, organisations and places."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from briefings.model import ActorKind


@dataclass(frozen=True)
class Entry:
    """One known actor: canonical name, kind and every surface form that names it."""

    name: str
    kind: ActorKind
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Gazetteer:
    """Known actors and places, indexed by lower-cased surface form."""

    by_surface: dict[str, Entry] = field(default_factory=dict)
    demonyms: dict[str, Entry] = field(default_factory=dict)
    capitals: dict[str, Entry] = field(default_factory=dict)
    regions: frozenset[str] = frozenset()
    subnational: frozenset[str] = frozenset()
    geo_nouns: frozenset[str] = frozenset()
    entries: tuple[Entry, ...] = ()

    def find(self, surface: str) -> Entry | None:
        """The entry named by `surface` (name, other name or demonym), if any."""
        key = fold_surface(surface)
        return self.by_surface.get(key) or self.demonyms.get(key)

    def demonym_owner(self, demonym: str, text: str) -> Entry | None:
        """The country a demonym two countries share ("Congolese") stands for in `text`: the
        one whose name or capital the text uses, else the first listed."""
        key = fold_surface(demonym)
        owners = shared_demonyms().get(key, ())
        if len(owners) < 2:
            return self.demonyms.get(key)
        folded = fold_surface(text)
        named = [
            e
            for e in owners
            if any(
                re.search(rf"\b{re.escape(fold_surface(n))}\b", folded)
                for n in (*e.names, *e.capitals)
            )
        ]
        return named[0] if len(named) == 1 else self.demonyms.get(key)


def fold_surface(surface: str) -> str:
    """Lower-case `surface` and unify apostrophes so lookups ignore them."""
    return surface.replace("\u2019", "'").strip().lower()


def read_data(name: str) -> Any:
    """Parse one YAML file of the package's data directory."""
    text = resources.files("briefings.extract").joinpath("data", name).read_text("utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the countries, organisations and places shipped with the package."""
    entries: list[Entry] = []
    for row in read_data("countries.yaml"):
        entries.append(
            Entry(
                name=row["name"],
                kind="country",
                names=tuple(row.get("names", ())),
                demonyms=tuple(row.get("demonyms", ())),
                capitals=tuple(row.get("capitals", ())),
            )
        )
    for row in read_data("organizations.yaml"):
        entries.append(Entry(name=row["name"], kind=row["kind"], names=tuple(row.get("names", ()))))
    by_surface: dict[str, Entry] = {}
    demonyms: dict[str, Entry] = {}
    capitals: dict[str, Entry] = {}
    for entry in entries:
        for surface in (entry.name, *entry.names):
            by_surface.setdefault(fold_surface(surface), entry)
        for demonym in entry.demonyms:
            demonyms.setdefault(fold_surface(demonym), entry)
        for capital in entry.capitals:
            capitals.setdefault(fold_surface(capital), entry)
    places = read_data("places.yaml")
    return Gazetteer(
        by_surface=by_surface,
        demonyms=demonyms,
        capitals=capitals,
        regions=frozenset(fold_surface(r) for r in places["regions"]),
        subnational=frozenset(fold_surface(r) for r in places["subnational"]),
        geo_nouns=frozenset(places["geo_nouns"]),
        entries=tuple(entries),
    )


@lru_cache(maxsize=1)
def load_cues() -> dict[str, frozenset[str]]:
    """Cue lexicons for statements, each a set of lemmas."""
    data: dict[str, list[str]] = read_data("cues.yaml")
    return {key: frozenset(values) for key, values in data.items()}


@lru_cache(maxsize=1)
def shared_demonyms() -> dict[str, tuple[Entry, ...]]:
    """Demonyms more than one country uses ("Congolese"), with those countries."""
    owners: dict[str, list[Entry]] = {}
    for entry in load_gazetteer().entries:
        for demonym in entry.demonyms:
            owners.setdefault(fold_surface(demonym), []).append(entry)
    return {k: tuple(v) for k, v in owners.items() if len(v) > 1}
