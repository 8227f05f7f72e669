package org.argus.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argus.corpus.AllianceGraph.Evidence;
import org.argus.corpus.AllianceGraph.Party;
import org.argus.model.Event;
import org.argus.model.EventType;

/**
 * Disputed claims across a corpus: what one party accuses another of, set beside that party's
 * denials. An accusation is an ACCUSE event; a denial is a REJECT event whose predicate is a denial
 * ({@link #DENIALS}) by the accused. A party that is accused and denies in the corpus is a
 * dispute, with who asserts, who denies, and each side's sentences. Negated or hypothetical events
 * are neither. Pure and stateless.
 */
public final class Disputes {
    /**
     * Predicates that deny a claim. Not "reject", which as often refuses a proposal ("rejected the
     * plan") as it denies a claim.
     */
    public static final Set<String> DENIALS = Set.of("deny", "dismiss", "refute", "rebut");

    /** One coded event between parties, with its predicate lemma and where it was read. */
    public record Report(List<Party> sources, List<Party> targets, EventType type, String lemma, boolean negated,
                         Event.Modality modality, String article, String sentence, String date) {
    }

    /** A side of a dispute: a party and the sentences it rests on. */
    public record Side(Party party, List<Evidence> evidence) {
    }

    /**
     * One disputed matter: {@code accused} is accused by {@code asserted} and denies in {@code denied}.
     *
     * @param articles the distinct articles on either side
     */
    public record Dispute(Party accused, List<Side> asserted, List<Evidence> denied, List<String> articles) {
    }

    private Disputes() {
    }

    /** The disputes the reports show, the most reported first. */
    public static List<Dispute> find(List<Report> reports) {
        Map<String, Map<String, Side>> accusations = new LinkedHashMap<>();
        Map<String, Party> accused = new LinkedHashMap<>();
        Map<String, Set<Evidence>> denials = new LinkedHashMap<>();
        for (Report r : reports) {
            if (r.negated() || r.modality() == Event.Modality.HYPOTHETICAL || r.modality() == Event.Modality.INTENDED) {
                continue;
            }
            Evidence where = new Evidence(r.article(), r.sentence());
            if (r.type() == EventType.ACCUSE) {
                for (Party target : r.targets()) {
                    accused.putIfAbsent(target.id(), target);
                    Map<String, Side> sides = accusations.computeIfAbsent(target.id(), k -> new LinkedHashMap<>());
                    List<Party> accusers = r.sources().isEmpty() ? List.of(new Party("", "(unnamed)", null)) : r.sources();
                    for (Party source : accusers) {
                        if (!source.id().equals(target.id())) {
                            sides.computeIfAbsent(source.id(), k -> new Side(source, new ArrayList<>())).evidence().add(where);
                        }
                    }
                }
            } else if (r.type() == EventType.REJECT && r.lemma() != null && DENIALS.contains(r.lemma())) {
                for (Party source : r.sources()) {
                    denials.computeIfAbsent(source.id(), k -> new LinkedHashSet<>()).add(where);
                }
            }
        }
        List<Dispute> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Side>> e : accusations.entrySet()) {
            Set<Evidence> denied = denials.get(e.getKey());
            if (denied == null || e.getValue().isEmpty()) {
                continue;
            }
            Set<String> articles = new LinkedHashSet<>();
            List<Side> asserted = new ArrayList<>();
            for (Side side : e.getValue().values()) {
                List<Evidence> distinct = List.copyOf(new LinkedHashSet<>(side.evidence()));
                asserted.add(new Side(side.party(), distinct));
                distinct.forEach(ev -> articles.add(ev.article()));
            }
            denied.forEach(ev -> articles.add(ev.article()));
            out.add(new Dispute(accused.get(e.getKey()), List.copyOf(asserted), List.copyOf(denied), List.copyOf(articles)));
        }
        out.sort(Comparator.comparingInt((Dispute d) -> d.articles().size()).reversed().thenComparing(d -> d.accused().name()));
        return out;
    }
}
