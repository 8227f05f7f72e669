package org.argus.quotes.find;

import java.util.List;
import org.argus.quotes.draft.LabelLine;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.Reported;
import org.argus.rules.Rule;
import org.argus.words.Words;

/** The finders: what a cue reports, what a quotation is, what a headline label says. */
public final class FindUnits {
    private FindUnits() {
    }

    /** The finders of what a cue reports (chain {@code quotes/chains/reported.txt}). */
    public static List<Rule<Reported>> onReports(Words words) {
        var cues = words.set("quotes/cues");
        var lists = new StanceObject.Lists(words.set("quotes/stance"), words.set("quotes/for-verbs"), words.set("quotes/about-verbs"),
                words.set("quotes/addressee-verbs"), words.set("quotes/empty-objects"));
        return List.of(new AccordingToStatement(), new ClauseBeforeCue(), new CueComplement(cues), new ParataxisCue(),
                new StanceObject(lists));
    }

    /** The finders of quotes in quotation marks (chain {@code quotes/chains/quotation.txt}). */
    public static List<Rule<Quotation>> onQuotations(Words words) {
        return List.of(new TranscriptTurn(), new Naming(words.set("quotes/naming-verbs")), new Quoted());
    }

    /** The finder of headline statements (chain {@code quotes/chains/label.txt}). */
    public static List<Rule<LabelLine>> onLabels() {
        return List.of(new HeadlineStatement());
    }
}
