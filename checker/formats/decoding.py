"""Decoding without guessing: UTF-8 (BOM or not) and UTF-16 with a BOM.

Anything else is an error that names the byte offset of the first bad byte, so the user can
find it; a silent guess (Latin-1 looks like anything) would give wrong text and offsets.
"""

from __future__ import annotations

import codecs

from checker.rules.input import BINARY_FILE, UNDECODABLE_FILE

BINARY_SNIFF = 8192


class DecodeError(ValueError):
    """Bytes that are not text mtlint can read; the message is one line for the user."""

    code = UNDECODABLE_FILE


class BinaryFileError(DecodeError):
    """Bytes with NUL in them: a binary file, skipped."""

    code = BINARY_FILE


def decode(data: bytes) -> str:
    """The text of ``data``; raises :class:`DecodeError` with a one-line reason."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[len(codecs.BOM_UTF8) :], "utf-8", offset=len(codecs.BOM_UTF8))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16")
    if b"\x00" in data[:BINARY_SNIFF]:
        raise BinaryFileError("binary file (NUL bytes), skipped")
    return _decode(data, "utf-8")


def _decode(data: bytes, encoding: str, offset: int = 0) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        position = error.start + offset
        bad = data[error.start : error.start + 1].hex()
        name = "UTF-8" if encoding == "utf-8" else "UTF-16"
        raise DecodeError(
            f"not valid {name}: byte 0x{bad} at offset {position} "
            f"(convert the file to UTF-8, e.g. with iconv)"
        ) from None
