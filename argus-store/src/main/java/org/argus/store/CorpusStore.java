package org.argus.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.argus.model.Article;
import org.argus.model.Document;

/**
 * The corpus database. One instance holds one connection: use it from one thread at a time.
 * Each {@link #upsert} runs in a single transaction.
 */
public final class CorpusStore implements AutoCloseable {
    private final Connection connection;

    private CorpusStore(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating if needed) the database file and brings its schema up to date. */
    public static CorpusStore open(Path dbFile) {
        try {
            Path parent = dbFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for " + dbFile + ": " + e.getMessage(), e);
        }
        CorpusStore store = connect("jdbc:sqlite:" + dbFile.toAbsolutePath(), dbFile.toString());
        store.execute("PRAGMA journal_mode=WAL");
        return store;
    }

    /** A database in memory, gone when closed. */
    public static CorpusStore inMemory() {
        return connect("jdbc:sqlite::memory:", "in-memory database");
    }

    private static CorpusStore connect(String url, String name) {
        try {
            Connection c = DriverManager.getConnection(url);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA foreign_keys=ON");
                st.execute("PRAGMA busy_timeout=5000");
            }
            try {
                Migrations.apply(c);
                NearDuplicates.backfill(c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return new CorpusStore(c);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + name + ": " + e.getMessage(), e);
        }
    }

    /** The schema version of the open database. */
    public int schemaVersion() {
        try {
            return Migrations.current(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read the schema version: " + e.getMessage(), e);
        }
    }

    /**
     * Stores an analysed article. An article with the same id, or else with the same cleaned text, is
     * replaced, never duplicated. All or nothing: on failure the database is as it was.
     */
    public UpsertResult upsert(Document doc) {
        Article a = doc.article();
        if (a == null) {
            throw new StoreException("article " + doc.id() + " has not been extracted; nothing to store");
        }
        String sha = sha256(a.text());
        try {
            connection.setAutoCommit(false);
            try {
                ArticleWriter writer = new ArticleWriter(connection);
                Long existing = writer.findExisting(doc.id(), sha);
                List<Long> dependents = existing == null ? List.of() : NearDuplicates.dependents(connection, existing);
                if (existing != null) {
                    try (PreparedStatement ps = connection.prepareStatement("DELETE FROM article WHERE key = ?")) {
                        ps.setLong(1, existing);
                        ps.executeUpdate();
                    }
                }
                long key = writer.insertArticle(doc, a, sha, existing);
                writer.updateArticleMeta(key, a);
                writer.insertActors(key, doc);
                writer.insertQuotes(key, doc);
                writer.insertEvents(key, doc);
                NearDuplicates.Link link = NearDuplicates.add(connection, key, a.text(), dependents);
                for (long dependent : dependents) {
                    NearDuplicates.relink(connection, dependent);
                }
                connection.commit();
                return link == null ? new UpsertResult(doc.id(), existing == null)
                        : new UpsertResult(doc.id(), existing == null, link.originalId(), link.containment());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store article " + doc.id() + ": " + e.getMessage(), e);
        }
    }

    /** The stored near-duplicate links, by original. */
    public List<NearDuplicate> nearDuplicates() {
        try {
            return NearDuplicates.list(connection).stream()
                    .map(p -> new NearDuplicate(p.article(), p.articleOutlet(), p.original(), p.originalOutlet(), p.containment()))
                    .toList();
        } catch (SQLException e) {
            throw new StoreException("cannot list near-duplicates: " + e.getMessage(), e);
        }
    }

    /**
     * Each stored article's independent source (article id to source key): a near-duplicate counts
     * as the outlet of its original, and articles of one outlet count as one source.
     */
    public Map<String, String> independentSources() {
        try {
            return NearDuplicates.sources(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read article sources: " + e.getMessage(), e);
        }
    }

    /**
     * A brief on one actor (matched by name or alias) over [from, to] (either may be null): key
     * events, main quotes, alliances and disputes, each traceable to its sentence.
     */
    public Brief brief(String actor, java.time.LocalDate from, java.time.LocalDate to, int maxEvents, int maxQuotes) {
        return Brief.build(this, actor, from, to, maxEvents, maxQuotes);
    }

    /** The stored articles with these ids, with their text (ids not stored are skipped). */
    List<Brief.Source> sources(java.util.Collection<String> ids) {
        List<Brief.Source> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, title, outlet, url, published, text FROM article WHERE id = ?")) {
            for (String id : ids) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(new Brief.Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read articles: " + e.getMessage(), e);
        }
        return out;
    }

    /** Number of stored articles. */
    public int articleCount() {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM article")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("cannot count articles: " + e.getMessage(), e);
        }
    }

    /** Actors merged across articles by normalised name and type, most mentioned first. */
    public List<CorpusActor> actors(Filters.ActorFilter filter) {
        return new ActorQueries(connection).actors(filter);
    }

    /**
     * Keeps the actor dictionary's corpus decisions (read from {@code file}), replacing those of the
     * dictionary given before: its aliases join actors across the corpus and its {@code distinct}
     * names are never joined with the entry, whatever the automatic merges would say. Takes effect on
     * the stored corpus at once, without storing the articles again.
     */
    public void useDictionary(org.argus.actors.ActorDictionary dictionary, String file) {
        ActorDirectives.save(connection, dictionary, file);
    }

    /** The merges behind the last full listing of actors: {from name key, into name key, evidence}. */
    public List<String[]> mergeEvidence() {
        return new ActorQueries(connection).mergeEvidence();
    }

    /** Stored events in date order (the event's date, else the article's), as the pipeline made them. */
    public List<CorpusEvent> events(Filters.EventFilter filter) {
        return new EventQueries(connection).events(filter);
    }

    /** The timeline: real-world events in date order, each with its reports from every article (see {@link Timeline}). */
    public List<TimelineEntry> timeline(Filters.EventFilter filter) {
        return timeline(filter, actors(Filters.ActorFilter.all()), independentSources());
    }

    /** The timeline over corpus actors and article sources already read (the brief reads them once for all its parts). */
    List<TimelineEntry> timeline(Filters.EventFilter filter, List<CorpusActor> actors, Map<String, String> sources) {
        return Timeline.query(connection, actors, sources, filter);
    }

    /** The signed who-backs-whom graph over the corpus's resolved actors, from events dated in [from, to] (either may be null). */
    public List<org.argus.corpus.AllianceGraph.Edge> alliances(java.time.LocalDate from, java.time.LocalDate to) {
        return alliances(from, to, actors(Filters.ActorFilter.all()), independentSources());
    }

    List<org.argus.corpus.AllianceGraph.Edge> alliances(java.time.LocalDate from, java.time.LocalDate to, List<CorpusActor> actors,
                                                        Map<String, String> sources) {
        return org.argus.corpus.AllianceGraph.build(PartyEvents.alliances(connection, actors, sources, from, to));
    }

    /** Disputed claims: parties accused in the corpus that deny, with both sides' sentences (events dated in [from, to]). */
    public List<org.argus.corpus.Disputes.Dispute> disputes(java.time.LocalDate from, java.time.LocalDate to) {
        return disputes(from, to, actors(Filters.ActorFilter.all()));
    }

    List<org.argus.corpus.Disputes.Dispute> disputes(java.time.LocalDate from, java.time.LocalDate to, List<CorpusActor> actors) {
        return org.argus.corpus.Disputes.find(PartyEvents.disputes(connection, actors, from, to));
    }

    /** Stored quotes, by article date. */
    public List<CorpusQuote> quotes(Filters.QuoteFilter filter) {
        return new QuoteQueries(connection).quotes(filter);
    }

    // --- Pages and single articles for the API (issue 24): ArticleQueries, EventPages, QuotePages, Overview ---

    /** The stored article with this id as the pipeline made it (text, actors, quotes, events), or empty. */
    public java.util.Optional<Document> document(String id) {
        return new ArticleQueries(connection).document(id);
    }

    /**
     * A page of the stored articles, newest first, after {@code cursor} (null for the first page);
     * {@link ArticleFilter#search()} searches their titles and texts.
     *
     * @throws IllegalArgumentException when the search holds no word, or the cursor is not one of this list
     */
    public Page<ArticleSummary> articles(ArticleFilter filter, String cursor, int limit) {
        return new ArticleQueries(connection).articles(filter, cursor, checkLimit(limit));
    }

    /** A page of {@link #events}, after {@code cursor} (null for the first page). */
    public Page<CorpusEvent> events(Filters.EventFilter filter, String cursor, int limit) {
        return new EventPages(connection).events(filter, cursor, checkLimit(limit));
    }

    /** A page of the stored quotes in the order of {@link #quotes}, each as the pipeline made it. */
    public Page<StoredQuote> quotePage(Filters.QuoteFilter filter, String cursor, int limit) {
        return new QuotePages(connection).quotes(filter, cursor, checkLimit(limit));
    }

    /** The stored quote of {@code article} at exactly these offsets as the pipeline made it, or null. */
    public StoredQuote quoteAt(String article, int start, int end) {
        return new QuotePages(connection).at(article, start, end);
    }

    /**
     * A token that changes whenever what the corpus views show may change: an article stored,
     * replaced or removed, or the actor dictionary's decisions replaced. Views computed under one
     * token can be reused while it holds.
     */
    public String version() {
        return ArticleQueries.version(connection);
    }

    /** Counts and dates of the corpus, and its events by month and type. */
    public Overview overview() {
        return Overview.read(connection);
    }

    private static int checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a page holds at least one item, not " + limit);
        }
        return limit;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database: " + e.getMessage(), e);
        }
    }

    private void execute(String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new StoreException(sql + " failed: " + e.getMessage(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
