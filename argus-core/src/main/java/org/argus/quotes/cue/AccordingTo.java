package org.argus.quotes.cue;

import java.util.List;
import java.util.Locale;
import org.argus.model.Token;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.SentenceCues;
import org.argus.rules.Rule;

/** {@code quote.cue.according-to}: "according to X" is a cue, its two words the cue's tokens. */
final class AccordingTo implements Rule<SentenceCues> {
    static final String ID = "quote.cue.according-to";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(SentenceCues c) {
        List<Token> toks = c.sentence().tokens();
        boolean fired = false;
        for (int i = 0; i + 1 < toks.size(); i++) {
            String w = toks.get(i).word();
            if (c.open(i) && w.length() == 9 && w.toLowerCase(Locale.ROOT).equals("according") && toks.get(i + 1).word().equalsIgnoreCase("to")) {
                c.claim(i, CueAt.Kind.ACCORDING, i + 1, ID);
                fired = true;
            }
        }
        return fired;
    }
}
