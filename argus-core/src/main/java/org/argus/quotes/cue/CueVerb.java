package org.argus.quotes.cue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argus.model.Token;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.SentenceCues;
import org.argus.rules.Rule;

/** {@code quote.cue.verb}: a verb whose lemma is in the cue list {@code quotes/cues} ("said", "warned", "tweeted") is a cue. */
final class CueVerb implements Rule<SentenceCues> {
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
    public boolean apply(SentenceCues c) {
        List<Token> toks = c.sentence().tokens();
        boolean fired = false;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (c.open(i) && t.isVerb() && cues.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                c.claim(i, CueAt.Kind.VERB, i, ID);
                fired = true;
            }
        }
        return fired;
    }
}
