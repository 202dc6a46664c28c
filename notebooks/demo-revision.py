#!/usr/bin/python3
"""Writes a corrected re-publication of the demo's WDI remittances file, as the World Bank
publishes one between releases: a later "Last Updated Date" and El Salvador's remittances for the
last two years revised up by 10%. Loading it after the demo and creating a vintage before and after
gives notebook 02 two vintages that differ.

Usage: notebooks/demo-revision.py <demo inputs folder> <output folder>
"""
import csv
import sys
from pathlib import Path

SERIES_FILE = "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_demo.csv"
REVISED_FILE = "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_revised.csv"
LAST_UPDATED = '"Last Updated Date","2025-12-16",'
AREA = "SLV"
YEARS = ["2023", "2024"]
FACTOR = 1.10


def wdi_line(fields):
    """A data line as WDI writes it: every field quoted, and a trailing comma."""
    return ",".join(f'"{field}"' for field in fields) + ","


def revise(lines):
    header = next(csv.reader([lines[4]]))
    columns = [header.index(year) for year in YEARS]
    revised = list(lines)
    revised[2] = LAST_UPDATED
    for number, line in enumerate(lines[5:], start=5):
        fields = next(csv.reader([line]))
        if fields[1] == AREA:
            for column in columns:
                fields[column] = repr(float(fields[column]) * FACTOR)
            revised[number] = wdi_line(fields[:-1])
            return revised
    raise SystemExit(f"{AREA} is not in {SERIES_FILE}")


def main(demo, output):
    text = (Path(demo) / SERIES_FILE).read_text(encoding="utf-8-sig")
    Path(output).mkdir(parents=True, exist_ok=True)
    revised = "\n".join(revise(text.split("\n")))
    (Path(output) / REVISED_FILE).write_text("\ufeff" + revised, encoding="utf-8")
    print(f"wrote {Path(output) / REVISED_FILE}: {AREA} {', '.join(YEARS)} revised by x{FACTOR}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
