package org.argus.model;

/**
 * A party of an event or the speaker of a quote: a reference to an actor of the same document, or to
 * someone the text leaves unnamed, with the code an event dataset gives it.
 *
 * @param name     the name as used where referenced (or the actor's canonical name); null for a party
 *                 the text implies but does not name (the unnamed attackers of "a journalist was killed")
 * @param actorId  the {@link Actor#id()} it resolves to, or null when it resolves to no actor
 * @param country  ISO alpha-3 country of the actor, or null
 * @param sector   sector code, or null
 * @param span     where in the text the reference is, or null
 * @param place    the place that locates a party that names no actor: the one its own words name
 *                 ("Mombasa University"), or the one its code was taken from; otherwise null
 * @param code     the party's code in event data: its country, else an organisation class (IGO, NGO,
 *                 IMG), else a country inferred from the place or the document; null when unknown
 * @param codeFrom where {@code code} comes from: "actor", "place", "document", or "source"/"target"
 *                 (the one country of the other side's parties); null when there is no code
 */
public record ActorRef(String name, String actorId, String country, String sector, Span span, Place place, String code,
                       String codeFrom) {
    /** A reference not yet coded: its code is its own country or organisation class, when it has one. */
    public ActorRef(String name, String actorId, String country, String sector, Span span, Place place) {
        this(name, actorId, country, sector, span, place, ownCode(country, sector), ownCode(country, sector) == null ? null : "actor");
    }

    /** A reference with no place of its own. */
    public ActorRef(String name, String actorId, String country, String sector, Span span) {
        this(name, actorId, country, sector, span, null);
    }

    public ActorRef withPlace(Place newPlace) {
        return new ActorRef(name, actorId, country, sector, span, newPlace, code, codeFrom);
    }

    /** This reference coded {@code newCode}, taken from {@code from}, located by {@code by} (may be null). */
    public ActorRef coded(String newCode, String from, Place by) {
        return new ActorRef(name, actorId, country, sector, span, by == null ? place : by, newCode, from);
    }

    /** The code an actor's own attributes give: its country, else its organisation class (IGO, NGO, IMG). */
    static String ownCode(String country, String sector) {
        if (country != null) {
            return country;
        }
        return "IGO".equals(sector) || "NGO".equals(sector) || "IMG".equals(sector) ? sector : null;
    }
}
