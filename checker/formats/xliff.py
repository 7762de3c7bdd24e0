"""XLIFF 1.2 and 2.x, read with translate-toolkit (the optional extra ``mtlint[formats]``).

Each ``<trans-unit>`` (1.2) or ``<segment>`` (2.x) with a non-empty ``<target>`` is a segment;
the file's ``source-language`` (1.2) or ``srcLang`` (2.x) is the source language, and a
declared target language other than the one mtlint checks is a read error. Inline codes
(``<g>``, ``<pc>``, ``<ph>``...) are markup that the format itself protects: segments hold
their text only. Findings point at the line of the ``<target>`` element.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from checker.formats.bilingual import (
    Unit,
    build_document,
    check_target_language,
    primary_language,
    toolkit,
)
from checker.formats.xmlstore import parse_store

if TYPE_CHECKING:
    from checker.config import Config
    from checker.document import Document

XLIFF2_NAMESPACE = "urn:oasis:names:tc:xliff:document:2."


def read(text: str, path: str, config: Config) -> list[Document]:
    """The Document of an XLIFF file (version 1.2 or 2.x)."""
    if XLIFF2_NAMESPACE in text[:4096]:
        store_class = toolkit("xliff2").Xliff2File
    else:
        store_class = toolkit("xliff").xlifffile
    store = parse_store(store_class, text, "XLIFF")
    check_target_language(store.gettargetlanguage(), config, "the XLIFF file")
    source_lang = primary_language(store.getsourcelanguage())
    return build_document(_units(store.units), path, config, "xliff", source_lang)


def _units(units: list[Any]) -> Iterator[Unit]:
    for unit in units:
        if unit.isheader() or not unit.istranslatable():
            continue
        target = unit.target
        if not target:
            continue
        nodes = unit.getlanguageNodes()
        element = nodes[1] if len(nodes) > 1 else unit.xmlelement
        yield Unit(
            target=str(target),
            source=str(unit.source) if unit.source is not None else None,
            line=element.sourceline or 1,
            key=unit.getid() or "",
        )
