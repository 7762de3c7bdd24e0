"""The real-text benchmark corpus: BBC news that does not repeat itself.

``../shared/corpora/news-en/`` (1,365 professionally edited articles, 2.65 MB, read its
README) is real English whose vocabulary grows as real text's does, so per-word caches cannot
flatter a figure on it, as they do on the repeating fixture corpus of ``corpus.py``. Its
texts are never copied into the project: this module lays them out under the git-ignored
``bench/corpus/`` when the benchmark runs.

- ``news-1mb.txt``: articles drawn in a seeded order until the file holds 10^6 bytes, one
  blank line between articles;
- ``news-small/``: the same articles, one file each (about 510 files);
- the whole corpus is measured where it lies.

The corpus is found at ``MTLINT_NEWS_CORPUS`` or ``<project>/../shared/corpora/news-en``;
without it the news figures are left out (``build`` returns None).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "corpora" / "news-en"
SEED = 20261207
ONE_MB = 1_000_000


@dataclass(frozen=True)
class NewsCorpus:
    """Where the news figures read their input, and how large each input is in bytes."""

    whole: Path
    whole_bytes: int
    whole_files: int
    one_file: Path
    one_file_bytes: int
    small: Path
    small_files: int


def source_folder() -> Path | None:
    """The news corpus folder, or None when this machine does not have it."""
    configured = os.environ.get("MTLINT_NEWS_CORPUS")
    folder = Path(configured) if configured else DEFAULT_SOURCE
    return folder if folder.is_dir() else None


def articles(folder: Path) -> list[Path]:
    """Every article of the corpus, in a stable order (the README and licence left out)."""
    return sorted(
        path
        for path in folder.rglob("*.txt")
        if path.is_file() and path.name.lower() not in {"readme.txt", "license.txt"}
    )


def build(out: Path, seed: int = SEED) -> NewsCorpus | None:
    """Lay out ``news-1mb.txt`` and ``news-small/`` under ``out`` from the news corpus."""
    folder = source_folder()
    if folder is None:
        return None
    every = articles(folder)
    if not every:
        return None
    drawn = list(every)
    random.Random(seed).shuffle(drawn)
    chosen: list[tuple[Path, bytes]] = []
    size = 0
    for path in drawn:
        data = path.read_bytes().strip() + b"\n"
        chosen.append((path, data))
        size += len(data) + 1
        if size >= ONE_MB:
            break
    one_file = out / "news-1mb.txt"
    small = out / "news-small"
    joined = b"\n".join(data for _, data in chosen)
    digest = hashlib.sha256(joined).hexdigest()
    stamp = small / ".fingerprint"
    up_to_date = (
        one_file.is_file()
        and one_file.read_bytes() == joined
        and stamp.is_file()
        and stamp.read_text(encoding="utf-8") == digest
    )
    if not up_to_date:
        out.mkdir(parents=True, exist_ok=True)
        one_file.write_bytes(joined)
        shutil.rmtree(small, ignore_errors=True)
        small.mkdir()
        for index, (path, data) in enumerate(chosen):
            (small / f"{index:04d}-{path.parent.name}-{path.name}").write_bytes(data)
        stamp.write_text(digest, encoding="utf-8")
    return NewsCorpus(
        whole=folder,
        whole_bytes=sum(path.stat().st_size for path in every),
        whole_files=len(every),
        one_file=one_file,
        one_file_bytes=len(joined),
        small=small,
        small_files=len(chosen),
    )
