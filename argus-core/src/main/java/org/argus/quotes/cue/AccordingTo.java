package org.argus.quotes.cue;

import java.util.List;
import org.argus.model.Token;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.CueDraft;
import org.argus.rules.Rule;

/** {@code quote.cue.according-to}: "according to X" is a cue, its two words the cue's tokens. */
final class AccordingTo implements Rule<CueDraft> {
    static final String ID = "quote.cue.according-to";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(CueDraft c) {
        List<Token> toks = c.sentence().tokens();
        int i = c.first();
        if (c.kind() != null || !c.token().word().toLowerCase(java.util.Locale.ROOT).equals("according") || i + 1 >= toks.size()
                || !toks.get(i + 1).word().equalsIgnoreCase("to")) {
            return false;
        }
        c.cue(CueAt.Kind.ACCORDING, i + 1);
        return true;
    }
}
