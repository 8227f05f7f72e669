package org.argus.quotes.find;

import org.argus.grammar.TokenSpans;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.Reported;
import org.argus.rules.Rule;

/** {@code quote.find.according-to}: "according to X, ..." reports the longest stretch of its sentence outside "according to X". */
final class AccordingToStatement implements Rule<Reported> {
    static final String ID = "quote.find.according-to";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reported r) {
        CueAt c = r.cue();
        if (!r.open() || r.content() != null || c.kind() != CueAt.Kind.ACCORDING || c.speakerHead() < 0) {
            return false;
        }
        Sentence s = r.sentence();
        boolean[] skip = new boolean[s.tokens().size()];
        for (int i : s.subtree(c.speakerHead())) {
            skip[i] = true;
        }
        skip[c.first()] = true;
        skip[c.last()] = true;
        Span statement = TokenSpans.longestRun(s, skip);
        if (statement == null) {
            return false;
        }
        r.found(statement);
        return true;
    }
}
