/**
 * `JSON.stringify(value)` of an object, produced in pieces: one piece per element of each top-level array. The
 * download of the whole dataset is 143 MB at the 1× synthetic scale; as one string (two bytes a character, Korean
 * text) plus its UTF-8 copies it raised the peak memory of the Astro process that wrote it by about 1 GB. The
 * concatenated pieces are the same characters as the one-string form.
 */
export function* compactJsonPieces(value: Record<string, unknown>): Generator<string> {
  let first = true;
  yield '{';
  for (const key of Object.keys(value)) {
    const item = value[key];
    const name = `${first ? '' : ','}${JSON.stringify(key)}:`;
    if (Array.isArray(item)) {
      yield `${name}[`;
      for (const [i, element] of item.entries()) {
        // JSON.stringify writes null for array elements it cannot represent (undefined, functions).
        yield `${i > 0 ? ',' : ''}${JSON.stringify(element) ?? 'null'}`;
      }
      yield ']';
    } else {
      const text = JSON.stringify(item);
      // JSON.stringify leaves out properties it cannot represent.
      if (text === undefined) continue;
      yield `${name}${text}`;
    }
    first = false;
  }
  yield '}';
}
