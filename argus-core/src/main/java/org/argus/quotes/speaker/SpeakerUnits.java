package org.argus.quotes.speaker;

import java.util.List;
import org.argus.quotes.draft.Attribution;
import org.argus.quotes.draft.CueDraft;
import org.argus.quotes.draft.LabelLine;
import org.argus.rules.Rule;

/** The speaker sieves: who says what a cue, a label or a quotation's neighbourhood attributes. */
public final class SpeakerUnits {
    private SpeakerUnits() {
    }

    /** The sieves that find a cue's speaker head (chain {@code quotes/chains/cue-speaker.txt}). */
    public static List<Rule<CueDraft>> onCues() {
        return List.of(new AccordingToObject(), new CueSubject(), new InvertedName(), new BesideCue(), new NamingSubject(),
                new ParticipleSubject(), new MainClauseSubject(), new RelativePronoun());
    }

    /** The sieve that gives a headline label's quotes their speaker (chain {@code quotes/chains/label.txt}). */
    public static List<Rule<LabelLine>> onLabels() {
        return List.of(new HeadlineLabel());
    }

    /** The sieves for a direct quote no cue attributes (chain {@code quotes/chains/uncued-speaker.txt}). */
    public static List<Rule<Attribution>> onUncued() {
        return List.of(new BeforeInParagraph(), new AfterInParagraph(), new PreviousQuote(), new PreviousParagraph());
    }
}
