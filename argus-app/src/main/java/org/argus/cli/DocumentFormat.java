package org.argus.cli;

/** How the commands that print articles print them: a readable summary or one JSON object per line. */
enum DocumentFormat { text, jsonl }
