package org.argus.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.argus.output.EventJson;

/** Lists the stored events as the objects the pipeline made (see {@link CorpusEvent}). */
final class EventQueries {
    private final Connection connection;
    private final ObjectMapper mapper = new ObjectMapper();
    private final EventJson eventJson = new EventJson();

    EventQueries(Connection connection) {
        this.connection = connection;
    }

    /**
     * Stored events in date order (the event's date, else the article's); a date filter keeps the
     * events whose period (their day, week, month or year) overlaps it.
     */
    List<CorpusEvent> events(Filters.EventFilter filter) {
        String sql = "SELECT ar.id, ar.title, ar.published, e.json, e.date, e.date_precision FROM event e JOIN article ar ON ar.key = e.article "
                + "WHERE (? IS NULL OR e.type = ?) "
                + "AND (? IS NULL OR EXISTS (SELECT 1 FROM event_actor x WHERE x.event = e.key AND lower(x.name) LIKE ? ESCAPE '\\')) "
                + "AND (? IS NULL OR EXISTS (SELECT 1 FROM event_unit u WHERE u.event = e.key AND u.unit LIKE ? ESCAPE '\\')) "
                + "ORDER BY COALESCE(e.date, ar.published) NULLS FIRST, ar.id, e.sentence_start, e.key";
        DateFilter dates = new DateFilter(filter.from(), filter.to());
        List<CorpusEvent> out = new ArrayList<>();
        List<java.time.LocalDate> starts = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Sql.bindTwice(ps, 1, Sql.upper(filter.type()));
            ps.setString(3, filter.actor());
            ps.setString(4, filter.actor() == null ? null : Sql.like(filter.actor()));
            Sql.bindTwice(ps, 5, Filters.unitPattern(filter.rule()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean dated = rs.getString(5) != null;
                    String date = dated ? rs.getString(5) : rs.getString(3);
                    if (!dates.keeps(date, dated ? rs.getString(6) : "day")) {
                        continue;
                    }
                    starts.add(DateFilter.start(date, dated ? rs.getString(6) : "day"));
                    com.fasterxml.jackson.databind.JsonNode json = mapper.readTree(rs.getString(4));
                    out.add(new CorpusEvent(rs.getString(1), rs.getString(2), rs.getString(3), eventJson.read(json),
                            EventJson.sentenceText(json)));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot list events: " + e.getMessage(), e);
        }
        // the text order of the query is the date order for years 0000-9999; a stable sort on the
        // dates themselves places the others ('10000' sorts before '2021' as text); undated first
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing(starts::get, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return order.stream().map(out::get).toList();
    }
}
