/** Argus on Apache Spark: the job (options, reading, analysis, outputs) and its entry point. */
package org.argus.spark;
