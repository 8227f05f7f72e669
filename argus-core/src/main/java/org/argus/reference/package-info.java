/**
 * The one reference resolver, shared like {@code org.argus.grammar} (not a stage): what a personal or
 * possessive pronoun or a definite description refers to, under one policy whose steps are named units
 * ({@link org.argus.reference.Resolver}, docs/rules.md "References"). The actor stage runs it and
 * records each resolved reference as a mention of its actor; later stages read the answer at a token
 * ({@link org.argus.reference.Resolver#at}). Also the vocabulary of offices and groups both use
 * ({@link org.argus.reference.Roles}).
 */
package org.argus.reference;
