package org.argus.actors;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argus.model.ActorType;
import org.argus.words.Lines;

/**
 * Reads the leaders list ({@code org/argus/actors/leaders.tsv}): {@code name, aliases (|), country,
 * role, from, to}, one line per term of office; a person's terms (lines with the same name) become
 * one {@link ActorDictionary.Entry}, coded with the office while it is held and the country always. The
 * country column holds IGO or IMG for an organisation's officer. Stateless.
 */
final class Leaders {
    private Leaders() {
    }

    /** The shipped list's entries; a bad line fails naming it. */
    static List<ActorDictionary.Entry> shipped() {
        return entries(Lines.resource("/org/argus/actors/leaders.tsv"));
    }

    /** The entries of a leaders list given as text; {@code where} names it in messages. */
    static List<ActorDictionary.Entry> parse(String text, String where) {
        try {
            return entries(Lines.read(where, new StringReader(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ActorDictionary.Entry> entries(List<Lines.Line> lines) {
        Map<String, List<ActorDictionary.Affiliation>> terms = new LinkedHashMap<>();
        Map<String, Set<String>> aliases = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (Lines.Line line : lines) {
            if (line.text().startsWith("name\t")) {
                continue; // the header
            }
            String[] c = line.fields();
            if (c.length < 4 || c.length > 6) {
                // a line's trailing empty columns (no end of term, or no dates) are not kept
                throw new IllegalArgumentException(line.where() + ": expected 6 tab-separated columns, found " + c.length);
            }
            c = java.util.Arrays.copyOf(c, 6);
            String name = c[0].strip();
            String code = c[2].strip();
            boolean org = code.equals("IGO") || code.equals("IMG");
            String role = c[3].strip();
            String sector = org ? code : switch (role) {
                case "Leader" -> "REB";
                case "Commander" -> "MIL";
                case "Speaker" -> "LEG";
                default -> "GOV";
            };
            LocalDate from;
            LocalDate to;
            try {
                from = c[4] == null || c[4].isBlank() ? null : date(c[4].strip(), false);
                to = c[5] == null || c[5].isBlank() ? null : date(c[5].strip(), true);
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new IllegalArgumentException(line.where() + ": bad date: " + e.getMessage(), e);
            }
            terms.computeIfAbsent(name, k -> new ArrayList<>()).add(new ActorDictionary.Affiliation(org ? null : code, sector, role, from,
                    to));
            for (String alias : c[1].split("\\|")) {
                if (!alias.isBlank()) {
                    aliases.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(alias.strip());
                }
            }
            first.putIfAbsent(name, line.number());
        }
        List<ActorDictionary.Entry> entries = new ArrayList<>();
        for (Map.Entry<String, List<ActorDictionary.Affiliation>> e : terms.entrySet()) {
            List<ActorDictionary.Affiliation> codings = new ArrayList<>(e.getValue());
            codings.sort(Comparator.comparing(ActorDictionary.Affiliation::from, Comparator.nullsFirst(Comparator.naturalOrder())));
            // the state served last ("Nazarbayev": Soviet Kazakh leader, then Kazakhstan's president)
            String country = null;
            for (ActorDictionary.Affiliation a : codings) {
                if (a.country() != null) {
                    country = a.country();
                }
            }
            if (country != null) {
                // out of office, or undated: still of their country, with no office to code
                codings.add(new ActorDictionary.Affiliation(country, null, null, null, null));
            }
            List<String> other = aliases.getOrDefault(e.getKey(), Set.of()).stream().filter(a -> !a.equals(e.getKey())).toList();
            entries.add(new ActorDictionary.Entry(e.getKey(), ActorType.PERSON, other, codings, List.of(), first.get(e.getKey())));
        }
        return entries;
    }

    /** "2019", "2019-04" or "2019-04-02": the first day of the period for a start, the last for an end. */
    private static LocalDate date(String text, boolean end) {
        String[] parts = text.split("-");
        int year = Integer.parseInt(parts[0]);
        if (parts.length == 1) {
            return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        }
        int month = Integer.parseInt(parts[1]);
        if (parts.length == 2) {
            LocalDate start = LocalDate.of(year, month, 1);
            return end ? start.withDayOfMonth(start.lengthOfMonth()) : start;
        }
        return LocalDate.parse(text);
    }
}
