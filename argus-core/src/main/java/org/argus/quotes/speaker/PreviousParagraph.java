package org.argus.quotes.speaker;

import org.argus.model.ActorRef;
import org.argus.model.Span;
import org.argus.quotes.draft.Attribution;
import org.argus.quotes.draft.Passage;
import org.argus.rules.Rule;

/**
 * {@code quote.speaker.previous-paragraph}: a quotation no cue attributes, in a paragraph (not the
 * first) that names no one, is said by the person named last in the previous paragraph, outside
 * quotation marks. The previous paragraph is looked up as {@code quote.speaker.previous-quote} does it,
 * so the whole text is read (a known fault kept for now; docs/rules.md).
 */
final class PreviousParagraph implements Rule<Attribution> {
    static final String ID = "quote.speaker.previous-paragraph";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Attribution a) {
        if (!a.open()) {
            return false;
        }
        Passage p = a.passage();
        Span para = p.paragraphOf(a.quote().span().start());
        if (para.start() == 0) {
            return false;
        }
        ActorRef named = p.speakers().person(p.paragraphOf(para.start() - 1), true, p::insideMarked);
        if (named == null) {
            return false;
        }
        a.quote().speaker(named);
        return true;
    }
}
