package org.argus.store;

/**
 * What storing an article did: inserted it, or replaced the stored copy (same id or same text); and
 * when the article repeats most of a stored one (syndicated or republished copy), the original it
 * was linked to and the share of the shorter text found in the other.
 *
 * @param duplicateOf the id of the original this article was linked to, or null
 * @param containment the share of the shorter text's shingles found in the other (0 when not linked)
 */
public record UpsertResult(String articleId, boolean inserted, String duplicateOf, double containment) {
    public UpsertResult(String articleId, boolean inserted) {
        this(articleId, inserted, null, 0);
    }
}
