package org.argus.quotes.cue;

import java.util.List;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.SentenceCues;
import org.argus.rules.Rule;
import org.argus.words.Words;

/** The cue units: what makes a token a cue, and which cue a quotation takes. */
public final class CueUnits {
    private CueUnits() {
    }

    /** The units that find a sentence's cues (chain {@code quotes/chains/cue.txt}). */
    public static List<Rule<SentenceCues>> onSentences(Words words) {
        return List.of(new AccordingTo(), new CueVerb(words.set("quotes/cues")), new StanceVerb(words.set("quotes/stance")));
    }

    /** The units that choose a quotation's cue (chain {@code quotes/chains/quotation.txt}). */
    public static List<Rule<Quotation>> onQuotations() {
        return List.of(new OwnSentence(), new SentenceAfter(), new ColonBefore());
    }
}
