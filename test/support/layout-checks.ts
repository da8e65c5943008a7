import type { Page } from 'playwright-core';

/** What one page looks like to a reader at one width: every problem found, as readable strings. */
export interface LayoutReport {
  /** Smallest SVG text size on screen (px) and the texts under 11 px. */
  minTextPx: number;
  smallText: string[];
  /** Page wider than the viewport (horizontal page scroll). */
  pageScroll: string | null;
  /** Pairs of chart labels whose boxes overlap. */
  overlaps: string[];
  /** Table cells whose text takes more than two lines. */
  tallCells: string[];
}

/**
 * Measures the page as rendered (run after opening every <details>): SVG text size on screen is its computed
 * font size times the SVG's current scale; label boxes are the texts' client rects; a cell's line count is the number
 * of distinct line tops of its text.
 */
export function checkLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const visible = (el: Element) => el.getClientRects().length > 0;
    const texts = [...document.querySelectorAll('svg text')].filter(
      (t) => visible(t) && (t.textContent ?? '').trim() !== '',
    );
    const smallText: string[] = [];
    let minTextPx = Infinity;
    for (const t of texts) {
      const svg = (t as SVGTextElement).ownerSVGElement;
      const scale = svg?.getScreenCTM()?.a ?? 1;
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      minTextPx = Math.min(minTextPx, px);
      if (px < 10.95) smallText.push(`${svg?.id}: "${t.textContent}" ${px.toFixed(1)}px`);
    }
    const doc = document.documentElement;
    const pageScroll =
      doc.scrollWidth > doc.clientWidth + 1 ? `scrollWidth ${doc.scrollWidth} > ${doc.clientWidth}` : null;
    const overlaps: string[] = [];
    for (const svg of document.querySelectorAll('svg')) {
      if (!visible(svg)) continue;
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => visible(t) && (t.textContent ?? '').trim() !== '')
        .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!.r, boxes[j]!.r];
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          // Glyph boxes include line spacing: a shared sliver of 2 px is not a visible overlap.
          if (w > 2 && h > 2) overlaps.push(`${svg.id}: "${boxes[i]!.text}" × "${boxes[j]!.text}"`);
        }
    }
    const tallCells: string[] = [];
    for (const cell of document.querySelectorAll('td, th')) {
      if (!visible(cell)) continue;
      // Notes (.award-note, .cell-note) are prose given their own ≥ 16em line under the cell's value: not counted.
      // A cell that lists several items (one award reported by several sources, one per line) is checked per item.
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      const tops = new Map<Element, number[]>();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.award-note, .cell-note')) continue;
        const unit = node.parentElement?.closest('.award-source-item') ?? cell;
        const seen = tops.get(unit) ?? [];
        tops.set(unit, seen);
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.width < 1 || r.height < 1) continue;
          if (!seen.some((t) => Math.abs(t - r.top) < r.height * 0.6)) seen.push(r.top);
        }
      }
      for (const [unit, seen] of tops)
        if (seen.length > 2) tallCells.push(`"${(unit.textContent ?? '').trim().slice(0, 40)}" ${seen.length} lines`);
    }
    return { minTextPx, smallText, pageScroll, overlaps, tallCells };
  });
}
