#!/usr/bin/env python3
"""Replaces the text between <!-- NAME:begin --> and <!-- NAME:end --> in docs/performance.md.

Usage: bench/write_section.py NAME TEXT   (run from the repository root)
"""
import re
import sys

name, table = sys.argv[1], sys.argv[2]
path = "docs/performance.md"
text = open(path, encoding="utf-8").read()
new = f"<!-- {name}:begin -->\n{table}\n<!-- {name}:end -->"
text, count = re.subn(rf"<!-- {name}:begin -->.*<!-- {name}:end -->", lambda m: new, text, flags=re.S)
if count != 1:
    sys.exit(f"{path}: no section <!-- {name}:begin/end -->")
open(path, "w", encoding="utf-8").write(text)
