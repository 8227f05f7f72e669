package org.argus.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argus.model.ActorType;

/**
 * Reads a TABARI/PETRARCH actor dictionary (the format of Phoenix.Countries.actors.txt) and writes it
 * as an Argus actor dictionary (YAML, see {@link ActorDictionary}). The format: an actor line
 * {@code NAME_WITH_UNDERSCORES [CODE]} or the name alone; following {@code +SYNONYM} lines are
 * aliases; indented {@code [CODE DATES]} lines add codes valid for a period, where DATES is
 * {@code >yyyymmdd} (from), {@code <yyyymmdd} (until) or {@code yyyymmdd-yyyymmdd} (six-digit
 * dates are yymmdd). A CAMEO code is a country (ISO3, or a sector such as IGO/NGO in its place)
 * followed by three-letter sector chunks. {@code #} starts a comment, as do lines starting
 * {@code <!--}. Each line it cannot read is reported as {@code file:line: reason} and skipped.
 */
public final class PetrarchImporter {
    private static final Pattern CODE = Pattern.compile("\\[([A-Z0-9]{3,})(?:\\s+([<>]?\\d{6,8}(?:\\s*-\\s*\\d{6,8})?))?\\s*]");
    private static final Set<String> ORG_WORDS = Set.of("organization", "organisation", "union", "council", "ministry",
            "party", "army", "front", "movement", "league", "agency", "committee", "association", "bank", "court",
            "forces", "brigade", "brigades", "government", "parliament", "assembly", "commission", "police",
            "company", "corporation", "group", "fund", "programme", "program", "office", "mission", "navy");
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "de", "del", "der", "van", "von",
            "of", "the", "and", "for", "da", "di", "la", "le");

    private PetrarchImporter() {
    }

    /** Reads {@code file} into dictionary entries; problems go to {@code errors}. */
    public static List<ActorDictionary.Entry> read(Path file, Consumer<String> errors) throws IOException {
        List<ActorDictionary.Entry> out = new ArrayList<>();
        Draft current = null;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String raw;
            int number = 0;
            while ((raw = reader.readLine()) != null) {
                number++;
                String line = stripComment(raw);
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + number + ": ";
                boolean indented = Character.isWhitespace(line.charAt(0));
                String text = line.strip();
                if (text.startsWith("+")) {
                    if (current == null) {
                        errors.accept(where + "synonym before any actor");
                    } else {
                        current.aliases.add(name(text.substring(1)));
                    }
                } else if (indented && text.startsWith("[")) {
                    if (current == null) {
                        errors.accept(where + "code before any actor");
                    } else if (!codes(text, current, where, errors)) {
                        errors.accept(where + "cannot read the code '" + text + "'");
                    }
                } else {
                    if (current != null) {
                        out.add(current.build());
                    }
                    int bracket = text.indexOf('[');
                    String name = name(bracket < 0 ? text : text.substring(0, bracket));
                    if (name.isBlank()) {
                        errors.accept(where + "actor line without a name");
                        current = null;
                        continue;
                    }
                    current = new Draft(name, number);
                    if (bracket >= 0 && !codes(text.substring(bracket), current, where, errors)) {
                        errors.accept(where + "cannot read the code '" + text.substring(bracket) + "'");
                    }
                }
            }
        }
        if (current != null) {
            out.add(current.build());
        }
        return out;
    }

    /** The entries as a YAML actor dictionary that {@link ActorDictionary#load} reads back. */
    public static String toYaml(List<ActorDictionary.Entry> entries, String source) {
        StringBuilder y = new StringBuilder();
        y.append("# Argus actor dictionary imported from ").append(source.replaceAll("[\\r\\n]", " ")).append('\n');
        y.append("actors:\n");
        for (ActorDictionary.Entry e : entries) {
            y.append("  - name: ").append(quote(e.name())).append('\n');
            y.append("    type: ").append(e.type()).append('\n');
            if (!e.aliases().isEmpty()) {
                y.append("    aliases: [").append(String.join(", ", e.aliases().stream().map(PetrarchImporter::quote).toList()))
                        .append("]\n");
            }
            if (!e.affiliations().isEmpty()) {
                y.append("    affiliations:\n");
                for (ActorDictionary.Affiliation a : e.affiliations()) {
                    List<String> fields = new ArrayList<>();
                    if (a.country() != null) {
                        fields.add("country: " + a.country());
                    }
                    if (a.sector() != null) {
                        fields.add("sector: " + a.sector());
                    }
                    if (a.from() != null) {
                        fields.add("from: " + a.from());
                    }
                    if (a.to() != null) {
                        fields.add("to: " + a.to());
                    }
                    y.append("      - {").append(String.join(", ", fields)).append("}\n");
                }
            }
        }
        return y.toString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String stripComment(String line) {
        if (line.stripLeading().startsWith("<!--")) {
            return "";
        }
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static boolean codes(String text, Draft draft, String where, Consumer<String> errors) {
        Matcher m = CODE.matcher(text);
        boolean any = false;
        while (m.find()) {
            any = true;
            String code = m.group(1);
            String country = null;
            String sector = null;
            String first = code.substring(0, 3);
            if (Sectors.CODES.containsKey(first)) {
                sector = first;
            } else {
                country = first;
            }
            for (int i = 3; i + 3 <= code.length() && sector == null; i += 3) {
                String chunk = code.substring(i, i + 3);
                if (Sectors.CODES.containsKey(chunk)) {
                    sector = chunk;
                }
            }
            LocalDate from = null;
            LocalDate to = null;
            String dates = m.group(2);
            try {
                if (dates != null) {
                    String d = dates.replace(" ", "");
                    if (d.startsWith(">")) {
                        from = date(d.substring(1));
                    } else if (d.startsWith("<")) {
                        to = date(d.substring(1));
                    } else if (d.contains("-")) {
                        from = date(d.substring(0, d.indexOf('-')));
                        to = date(d.substring(d.indexOf('-') + 1));
                    } else {
                        from = date(d);
                        to = from;
                    }
                }
            } catch (RuntimeException e) {
                errors.accept(where + "bad date '" + dates + "' (" + e.getMessage() + ")");
                continue;
            }
            if (country == null && sector == null) {
                errors.accept(where + "code '" + code + "' names neither a country nor a known sector");
                continue;
            }
            draft.codes.add(new ActorDictionary.Affiliation(country, sector, null, from, to));
        }
        return any;
    }

    static LocalDate date(String digits) {
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            digits = (yy >= 50 ? "19" : "20") + digits;
        }
        if (digits.length() != 8) {
            throw new IllegalArgumentException("expected yyyymmdd or yymmdd");
        }
        return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                Integer.parseInt(digits.substring(6, 8)));
    }

    /** "ABDUL_RASHID_DOSTUM_" to "Abdul Rashid Dostum"; a short single word stays an acronym ("NATO"). */
    static String name(String raw) {
        String spaced = raw.replace('_', ' ').strip().replaceAll("\\s+", " ");
        if (spaced.isEmpty()) {
            return spaced;
        }
        if (!spaced.contains(" ") && spaced.length() <= 4 || !spaced.equals(spaced.toUpperCase(Locale.ROOT))) {
            return spaced;
        }
        StringBuilder out = new StringBuilder();
        String[] words = spaced.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                out.append(' ');
            }
            if (i > 0 && PARTICLES.contains(w)) {
                out.append(w);
            } else {
                for (String part : w.split("(?<=-)")) {
                    out.append(part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
                }
            }
        }
        return out.toString();
    }

    private static final class Draft {
        final String name;
        final int line;
        final List<String> aliases = new ArrayList<>();
        final List<ActorDictionary.Affiliation> codes = new ArrayList<>();

        Draft(String name, int line) {
            this.name = name;
            this.line = line;
        }

        ActorDictionary.Entry build() {
            ActorType type = ActorType.PERSON;
            boolean onlyCountry = !codes.isEmpty() && codes.stream().allMatch(c -> c.sector() == null && c.from() == null
                    && c.to() == null);
            if (onlyCountry) {
                type = ActorType.COUNTRY;
            } else if (codes.stream().anyMatch(c -> "IGO".equals(c.sector()) || "NGO".equals(c.sector()))
                    || List.of(name.toLowerCase(Locale.ROOT).split(" ")).stream().anyMatch(ORG_WORDS::contains)
                    || !name.contains(" ")) {
                type = ActorType.ORGANIZATION;
            }
            return new ActorDictionary.Entry(name, type, aliases.stream().distinct().filter(a -> !a.equals(name)).toList(),
                    codes, List.of(), line);
        }
    }
}
