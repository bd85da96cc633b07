"""The HTML markup a descriptor's text may carry, as patterns: the list reader and the language analysis both
leave it out."""

from __future__ import annotations

# Any tag, opening or closing.
HTML_TAG = r"<\s*/?[A-Za-z][A-Za-z0-9]*\b[^<>]*>"
# A character reference of HTML: "&amp;", "&#8217;", "&#x2019;" (a named one is one only when HTML defines it).
CHARACTER_REFERENCE = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
