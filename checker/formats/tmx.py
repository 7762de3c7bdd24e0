"""TMX translation memories, read with translate-toolkit (the optional extra ``mtlint[formats]``).

A ``<tu>`` holds one ``<tuv>`` per language. The target is the variant in ``--target-lang``
(English by default; ``en-US`` and ``en-GB`` count as ``en``); the source is the variant in
``--source-lang``, else the header's ``srclang``, else the only other language of the unit.
Units without a target variant are skipped. Findings point at the target ``<tuv>`` line.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from checker.formats import ReaderError
from checker.formats.bilingual import Unit, build_document, primary_language, toolkit
from checker.formats.xmlstore import parse_store

if TYPE_CHECKING:
    from checker.config import Config
    from checker.document import Document

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def read(text: str, path: str, config: Config) -> list[Document]:
    """The Document of a TMX file, for the language pair the configuration chooses."""
    store = parse_store(toolkit("tmx").tmxfile, text, "TMX")
    declared = primary_language(store.getsourcelanguage())
    # A srclang equal to the target language declares nothing about the other variants.
    source_lang = config.source_lang or (declared if declared != config.target_lang else None)
    units = _units(store.units, config.target_lang, source_lang)
    return build_document(units, path, config, "tmx", source_lang)


def _units(units: list[Any], target_lang: str, source_lang: str | None) -> Iterator[Unit]:
    for unit in units:
        variants: dict[str, Any] = {}
        for node in unit.getlanguageNodes():
            language = primary_language(node.get(XML_LANG) or node.get("lang"))
            if language is not None:
                variants.setdefault(language, node)
        target_node = variants.get(target_lang)
        if target_node is None:
            continue
        source_node = _source_node(variants, target_lang, source_lang, target_node.sourceline)
        yield Unit(
            target=unit.getNodeText(target_node) or "",
            source=unit.getNodeText(source_node) if source_node is not None else None,
            line=target_node.sourceline or 1,
            key=unit.getid() or "",
        )


def _source_node(
    variants: dict[str, Any], target_lang: str, source_lang: str | None, line: int | None
) -> Any:
    if source_lang is not None:
        return variants.get(source_lang)
    others = [lang for lang in variants if lang != target_lang]
    if len(others) > 1:
        raise ReaderError(
            f"line {line}: the unit has variants in {', '.join(sorted(others))}; "
            f"choose the source with --source-lang"
        )
    return variants[others[0]] if others else None
