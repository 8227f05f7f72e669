package org.argus.actors;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.argus.model.ActorType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the analyst's actor dictionary file, YAML as docs/actors.md describes it ({@link ActorDictionary}):
 * each entry checked (known fields, type, ISO country code, documented sector, dates in order), each
 * problem reported as {@code file:line: reason} with the entry skipped. Stateless.
 */
final class DictionaryFile {
    private static final Set<String> ENTRY_KEYS = Set.of("name", "type", "aliases", "country", "sector", "role",
            "from", "to", "distinct", "affiliations");
    private static final Set<String> AFFILIATION_KEYS = Set.of("country", "sector", "role", "from", "to");

    private DictionaryFile() {
    }

    /**
     * Loads a dictionary file; each bad entry is reported to {@code errors} as {@code file:line: reason}
     * and skipped. A file that cannot be read or is not YAML at all is one error and gives an empty dictionary.
     */
    static List<ActorDictionary.Entry> read(Path file, Consumer<String> errors) {
        String where = file.toString();
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            errors.accept(where + ":" + (e.getProblemMark().getLine() + 1) + ": not valid YAML: " + e.getProblem());
            return List.of();
        } catch (IOException | RuntimeException e) {
            errors.accept(where + ": cannot read the actor dictionary: " + e.getMessage());
            return List.of();
        }
        if (root == null) {
            return List.of();
        }
        Node list = root instanceof MappingNode m ? value(m, "actors") : null;
        if (!(list instanceof SequenceNode seq)) {
            errors.accept(where + ":" + line(root) + ": expected a top-level 'actors:' list");
            return List.of();
        }
        List<ActorDictionary.Entry> entries = new ArrayList<>();
        for (Node item : seq.getValue()) {
            try {
                entries.add(entry(item));
            } catch (Invalid e) {
                errors.accept(where + ":" + e.line + ": " + e.getMessage());
            }
        }
        return entries;
    }

    private static ActorDictionary.Entry entry(Node node) throws Invalid {
        if (!(node instanceof MappingNode m)) {
            throw new Invalid(node, "an actor must be a mapping with at least 'name'");
        }
        checkKeys(m, ENTRY_KEYS);
        String name = scalar(m, "name");
        if (name == null || name.isBlank()) {
            throw new Invalid(node, "actor without a name");
        }
        ActorType type = ActorType.PERSON;
        String typeText = scalar(m, "type");
        if (typeText != null) {
            try {
                type = ActorType.valueOf(typeText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Invalid(value(m, "type"), "unknown type '" + typeText + "' (one of "
                        + List.of(ActorType.values()) + ")");
            }
        }
        List<ActorDictionary.Affiliation> affiliations = new ArrayList<>();
        if (value(m, "country") != null || value(m, "sector") != null || value(m, "role") != null
                || value(m, "from") != null || value(m, "to") != null) {
            affiliations.add(affiliation(m));
        }
        Node more = value(m, "affiliations");
        if (more != null) {
            if (!(more instanceof SequenceNode seq)) {
                throw new Invalid(more, "'affiliations' must be a list");
            }
            for (Node a : seq.getValue()) {
                if (!(a instanceof MappingNode am)) {
                    throw new Invalid(a, "an affiliation must be a mapping");
                }
                checkKeys(am, AFFILIATION_KEYS);
                affiliations.add(affiliation(am));
            }
        }
        return new ActorDictionary.Entry(name.strip(), type, strings(m, "aliases"), affiliations, strings(m, "distinct"), line(node));
    }

    private static ActorDictionary.Affiliation affiliation(MappingNode m) throws Invalid {
        String country = scalar(m, "country");
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw new Invalid(value(m, "country"), "country must be an ISO 3166-1 alpha-3 code like LBY, got '" + country + "'");
        }
        String sector = scalar(m, "sector");
        if (sector != null && !Sectors.CODES.containsKey(sector)) {
            throw new Invalid(value(m, "sector"), "unknown sector '" + sector + "' (see sectors.tsv: "
                    + Sectors.CODES.keySet() + ")");
        }
        LocalDate from = date(m, "from");
        LocalDate to = date(m, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new Invalid(value(m, "to"), "'to' " + to + " is before 'from' " + from);
        }
        return new ActorDictionary.Affiliation(country, sector, scalar(m, "role"), from, to);
    }

    private static LocalDate date(MappingNode m, String key) throws Invalid {
        String text = scalar(m, key);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(value(m, key), "'" + key + "' must be a date yyyy-mm-dd, got '" + text + "'");
        }
    }

    private static void checkKeys(MappingNode m, Set<String> allowed) throws Invalid {
        for (NodeTuple t : m.getValue()) {
            String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (k == null || !allowed.contains(k)) {
                throw new Invalid(t.getKeyNode(), "unknown field '" + k + "' (allowed: " + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    private static Node value(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static String scalar(MappingNode m, String key) throws Invalid {
        Node v = value(m, key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof ScalarNode s)) {
            throw new Invalid(v, "'" + key + "' must be a single value");
        }
        return s.getValue().isEmpty() ? null : s.getValue();
    }

    private static List<String> strings(MappingNode m, String key) throws Invalid {
        Node v = value(m, key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof ScalarNode s) {
            return s.getValue().isBlank() ? List.of() : List.of(s.getValue().strip());
        }
        if (!(v instanceof SequenceNode seq)) {
            throw new Invalid(v, "'" + key + "' must be a list of names");
        }
        List<String> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            if (!(n instanceof ScalarNode s) || s.getValue().isBlank()) {
                throw new Invalid(n, "'" + key + "' must hold names");
            }
            out.add(s.getValue().strip());
        }
        return out;
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static final class Invalid extends Exception {
        final int line;

        Invalid(Node node, String message) {
            super(message);
            this.line = node == null ? 0 : line(node);
        }
    }
}
