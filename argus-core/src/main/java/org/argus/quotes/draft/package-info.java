/**
 * What the quote chains read and shape: a document as a {@link org.argus.quotes.draft.Passage}, its
 * quoted spans, cues and quote drafts, and the one place a speaker is resolved to an actor
 * ({@link org.argus.quotes.draft.Speakers}).
 */
package org.argus.quotes.draft;
