/**
 * Triggers: what each token of a sentence triggers, as a chain of units over a token draft. The
 * lexicon's lookups are units here; another source of triggers is another unit of the chain.
 */
package org.argus.events.trigger;
