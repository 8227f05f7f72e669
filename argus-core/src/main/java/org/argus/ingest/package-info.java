/**
 * Ingest: reads files and folders of .txt, .html/.htm and .jsonl articles into
 * {@link org.argus.model.RawDocument}s, streaming, with one clear failure per bad input.
 */
package org.argus.ingest;
