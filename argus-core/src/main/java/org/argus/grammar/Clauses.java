package org.argus.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.argus.model.Dependency;
import org.argus.model.Sentence;

/**
 * The clause view of a dependency parse: the verb that presents a predicate, the chain of verbs it is
 * the complement or conjunct of, a clause's marker, subjects, and the subject a verb inherits from the
 * verb above it. Universal Dependencies relation names; no word lists. Stateless.
 */
public final class Clauses {
    private Clauses() {
    }

    /**
     * The verb whose clause presents the predicate at {@code head}: the predicate itself when it is a
     * verb, else the verb it is the object or passive subject of ("reached an agreement", "the
     * assassination might have to be carried out"), else itself.
     */
    public static int of(Sentence s, int head) {
        if (s.tokens().get(head).isVerb()) {
            return head;
        }
        Dependency up = s.parentOf(head);
        return up != null && up.governor() >= 0 && (up.baseRelation().equals("obj") || up.relation().equals("nsubj:pass"))
                ? up.governor() : head;
    }

    /** The clause of {@code head} ({@link #of}) and the verbs it is the complement ({@code xcomp}) or conjunct of, up to four levels. */
    public static List<Integer> chain(Sentence s, int head) {
        List<Integer> chain = new ArrayList<>();
        int node = of(s, head);
        for (int depth = 0; depth < 4 && node >= 0; depth++) {
            chain.add(node);
            Dependency up = s.parentOf(node);
            if (up == null || up.governor() < 0 || !up.baseRelation().equals("xcomp") && !up.baseRelation().equals("conj")) {
                break;
            }
            node = up.governor();
        }
        return chain;
    }

    /** Whether a dependent of one of the clauses of {@link #chain} matches {@code test}. */
    public static boolean chainHas(Sentence s, int head, Predicate<Dependency> test) {
        for (int node : chain(s, head)) {
            for (Dependency d : s.children(node)) {
                if (test.test(d)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether clause {@code clause} is introduced by the marker {@code word} ("to", "that", "if"), in any case. */
    public static boolean marker(Sentence s, int clause, String word) {
        for (Dependency d : s.children(clause)) {
            if (d.relation().equals("mark") && s.tokens().get(d.dependent()).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code head} has a subject of any kind ({@code nsubj}, {@code nsubj:pass}, ...). */
    public static boolean hasSubject(Sentence s, int head) {
        return s.children(head).stream().anyMatch(d -> d.baseRelation().startsWith("nsubj"));
    }

    /** The plain (active, nominal) subjects of {@code head}, in parse order. */
    public static List<Integer> subjects(Sentence s, int head) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("nsubj")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** The dependents of {@code head} attached by exactly {@code relation}, in parse order. */
    public static List<Integer> dependents(Sentence s, int head, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(head)) {
            if (d.relation().equals(relation)) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /**
     * The subjects of the nearest verb, up to four levels above {@code head}, that {@code head} is the
     * complement, conjunct or adverbial clause of, or the participle after ("blocked roads, demanding
     * ..."): a verb with no subject of its own does what that verb's subject does. Empty when none.
     */
    public static List<Integer> inheritedSubject(Sentence s, int head) {
        int node = head;
        for (int depth = 0; depth < 4; depth++) {
            Dependency up = s.parentOf(node);
            if (up == null || up.governor() < 0) {
                return List.of();
            }
            String rel = up.baseRelation();
            boolean participle = rel.equals("dep") && s.tokens().get(node).pos().equals("VBG");
            if (!rel.equals("xcomp") && !rel.equals("conj") && !rel.equals("advcl") && !participle) {
                return List.of();
            }
            node = up.governor();
            List<Integer> subjects = subjects(s, node);
            if (!subjects.isEmpty()) {
                return subjects;
            }
        }
        return List.of();
    }

    /** The token the clause of {@code head} ({@link #of}) is the {@code xcomp} complement of ("failed to reach"), or -1. */
    public static int complementGovernor(Sentence s, int head) {
        Dependency up = s.parentOf(of(s, head));
        return up != null && up.governor() >= 0 && up.baseRelation().equals("xcomp") ? up.governor() : -1;
    }

    /** A gerund right after its verb the parser left unlabelled ({@code dep}): "resume shelling", read as the verb's complement. */
    public static boolean gerundComplement(Sentence s, Dependency up) {
        return up.baseRelation().equals("dep") && up.dependent() == up.governor() + 1
                && s.tokens().get(up.dependent()).pos().equals("VBG") && s.tokens().get(up.governor()).isVerb();
    }

    /**
     * Whether the subject {@code subject} the parser gave participle {@code head} is really the object
     * of the verb the participle hangs on: it stands right after that verb (no punctuation between),
     * which has no other object ("blocked roads demanding ..."). An absolute clause keeps its comma
     * ("attacked, civilians fleeing").
     */
    public static boolean subjectReadForObject(Sentence s, int head, int subject) {
        Dependency up = s.parentOf(head);
        if (!s.tokens().get(head).pos().equals("VBG") || up == null || up.governor() < 0
                || !(up.baseRelation().equals("dep") || up.baseRelation().equals("advcl"))) {
            return false;
        }
        int verb = up.governor();
        if (!s.tokens().get(verb).isVerb() || !(verb < subject && subject < head)
                || !s.parentOf(subject).relation().equals("nsubj")
                || s.children(verb).stream().anyMatch(d -> d.relation().equals("obj") && d.dependent() != subject)) {
            return false;
        }
        return !Phrases.punctuationBetween(s, verb, subject);
    }

    /** A subject of its own: one the parser did not take from the object of the verb before it ({@link #subjectReadForObject}). */
    public static boolean hasOwnSubject(Sentence s, int head) {
        return s.children(head).stream()
                .anyMatch(d -> d.baseRelation().startsWith("nsubj") && !subjectReadForObject(s, head, d.dependent()));
    }
}
