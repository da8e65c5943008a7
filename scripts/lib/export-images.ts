/** Chart image exports (SVG/PNG) are written here; filled in by the embed-and-export work. */
export async function exportChartImages(_dist: string): Promise<number> {
  return 0;
}
