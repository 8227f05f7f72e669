#!/usr/bin/env python3
"""Converts PETRARCH2's CAMEO verb dictionary, through the CAMEO-to-PLOVER table, into Argus's
pattern data under argus-core/src/main/resources/org/argus/events/cameo/:

  verbs.tsv            one row per verb line: block, verb word, the words a multi-word verb has before
                       and after it, inflected forms, the verb's code (its own or its block's), PLOVER
  patterns.tsv         one row per pattern, slots parsed into fields (see docs/events.md, "CAMEO verb patterns")
  synsets.tsv          one row per synonym-set entry
  transformations.tsv  PETRARCH's verb transformations, as written (not applied by Argus)

Usage:  python3 tools/knowledge/cameo_verbs.py [--shared DIR] [--check]

Sources: ../shared/knowledge/petrarch2/CAMEO.2.0.txt (MIT) and plover/CAMEO2PLOVER-2021.txt
(CC BY-SA 4.0); provenance is read from ../shared/knowledge/README.md. Python 3 standard library only.

Pattern ids are BLOCK-xxxxxx, the first six hex digits of the SHA-1 of the block name, the pattern's
text (blanks collapsed) and its code: a pattern keeps its id however the file is reordered or grows,
and changes id only when its own text or code changes. A repeated identical pattern in one block is
written once.
"""
import hashlib
import os
import re
import sys

import provenance as pv

OUT = os.path.join(pv.RESOURCES, "events", "cameo")

# English prepositions, a closed grammatical class: a bare one in a pattern (TABARI's flat word
# sequences, "- * ATTACK ON +") is read as opening a prepositional phrase, as "(ON +)" would.
PREPOSITIONS = {"ABOUT", "ACROSS", "AFTER", "AGAINST", "ALONG", "AMONG", "AT", "BEFORE", "BETWEEN", "BY", "DURING",
                "FOR", "FROM", "IN", "INTO", "OF", "ON", "ONTO", "OVER", "THROUGH", "TO", "TOWARD", "TOWARDS",
                "UNDER", "UPON", "WITH", "WITHIN"}
MARKERS = {"$", "+", "^", "%"}
DELIMITERS = set("|,:\t")


class PatternError(Exception):
    pass


def regular_forms(stem):
    """PETRARCH2's regular forms of a verb written without {...}: -S/-ES/-IES, -D/-ED, -ING (final E dropped
    after a consonant)."""
    if stem[-1] in "SXZ":
        s = stem + "ES"
    elif stem[-1] == "Y":
        s = stem[:-1] + "IES"
    else:
        s = stem + "S"
    d = stem + "D" if stem[-1] == "E" else stem + "ED"
    ing = stem[:-1] + "ING" if stem[-1] == "E" and len(stem) > 1 and stem[-2] not in "AEIOU" else stem + "ING"
    return [s, d, ing]


def split_compound(word):
    """'+ASK_FOR' -> ([], 'ASK', ['FOR']); 'WIRE_+TAP' -> (['WIRE'], 'TAP', []); 'ASK' -> ([], 'ASK', [])."""
    parts = [p for p in word.split("_") if p]
    marked = [i for i, p in enumerate(parts) if p.startswith("+")]
    if len(parts) == 1:
        return [], parts[0].lstrip("+"), []
    if len(marked) != 1:
        raise PatternError(f"multi-word verb '{word}' needs exactly one '+'")
    i = marked[0]
    return parts[:i], parts[i][1:], parts[i + 1:]


def parse_verb_line(text):
    """(before, verb, after, forms, raw code or None) of a verb line without its comment."""
    code = None
    m = re.search(r"\[([^\]]*)\]\s*$", text)
    if m:
        code = m.group(1).strip()
        text = text[:m.start()]
    forms_given = None
    if "{" in text:
        if "}" not in text:
            raise PatternError("'{' without '}'")
        forms_given = [f for f in text[text.index("{") + 1:text.index("}")].replace(",", " ").split()]
        text = text[:text.index("{")]
    words = text.split()
    if len(words) != 1:
        raise PatternError(f"expected one verb before the forms, got '{text.strip()}'")
    before, verb, after = split_compound(words[0])
    if forms_given is None:
        forms = regular_forms(verb)
    else:
        forms = []
        for f in forms_given:
            b, v, a = split_compound(f) if "_" in f else ([], f.lstrip("+"), [])
            if (b, a) != (before, after) and "_" in f:
                raise PatternError(f"form '{f}' does not have the words of '{words[0]}'")
            forms.append(v)
    if not re.fullmatch(r"[A-Z][A-Z'-]*", verb):
        raise PatternError(f"verb '{verb}' is not a word")
    forms = [f for f in dict.fromkeys([verb] + forms)]
    return before, verb, after, forms, code


def tokenize(side):
    return side.replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ").split()


def words_of(token):
    """'AIR_STRIKE' is two consecutive words; a synonym-set name ('&FIGHT_OF_WORDS') is one."""
    return [token] if token.startswith("&") else [w for w in token.split("_") if w]


def parse_side(side, synsets):
    """A side of '*' -> (items, preps): items are top-level noun items, preps (prep, [items])."""
    toks = tokenize(side)
    items, preps, i = [], [], 0

    def item(i):
        if toks[i] == "{":
            j = toks.index("}", i) if "}" in toks[i:] else -1
            if j < 0:
                raise PatternError("'{' without '}'")
            words = [w for t in toks[i + 1:j] for w in words_of(t)]
            if not words:
                raise PatternError("empty {}")
            return words, j + 1
        if toks[i] in "(){}":
            raise PatternError(f"unexpected '{toks[i]}'")
        return words_of(toks[i]), i + 1

    while i < len(toks):
        t = toks[i]
        if t == "(":
            if ")" not in toks[i:]:
                raise PatternError("'(' without ')'")
            j = toks.index(")", i)
            inner = toks[i + 1:j]
            if not inner or inner[0] in "{}()":
                raise PatternError("a prepositional phrase must start with its preposition")
            prep, k, phrase_items = inner[0], i + 2, []
            while k < j:
                words, k = item(k)
                phrase_items.append(words)
            preps.append((prep, phrase_items))
            i = j + 1
        else:
            words, i = item(i)
            items.append(words)
    for words in items + [w for _, ws in preps for w in ws]:
        for w in words:
            check_word(w, synsets)
    for prep, _ in preps:
        if not re.fullmatch(r"[A-Z]+(/[A-Z]+)*", prep):
            raise PatternError(f"'{prep}' is not a preposition")
    return items, preps


def check_word(w, synsets):
    if w in MARKERS:
        if w == "%":
            raise PatternError("the compound marker % is not supported")
        return
    if w.startswith("&"):
        if w not in synsets:
            raise PatternError(f"undefined synonym set {w}")
        return
    if any(c in DELIMITERS for c in w) or "*" in w:
        raise PatternError(f"word '{w}' contains a delimiter")


def flat_to_preps(items, preps):
    """TABARI's flat sequences: a bare preposition opens a phrase holding the items after it."""
    kept, converted, current = [], [], None
    for words in items:
        if len(words) == 1 and words[0] in PREPOSITIONS:
            current = (words[0], [])
            converted.append(current)
        elif current is not None:
            current[1].append(words)
        else:
            kept.append(words)
    return kept, converted + preps, bool(converted)


def enc_item(words):
    return " ".join(w if w.startswith("&") or w in MARKERS else w.lower() for w in words)


def enc_preps(preps):
    return "|".join(p.lower() + ":" + ",".join(enc_item(w) for w in ws) for p, ws in preps)


def role_slot(marker, subj, subj_preps, objs, preps):
    where = []
    if any(marker in w for w in subj):
        where.append("subject")
    where += ["subject-prep:" + p.lower() for p, ws in subj_preps if any(marker in w for w in ws)]
    if any(marker in w for w in objs):
        where.append("object")
    where += ["prep:" + p.lower() for p, ws in preps if any(marker in w for w in ws)]
    return "|".join(where)


def parse_codes(raw):
    """'042:043' -> ('042', '043'); ':173' -> ('', '173'); '---' -> ('', ''); '080!' -> ('080', '')."""
    raw = raw.strip()
    if raw == "---":
        return "", ""
    m = re.fullmatch(r"(\d{2,4})?!?(?::(\d{2,4}))?", raw)
    if not m or not (m.group(1) or m.group(2)):
        raise PatternError(f"cannot read the code [{raw}]")
    return m.group(1) or "", m.group(2) or ""


def main():
    args = pv.arguments(__doc__.split("\n")[0])
    cameo = pv.Source(args.knowledge, "petrarch2/CAMEO.2.0.txt")
    c2p = pv.Source(args.knowledge, "plover/CAMEO2PLOVER-2021.txt")
    table, roots = pv.cameo_to_plover(c2p)
    warnings = []
    synsets, synset_rows = {}, []
    verbs, patterns, transformations = [], [], []
    seen_ids, seen_transforms = {}, set()
    section, current_set, block, block_code = "synsets", None, None, None
    for number, line in cameo.lines():
        where = f"{cameo.path}:{number}"
        if line.startswith("####### VERB PATTERNS"):
            section = "verbs"
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            section = "transformations"
            continue
        if line.startswith("#") or not line.strip():
            continue
        if section == "synsets":
            text = line.split("#", 1)[0].strip()
            if text.startswith("&"):
                current_set = text
                synsets[current_set] = []
            elif text.startswith("+") and current_set:
                entry = text[1:].rstrip("_").replace("_", " ").split()
                synsets[current_set].append(entry)
                synset_rows.append(pv.tsv([current_set, enc_item(entry), str(number)]))
            else:
                raise SystemExit(f"{where}: cannot read synonym-set line '{line}'")
        elif section == "transformations":
            text = line.split("#", 1)[0].strip()
            if not text.startswith("~") or "=" not in text:
                raise SystemExit(f"{where}: cannot read transformation '{line}'")
            lhs, rhs = (" ".join(s.split()) for s in text[1:].split("=", 1))
            if (lhs, rhs) not in seen_transforms:
                seen_transforms.add((lhs, rhs))
                transformations.append(pv.tsv([f"T{len(transformations) + 1}", lhs, rhs, str(number)]))
        elif line.startswith("---"):
            m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
            if not m:
                raise SystemExit(f"{where}: cannot read block header '{line}'")
            block, block_code = m.group(1), parse_codes(m.group(2))[0]
        elif line.startswith("-"):
            if block is None:
                raise SystemExit(f"{where}: pattern before any block")
            body, _, comment = line[1:].partition("#")
            m = re.search(r"\[([^\]]*)\]\s*$", body.rstrip())
            if not m:
                warnings.append(f"{where}: pattern without a [code], skipped")
                continue
            raw_code = m.group(1).strip()
            text = " ".join(body[:m.start()].split())
            found_with = (comment.split() or [""])[0].lower()
            pid = block + "-" + hashlib.sha1(f"{block}\t{text}\t{raw_code}".encode("utf-8")).hexdigest()[:6]
            if pid in seen_ids:
                if seen_ids[pid] != (text, raw_code):
                    raise SystemExit(f"{where}: id {pid} collides with another pattern: lengthen the hash")
                continue
            seen_ids[pid] = (text, raw_code)
            status = "ok"
            subj = subj_preps = objs = preps = []
            try:
                code, passive = parse_codes(raw_code)
                if text.count("*") != 1:
                    raise PatternError("a pattern needs exactly one '*' for the verb")
                pre, post = text.split("*")
                subj, subj_preps = parse_side(pre, synsets)
                objs, preps = parse_side(post, synsets)
                subj, subj_preps, c1 = flat_to_preps(subj, subj_preps)
                objs, preps, c2 = flat_to_preps(objs, preps)
                if c1 or c2:
                    status = "flat"
            except PatternError as e:
                code, passive = parse_codes(raw_code) if re.fullmatch(r"[\d:!-]+", raw_code) else ("", "")
                status = "unsupported: " + str(e)
            ptype, mode, context, how = pv.plover_for(code or passive, table, roots)
            patterns.append(pv.tsv([
                pid, block, str(number), "|".join(enc_item(w) for w in subj), enc_preps(subj_preps),
                "|".join(enc_item(w) for w in objs), enc_preps(preps),
                role_slot("$", subj, subj_preps, objs, preps), role_slot("+", subj, subj_preps, objs, preps),
                code, passive, raw_code, ptype, mode, context, how, status, found_with]))
        else:
            if block is None:
                raise SystemExit(f"{where}: verb before any block")
            text = re.split(r"[#;]", line, maxsplit=1)[0].strip()
            try:
                before, verb, after, forms, raw = parse_verb_line(text)
                code = parse_codes(raw)[0] if raw is not None else block_code
            except PatternError as e:
                warnings.append(f"{where}: {e}; verb skipped")
                continue
            ptype, mode, context, how = pv.plover_for(code, table, roots)
            verbs.append(pv.tsv([block, verb.lower(), " ".join(before).lower(), " ".join(after).lower(),
                                 "|".join(f.lower() for f in forms), code, ptype, mode, context, str(number)]))
    for w in warnings:
        sys.stderr.write(w + "\n")
    sources = [cameo, c2p]
    outputs = {
        os.path.join(OUT, "verbs.tsv"): pv.header("cameo_verbs.py", sources, [
            "block", "verb", "before", "after", "forms", "code", "type", "mode", "context", "line"], [
            "One row per verb line of a block. 'verb' is the word the parser tags as the verb; 'before'/'after' are the",
            "other words of a multi-word verb ('+ASK_FOR' gives verb 'ask', after 'for'). 'forms' are the inflected forms",
            "({...} when given, else PETRARCH2's regular forms). 'code' is the verb's own CAMEO code or its block's ('' = none).",
            f"{len(warnings)} line(s) could not be read and are left out (the generator names them)."]) + verbs,
        os.path.join(OUT, "patterns.tsv"): pv.header("cameo_verbs.py", sources, [
            "id", "block", "line", "subject", "subject_preps", "objects", "preps", "source", "target", "code",
            "passive_code", "raw_code", "type", "mode", "context", "plover_from", "status", "found_with"], [
            "One row per pattern '- SUBJECT * OBJECTS (PREP NP) [CODE] # verb'. Items are separated by '|'; a phrase's words",
            "by ' ' (the last is its head); '&NAME' is a synonym set (synsets.tsv); 'a/b' alternatives; '$' source, '+' target,",
            "'^' any noun phrase. preps: 'prep:item,item' ('with:' = any object). source/target: the slot holding $/+ ('' = the",
            "default roles). code [active:passive]: a passive-only code makes the subject the target. plover_from: exact row,",
            "'parent' (three-digit code) or 'root' (two-digit) of CAMEO2PLOVER. status: ok; flat (a TABARI word sequence whose",
            "bare prepositions were read as phrases); or unsupported: reason (kept for the record, never matched).",
            "The PLOVER columns adapt CAMEO2PLOVER (CC BY-SA 4.0, Open Event Data Alliance): this table stays under CC BY-SA 4.0."])
        + patterns,
        os.path.join(OUT, "synsets.tsv"): pv.header("cameo_verbs.py", [cameo], ["set", "entry", "line"], [
            "One row per synonym-set entry; a multi-word entry is a phrase whose last word is its head."]) + synset_rows,
        os.path.join(OUT, "transformations.tsv"): pv.header("cameo_verbs.py", [cameo], ["id", "pattern", "result", "line"], [
            "PETRARCH2's verb transformations ('a (a b ATTACK) SAY = a b 015'), repeated ones once; Argus does not apply them."])
        + transformations,
    }
    return pv.emit(outputs, args.check)


if __name__ == "__main__":
    sys.exit(main())
