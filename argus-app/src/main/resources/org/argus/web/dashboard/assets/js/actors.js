// All corpus actors, filtered by name, type and country; each links to its page.
import { el, api, pager, markNav, actorHref } from './dom.js';

markNav();
const form = document.getElementById('filter');
const list = document.getElementById('actors');
const actors = pager(list, (cursor) => api('/api/actors', { ...Object.fromEntries(new FormData(form).entries()), cursor }), (a) =>
  el('li', { class: 'actor' }, el('a', { href: actorHref(a.id) }, a.name), ' ',
    el('span', { class: 'muted' }, [a.type.toLowerCase(), a.country, a.sector, a.role, `${a.mentions} mention${a.mentions === 1 ? '' : 's'} in ${a.articles.length} article${a.articles.length === 1 ? '' : 's'}`]
      .filter(Boolean).join(' \u00b7 ')),
    a.aliases.length ? el('div', { class: 'muted small' }, `also: ${a.aliases.slice(0, 8).join(', ')}`) : null));
list.after(actors.button);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  actors.reload();
});
actors.reload();
