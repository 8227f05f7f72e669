/**
 * Wiring: builds the pipeline from its stages with one shared annotator, and runs inputs through it
 * in parallel while keeping their order. No command-line parsing here (that is {@code org.argus.cli}).
 */
package org.argus.app;
