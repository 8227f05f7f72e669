package org.argus.model;

/** What kind of actor a mention names. */
public enum ActorType { PERSON, ORGANIZATION, COUNTRY, GROUP, LOCATION }
