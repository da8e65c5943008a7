import { textWidth } from '../map/legend.ts';

/** A value label to place: its anchor point in pixels and how it would be drawn there. */
export interface LabelCandidate<T> {
  datum: T;
  x: number;
  y: number;
  text: string;
  fontSize: number;
  textAnchor: 'start' | 'middle' | 'end';
  dx: number;
  dy: number;
}

/** A box in pixels: left, top, right, bottom. */
export type Box = [number, number, number, number];

/** The box a label covers: width estimated per glyph, height one line centred on y + dy (Plot's lineAnchor middle). */
export function labelBox(c: Omit<LabelCandidate<unknown>, 'datum'>): Box {
  const w = textWidth(c.text, c.fontSize);
  const left = c.x + c.dx - (c.textAnchor === 'middle' ? w / 2 : c.textAnchor === 'end' ? w : 0);
  const cy = c.y + c.dy;
  return [left, cy - c.fontSize * 0.7, left + w, cy + c.fontSize * 0.7];
}

const PAD = 2;

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] + PAD && b[0] < a[2] + PAD && a[1] < b[3] + PAD && b[1] < a[3] + PAD;
}

/**
 * Keeps labels, in the order given (most important first), whose boxes overlap neither a kept label nor an obstacle
 * (tick labels, a panel's edge). Dropped values stay readable in the chart's table and hover titles.
 */
export function placeLabels<T>(candidates: readonly LabelCandidate<T>[], obstacles: readonly Box[] = []): T[] {
  const kept: Box[] = [...obstacles];
  const out: T[] = [];
  for (const c of candidates) {
    const box = labelBox(c);
    if (kept.some((k) => overlaps(k, box))) continue;
    kept.push(box);
    out.push(c.datum);
  }
  return out;
}
