"""brand.yml -> Brand: discovery, validation and resolution of the look every writer is given.

The brand sits below the stages: writers, the review page and the pipeline are given a `Brand`
(as they are given the clock); nothing here imports a stage.
"""

from briefings.brand.discover import (
    builtin_brands_dir,
    default_brand_path,
    find_brand,
    list_builtin_brands,
    locate_brand,
    user_brand_path,
)
from briefings.brand.files import describe_brand, init_brand
from briefings.brand.load import check_brand, load_brand, resolve_brand
from briefings.brand.model import (
    BRAND_FILE_NAMES,
    BUILTIN_FAMILY,
    DEFAULT_COLORS,
    PAGE_SIZES,
    SEMANTIC_COLORS,
    Brand,
    FontFace,
    format_reference,
)

__all__ = [
    "BRAND_FILE_NAMES",
    "BUILTIN_FAMILY",
    "DEFAULT_COLORS",
    "PAGE_SIZES",
    "SEMANTIC_COLORS",
    "Brand",
    "FontFace",
    "builtin_brands_dir",
    "check_brand",
    "default_brand_path",
    "describe_brand",
    "find_brand",
    "format_reference",
    "init_brand",
    "list_builtin_brands",
    "load_brand",
    "locate_brand",
    "resolve_brand",
    "user_brand_path",
]
