package org.argus.events.cameo;

import java.util.ArrayList;
import java.util.List;

/**
 * One pattern of a verb block, {@code - SUBJECT * OBJECTS (PREP NP) [CODE]}, with its slots parsed:
 * noun items before the verb ({@code subject}, with their prepositional phrases {@code subjectPreps}),
 * after it ({@code objects}) and its prepositional phrases ({@code preps}). {@code code} is the active
 * CAMEO code, {@code passiveCode} the code after a colon; a pattern with only a passive code makes
 * its subject the event's target. {@code status} is "ok", "flat" (a TABARI word sequence whose bare
 * prepositions were read as phrases) or "unsupported: why" (never matched). {@code id} is stable
 * across regenerations (a hash of block, text and code) and is what a trace names, as
 * {@code cameo:ID}.
 */
public record CameoPattern(String id, String block, List<Item> subject, List<Prep> subjectPreps, List<Item> objects,
        List<Prep> preps, String code, String passiveCode, PloverCode plover, String status, String where) {

    public CameoPattern {
        subject = List.copyOf(subject);
        subjectPreps = List.copyOf(subjectPreps);
        objects = List.copyOf(objects);
        preps = List.copyOf(preps);
    }

    /**
     * The literal words the pattern cannot match without, each as its alternatives ("bombing/explosion"
     * gives both): a quick test that a sentence may hold the pattern before binding it.
     */
    public List<List<String>> requiredWords() {
        List<List<String>> out = new ArrayList<>();
        List<Item> all = new ArrayList<>(subject);
        all.addAll(objects);
        for (Prep p : subjectPreps) {
            all.addAll(p.items());
        }
        for (Prep p : preps) {
            all.addAll(p.items());
        }
        for (Item i : all) {
            for (String w : i.words()) {
                if (!w.startsWith("&")) {
                    out.add(List.of(w.split("/")));
                }
            }
        }
        return out;
    }

    /** The id as a trace names it. */
    public String traceId() {
        return "cameo:" + id;
    }

    /** Whether the matcher uses this pattern. */
    public boolean usable() {
        return status.equals("ok") || status.equals("flat");
    }

    /** The pattern names no code at all: it says the verb is no event in this construction. */
    public boolean noEvent() {
        return code.isEmpty() && passiveCode.isEmpty();
    }

    /** How many of the pattern's elements constrain the parse (each word or synonym set 2, each preposition or marker 1). */
    public int specificity() {
        int s = 0;
        for (Item i : subject) {
            s += i.weight();
        }
        for (Item i : objects) {
            s += i.weight();
        }
        for (Prep p : subjectPreps) {
            s += p.weight();
        }
        for (Prep p : preps) {
            s += p.weight();
        }
        return s;
    }

    /**
     * A noun item: a role marker ({@code $} source, {@code +} target, {@code ^} any noun phrase) or a
     * phrase of word specs whose last is its head. A word spec is a lower-case word, alternatives
     * {@code a/b}, or a synonym set {@code &NAME}.
     */
    public record Item(String marker, List<String> words) {
        public Item {
            words = List.copyOf(words);
        }

        /** Parses one encoded item ("$", "&MILITARY", "mock attack"); fails on an empty one. */
        public static Item parse(String text) {
            String t = text.strip();
            if (t.isEmpty()) {
                throw new IllegalArgumentException("empty item");
            }
            if (t.equals("$") || t.equals("+") || t.equals("^")) {
                return new Item(t, List.of());
            }
            List<String> words = List.of(t.split(" +"));
            for (String w : words) {
                if (w.equals("$") || w.equals("+") || w.equals("^")) {
                    throw new IllegalArgumentException("marker '" + w + "' inside the phrase '" + t + "'");
                }
            }
            return new Item(null, words);
        }

        public boolean isMarker() {
            return marker != null;
        }

        /** The head's word spec (the last word), or null for a marker. */
        public String head() {
            return isMarker() ? null : words.get(words.size() - 1);
        }

        /** The word specs before the head. */
        public List<String> modifiers() {
            return isMarker() ? List.of() : words.subList(0, words.size() - 1);
        }

        int weight() {
            return isMarker() ? 1 : 2 * words.size();
        }
    }

    /** A prepositional phrase: the preposition (alternatives {@code by/with}) and its items (none: any). */
    public record Prep(List<String> prepositions, List<Item> items) {
        public Prep {
            prepositions = List.copyOf(prepositions);
            items = List.copyOf(items);
        }

        /** Parses "to:border" or "with:" or "to:^,+". */
        public static Prep parse(String text) {
            int colon = text.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("expected 'prep:items', got '" + text + "'");
            }
            List<Item> items = new ArrayList<>();
            String rest = text.substring(colon + 1);
            if (!rest.isBlank()) {
                for (String item : rest.split(",")) {
                    items.add(Item.parse(item));
                }
            }
            return new Prep(List.of(text.substring(0, colon).split("/")), items);
        }

        int weight() {
            int w = 1;
            for (Item i : items) {
                w += i.weight();
            }
            return w;
        }
    }
}
