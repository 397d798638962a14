"""Peak memory of reading Word files that are ZIP bombs, each in a fresh process (issue 21).

    python bench/zip_bombs.py [--gib 1]

Builds, in a temporary folder: a Word file with a picture that unpacks to GIB GiB (deflate, about 1 MB packed),
one whose styles part does (bzip2, a few dozen KB), one whose document part does (deflate), and a normal Word
file for comparison; then reads each as `vietbrief run` does (ingest's read_article) in its own Python process
and prints the outcome and that process's peak resident memory.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

CHILD = """
import sys
from pathlib import Path
from pipeline.ingest.article import ArticleError
from pipeline.ingest.read import read_article


def peak_mb():  # VmHWM: this process's own peak (ru_maxrss can carry the parent's across exec)
    line = next(l for l in open("/proc/self/status") if l.startswith("VmHWM"))
    return int(line.split()[1]) / 1024


path = Path(sys.argv[1])
before = peak_mb()
try:
    raw = read_article(path, path.parent, max_bytes=2_000_000)
    outcome = f"read: {len(raw.text)} characters"
except ArticleError as exc:
    outcome = f"refused: {exc}"
print(f"{before:.0f}\t{peak_mb():.0f}\t{outcome}")
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gib", type=float, default=1.0)
    args = parser.parse_args()
    from hostile_files import ARTICLE, bomb_docx, docx_bytes

    size = int(args.gib * (1 << 30))
    base = docx_bytes(ARTICLE)
    cases = {
        "normal.docx": base,
        "picture_deflate.docx": bomb_docx("word/media/image1.png", size, zipfile.ZIP_DEFLATED),
        "styles_bzip2.docx": bomb_docx("word/styles.xml", size, zipfile.ZIP_BZIP2),
        "document_deflate.docx": bomb_docx("word/document.xml", size, zipfile.ZIP_DEFLATED),
    }
    with tempfile.TemporaryDirectory() as tmp:
        print("file\tpacked KB\tRSS after imports MB\tpeak RSS MB\toutcome")
        for name, data in cases.items():
            path = Path(tmp) / name
            path.write_bytes(data)
            done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True,
                                  cwd=ROOT, check=False)
            line = done.stdout.strip() or f"-\tcrashed: {done.stderr.strip().splitlines()[-1:]}"
            print(f"{name}\t{len(data) / 1024:.0f}\t{line}")


if __name__ == "__main__":
    main()
