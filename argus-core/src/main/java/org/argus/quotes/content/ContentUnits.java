package org.argus.quotes.content;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.Reported;
import org.argus.quotes.draft.Titles;
import org.argus.rules.Rule;
import org.argus.words.Words;

/** The content units: how quotations join and how statements are widened. */
public final class ContentUnits {
    private ContentUnits() {
    }

    /** The units that shape a reported statement (chain {@code quotes/chains/reported.txt}). */
    public static List<Rule<Reported>> onReports() {
        return List.of(new WidenOverQuotation(), new ClosingMark());
    }

    /** The units that join a quotation to another quote or widen it to a statement (chain {@code quotes/chains/quotation.txt}). */
    public static List<Rule<Quotation>> onQuotations(Words words, Titles titles) {
        Set<String> telling = new HashSet<>(words.set("quotes/addressee-verbs"));
        telling.addAll(words.set("quotes/telling-verbs"));
        WholeStatement.Lists lists = new WholeStatement.Lists(words.set("quotes/cues"), Set.copyOf(telling),
                words.set("quotes/clause-pronouns"), words.set("quotes/clause-conjunctions"));
        return List.of(new Interrupted(), new ContinuesStatement(), new SameParagraph(), new RunsOn(), new WholeStatement(lists, titles));
    }
}
