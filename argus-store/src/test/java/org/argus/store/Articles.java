package org.argus.store;

import java.time.LocalDate;
import java.util.List;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.ActorType;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.EventDate;
import org.argus.model.EventType;
import org.argus.model.InputFormat;
import org.argus.model.Mention;
import org.argus.model.Predicate;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.model.Span;

/** Analysed articles written for the store tests: "{Actor} backs the talks in {place}." with one actor and one event. */
public final class Articles {
    private Articles() {
    }

    /** An article whose one event is dated {@code eventDate} (null: undated, at the published date). */
    public static Document backing(String id, String actorName, String tail, LocalDate published, EventDate eventDate) {
        String text = actorName + " backs the talks " + tail + ".";
        RawDocument raw = new RawDocument(id, SourceRef.file(id + ".txt"), InputFormat.TEXT, text, null, null, null, null);
        Span actorSpan = new Span(0, actorName.length());
        Actor actor = new Actor(actorName.toLowerCase(java.util.Locale.ROOT), actorName, ActorType.COUNTRY, "NOR", "GOV", null,
                List.of(new Mention(actorName, actorSpan)));
        ActorRef ref = new ActorRef(actorName, actor.id(), "NOR", "GOV", actorSpan);
        EventDate date = eventDate != null ? eventDate
                : published == null ? null : new EventDate(published, EventDate.Precision.DAY, EventDate.Origin.PUBLISHED, null);
        Event event = new Event(EventType.SUPPORT, null, null, false, List.of(ref), List.of(new ActorRef("the talks", null, null, null, null)),
                date, null, new Span(0, text.length()), new Mention("backs", new Span(actorName.length() + 1, actorName.length() + 6)),
                new Predicate("back/verb", "back", Predicate.Form.ACTIVE), null, Event.Modality.ASSERTED, List.of("lexicon:back/verb"));
        return Document.of(raw)
                .withArticle(new Article("Title " + id, text, published == null ? null : new PublishedDate(published, PublishedDate.Origin.GIVEN),
                        null, null, List.of()))
                .withActors(List.of(actor)).withQuotes(List.of()).withEvents(List.of(event));
    }

    /** An article of about {@code words} words of its own text (distinct per id), for filling a database. */
    public static Document filler(String id, int words) {
        StringBuilder text = new StringBuilder("Norway backs the talks.");
        java.util.Random random = new java.util.Random(id.hashCode());
        for (int i = 0; i < words; i++) {
            text.append(' ').append(Integer.toString(random.nextInt(1_000_000), 36));
        }
        text.append('.');
        Document d = backing(id, "Norway", "again", LocalDate.of(2020, 1, 1), null);
        return d.withArticle(new Article("Title " + id, text.toString(), d.article().published(), null, null, List.of()));
    }
}
