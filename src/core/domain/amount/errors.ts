/**
 * Error codes of the amount parser, each with a Korean and an English message. The parser never throws on
 * user input: it returns one of these, so a data build can list every figure it refused and why.
 */

const MESSAGES = {
  empty: { ko: '값이 비어 있습니다.', en: 'The value is empty.' },
  'too-long': { ko: '값이 너무 깁니다(200자 초과).', en: 'The value is too long (over 200 characters).' },
  'not-a-number': { ko: '숫자를 찾을 수 없습니다.', en: 'No number was found.' },
  'bad-digit-grouping': {
    ko: '쉼표 자릿수 구분이 잘못되었습니다(세 자리마다 쉼표).',
    en: 'Digit grouping is wrong (commas go every three digits).',
  },
  'malformed-number': { ko: '숫자 표기가 잘못되었습니다.', en: 'The number is malformed.' },
  'doubled-scale': {
    ko: '단위어가 겹쳤습니다(예: 808억만원). 원문 오기로 보이며 추정하지 않습니다.',
    en: 'A scale word is doubled (e.g. 808억만원). This looks like a typo in the source; it is not guessed.',
  },
  'scale-order': {
    ko: '단위어 순서가 잘못되었습니다(조·억·만은 큰 것부터).',
    en: 'Scale words are out of order (조, 억, 만 must decrease).',
  },
  'group-overflow': {
    ko: '뒤의 자릿수가 앞 단위를 넘습니다(예: 1억 15000만).',
    en: 'A later part overflows the scale before it (e.g. 1억 15000만).',
  },
  'misplaced-decimal': {
    ko: '소수점이 있는 숫자는 마지막 자리에만 쓸 수 있습니다.',
    en: 'A decimal number may only be the last part of a figure.',
  },
  'misplaced-qualifier': { ko: '‘여’·‘약’ 등의 위치가 잘못되었습니다.', en: 'A qualifier (여, 약 …) is misplaced.' },
  'conflicting-qualifiers': {
    ko: '서로 맞지 않는 범위 표현이 함께 쓰였습니다(예: 이상·이하).',
    en: 'Conflicting bound qualifiers were used together (e.g. 이상 and 이하).',
  },
  range: {
    ko: '범위(예: 5~10억 원)는 하나의 값이 아닙니다. 두 값으로 나누어 입력하세요.',
    en: 'A range (e.g. 5~10억 원) is not a single value; split it into two figures.',
  },
  'missing-unit': {
    ko: '단위가 없습니다. 원·가구·명 등 단위를 쓰거나 표의 단위를 지정하세요.',
    en: 'The unit is missing. Write a unit (원, 가구, 명 …) or declare the column unit.',
  },
  'unknown-unit': { ko: '알 수 없는 단위입니다.', en: 'The unit is unknown.' },
  'unit-conflict': {
    ko: '값의 단위가 지정된 단위와 다릅니다.',
    en: 'The unit written in the value differs from the declared unit.',
  },
  'trailing-text': { ko: '숫자와 단위 뒤에 해석할 수 없는 글자가 있습니다.', en: 'Unparsed text follows the figure.' },
  negative: {
    ko: '금액이나 개수는 음수일 수 없습니다(증감 값이면 allowNegative를 지정하세요).',
    en: 'Money and counts cannot be negative (set allowNegative for changes).',
  },
  fractional: {
    ko: '금액이나 개수는 정수여야 합니다.',
    en: 'Money and counts must be whole numbers.',
  },
  'too-precise': {
    ko: '유효숫자가 너무 많아 정확히 나타낼 수 없습니다(15자리 초과).',
    en: 'Too many significant digits to keep exactly (over 15).',
  },
  'scale-on-percent': {
    ko: '백분율에는 만·억 등의 단위어를 쓸 수 없습니다.',
    en: 'A percentage cannot carry scale words such as 만 or 억.',
  },
  'unsafe-integer': {
    ko: '값이 너무 커서 정확한 숫자로 나타낼 수 없습니다(bigint 옵션을 쓰세요).',
    en: 'The value is too large for an exact number (use the bigint option).',
  },
} as const satisfies Record<string, { ko: string; en: string }>;

/** Machine-readable reason a figure was refused. */
export type AmountErrorCode = keyof typeof MESSAGES;

/** Every error code, for tests and for listing refusals. */
export const AMOUNT_ERROR_CODES = Object.keys(MESSAGES) as AmountErrorCode[];

/** A refused figure: the code, bilingual messages and the input exactly as given. */
export interface AmountError {
  readonly code: AmountErrorCode;
  readonly ko: string;
  readonly en: string;
  readonly input: string;
}

/** Builds the error record for a code and the original input. */
export function amountError(code: AmountErrorCode, input: string): AmountError {
  return { code, ko: MESSAGES[code].ko, en: MESSAGES[code].en, input };
}
