package org.argus.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.ActorType;
import org.argus.model.Article;
import org.argus.model.ArticleMeta;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.InputFormat;
import org.argus.model.Mention;
import org.argus.model.PublishedDate;
import org.argus.model.Quote;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.model.Span;
import org.argus.output.EventJson;

/**
 * The stored articles: one article read back as the document the pipeline made (its text, actors
 * with their mentions, quotes and events, so {@link org.argus.output.DocumentJson} prints the object
 * {@code analyze --format jsonl} printed), and the list of articles, newest first, a page at a time,
 * optionally searched. Written in SQL both SQLite and PostgreSQL accept, except the search
 * ({@link ArticleSearch}).
 */
final class ArticleQueries {
    static final String LIST = "articles";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private final Connection connection;
    private final Dialect dialect;
    private final ObjectMapper mapper = new ObjectMapper();
    private final EventJson eventJson = new EventJson();

    ArticleQueries(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** The article with this id as the pipeline made it, or empty when no article has the id. */
    Optional<Document> document(String id) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT key, title, published, published_origin, url, outlet, "
                + "source_file, text, captions, subtitle, authors, language, modified FROM article WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long key = rs.getLong(1);
                PublishedDate published = rs.getString(3) == null ? null : new PublishedDate(LocalDate.parse(rs.getString(3)),
                        rs.getString(4) == null ? PublishedDate.Origin.GIVEN
                                : PublishedDate.Origin.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)));
                String text = rs.getString(8);
                ArticleMeta meta = new ArticleMeta(rs.getString(10), strings(rs.getString(11)), rs.getString(12),
                        rs.getString(13) == null ? null : LocalDate.parse(rs.getString(13)));
                Article article = new Article(rs.getString(2), text, published, rs.getString(5), rs.getString(6), strings(rs.getString(9)), meta);
                RawDocument raw = new RawDocument(id, SourceRef.file(rs.getString(7)), InputFormat.TEXT, text, rs.getString(2),
                        rs.getString(5), published, rs.getString(6));
                return Optional.of(Document.of(raw).withArticle(article).withActors(actors(key)).withQuotes(quotes(key)).withEvents(events(key)));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read article " + id + ": " + e.getMessage(), e);
        }
    }

    /** A page of the articles the filter keeps, newest first (then by id, descending), after {@code cursor} (null: the first page). */
    Page<ArticleSummary> articles(ArticleFilter filter, String cursor, int limit) {
        ArticleSearch.Clause search = filter.search() == null ? null : ArticleSearch.of(filter.search(), dialect);
        JsonNode after = cursor == null ? null : Page.decode(LIST, cursor, 2);
        String sql = "SELECT ar.id, ar.title, ar.published, ar.published_origin, ar.outlet, ar.url, ar.subtitle, ar.authors, ar.language, "
                + "ar.modified, (SELECT COUNT(*) FROM actor a WHERE a.article = ar.key), (SELECT COUNT(*) FROM quote q WHERE q.article = ar.key), "
                + "(SELECT COUNT(*) FROM event e WHERE e.article = ar.key), "
                + "(SELECT o.id FROM near_duplicate d JOIN article o ON o.key = d.original WHERE d.article = ar.key), ar.key "
                + "FROM article ar " + (search == null ? "" : search.join())
                + " WHERE (? IS NULL OR ar.published >= ?) AND (? IS NULL OR ar.published <= ?)"
                + (after == null ? "" : " AND (COALESCE(ar.published, ''), ar.id) < (?, ?)")
                + " ORDER BY COALESCE(ar.published, '') DESC, ar.id DESC LIMIT ?";
        List<ArticleSummary> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            if (search != null) {
                ps.setString(i++, search.parameter());
            }
            Sql.bindTwice(ps, i, filter.from() == null ? null : filter.from().toString());
            Sql.bindTwice(ps, i + 2, filter.to() == null ? null : filter.to().toString());
            i += 4;
            if (after != null) {
                ps.setString(i++, after.get(1).asText());
                ps.setString(i++, after.get(2).asText());
            }
            ps.setInt(i, limit + 1);
            List<Long> keys = new ArrayList<>();
            List<ArticleSummary> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getLong(15));
                    rows.add(new ArticleSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), strings(rs.getString(8)), rs.getString(9), rs.getString(10), rs.getInt(11),
                            rs.getInt(12), rs.getInt(13), rs.getString(14), null));
                }
            }
            Map<Long, String> snippets = search == null ? Map.of()
                    : ArticleSearch.snippets(connection, search, keys.subList(0, Math.min(limit, keys.size())));
            for (int r = 0; r < rows.size(); r++) {
                ArticleSummary a = rows.get(r);
                out.add(new ArticleSummary(a.id(), a.title(), a.published(), a.publishedOrigin(), a.source(), a.url(), a.subtitle(), a.authors(),
                        a.language(), a.modified(), a.actors(), a.quotes(), a.events(), a.duplicateOf(), snippets.get(keys.get(r))));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot list articles: " + e.getMessage(), e);
        }
        if (out.size() <= limit) {
            return new Page<>(out, null);
        }
        ArticleSummary last = out.get(limit - 1);
        return new Page<>(out.subList(0, limit), Page.encode(LIST, last.published() == null ? "" : last.published(), last.id()));
    }

    /** See {@link CorpusStore#version()}: the article count and latest ingest time, and every actor decision. */
    static String version(Connection connection) {
        try (java.sql.Statement st = connection.createStatement()) {
            String articles;
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*), MAX(ingested_at) FROM article")) {
                rs.next();
                articles = rs.getLong(1) + "|" + rs.getString(2);
            }
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            try (ResultSet rs = st.executeQuery("SELECT kind, name_key, other_key, name FROM actor_directive ORDER BY 1, 2, 3")) {
                while (rs.next()) {
                    for (int i = 1; i <= 4; i++) {
                        digest.update((rs.getString(i) + "\u001f").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
            return articles + "|" + java.util.HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (SQLException e) {
            throw new StoreException("cannot read the corpus version: " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private List<Actor> actors(long article) throws SQLException {
        Map<Long, List<Mention>> mentions = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT m.actor, m.text, m.start, m.\"end\", m.kind, m.trace FROM mention m "
                + "JOIN actor a ON a.key = m.actor WHERE a.article = ? ORDER BY m.actor, m.start, m.\"end\"")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mentions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Mention(rs.getString(2),
                            new Span(rs.getInt(3), rs.getInt(4)), Mention.Kind.valueOf(rs.getString(5).toUpperCase(Locale.ROOT)),
                            Sql.split(rs.getString(6))));
                }
            }
        }
        List<Actor> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT key, actor_id, name, type, country, sector, role FROM actor WHERE article = ? ORDER BY key")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Actor(rs.getString(2), rs.getString(3), ActorType.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                            rs.getString(7), mentions.getOrDefault(rs.getLong(1), List.of())));
                }
            }
        }
        return out;
    }

    private List<Quote> quotes(long article) throws SQLException {
        List<Long> keys = new ArrayList<>();
        List<Quote> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT q.key, " + QuotePages.COLUMNS
                + " FROM quote q WHERE q.article = ? ORDER BY q.key")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getLong(1));
                    rows.add(QuotePages.quote(rs, 2, List.of()));
                }
            }
        }
        Map<Long, List<String>> traces = QuotePages.traces(connection, keys);
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Quote q = rows.get(i);
            out.add(new Quote(q.text(), q.span(), q.kind(), q.speaker(), q.cue(), traces.getOrDefault(keys.get(i), List.of())));
        }
        return out;
    }

    private List<Event> events(long article) throws SQLException, JsonProcessingException {
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT json FROM event WHERE article = ? ORDER BY key")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(eventJson.read(mapper.readTree(rs.getString(1))));
                }
            }
        }
        return out;
    }

    private List<String> strings(String json) throws JsonProcessingException {
        return json == null ? List.of() : mapper.readValue(json, STRINGS);
    }

    /** A speaker reference as the quote table keeps it. */
    static ActorRef speaker(String name, String actorId, Integer start, Integer end) {
        return new ActorRef(name, actorId, null, null, start == null || end == null ? null : new Span(start, end));
    }
}
