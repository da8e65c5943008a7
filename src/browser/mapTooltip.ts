// Map regions: a small tooltip on hover and keyboard focus with the region's full name, value, rank and page link.
// Reads the <title> and data-* written by the choropleth renderer; without this script the regions keep their <title>
// and the table.
const tip = document.createElement('div');
tip.className = 'map-tip';
tip.hidden = true;
// The region link itself carries the same words for screen readers; the tip is a visual aid only.
tip.setAttribute('aria-hidden', 'true');
let hideTimer = 0;

// Name and value: from the region's <title> (`name: value`; region names hold no colon) when the renderer marks it
// data-tip, else from data-name and data-value (regions drawn without titles).
function nameAndValue(region: Element): [string, string] | null {
  const d = (region as SVGElement).dataset;
  if (d.name) return [d.name, d.value ?? ''];
  const title = d.tip !== undefined ? region.querySelector('title')?.textContent : null;
  const at = title ? title.indexOf(': ') : -1;
  return title && at > 0 ? [title.slice(0, at), title.slice(at + 2)] : null;
}

function show(region: Element): void {
  const d = (region as SVGElement).dataset;
  const text = nameAndValue(region);
  if (!text) return;
  clearTimeout(hideTimer);
  tip.replaceChildren();
  const add = (tag: string, text: string, cls?: string) => {
    const el = tip.appendChild(document.createElement(tag));
    el.textContent = text;
    if (cls) el.className = cls;
    return el;
  };
  add('strong', text[0]);
  add('span', text[1]);
  if (d.rank) add('span', d.rank, 'map-tip-rank');
  const link = region.closest('a');
  if (link) {
    const a = add('a', '지역 페이지 보기') as HTMLAnchorElement;
    a.href = link.getAttribute('href') ?? '';
    a.tabIndex = -1;
  }
  if (!tip.isConnected) document.body.append(tip);
  tip.hidden = false;
  const box = region.getBoundingClientRect();
  const width = tip.offsetWidth;
  const left = Math.min(Math.max(4, box.left + box.width / 2 - width / 2), innerWidth - width - 4);
  const below = box.bottom + tip.offsetHeight + 8 > innerHeight;
  tip.style.left = `${left + scrollX}px`;
  tip.style.top = `${(below ? box.top - tip.offsetHeight - 6 : box.bottom + 6) + scrollY}px`;
}

function hideSoon(): void {
  // A short delay lets the pointer move onto the tip (to use its link) without it vanishing (WCAG 1.4.13).
  hideTimer = window.setTimeout(() => (tip.hidden = true), 300);
}

const regionOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest('.map-region[data-tip], .map-region[data-name]') : null;

addEventListener('pointerover', (e) => {
  const region = regionOf(e.target);
  if (region) show(region);
  else if (tip.contains(e.target as Node)) clearTimeout(hideTimer);
});
addEventListener('pointerout', (e) => {
  if (regionOf(e.target) || tip.contains(e.target as Node)) hideSoon();
});
addEventListener('focusin', (e) => {
  const target = e.target as Element;
  const region = target.matches?.('.map-link') ? target.querySelector('.map-region') : regionOf(target);
  if (region) show(region);
});
addEventListener('focusout', hideSoon);
addEventListener('keydown', (e) => {
  if (e.key === 'Escape') tip.hidden = true;
});
