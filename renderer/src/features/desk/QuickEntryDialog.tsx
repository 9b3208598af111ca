import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, CATEGORY_CODES, type CategoryCode } from '../../../../shared/catalogue/categories';
import { uuidv7 } from '../../../../shared/ids/uuidv7';
import { yuanToFen } from '../../../../shared/money/fen';
import type { ListingKind, ListingLine } from '../../../../shared/parser/listingTypes';
import { parseListing } from '../../../../shared/parser/parseListing';
import { DEFAULT_PRICING_TABLES } from '../../../../shared/pricing/defaultPricingTables';
import { toOfferDraft } from '../../../../shared/parser/toOfferDraft';
import { toRequestLineDraft } from '../../../../shared/parser/toRequestLineDraft';
import { tonsToKg } from '../../../../shared/weight/tons';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { useServices } from '../../app/ServicesContext';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { SelectField } from '../../ui/SelectField';
import { useCategoryName } from '../../ui/useCategoryName';
import { nowInMarket } from '../deals/nowInMarket';
import { PartyField, useParty } from './PartyField';
import { loadRecent, NO_RECENT, RECENT_KEY, remember, type RecentValues } from './recentValues';
import { useLocalText } from './useLocalText';

export interface QuickEntryDialogProps {
  kind: ListingKind;
  today: string;
  onClose: () => void;
  /** Called with the request made (the desk then shows its candidates), or nothing for an offer. */
  onSaved: (request?: StoredRecord<'requests'>) => void;
}

/**
 * Fast keyboard entry of one offer or one request line: every field is typed (the category list
 * jumps by typing, grade, spec, mill and warehouse complete from the values used last), Enter
 * saves. The goods are read by the same parser as a pasted list, so the spec is normalised the
 * same way and its problems are shown before saving.
 */
export function QuickEntryDialog({ kind, today, onClose, onSaved }: QuickEntryDialogProps) {
  const { t } = useTranslation();
  const book = useBook();
  const { now } = useServices();
  const local = useLocalText();
  const categoryName = useCategoryName();
  const ids = { grades: useId(), specs: useId(), brands: useId(), warehouses: useId() };
  const [recent, setRecent] = useState<RecentValues>(NO_RECENT);
  const [partyText, setPartyText] = useState('');
  const { customers, party } = useParty(kind === 'offer' ? 'seller' : 'buyer', partyText);
  const [category, setCategory] = useState<CategoryCode>('rebar');
  const [grade, setGrade] = useState('');
  const [spec, setSpec] = useState('');
  const [tonnes, setTonnes] = useState('');
  const [price, setPrice] = useState('');
  const [brand, setBrand] = useState('');
  const [warehouse, setWarehouse] = useState('');
  const [date, setDate] = useState(today);
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    let current = true;
    void loadRecent(book.settingsCache).then((values) => current && setRecent(values));
    return () => {
      current = false;
    };
  }, [book]);

  const weightKg = tonsToKg(tonnes.trim());
  const priceFen = price.trim() === '' ? undefined : yuanToFen(price.trim());
  const read = readGoods(kind, category, grade, spec);
  const line: ListingLine | undefined = read && {
    ...read,
    ...(weightKg !== undefined && weightKg > 0 && { quantityKg: weightKg }),
    ...(priceFen !== undefined && priceFen > 0 ? { priceFenPerTon: priceFen } : { priceFenPerTon: undefined }),
    ...(brand.trim() && { brand: brand.trim() }),
    location: warehouse.trim() ? { ...read.location, warehouse: warehouse.trim() } : read.location,
  };
  const draft = line && (kind === 'offer' ? toOfferDraft(line, { sellerId: party?.id ?? '', validUntil: date, postedAt: nowInMarket(now()) }) : toRequestLineDraft(line));
  const specProblems = line?.problems.filter((p) => p.code === 'spec_not_understood' || p.code === 'unread_text') ?? [];
  const canSave = Boolean(party && draft?.ok && specProblems.length === 0);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!party || !draft?.ok) return;
    setFailure(undefined);
    try {
      let request: StoredRecord<'requests'> | undefined;
      if (kind === 'offer' && 'availableKg' in draft.draft) {
        await book.repository.create('offers', draft.draft);
      } else if ('grades' in draft.draft) {
        const requestLine = { ...draft.draft, lineId: uuidv7(), ...(date && { latestOn: date }) };
        request = await book.repository.create('requests', { buyerId: party.id, brokerId: party.brokerId, receivedAt: nowInMarket(now()), lines: [requestLine], status: 'open' });
      }
      const next = remember(recent, { grades: grade, specs: spec, brands: brand, warehouses: warehouse });
      await book.settingsCache.set(RECENT_KEY, next);
      onSaved(request);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  const typed = (label: string, value: string, set: (v: string) => void, list?: { id: string; values: string[] }, hint?: string) => (
    <Field label={label} hint={hint}>
      {(control) => (
        <>
          <input {...control} value={value} list={list?.id} autoComplete="off" onChange={(event) => set(event.target.value)} />
          {list && (
            <datalist id={list.id}>
              {list.values.map((v) => (
                <option key={v} value={v} />
              ))}
            </datalist>
          )}
        </>
      )}
    </Field>
  );

  return (
    <Dialog title={t(kind === 'offer' ? 'desk.entry.offerTitle' : 'desk.entry.requestTitle')} onClose={onClose}>
      <form onSubmit={(event) => void save(event)} className="sd-desk__entry">
        <PartyField label={t(kind === 'offer' ? 'desk.seller' : 'desk.buyer')} text={partyText} customers={customers} onText={setPartyText} />
        <SelectField label={t('desk.entry.category')} value={category} options={CATEGORY_CODES.map((code) => ({ value: code, label: categoryName(code) }))} onChange={setCategory} />
        {typed(t('desk.entry.grade'), grade, setGrade, { id: ids.grades, values: gradeChoices(recent.grades, category) })}
        {typed(t('desk.entry.spec'), spec, setSpec, { id: ids.specs, values: recent.specs }, t('desk.entry.specHint'))}
        {typed(t('desk.entry.tonnes'), tonnes, setTonnes)}
        {typed(t(kind === 'offer' ? 'desk.entry.price' : 'desk.entry.targetPrice'), price, setPrice)}
        {typed(t('desk.entry.brand'), brand, setBrand, { id: ids.brands, values: recent.brands })}
        {kind === 'offer' && typed(t('desk.entry.warehouse'), warehouse, setWarehouse, { id: ids.warehouses, values: recent.warehouses })}
        <Field label={t(kind === 'offer' ? 'desk.validUntil' : 'desk.entry.latestOn')}>
          {(control) => <input {...control} type="date" value={date} onChange={(event) => setDate(event.target.value)} />}
        </Field>
        <div role="status" className="sd-desk__entry-read" data-testid="entry-read">
          {line?.spec && <span>{t('desk.entry.readAs', { goods: `${categoryName(category)} ${line.grade ?? ''} ${line.spec.text}` })}</span>}
          {specProblems.map((p, i) => (
            <span key={i} className="sd-desk__problem">
              {local(p.message)}
            </span>
          ))}
          {draft && !draft.ok && grade && spec && <span className="sd-desk__problem">{local(draft.message)}</span>}
        </div>
        {failure && <p role="alert">{failure}</p>}
        <div className="sd-dialog__actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={!canSave}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** Grades offered while typing: the ones used last, then the category's usual grades (the price tables' list). */
function gradeChoices(recent: readonly string[], category: CategoryCode): string[] {
  const usual = [DEFAULT_PRICING_TABLES.baseGrade[category], ...Object.keys(DEFAULT_PRICING_TABLES.gradePremiums[category])];
  return [...new Set([...recent, ...usual])];
}

/** The goods as the parser reads category, grade and spec typed in their fields. */
function readGoods(kind: ListingKind, category: CategoryCode, grade: string, spec: string): ListingLine | undefined {
  if (!grade.trim() || !spec.trim()) return undefined;
  return parseListing(`${CATEGORIES[category].zh} ${grade.trim()} ${spec.trim()}`, kind).lines[0];
}
