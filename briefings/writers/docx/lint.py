"""DOCX bytes -> what makes it hard to edit in Word (direct formatting, fake links…)."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
# Run properties that are not a look a style should own: the character style, bold/italic, the
# text's direction and script (w:rtl, w:cs: Arabic and Hebrew runs need them for Word to lay
# them out), its proofing language (Word marks runs typed in another language itself) and
# kerning, which LibreOffice writes on every table cell when it saves a DOCX.
_ALLOWED_RUN_PROPERTIES = {"rStyle", "b", "bCs", "i", "iCs", "rtl", "cs", "lang", "kern"}
_PAGE_FIELDS = ("PAGE", "NUMPAGES")
_FIELD_WORD = re.compile(r"[A-Z]+")
# Fields that cite a bookmark: cross-references and internal hyperlinks (HYPERLINK \l "name").
_REFERENCE_FIELD = re.compile(
    r"\b(?:NOTEREF|PAGEREF|REF|HYPERLINK\s+\\l)\s+\"?([^\s\"\\]+)", re.IGNORECASE
)
_SNIPPET = 40


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


@dataclass(frozen=True)
class LintProblem:
    """One thing in a DOCX that gets in the way of editing it in Word."""

    code: str
    part: str
    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.part}: {self.location}: {self.code}: {self.message}"


@dataclass
class _Style:
    kind: str
    name: str
    based_on: str | None
    num_id: str | None
    underline: bool
    colored: bool
    default: bool


@dataclass
class _Package:
    """The parsed parts the checks read."""

    files: dict[str, bytes]
    document_path: str
    document: Any
    rels: dict[str, tuple[str, str]]  # rId -> (type suffix, part path)
    styles: dict[str, _Style] = field(default_factory=dict)
    # numId -> (abstractNumId, has a startOverride)
    nums: dict[str, tuple[str | None, bool]] = field(default_factory=dict)
    formats: dict[tuple[str, str], str] = field(default_factory=dict)  # (abstract, ilvl) -> numFmt

    def parse(self, path: str) -> Any:
        return etree.fromstring(self.files[path])


def lint_docx(data: bytes) -> list[LintProblem]:
    """Problems in a DOCX that break editing in Word; an empty list means it is clean."""
    try:
        package = _open_package(data)
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as error:
        return [LintProblem("not-a-docx", "(package)", "-", f"cannot read as DOCX: {error}")]
    problems: list[LintProblem] = []
    for path, root in _stories(package):
        problems.extend(_check_runs(package, path, root))
    problems.extend(_check_paragraph_styles(package))
    problems.extend(_check_sections(package))
    problems.extend(_check_list_restarts(package))
    problems.extend(_check_footnotes(package))
    problems.extend(_check_citations(package))
    return problems


# ----------------------------------------------------------------------------- reading


def _open_package(data: bytes) -> _Package:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        files = {
            name: archive.read(name)
            for name in archive.namelist()
            if name.endswith(".xml") or name.endswith(".rels")
        }
    root_rels = etree.fromstring(files["_rels/.rels"])
    target = next(
        rel.get("Target")
        for rel in root_rels.iter(f"{{{_PKG_RELS}}}Relationship")
        if rel.get("Type") == _OFFICE_DOCUMENT
    )
    document_path = target.lstrip("/")
    folder, name = posixpath.split(document_path)
    rels: dict[str, tuple[str, str]] = {}
    rels_path = posixpath.join(folder, "_rels", f"{name}.rels")
    if rels_path in files:
        for rel in etree.fromstring(files[rels_path]).iter(f"{{{_PKG_RELS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            part = posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
            rels[rel.get("Id", "")] = (kind, part.lstrip("/"))
    package = _Package(files, document_path, etree.fromstring(files[document_path]), rels)
    for kind, path in rels.values():
        if kind == "styles" and path in files:
            _read_styles(package, package.parse(path))
        elif kind == "numbering" and path in files:
            _read_numbering(package, package.parse(path))
    return package


def _read_styles(package: _Package, root: Any) -> None:
    for style in root.iter(_w("style")):
        name = style.find(_w("name"))
        based = style.find(_w("basedOn"))
        num_id = style.find(f"{_w('pPr')}/{_w('numPr')}/{_w('numId')}")
        rpr = style.find(_w("rPr"))
        underline = rpr is not None and _is_underlined(rpr)
        colored = rpr is not None and _is_colored(rpr)
        package.styles[style.get(_w("styleId"), "")] = _Style(
            kind=style.get(_w("type"), "paragraph"),
            name="" if name is None else name.get(_w("val"), ""),
            based_on=None if based is None else based.get(_w("val")),
            num_id=None if num_id is None else num_id.get(_w("val")),
            underline=underline,
            colored=colored,
            default=style.get(_w("default")) in ("1", "true", "on"),
        )


def _read_numbering(package: _Package, root: Any) -> None:
    for abstract in root.iter(_w("abstractNum")):
        abstract_id = abstract.get(_w("abstractNumId"), "")
        for level in abstract.iter(_w("lvl")):
            fmt = level.find(_w("numFmt"))
            package.formats[(abstract_id, level.get(_w("ilvl"), "0"))] = (
                "decimal" if fmt is None else fmt.get(_w("val"), "decimal")
            )
    for num in root.iter(_w("num")):
        abstract = num.find(_w("abstractNumId"))
        restarts = num.find(f"{_w('lvlOverride')}/{_w('startOverride')}") is not None
        package.nums[num.get(_w("numId"), "")] = (
            None if abstract is None else abstract.get(_w("val")),
            restarts,
        )


def _stories(package: _Package) -> Iterator[tuple[str, Any]]:
    yield package.document_path, package.document
    for kind, path in package.rels.values():
        if kind in ("header", "footer", "footnotes", "endnotes") and path in package.files:
            yield path, package.parse(path)


def _text(element: Any) -> str:
    return "".join(node.text or "" for node in element.iter(_w("t")))


def _where(index: int, paragraph: Any) -> str:
    text = _text(paragraph).strip()
    if len(text) > _SNIPPET:
        text = text[: _SNIPPET - 1] + "…"
    return f"paragraph {index} ({text!r})" if text else f"paragraph {index}"


def _is_underlined(rpr: Any) -> bool:
    underline = rpr.find(_w("u"))
    return underline is not None and underline.get(_w("val"), "single") != "none"


def _is_colored(rpr: Any) -> bool:
    color = rpr.find(_w("color"))
    return color is not None and color.get(_w("val"), "auto").lower() not in ("auto", "000000")


def _style_chain(package: _Package, style_id: str | None) -> Iterator[_Style]:
    seen: set[str] = set()
    while style_id and style_id in package.styles and style_id not in seen:
        seen.add(style_id)
        style = package.styles[style_id]
        yield style
        style_id = style.based_on


# ----------------------------------------------------------------------------- checks


def _check_runs(package: _Package, path: str, root: Any) -> Iterator[LintProblem]:
    in_link_field = False
    for index, paragraph in enumerate(root.iter(_w("p")), 1):
        direct: set[str] = set()
        fake_link = False
        for run in paragraph.iter(_w("r")):
            for char in run.iter(_w("fldChar")):
                kind = char.get(_w("fldCharType"))
                in_link_field = in_link_field if kind != "end" else False
            instruction = "".join(node.text or "" for node in run.iter(_w("instrText")))
            if instruction.strip().upper().startswith("HYPERLINK"):
                in_link_field = True
            rpr = run.find(_w("rPr"))
            if rpr is None:
                continue
            for child in rpr:
                local = etree.QName(child).localname
                if local not in _ALLOWED_RUN_PROPERTIES:
                    direct.add(local)
            if in_link_field or _inside(run, "hyperlink"):
                continue
            style = rpr.find(_w("rStyle"))
            styled = list(_style_chain(package, None if style is None else style.get(_w("val"))))
            underline = _is_underlined(rpr) or any(s.underline for s in styled)
            colored = _is_colored(rpr) or any(s.colored for s in styled)
            fake_link = fake_link or (underline and colored)
        if direct:
            yield LintProblem(
                "direct-formatting",
                path,
                _where(index, paragraph),
                f"runs carry direct formatting ({', '.join(sorted(direct))}); "
                "use a paragraph or character style",
            )
        if fake_link:
            yield LintProblem(
                "fake-hyperlink",
                path,
                _where(index, paragraph),
                "coloured, underlined text that is not a hyperlink; insert a real link",
            )


def _inside(element: Any, name: str) -> bool:
    return any(ancestor.tag == _w(name) for ancestor in element.iterancestors())


def _check_paragraph_styles(package: _Package) -> Iterator[LintProblem]:
    path = package.document_path
    body = package.document.find(_w("body"))
    if body is None:
        return
    for index, paragraph in enumerate(body.iter(_w("p")), 1):
        if not _text(paragraph).strip():
            continue
        style = paragraph.find(f"{_w('pPr')}/{_w('pStyle')}")
        style_id = None if style is None else style.get(_w("val"))
        if style_id is not None and style_id not in package.styles:
            yield LintProblem(
                "unknown-style",
                path,
                _where(index, paragraph),
                f"style id {style_id!r} is not defined in styles.xml",
            )
        elif style_id is None or package.styles[style_id].default or style_id == "Normal":
            yield LintProblem(
                "unstyled-paragraph",
                path,
                _where(index, paragraph),
                "text in the Normal style; use Body Text or another named style",
            )


def _check_sections(package: _Package) -> Iterator[LintProblem]:
    path = package.document_path
    inherited: dict[tuple[str, str], str] = {}
    sections = list(package.document.iter(_w("sectPr")))
    for number, section in enumerate(sections, 1):
        for tag in ("headerReference", "footerReference"):
            for reference in section.findall(_w(tag)):
                inherited[(tag, reference.get(_w("type"), "default"))] = reference.get(
                    f"{{{R}}}id", ""
                )
        title_page = section.find(_w("titlePg"))
        first = title_page is not None and title_page.get(_w("val"), "1") not in ("0", "false")
        kinds = ("default", "first") if first else ("default",)
        where = f"section {number}"
        for kind in kinds:
            for tag, label in (("headerReference", "header"), ("footerReference", "footer")):
                if (tag, kind) not in inherited:
                    page = "first page" if kind == "first" else "pages"
                    yield LintProblem(
                        f"missing-{label}", path, where, f"no {label} on the section's {page}"
                    )
            parts = [
                package.rels.get(inherited[(tag, kind)], ("", ""))[1]
                for tag in ("headerReference", "footerReference")
                if (tag, kind) in inherited
            ]
            fields = set()
            for part in parts:
                if part in package.files:
                    fields |= _field_names(package.parse(part))
            missing = [name for name in _PAGE_FIELDS if name not in fields]
            if "NUMPAGES" in missing and "SECTIONPAGES" in fields:
                missing.remove("NUMPAGES")
            if missing:
                page = "first page" if kind == "first" else "other pages"
                yield LintProblem(
                    "missing-page-field",
                    path,
                    where,
                    f"header/footer of the {page} lacks {' and '.join(missing)} field(s) "
                    "(Page X of Y)",
                )


def _field_names(root: Any) -> set[str]:
    instructions = [node.get(_w("instr"), "") for node in root.iter(_w("fldSimple"))]
    instructions += [node.text or "" for node in root.iter(_w("instrText"))]
    names: set[str] = set()
    for instruction in instructions:
        words = _FIELD_WORD.findall(instruction.upper())
        if words:
            names.add(words[0])
    return names


def _check_list_restarts(package: _Package) -> Iterator[LintProblem]:
    path = package.document_path
    body = package.document.find(_w("body"))
    if body is None:
        return
    lists: list[tuple[str, int, Any]] = []  # numId, paragraph index, first paragraph
    current: str | None = None
    index = 0
    for child in body:
        if child.tag != _w("p"):
            current = None
            index += sum(1 for _ in child.iter(_w("p")))
            continue
        index += 1
        num_id = _ordered_num_id(package, child)
        if num_id is not None and num_id != current:
            lists.append((num_id, index, child))
        current = num_id
    seen_nums: set[str] = set()
    seen_abstracts: set[str] = set()
    for num_id, position, paragraph in lists:
        abstract, restarts = package.nums.get(num_id, (None, False))
        if num_id in seen_nums or (abstract in seen_abstracts and not restarts):
            yield LintProblem(
                "list-never-restarts",
                path,
                _where(position, paragraph),
                "numbered list continues an earlier list's numbering; give it its own w:num "
                "with a startOverride",
            )
        seen_nums.add(num_id)
        if abstract is not None:
            seen_abstracts.add(abstract)


def _check_footnotes(package: _Package) -> Iterator[LintProblem]:
    """Two footnotes quoting the same text: the second copy should be a cross-reference."""
    for kind, path in package.rels.values():
        if kind != "footnotes" or path not in package.files:
            continue
        first: dict[str, str] = {}
        for note in package.parse(path).iter(_w("footnote")):
            if note.get(_w("type")) not in (None, "normal"):
                continue  # separators
            text = " ".join(_text(note).split())
            note_id = note.get(_w("id"), "?")
            if text and text in first:
                yield LintProblem(
                    "duplicate-footnote",
                    path,
                    f"footnote {note_id} ({_snippet(text)!r})",
                    f"same text as footnote {first[text]}; cite it with a cross-reference "
                    "(NOTEREF) instead of a copy",
                )
            first.setdefault(text, note_id)


def _check_citations(package: _Package) -> Iterator[LintProblem]:
    """Every internal link or reference field finds its bookmark; every bookmark is cited."""
    bookmarks: dict[str, str] = {}  # name -> part
    cited: dict[str, tuple[str, str]] = {}  # name -> (part, where)
    for path, root in _stories(package):
        for mark in root.iter(_w("bookmarkStart")):
            bookmarks.setdefault(mark.get(_w("name"), ""), path)
        for index, paragraph in enumerate(root.iter(_w("p")), 1):
            for name in _cited_names(paragraph):
                cited.setdefault(name, (path, _where(index, paragraph)))
    for name, (path, where) in cited.items():
        if name not in bookmarks:
            yield LintProblem(
                "broken-citation",
                path,
                where,
                f"links to bookmark {name!r}, which the document does not have",
            )
    for name, path in bookmarks.items():
        # Names starting with _ are Word's own (_GoBack, _Toc…, _Ref…), managed by Word.
        if name and not name.startswith("_") and name not in cited:
            yield LintProblem(
                "uncited-bookmark",
                path,
                f"bookmark {name!r}",
                "nothing links to it; cite it or delete the bookmark",
            )


def _cited_names(paragraph: Any) -> Iterator[str]:
    for link in paragraph.iter(_w("hyperlink")):
        anchor = link.get(_w("anchor"))
        if anchor:
            yield anchor
    instructions = [node.get(_w("instr"), "") for node in paragraph.iter(_w("fldSimple"))]
    instructions.append("".join(node.text or "" for node in paragraph.iter(_w("instrText"))))
    for instruction in instructions:
        yield from _REFERENCE_FIELD.findall(instruction)


def _snippet(text: str) -> str:
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def _ordered_num_id(package: _Package, paragraph: Any) -> str | None:
    num_pr = paragraph.find(f"{_w('pPr')}/{_w('numPr')}")
    num_id = level = None
    if num_pr is not None:
        num = num_pr.find(_w("numId"))
        lvl = num_pr.find(_w("ilvl"))
        num_id = None if num is None else num.get(_w("val"))
        level = None if lvl is None else lvl.get(_w("val"))
    if num_id is None:
        style = paragraph.find(f"{_w('pPr')}/{_w('pStyle')}")
        for entry in _style_chain(package, None if style is None else style.get(_w("val"))):
            if entry.num_id is not None:
                num_id = entry.num_id
                break
    if num_id is None or num_id == "0":
        return None
    abstract, _ = package.nums.get(num_id, (None, False))
    fmt = package.formats.get((abstract or "", level or "0"), "decimal")
    return None if fmt in ("bullet", "none") else num_id
