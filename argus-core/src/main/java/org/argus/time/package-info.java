/**
 * Time: resolves each event's date from the time expressions of its sentence against the article's
 * publication date, with the precision the expression carries.
 */
package org.argus.time;
