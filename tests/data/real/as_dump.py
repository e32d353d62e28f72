"""Write a split's excerpts as one JSON Lines dump, each line with the page's address from the
gold file ("url") and the excerpt's file name as its "id":

    python tests/data/real/as_dump.py tests/data/real/gold-u8.json tests/data/real/texts-u8/ > /tmp/u8.jsonl
    kg eval tests/data/real/gold-u8.json /tmp/u8.jsonl

Scored this way, an article is read as a crawler's dump gives it: with its url, so the site's
province (kg/data/sites.tsv) and publisher are known, as they were to the annotator, who saw the
address. The `.txt` measurement reads the excerpt alone. Both are reported.
"""
import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    *golds, folder = argv
    urls = {}
    for g in golds:
        for art in json.loads(Path(g).read_text(encoding="utf-8"))["articles"]:
            urls[art["file"]] = art.get("url")
    for name in sorted(urls):
        path = Path(folder) / name
        if not path.is_file():
            print(f"as_dump: {path}: missing", file=sys.stderr)
            continue
        line = {"id": name, "text": path.read_text(encoding="utf-8")}
        if urls[name]:
            line["url"] = urls[name]
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
