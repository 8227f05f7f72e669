package org.argus.store;

import java.util.List;

/**
 * One actor across the corpus: the per-article actors that share a normalised name and type, or that
 * were merged as one (an acronym, a transliteration); {@code evidence} says why each merge was made.
 */
public record CorpusActor(String id, String name, String type, String country, String sector, String role,
                          List<String> aliases, int mentions, List<String> articles, List<String> evidence) {
}
