package org.argus.reference;

/** What the resolver needs to know of a word's country: "the Kenyan minister", "Kenya's top diplomat". */
public interface CountryWords {
    /** The country (ISO 3166-1 alpha-3) that {@code words} name, are the nationality of or are the capital of; null for none or an organisation. */
    String countryOf(String words);

    /** True when {@code words} are a country's name (not its demonym or capital). */
    boolean isCountryName(String words);
}
