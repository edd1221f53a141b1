/**
 * <figures-table> on /data/: the "Show" filter by kind and the sortable column headers of the table of
 * every figure; the order and the status sentence come from src/lib/tableSort.ts.
 */
import { sortedIndexes, tableStatus, type SortDirection, type SortKey, type TableWords } from '../lib/tableSort';

class FiguresTable extends HTMLElement {
  kind = 'all';
  sort: { key: SortKey; direction: SortDirection } | undefined;

  connectedCallback(): void {
    const table = this.querySelector('table')!;
    const body = table.tBodies[0]!;
    const rows = [...body.rows];
    const items = rows.map((r) => ({ label: r.dataset.sortLabel!, kind: r.dataset.kind!, value: Number(r.dataset.sortValue) }));
    const headers = [...table.querySelectorAll<HTMLElement>('th[data-sort-key]')];
    const status = this.querySelector('.table-status')!;
    const filter = this.querySelector('.kind-filter')!;
    // The status sentence's words, in the page's language (FiguresTable.astro).
    const words = JSON.parse(this.dataset.words!) as TableWords;

    const render = () => {
      const sort = this.sort;
      const order = sort ? sortedIndexes(items, sort.key, sort.direction, words.collation) : rows.map((_, i) => i);
      body.append(...order.map((i) => rows[i]!));
      let shown = 0;
      for (const row of rows) {
        const out = this.kind !== 'all' && row.dataset.kind !== this.kind;
        row.classList.toggle('filtered-out', out);
        if (!out) shown++;
      }
      for (const th of headers) {
        if (sort && th.dataset.sortKey === sort.key) th.setAttribute('aria-sort', sort.direction);
        else th.removeAttribute('aria-sort');
      }
      const column = headers.find((th) => th.dataset.sortKey === sort?.key)?.querySelector('button')!.textContent ?? '';
      status.textContent = tableStatus(words, shown, rows.length, sort && { ...sort, column });
    };

    filter.addEventListener('change', (event) => {
      this.kind = (event.target as HTMLInputElement).value;
      render();
    });
    for (const th of headers) {
      th.querySelector('button')!.addEventListener('click', () => {
        const key = th.dataset.sortKey as SortKey;
        // A first click sorts ascending; clicking the sorted column again reverses it.
        const direction = this.sort?.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
        this.sort = { key, direction };
        render();
      });
    }
    // A link to a row the filter hides (a derived figure's inputs) shows every kind again, so it lands.
    table.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#"]');
      const target = link && this.querySelector(`[id="${link.hash.slice(1)}"]`);
      if (target?.classList.contains('filtered-out')) {
        this.kind = 'all';
        filter.querySelector<HTMLInputElement>('input[value="all"]')!.checked = true;
        render();
      }
    });
  }
}

customElements.define('figures-table', FiguresTable);
