package org.argus.quotes.filter;

import java.util.List;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.Reported;
import org.argus.quotes.draft.Titles;
import org.argus.rules.Rule;

/** The filters: which candidates and quotes are dropped. */
public final class FilterUnits {
    private FilterUnits() {
    }

    /** Filters of reported statements (chain {@code quotes/chains/reported.txt}). */
    public static List<Rule<Reported>> onReports() {
        return List.of(new NoSpeaker(), new QuotedClause(), new OpensWithQuotation(), new CrossesSentence());
    }

    /** Filters of quotations (chain {@code quotes/chains/quotation.txt}). */
    public static List<Rule<Quotation>> onQuotations() {
        return List.of(new InsideQuote(), new Nickname(), new InReportedClause(), new UncuedPartial());
    }

    /** Filters of a passage's quotes where they overlap (chain {@code quotes/chains/overlap.txt}). */
    public static List<Rule<Passage>> onOverlaps() {
        return List.of(new HoldsOwnCue(), new InsideStatement());
    }

    /** Filters of the finished quotes (chain {@code quotes/chains/finished.txt}). */
    public static List<Rule<Passage>> onFinished(Titles titles) {
        return List.of(new Title(titles));
    }
}
