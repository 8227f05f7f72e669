package org.argus.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.argus.model.ActorRef;
import org.argus.model.Event;
import org.argus.model.EventDate;
import org.argus.model.EventType;
import org.argus.model.Mention;
import org.argus.model.Place;
import org.argus.model.Predicate;
import org.argus.model.Span;

/**
 * The one JSON shape of an event (docs/schema.md), written by {@code analyze --format jsonl}, stored
 * by the corpus database, and read back by the corpus views, the API and the Spark job, so each shows
 * the same event object. {@link #read} inverts {@link #write}. Stateless and thread-safe.
 */
public final class EventJson {
    private final ObjectMapper mapper = new ObjectMapper();

    /** The event as a JSON object; {@code text} is the document's analysed text (for the sentence's words). */
    public ObjectNode write(Event e, String text) {
        return writeWithSentence(e, e.sentence().end() <= text.length() ? e.sentence().of(text) : null);
    }

    /** The event as a JSON object, its sentence's words given (as a store keeps them). */
    public ObjectNode writeWithSentence(Event e, String sentenceText) {
        ObjectNode o = mapper.createObjectNode();
        o.put("type", e.type().name());
        o.put("mode", e.mode());
        o.put("cameo", e.cameo());
        o.put("negated", e.negated());
        o.put("modality", lower(e.modality()));
        ArrayNode source = o.putArray("source");
        e.source().forEach(r -> source.add(party(r)));
        ArrayNode target = o.putArray("target");
        e.target().forEach(r -> target.add(party(r)));
        if (e.date() == null) {
            o.putNull("date");
            o.putNull("datePrecision");
        } else {
            o.put("date", e.date().iso());
            o.put("datePrecision", lower(e.date().precision()));
            o.put("dateOrigin", lower(e.date().origin()));
            o.put("dateText", e.date().text());
        }
        o.set("place", place(e.place()));
        ObjectNode sentence = o.putObject("sentence");
        putSpan(sentence, e.sentence());
        sentence.put("text", sentenceText);
        o.set("trigger", mention(e.trigger()));
        if (e.predicate() == null) {
            o.putNull("predicate");
        } else {
            ObjectNode p = o.putObject("predicate");
            p.put("entry", e.predicate().entry());
            p.put("lemma", e.predicate().lemma());
            p.put("form", lower(e.predicate().form()));
        }
        if (e.attribution() == null) {
            o.putNull("attribution");
        } else {
            ObjectNode at = o.putObject("attribution");
            at.put("name", e.attribution().name());
            at.put("actor", e.attribution().actorId());
        }
        ArrayNode trace = o.putArray("trace");
        e.trace().forEach(trace::add);
        return o;
    }

    /** The words of the sentence of an event object {@link #write} wrote, or null. */
    public static String sentenceText(JsonNode o) {
        return text(o.path("sentence"), "text");
    }

    /** The event {@link #write} wrote; fails with the field at fault when the object is not one. */
    public Event read(JsonNode o) {
        try {
            EventDate date = null;
            if (!o.path("date").isNull() && !o.path("date").isMissingNode()) {
                EventDate.Precision precision = EventDate.Precision.valueOf(upper(o.get("datePrecision").asText()));
                date = new EventDate(day(o.get("date").asText()), precision,
                        EventDate.Origin.valueOf(upper(o.path("dateOrigin").asText("text"))), text(o, "dateText"));
            }
            JsonNode p = o.path("predicate");
            Predicate predicate = p.isObject() ? new Predicate(text(p, "entry"), text(p, "lemma"),
                    Predicate.Form.valueOf(upper(p.get("form").asText()))) : null;
            JsonNode at = o.path("attribution");
            ActorRef attribution = at.isObject() ? new ActorRef(text(at, "name"), text(at, "actor"), null, null, null) : null;
            List<String> trace = new ArrayList<>();
            o.path("trace").forEach(t -> trace.add(t.asText()));
            return new Event(EventType.valueOf(o.get("type").asText()), text(o, "mode"), text(o, "cameo"), o.path("negated").asBoolean(),
                    parties(o.path("source")), parties(o.path("target")), date, readPlace(o.path("place")), span(o.get("sentence")),
                    new Mention(o.get("trigger").get("text").asText(), span(o.get("trigger"))), predicate, attribution,
                    Event.Modality.valueOf(upper(o.path("modality").asText("asserted"))), trace);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an Argus event object (" + e.getMessage() + "): " + abbreviate(o.toString()), e);
        }
    }

    ObjectNode party(ActorRef r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("name", r.name());
        o.put("actor", r.actorId());
        o.put("country", r.country());
        o.put("sector", r.sector());
        o.put("code", r.code());
        o.put("codeFrom", r.codeFrom());
        putSpan(o, r.span());
        if (r.place() != null) {
            o.set("place", place(r.place()));
        }
        return o;
    }

    private List<ActorRef> parties(JsonNode array) {
        List<ActorRef> out = new ArrayList<>();
        for (JsonNode n : array) {
            Span span = n.path("start").isNumber() ? span(n) : null;
            out.add(new ActorRef(text(n, "name"), text(n, "actor"), text(n, "country"), text(n, "sector"), span,
                    readPlace(n.path("place")), text(n, "code"), text(n, "codeFrom")));
        }
        return out;
    }

    ObjectNode place(Place p) {
        if (p == null) {
            return null;
        }
        ObjectNode o = mapper.createObjectNode();
        o.put("name", p.name());
        o.put("country", p.country());
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        if (p.span() != null) {
            putSpan(o, p.span());
        }
        return o;
    }

    private static Place readPlace(JsonNode n) {
        if (!n.isObject()) {
            return null;
        }
        return new Place(text(n, "name"), text(n, "country"), n.path("lat").isNumber() ? n.get("lat").asDouble() : null,
                n.path("lon").isNumber() ? n.get("lon").asDouble() : null, n.path("start").isNumber() ? span(n) : null);
    }

    ObjectNode mention(Mention m) {
        ObjectNode o = mapper.createObjectNode();
        o.put("text", m.text());
        putSpan(o, m.span());
        return o;
    }

    static void putSpan(ObjectNode o, Span span) {
        if (span == null) {
            o.putNull("start");
            o.putNull("end");
        } else {
            o.put("start", span.start());
            o.put("end", span.end());
        }
    }

    private static Span span(JsonNode n) {
        return new Span(n.get("start").asInt(), n.get("end").asInt());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The first day of an ISO date at any precision: 2020-05-29, 2020-05 or 2020 (a stored year may be 10000 or -1). */
    private static LocalDate day(String iso) {
        return org.argus.corpus.EventClusters.start(iso, null);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
