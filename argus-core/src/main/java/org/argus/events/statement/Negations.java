package org.argus.events.statement;

import java.util.Locale;
import java.util.Set;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.words.Words;

/**
 * Whether a predicate is negated: by a negator on it ("did not sign", "no talks", list
 * {@code events/negators}), "without", a negative subject ("nobody has been arrested", list
 * {@code events/negative-subjects}), or a negating or negated verb it is the complement of ("failed to
 * sign", list {@code events/negating-governors}). Immutable and thread-safe.
 */
final class Negations {
    private final Set<String> negators;
    private final Set<String> negativeSubjects;
    private final Set<String> negatingGovernors;

    Negations(Words words) {
        this.negators = words.set("events/negators");
        this.negativeSubjects = words.set("events/negative-subjects");
        this.negatingGovernors = words.set("events/negating-governors");
    }

    boolean negated(Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
            if ((d.relation().equals("advmod") || d.relation().equals("det")) && negators.contains(w)) {
                return true;
            }
            if (d.relation().equals("mark") && w.equals("without")) {
                return true;
            }
            if (d.relation().startsWith("nsubj") && negativeSubjects.contains(w)) {
                return true;
            }
        }
        Dependency up = s.parentOf(head);
        if (up != null && up.governor() >= 0 && up.baseRelation().equals("xcomp")) {
            return negatingGovernors.contains(s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT)) || negated(s, up.governor());
        }
        return false;
    }
}
