package org.argus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
import org.argus.model.Place;
import org.argus.model.Predicate;
import org.argus.model.PublishedDate;
import org.argus.model.Quote;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.model.Span;
import org.argus.output.DocumentJson;
import org.argus.output.QuoteJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Single articles read back, the searched article list, and the paged events and quotes (issue 24). */
class ArticleQueriesTest {
    @TempDir
    Path dir;

    /**
     * "{country} sent aid to the valley. Its envoy said "the convoy was safe"..." with two actors (one
     * referred to by a pronoun), a reported quote with its cue, and an AID event with a place.
     */
    static Document story(String id, String country, String title, LocalDate published) {
        String text = country + " sent aid to the valley on Monday. Its envoy said \"the convoy was safe\", the ministry added. Filed as " + id + ".";
        int envoy = text.indexOf("Its envoy");
        Actor state = new Actor(country.toLowerCase(), country, ActorType.COUNTRY, "NOR", "GOV", null,
                List.of(new Mention(country, new Span(0, country.length())), new Mention("Its", new Span(envoy, envoy + 3), Mention.Kind.PRONOUN)));
        Actor person = new Actor("envoy", "envoy", ActorType.PERSON, "NOR", "GOV", "envoy",
                List.of(new Mention("envoy", new Span(envoy + 4, envoy + 9), Mention.Kind.DESCRIPTION)));
        ActorRef source = new ActorRef(country, state.id(), "NOR", "GOV", new Span(0, country.length()));
        int sentenceEnd = text.indexOf('.') + 1;
        int trigger = text.indexOf("sent");
        Event aid = new Event(EventType.AID, null, "07", false, List.of(source), List.of(), new EventDate(published.minusDays(1),
                EventDate.Precision.DAY, EventDate.Origin.TEXT, "Monday"), new Place("Valley", "NOR", 60.5, 9.1, null),
                new Span(0, sentenceEnd), new Mention("sent", new Span(trigger, trigger + 4)), new Predicate("send>aid", "send", Predicate.Form.ACTIVE),
                null, Event.Modality.ASSERTED, List.of("lexicon:send>aid", "event.party.subject"));
        int q = text.indexOf("the convoy");
        int said = text.indexOf("said");
        Quote quote = new Quote("the convoy was safe", new Span(q, q + 19), Quote.Kind.DIRECT,
                new ActorRef("envoy", person.id(), "NOR", "GOV", new Span(envoy + 4, envoy + 9)),
                new Quote.Cue("said", new Span(said, said + 4)), List.of("quote.find.marks", "quote.speaker.subject"));
        RawDocument raw = new RawDocument(id, SourceRef.file(id + ".jsonl"), InputFormat.TEXT, text, title, "https://news.example/" + id,
                null, "Valley Post");
        return Document.of(raw).withArticle(new Article(title, text, new PublishedDate(published, PublishedDate.Origin.GIVEN),
                        "https://news.example/" + id, "Valley Post", List.of("A convoy. (Photo: agency)"),
                        new ArticleMeta("Aid reaches the valley", List.of("A. Writer"), "en", published)))
                .withActors(List.of(state, person)).withQuotes(List.of(quote)).withEvents(List.of(aid));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anArticleReadBackPrintsAsTheObjectAnalyzePrinted(Backend backend) {
        DocumentJson json = new DocumentJson();
        try (CorpusStore store = backend.open()) {
            Document stored = story("a1", "Norway", "Aid <b>reaches</b> the valley", LocalDate.of(2021, 3, 2));
            store.upsert(stored);
            Document read = store.document("a1").orElseThrow();
            assertEquals(json.toJson(stored), json.toJson(read));
            assertTrue(store.document("nope").isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void searchFindsEveryWordInTitleOrTextStemmedWithoutCaseOrAccents(Backend backend) {
        try (CorpusStore store = backend.open()) {
            store.upsert(story("a1", "Norway", "Talks in Genève", LocalDate.of(2021, 3, 2)));
            store.upsert(story("a2", "Sweden", "Convoy held at the border", LocalDate.of(2021, 3, 3)));
            Function<String, List<String>> search = q -> store.articles(new ArticleFilter(q, null, null), null, 10).items().stream()
                    .map(ArticleSummary::id).toList();
            // SQLite's index folds accents; PostgreSQL's 'english' configuration does not (docs/api.md)
            assertEquals(List.of("a1"), search.apply(backend == Backend.SQLITE ? "geneve" : "genève"));
            assertEquals(List.of("a2", "a1"), search.apply("CONVOYS"), "stemmed, newest first");
            assertEquals(List.of("a2"), search.apply("sweden convoy"), "every word");
            assertEquals(List.of(), search.apply("norway border"));
            assertEquals(List.of("a2"), search.apply("\"sweden\" -convoy* ^("), "query syntax is taken as words");
            assertThrows(IllegalArgumentException.class, () -> search.apply("  -- ** "));
            ArticleSummary hit = store.articles(new ArticleFilter("ministry", null, null), null, 10).items().get(0);
            assertTrue(hit.snippet().contains("ministry"), hit.snippet());
            assertNull(store.articles(ArticleFilter.all(), null, 10).items().get(0).snippet());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theSearchIndexFollowsAReplacedArticle(Backend backend) {
        try (CorpusStore store = backend.open()) {
            store.upsert(story("a1", "Norway", "First title", LocalDate.of(2021, 3, 2)));
            store.upsert(story("a1", "Finland", "Second title", LocalDate.of(2021, 3, 2)));
            assertEquals(0, store.articles(new ArticleFilter("norway", null, null), null, 10).items().size());
            assertEquals(1, store.articles(new ArticleFilter("finland second", null, null), null, 10).items().size());
        }
    }

    @Test
    void articlesStoredBeforeVersion8AreSearchable() throws Exception {
        Path db = dir.resolve("v7.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            Migrations.applyUpTo(c, new SqliteDialect(), 7);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO article (id, title, source_file, text, text_sha256, captions, ingested_at) "
                        + "VALUES ('old', 'Harbour', 'old.txt', 'Ferries resumed between the islands.', 'x', '[]', 'then')");
            }
        }
        try (CorpusStore store = CorpusStore.open(db)) {
            assertEquals(List.of("old"), store.articles(new ArticleFilter("ferry harbour", null, null), null, 5).items().stream()
                    .map(ArticleSummary::id).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void articlePagesListEachArticleOnceNewestFirstWithItsCounts(Backend backend) {
        try (CorpusStore store = backend.open()) {
            for (int i = 1; i <= 7; i++) {
                store.upsert(story("a" + i, "Norway" + "abcdefg".charAt(i - 1), "Title " + i, LocalDate.of(2021, 3, 1 + i % 3)));
            }
            List<String> ids = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            String cursor = null;
            do {
                Page<ArticleSummary> page = store.articles(ArticleFilter.all(), cursor, 3);
                page.items().forEach(a -> ids.add(a.id()));
                sizes.add(page.items().size());
                cursor = page.next();
            } while (cursor != null);
            assertEquals(List.of(3, 3, 1), sizes);
            assertEquals(List.of("a5", "a2", "a7", "a4", "a1", "a6", "a3"), ids);
            ArticleSummary first = store.articles(ArticleFilter.all(), null, 1).items().get(0);
            assertEquals(List.of(2, 1, 1), List.of(first.actors(), first.quotes(), first.events()));
            assertEquals(List.of("A. Writer"), first.authors());
            assertEquals("Valley Post", first.source());
            assertEquals(List.of("a2", "a5"), store.articles(new ArticleFilter(null, LocalDate.of(2021, 3, 3), LocalDate.of(2021, 3, 3)),
                    null, 10).items().stream().map(ArticleSummary::id).sorted().toList());
            String eventsCursor = store.events(Filters.EventFilter.all(), null, 1).next();
            assertThrows(Page.InvalidCursorException.class, () -> store.articles(ArticleFilter.all(), eventsCursor, 3));
            assertThrows(Page.InvalidCursorException.class, () -> store.articles(ArticleFilter.all(), "not-a-cursor", 3));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void eventAndQuotePagesFollowTheOrderOfTheWholeLists(Backend backend) {
        QuoteJson quoteJson = new QuoteJson();
        try (CorpusStore store = backend.open()) {
            List<Document> docs = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                Document d = story("s" + i, i % 2 == 0 ? "Norway" : "Sweden", "T" + i, LocalDate.of(2020, 1 + i % 3, 10));
                docs.add(d);
                store.upsert(d);
            }
            for (Filters.EventFilter filter : List.of(Filters.EventFilter.all(), new Filters.EventFilter("swed", "AID", null, null))) {
                List<String> whole = store.events(filter).stream().map(e -> e.article() + e.event().trigger()).toList();
                List<String> paged = new ArrayList<>();
                String cursor = null;
                do {
                    Page<CorpusEvent> page = store.events(filter, cursor, 2);
                    page.items().forEach(e -> paged.add(e.article() + e.event().trigger()));
                    cursor = page.next();
                } while (cursor != null);
                assertEquals(whole, paged);
                assertTrue(whole.size() >= 3, whole.toString());
            }
            List<String> whole = store.quotes(Filters.QuoteFilter.all()).stream().map(CorpusQuote::article).toList();
            List<String> paged = new ArrayList<>();
            String cursor = null;
            do {
                Page<StoredQuote> page = store.quotePage(Filters.QuoteFilter.all(), cursor, 2);
                for (StoredQuote q : page.items()) {
                    paged.add(q.article());
                    Document doc = docs.stream().filter(d -> d.id().equals(q.article())).findFirst().orElseThrow();
                    JsonNode original = quoteJson.write(doc.quotes().get(0), doc.text());
                    assertEquals(original, quoteJson.writeWithSpeakerWords(q.quote(), q.speakerWords()));
                }
                cursor = page.next();
            } while (cursor != null);
            assertEquals(whole, paged);
            assertEquals(List.of("s1", "s4"), store.quotePage(new Filters.QuoteFilter(null, null, LocalDate.of(2020, 2, 1),
                    LocalDate.of(2020, 2, 28)), null, 9).items().stream().map(StoredQuote::article).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theOverviewCountsEventsByMonthAndType(Backend backend) {
        try (CorpusStore store = backend.open()) {
            store.upsert(story("a1", "Norway", "T1", LocalDate.of(2020, 1, 10)));
            store.upsert(story("a2", "Sweden", "T2", LocalDate.of(2020, 1, 20)));
            store.upsert(story("a3", "Norway", "T3", LocalDate.of(2020, 3, 2)));
            Overview o = store.overview();
            assertEquals(List.of(3, 3, 3), List.of(o.articles(), o.events(), o.quotes()));
            assertEquals(List.of(new Overview.MonthCount("2020-01", "AID", 2), new Overview.MonthCount("2020-03", "AID", 1)), o.eventsByMonth());
            assertEquals("2020-01-09", o.firstDate());
            assertEquals("2020-03-02", o.lastDate());
        }
    }
}
