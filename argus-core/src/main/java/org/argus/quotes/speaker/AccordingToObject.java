package org.argus.quotes.speaker;

import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.CueDraft;
import org.argus.rules.Rule;

/** {@code quote.speaker.according-to-object}: the speaker of "according to X" is X, the noun "according" or "to" is the case of. */
final class AccordingToObject implements Rule<CueDraft> {
    static final String ID = "quote.speaker.according-to-object";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(CueDraft c) {
        if (c.kind() != CueAt.Kind.ACCORDING) {
            return false;
        }
        Sentence s = c.sentence();
        int i = c.first();
        Dependency p = s.parentOf(i);
        int head = p != null && p.baseRelation().equals("case") ? p.governor() : -1;
        if (head < 0) {
            Dependency p2 = s.parentOf(i + 1);
            head = p2 != null ? p2.governor() : -1;
            if (head == i) {
                head = -1;
            }
        }
        if (head < 0) {
            return false;
        }
        c.speaker(head);
        return true;
    }
}
