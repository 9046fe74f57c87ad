#!/usr/bin/env python3
"""Prints the first sheet of an .xlsx as JSON: [{"row": n, "cells": {"A": value, ...}, "types": {"A": "n"|"s"|"str"|...}, "styles": {...}}].
Standard library only (zipfile + xml), so the browser test can check the downloaded report without extra packages."""
import json, re, sys, zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}

def main(path):
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
                shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
        styles = ET.fromstring(z.read("xl/styles.xml"))
        numfmts = {int(n.get("numFmtId")): n.get("formatCode") for n in styles.findall("m:numFmts/m:numFmt", NS)}
        xfs = [int(x.get("numFmtId", "0")) for x in styles.findall("m:cellXfs/m:xf", NS)]
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
        rows = []
        for r in sheet.findall("m:sheetData/m:row", NS):
            cells, types, formats = {}, {}, {}
            for c in r.findall("m:c", NS):
                col = re.match(r"[A-Z]+", c.get("r")).group(0)
                t = c.get("t", "n")
                v = c.find("m:v", NS)
                if v is None:
                    isv = c.find("m:is", NS)
                    if isv is None:
                        continue
                    value = "".join(x.text or "" for x in isv.iter("{%s}t" % NS["m"]))
                elif t == "s":
                    value = shared[int(v.text)]
                elif t in ("str", "inlineStr"):
                    value = v.text or ""
                else:
                    value = float(v.text)
                cells[col] = value
                types[col] = t
                fmt = xfs[int(c.get("s", "0"))] if xfs else 0
                formats[col] = numfmts.get(fmt, str(fmt))
            rows.append({"row": int(r.get("r")), "cells": cells, "types": types, "formats": formats})
        merges = [m.get("ref") for m in sheet.findall("m:mergeCells/m:mergeCell", NS)]
        cf = [{"sqref": c.get("sqref"), "formula": [f.text for f in c.iter("{%s}formula" % NS["m"])]} for c in sheet.findall("m:conditionalFormatting", NS)]
        widths = {int(c.get("min")): float(c.get("width")) for c in sheet.findall("m:cols/m:col", NS)}
        print(json.dumps({"rows": rows, "merges": merges, "conditional": cf, "widths": widths}, ensure_ascii=False))

if __name__ == "__main__":
    main(sys.argv[1])
