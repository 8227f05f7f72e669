package org.argus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.argus.model.Quote;
import org.argus.model.Span;

/**
 * The stored quotes a page at a time, in the order of {@code argus quotes} (article date, article,
 * offset), each read back as the pipeline's {@link Quote}; the filters are those of {@link QuoteQueries}.
 */
final class QuotePages {
    static final String LIST = "quotes";
    /** The quote's own columns, in the order {@link #quote} reads them (table alias q). */
    static final String COLUMNS = "q.text, q.start, q.\"end\", q.kind, q.speaker_name, q.speaker_actor, q.speaker_start, q.speaker_end, "
            + "q.cue_text, q.cue_start, q.cue_end";
    private static final String ORDER = "COALESCE(ar.published, ''), ar.id, q.start, q.key";
    private final Connection connection;

    QuotePages(Connection connection) {
        this.connection = connection;
    }

    /** A page of the quotes the filter keeps, after {@code cursor} (null: the first page). */
    Page<StoredQuote> quotes(Filters.QuoteFilter filter, String cursor, int limit) {
        var after = cursor == null ? null : Page.decode(LIST, cursor, 4);
        // the page's keys first, sorting narrow columns only; the quotes' words and their speakers'
        // words (read from the article's text) for the page's rows alone
        String sql = "SELECT ar.id, ar.title, ar.published, q.key, q.start, " + COLUMNS + ", " + SPEAKER_WORDS + " FROM ("
                + "SELECT q.key AS key, COALESCE(ar.published, '') AS sort, ar.id AS id, q.start AS start "
                + "FROM article ar CROSS JOIN quote q WHERE q.article = ar.key "
                + "AND (? IS NULL OR lower(q.speaker_name) LIKE ? ESCAPE '\\') AND (? IS NULL OR q.kind = ?) "
                + "AND (? IS NULL OR ar.published >= ?) AND (? IS NULL OR ar.published <= ?) "
                + "AND (? IS NULL OR EXISTS (SELECT 1 FROM quote_unit u WHERE u.quote = q.key AND u.unit LIKE ? ESCAPE '\\')) "
                + (after == null ? "" : "AND (" + ORDER + ") > (?, ?, ?, ?) ")
                + "ORDER BY " + ORDER + " LIMIT ?) k JOIN quote q ON q.key = k.key JOIN article ar ON ar.key = q.article "
                + "ORDER BY k.sort, k.id, k.start, k.key";
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, filter.speaker());
            ps.setString(2, filter.speaker() == null ? null : Sql.like(filter.speaker()));
            Sql.bindTwice(ps, 3, filter.kind() == null ? null : filter.kind().toLowerCase(Locale.ROOT));
            Sql.bindTwice(ps, 5, filter.from() == null ? null : filter.from().toString());
            Sql.bindTwice(ps, 7, filter.to() == null ? null : filter.to().toString());
            Sql.bindTwice(ps, 9, Filters.unitPattern(filter.rule()));
            int i = 11;
            if (after != null) {
                ps.setString(i++, after.get(1).asText());
                ps.setString(i++, after.get(2).asText());
                ps.setLong(i++, after.get(3).asLong());
                ps.setLong(i++, after.get(4).asLong());
            }
            ps.setInt(i, limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(4), rs.getInt(5), new StoredQuote(rs.getString(1), rs.getString(2), rs.getString(3),
                            quote(rs, 6, List.of()), rs.getString(17))));
                }
            }
            List<StoredQuote> items = withTraces(rows.subList(0, Math.min(limit, rows.size())));
            if (rows.size() <= limit) {
                return new Page<>(items, null);
            }
            Row last = rows.get(limit - 1);
            return new Page<>(items, Page.encode(LIST, last.quote().published() == null ? "" : last.quote().published(),
                    last.quote().article(), last.start(), last.key()));
        } catch (SQLException e) {
            throw new StoreException("cannot list quotes: " + e.getMessage(), e);
        }
    }

    /** The quote of article {@code article} at exactly these offsets, or null. */
    StoredQuote at(String article, int start, int end) {
        String sql = "SELECT ar.id, ar.title, ar.published, q.key, q.start, " + COLUMNS + ", " + SPEAKER_WORDS
                + " FROM quote q JOIN article ar ON ar.key = q.article WHERE ar.id = ? AND q.start = ? AND q.\"end\" = ? ORDER BY q.key";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, article);
            ps.setInt(2, start);
            ps.setInt(3, end);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Row row = new Row(rs.getLong(4), rs.getInt(5), new StoredQuote(rs.getString(1), rs.getString(2), rs.getString(3),
                        quote(rs, 6, List.of()), rs.getString(17)));
                return withTraces(List.of(row)).get(0);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read a quote of " + article + ": " + e.getMessage(), e);
        }
    }

    /** The words at the speaker's offsets, as the JSONL output prints them (column 17 of the queries above). */
    private static final String SPEAKER_WORDS = "CASE WHEN q.speaker_start >= 0 AND q.speaker_end > q.speaker_start "
            + "AND q.speaker_end <= length(ar.text) THEN substr(ar.text, q.speaker_start + 1, q.speaker_end - q.speaker_start) END";

    private List<StoredQuote> withTraces(List<Row> rows) throws SQLException {
        Map<Long, List<String>> traces = traces(connection, rows.stream().map(Row::key).toList());
        List<StoredQuote> out = new ArrayList<>();
        for (Row r : rows) {
            Quote q = r.quote().quote();
            out.add(new StoredQuote(r.quote().article(), r.quote().title(), r.quote().published(),
                    new Quote(q.text(), q.span(), q.kind(), q.speaker(), q.cue(), traces.getOrDefault(r.key(), List.of())), r.quote().speakerWords()));
        }
        return out;
    }

    /** The quote in the {@link #COLUMNS} starting at column {@code at}. */
    static Quote quote(ResultSet rs, int at, List<String> trace) throws SQLException {
        String name = rs.getString(at + 4);
        String actor = rs.getString(at + 5);
        Integer speakerStart = rs.getObject(at + 6) == null ? null : rs.getInt(at + 6);
        Integer speakerEnd = rs.getObject(at + 7) == null ? null : rs.getInt(at + 7);
        Quote.Cue cue = rs.getString(at + 8) == null ? null : new Quote.Cue(rs.getString(at + 8), new Span(rs.getInt(at + 9), rs.getInt(at + 10)));
        return new Quote(rs.getString(at), new Span(rs.getInt(at + 1), rs.getInt(at + 2)),
                Quote.Kind.valueOf(rs.getString(at + 3).toUpperCase(Locale.ROOT)),
                name == null && actor == null && speakerStart == null ? null : ArticleQueries.speaker(name, actor, speakerStart, speakerEnd), cue, trace);
    }

    /** The trace of each quote, by quote key. */
    static Map<Long, List<String>> traces(Connection connection, List<Long> quotes) throws SQLException {
        if (quotes.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> out = new HashMap<>();
        String marks = String.join(", ", Collections.nCopies(quotes.size(), "?"));
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT quote, unit FROM quote_unit WHERE quote IN (" + marks + ") ORDER BY quote, step")) {
            for (int i = 0; i < quotes.size(); i++) {
                ps.setLong(i + 1, quotes.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    private record Row(long key, int start, StoredQuote quote) {
    }
}
