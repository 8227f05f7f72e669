// Small helpers every page uses. Text from the corpus is untrusted: it only ever reaches the page
// as text nodes (el() appends strings with createTextNode) or as attribute values set one by one;
// nothing here writes HTML from data, and links to the outside are limited to http(s).

/** An element with attributes and children; strings become text nodes, never markup. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'href') node.setAttribute('href', safeHref(value));
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  add(node, children);
  return node;
}

/** Appends children (nodes, strings, arrays of them; null and false are skipped). */
export function add(node, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Removes every child of a node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A link this dashboard made, or an http(s) URL; anything else (javascript:, data:) becomes '#'. */
export function safeHref(value) {
  const s = String(value);
  if (s.startsWith('/') && !s.startsWith('//')) return s;
  try {
    const url = new URL(s);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch (e) {
    return '#';
  }
}

/** GETs an API path with query parameters (empty ones left out); rejects with the API's error message. */
export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && String(v).trim() !== '') query.set(k, v);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({ error: `${response.status} ${response.statusText}` }));
  if (!response.ok) throw new Error(body.error || `${response.status} ${response.statusText}`);
  return body;
}

/** The article page, with a passage to highlight: {start, end} offsets or a sentence to find. */
export function articleHref(id, passage = {}) {
  const query = new URLSearchParams();
  if (Number.isInteger(passage.start) && Number.isInteger(passage.end)) {
    query.set('start', passage.start);
    query.set('end', passage.end);
  } else if (passage.find) {
    query.set('find', passage.find);
  }
  const q = query.toString();
  return `/articles/${encodeURIComponent(id)}${q ? '?' + q : ''}`;
}

/** The page of a corpus actor. */
export function actorHref(id) {
  return `/actors/${encodeURIComponent(id)}`;
}

/** A quoted evidence sentence linking to its article page, where it is highlighted. */
export function evidence(article, sentence, passage) {
  return el('li', { class: 'evidence' },
    el('a', { href: articleHref(article, passage || { find: sentence }), class: 'sentence' }, `\u201c${sentence}\u201d`),
    ' ', el('span', { class: 'muted' }, article));
}

/** Shows a failure in place of a section's content. */
export function failed(node, error) {
  clear(node).append(el('p', { class: 'error', role: 'alert' }, `Could not load: ${error.message}`));
}

/** A "More" button under a list that loads the next page while there is one. */
export function pager(list, load, render) {
  const more = el('button', { type: 'button', class: 'more' }, 'More');
  let next = null;
  async function fetchPage(cursor) {
    more.disabled = true;
    try {
      const page = await load(cursor);
      page.items.forEach((item) => list.append(render(item)));
      if (!page.items.length && !cursor) list.append(el('li', { class: 'muted' }, 'Nothing here.'));
      next = page.next;
      more.hidden = !next;
    } catch (e) {
      list.append(el('li', { class: 'error', role: 'alert' }, `Could not load: ${e.message}`));
      more.hidden = true;
    } finally {
      more.disabled = false;
    }
  }
  more.addEventListener('click', () => fetchPage(next));
  return { button: more, reload: () => { clear(list); return fetchPage(null); } };
}

/** Marks the current page's link in the navigation bar. */
export function markNav() {
  const page = document.body.dataset.page;
  for (const a of document.querySelectorAll('nav a')) {
    if (a.dataset.page === page) a.setAttribute('aria-current', 'page');
  }
}

/** "Russia (RUS)". */
export function partyLabel(p) {
  return p.country ? `${p.name} (${p.country})` : p.name;
}

/** The PLOVER types, in the order the legend shows them. */
export const EVENT_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

/** A small badge naming an event type, in its colour. */
export function typeBadge(type) {
  return el('span', { class: `type type-${String(type).toLowerCase()}` }, type);
}
