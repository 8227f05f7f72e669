/**
 * Places: where each event happened, from the locations of its sentence, resolved with a gazetteer
 * generated from GeoNames and world-countries, disambiguated by the countries of the article.
 */
package org.argus.places;
