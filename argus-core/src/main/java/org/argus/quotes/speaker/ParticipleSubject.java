package org.argus.quotes.speaker;

import org.argus.grammar.VerbSubjects;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.CueDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.speaker.participle-subject}: a naming verb with no subject of its own, a participle or
 * conjunct ("went after the minister, calling him a "coward""), takes the subject (a noun or pronoun)
 * of the clause it hangs on.
 */
final class ParticipleSubject implements Rule<CueDraft> {
    static final String ID = "quote.speaker.participle-subject";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(CueDraft c) {
        if (c.kind() != CueAt.Kind.NAMING || c.speakerHead() >= 0) {
            return false;
        }
        int subject = VerbSubjects.ofParticiple(c.sentence(), c.first());
        if (subject < 0) {
            return false;
        }
        c.speaker(subject);
        return true;
    }
}
