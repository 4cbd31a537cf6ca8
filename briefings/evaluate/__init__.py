"""Briefs vs gold annotations -> precision, recall and F1 per section, attribution and stance."""

from briefings.evaluate.score import evaluate_corpus
from briefings.evaluate.scores import format_report

__all__ = ["evaluate_corpus", "format_report"]
