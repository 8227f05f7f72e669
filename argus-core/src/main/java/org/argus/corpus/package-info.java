/** Views over a whole corpus (issue 8): the signed who-backs-whom graph. Pure logic over plain records. */
package org.argus.corpus;
