package org.argus.store;

/** What storing an article did: inserted it, or replaced the stored copy (same id or same text). */
public record UpsertResult(String articleId, boolean inserted) {
}
