package org.argus.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the id-to-rule map a {@link Chain} is loaded against. */
public final class Rules {
    private Rules() {
    }

    /** The rules by id, in the order given; two rules with one id fail. */
    @SafeVarargs
    public static <C> Map<String, Rule<C>> byId(Rule<C>... rules) {
        Map<String, Rule<C>> out = new LinkedHashMap<>();
        for (Rule<C> r : rules) {
            if (out.put(r.id(), r) != null) {
                throw new IllegalStateException("two rules with id " + r.id());
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
