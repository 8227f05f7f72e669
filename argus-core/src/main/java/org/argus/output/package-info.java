/**
 * Renders analysed documents for people and programs: the JSONL schema (documented in
 * docs/schema.md; fields are only ever added, never renamed) and a readable text summary.
 */
package org.argus.output;
