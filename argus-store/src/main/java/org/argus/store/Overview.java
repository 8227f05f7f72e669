package org.argus.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus at a glance: how many articles, events and quotes it holds, the dates its articles and
 * events span, and how many events of each type each month (the event's date, else its article's).
 *
 * @param firstDate the earliest event or article date (ISO, any precision), or null for an empty corpus
 * @param lastDate  the latest, or null
 */
public record Overview(int articles, int events, int quotes, String firstDate, String lastDate, List<MonthCount> eventsByMonth) {
    public Overview {
        eventsByMonth = List.copyOf(eventsByMonth);
    }

    /** How many events of {@code type} are dated in {@code month} (yyyy-mm; yyyy for events dated only by their year). */
    public record MonthCount(String month, String type, int count) {
    }

    static Overview read(Connection connection) {
        try (Statement st = connection.createStatement()) {
            int[] counts = new int[3];
            String[] dates = new String[2];
            try (ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM article), (SELECT COUNT(*) FROM event), "
                    + "(SELECT COUNT(*) FROM quote), (SELECT MIN(d) FROM (SELECT published AS d FROM article UNION ALL SELECT date FROM event) x), "
                    + "(SELECT MAX(d) FROM (SELECT published AS d FROM article UNION ALL SELECT date FROM event) y)")) {
                rs.next();
                for (int i = 0; i < 3; i++) {
                    counts[i] = rs.getInt(i + 1);
                }
                dates[0] = rs.getString(4);
                dates[1] = rs.getString(5);
            }
            List<MonthCount> months = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT substr(COALESCE(e.date, ar.published), 1, 7) AS month, e.type, COUNT(*) "
                    + "FROM event e JOIN article ar ON ar.key = e.article WHERE COALESCE(e.date, ar.published) IS NOT NULL "
                    + "GROUP BY substr(COALESCE(e.date, ar.published), 1, 7), e.type ORDER BY 1, 2")) {
                while (rs.next()) {
                    months.add(new MonthCount(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
            return new Overview(counts[0], counts[1], counts[2], dates[0], dates[1], months);
        } catch (SQLException e) {
            throw new StoreException("cannot read the corpus overview: " + e.getMessage(), e);
        }
    }
}
