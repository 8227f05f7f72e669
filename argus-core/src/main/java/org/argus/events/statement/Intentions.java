package org.argus.events.statement;

import java.util.Locale;
import java.util.Set;
import org.argus.grammar.Clauses;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.model.Token;
import org.argus.words.Words;

/**
 * How the clause of an event says it is meant: the verb or adjective it is the complement of ("failed
 * to", "is ready to"), its future auxiliary, its condition ("if", "unless"), whether it is what
 * someone prepares or tries to do. Word lists {@code events/future-auxiliaries},
 * {@code events/attempt-verbs}, {@code events/readiness}. Immutable and thread-safe.
 */
final class Intentions {
    private final Set<String> futureAuxiliaries;
    private final Set<String> attemptVerbs;
    private final Set<String> readiness;

    Intentions(Words words) {
        this.futureAuxiliaries = words.set("events/future-auxiliaries");
        this.attemptVerbs = words.set("events/attempt-verbs");
        this.readiness = words.set("events/readiness");
    }

    /** The lemma of the verb or adjective the event's clause is the complement of ("failed to reach"), or "". */
    static String complementOf(Sentence s, int head) {
        int governor = Clauses.complementGovernor(s, head);
        return governor < 0 ? "" : s.tokens().get(governor).lemma().toLowerCase(Locale.ROOT);
    }

    /** Whether the event's verb, or one it is a complement or conjunct of, has a future auxiliary ("will", "would"). */
    boolean future(Sentence s, int head) {
        return Clauses.chainHas(s, head, d -> d.baseRelation().equals("aux")
                && futureAuxiliaries.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /** Whether the event is what someone tried to do ("tried to hack"): an act, however it ended, not an intention. */
    boolean attempted(Sentence s, int head) {
        return attemptVerbs.contains(complementOf(s, head));
    }

    /** Whether the event's clause is what its subject says it is ready to do: "ready to", "willing to", "is prepared to". */
    boolean readyTo(Sentence s, int head) {
        int governor = Clauses.complementGovernor(s, head);
        if (governor < 0) {
            return false;
        }
        String word = s.tokens().get(governor).word().toLowerCase(Locale.ROOT);
        return readiness.contains(word) || word.equals("prepared")
                && s.children(governor).stream().anyMatch(d -> d.baseRelation().equals("cop") || d.relation().equals("aux:pass"));
    }

    /** Whether the event's clause is conditioned by "if" ("may halt its mediation if the talks founder"). */
    static boolean conditional(Sentence s, int head) {
        return Clauses.chainHas(s, head, d -> d.baseRelation().equals("advcl") && Clauses.marker(s, d.dependent(), "if"));
    }

    /** Whether the event's clause is conditioned by "unless" ("will withdraw unless X agrees"). */
    static boolean ultimatum(Sentence s, int head) {
        return Clauses.chainHas(s, head, d -> d.baseRelation().equals("advcl") && Clauses.marker(s, d.dependent(), "unless"));
    }

    /** Whether the event's clause is what a subject is preparing to do ("prepared to resume shelling"), as an act under way. */
    static boolean preparing(Sentence s, int head) {
        int node = Clauses.of(s, head);
        for (int depth = 0; depth < 3; depth++) {
            Dependency up = s.parentOf(node);
            if (up == null || up.governor() < 0 || !up.baseRelation().equals("xcomp") && !Clauses.gerundComplement(s, up)) {
                return false;
            }
            node = up.governor();
            Token governor = s.tokens().get(node);
            if (governor.lemma().equalsIgnoreCase("prepare")) {
                // the verb, not the adjective of readiness ("is prepared to"), which is a statement of intent
                return governor.isVerb() && s.children(node).stream()
                        .noneMatch(d -> d.baseRelation().equals("cop") || d.relation().equals("aux:pass"));
            }
        }
        return false;
    }
}
