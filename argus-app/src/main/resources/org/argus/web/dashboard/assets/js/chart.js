// Events per type and month as a stacked bar chart, drawn as SVG elements (no markup from data).
import { el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The chart of [{month, type, count}], with a legend of the types that occur. */
export function monthChart(allCounts, types) {
  const counts = allCounts.filter((c) => c.month.length === 7);
  const yearOnly = allCounts.filter((c) => c.month.length !== 7).reduce((a, c) => a + c.count, 0);
  if (!counts.length) return el('p', { class: 'muted' }, 'No events dated to the month.');
  const all = continuousMonths(counts.map((c) => c.month));
  // events dated long before the corpus (history an article recalls) would squeeze the bars: the chart
  // starts at the month from which 99% of the events on it are dated, and says how many came before
  const total = counts.reduce((a, c) => a + c.count, 0);
  let before = 0;
  let startAt = 0;
  for (; startAt < all.length; startAt++) {
    const n = counts.filter((c) => c.month === all[startAt]).reduce((a, c) => a + c.count, 0);
    if (before + n > total * 0.01) break;
    before += n;
  }
  const months = all.slice(startAt);
  const byMonth = new Map(months.map((m) => [m, new Map()]));
  for (const c of counts) if (byMonth.has(c.month)) byMonth.get(c.month).set(c.type, c.count);
  const totals = months.map((m) => [...byMonth.get(m).values()].reduce((a, b) => a + b, 0));
  const max = Math.max(...totals);
  const width = 900;
  const height = 220;
  const left = 36;
  const bottom = 28;
  const bar = (width - left) / months.length;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'bars', role: 'img',
    'aria-label': `Events per type and month, ${months[0]} to ${months[months.length - 1]}` });
  const scale = (height - bottom - 8) / max;
  chart.append(svg('text', { x: 0, y: 12, class: 'axis' }, String(max)));
  chart.append(svg('line', { x1: left - 4, x2: width, y1: height - bottom, y2: height - bottom, class: 'axis-line' }));
  months.forEach((month, i) => {
    let y = height - bottom;
    for (const type of types) {
      const n = byMonth.get(month).get(type);
      if (!n) continue;
      const h = n * scale;
      y -= h;
      const rect = svg('rect', { x: left + i * bar + 1, y, width: Math.max(1, bar - 2), height: h, class: `type-${type.toLowerCase()}` });
      rect.append(svg('title', {}, `${month} ${type}: ${n}`));
      chart.append(rect);
    }
    const every = Math.ceil(months.length / 12);
    if (i % every === 0) chart.append(svg('text', { x: left + i * bar, y: height - 8, class: 'axis' }, month));
  });
  const present = types.filter((t) => counts.some((c) => c.type === t));
  const legend = el('div', { class: 'legend' }, present.map((t) => el('span', { class: `key type-${t.toLowerCase()}` }, t)));
  const notes = [before ? `${before} event${before === 1 ? '' : 's'} dated before ${months[0]}` : null,
    yearOnly ? `${yearOnly} dated only by their year` : null].filter(Boolean);
  const note = notes.length ? el('p', { class: 'muted small' }, `Not shown: ${notes.join('; ')}.`) : null;
  return el('div', {}, chart, legend, note);
}

/** Every month from the first to the last of these (yyyy-mm, or yyyy for a year), in order. */
function continuousMonths(values) {
  const sorted = [...new Set(values)].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let [y, m] = [Number(first.slice(0, 4)), first.length >= 7 ? Number(first.slice(5, 7)) : 1];
  const [ly, lm] = [Number(last.slice(0, 4)), last.length >= 7 ? Number(last.slice(5, 7)) : 12];
  const out = [];
  while ((y < ly || (y === ly && m <= lm)) && out.length < 2400) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}
