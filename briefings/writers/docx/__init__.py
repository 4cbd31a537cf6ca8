"""Blocks -> DOCX bytes with python-docx (real Word styles, numbering, notes), and its lint."""

from briefings.writers.docx.lint import lint_docx
from briefings.writers.docx.writer import render_docx, write_docx

__all__ = ["lint_docx", "render_docx", "write_docx"]
