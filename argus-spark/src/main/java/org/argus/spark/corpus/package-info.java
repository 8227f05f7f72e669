/** The corpus views as Spark jobs, running the store's logic ({@code org.argus.corpus}) over the job's outputs. */
package org.argus.spark.corpus;
