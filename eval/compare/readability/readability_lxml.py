"""Runs readability-lxml (Debian python3-readability) on pages for Storyline.Eval extraction-compare.

usage: /usr/bin/python3 readability_lxml.py LISTFILE  (one .html.gz path a line)
prints one JSON line a page {"path", "text"}, then {"seconds": S} for the extraction loop alone.
The text is summary()'s HTML turned into text, one line per block element.
"""
import gzip
import json
import sys
import time

import lxml.html
from readability import Document

BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "br", "section", "article", "td", "dd", "dt"}


def to_text(summary_html):
    if not summary_html or not summary_html.strip():
        return ""
    root = lxml.html.fromstring(summary_html)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in BLOCKS:
            element.tail = "\n" + (element.tail or "")
    return "\n".join(line.strip() for line in root.text_content().split("\n") if line.strip())


def main():
    paths = [line for line in open(sys.argv[1], encoding="utf-8").read().split("\n") if line]
    out = sys.stdout
    started = time.perf_counter()
    for path in paths:
        try:
            with gzip.open(path, "rb") as f:
                html = f.read().decode("utf-8", errors="replace")
            text = to_text(Document(html).summary(html_partial=True))
        except Exception:  # a page the library cannot handle scores as empty
            text = ""
        out.write(json.dumps({"path": path, "text": text}) + "\n")
    out.write(json.dumps({"seconds": time.perf_counter() - started}) + "\n")


if __name__ == "__main__":
    main()
