import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

type Point = [number, number];

function fmt(units: number, digits: 0 | 1): string {
  if (digits === 0) return String(units);
  const sign = units < 0 ? '-' : '';
  const abs = Math.abs(units);
  const whole = Math.floor(abs / 10);
  const tenth = abs % 10;
  // SVG path syntax allows ".5" for 0.5; at tens of thousands of numbers per map the saved zeros add up.
  const head = whole === 0 && tenth !== 0 ? '' : String(whole);
  return tenth === 0 ? `${sign}${whole}` : `${sign}${head}.${tenth}`;
}

function join(numbers: readonly string[]): string {
  let out = '';
  for (const n of numbers) out += out === '' || n.startsWith('-') ? n : ` ${n}`;
  return out;
}

function cleanRing(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 1 && out[0]![0] === out[out.length - 1]![0] && out[0]![1] === out[out.length - 1]![1]) out.pop();
  // Drop points lying exactly on the line through their neighbours (integer arithmetic, so the test is exact).
  let changed = true;
  while (changed && out.length >= 3) {
    changed = false;
    for (let i = 0; i < out.length && out.length >= 3; i++) {
      const a = out[(i - 1 + out.length) % out.length]!;
      const b = out[i]!;
      const c = out[(i + 1) % out.length]!;
      if ((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]) === 0) {
        out.splice(i, 1);
        changed = true;
        i--;
      }
    }
  }
  return out;
}

/**
 * SVG path data for a GeoJSON object under a projection, snapped to a grid of 1 (digits 0) or 0.1 (digits 1) units.
 * Rings that collapse on that grid are left out (islets below a pixel), and coordinates after the first of each ring
 * are relative, which keeps inline maps small.
 */
export function svgPathData(projection: GeoProjection, object: GeoPermissibleObjects, digits: 0 | 1 = 0): string {
  const k = digits === 0 ? 1 : 10;
  const parts: string[] = [];
  let ring: Point[] = [];
  const flush = (closed: boolean) => {
    const points = closed ? cleanRing(ring) : ring;
    ring = [];
    if (closed ? points.length < 3 : points.length < 2) return;
    const [x0, y0] = points[0]!;
    const rel: string[] = [];
    for (let i = 1; i < points.length; i++) {
      rel.push(fmt(points[i]![0] - points[i - 1]![0], digits), fmt(points[i]![1] - points[i - 1]![1], digits));
    }
    parts.push(`M${join([fmt(x0, digits), fmt(y0, digits)])}l${join(rel)}${closed ? 'z' : ''}`);
  };
  const context = {
    moveTo(x: number, y: number) {
      if (ring.length > 0) flush(false);
      ring.push([Math.round(x * k), Math.round(y * k)]);
    },
    lineTo(x: number, y: number) {
      ring.push([Math.round(x * k), Math.round(y * k)]);
    },
    closePath() {
      flush(true);
    },
    arc() {
      // Point geometries are drawn as explicit markers, never through this path.
    },
  };
  geoPath(projection, context as never)(object);
  if (ring.length > 0) flush(false);
  return parts.join('');
}
