package org.argus.reference;

import java.util.List;
import java.util.Locale;
import org.argus.model.ActorType;
import org.argus.model.Sentence;
import org.argus.model.Token;
import org.argus.rules.Rule;

/**
 * {@code reference.pronoun.nearer-person}: a person's pronoun is left unresolved when a person the
 * text does not name stands between it and its antecedent: a singular person noun or title outside
 * any actor's mention that is not a predicate ("Brock asked the senator to release his records").
 */
final class NearerPerson implements Rule<Reference> {
    static final String ID = "reference.pronoun.nearer-person";

    private final Roles roles;

    NearerPerson(Roles roles) {
        this.roles = roles;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reference r) {
        if (r.ruledOut || r.antecedent == null || !r.types.contains(ActorType.PERSON)) {
            return false;
        }
        int to = r.token().span().start();
        return personBetween(r, Candidates.lastEndBefore(r.antecedent, to), to) && r.ruleOut();
    }

    private boolean personBetween(Reference r, int from, int to) {
        List<Sentence> sentences = r.sentences;
        for (Sentence s : sentences) {
            if (s.span().end() <= from || s.span().start() >= to) {
                continue;
            }
            for (int i = 0; i < s.tokens().size(); i++) {
                Token k = s.tokens().get(i);
                if (k.span().start() < from || k.span().end() > to || !k.pos().equals("NN")) {
                    continue;
                }
                String w = k.word().toLowerCase(Locale.ROOT);
                boolean personNoun = (roles.isPersonNoun(w) || roles.isPersonTitle(w)) && !Candidates.inMention(r.antecedents, k.span());
                // a predicate ("is vying to be the next president") introduces no one, unless a clause
                // goes on about it ("this is a man who said he would ...")
                if (personNoun && (s.children(i).stream().noneMatch(c -> c.baseRelation().equals("cop"))
                        || s.children(i).stream().anyMatch(c -> c.relation().startsWith("acl")))) {
                    return true;
                }
            }
        }
        return false;
    }
}
