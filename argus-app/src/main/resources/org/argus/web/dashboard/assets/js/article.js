// One article: its clean text with actor mentions, quotes and event triggers highlighted, their details
// on click, and the passage a link pointed to (?start=&end= offsets, or ?find=sentence) marked and in view.
import { el, add, api, clear, failed, markNav, typeBadge } from './dom.js';

markNav();
const id = decodeURIComponent(location.pathname.slice('/articles/'.length));
const params = new URLSearchParams(location.search);
const textBox = document.getElementById('text');
const details = document.getElementById('details');
let segmentNotes = [];
let shown = { text: '', notes: [] };

load().catch((e) => failed(textBox, e));

async function load() {
  const doc = await api(`/api/articles/${encodeURIComponent(id)}`);
  document.title = `Argus \u00b7 ${doc.title || doc.id}`;
  document.getElementById('title').textContent = doc.title || doc.id;
  const meta = clear(document.getElementById('meta'));
  add(meta, [[doc.source, doc.published, doc.authors.join(', '), doc.language,
    `${doc.actors.length} actors, ${doc.quotes.length} quotes, ${doc.events.length} events`].filter(Boolean).join(' \u00b7 ')]);
  if (isWebAddress(doc.url)) {
    add(meta, [' \u00b7 ', el('a', { href: doc.url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'original' }, 'original')]);
  }
  const notes = annotations(doc);
  const passage = wanted(doc.text);
  if (passage) notes.push({ ...passage, kind: 'hl' });
  render(doc.text, notes);
  const first = textBox.querySelector('.hl');
  if (first) {
    first.id = 'highlight';
    first.scrollIntoView({ block: 'center' });
    showDetails(notes.filter((n) => n.kind !== 'hl' && n.start >= passage.start && n.end <= passage.end
      && (n.kind !== 'mention')).concat([{ ...passage, kind: 'hl' }]));
  } else if (params.has('find') || params.has('start')) {
    details.prepend(el('p', { class: 'error' }, 'The passage the link points to is not in this article\u2019s text.'));
  }
  for (const box of document.querySelectorAll('#layers input')) {
    box.addEventListener('change', () => textBox.classList.toggle(`hide-${box.name}`, !box.checked));
  }
}

function isWebAddress(url) {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch (e) {
    return false;
  }
}

/** Every annotation with valid offsets: actor mentions, quotes, event triggers. */
function annotations(doc) {
  const n = doc.text.length;
  const ok = (s, e) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s < e && e <= n;
  const notes = [];
  for (const actor of doc.actors) {
    for (const m of actor.mentions) if (ok(m.start, m.end)) notes.push({ start: m.start, end: m.end, kind: 'mention', actor, mention: m });
  }
  for (const quote of doc.quotes) if (ok(quote.start, quote.end)) notes.push({ start: quote.start, end: quote.end, kind: 'quote', quote });
  for (const event of doc.events) {
    if (ok(event.trigger.start, event.trigger.end)) notes.push({ start: event.trigger.start, end: event.trigger.end, kind: 'trigger', event });
  }
  return notes;
}

/** The passage the link asks for: offsets, or the first place the sentence stands (spacing ignored). */
function wanted(text) {
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  if (params.has('start') && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length) {
    return { start, end };
  }
  const find = (params.get('find') || '').trim();
  if (!find) return null;
  const at = text.indexOf(find);
  if (at >= 0) return { start: at, end: at + find.length };
  // the views print sentences on one line: match runs of white space as one space
  const positions = [];
  let flat = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) {
      if (flat.endsWith(' ')) continue;
      flat += ' ';
    } else {
      flat += text[i];
    }
    positions.push(i);
  }
  const needle = find.replace(/\s+/g, ' ');
  const k = flat.indexOf(needle);
  return k < 0 ? null : { start: positions[k], end: positions[k + needle.length - 1] + 1 };
}

/** The text cut at every annotation boundary; each piece a span with the classes of what covers it. */
function render(text, notes) {
  const cuts = new Set([0, text.length]);
  notes.forEach((n) => { cuts.add(n.start); cuts.add(n.end); });
  const bounds = [...cuts].sort((a, b) => a - b);
  segmentNotes = [];
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [a, b] = [bounds[i], bounds[i + 1]];
    const covering = notes.filter((n) => n.start <= a && n.end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) {
      out.append(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(covering.map((n) => n.kind))];
    segmentNotes.push(covering);
    out.append(el('span', { class: kinds.join(' '), 'data-seg': segmentNotes.length - 1, tabindex: kinds.some((k) => k !== 'hl') ? 0 : null }, piece));
  }
  clear(textBox).append(out);
  shown = { text, notes };
}

textBox.addEventListener('click', (event) => {
  const span = event.target.closest('[data-seg]');
  if (span) showDetails(segmentNotes[Number(span.dataset.seg)]);
});
textBox.addEventListener('keydown', (event) => {
  const span = event.target.closest('[data-seg]');
  if (span && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    showDetails(segmentNotes[Number(span.dataset.seg)]);
  }
});

/** Marks one passage (and no other) and brings it into view. */
function mark(start, end) {
  render(shown.text, shown.notes.filter((n) => n.kind !== 'hl').concat([{ start, end, kind: 'hl' }]));
  textBox.querySelector('.hl')?.scrollIntoView({ block: 'center' });
}

function showDetails(notes) {
  clear(details);
  const seen = new Set();
  for (const n of notes) {
    const key = n.actor || n.quote || n.event || 'hl';
    if (seen.has(key)) continue;
    seen.add(key);
    details.append(n.kind === 'mention' ? actorCard(n) : n.kind === 'quote' ? quoteCard(n.quote) : n.kind === 'trigger' ? eventCard(n.event)
      : el('section', { class: 'card' }, el('h3', {}, 'The passage you followed'), el('p', { class: 'muted' }, `characters ${n.start} to ${n.end}`)));
  }
}

function row(label, value) {
  return value === null || value === undefined || value === '' ? null : el('div', { class: 'row' }, el('span', { class: 'label' }, label), ' ', value);
}

function actorCard({ actor, mention }) {
  return el('section', { class: 'card actor-card' }, el('h3', {}, 'Actor: ', actor.name),
    row('type', actor.type.toLowerCase()), row('country', actor.country), row('sector', actor.sector), row('role', actor.role),
    row('here', `\u201c${mention.text}\u201d (${mention.kind})`), row('also', actor.aliases.join(', ')));
}

function quoteCard(q) {
  return el('section', { class: 'card quote-card' }, el('h3', {}, `Quote (${q.kind})`), el('blockquote', {}, q.text),
    row('speaker', q.speaker ? `${q.speaker.name}${q.speaker.actorName && q.speaker.actorName !== q.speaker.name ? ' = ' + q.speaker.actorName : ''}` : 'unknown'),
    row('cue', q.cue ? q.cue.text : null), row('rules', q.trace.join(' \u203a ')));
}

function eventCard(e) {
  const parties = (ps) => ps.map((p) => `${p.name || 'unnamed'}${p.code ? ' (' + p.code + ')' : ''}`).join(', ');
  const select = el('button', { type: 'button', class: 'link' }, 'mark its sentence');
  select.addEventListener('click', () => mark(e.sentence.start, e.sentence.end));
  return el('section', { class: 'card event-card' }, el('h3', {}, 'Event ', typeBadge(e.type), e.negated ? ' (negated)' : ''),
    row('who', parties(e.source) || '?'), row('on whom', parties(e.target)), row('trigger', `\u201c${e.trigger.text}\u201d`),
    row('date', e.date ? `${e.date} (${e.datePrecision}${e.dateText ? ', \u201c' + e.dateText + '\u201d' : ''})` : null),
    row('place', e.place ? `${e.place.name}${e.place.country ? ' (' + e.place.country + ')' : ''}` : null),
    row('modality', e.modality), row('mode', e.mode), row('rules', e.trace.join(' \u203a ')),
    el('blockquote', { class: 'sentence' }, e.sentence.text), select);
}
