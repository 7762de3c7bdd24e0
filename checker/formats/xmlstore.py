"""Parsing an XML translation file (XLIFF, TMX) with translate-toolkit, errors made one line."""

from __future__ import annotations

import re
from typing import Any

from checker.formats import ReaderError
from checker.formats.bilingual import error_line

# The text was decoded once already; lxml gets it back as UTF-8 bytes, so an XML declaration
# that names another encoding is made to say UTF-8 (it stays on its line).
_DECLARED_ENCODING = re.compile(r"""(<\?xml[^>]*?encoding\s*=\s*)(["'])[\w.:-]+\2""")


def parse_store(store_class: Any, text: str, kind: str) -> Any:
    """``store_class`` (a toolkit store) parsed from ``text``, or a ReaderError."""
    from lxml import etree

    head, rest = text[:200], text[200:]
    data = (_DECLARED_ENCODING.sub(r"\1\2UTF-8\2", head, count=1) + rest).encode("utf-8")
    try:
        return store_class(data)
    except etree.XMLSyntaxError as error:
        raise ReaderError(f"not well-formed XML: {error_line(error)}") from None
    except StopIteration:
        raise ReaderError(f"not a valid {kind} file: no {kind} content found") from None
    except (ValueError, AttributeError, IndexError, KeyError) as error:
        raise ReaderError(f"not a valid {kind} file: {error_line(error)}") from None
