package org.argus.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.Article;
import org.argus.model.ArticleMeta;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.Mention;
import org.argus.model.Place;
import org.argus.model.Quote;
import org.argus.model.Span;

/** Converts a document to the Argus JSONL object. Stateless and thread-safe. */
public final class DocumentJson {
    private final ObjectMapper mapper = new ObjectMapper();

    /** The document as one JSON object following docs/schema.md. */
    public ObjectNode toJson(Document doc) {
        ObjectNode o = mapper.createObjectNode();
        Article a = doc.article();
        o.put("id", doc.id());
        o.put("title", a == null ? doc.raw().title() : a.title());
        if (a != null && a.published() != null) {
            o.put("published", a.published().date().toString());
            o.put("publishedOrigin", a.published().origin().name().toLowerCase(java.util.Locale.ROOT));
        } else {
            o.putNull("published");
            o.putNull("publishedOrigin");
        }
        o.put("source", a == null ? doc.raw().outlet() : a.outlet());
        o.put("url", a == null ? doc.raw().url() : a.url());
        o.put("text", doc.text());
        ArrayNode captions = o.putArray("captions");
        if (a != null) {
            a.captions().forEach(captions::add);
        }
        ArticleMeta meta = a == null ? ArticleMeta.NONE : a.meta();
        o.put("subtitle", meta.subtitle());
        meta.authors().forEach(o.putArray("authors")::add);
        o.put("language", meta.language());
        o.put("modified", meta.modified() == null ? null : meta.modified().toString());
        ArrayNode actors = o.putArray("actors");
        for (Actor actor : doc.actors()) {
            actors.add(actor(actor));
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : doc.quotes()) {
            quotes.add(quote(q, doc.text()));
        }
        ArrayNode events = o.putArray("events");
        String soleCountry = soleCountry(doc);
        for (Event e : doc.events()) {
            events.add(event(e, doc, soleCountry));
        }
        return o;
    }

    /** One line of JSONL. */
    public String toLine(Document doc) {
        try {
            return mapper.writeValueAsString(toJson(doc));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise document " + doc.id(), e);
        }
    }

    private ObjectNode actor(Actor actor) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", actor.id());
        o.put("name", actor.name());
        o.put("type", actor.type().name());
        o.put("country", actor.country());
        o.put("sector", actor.sector());
        o.put("role", actor.role());
        ArrayNode aliases = o.putArray("aliases");
        actor.aliases().forEach(aliases::add);
        ArrayNode mentions = o.putArray("mentions");
        for (Mention m : actor.mentions()) {
            ObjectNode mention = mention(m.text(), m.span());
            mention.put("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
            mentions.add(mention);
        }
        return o;
    }

    /**
     * A quote; the speaker's {@code name} is the text's own words at the speaker's offsets ("he",
     * "the ministry"), {@code actor} and {@code actorName} the actor they resolve to.
     */
    private ObjectNode quote(Quote q, String text) {
        ObjectNode o = mapper.createObjectNode();
        o.put("text", q.text());
        o.put("start", q.span().start());
        o.put("end", q.span().end());
        o.put("kind", q.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (q.speaker() == null) {
            o.putNull("speaker");
        } else {
            ObjectNode s = o.putObject("speaker");
            Span at = q.speaker().span();
            s.put("name", wordsAt(at, text, q.speaker().name()));
            s.put("actor", q.speaker().actorId());
            s.put("actorName", q.speaker().actorId() == null ? null : q.speaker().name());
            putSpan(s, at);
        }
        if (q.cue() == null) {
            o.putNull("cue");
        } else {
            o.set("cue", mention(q.cue().text(), q.cue().span()));
        }
        return o;
    }

    /**
     * The one country the document's actors name when its places are in no other, or null (a place
     * alone does not make the country of a text: a visitor is often all the text tells of one).
     */
    private static String soleCountry(Document doc) {
        java.util.Set<String> countries = new java.util.HashSet<>();
        doc.actors().stream().map(Actor::country).filter(java.util.Objects::nonNull).forEach(countries::add);
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (Event e : doc.events()) {
            if (e.place() != null) {
                placed.add(e.place().country());
            }
            java.util.stream.Stream.concat(e.source().stream(), e.target().stream())
                    .filter(r -> r.place() != null).forEach(r -> placed.add(r.place().country()));
        }
        placed.remove(null);
        return countries.size() == 1 && countries.containsAll(placed) ? countries.iterator().next() : null;
    }

    /** The text at {@code at} when the span lies inside it, else {@code otherwise}. */
    private static String wordsAt(Span at, String text, String otherwise) {
        return at != null && at.start() >= 0 && at.end() <= text.length() && at.start() < at.end() ? at.of(text) : otherwise;
    }

    private ObjectNode event(Event e, Document doc, String soleCountry) {
        ObjectNode o = mapper.createObjectNode();
        o.put("type", e.type().name());
        o.put("mode", e.mode());
        o.put("negated", e.negated());
        o.put("modality", e.modality().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode source = o.putArray("source");
        e.source().forEach(r -> source.add(eventRef(r, e.place(), false, doc, soleCountry)));
        if (e.source().isEmpty() && e.rule().endsWith("/verb:passive")
                && (e.type() == org.argus.model.EventType.ASSAULT || e.type() == org.argus.model.EventType.COERCE)) {
            // "a journalist was killed in Beirut": attackers a passive leaves unnamed are coded, as
            // location-coded event data does, by where it happened (an arrest by the authorities there)
            ObjectNode implied = implied(e, e.type() == org.argus.model.EventType.COERCE ? "GOV" : null, e.target(), "target");
            if (implied != null) {
                source.add(implied);
            }
        }
        ArrayNode target = o.putArray("target");
        e.target().forEach(r -> target.add(eventRef(r, e.place(), true, doc, soleCountry)));
        boolean coded = false;
        for (var n : target) {
            coded |= n.hasNonNull("code");
        }
        if (e.type() == org.argus.model.EventType.PROTEST && !coded && e.target().stream().noneMatch(DocumentJson::namesAParty)) {
            // "blocked roads", "a hunger strike in prison": what a protest acts on is not whom it is aimed at
            ObjectNode implied = implied(e, "GOV", e.source(), "source");
            if (implied != null) {
                target.add(implied);
            }
        }
        if (e.date() == null) {
            o.putNull("date");
            o.putNull("datePrecision");
        } else {
            o.put("date", e.date().iso());
            o.put("datePrecision", e.date().precision().name().toLowerCase(java.util.Locale.ROOT));
            o.put("dateOrigin", e.date().origin().name().toLowerCase(java.util.Locale.ROOT));
            o.put("dateText", e.date().text());
        }
        o.set("place", place(e.place()));
        ObjectNode sentence = o.putObject("sentence");
        putSpan(sentence, e.sentence());
        sentence.put("text", e.sentence().of(doc.text()));
        o.set("trigger", mention(e.trigger().text(), e.trigger().span()));
        o.put("rule", e.rule());
        if (e.attribution() == null) {
            o.putNull("attribution");
        } else {
            ObjectNode at = o.putObject("attribution");
            at.put("name", e.attribution().name());
            at.put("actor", e.attribution().actorId());
        }
        return o;
    }

    private ObjectNode place(Place p) {
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

    /**
     * A party of an event: its {@link #ref}; when it names no actor and no country, the country of the
     * place its own words name ("Mombasa University": KEN), or, for an unnamed group of people, of the
     * event's place ("demonstrators in Mombasa blocked a road": KEN) as its {@code code}, with
     * {@code codeFrom: "place"} and the place's name as {@code codePlace}, the convention of
     * location-coded event data for actors of unknown nationality. Failing that, a person, an unnamed
     * group of people or a group named for an organisation ("Zambezi rebels") of no known country, in
     * a document that names one country and no other ("former President X ... the Zambian
     * government"), is coded with it, {@code codeFrom:
     * "document"}: as a reader takes them, they are of the country the text is about. The actor's
     * {@code country} stays null: only the event's coding uses the place or the document.
     */
    private ObjectNode eventRef(ActorRef r, Place eventPlace, boolean target, Document doc, String soleCountry) {
        ObjectNode o = ref(r);
        if (!o.get("code").isNull()) {
            return o;
        }
        Actor actor = r.actorId() == null ? null : doc.actor(r.actorId());
        Place by = r.actorId() != null ? null : r.place() != null && r.place().country() != null ? r.place()
                : eventPlace != null && eventPlace.country() != null && (target || isPeople(r.name())) ? eventPlace : null;
        if (by != null) {
            o.put("code", by.country());
            o.put("codeFrom", "place");
            o.put("codePlace", by.name());
        } else if (soleCountry != null && (actor != null ? actor.type() == org.argus.model.ActorType.PERSON
                || actor.type() == org.argus.model.ActorType.ORGANIZATION && isPeople(wordsAt(r.span(), doc.text(), r.name()))
                : r.actorId() == null && isPeople(r.name()))) {
            o.put("code", soleCountry);
            o.put("codeFrom", "document");
        }
        return o;
    }

    /**
     * A party the text leaves unnamed, coded as location-coded event data does: a protest that names
     * no one it is aimed at is aimed at the authorities (sector GOV), an attack whose attackers go
     * unnamed is by unidentified attackers (no sector), an arrest by no one named is by the
     * authorities, all of the place the event happens in, else of the one country of the other
     * parties ({@code others}, named {@code othersName}): no name and no actor, {@code code} with
     * {@code codeFrom: "place"} (and {@code codePlace}) or {@code codeFrom: othersName}. Null when
     * neither is known.
     */
    private ObjectNode implied(Event e, String sector, List<ActorRef> others, String othersName) {
        String code = null;
        String from = null;
        if (e.place() != null && e.place().country() != null) {
            code = e.place().country();
            from = "place";
        } else {
            java.util.Set<String> countries = new java.util.HashSet<>();
            others.forEach(r -> countries.add(r.country() != null ? r.country()
                    : r.place() != null ? r.place().country() : null));
            if (countries.size() == 1 && !countries.contains(null)) {
                code = countries.iterator().next();
                from = othersName;
            }
        }
        if (code == null) {
            return null;
        }
        ObjectNode o = mapper.createObjectNode();
        o.putNull("name");
        o.putNull("actor");
        o.putNull("country");
        o.put("sector", sector);
        o.put("code", code);
        o.put("codeFrom", from);
        if ("place".equals(from)) {
            o.put("codePlace", e.place().name());
        }
        return o;
    }

    /** Nouns for unnamed people and groups whose nationality news leaves to the place: "protesters", "the police". */
    private static final java.util.Set<String> PEOPLE = java.util.Set.of("demonstrators", "protesters", "protestors", "prisoners",
            "inmates", "rioters", "rebels", "militants", "gunmen", "insurgents", "fighters", "guerrillas", "militiamen", "police",
            "policemen", "soldiers", "troops", "forces", "civilians", "people", "residents", "villagers", "students", "workers",
            "strikers", "supporters", "opposition", "government", "authorities", "officials", "refugees", "mob", "crowd", "youths",
            "farmers", "activists", "settlers", "tribesmen", "army", "military", "parliament", "lawmakers", "elders", "clerics",
            "journalists", "doctors", "teachers", "miners", "traders", "pilgrims");

    /** Whether a target is a party at all: a known actor, a country, or an unnamed group of people. */
    private static boolean namesAParty(ActorRef r) {
        return r.actorId() != null || r.country() != null || r.place() != null || isPeople(r.name());
    }

    /** True when the party's words are an unnamed group of people: their head noun is one of {@link #PEOPLE}. */
    private static boolean isPeople(String words) {
        String[] w = words.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        return w.length > 0 && PEOPLE.contains(w[w.length - 1]);
    }

    private ObjectNode ref(ActorRef r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("name", r.name());
        o.put("actor", r.actorId());
        o.put("country", r.country());
        o.put("sector", r.sector());
        o.put("code", r.country() != null ? r.country()
                : "IGO".equals(r.sector()) || "NGO".equals(r.sector()) || "IMG".equals(r.sector()) ? r.sector() : null);
        return o;
    }

    private ObjectNode mention(String text, Span span) {
        ObjectNode o = mapper.createObjectNode();
        o.put("text", text);
        putSpan(o, span);
        return o;
    }

    private static void putSpan(ObjectNode o, Span span) {
        if (span == null) {
            o.putNull("start");
            o.putNull("end");
        } else {
            o.put("start", span.start());
            o.put("end", span.end());
        }
    }
}
