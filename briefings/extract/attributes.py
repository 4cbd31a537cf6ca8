"""The model's attribute_ruler patterns -> the same POS, morphology and lemma exceptions, faster.

spaCy's AttributeRuler runs a Matcher of every pattern at every token (~8 ms on a 3,000-character
article). Its patterns are single-token tests of TAG, LOWER, DEP and IS_SPACE (plus a few
two-token ones), so indexing them by tag and by lower-cased word finds the same matches at a
fraction of the cost. The results are applied in the ruler's own order (pattern, then position),
so the annotations are identical; a pattern using anything else keeps the original ruler.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

Test = Callable[[Token], bool]
_READERS: dict[str, Callable[[Token], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}


class UnsupportedPattern(ValueError):
    """A pattern this indexer cannot evaluate exactly; the original ruler is kept."""


def compile_test(attr: str, value: Any) -> Test:
    """One token test of a Matcher pattern: exact value, IN, NOT_IN or REGEX."""
    read = _READERS.get(attr)
    if read is None:
        raise UnsupportedPattern(attr)
    if isinstance(value, dict):
        if set(value) == {"IN"}:
            allowed = frozenset(value["IN"])
            return lambda t: read(t) in allowed
        if set(value) == {"NOT_IN"}:
            banned = frozenset(value["NOT_IN"])
            return lambda t: read(t) not in banned
        if set(value) == {"REGEX"}:
            regex = re.compile(value["REGEX"])  # the Matcher uses re.search too
            return lambda t: regex.search(read(t)) is not None
        raise UnsupportedPattern(str(value))
    return lambda t: read(t) == value


def _keys(spec: dict[str, Any], attr: str) -> list[str] | None:
    """Exact values of `attr` a token must have to match `spec`, or None when unconstrained."""
    value = spec.get(attr)
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return [str(v) for v in value["IN"]]
    return None


# (rule, offset of the token that gets the attributes, tests of each token of the pattern)
Rule = tuple[int, int, list[list[Test]]]
# What a single-token test can read of a token: the rules that match depend on nothing else.
Signature = tuple[str, str, str, bool]
_CACHE_SIZE = 50_000


class RuleIndex:
    """Rules looked up by their first token's TAG, LOWER or DEP, whichever the pattern fixes."""

    def __init__(self) -> None:
        self.keyed: dict[tuple[str, str], list[Rule]] = {}
        self.anywhere: list[Rule] = []

    def add(self, first: dict[str, Any], rule: Rule) -> None:
        """File `rule` under the values its first token must have."""
        for attr in ("TAG", "LOWER", "DEP"):
            keys = _keys(first, attr)
            if keys is not None:
                for key in keys:
                    self.keyed.setdefault((attr, key), []).append(rule)
                return
        self.anywhere.append(rule)

    def candidates(self, token: Token) -> list[Rule]:
        """Rules whose first token may be `token`."""
        keyed = self.keyed
        return [
            *keyed.get(("TAG", token.tag_), ()),
            *keyed.get(("LOWER", token.lower_), ()),
            *keyed.get(("DEP", token.dep_), ()),
            *self.anywhere,
        ]


class IndexedAttributes:
    """AttributeRuler semantics with the patterns indexed by their first token.

    Which single-token rules match depends only on a token's tag, lower form, dependency and
    whether it is a space, so the answer is remembered per such signature.
    """

    def __init__(self) -> None:
        self.single = RuleIndex()
        self.longer = RuleIndex()
        self.attrs: list[dict[int, Any]] = []
        self.known: dict[Signature, tuple[int, ...]] = {}

    def load(self, ruler: AttributeRuler) -> None:
        """Index every pattern of `ruler`; UnsupportedPattern if one cannot be evaluated exactly."""
        entries: list[dict[str, Any]] = list(ruler.patterns)  # spaCy's typing is looser
        for rule, (entry, index) in enumerate(zip(entries, ruler.indices, strict=True)):
            patterns: list[list[dict[str, Any]]] = entry["patterns"]
            for pattern in patterns:
                tests = [[compile_test(a, v) for a, v in spec.items()] for spec in pattern]
                target = index if index >= 0 else len(pattern) + index
                into = self.single if len(pattern) == 1 else self.longer
                into.add(pattern[0], (rule, target, tests))
        self.attrs = list(ruler.attrs)
        self.known.clear()

    def single_matches(self, token: Token) -> tuple[int, ...]:
        """Single-token rules matching `token`, remembered by signature."""
        signature = (token.tag_, token.lower_, token.dep_, token.is_space)
        found = self.known.get(signature)
        if found is None:
            found = tuple(
                rule
                for rule, _, tests in self.single.candidates(token)
                if all(test(token) for test in tests[0])
            )
            if len(self.known) >= _CACHE_SIZE:
                self.known.clear()
            self.known[signature] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes of every matching rule, later rules overriding earlier ones."""
        matches: set[tuple[int, int]] = set()
        size = len(doc)
        for token in doc:
            start = token.i
            for rule in self.single_matches(token):
                matches.add((rule, start))
            for rule, target, tests in self.longer.candidates(token):
                if start + len(tests) <= size and all(
                    test(doc[start + k]) for k in range(len(tests)) for test in tests[k]
                ):
                    matches.add((rule, start + target))
        for rule, i in sorted(matches):
            set_token_attrs(doc[i], self.attrs[rule])
        return doc


@Language.factory("indexed_attributes")
def make_indexed_attributes(nlp: Language, name: str) -> IndexedAttributes:
    """An empty indexed attribute component, filled from the model's ruler by `load`."""
    return IndexedAttributes()


def speed_up_attributes(nlp: Language) -> None:
    """Replace the pipeline's attribute_ruler with its indexed equivalent, when it has one."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return
    try:
        IndexedAttributes().load(ruler)
    except UnsupportedPattern:
        return
    fast = nlp.replace_pipe("attribute_ruler", "indexed_attributes")
    assert isinstance(fast, IndexedAttributes)
    fast.load(ruler)
