package org.argus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.ActorType;
import org.argus.model.Article;
import org.argus.model.ArticleMeta;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.EventDate;
import org.argus.model.EventType;
import org.argus.model.InputFormat;
import org.argus.model.Mention;
import org.argus.model.Predicate;
import org.argus.model.PublishedDate;
import org.argus.model.Quote;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class CorpusStoreTest {
    @TempDir
    Path dir;

    /** "Norway backs the talks. Norway said ..." with one actor, one quote and one SUPPORT event. */
    private static Document article(String id, String text, String actorName, LocalDate published, EventType type) {
        RawDocument raw = new RawDocument(id, SourceRef.file(id + ".txt"), InputFormat.TEXT, text, null, null, null, null);
        Span actorSpan = new Span(0, actorName.length());
        Actor actor = new Actor(actorName.toLowerCase(), actorName, ActorType.COUNTRY, "NOR", "GOV", null,
                List.of(new Mention(actorName, actorSpan)));
        ActorRef ref = new ActorRef(actorName, actor.id(), "NOR", "GOV", actorSpan);
        Event event = new Event(type, null, null, false, List.of(ref), List.of(new ActorRef("the talks", null, null, null, null)),
                new EventDate(published, EventDate.Precision.DAY, EventDate.Origin.PUBLISHED, null), null,
                new Span(0, text.indexOf('.') + 1), new Mention("backs", new Span(actorName.length() + 1, actorName.length() + 6)),
                new Predicate("back/verb", "back", Predicate.Form.ACTIVE), null, Event.Modality.ASSERTED,
                List.of("lexicon:back/verb", "event.party.subject"));
        Quote quote = new Quote("the talks matter", new Span(0, 5), Quote.Kind.INDIRECT, ref, null, List.of("quote.find.reported"));
        return Document.of(raw)
                .withArticle(new Article("Title " + id, text, new PublishedDate(published, PublishedDate.Origin.GIVEN), null, null, List.of()))
                .withActors(List.of(actor)).withQuotes(List.of(quote)).withEvents(List.of(event));
    }

    @Test
    void migrationsCreateTheSchemaOnceAndReopeningKeepsTheData() {
        Path db = dir.resolve("nested/corpus.db");
        try (CorpusStore store = CorpusStore.open(db)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            store.upsert(article("a", "Norway backs the talks.", "Norway", LocalDate.of(2020, 1, 5), EventType.SUPPORT));
        }
        try (CorpusStore store = CorpusStore.open(db)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertEquals(1, store.articleCount());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void reingestingByIdOrByTextUpdatesInsteadOfDuplicating(Backend backend) {
        try (CorpusStore store = backend.open()) {
            assertTrue(store.upsert(article("a", "Norway backs the talks.", "Norway", LocalDate.of(2020, 1, 5), EventType.SUPPORT)).inserted());
            UpsertResult sameId = store.upsert(article("a", "Norway backs the talks again.", "Norway", LocalDate.of(2020, 1, 6), EventType.SUPPORT));
            assertFalse(sameId.inserted());
            UpsertResult sameText = store.upsert(article("copy-of-a", "Norway backs the talks again.", "Norway", LocalDate.of(2020, 1, 6), EventType.SUPPORT));
            assertFalse(sameText.inserted());
            assertEquals(1, store.articleCount());
            assertEquals(1, store.events(Filters.EventFilter.all()).size());
            assertEquals("copy-of-a", store.events(Filters.EventFilter.all()).get(0).article());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void actorsMergeAcrossArticlesByNameButNotAcrossNames(Backend backend) {
        try (CorpusStore store = backend.open()) {
            store.upsert(article("a", "Norway backs the talks.", "Norway", LocalDate.of(2020, 1, 5), EventType.SUPPORT));
            store.upsert(article("b", "Norway backs the plan.", "Norway", LocalDate.of(2020, 2, 5), EventType.SUPPORT));
            store.upsert(article("c", "Sweden backs the plan.", "Sweden", LocalDate.of(2020, 3, 5), EventType.SUPPORT));
            List<CorpusActor> actors = store.actors(Filters.ActorFilter.all());
            assertEquals(List.of("Norway", "Sweden"), actors.stream().map(CorpusActor::name).toList());
            assertEquals(List.of("a", "b"), actors.get(0).articles());
            assertEquals(2, actors.get(0).mentions());
            assertEquals(List.of("Sweden"), store.actors(new Filters.ActorFilter("swe", null, null)).stream().map(CorpusActor::name).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anAcronymJoinsTheActorAnotherArticleDefinedItFor(Backend backend) {
        try (CorpusStore store = backend.open()) {
            String full = "Northern Fishing Council (NFC) met.";
            Actor defined = new Actor("nfc", "Northern Fishing Council", ActorType.ORGANIZATION, null, null, null,
                    List.of(new Mention("Northern Fishing Council", new Span(0, 24)), new Mention("NFC", new Span(26, 29))));
            store.upsert(article("a", full, "Norway", LocalDate.of(2020, 1, 5), EventType.CONSULT).withActors(List.of(defined)));
            Actor bare = new Actor("nfc", "NFC", ActorType.ORGANIZATION, null, null, null, List.of(new Mention("NFC", new Span(0, 3))));
            store.upsert(article("b", "NFC met again.", "Norway", LocalDate.of(2020, 1, 6), EventType.CONSULT).withActors(List.of(bare)));
            Actor other = new Actor("sfc", "SFC", ActorType.ORGANIZATION, null, null, null, List.of(new Mention("SFC", new Span(0, 3))));
            store.upsert(article("c", "SFC met too.", "Norway", LocalDate.of(2020, 1, 7), EventType.CONSULT).withActors(List.of(other)));
            List<CorpusActor> actors = store.actors(Filters.ActorFilter.all());
            assertEquals(List.of("Northern Fishing Council", "SFC"), actors.stream().map(CorpusActor::name).toList());
            assertEquals(List.of("a", "b"), actors.get(0).articles());
            assertEquals(3, actors.get(0).mentions());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void eventAndQuoteFiltersSelectByActorTypeAndDate(Backend backend) {
        try (CorpusStore store = backend.open()) {
            store.upsert(article("a", "Norway backs the talks.", "Norway", LocalDate.of(2020, 1, 5), EventType.SUPPORT));
            store.upsert(article("b", "Sweden backs the plan.", "Sweden", LocalDate.of(2020, 3, 5), EventType.ACCUSE));
            assertEquals(List.of("b"), store.events(new Filters.EventFilter(null, "accuse", null, null)).stream().map(CorpusEvent::article).toList());
            assertEquals(List.of("a"), store.events(new Filters.EventFilter("norw", null, null, null)).stream().map(CorpusEvent::article).toList());
            assertEquals(List.of("b"), store.events(new Filters.EventFilter(null, null, LocalDate.of(2020, 2, 1), LocalDate.of(2020, 12, 31)))
                    .stream().map(CorpusEvent::article).toList());
            CorpusEvent e = store.events(new Filters.EventFilter(null, "SUPPORT", null, null)).get(0);
            assertEquals("Norway backs the talks.", e.sentence());
            assertEquals(List.of("Norway"), e.event().source().stream().map(ActorRef::name).toList());
            assertEquals(List.of("Sweden"), store.quotes(new Filters.QuoteFilter("swed", null, null, null)).stream().map(CorpusQuote::speaker).toList());
            assertEquals(0, store.quotes(new Filters.QuoteFilter(null, "direct", null, null)).size());
            assertEquals(0, store.events(new Filters.EventFilter("%", null, null, null)).size(), "LIKE wildcards are taken literally");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFailedUpsertLeavesEarlierArticlesIntact(Backend backend) {
        try (CorpusStore store = backend.open()) {
            store.upsert(article("a", "Norway backs the talks.", "Norway", LocalDate.of(2020, 1, 5), EventType.SUPPORT));
            Document good = article("a", "Norway backs the talks.", "Norway", LocalDate.of(2020, 1, 5), EventType.SUPPORT);
            // an event whose trigger is null fails after the article row was replaced: all of it must roll back
            Event broken = new Event(EventType.SUPPORT, null, null, false, List.of(), List.of(), null, null, new Span(0, 1), null, null, null,
                    null, List.of());
            assertThrows(RuntimeException.class, () -> store.upsert(good.withEvents(List.of(broken))));
            assertEquals(1, store.articleCount());
            assertEquals(1, store.events(Filters.EventFilter.all()).size());
            assertEquals(1, store.actors(Filters.ActorFilter.all()).size());
        }
    }

    @Test
    void aDatabaseFromANewerArgusIsRefusedClearly() throws Exception {
        Path db = dir.resolve("future.db");
        try (CorpusStore store = CorpusStore.open(db)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO schema_version VALUES (99, 'later')");
        }
        StoreException e = assertThrows(StoreException.class, () -> CorpusStore.open(db));
        assertTrue(e.getMessage().contains("schema version 99, newer than this Argus knows (" + Migrations.latest() + ")"), e.getMessage());
    }

    @Test
    void articleMetadataIsStored() throws Exception {
        Path db = dir.resolve("meta.db");
        Document doc = article("m", "Norway backs the talks.", "Norway", LocalDate.of(2020, 1, 5), EventType.SUPPORT);
        Article a = doc.article();
        doc = doc.withArticle(new Article(a.title(), a.text(), a.published(), a.url(), a.outlet(), a.captions(),
                new ArticleMeta("Oslo offers to host a second round", List.of("Kari Berg", "Ola Lund"), "en", LocalDate.of(2020, 1, 6))));
        try (CorpusStore store = CorpusStore.open(db)) {
            store.upsert(doc);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT subtitle, authors, language, modified FROM article WHERE id = 'm'")) {
            assertTrue(rs.next());
            assertEquals("Oslo offers to host a second round", rs.getString(1));
            assertEquals("[\"Kari Berg\",\"Ola Lund\"]", rs.getString(2));
            assertEquals("en", rs.getString(3));
            assertEquals("2020-01-06", rs.getString(4));
        }
    }

    @Test
    void modalityIsStoredAndAVersionOneDatabaseMigratesToAsserted() throws Exception {
        Path db = dir.resolve("modality.db");
        Document doc = article("i", "Norway backs the talks.", "Norway", LocalDate.of(2020, 1, 5), EventType.SUPPORT);
        Event e = doc.events().get(0);
        Event intended = new Event(e.type(), e.mode(), e.cameo(), e.negated(), e.source(), e.target(), e.date(), e.place(), e.sentence(),
                e.trigger(), e.predicate(), e.attribution(), Event.Modality.INTENDED, e.trace());
        try (CorpusStore store = CorpusStore.open(db)) {
            store.upsert(doc.withEvents(List.of(intended)));
            assertEquals(List.of("intended"), store.events(new Filters.EventFilter(null, null, null, null)).stream()
                    .map(x -> x.event().modality().name().toLowerCase()).toList());
        }
        // a database with an event stored before version 3 reads that event as asserted
        Path old = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old)) {
            Migrations.applyUpTo(c, new SqliteDialect(), 2);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO article (key, id, source_file, text, text_sha256, captions, ingested_at) "
                        + "VALUES (1, 'o', 'o.txt', 'Norway backs the talks.', 'x', '[]', '2020-01-01')");
                st.executeUpdate("INSERT INTO event (article, type, negated, sentence_start, sentence_end, trigger_text, trigger_start, "
                        + "trigger_end) VALUES (1, 'SUPPORT', 0, 0, 23, 'backs', 7, 12)");
            }
        }
        try (CorpusStore store = CorpusStore.open(old)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertEquals(List.of("asserted"), store.events(new Filters.EventFilter(null, null, null, null)).stream()
                    .map(x -> x.event().modality().name().toLowerCase()).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aStoredEventIsTheEventThePipelineMadeAndItsUnitsSelectIt(Backend backend) {
        Document doc = article("a", "Norway backs the talks.", "Norway", LocalDate.of(2020, 1, 5), EventType.SUPPORT);
        try (CorpusStore store = backend.open()) {
            store.upsert(doc);
            store.upsert(article("b", "Sweden backs the plan.", "Sweden", LocalDate.of(2020, 3, 5), EventType.ACCUSE)
                    .withQuotes(List.of()));
            CorpusEvent stored = store.events(new Filters.EventFilter(null, "SUPPORT", null, null)).get(0);
            assertEquals(doc.events().get(0), stored.event(), "the same object, parties, codes, offsets and trace");
            assertEquals(2, store.events(new Filters.EventFilter(null, null, null, null, "event.party.subject")).size());
            assertEquals(2, store.events(new Filters.EventFilter(null, null, null, null, "lexicon:*")).size());
            assertEquals(0, store.events(new Filters.EventFilter(null, null, null, null, "event.party")).size(), "ids match whole");
            assertEquals(0, store.events(new Filters.EventFilter(null, null, null, null, "event_party_subject")).size(),
                    "an underscore is no wildcard");
            List<CorpusQuote> quotes = store.quotes(new Filters.QuoteFilter(null, null, null, null, "quote.find.reported"));
            assertEquals(List.of("a"), quotes.stream().map(CorpusQuote::article).toList());
            assertEquals(List.of("quote.find.reported"), quotes.get(0).trace());
        }
    }

    @Test
    void eventsStoredBeforeVersionSevenAreReadWithTheirPartiesAndPredicate() throws Exception {
        Path old = dir.resolve("v6.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old)) {
            Migrations.applyUpTo(c, new SqliteDialect(), 6);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO article (key, id, source_file, text, text_sha256, captions, ingested_at, published) "
                        + "VALUES (1, 'o', 'o.txt', 'Norway backs the talks.', 'x', '[]', '2020-01-01', '2020-01-01')");
                st.executeUpdate("INSERT INTO event (key, article, type, negated, sentence_start, sentence_end, trigger_text, trigger_start, "
                        + "trigger_end, rule, modality) VALUES (1, 1, 'SUPPORT', 0, 0, 23, 'backs', 7, 12, 'lexicon:back/verb:passive:intent-x', "
                        + "'intended')");
                st.executeUpdate("INSERT INTO event_actor (event, role, name, actor_id, country, sector) "
                        + "VALUES (1, 'source', 'Norway', 'norway', 'NOR', 'GOV'), (1, 'target', 'the UN', 'un', NULL, 'IGO')");
            }
        }
        try (CorpusStore store = CorpusStore.open(old)) {
            Event e = store.events(Filters.EventFilter.all()).get(0).event();
            assertEquals("NOR", e.source().get(0).code());
            assertEquals("IGO", e.target().get(0).code());
            assertEquals("actor", e.target().get(0).codeFrom());
            assertEquals(new Predicate("back/verb", "back", Predicate.Form.PASSIVE), e.predicate());
            assertEquals(List.of("lexicon:back/verb"), e.trace());
            assertEquals(Event.Modality.INTENDED, e.modality());
            assertEquals(1, store.events(new Filters.EventFilter(null, null, null, null, "lexicon:back/verb")).size());
        }
    }

    /** A story written for these tests, long enough for its fingerprint to count. */
    private static final String STORY = "Norway backs the talks. Oslo will host a second round of talks between the two delegations next "
            + "month, the foreign ministry said on Tuesday, after a first meeting in the capital ended without a joint statement. "
            + "Officials from both sides described the first round as frank and said working groups on prisoners, border crossings "
            + "and the return of displaced families would meet in the coming weeks to prepare the ground.";

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRepublishedCopyIsLinkedToItsOriginalAndCountsAsOneSource(Backend backend) {
        try (CorpusStore store = backend.open()) {
            assertEquals(null, store.upsert(article("wire", STORY, "Norway", LocalDate.of(2020, 1, 5), EventType.SUPPORT)).duplicateOf());
            UpsertResult copy = store.upsert(article("reprint", STORY.replace("Tuesday,", "Tuesday") + " Reporting by staff.", "Norway",
                    LocalDate.of(2020, 1, 5), EventType.SUPPORT));
            assertEquals("wire", copy.duplicateOf());
            assertTrue(copy.containment() > 0.9, "containment " + copy.containment());
            UpsertResult other = store.upsert(article("other", "Norway backs the talks. " + "Sweden sent observers to the border. ".repeat(3)
                    + "Finland said it would fund the de-mining of three crossings before the winter, its ministry said.", "Norway",
                    LocalDate.of(2020, 1, 5), EventType.SUPPORT));
            assertEquals(null, other.duplicateOf());
            assertEquals(List.of("reprint"), store.nearDuplicates().stream().map(NearDuplicate::article).toList());
            assertEquals(store.independentSources().get("wire"), store.independentSources().get("reprint"));
            assertTrue(!store.independentSources().get("wire").equals(store.independentSources().get("other")));

            List<TimelineEntry> timeline = store.timeline(Filters.EventFilter.all());
            assertEquals(1, timeline.size(), "the same event on the same day by the same party is one event");
            assertEquals(List.of("wire", "reprint", "other"), timeline.get(0).articles());
            assertEquals(2, timeline.get(0).independentSources(), "the reprint is not a second source");

            // storing the original again (a corrected version) keeps its copy linked
            store.upsert(article("wire", STORY + " Corrects the day of the meeting.", "Norway", LocalDate.of(2020, 1, 5), EventType.SUPPORT));
            assertEquals(List.of("reprint"), store.nearDuplicates().stream().map(NearDuplicate::article).toList());
            assertEquals("wire", store.nearDuplicates().get(0).original());
        }
    }

    @Test
    void articlesStoredBeforeFingerprintsAreLinkedWhenTheDatabaseIsOpened() throws Exception {
        Path old = dir.resolve("v4.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old)) {
            Migrations.applyUpTo(c, new SqliteDialect(), 4);
            try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO article (key, id, source_file, text, text_sha256, captions, "
                    + "ingested_at) VALUES (?, ?, ?, ?, ?, '[]', '2020-01-01')")) {
                Object[][] rows = {{1, "first", STORY, "x1"}, {2, "second", "Headline. " + STORY, "x2"}};
                for (Object[] row : rows) {
                    ps.setInt(1, (Integer) row[0]);
                    ps.setString(2, (String) row[1]);
                    ps.setString(3, row[1] + ".txt");
                    ps.setString(4, (String) row[2]);
                    ps.setString(5, (String) row[3]);
                    ps.executeUpdate();
                }
            }
        }
        try (CorpusStore store = CorpusStore.open(old)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertEquals(List.of("second"), store.nearDuplicates().stream().map(NearDuplicate::article).toList());
            assertEquals("first", store.nearDuplicates().get(0).original());
        }
    }
}
