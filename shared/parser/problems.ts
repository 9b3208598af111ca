import type { LocalText } from '../catalogue/localText';
import type { ParseProblem, ProblemCode, ProblemSeverity } from './listingTypes';

const WHAT: Readonly<Record<ProblemCode, { severity: ProblemSeverity; say: (fragment: string) => LocalText }>> = {
  unreadable_line: {
    severity: 'error',
    say: (f) => ({ zh: `看不懂“${f}”：找不到品名、规格或材质`, en: `could not read "${f}": no category, spec or grade found` }),
  },
  unknown_category: {
    severity: 'error',
    say: (f) => ({ zh: `不知道“${f}”是什么品名`, en: `cannot tell which product "${f}" is` }),
  },
  spec_not_understood: {
    severity: 'error',
    say: (f) => ({ zh: `规格“${f}”与品名不符，看不懂`, en: `spec "${f}" does not fit the product` }),
  },
  missing_spec: { severity: 'warning', say: () => ({ zh: '没有规格', en: 'no spec given' }) },
  missing_grade: { severity: 'warning', say: () => ({ zh: '没有材质', en: 'no grade given' }) },
  missing_quantity: { severity: 'warning', say: () => ({ zh: '没有数量（吨）', en: 'no quantity (tonnes) given' }) },
  missing_price: { severity: 'warning', say: () => ({ zh: '没有价格', en: 'no price given' }) },
  price_per_kg_assumed: {
    severity: 'warning',
    say: (f) => ({ zh: `价格“${f}”按元/公斤理解`, en: `price "${f}" read as yuan per kg` }),
  },
  implausible_price: {
    severity: 'warning',
    say: (f) => ({ zh: `价格“${f}”不像每吨价格`, en: `price "${f}" does not look like a price per tonne` }),
  },
  several_prices: {
    severity: 'warning',
    say: (f) => ({ zh: `有多个价格“${f}”，取第一个`, en: `several prices "${f}": the first is used` }),
  },
  unread_text: { severity: 'warning', say: (f) => ({ zh: `没看懂“${f}”`, en: `did not understand "${f}"` }) },
};

/** A problem on a line, with its message saying where (the line number) and what. */
export function problem(code: ProblemCode, lineNumber: number, fragment?: string): ParseProblem {
  const what = WHAT[code];
  const said = what.say(fragment ?? '');
  return {
    code,
    severity: what.severity,
    lineNumber,
    ...(fragment !== undefined ? { fragment } : {}),
    message: { zh: `第 ${lineNumber} 行：${said.zh}`, en: `line ${lineNumber}: ${said.en}` },
  };
}
