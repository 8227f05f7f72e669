/** The codes stage: each event party's code in event data (country, organisation class, place or document country). */
package org.argus.codes;
