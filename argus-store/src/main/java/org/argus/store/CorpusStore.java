package org.argus.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.Mention;
import org.argus.model.Quote;

/**
 * The corpus database. One instance holds one connection: use it from one thread at a time.
 * Each {@link #upsert} runs in a single transaction.
 */
public final class CorpusStore implements AutoCloseable {
    private final Connection connection;
    private final ObjectMapper mapper = new ObjectMapper();

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
                Long existing = findExisting(doc.id(), sha);
                List<Long> dependents = existing == null ? List.of() : NearDuplicates.dependents(connection, existing);
                if (existing != null) {
                    try (PreparedStatement ps = connection.prepareStatement("DELETE FROM article WHERE key = ?")) {
                        ps.setLong(1, existing);
                        ps.executeUpdate();
                    }
                }
                long key = insertArticle(doc, a, sha, existing);
                updateArticleMeta(key, a);
                insertActors(key, doc);
                insertQuotes(key, doc);
                insertEvents(key, doc);
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

    private Long findExisting(String id, String sha) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT key FROM article WHERE id = ? UNION ALL SELECT key FROM article WHERE text_sha256 = ? LIMIT 1")) {
            ps.setString(1, id);
            ps.setString(2, sha);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private long insertArticle(Document doc, Article a, String sha, Long reuseKey) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO article (key, id, title, published, published_origin, url, outlet, source_file, text, text_sha256, "
                        + "captions, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            if (reuseKey == null) {
                ps.setNull(1, Types.INTEGER);
            } else {
                ps.setLong(1, reuseKey);
            }
            ps.setString(2, doc.id());
            ps.setString(3, a.title());
            ps.setString(4, a.published() == null ? null : a.published().date().toString());
            ps.setString(5, a.published() == null ? null : a.published().origin().name().toLowerCase(Locale.ROOT));
            ps.setString(6, a.url());
            ps.setString(7, a.outlet());
            ps.setString(8, doc.raw().source().toString());
            ps.setString(9, a.text());
            ps.setString(10, sha);
            ps.setString(11, json(a.captions()));
            ps.setString(12, Instant.now().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The metadata columns of schema version 2 (subtitle, authors, language, modified). */
    private void updateArticleMeta(long key, Article a) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE article SET subtitle = ?, authors = ?, language = ?, modified = ? WHERE key = ?")) {
            ps.setString(1, a.meta().subtitle());
            ps.setString(2, json(a.meta().authors()));
            ps.setString(3, a.meta().language());
            ps.setString(4, a.meta().modified() == null ? null : a.meta().modified().toString());
            ps.setLong(5, key);
            ps.executeUpdate();
        }
    }

    private void insertActors(long article, Document doc) throws SQLException {
        try (PreparedStatement actor = connection.prepareStatement(
                "INSERT INTO actor (article, actor_id, name, name_key, type, country, sector, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement mention = connection.prepareStatement("INSERT INTO mention (actor, text, start, \"end\", kind) VALUES (?, ?, ?, ?, ?)")) {
            for (Actor a : doc.actors()) {
                actor.setLong(1, article);
                actor.setString(2, a.id());
                actor.setString(3, a.name());
                actor.setString(4, NameKey.of(a.name(), a.type().name()));
                actor.setString(5, a.type().name());
                actor.setString(6, a.country());
                actor.setString(7, a.sector());
                actor.setString(8, a.role());
                actor.executeUpdate();
                long key;
                try (ResultSet keys = actor.getGeneratedKeys()) {
                    keys.next();
                    key = keys.getLong(1);
                }
                for (Mention m : a.mentions()) {
                    mention.setLong(1, key);
                    mention.setString(2, m.text());
                    mention.setInt(3, m.span().start());
                    mention.setInt(4, m.span().end());
                    mention.setString(5, m.kind().name().toLowerCase(Locale.ROOT));
                    mention.addBatch();
                }
            }
            mention.executeBatch();
        }
    }

    private void insertQuotes(long article, Document doc) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO quote (article, text, start, \"end\", kind, speaker_name, speaker_actor, speaker_start, speaker_end, "
                        + "cue_text, cue_start, cue_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Quote q : doc.quotes()) {
                ps.setLong(1, article);
                ps.setString(2, q.text());
                ps.setInt(3, q.span().start());
                ps.setInt(4, q.span().end());
                ps.setString(5, q.kind().name().toLowerCase(Locale.ROOT));
                ActorRef s = q.speaker();
                ps.setString(6, s == null ? null : s.name());
                ps.setString(7, s == null ? null : s.actorId());
                setInt(ps, 8, s == null || s.span() == null ? null : s.span().start());
                setInt(ps, 9, s == null || s.span() == null ? null : s.span().end());
                ps.setString(10, q.cue() == null ? null : q.cue().text());
                setInt(ps, 11, q.cue() == null ? null : q.cue().span().start());
                setInt(ps, 12, q.cue() == null ? null : q.cue().span().end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertEvents(long article, Document doc) throws SQLException {
        try (PreparedStatement ev = connection.prepareStatement(
                "INSERT INTO event (article, type, mode, negated, date, date_precision, date_origin, place_name, place_country, "
                        + "place_lat, place_lon, sentence_start, sentence_end, trigger_text, trigger_start, trigger_end, rule, "
                        + "attribution_name, attribution_actor, modality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement ref = connection.prepareStatement(
                     "INSERT INTO event_actor (event, role, name, actor_id, country, sector) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Event e : doc.events()) {
                ev.setLong(1, article);
                ev.setString(2, e.type().name());
                ev.setString(3, e.mode());
                ev.setInt(4, e.negated() ? 1 : 0);
                ev.setString(5, e.date() == null ? null : e.date().iso());
                ev.setString(6, e.date() == null ? null : e.date().precision().name().toLowerCase(Locale.ROOT));
                ev.setString(7, e.date() == null ? null : e.date().origin().name().toLowerCase(Locale.ROOT));
                ev.setString(8, e.place() == null ? null : e.place().name());
                ev.setString(9, e.place() == null ? null : e.place().country());
                setDouble(ev, 10, e.place() == null ? null : e.place().lat());
                setDouble(ev, 11, e.place() == null ? null : e.place().lon());
                ev.setInt(12, e.sentence().start());
                ev.setInt(13, e.sentence().end());
                ev.setString(14, e.trigger().text());
                ev.setInt(15, e.trigger().span().start());
                ev.setInt(16, e.trigger().span().end());
                ev.setString(17, e.rule());
                ev.setString(18, e.attribution() == null ? null : e.attribution().name());
                ev.setString(19, e.attribution() == null ? null : e.attribution().actorId());
                ev.setString(20, e.modality().name().toLowerCase(Locale.ROOT));
                ev.executeUpdate();
                long key;
                try (ResultSet keys = ev.getGeneratedKeys()) {
                    keys.next();
                    key = keys.getLong(1);
                }
                addRefs(ref, key, "source", e.source());
                addRefs(ref, key, "target", e.target());
            }
            ref.executeBatch();
        }
    }

    private static void addRefs(PreparedStatement ps, long event, String role, List<ActorRef> refs) throws SQLException {
        for (ActorRef r : refs) {
            ps.setLong(1, event);
            ps.setString(2, role);
            ps.setString(3, r.name());
            ps.setString(4, r.actorId());
            ps.setString(5, r.country());
            ps.setString(6, r.sector());
            ps.addBatch();
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
        String sql = "SELECT a.key, a.name_key, a.name, a.type, a.country, a.sector, a.role, ar.id, "
                + "(SELECT group_concat(m.text, char(31)) FROM mention m WHERE m.actor = a.key AND m.kind <> 'pronoun'), "
                + "(SELECT COUNT(*) FROM mention m WHERE m.actor = a.key) "
                + "FROM actor a JOIN article ar ON ar.key = a.article WHERE (? IS NULL OR a.type = ?) AND (? IS NULL OR a.country = ?) "
                + "ORDER BY a.name_key, ar.id";
        Map<String, Group> groups = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bindTwice(ps, 1, upper(filter.type()));
            bindTwice(ps, 3, upper(filter.country()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Group g = groups.computeIfAbsent(rs.getString(2), Group::new);
                    g.add(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getInt(10));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list actors: " + e.getMessage(), e);
        }
        List<String[]> merges = new ArrayList<>();
        ActorDirectives directives = ActorDirectives.read(connection);
        applyAliases(groups, directives, merges);
        mergeAcronyms(groups, directives, merges);
        mergeSpellings(groups, directives, merges);
        if (filter.type() == null && filter.country() == null) {
            saveMerges(merges);
        }
        List<CorpusActor> out = new ArrayList<>();
        String needle = filter.name() == null ? null : filter.name().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Group> entry : groups.entrySet()) {
            CorpusActor actor = entry.getValue().toActor(NameKey.slug(entry.getKey()));
            if (needle == null || actor.name().toLowerCase(Locale.ROOT).contains(needle)
                    || actor.aliases().stream().anyMatch(al -> al.toLowerCase(Locale.ROOT).contains(needle))) {
                out.add(actor);
            }
        }
        out.sort((x, y) -> x.mentions() != y.mentions() ? Integer.compare(y.mentions(), x.mentions()) : x.name().compareTo(y.name()));
        return out;
    }

    /**
     * An actor named only by an acronym ("XYZ") joins the actor that another article named in full and
     * also called by that acronym: the article that defined it is the evidence.
     */
    private static void mergeAcronyms(Map<String, Group> groups, ActorDirectives directives, List<String[]> merges) {
        for (String key : new ArrayList<>(groups.keySet())) {
            Group acronym = groups.get(key);
            String name = acronym.top();
            if (!name.matches("[A-Z][A-Z.]{1,9}")) {
                continue;
            }
            for (Map.Entry<String, Group> other : groups.entrySet()) {
                Group full = other.getValue();
                if (full != acronym && full.type.equals(acronym.type) && !full.top().equals(name) && full.mentionTexts.contains(name)
                        && !directives.apart(full.keys, acronym.keys)) {
                    full.absorb(acronym);
                    full.evidence.add("'" + name + "' is the acronym another article defined for '" + full.top() + "'");
                    merges.add(new String[] {key, other.getKey(), full.evidence.get(full.evidence.size() - 1)});
                    groups.remove(key);
                    break;
                }
            }
        }
    }

    /** Keeps the merge decisions with their evidence in actor_merge (replacing the previous ones), in one transaction. */
    private void saveMerges(List<String[]> merges) {
        String now = java.time.Instant.now().toString();
        Transaction.run(connection, "keep the actor merges", () -> {
            try (Statement clear = connection.createStatement();
                 PreparedStatement ps = connection.prepareStatement(
                         "INSERT OR REPLACE INTO actor_merge (from_key, into_key, evidence, decided_at) VALUES (?, ?, ?, ?)")) {
                clear.executeUpdate("DELETE FROM actor_merge");
                for (String[] m : merges) {
                    ps.setString(1, m[0]);
                    ps.setString(2, m[1]);
                    ps.setString(3, m[2]);
                    ps.setString(4, now);
                    ps.executeUpdate();
                }
            }
        });
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
        List<String[]> out = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT from_key, into_key, evidence FROM actor_merge ORDER BY into_key, from_key")) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the actor merges: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The dictionary's aliases: an actor named by an alias joins the entry's actor (or, when no article
     * names the entry itself, becomes it), and takes the entry's name.
     */
    private static void applyAliases(Map<String, Group> groups, ActorDirectives directives, List<String[]> merges) {
        for (ActorDirectives.Alias alias : directives.aliases()) {
            Group from = groups.get(alias.aliasKey());
            if (from == null) {
                continue;
            }
            String evidence = "the actor dictionary (" + alias.source() + ") lists '" + from.top() + "' as an alias of '" + alias.name() + "'";
            Group into = groups.get(alias.entryKey());
            groups.remove(alias.aliasKey());
            if (into == null) {
                into = from;
                into.keys.add(alias.entryKey());
                groups.put(alias.entryKey(), into);
            } else {
                into.absorb(from);
            }
            into.fixedName = alias.name();
            into.evidence.add(evidence);
            merges.add(new String[] {alias.aliasKey(), alias.entryKey(), evidence});
        }
    }

    /** People spelt differently across articles join, with the evidence kept (see {@link ActorMerger}). */
    private static void mergeSpellings(Map<String, Group> groups, ActorDirectives directives, List<String[]> merges) {
        List<ActorMerger.Candidate> candidates = new ArrayList<>();
        groups.forEach((k, g) -> candidates.add(new ActorMerger.Candidate(k, g.top(), g.type, Group.top(g.countries),
                Group.top(g.roles), g.articles.size() * 1000 + g.mentions)));
        for (ActorMerger.Merge m : ActorMerger.merges(candidates, (a, b) -> directives.apart(groups.get(a).keys, groups.get(b).keys))) {
            Group into = groups.get(m.into());
            Group from = groups.get(m.from());
            if (into != null && from != null && into != from) {
                into.absorb(from);
                into.evidence.add(m.evidence());
                merges.add(new String[] {m.from(), m.into(), m.evidence()});
                groups.remove(m.from());
            }
        }
    }

    /** Stored events in date order (the event's date, else the article's). */
    public List<CorpusEvent> events(Filters.EventFilter filter) {
        String sql = "SELECT ar.id, ar.title, e.type, e.mode, e.negated, COALESCE(e.date, ar.published), e.date_precision, "
                + "(SELECT group_concat(x.name, char(31)) FROM event_actor x WHERE x.event = e.key AND x.role = 'source'), "
                + "(SELECT group_concat(x.name, char(31)) FROM event_actor x WHERE x.event = e.key AND x.role = 'target'), "
                + "e.trigger_text, substr(ar.text, e.sentence_start + 1, e.sentence_end - e.sentence_start), e.rule, e.attribution_name, e.modality "
                + "FROM event e JOIN article ar ON ar.key = e.article "
                + "WHERE (? IS NULL OR e.type = ?) "
                + "AND (? IS NULL OR EXISTS (SELECT 1 FROM event_actor x WHERE x.event = e.key AND lower(x.name) LIKE ? ESCAPE '\\')) "
                + "AND (? IS NULL OR COALESCE(e.date, ar.published) >= ?) AND (? IS NULL OR substr(COALESCE(e.date, ar.published), 1, 10) <= ?) "
                + "ORDER BY COALESCE(e.date, ar.published), ar.id, e.sentence_start";
        List<CorpusEvent> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bindTwice(ps, 1, upper(filter.type()));
            ps.setString(3, filter.actor());
            ps.setString(4, filter.actor() == null ? null : like(filter.actor()));
            bindTwice(ps, 5, filter.from() == null ? null : filter.from().toString());
            bindTwice(ps, 7, filter.to() == null ? null : filter.to().toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CorpusEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5) != 0,
                            rs.getString(6), rs.getString(7), split(rs.getString(8)), split(rs.getString(9)), rs.getString(10),
                            rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list events: " + e.getMessage(), e);
        }
        return out;
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
        String sql = "SELECT ar.id, ar.published, q.speaker_name, q.speaker_actor, q.kind, q.text, q.cue_text, q.start, q.\"end\" "
                + "FROM quote q JOIN article ar ON ar.key = q.article "
                + "WHERE (? IS NULL OR lower(q.speaker_name) LIKE ? ESCAPE '\\') AND (? IS NULL OR q.kind = ?) "
                + "AND (? IS NULL OR ar.published >= ?) AND (? IS NULL OR ar.published <= ?) "
                + "ORDER BY ar.published, ar.id, q.start";
        List<CorpusQuote> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, filter.speaker());
            ps.setString(2, filter.speaker() == null ? null : like(filter.speaker()));
            bindTwice(ps, 3, filter.kind() == null ? null : filter.kind().toLowerCase(Locale.ROOT));
            bindTwice(ps, 5, filter.from() == null ? null : filter.from().toString());
            bindTwice(ps, 7, filter.to() == null ? null : filter.to().toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CorpusQuote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list quotes: " + e.getMessage(), e);
        }
        return out;
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

    private String json(List<String> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode captions", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void bindTwice(PreparedStatement ps, int index, String value) throws SQLException {
        ps.setString(index, value);
        ps.setString(index + 1, value);
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static String like(String needle) {
        return "%" + needle.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : List.of(joined.split("\u001f"));
    }

    /** Per-article actors being merged into one corpus actor. */
    private static final class Group {
        /** The name keys of the stored actors in the group. */
        private final Set<String> keys = new LinkedHashSet<>();
        /** The name the actor dictionary gives it, which wins over the most frequent spelling. */
        private String fixedName;
        private final Map<String, Integer> names = new LinkedHashMap<>();
        private final Map<String, Integer> countries = new LinkedHashMap<>();
        private final Map<String, Integer> sectors = new LinkedHashMap<>();
        private final Map<String, Integer> roles = new LinkedHashMap<>();
        private final LinkedHashSet<String> mentionTexts = new LinkedHashSet<>();
        private final LinkedHashSet<String> articles = new LinkedHashSet<>();
        private final List<String> evidence = new ArrayList<>();
        private String type;
        private int mentions;

        Group(String key) {
            keys.add(key);
        }

        void add(String name, String actorType, String country, String sector, String role, String article, String texts, int count) {
            names.merge(name, 1, Integer::sum);
            if (country != null) {
                countries.merge(country, 1, Integer::sum);
            }
            if (sector != null) {
                sectors.merge(sector, 1, Integer::sum);
            }
            if (role != null) {
                roles.merge(role, 1, Integer::sum);
            }
            if (texts != null) {
                mentionTexts.addAll(List.of(texts.split("\u001f")));
            }
            articles.add(article);
            type = actorType;
            mentions += count;
        }

        String top() {
            return fixedName != null ? fixedName : top(names);
        }

        void absorb(Group other) {
            keys.addAll(other.keys);
            if (fixedName == null) {
                fixedName = other.fixedName;
            }
            other.names.forEach((n, c) -> names.merge(n, 0, Integer::sum));
            other.countries.forEach((n, c) -> countries.merge(n, c, Integer::sum));
            other.sectors.forEach((n, c) -> sectors.merge(n, c, Integer::sum));
            other.roles.forEach((n, c) -> roles.merge(n, c, Integer::sum));
            mentionTexts.addAll(other.mentionTexts);
            articles.addAll(other.articles);
            mentions += other.mentions;
            evidence.addAll(other.evidence);
        }

        CorpusActor toActor(String id) {
            String name = top();
            List<String> aliases = mentionTexts.stream().filter(t -> !t.equals(name)).toList();
            return new CorpusActor(id, name, type, top(countries), top(sectors), top(roles), aliases, mentions, List.copyOf(articles),
                    List.copyOf(evidence));
        }

        private static String top(Map<String, Integer> counts) {
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
    }
}
