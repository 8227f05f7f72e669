#!/usr/bin/env python3
"""Converts PETRARCH2's Phoenix actor and agent dictionaries into Argus's actor knowledge under
argus-core/src/main/resources/org/argus/actors/phoenix/:

  actors.tsv   one row per actor entry: id, source file, name, synonyms
  roles.tsv    one row per dated code of an actor, in the entry's order: actor id, CAMEO actor code,
               country (ISO3, when the code starts with one), area (a region or former state code
               that is not ISO3), sector, the other three-letter parts, validity dates
  agents.tsv   one row per agent word or phrase: its forms, code, sector, and whether the code goes
               after the actor's ('~GOV') or before it ('NGO~')

Usage:  python3 tools/knowledge/phoenix_actors.py [--shared DIR] [--check]

Sources: ../shared/knowledge/petrarch2/Phoenix.{Countries,International,MilNonState}.actors.txt and
Phoenix.agents.txt (MIT); provenance is read from ../shared/knowledge/README.md. ISO3 codes come from
Argus's own argus-core/src/main/resources/org/argus/actors/countries.tsv. Python 3 standard library only.

Dates follow PETRARCH: '>d' from d, '<d' before d, 'a-b' from a until before b; six-digit dates are
yymmdd with yy <= 30 read as 20yy and other years as 19yy (PETRreader.dstr_to_ordate), eight-digit
dates yyyymmdd. A code whose date cannot be read is left out and named on stderr. 'until' is exclusive.
Actor ids are a file letter and the first eight hex digits of the SHA-1 of the file, name and codes: an
entry keeps its id however the file is reordered; an entry repeated identically is written once.
"""
import datetime
import hashlib
import os
import re
import sys

import provenance as pv

OUT = os.path.join(pv.RESOURCES, "actors", "phoenix")
FILES = [("C", "petrarch2/Phoenix.Countries.actors.txt"), ("I", "petrarch2/Phoenix.International.actors.txt"),
         ("M", "petrarch2/Phoenix.MilNonState.actors.txt")]
# Codes that open an actor code without a country: organisation classes, as PETRARCH writes them.
ORGANISATION_CLASSES = {"IGO", "NGO", "IMG", "MNC", "NGM"}


class DateError(Exception):
    pass


def iso3_codes():
    path = os.path.join(pv.RESOURCES, "actors", "countries.tsv")
    with open(path, encoding="utf-8") as f:
        return {line.split("\t", 1)[0] for line in f if line.strip() and not line.startswith("#")}


def day(digits):
    if len(digits) == 6:
        yy = int(digits[:2])
        year, rest = (2000 + yy if yy <= 30 else 1900 + yy), digits[2:]
    elif len(digits) == 8:
        year, rest = int(digits[:4]), digits[4:]
    else:
        raise DateError(f"'{digits}' is neither yymmdd nor yyyymmdd")
    try:
        return datetime.date(year, int(rest[:2]), int(rest[2:4])).isoformat()
    except ValueError as e:
        raise DateError(f"'{digits}': {e}")


def dates(text):
    """'' -> ('', ''); '>d' -> (d, ''); '<d' -> ('', d); 'a-b' -> (a, b)."""
    t = text.replace(" ", "")
    if not t:
        return "", ""
    if t[0] == ">":
        return day(t[1:]), ""
    if t[0] == "<":
        return "", day(t[1:])
    if "-" in t:
        a, b = t.split("-", 1)
        return day(a), day(b)
    raise DateError(f"'{text}' has no '<', '>' or '-'")


def split_code(code, iso3, sectors):
    """'AFGGOVMIL' -> ('AFG', '', 'GOV', 'MIL'); 'IGOUNODEV' -> ('', '', 'IGO', 'UNO DEV'); 'MEAREB' -> ('', 'MEA', 'REB', '')."""
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = area = ""
    if chunks[0] in iso3:
        country = chunks.pop(0)
    elif chunks[0] not in sectors and chunks[0] not in ORGANISATION_CLASSES:
        area = chunks.pop(0)
    sector = chunks.pop(0) if chunks else ""
    return country, area, sector, " ".join(chunks)


def name_of(raw):
    return " ".join(raw.replace("_", " ").split())


def read_actors(letter, source, iso3, sectors, warnings):
    """(actor rows, role rows) of one actor file."""
    actors, roles, seen = [], [], set()
    current = None

    def flush():
        if current is None:
            return
        name, syns, codes, number = current
        key = "\t".join([source.relpath, name] + [c[0] + " " + c[1] for c in codes])
        aid = letter + hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
        if aid in seen:
            return
        seen.add(aid)
        actors.append(pv.tsv([aid, source.relpath.split("/")[-1], name, "|".join(dict.fromkeys(s for s in syns if s != name)),
                              str(number)]))
        for order, (code, raw_dates, frm, until, line) in enumerate(codes, 1):
            country, area, sector, more = split_code(code, iso3, sectors)
            roles.append(pv.tsv([aid, str(order), code, country, area, sector, more, frm, until, str(line)]))

    def add_codes(text, number, where):
        out = []
        for m in re.finditer(r"\[([^\]]*)\]", text):
            parts = m.group(1).split(None, 1)
            if not parts or not re.fullmatch(r"[A-Z0-9]{3,}", parts[0]) or len(parts[0]) % 3:
                warnings.append(f"{where}: cannot read the code [{m.group(1)}]; left out")
                continue
            raw = parts[1].strip() if len(parts) > 1 else ""
            try:
                frm, until = dates(raw)
            except DateError as e:
                warnings.append(f"{where}: date of [{m.group(1)}]: {e}; code left out")
                continue
            out.append((parts[0], raw, frm, until, number))
        return out

    for number, raw in source.lines():
        where = f"{source.path}:{number}"
        line = raw.split("#", 1)[0]
        if not line.strip() or line.lstrip().startswith("<!"):
            continue
        text = line.strip()
        if text.startswith("+"):
            if current is None:
                warnings.append(f"{where}: synonym before any actor; left out")
            else:
                current[1].append(name_of(text[1:].split("[", 1)[0]))
                current[2].extend(add_codes(text, number, where))
        elif text.startswith("["):
            if current is None:
                warnings.append(f"{where}: code before any actor; left out")
            else:
                current[2].extend(add_codes(text, number, where))
        else:
            flush()
            name = name_of(text.split("[", 1)[0])
            if not name:
                warnings.append(f"{where}: actor line without a name; left out")
                current = None
                continue
            current = (name, [], add_codes(text, number, where), number)
    flush()
    return actors, roles


def read_agents(source, warnings):
    """Agent rows: phrase, forms, code, sector, more, position, line."""
    markers, rows = {}, []
    for number, raw in source.lines():
        where = f"{source.path}:{number}"
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<!"):
            continue
        m = re.fullmatch(r"!(\w+)!\s*=\s*(.+)", line)
        if m:
            markers[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.fullmatch(r"([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]+)\]", line)
        if not m:
            warnings.append(f"{where}: cannot read agent line '{line}'; left out")
            continue
        phrase, plural, code = m.group(1).strip(), m.group(2), m.group(3).strip()
        cm = re.fullmatch(r"~([A-Z]{3,})|([A-Z]{3,})~", code)
        if not cm or len(cm.group(1) or cm.group(2)) % 3:
            warnings.append(f"{where}: cannot read agent code [{code}]; left out")
            continue
        body = cm.group(1) or cm.group(2)
        position = "after" if cm.group(1) else "before"
        chunks = [body[i:i + 3] for i in range(0, len(body), 3)]
        mm = re.search(r"!(\w+)!", phrase)
        if mm and mm.group(1) not in markers:
            warnings.append(f"{where}: substitution marker !{mm.group(1)}! is not defined; left out")
            continue
        if mm:  # every substitute, with no plural of its own (PETRARCH's rule)
            variants = [(phrase.replace(mm.group(0), s), "") for s in markers[mm.group(1)]]
        else:
            variants = [(phrase, plural if plural is not None else regular_plural(phrase))]
        for word, form in variants:
            forms = [name_of(word).lower()] + ([name_of(form).lower()] if form else [])
            rows.append(pv.tsv([forms[0], "|".join(forms), code, chunks[0], " ".join(chunks[1:]), position, str(number)]))
    return rows


def regular_plural(phrase):
    """PETRARCH's agent plural: -Y to -IES, -S to -SES, otherwise -S (on the last word)."""
    p = phrase.rstrip("_ ")
    if p.endswith("Y"):
        return p[:-1] + "IES"
    if p.endswith("S"):
        return p + "ES"
    return p + "S"


def main():
    args = pv.arguments(__doc__.split("\n")[0])
    iso3 = iso3_codes()
    warnings = []
    agents_source = pv.Source(args.knowledge, "petrarch2/Phoenix.agents.txt")
    agent_rows = read_agents(agents_source, warnings)
    sectors = {row.split("\t")[3] for row in agent_rows}
    sources, actor_rows, role_rows = [], [], []
    for letter, rel in FILES:
        s = pv.Source(args.knowledge, rel)
        sources.append(s)
        a, r = read_actors(letter, s, iso3, sectors, warnings)
        actor_rows += a
        role_rows += r
    ids = [row.split("\t", 1)[0] for row in actor_rows]
    if len(ids) != len(set(ids)):
        raise SystemExit("two actors share an id: lengthen the hash")
    for w in warnings:
        sys.stderr.write(w + "\n")
    note = f"{len(warnings)} line(s) or code(s) could not be read and are left out (the generator names them)."
    outputs = {
        os.path.join(OUT, "actors.tsv"): pv.header("phoenix_actors.py", sources, ["id", "file", "name", "synonyms", "line"], [
            "One row per actor entry; names as written upstream, '_' as spaces; synonyms separated by '|'.", note]) + actor_rows,
        os.path.join(OUT, "roles.tsv"): pv.header("phoenix_actors.py", sources, [
            "actor", "order", "code", "country", "area", "sector", "more", "from", "until", "line"], [
            "One row per code of an actor, in the entry's order. For a date, the first row whose dates hold it is the",
            "actor's role, as in PETRARCH (a row without dates always holds). from is inclusive, until exclusive, ISO dates.",
            "country: ISO3 when the code starts with one; area: a non-ISO region or former-state code (DDR, MEA, ...)."])
        + role_rows,
        os.path.join(OUT, "agents.tsv"): pv.header("phoenix_actors.py", [agents_source], [
            "phrase", "forms", "code", "sector", "more", "position", "line"], [
            "One row per agent word or phrase; forms: the phrase and its plural ({...} when given, else PETRARCH's rule;",
            "none for a !MARKER! substitution). position: 'after' for ~XXX (added after the actor's code), 'before' for XXX~."])
        + agent_rows,
    }
    return pv.emit(outputs, args.check)


if __name__ == "__main__":
    sys.exit(main())
