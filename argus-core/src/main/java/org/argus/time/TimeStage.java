package org.argus.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.argus.model.Document;
import org.argus.model.EntityMention;
import org.argus.model.Event;
import org.argus.model.EventDate;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Stage;

/**
 * Dates each event: the time expression of its sentence nearest to the trigger, resolved against the
 * article's publication date by {@link DateResolver}; the publication date itself (origin
 * {@code PUBLISHED}) when the sentence has none it can resolve. Events of an article with no
 * publication date stay undated. Stateless and thread-safe.
 */
public final class TimeStage implements Stage {
    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.EVENTS, Layer.NER, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.EVENT_DATES);
    }

    @Override
    public Document apply(Document doc) {
        if (doc.article() == null || doc.article().published() == null || doc.events().isEmpty()) {
            return doc;
        }
        LocalDate anchor = doc.article().published().date();
        List<Event> dated = new ArrayList<>();
        for (Event e : doc.events()) {
            EventDate date = null;
            int bestDistance = Integer.MAX_VALUE;
            for (EntityMention m : doc.annotation().entities()) {
                if (!m.type().equals("DATE") || !e.sentence().contains(m.span())) {
                    continue;
                }
                EventDate candidate = DateResolver.resolve(m.text(), anchor);
                int distance = Math.abs(m.span().start() - e.trigger().span().start());
                if (candidate != null && distance < bestDistance) {
                    date = candidate;
                    bestDistance = distance;
                }
            }
            dated.add(e.withDate(date != null ? date : new EventDate(anchor, EventDate.Precision.DAY, EventDate.Origin.PUBLISHED, null)));
        }
        return doc.withEvents(dated);
    }

}
