package org.argus.rules;

/**
 * A named unit of a stage: one heuristic (a class) or one pattern (a data row), with a stable id such
 * as {@code event.party.hyphen-backed}. Every output a unit makes or shapes lists the unit's id in its
 * {@code trace}, so an analyst can ask which unit made a wrong coding, audit everything that unit made
 * across a corpus ({@code argus events --rule ID}), and fix or remove it. docs/rules.md lists every unit.
 */
public interface Unit {
    /** The stable id: {@code stage.part.name}, lower case, words joined by hyphens. */
    String id();
}
