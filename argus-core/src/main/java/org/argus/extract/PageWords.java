package org.argus.extract;

import java.util.List;
import java.util.Set;
import org.argus.words.Words;

/**
 * The word lists the page extractor reads (resources {@code org/argus/extract/words/*.txt}, extensible
 * with {@code --words}): class and id words of page furniture, furniture names of two words joined
 * by a hyphen, the elements and region roles that never hold article text, and the meta names that
 * may carry the publication date (in order of trust).
 */
record PageWords(Set<String> furniture, Set<String> furniturePairs, Set<String> removedTags, List<String> removedRoles,
                 List<String> dateMetas) {
    PageWords {
        furniture = Set.copyOf(furniture);
        furniturePairs = Set.copyOf(furniturePairs);
        removedTags = Set.copyOf(removedTags);
        removedRoles = List.copyOf(removedRoles);
        dateMetas = List.copyOf(dateMetas);
    }

    /** The lists of {@code words}. */
    static PageWords of(Words words) {
        return new PageWords(words.set("extract/furniture"), words.set("extract/furniture-pairs"), words.set("extract/removed-tags"),
                words.list("extract/removed-roles"), words.list("extract/date-metas"));
    }
}
