package org.argus.quotes.cue;

import java.util.Locale;
import java.util.Set;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.CueDraft;
import org.argus.rules.Rule;

/** {@code quote.cue.verb}: a verb whose lemma is in the cue list {@code quotes/cues} ("said", "warned", "tweeted") is a cue. */
final class CueVerb implements Rule<CueDraft> {
    static final String ID = "quote.cue.verb";

    private final Set<String> cues;

    CueVerb(Set<String> cues) {
        this.cues = cues;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(CueDraft c) {
        if (c.kind() != null || !c.token().isVerb() || !cues.contains(c.token().lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        c.cue(CueAt.Kind.VERB, c.first());
        return true;
    }
}
