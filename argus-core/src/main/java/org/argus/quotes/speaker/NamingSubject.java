package org.argus.quotes.speaker;

import org.argus.model.Dependency;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.CueDraft;
import org.argus.rules.Rule;

/** {@code quote.speaker.naming-subject}: the speaker of a naming verb ("called the plan a "trap"") is its own subject (nsubj; the last when several). */
final class NamingSubject implements Rule<CueDraft> {
    static final String ID = "quote.speaker.naming-subject";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(CueDraft c) {
        if (c.kind() != CueAt.Kind.NAMING) {
            return false;
        }
        int subject = -1;
        for (Dependency d : c.sentence().children(c.first())) {
            if (d.relation().equals("nsubj")) {
                subject = d.dependent();
            }
        }
        if (subject < 0) {
            return false;
        }
        c.speaker(subject);
        return true;
    }
}
