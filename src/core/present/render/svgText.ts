/**
 * The characters an SVG draws as text: the content of every `<text>` element (nested `<tspan>`s included), with XML
 * entities decoded; tabs and newlines count as the space SVG collapses them to (a space has a glyph too: its advance). `<title>`, `<desc>` and `<style>` are never drawn, so they do not count.
 * The image export subsets its font to these characters and refuses a build that draws one the font lacks.
 */
export function drawnCharacters(svg: string): Set<string> {
  const out = new Set<string>();
  for (const m of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g))
    for (const ch of decodeXml(m[1]!.replace(/<[^>]*>/g, ''))) out.add(/\s/.test(ch) ? ' ' : ch);
  return out;
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return named[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return String.fromCodePoint(code);
  });
}
