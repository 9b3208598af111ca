import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreedTerms } from '../../../../shared/deals/dealAmendment';
import { yuanToFen } from '../../../../shared/money/fen';
import { formatScaledDecimal } from '../../../../shared/money/scaledDecimal';
import { formatTons, tonsToKg } from '../../../../shared/weight/tons';
import { Field } from '../../ui/Field';
import { DealTermsFields, type TermsInput } from './DealTermsFields';
import { termErrorTexts, termsFromInput, termsToInput } from './termsInput';

type LineInput = { tonnes: string; price: string };

/** The edit state of a deal's agreed terms: the form text, and the terms it reads as (undefined while any field is wrong). */
export interface TermsEditorState {
  terms: TermsInput;
  lines: LineInput[];
  setTerms: (terms: TermsInput) => void;
  setLines: (update: (lines: LineInput[]) => LineInput[]) => void;
  edited: AgreedTerms | undefined;
}

/** Holds the typed terms of `start` (line tonnes and prices, delivery, payment, tolerance, objection period, commission). */
export function useTermsEditor(start: AgreedTerms): TermsEditorState {
  const [terms, setTerms] = useState<TermsInput>(() => termsToInput(start));
  const [lines, setLines] = useState<LineInput[]>(() =>
    start.lines.map((line) => ({ tonnes: formatTons(line.weightKg), price: formatScaledDecimal(line.priceFenPerTon, 2, { minDecimals: 0 }) })),
  );
  const checked = termsFromInput(terms);
  const values = lines.map((line) => ({ weightKg: tonsToKg(line.tonnes.trim()), priceFenPerTon: yuanToFen(line.price.trim()) }));
  const linesOk = values.every((v) => v.weightKg !== undefined && v.weightKg > 0 && v.priceFenPerTon !== undefined && v.priceFenPerTon > 0);
  const edited =
    checked.ok && linesOk
      ? { ...checked.terms, lines: start.lines.map((line, i) => ({ ...line, weightKg: values[i]!.weightKg!, priceFenPerTon: values[i]!.priceFenPerTon! })) }
      : undefined;
  return { terms, lines, setTerms, setLines, edited };
}

/** The form of a terms editor: a tonnes and a price field per line, then the deal's terms. */
export function TermsEditor({ editor, start }: { editor: TermsEditorState; start: AgreedTerms }) {
  const { t } = useTranslation();
  const checked = termsFromInput(editor.terms);
  const setLine = (i: number, change: Partial<LineInput>) => editor.setLines((all) => all.map((l, j) => (j === i ? { ...l, ...change } : l)));
  return (
    <>
      {start.lines.map((line, i) => (
        <div key={i} className="sd-deal-terms">
          <Field label={t('deals.amend.lineTonnes', { goods: `${line.grade} ${line.spec.text}` })}>
            {(control) => <input {...control} value={editor.lines[i]!.tonnes} onChange={(event) => setLine(i, { tonnes: event.target.value })} />}
          </Field>
          <Field label={t('deals.amend.linePrice', { goods: `${line.grade} ${line.spec.text}` })}>
            {(control) => <input {...control} value={editor.lines[i]!.price} onChange={(event) => setLine(i, { price: event.target.value })} />}
          </Field>
        </div>
      ))}
      <DealTermsFields value={editor.terms} errors={checked.ok ? {} : termErrorTexts(checked.errors, t)} onChange={editor.setTerms} />
    </>
  );
}
