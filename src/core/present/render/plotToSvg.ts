import * as Plot from '@observablehq/plot';
import { createSvgDocument } from './svgDocument.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ChartText {
  /** Unique within a page: prefixes every id in the SVG, so several charts can share a page. */
  id: string;
  title: string;
  description: string;
}

let sharedDocument: Document | undefined;

/**
 * Renders Plot options to a standalone, accessible SVG string: `role="img"` labelled by its own `<title>` and
 * `<desc>`, `xmlns` set (so the same string works inline and as an .svg file), Plot's random class replaced by a
 * stable one, and coordinates rounded so that output is deterministic and small.
 */
export function plotToSvg(options: Plot.PlotOptions, text: ChartText): string {
  sharedDocument ??= createSvgDocument();
  const doc = sharedDocument;
  const node = Plot.plot({ ...options, document: doc, title: undefined, subtitle: undefined, caption: undefined });
  if (node.tagName.toLowerCase() !== 'svg') {
    throw new Error('plotToSvg expects options that render a bare <svg> (no legend, title or caption in Plot).');
  }
  const svg = node as unknown as SVGSVGElement;
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${text.id}-title ${text.id}-desc`);
  svg.setAttribute('id', text.id);
  // Plot labels groups with aria-label; axe treats that as a prohibited attribute on a role-less <g>.
  for (const g of Array.from(svg.querySelectorAll('[aria-label]'))) g.removeAttribute('aria-label');
  for (const g of Array.from(svg.querySelectorAll('[aria-description]'))) g.removeAttribute('aria-description');
  const title = doc.createElementNS(SVG_NS, 'title');
  title.setAttribute('id', `${text.id}-title`);
  title.textContent = text.title;
  const desc = doc.createElementNS(SVG_NS, 'desc');
  desc.setAttribute('id', `${text.id}-desc`);
  desc.textContent = text.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  return stabilise(svg.outerHTML, text.id);
}

/**
 * Replaces Plot's per-call random class and rounds coordinates to two decimals: same input, same bytes. Only numbers
 * inside tags (attributes) are rounded; text content such as a label `35.065%` is left exactly as written.
 */
export function stabilise(svg: string, id: string): string {
  return svg
    .replace(/plot-[0-9a-f]{6}(?![0-9a-f])/g, `plot-${id}`)
    .replace(/<[^>]+>/g, (tag) => tag.replace(/(\d+\.\d{2})\d+/g, '$1'));
}
