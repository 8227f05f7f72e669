package org.argus.model;

/** Where an event happened. Coordinates are null when unknown. */
public record Place(String name, String country, Double lat, Double lon, Span span) {
}
