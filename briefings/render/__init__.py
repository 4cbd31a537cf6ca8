"""Brief -> Markdown (a sandboxed Jinja2 template) -> Blocks; Brief -> the review page."""

from briefings.render.compose import (
    compose_markdown,
    list_templates,
    printable_brief,
    template_source,
)
from briefings.render.layout import layout_blocks
from briefings.render.review import build_review_page

__all__ = [
    "build_review_page",
    "compose_markdown",
    "layout_blocks",
    "list_templates",
    "printable_brief",
    "template_source",
]
