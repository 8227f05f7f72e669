package org.argus.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * The corpus database, in an SQLite file or a PostgreSQL database ({@link StoreLocation}); the
 * differences between the two live in their {@link Dialect}. One instance is used from one thread at
 * a time; several processes may write to one database at once. Each {@link #upsert} runs in a single
 * transaction.
 */
public final class CorpusStore implements AutoCloseable {
    private final Database db;

    private CorpusStore(Database db) {
        this.db = db;
    }

    /** Opens (creating if needed) the SQLite file and brings its schema up to date. */
    public static CorpusStore open(Path dbFile) {
        return open(StoreLocation.sqlite(dbFile));
    }

    /** Opens (creating if needed) the database and brings its schema up to date, for reading and writing. */
    public static CorpusStore open(StoreLocation location) {
        return open(location, false);
    }

    /**
     * Opens an existing database to read it. An SQLite file in a folder the user cannot write is opened
     * read-only: the views work (actor merges are then not recorded) and its schema must be current.
     */
    public static CorpusStore openForReading(StoreLocation location) {
        return open(location, true);
    }

    private static CorpusStore open(StoreLocation location, boolean reading) {
        Dialect dialect = location.isPostgres() ? new PostgresDialect() : new SqliteDialect();
        ConnectionSource source;
        try {
            source = dialect.connect(location, reading);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + location + ": " + e.getMessage(), e);
        }
        return prepare(new Database(dialect, source, location));
    }

    /** A database in memory, gone when closed. */
    public static CorpusStore inMemory() {
        SqliteDialect dialect = new SqliteDialect();
        try {
            return prepare(new Database(dialect, dialect.memory(), StoreLocation.sqlite(Path.of(":memory:"))));
        } catch (SQLException e) {
            throw new StoreException("cannot open an in-memory database: " + e.getMessage(), e);
        }
    }

    private static CorpusStore prepare(Database db) {
        try {
            if (db.readOnly()) {
                Migrations.check(db);
            } else {
                Migrations.apply(db);
                NearDuplicates.backfill(db);
            }
            return new CorpusStore(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Which database this is: "sqlite" or "postgresql". */
    public String dialect() {
        return db.dialect().name();
    }

    /** The schema version of the open database. */
    public int schemaVersion() {
        return db.read("read the schema version", Migrations::current);
    }

    /**
     * Stores an analysed article. An article with the same id, or else with the same cleaned text, is
     * replaced, never duplicated. All or nothing: on failure the database is as it was. Another
     * process writing at the same time is waited for.
     */
    public UpsertResult upsert(Document doc) {
        Article a = doc.article();
        if (a == null) {
            throw new StoreException("article " + doc.id() + " has not been extracted; nothing to store");
        }
        String sha = sha256(a.text());
        return db.write("store article " + doc.id(), connection -> {
            ArticleWriter writer = new ArticleWriter(connection, db.dialect());
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
            return link == null ? new UpsertResult(doc.id(), existing == null)
                    : new UpsertResult(doc.id(), existing == null, link.originalId(), link.containment());
        });
    }

    /** Whether an article with this URL is stored (the web ingest fetches such a URL no more). */
    public boolean hasUrl(String url) {
        return db.read("look up " + url, connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM article WHERE url = ? LIMIT 1")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** What the last poll of a feed kept, to ask the server only for what changed since (see {@link FeedState}). */
    public FeedState feedState(String url) {
        return FeedState.read(db, url);
    }

    /** Keeps the validators of a feed's last answer. */
    public void saveFeedState(FeedState state) {
        FeedState.save(db, state);
    }

    /** The stored near-duplicate links, by original. */
    public List<NearDuplicate> nearDuplicates() {
        return db.read("list near-duplicates", connection -> NearDuplicates.list(connection).stream()
                .map(p -> new NearDuplicate(p.article(), p.articleOutlet(), p.original(), p.originalOutlet(), p.containment()))
                .toList());
    }

    /**
     * Each stored article's independent source (article id to source key): a near-duplicate counts
     * as the outlet of its original, and articles of one outlet count as one source.
     */
    public Map<String, String> independentSources() {
        return db.read("read article sources", NearDuplicates::sources);
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
        return db.read("read articles", connection -> {
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
            }
            return out;
        });
    }

    /** Number of stored articles. */
    public int articleCount() {
        return db.read("count articles", connection -> {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM article")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** Actors merged across articles by normalised name and type, most mentioned first. */
    public List<CorpusActor> actors(Filters.ActorFilter filter) {
        return new ActorQueries(db).actors(filter);
    }

    /**
     * Keeps the actor dictionary's corpus decisions (read from {@code file}), replacing those of the
     * dictionary given before: its aliases join actors across the corpus and its {@code distinct}
     * names are never joined with the entry, whatever the automatic merges would say. Takes effect on
     * the stored corpus at once, without storing the articles again.
     */
    public void useDictionary(org.argus.actors.ActorDictionary dictionary, String file) {
        ActorDirectives.save(db, dictionary, file);
    }

    /** The merges behind the last full listing of actors: {from name key, into name key, evidence}. */
    public List<String[]> mergeEvidence() {
        return new ActorQueries(db).mergeEvidence();
    }

    /** Stored events in date order (the event's date, else the article's), as the pipeline made them. */
    public List<CorpusEvent> events(Filters.EventFilter filter) {
        return db.read("list events", connection -> new EventQueries(connection).events(filter));
    }

    /** The timeline: real-world events in date order, each with its reports from every article (see {@link Timeline}). */
    public List<TimelineEntry> timeline(Filters.EventFilter filter) {
        return timeline(filter, actors(Filters.ActorFilter.all()), independentSources());
    }

    /** The timeline over corpus actors and article sources already read (the brief reads them once for all its parts). */
    List<TimelineEntry> timeline(Filters.EventFilter filter, List<CorpusActor> actors, Map<String, String> sources) {
        return db.read("read the events for the timeline", connection -> Timeline.query(connection, db.dialect(), actors, sources, filter));
    }

    /** The signed who-backs-whom graph over the corpus's resolved actors, from events dated in [from, to] (either may be null). */
    public List<org.argus.corpus.AllianceGraph.Edge> alliances(java.time.LocalDate from, java.time.LocalDate to) {
        return alliances(from, to, actors(Filters.ActorFilter.all()), independentSources());
    }

    List<org.argus.corpus.AllianceGraph.Edge> alliances(java.time.LocalDate from, java.time.LocalDate to, List<CorpusActor> actors,
                                                        Map<String, String> sources) {
        return org.argus.corpus.AllianceGraph.build(db.read("read events for the corpus views",
                connection -> PartyEvents.alliances(connection, db.dialect(), actors, sources, from, to)));
    }

    /** Disputed claims: parties accused in the corpus that deny, with both sides' sentences (events dated in [from, to]). */
    public List<org.argus.corpus.Disputes.Dispute> disputes(java.time.LocalDate from, java.time.LocalDate to) {
        return disputes(from, to, actors(Filters.ActorFilter.all()));
    }

    List<org.argus.corpus.Disputes.Dispute> disputes(java.time.LocalDate from, java.time.LocalDate to, List<CorpusActor> actors) {
        return org.argus.corpus.Disputes.find(db.read("read events for the corpus views",
                connection -> PartyEvents.disputes(connection, db.dialect(), actors, from, to)));
    }

    /** Stored quotes, by article date. */
    public List<CorpusQuote> quotes(Filters.QuoteFilter filter) {
        return db.read("list quotes", connection -> new QuoteQueries(connection, db.dialect()).quotes(filter));
    }

    // --- Pages and single articles for the API (issue 24): ArticleQueries, EventPages, QuotePages, Overview ---

    /** The stored article with this id as the pipeline made it (text, actors, quotes, events), or empty. */
    public java.util.Optional<Document> document(String id) {
        return db.read("read an article", connection -> new ArticleQueries(connection, db.dialect()).document(id));
    }

    /**
     * A page of the stored articles, newest first, after {@code cursor} (null for the first page);
     * {@link ArticleFilter#search()} searches their titles and texts.
     *
     * @throws IllegalArgumentException when the search holds no word, or the cursor is not one of this list
     */
    public Page<ArticleSummary> articles(ArticleFilter filter, String cursor, int limit) {
        int checked = checkLimit(limit);
        return db.read("list articles", connection -> new ArticleQueries(connection, db.dialect()).articles(filter, cursor, checked));
    }

    /** A page of {@link #events}, after {@code cursor} (null for the first page). */
    public Page<CorpusEvent> events(Filters.EventFilter filter, String cursor, int limit) {
        int checked = checkLimit(limit);
        return db.read("list events", connection -> new EventPages(connection).events(filter, cursor, checked));
    }

    /** A page of the stored quotes in the order of {@link #quotes}, each as the pipeline made it. */
    public Page<StoredQuote> quotePage(Filters.QuoteFilter filter, String cursor, int limit) {
        int checked = checkLimit(limit);
        return db.read("list quotes", connection -> new QuotePages(connection).quotes(filter, cursor, checked));
    }

    /** The stored quote of {@code article} at exactly these offsets as the pipeline made it, or null. */
    public StoredQuote quoteAt(String article, int start, int end) {
        return db.read("read a quote", connection -> new QuotePages(connection).at(article, start, end));
    }

    /**
     * A token that changes whenever what the corpus views show may change: an article stored,
     * replaced or removed, or the actor dictionary's decisions replaced. Views computed under one
     * token can be reused while it holds.
     */
    public String version() {
        return db.read("read the corpus version", ArticleQueries::version);
    }

    /** Counts and dates of the corpus, and its events by month and type. */
    public Overview overview() {
        return db.read("read the corpus overview", Overview::read);
    }

    private static int checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a page holds at least one item, not " + limit);
        }
        return limit;
    }

    @Override
    public void close() {
        db.close();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
