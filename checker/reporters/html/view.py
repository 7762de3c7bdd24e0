"""What the HTML report keeps of a bilingual file: its segments and its fixes, no analyses.

The runner drops the fixes of bilingual findings (their offsets are into the joined targets,
not the file), but the report still shows each one as a suggestion beside its segment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from checker.document import Segment
from checker.types import Finding, Fix


@dataclass(frozen=True)
class BilingualView:
    """The joined target text of a bilingual document, its segments and its findings' fixes.

    ``fixes`` maps ``(code, start, end)`` of a finding to its fix, in the same offsets.
    """

    text: str
    segments: tuple[Segment, ...]
    fixes: dict[tuple[str, int, int], Fix] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, segments: tuple[Segment, ...], findings: Iterable[Finding]):
        fixes = {(f.code, f.start, f.end): f.fix for f in findings if f.fix is not None}
        return cls(text, segments, fixes)
