package org.argus.actors.phoenix;

import java.util.List;

/**
 * An agent word or phrase ("farmer", "foreign minister") and the sector it gives: {@code code} as
 * written ({@code ~GOV}, {@code NGO~}), {@code sector} its first part, {@code more} the others;
 * {@code after}: PETRARCH appends the code to the actor's ({@code ~GOV}) rather than putting it first.
 */
public record PhoenixAgent(String phrase, List<String> forms, String code, String sector, List<String> more,
        boolean after, String where) {
    public PhoenixAgent {
        forms = List.copyOf(forms);
        more = List.copyOf(more);
    }
}
