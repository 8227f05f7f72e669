/**
 * {@code argus serve}: the JSON API over the corpus store and the dashboard that reads it (issue 24).
 * The only package that imports the web server library (Javalin, on Jetty); it adds no analysis of
 * its own: every list is a store query or corpus view, every object the one the rest of Argus prints.
 */
package org.argus.web;
