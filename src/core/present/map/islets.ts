/** A small island that simplification must not drop: its name, the geometry code it belongs to and a lon/lat box. */
export interface ProtectedIslet {
  name: string;
  code: string;
  /** [west, south, east, north] in degrees. */
  box: readonly [number, number, number, number];
}

/** 독도's position for the explicit marker (서도 summit area), per the project's map brief. */
export const DOKDO = { name: '독도', code: '47940', lon: 131.8644, lat: 37.2414 } as const;

/**
 * Islets that every tested simplifier dropped at national scale, or that the site must show regardless of size.
 * Boxes are generous on purpose: they only decide which rings may bypass the minimum-area rule.
 */
export const PROTECTED_ISLETS: readonly ProtectedIslet[] = [
  { name: '독도', code: '47940', box: [131.85, 37.23, 131.88, 37.25] },
  { name: '죽도', code: '47940', box: [130.93, 37.52, 130.945, 37.535] },
  { name: '마라도', code: '50130', box: [126.26, 33.105, 126.275, 33.13] },
  { name: '가파도', code: '50130', box: [126.26, 33.16, 126.285, 33.18] },
  { name: '추자도', code: '50110', box: [126.28, 33.92, 126.35, 33.975] },
  { name: '백령도', code: '28720', box: [124.6, 37.9, 124.76, 37.99] },
  { name: '대청도·소청도', code: '28720', box: [124.65, 37.79, 124.78, 37.86] },
  { name: '연평도', code: '28720', box: [125.67, 37.6, 125.73, 37.69] },
  { name: '가거도', code: '46910', box: [125.08, 34.03, 125.15, 34.1] },
  { name: '홍도', code: '46910', box: [125.17, 34.66, 125.23, 34.71] },
  { name: '흑산도', code: '46910', box: [125.38, 34.64, 125.48, 34.72] },
  { name: '만재도', code: '46910', box: [125.45, 34.19, 125.5, 34.23] },
  { name: '청산도', code: '46890', box: [126.83, 34.14, 126.93, 34.21] },
  { name: '여서도', code: '46890', box: [126.89, 33.96, 126.95, 34.0] },
  { name: '관매도', code: '46900', box: [126.0, 34.2, 126.08, 34.25] },
];
