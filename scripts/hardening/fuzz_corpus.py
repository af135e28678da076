#!/usr/bin/env python3
"""Builds the fuzzers' seed corpora from the shipped public data (ANSIM_DATA).

Usage: fuzz_corpus.py DATA_DIR OUT_DIR

Writes OUT_DIR/<target>/<name> for the targets csv, geojson, shapefile, wkb, address
and api. Seeds are kept small (a few KiB) so that libFuzzer runs fast: the first lines
of every CSV/TSV as raw bytes (any encoding), the first features of every vector file
rewritten by ogr2ogr (GeoJSON, shapefile parts packed as the shapefile target expects,
EWKB from its PGDump driver), address columns of the CSV files, and /lookup bodies
built from the police facilities' coordinates. Nothing here is committed: the corpus
is regenerated on each run from the data the repository does not ship.
"""
import csv
import glob
import io
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile


def write(out, target, name, data):
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def decode(raw):
    for enc in ("utf-8-sig", "cp949"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def ogr2ogr(*args):
    if shutil.which("ogr2ogr") is None:
        return False
    return subprocess.run(["ogr2ogr", *args], capture_output=True).returncode == 0


def text_seeds(data, out):
    files = sorted(glob.glob(f"{data}/**/*.csv", recursive=True) + glob.glob(f"{data}/**/*.tsv", recursive=True))
    addresses = set()
    for path in files:
        name = os.path.basename(path)
        with open(path, "rb") as f:
            raw = f.read(16384)
        head = b"".join(raw.splitlines(keepends=True)[:20])[:2048]
        write(out, "csv", name, head)
        rows = list(csv.reader(io.StringIO(decode(raw))))
        if not rows:
            continue
        columns = [i for i, h in enumerate(rows[0]) if "주소" in h or "addr" in h.lower()]
        for row in rows[1:30]:
            for i in columns:
                if i < len(row) and row[i].strip():
                    addresses.add(row[i].strip())
    for n, address in enumerate(sorted(addresses)[:400]):
        write(out, "address", f"shipped-{n:03d}", address.encode())


def lookup_seeds(data, out):
    n = 0
    for path in sorted(glob.glob(f"{data}/police/*qw2022.csv")):
        with open(path, encoding="utf-8-sig") as f:
            for row in list(csv.DictReader(f))[:10]:
                body = {"lon": float(row["lon"]), "lat": float(row["lat"]), "code": n % 5, "radius": 500}
                if n % 3 == 0:
                    body["time"] = "2026-11-28T21:30:00+09:00"
                if n % 4 == 0:
                    body = {"address": row["addr"], "code": 1, "incident_class": "폭력"}
                write(out, "api", f"lookup-{n:03d}.json", json.dumps(body, ensure_ascii=False).encode())
                n += 1


def vector_sources(data, scratch):
    sources = sorted(glob.glob(f"{data}/boundaries/*.geojson"))
    sources += sorted(glob.glob(f"{data}/**/*.shp", recursive=True))
    for z in sorted(glob.glob(f"{data}/**/*.zip", recursive=True))[:2]:
        sources.append("/vsizip/" + z)
    return sources


def vector_seeds(data, out):
    scratch = tempfile.mkdtemp(prefix="ansim-fuzz-corpus-")
    try:
        for n, src in enumerate(vector_sources(data, scratch)):
            stem = re.sub(r"[^A-Za-z0-9_]", "_", os.path.basename(src).rsplit(".", 1)[0])
            gj = f"{scratch}/{stem}.geojson"
            if ogr2ogr("-f", "GeoJSON", "-limit", "3", "-lco", "COORDINATE_PRECISION=7", gj, src):
                with open(gj, "rb") as f:
                    write(out, "geojson", f"{stem}.geojson", f.read()[:16384])
            for enc in ("UTF-8", "CP949"):
                shp = f"{scratch}/{stem}-{enc}/{stem}.shp"
                os.makedirs(os.path.dirname(shp), exist_ok=True)
                if ogr2ogr("-f", "ESRI Shapefile", "-limit", "3", "-lco", f"ENCODING={enc}", shp, src):
                    parts = [open(shp[:-3] + e, "rb").read() for e in ("shp", "shx", "dbf")]
                    packed = struct.pack("<II", len(parts[0]), len(parts[1])) + b"".join(parts)
                    if len(packed) <= 65536:
                        write(out, "shapefile", f"{stem}-{enc}", packed)
            sql = f"{scratch}/{stem}.sql"
            if ogr2ogr("-f", "PGDump", "-limit", "3", sql, src):
                hexes = re.findall(rb"(?<![0-9A-Za-z])(0[01][0-9A-F]{16,})(?![0-9A-Za-z])", open(sql, "rb").read())
                for i, h in enumerate(hexes[:3]):
                    if len(h) <= 32768:
                        write(out, "wkb", f"{stem}-{i}.hex", h)
                        write(out, "wkb", f"{stem}-{i}.wkb", bytes.fromhex(h.decode()))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main():
    data, out = sys.argv[1], sys.argv[2]
    if not os.path.isfile(os.path.join(data, "SOURCES.md")):
        print(f"no shipped data at {data} (set ANSIM_DATA); using the committed seeds only", file=sys.stderr)
        return
    text_seeds(data, out)
    lookup_seeds(data, out)
    vector_seeds(data, out)


if __name__ == "__main__":
    main()
