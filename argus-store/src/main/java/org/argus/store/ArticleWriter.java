package org.argus.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.argus.corpus.NameKey;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.Mention;
import org.argus.model.Quote;
import org.argus.output.EventJson;

/**
 * Writes one analysed article's rows: the article, its actors and mentions, its quotes and its
 * events, each event with the object {@link EventJson} writes (so every view shows what
 * {@code analyze --format jsonl} prints) and its trace. Runs inside the caller's transaction.
 */
final class ArticleWriter {
    private final Connection connection;
    private final Dialect dialect;
    private final ObjectMapper mapper = new ObjectMapper();
    private final EventJson eventJson = new EventJson();

    ArticleWriter(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    Long findExisting(String id, String sha) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT key FROM article WHERE id = ? UNION ALL SELECT key FROM article WHERE text_sha256 = ? LIMIT 1")) {
            ps.setString(1, id);
            ps.setString(2, sha);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Inserts the article row, under {@code reuseKey} when it replaces a stored article (so links to it hold), else a new key. */
    long insertArticle(Document doc, Article a, String sha, Long reuseKey) throws SQLException {
        String columns = "id, title, published, published_origin, url, outlet, source_file, text, text_sha256, captions, ingested_at";
        String sql = reuseKey == null ? "INSERT INTO article (" + columns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "INSERT INTO article (" + columns + ", key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = dialect.insertReturningKey(connection, sql)) {
            if (reuseKey != null) {
                ps.setLong(12, reuseKey);
            }
            ps.setString(1, doc.id());
            ps.setString(2, a.title());
            ps.setString(3, a.published() == null ? null : a.published().date().toString());
            ps.setString(4, a.published() == null ? null : a.published().origin().name().toLowerCase(Locale.ROOT));
            ps.setString(5, a.url());
            ps.setString(6, a.outlet());
            ps.setString(7, doc.raw().source().toString());
            ps.setString(8, a.text());
            ps.setString(9, sha);
            ps.setString(10, json(a.captions()));
            ps.setString(11, Instant.now().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The metadata columns of schema version 2 (subtitle, authors, language, modified). */
    void updateArticleMeta(long key, Article a) throws SQLException {
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

    void insertActors(long article, Document doc) throws SQLException {
        try (PreparedStatement actor = dialect.insertReturningKey(connection,
                "INSERT INTO actor (article, actor_id, name, name_key, type, country, sector, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement mention = connection.prepareStatement("INSERT INTO mention (actor, text, start, \"end\", kind, trace) VALUES (?, ?, ?, ?, ?, ?)")) {
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
                    mention.setString(6, m.trace().isEmpty() ? null : String.join("\u001f", m.trace()));
                    mention.addBatch();
                }
            }
            mention.executeBatch();
        }
    }

    void insertQuotes(long article, Document doc) throws SQLException {
        try (PreparedStatement ps = dialect.insertReturningKey(connection,
                "INSERT INTO quote (article, text, start, \"end\", kind, speaker_name, speaker_actor, speaker_start, speaker_end, "
                        + "cue_text, cue_start, cue_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement unit = connection.prepareStatement("INSERT INTO quote_unit (quote, step, unit) VALUES (?, ?, ?)")) {
            for (Quote q : doc.quotes()) {
                ps.setLong(1, article);
                ps.setString(2, q.text());
                ps.setInt(3, q.span().start());
                ps.setInt(4, q.span().end());
                ps.setString(5, q.kind().name().toLowerCase(Locale.ROOT));
                ActorRef s = q.speaker();
                ps.setString(6, s == null ? null : s.name());
                ps.setString(7, s == null ? null : s.actorId());
                Sql.setInt(ps, 8, s == null || s.span() == null ? null : s.span().start());
                Sql.setInt(ps, 9, s == null || s.span() == null ? null : s.span().end());
                ps.setString(10, q.cue() == null ? null : q.cue().text());
                Sql.setInt(ps, 11, q.cue() == null ? null : q.cue().span().start());
                Sql.setInt(ps, 12, q.cue() == null ? null : q.cue().span().end());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    addUnits(unit, keys.getLong(1), q.trace());
                }
            }
            unit.executeBatch();
        }
    }

    void insertEvents(long article, Document doc) throws SQLException {
        try (PreparedStatement ev = dialect.insertReturningKey(connection,
                "INSERT INTO event (article, type, mode, negated, date, date_precision, date_origin, place_name, place_country, "
                        + "place_lat, place_lon, sentence_start, sentence_end, trigger_text, trigger_start, trigger_end, rule, "
                        + "attribution_name, attribution_actor, modality, json) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement ref = connection.prepareStatement(
                     "INSERT INTO event_actor (event, role, name, actor_id, country, sector, code, code_from, start, \"end\") "
                             + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement unit = connection.prepareStatement("INSERT INTO event_unit (event, step, unit) VALUES (?, ?, ?)")) {
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
                Sql.setDouble(ev, 10, e.place() == null ? null : e.place().lat());
                Sql.setDouble(ev, 11, e.place() == null ? null : e.place().lon());
                ev.setInt(12, e.sentence().start());
                ev.setInt(13, e.sentence().end());
                ev.setString(14, e.trigger().text());
                ev.setInt(15, e.trigger().span().start());
                ev.setInt(16, e.trigger().span().end());
                ev.setString(17, e.predicate() == null ? null : e.predicate().entry());
                ev.setString(18, e.attribution() == null ? null : e.attribution().name());
                ev.setString(19, e.attribution() == null ? null : e.attribution().actorId());
                ev.setString(20, e.modality().name().toLowerCase(Locale.ROOT));
                ev.setString(21, eventJson.write(e, doc.text()).toString());
                ev.executeUpdate();
                long key;
                try (ResultSet keys = ev.getGeneratedKeys()) {
                    keys.next();
                    key = keys.getLong(1);
                }
                addRefs(ref, key, "source", e.source());
                addRefs(ref, key, "target", e.target());
                addUnits(unit, key, e.trace());
            }
            ref.executeBatch();
            unit.executeBatch();
        }
    }

    /** The trace of an event or quote, one row a unit, so a view can list what one unit made. */
    static void addUnits(PreparedStatement ps, long owner, List<String> trace) throws SQLException {
        for (int step = 0; step < trace.size(); step++) {
            ps.setLong(1, owner);
            ps.setInt(2, step);
            ps.setString(3, trace.get(step));
            ps.addBatch();
        }
    }

    private static void addRefs(PreparedStatement ps, long event, String role, List<ActorRef> refs) throws SQLException {
        for (ActorRef r : refs) {
            ps.setLong(1, event);
            ps.setString(2, role);
            ps.setString(3, r.name() == null ? "" : r.name());
            ps.setString(4, r.actorId());
            ps.setString(5, r.country());
            ps.setString(6, r.sector());
            ps.setString(7, r.code());
            ps.setString(8, r.codeFrom());
            Sql.setInt(ps, 9, r.span() == null ? null : r.span().start());
            Sql.setInt(ps, 10, r.span() == null ? null : r.span().end());
            ps.addBatch();
        }
    }

    private String json(List<String> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode captions", e);
        }
    }
}
