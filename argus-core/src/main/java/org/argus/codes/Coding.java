package org.argus.codes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.Span;

/**
 * One event whose parties are being coded: its parties as they stand, the document they are read
 * from, and the one country the document's actors name (when they name exactly one and the places
 * lie in no other). Mutable; one per event, used by one thread.
 */
final class Coding {
    final Document doc;
    final Event event;
    final String soleCountry;
    final Set<String> people;
    final List<ActorRef> source;
    final List<ActorRef> target;

    Coding(Document doc, Event event, String soleCountry, Set<String> people) {
        this.doc = doc;
        this.event = event;
        this.soleCountry = soleCountry;
        this.people = people;
        this.source = new ArrayList<>(event.source());
        this.target = new ArrayList<>(event.target());
    }

    /**
     * The one country the document's actors name when its places are in no other, or null (a place
     * alone does not make the country of a text: a visitor is often all the text tells of one).
     */
    static String soleCountry(Document doc) {
        Set<String> countries = new HashSet<>();
        doc.actors().stream().map(Actor::country).filter(Objects::nonNull).forEach(countries::add);
        Set<String> placed = new HashSet<>();
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

    /** True when the words' head noun (the last word) names an unnamed group of people: "protesters", "the police". */
    boolean isPeople(String words) {
        if (words == null) {
            return false;
        }
        String[] w = words.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        return w.length > 0 && people.contains(w[w.length - 1]);
    }

    /** The text at {@code at} when the span lies inside the document's text, else {@code otherwise}. */
    String wordsAt(Span at, String otherwise) {
        String text = doc.text();
        return at != null && at.end() <= text.length() && at.start() < at.end() ? at.of(text) : otherwise;
    }

    /** Whether a party is one at all: a known actor, a country, a place, or an unnamed group of people. */
    boolean namesAParty(ActorRef r) {
        return r.actorId() != null || r.country() != null || r.place() != null || isPeople(r.name());
    }

    Event result(List<String> trace) {
        Event out = event.withParties(source, target);
        for (String unit : trace) {
            out = out.traced(unit);
        }
        return out;
    }
}
