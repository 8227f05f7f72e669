package org.argus.model;

/**
 * A reference from a quote or event to an actor of the same document.
 *
 * @param name    the name as used where referenced (or the actor's canonical name)
 * @param actorId the {@link Actor#id()} it resolves to, or null when it resolves to no actor
 * @param country ISO alpha-3 country, or null
 * @param sector  sector code, or null
 * @param span    where in the text the reference is, or null
 * @param place   for a party that names no actor, the place its own words name ("Mombasa University",
 *                "the Kisumu county administration"), which locates it; otherwise null
 */
public record ActorRef(String name, String actorId, String country, String sector, Span span, Place place) {
    /** A reference with no place of its own. */
    public ActorRef(String name, String actorId, String country, String sector, Span span) {
        this(name, actorId, country, sector, span, null);
    }

    public ActorRef withPlace(Place newPlace) {
        return new ActorRef(name, actorId, country, sector, span, newPlace);
    }
}
