"""Target and source lengths of a bilingual document: the ratio a translation is expected to
keep, calibrated on the document itself (read by the length rules B401 and B402).

Lengths are counted in non-space characters. With enough segments whose source is long
enough to measure, the expected target/source ratio is the document's median, so any
language pair calibrates itself; with fewer it is 1, except for sources in scripts written
without spaces (Chinese, Japanese, Thai...), whose lengths cannot be compared with English.
"""

from __future__ import annotations

from statistics import median
from typing import TYPE_CHECKING

from checker.analysis.bilingual_text import UNSPACED_SCRIPT
from checker.thresholds.bilingual import CALIBRATION_SEGMENTS, MIN_SOURCE_CHARS

if TYPE_CHECKING:
    from checker.document import Document

# How much source text tells whether its script is written without spaces.
_SCRIPT_SAMPLE = 2000


def size(text: str) -> int:
    """Non-space characters."""
    return len("".join(text.split()))


def expected_ratio(doc: Document) -> float | None:
    """Target/source length expected for ``doc``; None when it cannot be known.

    Uncached: read ``doc.length_ratio``.
    """
    text = doc.text
    sources: list[str] = []
    ratios: list[float] = []
    for segment in doc.segments:
        source = segment.source
        if not source or not source.strip():
            continue
        sources.append(source)
        target_size = size(text[segment.start : segment.end])
        if (source_size := size(source)) >= MIN_SOURCE_CHARS // 2 and target_size:
            ratios.append(target_size / source_size)
    if len(ratios) >= CALIBRATION_SEGMENTS:
        return median(ratios)
    sample = "".join(sources)[:_SCRIPT_SAMPLE]
    if len(UNSPACED_SCRIPT.findall(sample)) * 3 > len(sample):
        return None  # Chinese, Japanese, Thai... have no comparable length
    return 1.0
