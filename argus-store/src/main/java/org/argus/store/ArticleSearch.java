package org.argus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full-text search of the stored articles: the one place that knows how each database indexes text
 * (schema version 8: SQLite's FTS5 table {@code article_search}, PostgreSQL's GIN index over
 * {@link #POSTGRES_DOCUMENT}). The user's words are never passed as query syntax: in SQLite each is
 * quoted, in PostgreSQL they go through {@code plainto_tsquery}, so any input is a valid search and
 * none is an error in the database. Both stem English words ('attacks' finds 'attacked').
 */
final class ArticleSearch {
    /** At most this many words in one search. */
    static final int MAX_WORDS = 32;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private ArticleSearch() {
    }

    /**
     * A join that keeps the articles (alias {@code ar}) holding every word; its one parameter is
     * {@code parameter}.
     */
    record Clause(String join, String parameter, boolean postgres) {
    }

    /** The text PostgreSQL's index covers (the same expression as in its V8 script). */
    static final String POSTGRES_DOCUMENT = "to_tsvector('english', COALESCE(title, '') || ' ' || text)";

    /** The clause for the user's search text in {@code dialect}; fails naming the reason when it holds no word or too many. */
    static Clause of(String text, Dialect dialect) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add("\"" + m.group() + "\"");
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("the search holds no word (letters or digits)");
        }
        if (words.size() > MAX_WORDS) {
            throw new IllegalArgumentException("the search holds " + words.size() + " words, more than " + MAX_WORDS);
        }
        if (dialect.name().equals("postgresql")) {
            return new Clause("JOIN (SELECT key AS article FROM article WHERE " + POSTGRES_DOCUMENT
                    + " @@ plainto_tsquery('english', ?)) search ON search.article = ar.key",
                    String.join(" ", words).replace("\"", ""), true);
        }
        return new Clause("JOIN (SELECT rowid AS article FROM article_search WHERE article_search MATCH ?) search ON search.article = ar.key",
                String.join(" AND ", words), false);
    }

    /**
     * The words around the first match in each of these articles (plain text, by article key), made
     * only for the articles of one page: making them for every match would cost more than the search.
     */
    static Map<Long, String> snippets(Connection connection, Clause clause, List<Long> articles) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        if (articles.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", Collections.nCopies(articles.size(), "?"));
        String sql = clause.postgres()
                ? "SELECT key, ts_headline('english', text, plainto_tsquery('english', ?), "
                        + "'StartSel=\"\", StopSel=\"\", MaxWords=24, MinWords=12, FragmentDelimiter=\"\u2026\"') "
                        + "FROM article WHERE key IN (" + marks + ")"
                : "SELECT rowid, snippet(article_search, 1, '', '', '\u2026', 24) "
                        + "FROM article_search WHERE article_search MATCH ? AND rowid IN (" + marks + ")";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, clause.parameter());
            for (int i = 0; i < articles.size(); i++) {
                ps.setLong(i + 2, articles.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return out;
    }
}
