/**
 * Turns a pagefind excerpt (escaped page text with <mark> around matches) into DOM nodes without ever inserting it
 * as HTML into the page: it is parsed in an inert <template>, and only its text and <mark> elements are rebuilt.
 */
export function renderExcerpt(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  const out: Node[] = [];
  for (const node of Array.from(template.content.childNodes)) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}
