package org.argus.events.cameo;

import java.util.List;
import java.util.Set;

/**
 * One verb line of a CAMEO verb block. {@code verb} is the word a parser tags as the verb, lower case;
 * {@code before} and {@code after} the other words of a multi-word verb ("ask for": verb "ask", after ["for"]);
 * {@code forms} its inflected forms, the verb included; {@code code} the CAMEO code the verb has
 * alone ("" for none), which is its own or its block's.
 */
public record CameoVerb(String block, String verb, List<String> before, List<String> after, Set<String> forms, String code,
        PloverCode plover, String where) {
    public CameoVerb {
        before = List.copyOf(before);
        after = List.copyOf(after);
        forms = Set.copyOf(forms);
    }
}
