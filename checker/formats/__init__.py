"""Readers: bytes on disk (or stdin) → decoded text → Documents.

Each path is read and decoded once. A reader for a richer format (Markdown, PO, XLIFF, TMX,
TSV) masks what is not prose or maps segments to the file's lines; everything else is plain
text. A path that cannot be read becomes a :class:`~checker.types.ReadError`, never an
exception.
"""

from __future__ import annotations

import errno
import importlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from checker.formats.decoding import DecodeError, decode
from checker.rules.input import UNREADABLE_FILE
from checker.types import ReadError

if TYPE_CHECKING:
    from checker.config import Config
    from checker.document import Document

# File ending → reader module (imported only when a file of that kind is read).
READERS: dict[str, str] = {
    ".md": "checker.formats.markdown",
    ".markdown": "checker.formats.markdown",
    ".tsv": "checker.formats.tsv",
    ".po": "checker.formats.po",
    ".pot": "checker.formats.po",
    ".xlf": "checker.formats.xliff",
    ".xliff": "checker.formats.xliff",
    ".tmx": "checker.formats.tmx",
}
MAX_BYTES = 512 * 1024 * 1024
STDIN = "-"


class ReaderError(Exception):
    """A reader could not make sense of a file (bad XML, missing optional extra...).

    ``code`` is the E code it is reported under (unreadable-file unless a more precise one
    fits).
    """

    def __init__(self, message: str, code: str = UNREADABLE_FILE) -> None:
        super().__init__(message)
        self.code = code


def read_bytes(path: str, stdin_bytes: bytes | None = None) -> bytes | ReadError:
    """The raw bytes of ``path`` (or stdin), or why they could not be read."""
    if path == STDIN:
        return stdin_bytes if stdin_bytes is not None else b""
    try:
        if not os.path.isfile(path):
            if not os.path.exists(path):
                if os.path.islink(path):
                    return ReadError(path, _broken_link(path), UNREADABLE_FILE)
                return ReadError(path, "no such file or folder", UNREADABLE_FILE)
            return ReadError(path, "not a regular file", UNREADABLE_FILE)
        if os.path.getsize(path) > MAX_BYTES:
            return ReadError(
                path, f"file larger than {MAX_BYTES // (1024 * 1024)} MB", UNREADABLE_FILE
            )
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        return ReadError(path, error.strerror or str(error), UNREADABLE_FILE)


def read_text(path: str) -> str:
    """The decoded text of ``path``, or a ReaderError saying why not (without the path)."""
    data = read_bytes(path)
    if isinstance(data, ReadError):
        raise ReaderError(data.message)
    try:
        return decode(data)
    except DecodeError as error:
        raise ReaderError(str(error)) from None


def _broken_link(path: str) -> str:
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
    return "broken symbolic link (its target does not exist)"


def to_documents(
    path: str,
    data: bytes,
    config: Config,
    display_path: str | None = None,
    source_path: str | None = None,
) -> list[Document] | ReadError:
    """Decode ``data`` and build the Documents of the file."""
    shown = display_path or path
    try:
        text = decode(data)
    except DecodeError as error:
        return ReadError(shown, str(error), error.code)
    return text_documents(path, text, config, shown, source_path)


def text_documents(
    path: str,
    text: str,
    config: Config,
    display_path: str | None = None,
    source_path: str | None = None,
) -> list[Document] | ReadError:
    """The Documents of decoded ``text``, read as the ending of ``path`` says."""
    shown = display_path or path
    if source_path is not None:
        module = importlib.import_module("checker.formats.aligned")
        return _call_reader(module, shown, text, config, source_path=source_path)
    module_name = READERS.get(Path(path).suffix.lower())
    if module_name is not None:
        module = importlib.import_module(module_name)
        return _call_reader(module, shown, text, config)
    return [plain_document(text, shown, config)]


def resolve_source_lang(
    config: Config, declared: str | None = None, sources: Iterable[str | None] | None = None
) -> str | None:
    """The source language of one document: every reader calls this, once per document.

    One precedence: an option (``--source-lang``, ``lint_text(source_lang=…)``), then the
    file's own declaration (``declared``: the XLIFF source language, the PO header's
    ``X-Source-Language``, a TMX ``srclang`` other than the target language, a corpus record's
    ``source_lang``), then a configuration file's ``source-lang`` (a project default, which a
    file that says otherwise overrides), then detection on the ``sources`` of a bilingual
    document (:func:`checker.formats.bilingual.guess_language`; None without enough text). A
    detected language is kept even when it is the target language: the sources are then
    English, which the bilingual rules need to know. The result is ``Document.source_lang``;
    rules and analyses read it there and never work it out again.
    """
    if config.source_lang and not config.source_lang_is_default:
        return config.source_lang
    if declared:
        return declared
    if config.source_lang:
        return config.source_lang
    if sources is None:
        return None
    from checker.formats.bilingual import guess_language

    return guess_language(sources)


def plain_document(
    text: str, path: str, config: Config, source_lang: str | None = None
) -> Document:
    """The Document of plain text: only its suppression comments are masked.

    ``source_lang`` is what the input declares (a corpus record's field), resolved against
    the configuration by :func:`resolve_source_lang`.
    """
    from checker.document import Document

    masked: tuple[tuple[int, int], ...] = ()
    if "mtlint:" in text:  # the suppression module is imported only for a text with comments
        from checker.suppress import comment_spans

        masked = comment_spans(text)
    return Document(
        text=text,
        path=path,
        masked=masked,
        source_lang=resolve_source_lang(config, source_lang),
        config=config,
    )


def _call_reader(
    module, path: str, text: str, config: Config, **extra
) -> list[Document] | ReadError:
    try:
        return module.read(text, path, config, **extra)
    except ReaderError as error:
        return ReadError(path, str(error), error.code)


def read_path(
    path: str,
    config: Config,
    stdin_bytes: bytes | None = None,
    display_path: str | None = None,
    source_path: str | None = None,
) -> list[Document] | ReadError:
    """Read, decode and parse one path."""
    data = read_bytes(path, stdin_bytes)
    if isinstance(data, ReadError):
        return data
    return to_documents(path, data, config, display_path or path, source_path)
