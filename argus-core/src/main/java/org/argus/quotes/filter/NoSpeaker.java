package org.argus.quotes.filter;

import org.argus.quotes.draft.Reported;
import org.argus.rules.Rule;

/** {@code quote.filter.no-speaker}: a cue with no speaker reports nothing: a statement no one makes is not kept. */
final class NoSpeaker implements Rule<Reported> {
    static final String ID = "quote.filter.no-speaker";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reported r) {
        if (!r.open() || r.cue().speakerHead() >= 0) {
            return false;
        }
        r.drop();
        return true;
    }
}
