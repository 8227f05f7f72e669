/** Reading the inputs of a Spark job from any Hadoop file system: listing on the driver, reading on the executors. */
package org.argus.spark.input;
