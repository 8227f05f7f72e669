package org.argus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lists the stored quotes with their speakers and traces. */
final class QuoteQueries {
    private final Connection connection;
    private final Dialect dialect;

    QuoteQueries(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** Stored quotes, by article date; a date filter keeps the quotes of articles published within it. */
    List<CorpusQuote> quotes(Filters.QuoteFilter filter) {
        String sql = "SELECT ar.id, ar.published, q.speaker_name, q.speaker_actor, q.kind, q.text, q.cue_text, q.start, q.\"end\", "
                + "(SELECT string_agg(u.unit, " + dialect.separator() + " ORDER BY u.step) FROM quote_unit u WHERE u.quote = q.key) "
                + "FROM quote q JOIN article ar ON ar.key = q.article "
                + "WHERE (? IS NULL OR lower(q.speaker_name) LIKE ? ESCAPE '\\') AND (? IS NULL OR q.kind = ?) "
                + "AND (? IS NULL OR EXISTS (SELECT 1 FROM quote_unit u WHERE u.quote = q.key AND u.unit LIKE ? ESCAPE '\\')) "
                + "ORDER BY ar.published NULLS FIRST, ar.id, q.start, q.key";
        DateFilter dates = new DateFilter(filter.from(), filter.to());
        List<CorpusQuote> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, filter.speaker());
            ps.setString(2, filter.speaker() == null ? null : Sql.like(filter.speaker()));
            Sql.bindTwice(ps, 3, filter.kind() == null ? null : filter.kind().toLowerCase(Locale.ROOT));
            Sql.bindTwice(ps, 5, Filters.unitPattern(filter.rule()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!dates.keeps(rs.getString(2), "day")) {
                        continue;
                    }
                    out.add(new CorpusQuote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), Sql.split(rs.getString(10))));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list quotes: " + e.getMessage(), e);
        }
        return out;
    }
}
