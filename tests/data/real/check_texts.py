"""Check collected texts against their gold facts: is each text there, and does it hold every name
the gold gives (officials and authors)? A name missing points to a mis-copied excerpt.

    .venv/bin/python tests/data/real/check_texts.py tests/data/real/gold-u12.json tests/data/real/texts-u12

Names are compared after the project's own normaliser (NFC, modern tone placement), lower-cased.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from kg.read.normalise import normalise  # noqa: E402


def _plain(s: str) -> str:
    return normalise(s).text.lower()


def check(gold_path: Path, folder: Path) -> tuple[int, list, list]:
    """(texts holding every name, [(file, found, named, names missing)], [files missing])."""
    articles = json.loads(gold_path.read_text(encoding="utf-8"))["articles"]
    whole, weak, missing = 0, [], []
    for art in articles:
        path = folder / art["file"]
        if not path.is_file():
            missing.append(art["file"])
            continue
        text = _plain(path.read_text(encoding="utf-8"))
        names = [o["name"] for o in art.get("officials", [])] + list(art.get("authors") or [])
        absent = [n for n in names if _plain(n) not in text]
        if absent:
            weak.append((art["file"], len(names) - len(absent), len(names), absent[:4]))
        else:
            whole += 1
    return whole, weak, missing


def main(argv: list[str]) -> int:
    gold_path, folder = Path(argv[0]), Path(argv[1])
    whole, weak, missing = check(gold_path, folder)
    total = whole + len(weak) + len(missing)
    print(f"{gold_path}: {total} gold articles, {whole} texts with every name, "
          f"{len(weak)} with names missing, {len(missing)} texts missing")
    for row in weak:
        print("  names missing:", *row)
    for name in missing:
        print("  text missing:", name)
    return 1 if weak or missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
