package org.argus.model;

/**
 * A reference from a quote or event to an actor of the same document.
 *
 * @param name    the name as used where referenced (or the actor's canonical name)
 * @param actorId the {@link Actor#id()} it resolves to, or null when it resolves to no actor
 * @param country ISO alpha-3 country, or null
 * @param sector  sector code, or null
 * @param span    where in the text the reference is, or null
 */
public record ActorRef(String name, String actorId, String country, String sector, Span span) {
}
