#!/usr/bin/env python3
"""Turns the PLOVER codebooks into the role tables Argus reads, under
argus-core/src/main/resources/org/argus/events/plover/:

  types.tsv        per PLOVER type: whether it requires a recipient (the manual's "Requires recipient")
  modes.tsv        per type and mode of NGEC's structured codebook: what its extraction notes say about
                   roles: reciprocal (both parties are actors, no recipient), who the actor and the
                   recipient are, realised events only (a promise is AGREE), protests excluded
  cameo-codes.tsv  per CAMEO code of CAMEO2PLOVER: its type, mode, contexts, and whether the CAMEO
                   verb's subject is the PLOVER actor or the recipient (043 "Host a visit": the host is
                   the recipient, as the visit mode's note names the visitor as actor and the host as
                   recipient)

Usage:  python3 tools/knowledge/plover_roles.py [--shared DIR] [--check]

Sources: ../shared/knowledge/plover/PLOVER_MANUAL.tex and CAMEO2PLOVER-2021.txt (CC BY-SA 4.0) and
ngec/PLOVER_structured_codebook.csv (MIT); provenance is read from ../shared/knowledge/README.md. An
extraction note the generator cannot classify stops it, naming the row, so an upstream change is seen.
Python 3 standard library only.
"""
import csv
import io
import os
import re
import sys

import provenance as pv

OUT = os.path.join(pv.RESOURCES, "events", "plover")
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]

# The kinds of extraction note in the codebook; each sets flags of its mode.
NOTES = [
    (re.compile(r"If two parties make a reciprocal agreement(?: or have a meeting)?, code both as ACTOR \(with no RECIPIENT\)$"),
     lambda m: {"reciprocal": "yes"}),
    (re.compile(r"The (\w+) is the ACTOR; (\w+) is RECIPIENT$"),
     lambda m: {"actor": m.group(1).lower(), "recipient": m.group(2).lower()}),
    (re.compile(r"The ACTOR is the (.+?)\. The RECIPIENT is the (.+?)\.?$"),
     lambda m: {"actor": m.group(1), "recipient": m.group(2)}),
    (re.compile(r"NOTE: Promises of future [\w ]+ do not apply and are coded under a separate event\..*$"),
     lambda m: {"realised_only": "yes"}),
    (re.compile(r"NOTE: Protests \(including protests [\w ]+\) are coded under a separate PROTEST category\..*$"),
     lambda m: {"not_protest": "yes"}),
]


def requires_recipient(manual):
    out, current = {}, None
    for number, line in manual.lines():
        m = re.match(r"\\section\{(\w+)\}", line)
        if m:
            current = m.group(1) if m.group(1) in TYPES else None
            continue
        m = re.match(r"\\subsection\{Requires recipient: (Yes|No)\}", line)
        if m and current:
            out[current] = (m.group(1).lower(), number)
    missing = [t for t in TYPES if t not in out]
    if missing:
        raise SystemExit(f"{manual.path}: no 'Requires recipient' for {missing}")
    return out


def modes(codebook):
    out = {}
    rows = list(csv.DictReader(io.StringIO(codebook.text)))
    for number, row in enumerate(rows, 2):
        ptype, mode, note = row["event"].strip(), row["mode"].strip(), " ".join(row["extraction_notes"].split())
        if ptype not in TYPES:
            raise SystemExit(f"{codebook.path}: row {number}: '{ptype}' is not a PLOVER type")
        flags = out.setdefault((ptype, mode), {"rows": 0, "first": number})
        flags["rows"] += 1
        if not note:
            continue
        for pattern, effect in NOTES:
            m = pattern.match(note)
            if m:
                for k, v in effect(m).items():
                    if flags.get(k, v) != v:
                        raise SystemExit(f"{codebook.path}: row {number}: {k} '{v}' contradicts '{flags[k]}'")
                    flags[k] = v
                break
        else:
            raise SystemExit(f"{codebook.path}: row {number}: cannot classify the extraction note '{note[:80]}'")
    return out


def subject_role(description, flags):
    """'recipient' when the CAMEO description's verb is the role noun the mode's note gives the recipient."""
    recipient = (flags or {}).get("recipient", "")
    first = description.split()[0].lower() if description.split() else ""
    return "recipient" if recipient and first == recipient else "actor"


def main():
    args = pv.arguments(__doc__.split("\n")[0])
    manual = pv.Source(args.knowledge, "plover/PLOVER_MANUAL.tex")
    codebook = pv.Source(args.knowledge, "ngec/PLOVER_structured_codebook.csv")
    c2p = pv.Source(args.knowledge, "plover/CAMEO2PLOVER-2021.txt")
    needs = requires_recipient(manual)
    by_mode = modes(codebook)
    table, _ = pv.cameo_to_plover(c2p)
    type_rows = [pv.tsv([t, needs[t][0], str(needs[t][1])]) for t in TYPES]
    mode_rows = []
    for (ptype, mode), f in by_mode.items():
        mode_rows.append(pv.tsv([ptype, mode, f.get("reciprocal", "no"), f.get("actor", ""), f.get("recipient", ""),
                                 f.get("realised_only", "no"), f.get("not_protest", "no"), str(f["rows"]), str(f["first"])]))
    code_rows = []
    for code, (ptype, mode, context, description) in sorted(table.items()):
        code_rows.append(pv.tsv([code, ptype, mode, context, subject_role(description, by_mode.get((ptype, mode))),
                                 description]))
    adapted = "Adapted from the PLOVER codebook (CC BY-SA 4.0, Open Event Data Alliance): this table stays under CC BY-SA 4.0."
    outputs = {
        os.path.join(OUT, "types.tsv"): pv.header("plover_roles.py", [manual], ["type", "requires_recipient", "line"], [
            "From each type's 'Requires recipient' subsection of the PLOVER manual (line = where).", adapted]) + type_rows,
        os.path.join(OUT, "modes.tsv"): pv.header("plover_roles.py", [codebook], [
            "type", "mode", "reciprocal", "actor", "recipient", "realised_only", "not_protest", "rows", "first_row"], [
            "One row per event type and mode of NGEC's structured codebook ('' = no mode), from its extraction notes:",
            "reciprocal: two parties doing it together are both actors, with no recipient; actor/recipient: who they are;",
            "realised_only: a promise of it is another event; not_protest: a protest doing it is PROTEST instead.",
            "rows: codebook rows (definitions) of the mode; first_row: the first (CSV row number, header = 1)."]) + mode_rows,
        os.path.join(OUT, "cameo-codes.tsv"): pv.header("plover_roles.py", [c2p, codebook], [
            "code", "type", "mode", "context", "subject", "description"], [
            "One row per CAMEO code of CAMEO2PLOVER (01 and 02 have none). subject: whether the CAMEO verb's subject is the",
            "PLOVER actor or the recipient ('recipient' when the description's first word is the recipient NGEC's note names",
            "for the mode, as 'Host a visit' with 'host is RECIPIENT').", adapted]) + code_rows,
    }
    return pv.emit(outputs, args.check)


if __name__ == "__main__":
    sys.exit(main())
