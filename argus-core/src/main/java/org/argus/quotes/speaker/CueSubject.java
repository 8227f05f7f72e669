package org.argus.quotes.speaker;

import org.argus.quotes.draft.CueDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.speaker.cue-subject}: the speaker of a speech or stance verb is its subject, or the
 * subject of the verb it hangs on ("went on to say", "..., saying"), unless the parser took words
 * inside quotation marks for it: what is quoted is never who said it.
 */
final class CueSubject implements Rule<CueDraft> {
    static final String ID = "quote.speaker.cue-subject";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(CueDraft c) {
        if (!c.isSpeechVerb() || c.subject() < 0
                || c.passage().insideMarked(c.sentence().tokens().get(c.subject()).span())) {
            return false;
        }
        c.speaker(c.subject());
        return true;
    }
}
