/** Suppressions: a trigger that another trigger governs (its complement, object or content) is coded by that one. */
package org.argus.events.governed;
