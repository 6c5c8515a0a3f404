#!/usr/bin/env python3
"""Normalises `pg_dump --schema-only` output so that two databases with the same schema print the same text.

Usage: pg_dump --schema-only --no-owner --schema=public DB | scripts/schema-dump.py > schema.sql

Dropped: comments, blank lines, SET/set_config noise, \\restrict tokens. Sorted: the columns inside each
CREATE TABLE, because a chain of migrations appends added columns at the end of a table while a baseline
creates them in the model's order; a column's place in a table is not part of the schema the code relies on.
"""
import re
import sys


def normalise(lines):
    out, table = [], None
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("--") or line.startswith("SET ") \
                or "pg_catalog.set_config" in line or line.startswith("\\restrict") or line.startswith("\\unrestrict"):
            continue
        if table is not None:
            if line.startswith(")"):
                out.extend(sorted(table))
                out.append(line)
                table = None
            else:
                table.append(line.rstrip(","))
            continue
        out.append(line)
        if re.match(r"^CREATE (UNLOGGED )?TABLE .*\($", line):
            table = []
    return out


if __name__ == "__main__":
    sys.stdout.write("\n".join(normalise(sys.stdin)) + "\n")
