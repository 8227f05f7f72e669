package org.argus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.argus.corpus.AllianceGraph;
import org.argus.corpus.Disputes;
import org.argus.model.Event;
import org.argus.model.EventType;

/**
 * Reads the stored events with their resolved actors for the corpus views: each event's source and
 * target actors are mapped to the corpus-wide actors of {@link CorpusStore#actors}, so 'Hekmatyar' in
 * one article and 'Hikmatyar' in another are one party.
 */
final class PartyEvents {
    private PartyEvents() {
    }

    /** One stored event with its parties. */
    record Row(long key, String article, EventType type, String lemma, boolean negated, Event.Modality modality, String date,
               String sentence, List<AllianceGraph.Party> sources, List<AllianceGraph.Party> targets) {
    }

    /**
     * The events dated in [from, to] (either may be null; an event's period, its day, week, month or
     * year, overlaps it) as alliance reports, one per source-target pair.
     */
    static List<AllianceGraph.Report> alliances(Connection connection, Dialect dialect, List<CorpusActor> actors, Map<String, String> independent,
                                                LocalDate from, LocalDate to) {
        List<AllianceGraph.Report> out = new ArrayList<>();
        for (Row r : read(connection, dialect, actors, from, to)) {
            for (AllianceGraph.Party s : r.sources()) {
                for (AllianceGraph.Party t : r.targets()) {
                    out.add(new AllianceGraph.Report(s, t, r.type(), r.negated(), r.modality(), r.article(), r.sentence(), r.date(),
                            independent.get(r.article())));
                }
            }
        }
        return out;
    }

    /** The events as dispute reports. */
    static List<Disputes.Report> disputes(Connection connection, Dialect dialect, List<CorpusActor> actors, LocalDate from, LocalDate to) {
        List<Disputes.Report> out = new ArrayList<>();
        for (Row r : read(connection, dialect, actors, from, to)) {
            out.add(new Disputes.Report(r.sources(), r.targets(), r.type(), r.lemma(), r.negated(), r.modality(), r.article(),
                    r.sentence(), r.date()));
        }
        return out;
    }

    static List<Row> read(Connection connection, Dialect dialect, List<CorpusActor> actors, LocalDate from, LocalDate to) {
        Map<String, CorpusActor> byArticleName = byArticleName(actors);
        String sql = "SELECT e.key, ar.id, e.type, e.negated, e.modality, COALESCE(e.date, ar.published), "
                + "substr(ar.text, e.sentence_start + 1, e.sentence_end - e.sentence_start), x.role, x.name, x.actor_id, e.rule, "
                + "CASE WHEN e.date IS NULL THEN 'day' ELSE e.date_precision END "
                + "FROM event e JOIN article ar ON ar.key = e.article JOIN event_actor x ON x.event = e.key "
                + "WHERE x.actor_id IS NOT NULL ORDER BY e.key, " + dialect.writeOrder("x");
        DateFilter dates = new DateFilter(from, to);
        Map<Long, Builder> events = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!dates.keeps(rs.getString(6), rs.getString(12))) {
                        continue;
                    }
                    Builder row = events.computeIfAbsent(rs.getLong(1), k -> new Builder());
                    row.key = rs.getLong(1);
                    row.rule = rs.getString(11);
                    row.article = rs.getString(2);
                    row.type = EventType.valueOf(rs.getString(3));
                    row.negated = rs.getInt(4) != 0;
                    row.modality = Event.Modality.valueOf(rs.getString(5).toUpperCase(Locale.ROOT));
                    row.date = rs.getString(6);
                    row.sentence = rs.getString(7);
                    CorpusActor actor = byArticleName.get(row.article + "\u001f" + rs.getString(9).toLowerCase(Locale.ROOT));
                    if (actor != null) {
                        (rs.getString(8).equals("source") ? row.sources : row.targets).add(
                                new AllianceGraph.Party(actor.id(), actor.name(), actor.country()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read events for the corpus views: " + e.getMessage(), e);
        }
        List<Row> out = new ArrayList<>();
        for (Builder b : events.values()) {
            out.add(new Row(b.key, b.article, b.type, lemma(b.rule), b.negated, b.modality, b.date, b.sentence, List.copyOf(b.sources),
                    List.copyOf(b.targets)));
        }
        return out;
    }

    /** (article id, U+001F, lower-cased actor name as stored in that article) to the corpus actor it belongs to. */
    static Map<String, CorpusActor> byArticleName(List<CorpusActor> actors) {
        Map<String, CorpusActor> byArticleName = new HashMap<>();
        for (CorpusActor a : actors) {
            for (String article : a.articles()) {
                byArticleName.put(article + "\u001f" + a.name().toLowerCase(Locale.ROOT), a);
                for (String alias : a.aliases()) {
                    byArticleName.putIfAbsent(article + "\u001f" + alias.toLowerCase(Locale.ROOT), a);
                }
            }
        }
        return byArticleName;
    }

    /** The predicate lemma of a stored predicate entry ("deny/verb", "call+for/verb" gives "call"), or null. */
    static String lemma(String entry) {
        if (entry == null) {
            return null;
        }
        int slash = entry.indexOf('/');
        String lemma = slash < 0 ? entry : entry.substring(0, slash);
        int end = lemma.length();
        for (char c : new char[] {'+', '>'}) {
            int at = lemma.indexOf(c);
            end = at < 0 ? end : Math.min(end, at);
        }
        return lemma.substring(0, end);
    }

    private static final class Builder {
        long key;
        String rule;
        String article;
        EventType type;
        boolean negated;
        Event.Modality modality;
        String date;
        String sentence;
        final List<AllianceGraph.Party> sources = new ArrayList<>();
        final List<AllianceGraph.Party> targets = new ArrayList<>();
    }
}
