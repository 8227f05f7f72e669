/**
 * The one reference resolver, shared like {@code org.argus.grammar} (not a stage): what a personal or
 * possessive pronoun, a definite description or a relative pronoun refers to, under one policy whose
 * steps are named units (docs/rules.md, "References"). The actor stage runs the {@link
 * org.argus.reference.Resolver} and records each resolved reference as a mention of its actor; later
 * stages read the answer at a token from {@link org.argus.reference.References#at}. Also the vocabulary
 * of offices and groups both use ({@link org.argus.reference.Roles}).
 */
package org.argus.reference;
