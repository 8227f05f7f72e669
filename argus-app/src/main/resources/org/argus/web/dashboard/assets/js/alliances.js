// The alliance network: corpus actors as nodes, SUPPORT and OPPOSE edges told apart by colour and line
// (solid green, dashed red), edge width by independent sources, a month slider that recomputes the
// graph for a period, and an edge's evidence sentences on click.
import cytoscape from '../vendor/cytoscape/cytoscape.esm.min.js';
import { el, add, api, clear, failed, markNav, actorHref, evidence, partyLabel } from './dom.js';
import { edgeItem } from './items.js';

markNav();
const graph = document.getElementById('graph');
const panel = document.getElementById('edge');
const list = document.getElementById('edges');
const from = document.getElementById('from');
const to = document.getElementById('to');
const minimum = document.getElementById('min');
/** At most this many edges are drawn when the minimum of sources is left to choose ("auto"). */
const AUTO_EDGES = 60;
let months = [];
let edges = [];

const style = [
  { selector: 'node', style: { label: 'data(name)', 'font-size': 11, color: '#222', 'text-valign': 'bottom', 'text-margin-y': 3,
    'background-color': '#4a5568', width: 'mapData(degree, 1, 12, 12, 34)', height: 'mapData(degree, 1, 12, 12, 34)' } },
  { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9, opacity: 0.85,
    width: 'mapData(weight, 1, 6, 1.5, 9)' } },
  { selector: 'edge[relation = "SUPPORT"]', style: { 'line-color': '#1a9850', 'target-arrow-color': '#1a9850', 'line-style': 'solid' } },
  { selector: 'edge[relation = "OPPOSE"]', style: { 'line-color': '#d73027', 'target-arrow-color': '#d73027', 'line-style': 'dashed' } },
  { selector: ':selected', style: { 'overlay-color': '#f6c000', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
];

async function start() {
  const overview = await api('/api/overview');
  months = monthsBetween(overview.firstDate, overview.lastDate);
  for (const slider of [from, to]) {
    slider.max = Math.max(0, months.length - 1);
    slider.addEventListener('input', labels);
    slider.addEventListener('change', () => {
      if (Number(from.value) > Number(to.value)) (slider === from ? to : from).value = slider.value;
      labels();
      draw();
    });
  }
  to.value = to.max;
  labels();
  minimum.addEventListener('change', () => render());
  await draw();
}

function labels() {
  document.getElementById('from-label').textContent = months[Number(from.value)] || '';
  document.getElementById('to-label').textContent = months[Number(to.value)] || '';
}

/** The edges of the chosen months (no date filter at the ends of the range). */
async function draw() {
  const params = { limit: 500 };
  if (months.length && Number(from.value) > 0) params.from = `${months[Number(from.value)]}-01`;
  if (months.length && Number(to.value) < months.length - 1) params.to = lastDay(months[Number(to.value)]);
  graph.setAttribute('aria-busy', 'true');
  try {
    // every edge of the period (the "at least N sources" choice filters them here), up to 5,000
    edges = [];
    let cursor = null;
    do {
      const page = await api('/api/alliances', { ...params, cursor });
      edges.push(...page.items);
      cursor = page.next;
    } while (cursor && edges.length < 5000);
    render();
  } catch (e) {
    failed(panel, e);
  } finally {
    graph.removeAttribute('aria-busy');
  }
}

/** Draws the edges with at least the chosen number of sources (auto: the fewest that keep the graph readable). */
function render() {
  let least = Number(minimum.value);
  if (!minimum.value) least = [1, 2, 3, 5, 10].find((n) => edges.filter((e) => e.weight >= n).length <= AUTO_EDGES) || 10;
  const shown = edges.filter((e) => e.weight >= least);
  document.getElementById('shown').textContent = `${shown.length} of ${edges.length} edges (${least}+ sources)`;
  const nodes = new Map();
  shown.forEach((e) => [e.source, e.target].forEach((p) => {
    const n = nodes.get(p.id) || { id: p.id, name: partyLabel(p), degree: 0 };
    n.degree += e.weight;
    nodes.set(p.id, n);
  }));
  const ids = [...nodes.keys()].sort();
  const elements = ids.map((id, i) => ({ data: nodes.get(id),
    position: { x: 300 * Math.cos((2 * Math.PI * i) / ids.length), y: 300 * Math.sin((2 * Math.PI * i) / ids.length) } }));
  shown.forEach((e, i) => elements.push({ data: { id: `e${i}`, source: e.source.id, target: e.target.id, relation: e.relation,
    weight: e.weight, index: i } }));
  clear(graph);
  const cy = cytoscape({ container: graph, elements, style, layout: { name: 'cose', randomize: false, animate: false, nodeRepulsion: () => 400000,
    idealEdgeLength: () => 100, numIter: 1500, fit: true, padding: 40 }, minZoom: 0.2, maxZoom: 1.5, wheelSensitivity: 0.3 });
  cy.on('tap', 'edge', (event) => show(shown[event.target.data('index')]));
  cy.on('tap', 'node', (event) => {
    const n = event.target.data();
    clear(panel).append(el('p', {}, el('a', { href: actorHref(n.id) }, n.name), ' \u00b7 open its page'));
  });
  graph.dataset.edges = String(shown.length);
  clear(list);
  shown.forEach((e) => list.append(edgeItem(e)));
  if (!shown.length) {
    list.append(el('li', { class: 'muted' }, 'No support or opposition between resolved actors in this period.'));
    clear(panel).append(el('p', { class: 'muted' }, 'No edges in this period.'));
  } else {
    clear(panel).append(el('p', { class: 'muted' }, 'Click an edge to see its evidence.'));
  }
}

/** An edge's evidence in the side panel. */
function show(e) {
  const support = e.relation === 'SUPPORT';
  add(clear(panel), [
    el('h2', {}, el('a', { href: actorHref(e.source.id) }, partyLabel(e.source)), ' ',
      el('span', { class: `relation ${e.relation.toLowerCase()}` }, support ? 'supports' : 'opposes'), ' ',
      el('a', { href: actorHref(e.target.id) }, partyLabel(e.target))),
    el('p', { class: 'muted' }, `${e.weight} independent source${e.weight === 1 ? '' : 's'}, ${e.articles.length} article${e.articles.length === 1 ? '' : 's'}${e.from ? ', ' + e.from + (e.to !== e.from ? ' to ' + e.to : '') : ''}`),
    el('ul', { class: 'reports' }, e.evidence.map((ev) => evidence(ev.article, ev.sentence))),
  ]);
}

/** yyyy-mm months from the first date to the last (any precision), in order. */
function monthsBetween(first, last) {
  if (!first || !last) return [];
  let [y, m] = [Number(first.slice(0, 4)), first.length >= 7 ? Number(first.slice(5, 7)) : 1];
  const [ly, lm] = [Number(last.slice(0, 4)), last.length >= 7 ? Number(last.slice(5, 7)) : 12];
  const out = [];
  while ((y < ly || (y === ly && m <= lm)) && out.length < 1200) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

function lastDay(month) {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

start().catch((e) => failed(panel, e));
