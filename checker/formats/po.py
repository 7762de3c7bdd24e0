"""Gettext PO files, read with translate-toolkit (the optional extra ``mtlint[formats]``).

Each translated ``msgstr`` is a segment whose source is its ``msgid`` (``msgid_plural`` for
the plural forms after the first). Fuzzy entries are skipped by default: their translation
is a guess that the translator has not confirmed. The header, obsolete (``#~``) entries and
empty translations are skipped too. Findings point at the ``msgstr`` line of the entry.
The header's ``Language`` is the target language; a ``X-Source-Language`` header, when a
tool wrote one, gives the source language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from checker.formats import ReaderError
from checker.formats.bilingual import (
    Unit,
    build_document,
    check_target_language,
    error_line,
    primary_language,
    toolkit,
)

if TYPE_CHECKING:
    from checker.config import Config
    from checker.document import Document

# The text was decoded once already (UTF-8 or UTF-16); the toolkit gets it back as UTF-8,
# so a header that declares another charset is made to say UTF-8 (same line, same length
# of the rest of the file).
_CHARSET = re.compile(r"(Content-Type:[^\"\n]*charset=)[\w.:-]+", re.IGNORECASE)
_MSGSTR = re.compile(r"msgstr(?:\[(\d+)\])?\s")


def read(text: str, path: str, config: Config, include_fuzzy: bool = False) -> list[Document]:
    """The Document of a PO or POT file."""
    pypo = toolkit("pypo")
    from translate.storage.poparser import PoParseError

    data = _CHARSET.sub(r"\1UTF-8", text, count=1).encode("utf-8")
    try:
        store = pypo.pofile(data)
    except (PoParseError, ValueError, UnicodeDecodeError) as error:
        raise ReaderError(f"not a valid PO file: {error_line(error)}") from None
    header = store.parseheader()
    check_target_language(header.get("Language"), config, "the PO header")
    source_lang = primary_language(header.get("X-Source-Language"))
    units = _units(store.units, text.splitlines(), include_fuzzy)
    return build_document(units, path, config, "po", source_lang)


def _units(po_units: list[Any], lines: list[str], include_fuzzy: bool) -> Iterator[Unit]:
    cursor = 0  # entries come in file order: the msgstr search only moves forward
    for po_unit in po_units:
        if po_unit.isheader() or po_unit.isobsolete() or not po_unit.istranslatable():
            continue
        if po_unit.isfuzzy() and not include_fuzzy:
            continue
        cursor = max(cursor, (po_unit.line_number or 1) - 1)
        context = po_unit.getcontext()
        if po_unit.hasplural():
            sources = [str(s) for s in po_unit.source.strings]
            targets = [str(t) for t in po_unit.target.strings]
        else:
            sources, targets = [po_unit.source], [po_unit.target or ""]
        for index, target in enumerate(targets):
            line, cursor = _msgstr_line(lines, cursor, index if po_unit.hasplural() else None)
            source = sources[min(index, len(sources) - 1)]
            key = f"{context}\x04{sources[0]}" if context else sources[0]
            if po_unit.hasplural():
                key = f"{key}[{index}]"
            yield Unit(target=target, source=source, line=line, key=key)


def _msgstr_line(lines: list[str], cursor: int, index: int | None) -> tuple[int, int]:
    """The 1-based line of the next ``msgstr`` (``msgstr[index]``) from ``cursor`` on."""
    for number in range(cursor, len(lines)):
        match = _MSGSTR.match(lines[number])
        if match is None:
            continue
        if index is None or match.group(1) == str(index):
            return number + 1, number + 1
    return cursor + 1, cursor
