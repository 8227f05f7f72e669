package org.argus.quotes.speaker;

import org.argus.model.Dependency;
import org.argus.model.Token;
import org.argus.quotes.draft.CueDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.speaker.relative-pronoun}: a speaker that is a relative pronoun of a cue in a relative
 * clause ("the senator, who said ...") stands for the noun the clause hangs on: the speaker's words
 * stay "who", its actor is the antecedent's.
 */
final class RelativePronoun implements Rule<CueDraft> {
    static final String ID = "quote.speaker.relative-pronoun";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(CueDraft c) {
        if (c.speakerHead() < 0) {
            return false;
        }
        Token head = c.sentence().tokens().get(c.speakerHead());
        Dependency relcl = c.sentence().parentOf(c.first());
        if (!(head.pos().equals("WP") || head.pos().equals("WDT")) || relcl == null || relcl.governor() < 0
                || !relcl.relation().startsWith("acl:relcl")) {
            return false;
        }
        c.antecedent(relcl.governor());
        return true;
    }
}
