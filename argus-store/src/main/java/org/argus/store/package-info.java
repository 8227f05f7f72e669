/**
 * The corpus database: SQLite through JDBC, one file, versioned schema migrations. Each article is
 * written in one transaction, so a failure never leaves half an article or touches other articles.
 */
package org.argus.store;
