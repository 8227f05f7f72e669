package org.argus.quotes.speaker;

import org.argus.model.ActorRef;
import org.argus.model.Span;
import org.argus.quotes.draft.Attribution;
import org.argus.quotes.draft.Passage;
import org.argus.rules.Rule;

/**
 * {@code quote.speaker.before-in-paragraph}: a quotation no cue attributes is said by the person named
 * last before it in its paragraph, outside quotation marks, as news paragraphs give the speaker first.
 */
final class BeforeInParagraph implements Rule<Attribution> {
    static final String ID = "quote.speaker.before-in-paragraph";

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
        ActorRef named = p.speakers().person(new Span(para.start(), a.quote().span().start()), true, p::insideMarked);
        if (named == null) {
            return false;
        }
        a.quote().speaker(named);
        return true;
    }
}
