package org.argus.events.party;

import java.util.List;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.reduced-passive}: a past participle with a "by" agent and no auxiliary is a
 * passive, whatever the parser called its subject: "Rebels backed by Russia." (read as a clause: the
 * subject is the target, acted on).
 */
final class ReducedPassive implements Rule<EventDraft> {
    static final String ID = "event.party.reduced-passive";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (d.passive || !reduced(d.sentence, d.head)) {
            return false;
        }
        List<Integer> subjects = d.sources.stream().filter(i -> d.sentence.parentOf(i).relation().equals("nsubj")).toList();
        d.targets.addAll(0, subjects);
        d.sources.removeAll(subjects);
        d.passive = true;
        return true;
    }

    private static boolean reduced(Sentence s, int head) {
        if (!s.tokens().get(head).pos().equals("VBN")) {
            return false;
        }
        boolean agent = false;
        for (Dependency d : s.children(head)) {
            if (d.relation().startsWith("aux")) {
                return false;
            }
            agent |= d.relation().equals("obl:by") || d.relation().equals("obl:agent");
        }
        return agent;
    }
}
