package org.argus.events.party;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.argus.model.Actor;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.model.Span;

/**
 * The actor named closest to a head, in dependency steps, within its phrase: "talks with Kenya about
 * the dispute between X and Y" are Kenya's, not the longest name deep inside the phrase. Stateless.
 */
final class Nearest {
    private Nearest() {
    }

    /** The nearest actor within {@code phrase}, or null when none is named there; {@code actorAt} names the actor at a span. */
    static Actor actor(Function<Span, Actor> actorAt, Sentence s, int head, Span phrase) {
        int at = token(actorAt, s, head, phrase, Set.of());
        return at < 0 ? null : actorAt.apply(s.tokens().get(at).span());
    }

    /**
     * The token of the nearest actor within {@code phrase}, skipping actors {@code excluded}; -1 when
     * none. Of two at one depth, the first in the text.
     */
    static int token(Function<Span, Actor> actorAt, Sentence s, int head, Span phrase, Set<String> excluded) {
        List<Integer> level = List.of(head);
        Set<Integer> seen = new HashSet<>(level);
        while (!level.isEmpty()) {
            int best = -1;
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                Span span = s.tokens().get(node).span();
                if (span.start() >= phrase.start() && span.end() <= phrase.end()) {
                    Actor a = actorAt.apply(span);
                    if (a != null && !excluded.contains(a.id()) && (best < 0 || node < best)) {
                        best = node;
                    }
                }
                for (Dependency d : s.children(node)) {
                    if (seen.add(d.dependent())) {
                        next.add(d.dependent());
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
            level = next;
        }
        return -1;
    }
}
