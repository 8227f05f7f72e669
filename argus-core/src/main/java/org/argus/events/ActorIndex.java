package org.argus.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.argus.model.Actor;
import org.argus.model.Document;
import org.argus.model.Mention;
import org.argus.model.Span;

/**
 * The document's actor mentions by offset, so the actor named at a span is found among the mentions
 * near it rather than all of them: the same answer as {@link Document#actorAt} (the largest overlap,
 * then the shortest mention, then the first in the document's order), in logarithmic time. Built once
 * per document; immutable and thread-safe.
 */
public final class ActorIndex {
    private final Actor[] owner;
    private final int[] start;
    private final int[] end;
    /** The mention's place in the document's order of actors and mentions, for ties. */
    private final int[] order;
    private final int longest;

    public ActorIndex(Document doc) {
        List<Object[]> all = new ArrayList<>();
        int n = 0;
        for (Actor a : doc.actors()) {
            for (Mention m : a.mentions()) {
                all.add(new Object[] {a, m.span(), n++});
            }
        }
        all.sort(Comparator.comparingInt(x -> ((Span) x[1]).start()));
        owner = new Actor[all.size()];
        start = new int[all.size()];
        end = new int[all.size()];
        order = new int[all.size()];
        int max = 0;
        for (int i = 0; i < all.size(); i++) {
            Span span = (Span) all.get(i)[1];
            owner[i] = (Actor) all.get(i)[0];
            start[i] = span.start();
            end[i] = span.end();
            order[i] = (Integer) all.get(i)[2];
            max = Math.max(max, span.end() - span.start());
        }
        longest = max;
    }

    /** The actor one of whose mentions overlaps {@code span} most (then the shortest, then the first); null when none does. */
    public Actor at(Span span) {
        int from = firstStartingAtOrAfter(span.start() - longest);
        Actor best = null;
        int bestOverlap = 0;
        int bestLength = Integer.MAX_VALUE;
        int bestOrder = Integer.MAX_VALUE;
        for (int i = from; i < start.length && start[i] < span.end(); i++) {
            int overlap = Math.min(end[i], span.end()) - Math.max(start[i], span.start());
            int length = end[i] - start[i];
            if (overlap > bestOverlap || overlap > 0 && overlap == bestOverlap
                    && (length < bestLength || length == bestLength && order[i] < bestOrder)) {
                best = owner[i];
                bestOverlap = overlap;
                bestLength = length;
                bestOrder = order[i];
            }
        }
        return best;
    }

    private int firstStartingAtOrAfter(int offset) {
        int i = Arrays.binarySearch(start, offset);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && start[i - 1] == offset) {
            i--;
        }
        return i;
    }
}
