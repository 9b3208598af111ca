import type { LocalText } from '../catalogue/localText';

/** A field a parsed line must have before it can be saved as an offer or a request line. */
export type DraftField = 'category' | 'grade' | 'spec' | 'quantity' | 'price';

const FIELD_NAMES: Readonly<Record<DraftField, LocalText>> = {
  category: { zh: '品名', en: 'category' },
  grade: { zh: '材质', en: 'grade' },
  spec: { zh: '规格', en: 'spec' },
  quantity: { zh: '数量', en: 'quantity' },
  price: { zh: '价格', en: 'price' },
};

/** A record draft from a parsed line, or the fields it still lacks (the broker fills them in). */
export type DraftResult<T> = { ok: true; draft: T } | { ok: false; missing: DraftField[]; message: LocalText };

/** The refusal for a line lacking `missing`, saying which line and what. */
export function missingFields<T>(lineNumber: number, missing: DraftField[]): DraftResult<T> {
  return {
    ok: false,
    missing,
    message: {
      zh: `第 ${lineNumber} 行缺少${missing.map((f) => FIELD_NAMES[f].zh).join('、')}`,
      en: `line ${lineNumber} lacks ${missing.map((f) => FIELD_NAMES[f].en).join(', ')}`,
    },
  };
}
