"""Benchmark corpus generator: the project's sample drafts and the seed texts, replicated.

``build(out, total_bytes, documents)`` writes ``documents`` files of about
``total_bytes / documents`` bytes each into ``out`` (emptied first). Document ``i`` starts with
source ``i mod k`` and continues with the following sources (wrapping around) until it reaches its
size, so every document is real-looking material — claims, tables, safety text — and the
documents differ from each other in order and extent. Markdown sources keep ``.md``; a document
is named after its first source. Deterministic: the same sources give the same corpus.

    python bench/corpus.py OUT_DIR TOTAL_BYTES DOCUMENTS
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
LINTABLE = {".md", ".markdown", ".txt"}


def sources() -> list[Path]:
    """The sample drafts (corpus/, not its README) and the seed texts."""
    drafts = [p for p in sorted((ROOT / "corpus").glob("*"))
              if p.suffix.lower() in LINTABLE and p.name.lower() != "readme.md"]
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    found = drafts + seeds
    if not found:
        raise SystemExit("bench: no sources (corpus/*.md|txt or ../shared/seeds/*.txt)")
    return found


def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".md", ".markdown") and text.startswith("---\n"):
        end = text.find("\n---", 4)  # front matter only makes sense at the top of a document
        if end != -1:
            text = text[end + 4:].lstrip("\n")
    return text.strip() + "\n\n"


def build(out: Path, total_bytes: int, documents: int) -> dict:
    """Write the corpus; return {"files", "bytes", "words"}."""
    srcs = sources()
    heads = [src.read_text(encoding="utf-8", errors="replace") for src in srcs]
    bodies = [_body(src) for src in srcs]
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    per_doc = max(1, total_bytes // documents)
    total = words = 0
    for i in range(documents):
        k = i % len(srcs)
        parts = [heads[k]]  # the first source whole (front matter and all)
        size = len(heads[k].encode("utf-8"))
        j = k
        while size < per_doc:
            j = (j + 1) % len(srcs)
            parts.append("\n\n" + bodies[j])
            size += len(bodies[j].encode("utf-8")) + 2
        text = "".join(parts)
        data = text.encode("utf-8")
        if len(data) > per_doc * 1.25:  # trim the last source at a paragraph boundary
            cut = data.rfind(b"\n\n", 0, per_doc)
            data = data[: cut + 1] if cut > per_doc // 2 else data[:per_doc]
            text = data.decode("utf-8", errors="ignore")
            data = text.encode("utf-8")
        name = f"{i:04d}-{srcs[k].stem}{srcs[k].suffix if srcs[k].suffix in ('.md', '.markdown') else '.txt'}"
        (out / name).write_bytes(data)
        total += len(data)
        words += len(text.split())
    return {"files": documents, "bytes": total, "words": words}


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    print(build(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])))
