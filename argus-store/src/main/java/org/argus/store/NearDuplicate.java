package org.argus.store;

/**
 * A stored near-duplicate link: {@code article} repeats most of {@code original}, the first stored
 * article of its group. Outlets are the articles' outlet names, else their web hosts, else null.
 */
public record NearDuplicate(String article, String articleOutlet, String original, String originalOutlet, double containment) {
}
