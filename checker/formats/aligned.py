"""Line-aligned pair: ``mtlint check --source src.txt out.txt``.

Line *n* of the source file is the source of line *n* of the translation, the layout of MT
evaluation sets (WMT, FLORES) and of most MT output. Both files must have the same number of
lines; a mismatch is a read error, because every later pair would be misaligned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.formats import ReaderError, read_text
from checker.formats.bilingual import Unit, build_document
from checker.rules.input import MISALIGNED_SOURCE

if TYPE_CHECKING:
    from checker.config import Config
    from checker.document import Document


def read_source(source_path: str) -> str:
    """The decoded text of the source file, or a ReaderError that names it."""
    try:
        return read_text(source_path)
    except ReaderError as error:
        raise ReaderError(f"source {source_path}: {error}") from None


def read(text: str, path: str, config: Config, source_path: str) -> list[Document]:
    """The Document of ``text``, each line aligned with the same line of ``source_path``."""
    return pair_document(text, read_source(source_path), path, config, source_path)


def pair_document(
    text: str,
    source: str | list[str],
    path: str,
    config: Config,
    source_name: str = "source",
) -> list[Document]:
    """The Document of ``text`` aligned line by line with ``source`` (text or lines)."""
    targets = split_lines(text)
    sources = source if isinstance(source, list) else split_lines(source)
    if len(sources) != len(targets):
        raise ReaderError(
            f"{len(targets)} lines but the source {source_name} has {len(sources)}; "
            f"line-aligned files must have the same number of lines",
            code=MISALIGNED_SOURCE,
        )
    units = (
        Unit(target=target, source=source, line=number, key=str(number))
        for number, (source, target) in enumerate(zip(sources, targets, strict=True), start=1)
    )
    return build_document(units, path, config, "aligned")


def split_lines(text: str) -> list[str]:
    """Lines without their endings; a final line break ends the last line, it adds none.

    Only ``\n``, ``\r\n`` and ``\r`` end lines, as in Document: ``str.splitlines`` would
    also split on form feeds and Unicode separators that line-aligned tools do not count.
    """
    if not text:
        return []
    return text.replace("\r\n", "\n").replace("\r", "\n").removesuffix("\n").split("\n")
