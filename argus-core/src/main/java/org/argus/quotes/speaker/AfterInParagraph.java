package org.argus.quotes.speaker;

import org.argus.model.ActorRef;
import org.argus.model.Span;
import org.argus.quotes.draft.Attribution;
import org.argus.quotes.draft.Passage;
import org.argus.rules.Rule;

/**
 * {@code quote.speaker.after-in-paragraph}: a quotation no cue attributes and no name precedes in its
 * paragraph is said by the person named first after it there, outside quotation marks.
 */
final class AfterInParagraph implements Rule<Attribution> {
    static final String ID = "quote.speaker.after-in-paragraph";

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
        Span q = a.quote().span();
        Span para = p.paragraphOf(q.start());
        // a quote may run on over paragraphs: then nothing of its paragraph follows it
        ActorRef named = p.speakers().person(new Span(q.end(), Math.max(q.end(), para.end())), false, p::insideMarked);
        if (named == null) {
            return false;
        }
        a.quote().speaker(named);
        return true;
    }
}
