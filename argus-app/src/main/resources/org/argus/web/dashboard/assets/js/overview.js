// The overview: corpus counts, events per type by month, the (searchable) articles, the top actors.
import { el, add, api, clear, failed, pager, markNav, articleHref, actorHref, EVENT_TYPES } from './dom.js';
import { monthChart } from './chart.js';

markNav();

const stats = document.getElementById('stats');
const chart = document.getElementById('chart');
api('/api/overview').then((o) => {
  const span = o.firstDate ? `${o.firstDate} to ${o.lastDate}` : 'no dates';
  add(clear(stats), [stat(o.articles, 'articles'), stat(o.events, 'events'), stat(o.quotes, 'quotes'), stat(span, 'dated')]);
  clear(chart).append(monthChart(o.eventsByMonth, EVENT_TYPES));
}).catch((e) => failed(stats, e));

function stat(value, label) {
  return el('div', { class: 'stat' }, el('strong', {}, value), ' ', label);
}

const list = document.getElementById('articles');
const form = document.getElementById('search');
const articles = pager(list, (cursor) => api('/api/articles', { ...formValues(form), cursor, limit: 20 }), articleItem);
list.after(articles.button);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  articles.reload();
});
articles.reload();

function formValues(f) {
  return Object.fromEntries(new FormData(f).entries());
}

function articleItem(a) {
  return el('li', { class: 'article' },
    el('a', { href: articleHref(a.id), class: 'title' }, a.title || a.id),
    el('div', { class: 'muted' }, [a.source, a.published, `${a.events} events`, `${a.quotes} quotes`, `${a.actors} actors`]
      .filter(Boolean).join(' \u00b7 '), a.duplicateOf ? ` \u00b7 repeats ${a.duplicateOf}` : ''),
    a.snippet ? el('div', { class: 'snippet' }, a.snippet) : null);
}

const top = document.getElementById('top-actors');
api('/api/actors', { limit: 12 }).then((page) => {
  for (const a of page.items) {
    top.append(el('li', {}, el('a', { href: actorHref(a.id) }, a.name), ' ',
      el('span', { class: 'muted' }, `${a.type.toLowerCase()}${a.country ? ', ' + a.country : ''}, ${a.mentions} mention${a.mentions === 1 ? '' : 's'}`)));
  }
}).catch((e) => failed(top, e));
