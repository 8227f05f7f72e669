package org.argus.events.statement;

import java.util.ArrayList;
import java.util.List;
import org.argus.grammar.Clauses;
import org.argus.model.Dependency;
import org.argus.model.Sentence;

/**
 * The clauses whose words decide an event's modality: the event's clause ({@link Clauses#of}) and the
 * clauses it is the complement (or unlabelled gerund complement) or conjunct of, up to four, and the
 * governors of those complements ("plans to", "is ready to"). Only the event's own clause chain
 * decides: the walk stops at any other relation.
 *
 * @param clauses     the clauses, the event's first
 * @param governors   the words the walk went up to through a complement relation
 */
record ModalWalk(List<Integer> clauses, List<Integer> governors) {
    static ModalWalk of(Sentence s, int head) {
        List<Integer> clauses = new ArrayList<>();
        List<Integer> governors = new ArrayList<>();
        int node = Clauses.of(s, head);
        for (int depth = 0; depth < 4 && node >= 0; depth++) {
            clauses.add(node);
            Dependency up = s.parentOf(node);
            if (up == null || up.governor() < 0) {
                break;
            }
            String rel = up.baseRelation();
            if (rel.equals("xcomp") || Clauses.gerundComplement(s, up)) {
                governors.add(up.governor());
            } else if (!rel.equals("conj")) {
                break;
            }
            node = up.governor();
        }
        return new ModalWalk(clauses, governors);
    }
}
