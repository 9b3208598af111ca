import type { CategoryCode } from '../catalogue/categories';
import { normaliseGrade } from '../catalogue/grades';
import type { LineScanner } from './lineScanner';
import { findChineseGrade } from './finders';

/** Grades written with letters: rebar, structural, hot/cold-rolled, galvanised, alloy steels. */
const LETTER_GRADE =
  /\b(?:HRBF?\d{3}E?|HPB\d{3}|CRB\d{3}H?|Q\d{3}[A-E]?(?:NH|GJ|QR|R)?|SS\d{3}|SPH[CDE]|SPC[CDE]|SAPH\d{3}|DC0[1-7]|ST1[2-4]|DX5[1-4]D(?:\+A?Z)?|SGC[CDE]|A36|A572|\d{2}(?:MN|CR|CRMO)|SUS\d{3}L?)(?![A-Z0-9])/g;

/** Stainless grades by number, read only where the line is about stainless (304 alone is too common a number), and not when a unit follows (201吨). */
const STAINLESS_GRADE = /(?<![\d.*])(?:201|202|304L?|316L?|321|310S|409L|410|430|2205|2507)(?![\d.*]|\s*(?:吨|T(?![A-Z])|件|支|元))/g;

/** Plain carbon steels by number (`20#`, `45号`), as pipe grades: for sections `16#` is the spec. */
const NUMBERED_GRADE = /(?<![\d.])(10|20|35|45)(?:#|号)/g;

const SEISMIC = /抗震/;

const PIPES: ReadonlySet<CategoryCode> = new Set(['welded_pipe', 'galvanized_pipe', 'seamless_pipe']);

/**
 * The grades a line names, normalised, in the order written (`HRB400/HRB400E` gives both).
 * `stainlessContext` says whether numbers like 304 are grades here. 抗震 (seismic) after a rebar
 * grade makes it the E grade (`HRB400 抗震` → `HRB400E`).
 */
export function readGrades(scan: LineScanner, category: CategoryCode | undefined, stainlessContext: boolean): string[] {
  const found: Array<{ index: number; grade: string }> = [];
  for (const match of scan.takeAll(LETTER_GRADE)) found.push({ index: match.index, grade: normaliseGrade(match[0]) });
  if (stainlessContext) for (const match of scan.takeAll(STAINLESS_GRADE)) found.push({ index: match.index, grade: match[0] });
  if (category !== undefined && PIPES.has(category)) {
    for (const match of scan.takeAll(NUMBERED_GRADE, /[#号]/)) found.push({ index: match.index, grade: `${match[1]}#` });
  }
  for (let word = findChineseGrade(scan.remaining); word; word = findChineseGrade(scan.remaining)) {
    scan.blank(word.index, word.word.length);
    found.push({ index: word.index, grade: normaliseGrade(word.word) });
  }
  const seismic = scan.take(SEISMIC, /抗/) !== undefined;
  const grades = found
    .sort((a, b) => a.index - b.index)
    .map((f) => (seismic && /^HRBF?\d{3}$/.test(f.grade) ? `${f.grade}E` : f.grade));
  return [...new Set(grades)];
}
