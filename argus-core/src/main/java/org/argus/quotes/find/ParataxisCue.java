package org.argus.quotes.find;

import org.argus.grammar.TokenSpans;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.Reported;
import org.argus.rules.Rule;

/**
 * {@code quote.find.parataxis-cue}: "The talks, she said, have failed": a cue clause the parser hangs
 * on the statement (parataxis, or csubj/dep on a later word) reports the longest stretch of the
 * sentence outside the cue clause, unless the cue has an object, xcomp or advcl of its own (a misparsed
 * subject after "told reporters" is kept as part of the statement).
 */
final class ParataxisCue implements Rule<Reported> {
    static final String ID = "quote.find.parataxis-cue";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reported r) {
        CueAt c = r.cue();
        if (!r.open() || r.content() != null || c.kind() == CueAt.Kind.ACCORDING) {
            return false;
        }
        Sentence s = r.sentence();
        Dependency p = s.parentOf(c.first());
        if (p == null || p.governor() < 0 || !(p.baseRelation().equals("parataxis")
                || (p.baseRelation().equals("csubj") || p.baseRelation().equals("dep")) && p.governor() > c.first())
                || Complements.decide(r).decision() != Complements.Decision.NONE) {
            return false;
        }
        boolean hasIobj = s.children(c.first()).stream().anyMatch(d -> d.baseRelation().equals("iobj"));
        int keptObj = -1;
        for (Dependency d : s.children(c.first())) {
            String rel = d.baseRelation();
            if (rel.equals("obj") && hasIobj && d.dependent() > c.first()) {
                keptObj = d.dependent(); // "told reporters [the ceasefire] would hold": misparsed subject
            } else if (rel.equals("obj") || rel.equals("xcomp") || rel.equals("advcl")) {
                return false;
            }
        }
        boolean[] skip = new boolean[s.tokens().size()];
        for (int i : s.subtree(c.first())) {
            skip[i] = true;
        }
        if (keptObj >= 0) {
            for (int i : s.subtree(keptObj)) {
                skip[i] = false;
            }
        }
        Span statement = TokenSpans.longestRun(s, skip);
        if (statement == null) {
            return false;
        }
        r.found(statement);
        return true;
    }
}
