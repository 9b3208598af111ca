import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uuidv7 } from '../../../../shared/ids/uuidv7';
import type { ListingKind } from '../../../../shared/parser/listingTypes';
import { toOfferDraft } from '../../../../shared/parser/toOfferDraft';
import { toRequestLineDraft } from '../../../../shared/parser/toRequestLineDraft';
import { useBook } from '../../app/book/BookContext';
import { useServices } from '../../app/ServicesContext';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { formatPricePerTon, formatTonnes } from '../../ui/format/quantities';
import { SelectField } from '../../ui/SelectField';
import { useCategoryName } from '../../ui/useCategoryName';
import { nowInMarket } from '../deals/nowInMarket';
import { PartyField, useParty } from './PartyField';
import { replaceLine, reviewListing, savableRows, type ReviewRow, type ReviewState } from './pasteReview';
import { useLocalText } from './useLocalText';

const STATE_TONES: Readonly<Record<ReviewState, BadgeTone>> = { ready: 'success', check: 'warning', blocked: 'danger', skipped: 'neutral' };

export interface PasteDialogProps {
  today: string;
  onClose: () => void;
  onSaved: (count: number) => void;
}

/**
 * Paste to parse: a seller's stock list (货源) or a buyer's message (求购). Every line is shown
 * next to what was read from it, problems highlighted; a line is fixed by editing its text (it is
 * re-read with the headings above it). One click saves every good line in one repository call;
 * a flagged line is saved only once the broker ticked it as seen.
 */
export function PasteDialog({ today, onClose, onSaved }: PasteDialogProps) {
  const { t } = useTranslation();
  const book = useBook();
  const { now } = useServices();
  const [kind, setKind] = useState<ListingKind>('offer');
  const [partyText, setPartyText] = useState('');
  const { customers, party } = useParty(kind === 'offer' ? 'seller' : 'buyer', partyText);
  const [validUntil, setValidUntil] = useState(today);
  const [text, setText] = useState('');
  const [seen, setSeen] = useState<ReadonlySet<number>>(new Set());
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();
  const rows = useMemo(() => reviewListing(text, kind), [text, kind]);
  const savable = savableRows(rows, seen);
  const unseen = rows.filter((row) => row.state === 'check' && !seen.has(row.lineNumber)).length;

  /** A fixed line is re-read; whatever it is flagged with now, the broker has not seen yet. */
  function fix(lineNumber: number, replacement: string) {
    setText((current) => replaceLine(current, lineNumber, replacement));
    setSeen((current) => new Set([...current].filter((n) => n !== lineNumber)));
  }

  async function save() {
    if (!party || savable.length === 0) return;
    setSaving(true);
    setFailure(undefined);
    try {
      const at = nowInMarket(now());
      if (kind === 'offer') {
        const defaults = { sellerId: party.id, listingId: uuidv7(), validUntil, postedAt: at };
        const drafts = savable.flatMap((row) => {
          const made = toOfferDraft(row.line!, defaults);
          return made.ok ? [made.draft] : [];
        });
        await book.repository.createMany('offers', drafts);
      } else {
        const lines = savable.flatMap((row) => {
          const made = toRequestLineDraft(row.line!);
          return made.ok ? [{ ...made.draft, lineId: uuidv7() }] : [];
        });
        await book.repository.create('requests', { buyerId: party.id, brokerId: party.brokerId, receivedAt: at, lines, status: 'open' });
      }
      onSaved(savable.length);
    } catch (error) {
      setFailure(errorMessage(error));
      setSaving(false);
    }
  }

  return (
    <Dialog
      title={t('desk.paste.title')}
      onClose={saving ? undefined : onClose}
      actions={
        <>
          <Button onClick={onClose} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary" disabled={!party || savable.length === 0 || saving} onClick={() => void save()}>
            {t(kind === 'offer' ? 'desk.paste.saveOffers' : 'desk.paste.saveRequest', { count: savable.length })}
          </Button>
        </>
      }
    >
      <div className="sd-desk__form-row">
        <SelectField
          label={t('desk.paste.kind')}
          value={kind}
          options={[
            { value: 'offer', label: t('desk.paste.kindOffer') },
            { value: 'request', label: t('desk.paste.kindRequest') },
          ]}
          onChange={(value) => {
            setKind(value);
            setPartyText('');
            setSeen(new Set());
          }}
        />
        <PartyField label={t(kind === 'offer' ? 'desk.seller' : 'desk.buyer')} text={partyText} customers={customers} onText={setPartyText} />
        {kind === 'offer' && (
          <Field label={t('desk.validUntil')}>{(control) => <input {...control} type="date" value={validUntil} onChange={(event) => setValidUntil(event.target.value)} />}</Field>
        )}
      </div>
      <Field label={t('desk.paste.text')} hint={t('desk.paste.textHint')}>
        {(control) => (
          <textarea
            {...control}
            rows={6}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setSeen(new Set());
            }}
          />
        )}
      </Field>
      {rows.length > 0 && (
        <>
          <p data-testid="paste-summary">{t('desk.paste.summary', { lines: rows.length, savable: savable.length, unseen })}</p>
          <ReviewTable rows={rows} seen={seen} onSeen={setSeen} onFix={fix} />
        </>
      )}
      {failure && <p role="alert">{t('desk.paste.failed', { message: failure })}</p>}
    </Dialog>
  );
}

interface ReviewTableProps {
  rows: ReviewRow[];
  seen: ReadonlySet<number>;
  onSeen: (seen: ReadonlySet<number>) => void;
  onFix: (lineNumber: number, text: string) => void;
}

function ReviewTable({ rows, seen, onSeen, onFix }: ReviewTableProps) {
  const { t } = useTranslation();
  const local = useLocalText();
  const categoryName = useCategoryName();
  const toggle = (lineNumber: number) => {
    const next = new Set(seen);
    if (!next.delete(lineNumber)) next.add(lineNumber);
    onSeen(next);
  };
  return (
    <table className="sd-paste" aria-label={t('desk.paste.review')}>
      <thead>
        <tr>
          <th>{t('desk.paste.columns.line')}</th>
          <th>{t('desk.paste.columns.original')}</th>
          <th>{t('desk.paste.columns.read')}</th>
          <th>{t('desk.paste.columns.state')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const read = row.line;
          return (
            <tr key={row.lineNumber} data-testid="paste-row" data-state={row.state} className={`sd-paste__row sd-paste__row--${row.state}`}>
              <td>{row.lineNumber}</td>
              <td>
                <input aria-label={t('desk.paste.fixLine', { line: row.lineNumber })} value={row.text} onChange={(event) => onFix(row.lineNumber, event.target.value)} />
              </td>
              <td>
                {read && (
                  <span>
                    {[read.category && categoryName(read.category.code), read.grade, read.spec?.text, read.quantityKg !== undefined && t('common.tonnes', { value: formatTonnes(read.quantityKg) }), read.priceFenPerTon !== undefined && formatPricePerTon(read.priceFenPerTon)]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                )}
                {row.skipped && <span>{t(`desk.paste.skipped.${row.skipped}`)}</span>}
                {(row.problems.length > 0 || row.missing) && (
                  <ul className="sd-paste__problems">
                    {row.problems.map((problem, i) => (
                      <li key={i} className={`sd-paste__problem--${problem.severity}`}>
                        {local(problem.message)}
                      </li>
                    ))}
                    {row.missing && <li className="sd-paste__problem--error">{local(row.missing)}</li>}
                  </ul>
                )}
              </td>
              <td>
                <Badge tone={STATE_TONES[row.state]}>{t(`desk.paste.state.${row.state}`)}</Badge>
                {row.state === 'check' && (
                  <label>
                    <input type="checkbox" checked={seen.has(row.lineNumber)} onChange={() => toggle(row.lineNumber)} aria-label={t('desk.paste.seen', { line: row.lineNumber })} />
                    {t('desk.paste.seenShort')}
                  </label>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
