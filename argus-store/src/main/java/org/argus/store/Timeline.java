package org.argus.store;

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
import org.argus.corpus.AllianceGraph;
import org.argus.corpus.EventClusters;
import org.argus.corpus.PartyIds;
import org.argus.model.Event;
import org.argus.model.EventType;

/**
 * The corpus timeline: stored events clustered into real-world events ({@link EventClusters}), in
 * date order, each with every report of it. Parties are the corpus-wide actors, so 'Hekmatyar' in one
 * article and 'Hikmatyar' in another are one party; a party no corpus actor covers is matched by its
 * name. An event the text does not date stands at its article's date with origin {@code published}.
 * A date filter keeps an event whose period (its day, week, month or year) overlaps [from, to].
 */
final class Timeline {
    private Timeline() {
    }

    static List<TimelineEntry> query(Connection connection, Dialect dialect, List<CorpusActor> actors, Map<String, String> sources,
                                     Filters.EventFilter filter) {
        List<EventClusters.Cluster> clusters = EventClusters.cluster(reports(connection, dialect, actors, sources));
        String type = filter.type() == null ? null : filter.type().toUpperCase(Locale.ROOT);
        String actor = filter.actor() == null ? null : filter.actor().toLowerCase(Locale.ROOT);
        java.util.Set<String> actorIds = actor == null ? java.util.Set.of() : matching(actors, actor);
        List<TimelineEntry> out = new ArrayList<>();
        for (EventClusters.Cluster c : clusters) {
            if (type != null && c.reports().stream().noneMatch(r -> r.type().name().equals(type))) {
                continue;
            }
            if (actor != null && !mentions(c, actor, actorIds)) {
                continue;
            }
            LocalDate start = EventClusters.start(c.date(), c.precision());
            LocalDate end = EventClusters.end(start, c.precision());
            if (filter.from() != null && end.isBefore(filter.from()) || filter.to() != null && start.isAfter(filter.to())) {
                continue;
            }
            out.add(entry(c));
        }
        return out;
    }

    /** The ids of the corpus actors whose name or an alias contains {@code text} (lower case). */
    static java.util.Set<String> matching(List<CorpusActor> actors, String text) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (CorpusActor a : actors) {
            if (a.name().toLowerCase(Locale.ROOT).contains(text)
                    || a.aliases().stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).contains(text))) {
                ids.add(a.id());
            }
        }
        return ids;
    }

    /** Whether a party of the cluster is one of {@code actorIds} or has a name containing {@code actor}. */
    static boolean mentions(EventClusters.Cluster c, String actor, java.util.Set<String> actorIds) {
        for (EventClusters.Report r : c.reports()) {
            for (List<AllianceGraph.Party> side : List.of(r.sources(), r.targets())) {
                for (AllianceGraph.Party p : side) {
                    if (p.id() != null && actorIds.contains(p.id()) || p.name().toLowerCase(Locale.ROOT).contains(actor)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static TimelineEntry entry(EventClusters.Cluster c) {
        boolean textDated = c.reports().stream().anyMatch(EventClusters.Report::textDated);
        EventClusters.Place place = c.reports().stream().map(EventClusters.Report::place).filter(p -> p != null)
                .filter(p -> p.name().equals(c.places().isEmpty() ? null : c.places().get(0))).findFirst().orElse(null);
        List<String> articles = new ArrayList<>();
        List<TimelineEntry.Report> reports = new ArrayList<>();
        for (EventClusters.Report r : c.reports()) {
            if (!articles.contains(r.article())) {
                articles.add(r.article());
            }
            reports.add(new TimelineEntry.Report(r.article(), r.type().name(), r.date(), r.precision(), r.textDated() ? "text" : "published",
                    r.place() == null ? null : r.place().name(), r.figures(), r.sentence()));
        }
        return new TimelineEntry(c.date(), c.precision(), textDated ? "text" : "published", c.type().name(), c.negated(),
                names(c.sources()), names(c.targets()), place == null ? null : place.name(), place == null ? null : place.country(),
                place == null ? null : place.lat(), place == null ? null : place.lon(), articles, c.independentSources(), c.dates(),
                c.places(), c.figures(), reports);
    }

    private static List<String> names(List<AllianceGraph.Party> parties) {
        return parties.stream().map(AllianceGraph.Party::name).toList();
    }

    /** Every stored event as a report for clustering, its parties resolved to corpus actors. */
    static List<EventClusters.Report> reports(Connection connection, Dialect dialect, List<CorpusActor> actors, Map<String, String> sources) {
        Map<String, CorpusActor> byArticleName = PartyEvents.byArticleName(actors);
        String sql = "SELECT e.key, ar.id, e.type, e.negated, e.modality, COALESCE(e.date, ar.published), "
                + "COALESCE(e.date_precision, 'day'), CASE WHEN e.date IS NOT NULL AND COALESCE(e.date_origin, 'text') <> 'published' THEN 1 ELSE 0 END, e.place_name, e.place_country, e.place_lat, e.place_lon, "
                + "substr(ar.text, e.sentence_start + 1, e.sentence_end - e.sentence_start), x.role, x.name, x.country, "
                + "CASE WHEN e.date IS NULL AND COALESCE(ar.published_origin, '') = 'estimated' "
                + "OR e.date_origin = 'published' AND ar.published_origin = 'estimated' THEN 1 ELSE 0 END "
                + "FROM event e JOIN article ar ON ar.key = e.article LEFT JOIN event_actor x ON x.event = e.key "
                + "ORDER BY e.key, " + dialect.writeOrder("x");
        Map<Long, Builder> events = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long key = rs.getLong(1);
                Builder b = events.get(key);
                if (b == null) {
                    b = new Builder();
                    b.key = key;
                    b.article = rs.getString(2);
                    b.type = EventType.valueOf(rs.getString(3));
                    b.negated = rs.getInt(4) != 0;
                    b.modality = Event.Modality.valueOf(rs.getString(5).toUpperCase(Locale.ROOT));
                    b.date = rs.getString(6);
                    b.precision = rs.getInt(8) != 0 ? rs.getString(7) : "day";
                    b.textDated = rs.getInt(8) != 0;
                    String placeName = rs.getString(9);
                    b.place = placeName == null ? null : new EventClusters.Place(placeName, rs.getString(10),
                            rs.getObject(11) == null ? null : rs.getDouble(11), rs.getObject(12) == null ? null : rs.getDouble(12));
                    b.sentence = rs.getString(13);
                    b.guessedDate = rs.getInt(17) != 0;
                    events.put(key, b);
                }
                String role = rs.getString(14);
                String name = rs.getString(15);
                if (role == null || name == null) {
                    continue;
                }
                CorpusActor a = byArticleName.get(b.article + "\u001f" + name.toLowerCase(Locale.ROOT));
                AllianceGraph.Party party = a != null ? new AllianceGraph.Party(a.id(), a.name(), a.country())
                        : new AllianceGraph.Party(PartyIds.unresolved(name), name, rs.getString(16));
                List<AllianceGraph.Party> side = role.equals("source") ? b.sources : b.targets;
                if (!side.contains(party)) {
                    side.add(party);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the events for the timeline: " + e.getMessage(), e);
        }
        List<EventClusters.Report> out = new ArrayList<>();
        for (Builder b : events.values()) {
            if (b.date == null || !DateFilter.readable(b.date, b.precision)) {
                continue; // an event whose date cannot be read is no point on a timeline (the events listing shows it)
            }
            out.add(new EventClusters.Report(b.key, b.article, sources.get(b.article), b.type, b.negated, b.modality, b.date, b.precision,
                    b.textDated, b.place, b.sources, b.targets, b.sentence, EventClusters.figures(b.sentence), b.guessedDate));
        }
        return out;
    }

    private static final class Builder {
        long key;
        String article;
        EventType type;
        boolean negated;
        Event.Modality modality;
        String date;
        String precision;
        boolean textDated;
        EventClusters.Place place;
        String sentence;
        boolean guessedDate;
        final List<AllianceGraph.Party> sources = new ArrayList<>();
        final List<AllianceGraph.Party> targets = new ArrayList<>();
    }
}
