/**
 * Extract: from a page or scraped text to the article body and its metadata, with boilerplate
 * (menus, promos, related lists, captions and credits) removed. jsoup types never leave this package.
 */
package org.argus.extract;
