// The timeline: real-world events in date order, filtered by actor, type and dates; each opens its reports.
import { el, api, pager, markNav, EVENT_TYPES } from './dom.js';
import { eventHead, reportList } from './items.js';

markNav();
const form = document.getElementById('filter');
const select = document.getElementById('type');
EVENT_TYPES.forEach((t) => select.append(el('option', {}, t)));
const params = new URLSearchParams(location.search);
for (const name of ['actor', 'type', 'from', 'to']) {
  if (params.get(name)) form.elements[name].value = params.get(name);
}
const list = document.getElementById('timeline');
const timeline = pager(list, (cursor) => api('/api/timeline', { ...Object.fromEntries(new FormData(form).entries()), cursor }), (e) =>
  el('li', { class: 'event' }, el('details', {}, el('summary', {}, eventHead(e)), reportList(e))));
list.after(timeline.button);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.replaceState(null, '', `?${new URLSearchParams([...new FormData(form).entries()].filter(([, v]) => v))}`);
  timeline.reload();
});
timeline.reload();
