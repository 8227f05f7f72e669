// How the pages show the corpus's items: events of the timeline, alliance edges, disputes, quotes.
// Every sentence links to its article page, where it is highlighted.
import { el, add, articleHref, actorHref, evidence, partyLabel, typeBadge } from './dom.js';

/** A key event: date, type, parties, place, and its reports' sentences, each opening its article there. */
export function eventItem(e) {
  return el('li', { class: 'event' }, el('div', {}, eventHead(e)), reportList(e));
}

/** An alliance edge seen from actor {@code self} (or from its source when self is not given), with its evidence. */
export function edgeItem(a, self) {
  const seenFromTarget = self !== undefined && a.target.id === self;
  const support = a.relation === 'SUPPORT';
  const other = seenFromTarget ? a.source : a.target;
  const verb = seenFromTarget ? (support ? 'is supported by' : 'is opposed by') : (support ? 'supports' : 'opposes');
  return el('li', { class: `edge ${a.relation.toLowerCase()}` },
    el('div', {}, self === undefined ? [el('a', { href: actorHref(a.source.id) }, partyLabel(a.source)), ' '] : null,
      el('span', { class: `relation ${a.relation.toLowerCase()}` }, verb), ' ', el('a', { href: actorHref(other.id) }, partyLabel(other)),
      el('span', { class: 'muted' }, ` \u00b7 ${a.weight} independent source${a.weight === 1 ? '' : 's'}${a.from ? ', ' + a.from + (a.to !== a.from ? ' to ' + a.to : '') : ''}`)),
    el('ul', { class: 'reports' }, a.evidence.map((ev) => evidence(ev.article, ev.sentence))));
}

/** A disputed claim: the accused, who asserts (with sentences), the denials. */
export function disputeItem(d) {
  return el('li', { class: 'dispute' },
    el('div', {}, el('a', { href: actorHref(d.accused.id) }, partyLabel(d.accused)), ' is accused and denies'),
    el('ul', { class: 'reports' },
      d.assertedBy.flatMap((s) => s.evidence.map((ev) => add(evidence(ev.article, ev.sentence), [' ', el('span', { class: 'side' }, `asserted by ${partyLabel(s.party)}`)]))),
      d.denials.map((ev) => add(evidence(ev.article, ev.sentence), [' ', el('span', { class: 'side' }, 'denial')]))));
}

/** A quote with its speaker, linking to its place in the article. */
export function quoteItem(q) {
  const speaker = q.speaker ? (q.speaker.actorName || q.speaker.name) : 'unattributed';
  return el('li', { class: 'quote' },
    el('a', { href: articleHref(q.article, { start: q.start, end: q.end }), class: 'sentence' }, `\u201c${q.text}\u201d`),
    el('div', { class: 'muted' }, `${speaker} (${q.kind}${q.cue ? ', ' + q.cue.text : ''}) \u00b7 ${q.title || q.article}${q.published ? ', ' + q.published : ''}`));
}

/** The one-line head of a timeline entry. */
export function eventHead(e) {
  const who = `${e.sources.join(', ') || '?'}${e.targets.length ? ' \u2192 ' + e.targets.join(', ') : ''}`;
  return [el('strong', {}, e.date), ` (${e.datePrecision}) `, typeBadge(e.type), e.negated ? ' not ' : ' ', who,
    e.place ? ` @ ${e.place}` : '', el('span', { class: 'muted' }, ` \u00b7 ${e.independentSources} source${e.independentSources === 1 ? '' : 's'}, ${e.reports.length} report${e.reports.length === 1 ? '' : 's'}`)];
}

/** The distinct report sentences of a timeline entry, as evidence items. */
export function reportList(e) {
  const reports = el('ul', { class: 'reports' });
  const seen = new Set();
  for (const r of e.reports) {
    if (seen.has(r.article + '\u001f' + r.sentence)) continue;
    seen.add(r.article + '\u001f' + r.sentence);
    reports.append(evidence(r.article, r.sentence));
  }
  return reports;
}
