// One actor: its brief (key events with their reports, quotes by and about it, alliances, disputes).
import { el, api, clear, failed, markNav } from './dom.js';
import { eventItem, edgeItem, disputeItem, quoteItem } from './items.js';

markNav();
const id = decodeURIComponent(location.pathname.split('/').pop());
const sections = ['events', 'alliances', 'disputes', 'quotes-by', 'quotes-about'].map((s) => document.getElementById(s));

load().catch((e) => sections.forEach((s) => failed(s, e)));

async function load() {
  const actor = await api(`/api/actors/${encodeURIComponent(id)}`);
  document.title = `Argus \u00b7 ${actor.name}`;
  document.getElementById('name').textContent = actor.name;
  document.getElementById('facts').textContent = [actor.type.toLowerCase(), actor.country, actor.sector, actor.role,
    `${actor.mentions} mention${actor.mentions === 1 ? '' : 's'} in ${actor.articles.length} article${actor.articles.length === 1 ? '' : 's'}`, actor.aliases.length ? `also ${actor.aliases.slice(0, 10).join(', ')}` : null]
    .filter(Boolean).join(' \u00b7 ');
  const brief = await api('/api/brief', { actor: actor.name, events: 20, quotes: 12 });
  const [events, alliances, disputes, by, about] = sections.map(clear);
  brief.events.forEach((e) => events.append(eventItem(e)));
  brief.alliances.forEach((a) => alliances.append(edgeItem(a, actor.id)));
  brief.disputes.forEach((d) => disputes.append(disputeItem(d)));
  brief.quotesBy.forEach((q) => by.append(quoteItem(q)));
  brief.quotesAbout.forEach((q) => about.append(quoteItem(q)));
  for (const s of sections) if (!s.children.length) s.append(el('li', { class: 'muted' }, 'None in the corpus.'));
}

