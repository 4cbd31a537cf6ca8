"""Blocks -> PDF bytes with ReportLab: styles from the brand, page furniture, font fallback."""

from briefings.writers.pdf.fonts import uncovered_characters
from briefings.writers.pdf.writer import write_pdf

__all__ = ["uncovered_characters", "write_pdf"]
