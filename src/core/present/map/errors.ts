/** An error with a Korean message for people and an English one for logs, as every error in the project carries. */
export class MapError extends Error {
  readonly ko: string;
  readonly en: string;

  /** Builds the error from both messages; `message` is the English one so stack traces stay readable. */
  constructor(ko: string, en: string) {
    super(en);
    this.name = 'MapError';
    this.ko = ko;
    this.en = en;
  }
}
