/** <award-filter> (AwardTable.astro): the in-place filter of award tables by year, evaluation, grade and 시도. */
import {
  FILTER_KEYS,
  filterFromQuery,
  matchesFilter,
  queryFromFilter,
  type AwardFilter,
} from '../core/views/awards.ts';

// Progressive enhancement: without this script the table is complete and the view links do the filtering.
class AwardFilterElement extends HTMLElement {
  connectedCallback() {
    const template = this.querySelector('template');
    if (!template || this.querySelector('form')) return;
    const form = template.content.firstElementChild!.cloneNode(true) as HTMLFormElement;
    this.prepend(form);
    const wanted = filterFromQuery(location.search);
    for (const k of FILTER_KEYS) {
      const select = form.elements.namedItem(k) as HTMLSelectElement | null;
      if (select && wanted[k] && [...select.options].some((o) => o.value === wanted[k])) select.value = wanted[k]!;
    }
    form.addEventListener('change', () => this.apply(form, true));
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('reset', () => setTimeout(() => this.apply(form, true)));
    this.apply(form, false);
  }

  apply(form: HTMLFormElement, push: boolean) {
    const filter: AwardFilter = {};
    for (const k of FILTER_KEYS) {
      const v = (form.elements.namedItem(k) as HTMLSelectElement | null)?.value;
      if (v) filter[k] = v;
    }
    // On load without a query the server-rendered table and count are already right: touching them would only cost
    // a style and layout pass while the page is still loading.
    if (!push && Object.keys(filter).length === 0) return;
    let shown = 0;
    for (const row of this.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
      const ok = matchesFilter(row.dataset, filter);
      row.hidden = !ok;
      if (ok) shown += 1;
    }
    // A year whose rows are all filtered out loses its whole table, headers and caption included.
    for (const table of this.querySelectorAll<HTMLElement>('.award-table-wrap'))
      table.hidden = !table.querySelector('tbody tr:not([hidden])');
    const count = this.querySelector('.award-count');
    if (count) count.textContent = `수상 ${this.dataset.total}건 중 ${shown}건 표시`;
    if (push) history.replaceState(null, '', `${location.pathname}${queryFromFilter(filter)}${location.hash}`);
  }
}
customElements.define('award-filter', AwardFilterElement);
