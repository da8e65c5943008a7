/**
 * <compare-view>: reads ?r=<identity> (repeated or comma-separated), fetches each region's /compare/<id>.json and
 * draws one table per indicator (value per region, linked to its record) with a line chart when there are years.
 */
type Data = {
  name: string;
  indicators: Array<{ id: string; name: string; basis: string; points: [number, number | null, string, string][] }>;
};
const COLORS = ['#1d4ed8', '#c2410c', '#15803d', '#7c3aed', '#6b7280'];
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function chart(list: Data[], id: string): string {
  const series = list.map((d) => d.indicators.find((i) => i.id === id)?.points.filter((p) => p[1] !== null) ?? []);
  const all = series.flat();
  const years = all.map((p) => p[0]);
  const vals = all.map((p) => p[1]!);
  const [y0, y1, lo, hi] = [Math.min(...years), Math.max(...years), Math.min(0, ...vals), Math.max(...vals)];
  if (y1 === y0) return '';
  const x = (y: number) => 8 + ((y - y0) / (y1 - y0)) * 344;
  const y = (v: number) => 10 + (1 - (v - lo) / (hi - lo || 1)) * 110;
  const paths = series
    .map(
      (s, i) =>
        `<path fill="none" stroke-width="2" stroke="${COLORS[i % 5]}" d="${s.map((p, j) => `${j ? 'L' : 'M'}${x(p[0]).toFixed(1)},${y(p[1]!).toFixed(1)}`).join('')}"/>`,
    )
    .join('');
  return `<svg viewBox="0 0 360 140" width="100%" role="img" aria-label="${y0}~${y1}년 추이" class="series">${paths}<text x="8" y="136" font-size="11">${y0}</text><text x="352" y="136" font-size="11" text-anchor="end">${y1}</text></svg>`;
}

class CompareView extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const ids = new URLSearchParams(location.search)
      .getAll('r')
      .flatMap((r) => r.split(','))
      .filter((r) => /^\d+$/.test(r));
    const select = this.querySelector('select')!;
    for (const o of Array.from(select.options)) o.selected = ids.includes(o.value);
    if (!ids.length) return;
    const list = (
      await Promise.all(
        ids.slice(0, 5).map((id) =>
          fetch(this.dataset.json!.replace('ID', id)).then(
            (r) => (r.ok ? r.json() : null),
            () => null,
          ),
        ),
      )
    ).filter(Boolean) as Data[];
    const base = this.dataset.base!.replace(/\/$/, '');
    const indicators = [...new Map(list.flatMap((d) => d.indicators.map((i) => [i.id, i]))).values()];
    const legend = list.map((d, i) => `<span style="color:${COLORS[i % 5]}">━ ${esc(d.name)}</span>`).join(' · ');
    this.querySelector('[data-result]')!.innerHTML =
      `<p>${legend}</p>` +
      indicators
        .map((ind) => {
          const rows = list
            .map((d) => {
              const p = d.indicators.find((i) => i.id === ind.id)?.points.at(-1);
              return `<tr><th scope="row">${esc(d.name)}</th><td class="num">${p ? `<a href="${esc(base + p[3])}">${esc(p[2])}</a> (${p[0]})` : '—'}</td></tr>`;
            })
            .join('');
          return `<section><h2>${esc(ind.name)}</h2><p class="muted">기준: ${esc(ind.basis)}</p>${chart(list, ind.id)}<table><thead><tr><th scope="col">지역</th><th scope="col">값 (연도)</th></tr></thead><tbody>${rows}</tbody></table></section>`;
        })
        .join('');
  }
}
if (!customElements.get('compare-view')) customElements.define('compare-view', CompareView);
