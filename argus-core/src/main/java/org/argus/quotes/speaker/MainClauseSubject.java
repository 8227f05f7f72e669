package org.argus.quotes.speaker;

import org.argus.grammar.VerbSubjects;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.CueDraft;
import org.argus.rules.Rule;

/** {@code quote.speaker.main-clause-subject}: the speaker of a colon cue ("The minister was blunt:") is the subject of its sentence's main verb. */
final class MainClauseSubject implements Rule<CueDraft> {
    static final String ID = "quote.speaker.main-clause-subject";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(CueDraft c) {
        if (c.kind() != CueAt.Kind.COLON) {
            return false;
        }
        int root = c.sentence().root();
        int subject = root >= 0 ? VerbSubjects.of(c.sentence(), root) : -1;
        if (subject < 0) {
            return false;
        }
        c.speaker(subject);
        return true;
    }
}
