package org.argus.events.cameo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.RawDocument;
import org.argus.model.Sentence;
import org.argus.model.SourceRef;
import org.argus.model.Token;
import org.argus.nlp.AnnotateStage;
import org.argus.nlp.corenlp.SharedAnnotator;

/**
 * What the CAMEO dictionary alone finds in the measuring sets (a measurement of the knowledge, not a
 * coder): each record's text is annotated by the real CoreNLP annotator with every sentence parsed,
 * every verb token is matched, and the PLOVER types the matches name are compared, per record, with
 * the gold types; the shipped lexicon's types (read from {@code argus analyze --format jsonl} output)
 * are compared the same way. Reported separately for PLV odd ids, PLV even ids and GSR dev. Prints
 * figures and, for the halves errors may be looked at (GSR dev, PLV odd), the blocks that fire on
 * records with no gold event of their type, as names and counts only: never a sentence.
 * Usage: {@code CameoEval GSR_DEV.jsonl PLV_TRAIN.jsonl GSR_SYSTEM.jsonl PLV_SYSTEM.jsonl}.
 */
public final class CameoEval {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMBER = Pattern.compile("(\\d+)$");
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private CameoEval() {
    }

    /** One record: its gold events (each a set of accepted types) and what each system said. */
    private record Scored(List<Set<String>> gold, Set<String> lexicon, List<CameoMatch> matches,
            Set<String> reachable, boolean anyVerbKnown) {
    }

    public static void main(String[] args) throws IOException {
        CameoMatcher matcher = new CameoMatcher(CameoDictionary.load());
        CameoDictionary dictionary = CameoDictionary.load();
        AnnotateStage annotate = new AnnotateStage(SharedAnnotator.get());
        Map<String, Set<String>> gsrLexicon = systemTypes(Path.of(args[2]));
        Map<String, Set<String>> plvLexicon = systemTypes(Path.of(args[3]));
        Map<String, List<Scored>> splits = new TreeMap<>();
        List<Sentence> all = new ArrayList<>();
        for (JsonNode r : read(Path.of(args[0]))) {
            List<Set<String>> gold = List.of(Set.of(r.get("event").asText()));
            splits.computeIfAbsent("3 GSR dev", k -> new ArrayList<>()).add(score(r, gold, gsrLexicon, annotate, matcher, dictionary, all));
        }
        for (JsonNode r : read(Path.of(args[1]))) {
            List<Set<String>> gold = new ArrayList<>();
            for (JsonNode e : r.get("events")) {
                Set<String> types = new LinkedHashSet<>();
                e.get("types").forEach(t -> types.add(t.asText()));
                gold.add(types);
            }
            Matcher m = NUMBER.matcher(r.get("id").asText());
            boolean odd = m.find() && Long.parseLong(m.group(1)) % 2 == 1;
            splits.computeIfAbsent(odd ? "1 PLV odd" : "2 PLV even", k -> new ArrayList<>())
                    .add(score(r, gold, plvLexicon, annotate, matcher, dictionary, all));
        }
        splits.forEach((name, records) -> report(name.substring(2), records, !name.contains("even")));
        long best = Long.MAX_VALUE;
        int verbs = 0;
        for (int round = 0; round < 5; round++) { // the first rounds warm the JIT up
            long start = CPU.getCurrentThreadCpuTime();
            verbs = 0;
            for (Sentence s : all) {
                for (Token t : s.tokens()) {
                    if (t.pos().startsWith("VB")) {
                        verbs += matcher.match(s, t.index()).isPresent() ? 1 : 0;
                    }
                }
            }
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - start);
        }
        System.out.printf("%nmatching cost (CPU time of one thread, best of 5 rounds, after annotation): %d sentences,"
                + " %d known verb tokens, %.0f ms: %.0f sentences/s%n", all.size(), verbs, best / 1e6, all.size() / (best / 1e9));
    }

    private static Scored score(JsonNode r, List<Set<String>> gold, Map<String, Set<String>> lexicon,
            AnnotateStage annotate, CameoMatcher matcher, CameoDictionary dictionary, List<Sentence> all) {
        String id = r.get("id").asText();
        String text = r.get("text").asText();
        RawDocument raw = new RawDocument(id, SourceRef.file(id), InputFormat.TEXT, text, null, null, null, null);
        Document doc = annotate.apply(Document.of(raw).withArticle(new Article(null, text, null, null, null, List.of())));
        List<CameoMatch> matches = new ArrayList<>();
        Set<String> reachable = new LinkedHashSet<>();
        boolean known = false;
        for (Sentence s : doc.annotation().sentences()) {
            all.add(s);
            for (Token t : s.tokens()) {
                if (!t.pos().startsWith("VB")) {
                    continue;
                }
                var match = matcher.match(s, t.index());
                if (match.isEmpty()) {
                    continue;
                }
                known = true;
                matches.add(match.get());
                reachable.addAll(blockTypes(dictionary, match.get().verb()));
            }
        }
        return new Scored(gold, lexicon.getOrDefault(id, Set.of()), matches, reachable, known);
    }

    /** Every PLOVER type the verb's block can give: its own code's and its usable patterns'. */
    private static Set<String> blockTypes(CameoDictionary dictionary, CameoVerb verb) {
        Set<String> out = new LinkedHashSet<>();
        if (verb.plover().isEvent()) {
            out.add(verb.plover().type().name());
        }
        for (CameoPattern p : dictionary.patterns(verb.block())) {
            if (p.usable() && !p.noEvent() && p.plover().isEvent()) {
                out.add(p.plover().type().name());
            }
        }
        return out;
    }

    private static void report(String name, List<Scored> records, boolean mayLook) {
        int goldEvents = 0;
        int[] hit = new int[3]; // cameo, lexicon, either
        int[] predicted = new int[2];
        int[] correct = new int[2];
        int reachable = 0;
        int withKnownVerb = 0;
        int addedByCameo = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        Map<String, int[]> byType = new TreeMap<>(); // gold, dictionary hit, lexicon hit
        int requestWithAppeal = 0;
        Map<String, Integer> falseBlocks = new HashMap<>();
        for (Scored r : records) {
            Set<String> goldTypes = new LinkedHashSet<>();
            r.gold().forEach(goldTypes::addAll);
            Set<String> cameo = new LinkedHashSet<>();
            for (CameoMatch m : r.matches()) {
                if (!m.isEvent()) {
                    continue;
                }
                String type = m.plover().type().name();
                cameo.add(type);
                boolean right = goldTypes.contains(type);
                String kind = kind(m);
                int[] k = byKind.computeIfAbsent(kind, x -> new int[2]);
                k[0]++;
                k[1] += right ? 1 : 0;
                if (!right) {
                    falseBlocks.merge(m.verb().block(), 1, Integer::sum);
                }
            }
            withKnownVerb += r.anyVerbKnown() ? 1 : 0;
            boolean appeal = r.matches().stream().anyMatch(m -> m.code().startsWith("02"));
            for (Set<String> g : r.gold()) {
                goldEvents++;
                boolean c = intersects(g, cameo);
                boolean l = intersects(g, r.lexicon());
                int[] t = byType.computeIfAbsent(String.join("/", g), x -> new int[3]);
                t[0]++;
                t[1] += c ? 1 : 0;
                t[2] += l ? 1 : 0;
                requestWithAppeal += g.contains("REQUEST") && appeal ? 1 : 0;
                hit[0] += c ? 1 : 0;
                hit[1] += l ? 1 : 0;
                hit[2] += c || l ? 1 : 0;
                addedByCameo += c && !l ? 1 : 0;
                reachable += intersects(g, r.reachable()) ? 1 : 0;
            }
            predicted[0] += cameo.size();
            predicted[1] += r.lexicon().size();
            for (String t : cameo) {
                correct[0] += goldTypes.contains(t) ? 1 : 0;
            }
            for (String t : r.lexicon()) {
                correct[1] += goldTypes.contains(t) ? 1 : 0;
            }
        }
        System.out.printf("%n== %s: %d records, %d gold events%n", name, records.size(), goldEvents);
        line("CAMEO dictionary", hit[0], goldEvents, correct[0], predicted[0]);
        line("shipped lexicon", hit[1], goldEvents, correct[1], predicted[1]);
        System.out.printf("  either: recall %.2f (%d); gold events the dictionary finds and the lexicon misses: %d%n",
                hit[2] / (double) goldEvents, hit[2], addedByCameo);
        System.out.printf("  records with a verb the dictionary knows: %d of %d; gold events whose type a known verb's block"
                + " can give (pattern or verb code): %d (%.2f)%n", withKnownVerb, records.size(), reachable,
                reachable / (double) goldEvents);
        System.out.println("  recall by gold type (gold events, dictionary, lexicon):");
        byType.forEach((k, v) -> System.out.printf("    %-18s %4d  %.2f  %.2f%n", k, v[0], v[1] / (double) v[0], v[2] / (double) v[0]));
        System.out.printf("  gold REQUEST events in a record where a CAMEO 02x code (appeal: no PLOVER type) matched: %d%n",
                requestWithAppeal);
        System.out.println("  matched events by what coded them (events, type in the record's gold, precision):");
        byKind.forEach((k, v) -> System.out.printf("    %-34s %5d %5d  %.2f%n", k, v[0], v[1], v[1] / (double) Math.max(1, v[0])));
        if (mayLook) {
            System.out.println("  blocks most often firing a type the record's gold does not have (block: events):");
            falseBlocks.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue()
                    : a.getKey().compareTo(b.getKey())).limit(25)
                    .forEach(e -> System.out.printf("    %s: %d%n", e.getKey(), e.getValue()));
        }
    }

    private static String kind(CameoMatch m) {
        if (m.pattern() == null) {
            return "verb code (no pattern)";
        }
        String status = m.pattern().status().equals("flat") ? ", flat" : "";
        int s = m.pattern().specificity();
        return "pattern, specificity " + (s <= 2 ? "1-2" : s <= 4 ? "3-4" : "5+") + status;
    }

    private static void line(String what, int hits, int gold, int correct, int predicted) {
        double r = hits / (double) gold;
        double p = correct / (double) Math.max(1, predicted);
        System.out.printf("  %-17s type recall %.2f (%d/%d), precision %.2f (%d/%d types), F1 %.2f%n", what, r, hits, gold,
                p, correct, predicted, r + p == 0 ? 0 : 2 * r * p / (r + p));
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> systemTypes(Path jsonl) throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonNode r : read(jsonl)) {
            Set<String> types = new LinkedHashSet<>();
            JsonNode events = r.get("events");
            if (events != null) {
                events.forEach(e -> types.add(e.path("type").asText()));
            }
            out.put(r.get("id").asText(), types);
        }
        return out;
    }

    private static List<JsonNode> read(Path jsonl) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }
}
