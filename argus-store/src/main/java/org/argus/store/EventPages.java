package org.argus.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.argus.output.EventJson;

/**
 * The stored events a page at a time, in the order of {@code argus events} (the event's date, else
 * its article's; then article, sentence), each the object the pipeline made; the filters are those
 * of {@link EventQueries}.
 */
final class EventPages {
    static final String LIST = "events";
    private static final String ORDER = "COALESCE(e.date, ar.published, ''), ar.id, e.sentence_start, e.key";
    private final Connection connection;
    private final ObjectMapper mapper = new ObjectMapper();
    private final EventJson eventJson = new EventJson();

    EventPages(Connection connection) {
        this.connection = connection;
    }

    /** A page of the events the filter keeps, after {@code cursor} (null: the first page). */
    Page<CorpusEvent> events(Filters.EventFilter filter, String cursor, int limit) {
        JsonNode after = cursor == null ? null : Page.decode(LIST, cursor, 4);
        // the page's keys are chosen first, sorting only the narrow key columns; the event objects
        // (kilobytes each) are read for those rows alone
        String sql = "SELECT ar.id, ar.title, ar.published, e.json, k.sort, k.sentence, k.key FROM ("
                + "SELECT e.key AS key, COALESCE(e.date, ar.published, '') AS sort, ar.id AS id, e.sentence_start AS sentence "
                // articles first (CROSS JOIN keeps that order in SQLite): their index gives date and id
                // without reading their rows, and each article's events come from event_order
                + "FROM article ar CROSS JOIN event e WHERE e.article = ar.key "
                + "AND (? IS NULL OR e.type = ?) "
                + "AND (? IS NULL OR EXISTS (SELECT 1 FROM event_actor x WHERE x.event = e.key AND lower(x.name) LIKE ? ESCAPE '\\')) "
                + "AND (? IS NULL OR COALESCE(e.date, ar.published) >= ?) AND (? IS NULL OR substr(COALESCE(e.date, ar.published), 1, 10) <= ?) "
                + "AND (? IS NULL OR EXISTS (SELECT 1 FROM event_unit u WHERE u.event = e.key AND u.unit LIKE ? ESCAPE '\\')) "
                + (after == null ? "" : "AND (" + ORDER + ") > (?, ?, ?, ?) ")
                + "ORDER BY " + ORDER + " LIMIT ?) k JOIN event e ON e.key = k.key JOIN article ar ON ar.key = e.article "
                + "ORDER BY k.sort, k.id, k.sentence, k.key";
        List<CorpusEvent> out = new ArrayList<>();
        String[] lastKey = null;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Sql.bindTwice(ps, 1, Sql.upper(filter.type()));
            ps.setString(3, filter.actor());
            ps.setString(4, filter.actor() == null ? null : Sql.like(filter.actor()));
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
                while (out.size() < limit && rs.next()) {
                    JsonNode json = mapper.readTree(rs.getString(4));
                    out.add(new CorpusEvent(rs.getString(1), rs.getString(2), rs.getString(3), eventJson.read(json), EventJson.sentenceText(json)));
                    lastKey = new String[] {rs.getString(5), rs.getString(1), rs.getString(6), rs.getString(7)};
                }
                boolean more = out.size() == limit && rs.next();
                return new Page<>(out, more ? Page.encode(LIST, lastKey[0], lastKey[1], Long.parseLong(lastKey[2]), Long.parseLong(lastKey[3])) : null);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot list events: " + e.getMessage(), e);
        }
    }
}
