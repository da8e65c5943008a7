/**
 * <year-swap>: the year links of an indicator page load the other year's page and swap its map, table and
 * distribution in place (same origin only), keeping the address addressable; without JavaScript the links just navigate.
 */
class YearSwap extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('click', (e) => {
      const a = (e.target as Element).closest<HTMLAnchorElement>('.year-nav a');
      if (!a || a.origin !== location.origin || e.metaKey || e.ctrlKey || e.shiftKey) return;
      e.preventDefault();
      // Any failure falls back to ordinary navigation: the year page exists on its own.
      this.load(a.href, true).catch(() => location.assign(a.href));
    });
    addEventListener('popstate', () => void this.load(location.href, false));
  }

  async load(url: string, push: boolean): Promise<void> {
    const res = await fetch(url).catch(() => null);
    if (!res?.ok) return void location.assign(url);
    const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
    const next = doc.querySelector('year-swap');
    if (!next) return void location.assign(url);
    this.replaceChildren(...Array.from(next.childNodes).map((n) => document.importNode(n, true)));
    document.title = doc.title;
    const h1 = document.querySelector('h1');
    const nextH1 = doc.querySelector('h1');
    if (h1 && nextH1) h1.textContent = nextH1.textContent;
    if (push) history.pushState(null, '', url);
    this.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
    this.dispatchEvent(new Event('year-swapped', { bubbles: true }));
  }
}
if (!customElements.get('year-swap')) customElements.define('year-swap', YearSwap);
