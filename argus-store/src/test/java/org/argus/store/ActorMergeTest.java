package org.argus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.argus.model.Actor;
import org.argus.model.ActorType;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.Mention;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Corpus merging of people spelt differently across articles, on a real SQLite store. */
class ActorMergeTest {
    private int counter;

    /** An article naming one person per entry: {name, country, role}. */
    private Document article(String[]... people) {
        String id = "m" + (++counter);
        StringBuilder text = new StringBuilder(id).append(". ");
        List<Actor> actors = new ArrayList<>();
        for (String[] p : people) {
            int start = text.length();
            text.append(p[0]).append(" spoke. ");
            actors.add(new Actor("a" + actors.size(), p[0], ActorType.PERSON, p[1], p[1] == null ? null : "GOV", p[2],
                    List.of(new Mention(p[0], new Span(start, start + p[0].length())))));
        }
        RawDocument raw = new RawDocument(id, SourceRef.file(id + ".txt"), InputFormat.TEXT, text.toString(), null, null, null, null);
        return Document.of(raw).withArticle(new Article("T", text.toString(),
                new PublishedDate(LocalDate.of(2020, 1, 1), PublishedDate.Origin.GIVEN), null, null, List.of())).withActors(actors);
    }

    private static String[] p(String name, String country, String role) {
        return new String[] {name, country, role};
    }

    private static Map<String, CorpusActor> byName(CorpusStore store) {
        return store.actors(Filters.ActorFilter.all()).stream().collect(Collectors.toMap(CorpusActor::name, Function.identity()));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void transliterationsOfOneFullNameJoinWithTheEvidenceKept(Backend backend) {
        try (CorpusStore store = backend.open()) {
            store.upsert(article(p("Khalifa Haftar", "LBY", null)));
            store.upsert(article(p("Khalifa Haftar", "LBY", null)));
            store.upsert(article(p("Khalifa Hifter", "LBY", null)));
            store.upsert(article(p("Jalifa Haftar", null, null)));
            store.upsert(article(p("Fayez al-Sarraj", "LBY", "Prime Minister")));
            store.upsert(article(p("Fayez Sarraj", null, null)));
            store.upsert(article(p("Mevlüt Çavuşoğlu", "TUR", "Foreign Minister")));
            store.upsert(article(p("Mevlut Cavusoglu", "TUR", null)));
            Map<String, CorpusActor> actors = byName(store);
            assertEquals(3, actors.size(), actors.keySet().toString());
            CorpusActor haftar = actors.get("Khalifa Haftar");
            assertTrue(haftar != null, actors.values().toString());
            assertEquals(4, haftar.articles().size());
            assertTrue(haftar.aliases().containsAll(List.of("Khalifa Hifter", "Jalifa Haftar")), haftar.aliases().toString());
            assertEquals(2, haftar.evidence().size(), haftar.evidence().toString());
            assertTrue(haftar.evidence().get(0).contains("hftr"), haftar.evidence().toString());
            assertEquals(2, actors.get("Fayez al-Sarraj").articles().size());
            assertEquals(2, actors.get("Mevlüt Çavuşoğlu").articles().size());
            List<String[]> stored = store.mergeEvidence();
            assertEquals(3, stored.size(), "each merge is kept in the database with its evidence");
            assertTrue(stored.stream().anyMatch(m -> m[0].equals("PERSON:khalifa hifter") && m[1].equals("PERSON:khalifa haftar")
                    && m[2].contains("hftr")), stored.stream().map(List::of).toList().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoPeopleWhoShareASurnameNeverJoinAndASurnameAloneNeedsEvidence(Backend backend) {
        try (CorpusStore store = backend.open()) {
            store.upsert(article(p("Khalifa Haftar", "LBY", "commander")));
            store.upsert(article(p("Saddam Haftar", "LBY", null)));
            store.upsert(article(p("Haftar", "LBY", null)));
            Map<String, CorpusActor> actors = byName(store);
            assertEquals(3, actors.size(), "two Haftars, and the bare surname is ambiguous: " + actors.keySet());

            store.upsert(article(p("Joe Biden", "USA", "President")));
            store.upsert(article(p("Hunter Biden", null, null)));
            store.upsert(article(p("Biden", null, null)));
            assertTrue(byName(store).containsKey("Biden"), "no evidence, no merge");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSurnameAloneJoinsTheOnlyFullNameWithTheSameCountryOrRole(Backend backend) {
        try (CorpusStore store = backend.open()) {
            store.upsert(article(p("Sergey Lavrov", "RUS", "Foreign Minister")));
            store.upsert(article(p("Lavrov", "RUS", null)));
            store.upsert(article(p("Antonio Guterres", null, "Secretary-General")));
            store.upsert(article(p("Guterres", null, "Secretary-General")));
            store.upsert(article(p("Mike Pompeo", "USA", null)));
            store.upsert(article(p("Pompeo", "GBR", null)));
            Map<String, CorpusActor> actors = byName(store);
            assertTrue(actors.get("Sergey Lavrov").evidence().get(0).contains("same country RUS"));
            assertTrue(actors.get("Antonio Guterres").evidence().get(0).contains("same role"));
            assertTrue(actors.containsKey("Pompeo"), "a conflicting country keeps them apart");
            assertEquals(4, actors.size(), actors.keySet().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void differentGivenNamesOrDifferentCountriesKeepSimilarFullNamesApart(Backend backend) {
        try (CorpusStore store = backend.open()) {
            store.upsert(article(p("Ali Hassan", "EGY", null)));
            store.upsert(article(p("Adel Hassan", "EGY", null)));
            store.upsert(article(p("Omar Khalil", "EGY", null)));
            store.upsert(article(p("Omer Khaleel", "SDN", null)));
            Map<String, CorpusActor> actors = byName(store);
            assertEquals(4, actors.size(), actors.keySet().toString());
            assertTrue(actors.values().stream().allMatch(a -> a.evidence().isEmpty()));
        }
    }

    private static org.argus.actors.ActorDictionary dictionary(java.nio.file.Path dir, String yaml) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("actors.yaml");
        java.nio.file.Files.writeString(file, yaml);
        List<String> errors = new ArrayList<>();
        org.argus.actors.ActorDictionary d = org.argus.actors.ActorDictionary.load(file, errors::add);
        assertEquals(List.of(), errors);
        return d;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theDictionarySplitsWhatTheSpellingRuleWouldJoinAndJoinsItsAliases(Backend backend, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        try (CorpusStore store = backend.open()) {
            store.upsert(article(p("Dariusz Kowalski", "POL", null)));
            store.upsert(article(p("Dariusz Kowalski", "POL", null)));
            store.upsert(article(p("Dariusz Kowalsky", "POL", null)));
            store.upsert(article(p("Kowalsky", "POL", null)));
            store.upsert(article(p("Teodora Vasquez", null, null)));
            store.upsert(article(p("Dora Vasquez-Lind", null, null)));
            Map<String, CorpusActor> before = byName(store);
            assertEquals(3, before.size(), "one spelling apart and the surname join without a dictionary: " + before.keySet());

            store.useDictionary(dictionary(dir, """
                    actors:
                      - name: Dariusz Kowalski
                        distinct: [Dariusz Kowalsky]
                      - name: Teodora Vasquez
                        aliases: [Dora Vasquez-Lind]
                    """), "actors.yaml");
            Map<String, CorpusActor> after = byName(store);
            assertEquals(java.util.Set.of("Dariusz Kowalski", "Dariusz Kowalsky", "Kowalsky", "Teodora Vasquez"), after.keySet(),
                    "the split keeps the second spelling apart, and the bare surname now has two candidates");
            assertEquals(2, after.get("Dariusz Kowalski").articles().size());
            assertTrue(after.get("Dariusz Kowalski").evidence().isEmpty(), after.get("Dariusz Kowalski").evidence().toString());
            CorpusActor vasquez = after.get("Teodora Vasquez");
            assertEquals(2, vasquez.articles().size(), after.keySet().toString());
            assertTrue(vasquez.evidence().get(0).contains("actors.yaml:4") && vasquez.evidence().get(0).contains("alias"),
                    vasquez.evidence().toString());

            store.useDictionary(org.argus.actors.ActorDictionary.empty(), "none.yaml");
            assertEquals(before.keySet(), byName(store).keySet(), "a new dictionary replaces the decisions of the one before");
        }
    }
}
