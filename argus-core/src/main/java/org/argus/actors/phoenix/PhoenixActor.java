package org.argus.actors.phoenix;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a Phoenix actor dictionary: its stable id, the file it comes from, its name and
 * synonyms as written upstream (upper case), and its codes in the entry's order.
 */
public record PhoenixActor(String id, String file, String name, List<String> synonyms, List<PhoenixRole> roles,
        String where) {
    public PhoenixActor {
        synonyms = List.copyOf(synonyms);
        roles = List.copyOf(roles);
    }

    /** The role held on {@code date}: the first code whose dates hold it, as PETRARCH chooses; empty for none. */
    public Optional<PhoenixRole> roleOn(LocalDate date) {
        for (PhoenixRole r : roles) {
            if (r.holdsOn(date)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
