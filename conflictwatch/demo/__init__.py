"""The sample corpus: 20 short reports in English and Spanish about five conflicts (a gold
mine in Cajamarca, the 2022-23 protests in Puno, a lithium project in Antofagasta, a
transport strike in La Paz, a wind farm in Oaxaca), and a sample feed. Written for
conflictwatch; the projects, companies, outlets and figures are invented (see
corpus/NOTICE.txt).

    conflictwatch demo                         # ingest it into conflictwatch-demo.db and serve
    conflictwatch demo --corpus-dir reports/   # or write it out, to ingest and watch yourself
"""
from __future__ import annotations

import shutil
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"


def corpus_paths() -> list[Path]:
    """The report files of the corpus (the feed is for ``watch``)."""
    return sorted((CORPUS / "reports").glob("*.jsonl"))


def write_corpus(folder: str | Path) -> list[Path]:
    """Copy the corpus into ``folder``: ``reports/``, ``feeds/`` and ``feeds.txt``.
    Returns the paths written."""
    folder = Path(folder)
    written = []
    for src in sorted(CORPUS.rglob("*")):
        if src.is_file() and src.suffix in (".jsonl", ".rss", ".txt"):
            dst = folder / src.relative_to(CORPUS)
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)
            written.append(dst)
    return written


def ingest_demo(url: str):
    """Ingest the corpus and the sample feed into the database at ``url`` (created if need
    be; idempotent). Returns the ``IngestSummary``."""
    from ..store import Store
    with Store.open(url) as store:
        paths = [str(p) for p in corpus_paths()] + [str(CORPUS / "feeds" / "andean-wire.rss")]
        return store.ingest_paths(paths)
