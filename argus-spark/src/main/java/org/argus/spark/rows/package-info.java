/** The outputs of a Spark job: their schemas (data files), the records of each kind, Parquet and JSON lines. */
package org.argus.spark.rows;
