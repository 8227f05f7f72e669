package org.argus.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.argus.model.Event;
import org.argus.model.EventType;

/**
 * Who backs whom across a corpus: a signed graph between resolved actors. Support, aid and
 * cooperation count as SUPPORT; assault, coercion, threats, sanctions and accusations as OPPOSE.
 * A negated event, or one only intended or hypothetical, is no evidence of either; a reported one is
 * (the evidence names its sentence, so the reader sees who claimed it). An edge's weight is the
 * number of independent sources that report it: a near-duplicate of another article, and articles
 * of one outlet, count once. Pure and stateless.
 */
public final class AllianceGraph {
    /** The sign of an edge. */
    public enum Relation { SUPPORT, OPPOSE }

    /** A resolved actor: the corpus-wide id, its name and country (may be null). */
    public record Party(String id, String name, String country) {
    }

    /**
     * One coded event between two parties, with where it was read.
     *
     * @param independentSource the article's independent source (near-duplicates and one outlet's
     *                          articles share one); the article's id when unknown
     */
    public record Report(Party source, Party target, EventType type, boolean negated, Event.Modality modality, String article,
                         String sentence, String date, String independentSource) {
        public Report {
            independentSource = independentSource == null ? "article:" + article : independentSource;
        }

        public Report(Party source, Party target, EventType type, boolean negated, Event.Modality modality, String article,
                      String sentence, String date) {
            this(source, target, type, negated, modality, article, sentence, date, null);
        }
    }

    /** A sentence of an article that an edge rests on. */
    public record Evidence(String article, String sentence) {
    }

    /**
     * One signed edge.
     *
     * @param weight   the number of independent sources reporting it (at most the number of articles)
     * @param firstDate the earliest date among its reports (ISO, any precision), or null
     * @param lastDate  the latest, or null
     */
    public record Edge(Party source, Party target, Relation relation, int weight, List<String> articles,
                       List<Evidence> evidence, String firstDate, String lastDate) {
    }

    private AllianceGraph() {
    }

    /** The sign an event type gives, if any. */
    public static Optional<Relation> relationOf(EventType type) {
        return switch (type) {
            case SUPPORT, AID, COOPERATE -> Optional.of(Relation.SUPPORT);
            case ASSAULT, COERCE, THREATEN, SANCTION, ACCUSE -> Optional.of(Relation.OPPOSE);
            default -> Optional.empty();
        };
    }

    /** The edges the reports support, heaviest first (then by source and target name). */
    public static List<Edge> build(List<Report> reports) {
        Map<String, Builder> edges = new LinkedHashMap<>();
        for (Report r : reports) {
            Optional<Relation> relation = relationOf(r.type());
            if (relation.isEmpty() || r.negated() || r.source() == null || r.target() == null
                    || r.modality() == Event.Modality.INTENDED || r.modality() == Event.Modality.HYPOTHETICAL
                    || r.source().id().equals(r.target().id())) {
                continue;
            }
            String key = r.source().id() + "\u001f" + r.target().id() + "\u001f" + relation.get();
            edges.computeIfAbsent(key, k -> new Builder(r.source(), r.target(), relation.get())).add(r);
        }
        List<Edge> out = new ArrayList<>();
        for (Builder b : edges.values()) {
            out.add(b.build());
        }
        out.sort(Comparator.comparingInt(Edge::weight).reversed()
                .thenComparing(e -> e.source().name())
                .thenComparing(e -> e.target().name())
                .thenComparing(Edge::relation));
        return out;
    }

    private static final class Builder {
        private final Party source;
        private final Party target;
        private final Relation relation;
        private final Set<String> articles = new LinkedHashSet<>();
        private final Set<String> sources = new LinkedHashSet<>();
        private final Set<Evidence> evidence = new LinkedHashSet<>();
        private String first;
        private String last;

        Builder(Party source, Party target, Relation relation) {
            this.source = source;
            this.target = target;
            this.relation = relation;
        }

        void add(Report r) {
            articles.add(r.article());
            sources.add(r.independentSource());
            evidence.add(new Evidence(r.article(), r.sentence()));
            if (r.date() != null) {
                first = first == null || r.date().compareTo(first) < 0 ? r.date() : first;
                last = last == null || r.date().compareTo(last) > 0 ? r.date() : last;
            }
        }

        Edge build() {
            return new Edge(source, target, relation, sources.size(), List.copyOf(articles), List.copyOf(evidence), first, last);
        }
    }
}
