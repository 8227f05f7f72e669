/**
 * Rules as named units: {@link org.argus.rules.Unit} (an id), {@link org.argus.rules.Rule} (a unit that
 * shapes one item) and {@link org.argus.rules.Chain} (their order, as data). Modelled on Lucene's
 * analysis chain, spaCy's pattern ids and CoreNLP's attribution sieves (docs/architecture.md).
 */
package org.argus.rules;
