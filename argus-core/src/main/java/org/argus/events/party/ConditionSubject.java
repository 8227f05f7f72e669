package org.argus.events.party;

import java.util.ArrayList;
import java.util.List;
import org.argus.grammar.Clauses;
import org.argus.model.Dependency;
import org.argus.model.EventType;
import org.argus.model.Sentence;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.condition-subject}: a threat aimed at no actor is aimed at whoever its condition
 * asks to act: the subjects of the "unless" or "if" clauses on its clause, its complements or the
 * clauses it is a complement of ("threatened to close the border unless Uganda withdrew its troops").
 */
final class ConditionSubject implements Rule<EventDraft> {
    static final String ID = "event.party.condition-subject";
    private final Parties parties;

    ConditionSubject(Parties parties) {
        this.parties = parties;
    }

    private static List<Integer> subjects(Sentence s, int head) {
        List<Integer> clauses = new ArrayList<>();
        for (Dependency x : s.children(Clauses.of(s, head))) {
            if (x.baseRelation().equals("xcomp")) {
                clauses.add(x.dependent());
            }
        }
        clauses.addAll(Clauses.chain(s, head));
        List<Integer> out = new ArrayList<>();
        for (int c : clauses) {
            for (Dependency x : s.children(c)) {
                if (x.baseRelation().equals("advcl") && (Clauses.marker(s, x.dependent(), "unless") || Clauses.marker(s, x.dependent(), "if"))) {
                    out.addAll(Clauses.subjects(s, x.dependent()));
                }
            }
        }
        return out;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (d.type != EventType.THREATEN || EventDraft.namesActor(d.target)) {
            return false;
        }
        List<Integer> subjects = subjects(d.sentence, d.head);
        if (!EventDraft.namesActor(parties.untraced(d, parties.expand(d, subjects, false)))) {
            return false;
        }
        d.target = parties.refs(d, parties.expand(d, subjects));
        return true;
    }
}
