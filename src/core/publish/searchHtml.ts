// What the search indexer reads of a page. Pagefind skips an element marked data-pagefind-ignore="all" and all it
// holds (text, filters, meta) but must still parse it: on a national build the maps and ranking tables so marked are
// ~85 % of an indexed page's HTML, and parsing them was most of the search step. Cutting those elements out before
// indexing gives pagefind the same content to index for a fraction of the parsing.

/** The attribute that marks an element whose whole subtree pagefind ignores. */
const IGNORE_ALL = /\sdata-pagefind-ignore=(?:"all"|'all')/g;

/** Elements whose content is raw text (no tags inside), skipped to their closing tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

const TAG_NAME = /[A-Za-z][\w:-]*/y;
const QUOTE_OR_END = /["'>]/g;

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Index where the attributes start (just past the name). */
  attributes: number;
  /** Index just past `>`. */
  end: number;
}

/** The tag starting at `at` (a `<` followed by a letter or `/letter`), honouring quoted attribute values. */
function readTag(html: string, at: number): Tag | null {
  const closing = html.charCodeAt(at + 1) === 47; // '/'
  TAG_NAME.lastIndex = at + (closing ? 2 : 1);
  const name = TAG_NAME.exec(html)?.[0];
  if (!name) return null;
  const attributes = TAG_NAME.lastIndex;
  QUOTE_OR_END.lastIndex = attributes;
  for (;;) {
    const found = QUOTE_OR_END.exec(html);
    if (!found) throw new Error(`Unterminated tag at ${at}.`);
    if (found[0] === '>') {
      const end = found.index + 1;
      return { name, closing, selfClosing: html.charCodeAt(found.index - 1) === 47, attributes, end };
    }
    const close = html.indexOf(found[0], found.index + 1);
    if (close === -1) throw new Error(`Unterminated attribute value at ${found.index}.`);
    QUOTE_OR_END.lastIndex = close + 1;
  }
}

/** Index just past the closing tag of the raw-text element `name` whose content starts at `from`. */
function rawTextEnd(html: string, name: string, from: number): number {
  const closing = new RegExp(`</${name}[\\s>]`, 'gi');
  closing.lastIndex = from;
  const close = closing.exec(html);
  if (!close) throw new Error(`Unclosed <${name}>.`);
  return html.indexOf('>', close.index) + 1;
}

/**
 * The page without the elements marked data-pagefind-ignore="all" (each removed with everything inside it); every
 * other byte as it was. Throws on HTML it cannot follow (an unclosed tag, comment or marked element), so a page is
 * never indexed with a wrong cut.
 */
export function withoutSearchIgnored(html: string): string {
  IGNORE_ALL.lastIndex = 0;
  let mark = IGNORE_ALL.exec(html)?.index ?? -1;
  if (mark === -1) return html;
  const kept: string[] = [];
  let copied = 0;
  let cut: { name: string; depth: number; start: number } | null = null;
  let at = html.indexOf('<');
  while (at !== -1) {
    let next = at + 1;
    const second = html.charCodeAt(at + 1);
    if (second === 33 /* ! */ || second === 63 /* ? */) {
      const comment = html.startsWith('<!--', at);
      const end = comment ? html.indexOf('-->', at + 4) : html.indexOf('>', at);
      if (end === -1) throw new Error(`Unclosed ${comment ? 'comment' : 'declaration'} at ${at}.`);
      next = end + (comment ? 3 : 1);
    } else {
      const tag = readTag(html, at);
      if (tag) {
        next = tag.end;
        if (!tag.closing && !tag.selfClosing && RAW_TEXT.has(tag.name.toLowerCase()))
          next = rawTextEnd(html, tag.name, tag.end);
        if (cut) {
          if (tag.name === cut.name && !tag.selfClosing) cut.depth += tag.closing ? -1 : 1;
          if (cut.depth === 0) {
            copied = next;
            cut = null;
          }
        } else if (mark !== -1 && mark < tag.end) {
          // The next marker lies in this tag (or was passed inside raw text, where it marks nothing).
          if (mark >= tag.attributes && !tag.closing && !tag.selfClosing) {
            kept.push(html.slice(copied, at));
            // A marked raw-text element (a script, say) ends where its content was skipped to.
            if (next > tag.end) copied = next;
            else cut = { name: tag.name, depth: 1, start: at };
          }
        }
      }
    }
    if (next <= at) throw new Error(`Unterminated markup at ${at}.`);
    if (mark !== -1 && mark < next) {
      IGNORE_ALL.lastIndex = next;
      mark = IGNORE_ALL.exec(html)?.index ?? -1;
    }
    at = html.indexOf('<', next);
  }
  if (cut) throw new Error(`<${cut.name} data-pagefind-ignore="all"> at ${cut.start} is never closed.`);
  kept.push(html.slice(copied));
  return kept.join('');
}
