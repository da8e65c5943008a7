// A value is stored exactly as the document wrote it (`808억만원`, `13기동대`, `국비 100억`). When the amount parser
// cannot read such a notation, the reading a person made of it lives in the row's note as `읽기: <notation>`: the
// build takes the number from the reading, keeps the document's words as `written`, and warns. A reading is an
// interpretation, so it is only accepted on rows whose status is not 확인 (미확인 or 2차인용).

const READING = /(?:^|[;·]\s*|\s)읽기:\s*([^;]+?)\s*(?:;|$)/u;

/** The `읽기: …` notation in a note, or null when the note has none. */
export function readingInNote(note: string | undefined): string | null {
  const m = READING.exec(note ?? '');
  return m ? m[1]!.trim() : null;
}

/** Statuses on which a reading may stand in for an unreadable notation. */
export function readingAllowed(status: string | undefined): boolean {
  return status === '미확인' || status === '2차인용';
}
