package org.argus.events.party;

import org.argus.grammar.Phrases;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.clause-on-actor}: a verb with no subject that the parser hung as a clause on the
 * noun doing it takes that noun as source: "rebels fighting the government seized the town". Not a
 * participle on a possessor ("X's visiting king"), nor a present participle on what a verb acts on
 * (that verb's subject's), nor across punctuation.
 */
final class ClauseOnActor implements Rule<EventDraft> {
    static final String ID = "event.party.clause-on-actor";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        Sentence s = d.sentence;
        Dependency up = s.parentOf(d.head);
        if (!d.sources.isEmpty() || up == null || up.governor() < 0 || !up.baseRelation().equals("acl")
                || !s.tokens().get(up.governor()).isNoun()) {
            return false;
        }
        int noun = up.governor();
        String pos = d.token.pos();
        boolean onActor = (pos.equals("VBD") || pos.equals("VBG") && !s.parentOf(noun).relation().equals("obj"))
                && s.children(noun).stream().noneMatch(x -> x.relation().equals("case") && s.tokens().get(x.dependent()).pos().equals("POS"))
                && !Phrases.punctuationBetween(s, noun, d.head);
        if (!onActor) {
            return false;
        }
        d.sources.add(noun);
        return true;
    }
}
