package org.argus.quotes.speaker;

import org.argus.model.ActorRef;
import org.argus.quotes.draft.LabelLine;
import org.argus.quotes.draft.QuoteDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.speaker.headline-label}: a quote with no speaker yet inside the words of a line
 * "Speaker: ..." (a headline, a sub-heading) is the label's: its speaker is the labelled actor and its
 * cue the colon.
 */
final class HeadlineLabel implements Rule<LabelLine> {
    static final String ID = "quote.speaker.headline-label";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(LabelLine line) {
        boolean fired = false;
        for (QuoteDraft q : line.passage().quotes()) {
            if (q.span().overlaps(line.content()) && q.speaker() == null) {
                ActorRef who = line.passage().speakers().ref(line.actor(), line.label());
                q.attribute(who, line.cue());
                line.shaped(q);
                fired = true;
            }
        }
        return fired;
    }
}
