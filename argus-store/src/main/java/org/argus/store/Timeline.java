package org.argus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The corpus timeline: stored events in date order, one entry per distinct event (same type,
 * negation, sources, targets, date, precision and place) with every article that reports it. An
 * event the text does not date stands at its article's date with origin {@code published}. A date
 * filter keeps an event whose period (its day, week, month or year) overlaps [from, to].
 */
final class Timeline {
    private Timeline() {
    }

    static List<TimelineEntry> query(Connection connection, Filters.EventFilter filter) {
        String sql = "SELECT ar.id, COALESCE(e.date, ar.published), COALESCE(e.date_precision, 'day'), "
                + "CASE WHEN e.date IS NULL THEN 'published' ELSE COALESCE(e.date_origin, 'text') END, e.type, e.negated, "
                + "(SELECT group_concat(x.name, char(31)) FROM (SELECT name FROM event_actor WHERE event = e.key AND role = 'source' ORDER BY name) x), "
                + "(SELECT group_concat(x.name, char(31)) FROM (SELECT name FROM event_actor WHERE event = e.key AND role = 'target' ORDER BY name) x), "
                + "e.place_name, e.place_country, e.place_lat, e.place_lon "
                + "FROM event e JOIN article ar ON ar.key = e.article "
                + "WHERE (? IS NULL OR e.type = ?) "
                + "AND (? IS NULL OR EXISTS (SELECT 1 FROM event_actor x WHERE x.event = e.key AND lower(x.name) LIKE ? ESCAPE '\\')) "
                + "ORDER BY ar.id, e.sentence_start";
        Map<String, Builder> entries = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            String type = filter.type() == null ? null : filter.type().toUpperCase(Locale.ROOT);
            ps.setString(1, type);
            ps.setString(2, type);
            ps.setString(3, filter.actor());
            ps.setString(4, filter.actor() == null ? null
                    : "%" + filter.actor().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String date = rs.getString(2);
                    String precision = rs.getString(3);
                    if (date == null || !overlaps(date, precision, filter.from(), filter.to())) {
                        continue;
                    }
                    List<String> sources = split(rs.getString(7));
                    List<String> targets = split(rs.getString(8));
                    String place = rs.getString(9);
                    Double lat = rs.getObject(11) == null ? null : rs.getDouble(11);
                    Double lon = rs.getObject(12) == null ? null : rs.getDouble(12);
                    String key = String.join("\u001e", date, precision, rs.getString(5), String.valueOf(rs.getInt(6)),
                            String.join("\u001f", sources).toLowerCase(Locale.ROOT), String.join("\u001f", targets).toLowerCase(Locale.ROOT),
                            place == null ? "" : place.toLowerCase(Locale.ROOT));
                    Builder b = entries.computeIfAbsent(key, k -> new Builder(date, precision, rs, sources, targets, place, lat, lon));
                    String article = rs.getString(1);
                    if (!b.articles.contains(article)) {
                        b.articles.add(article);
                    }
                    if (b.origin.equals("published") && !"published".equals(origin(rs))) {
                        b.origin = origin(rs);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot build the timeline: " + e.getMessage(), e);
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (Builder b : entries.values()) {
            out.add(new TimelineEntry(b.date, b.precision, b.origin, b.type, b.negated, b.sources, b.targets, b.place, b.country, b.lat,
                    b.lon, b.articles));
        }
        out.sort(Comparator.comparing((TimelineEntry t) -> start(t.date())).thenComparing(t -> rank(t.datePrecision()))
                .thenComparing(TimelineEntry::type));
        return out;
    }

    private static String origin(ResultSet rs) throws SQLException {
        return rs.getString(4);
    }

    /** The first day of an ISO date at any precision: 2020 -> 2020-01-01, 2020-05 -> 2020-05-01. */
    static LocalDate start(String iso) {
        return switch (iso.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
            case 7 -> LocalDate.parse(iso + "-01");
            default -> LocalDate.parse(iso.substring(0, 10));
        };
    }

    private static LocalDate end(LocalDate start, String precision) {
        return switch (precision) {
            case "week" -> start.plusDays(6);
            case "month" -> start.plusMonths(1).minusDays(1);
            case "year" -> start.plusYears(1).minusDays(1);
            default -> start;
        };
    }

    private static boolean overlaps(String iso, String precision, LocalDate from, LocalDate to) {
        LocalDate start = start(iso);
        LocalDate end = end(start, precision);
        return (from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
    }

    private static int rank(String precision) {
        return switch (precision) {
            case "day" -> 0;
            case "week" -> 1;
            case "month" -> 2;
            default -> 3;
        };
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : List.of(joined.split("\u001f"));
    }

    private static final class Builder {
        final String date;
        final String precision;
        String origin;
        final String type;
        final boolean negated;
        final List<String> sources;
        final List<String> targets;
        final String place;
        final String country;
        final Double lat;
        final Double lon;
        final List<String> articles = new ArrayList<>();

        Builder(String date, String precision, ResultSet rs, List<String> sources, List<String> targets, String place, Double lat,
                Double lon) {
            try {
                this.origin = rs.getString(4);
                this.type = rs.getString(5);
                this.negated = rs.getInt(6) != 0;
                this.country = rs.getString(10);
            } catch (SQLException e) {
                throw new StoreException("cannot read an event: " + e.getMessage(), e);
            }
            this.date = date;
            this.precision = precision;
            this.sources = sources;
            this.targets = targets;
            this.place = place;
            this.lat = lat;
            this.lon = lon;
        }
    }
}
