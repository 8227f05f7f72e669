/** Loading a Spark job's articles into the corpus database. */
package org.argus.spark.load;
