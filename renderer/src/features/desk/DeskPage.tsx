import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fill } from '../../../../shared/deals/dealsFromFills';
import type { ListingKind } from '../../../../shared/parser/listingTypes';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { useServices } from '../../app/ServicesContext';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/errorMessage';
import { marketDate } from '../../ui/format/marketTime';
import { Page } from '../../ui/Page';
import { NewDealsDialog } from '../deals/NewDealsDialog';
import { AllocateDialog } from './AllocateDialog';
import { CandidatesPanel } from './CandidatesPanel';
import { expireOffers, staleOffers } from './expireStaleOffers';
import { OffersPanel } from './OffersPanel';
import { PasteDialog } from './PasteDialog';
import { QuickEntryDialog } from './QuickEntryDialog';
import { RequestLinesPanel } from './RequestLinesPanel';
import { useDeskData, type RequestLineRow } from './useDeskData';
import { useMatchingEngine } from './useMatchingEngine';
import './DeskPage.css';

type Open = { dialog: 'none' } | { dialog: 'paste' } | { dialog: 'entry'; kind: ListingKind } | { dialog: 'allocate' } | { dialog: 'deals'; row: RequestLineRow; fills: Fill[] };

/**
 * 撮合台: open buy request lines on the left; on the right the supply on offer, or, once a line
 * is picked, its ranked candidates to fill it from (one or several offers). Paste a list, enter
 * a request or offer by keyboard, allocate everything at once, expire stale offers.
 */
export function DeskPage() {
  const { t } = useTranslation();
  const book = useBook();
  const { now } = useServices();
  const today = marketDate(now());
  const { offers, firstOffers, requests, lines, filledKg } = useDeskData();
  const matching = useMatchingEngine(offers);
  const offersById = useMemo(() => new Map((offers ?? []).map((offer) => [offer.id, offer])), [offers]);
  const [selectedKey, setSelectedKey] = useState<string>();
  const [open, setOpen] = useState<Open>({ dialog: 'none' });
  const [notice, setNotice] = useState<string>();
  // Bumped when deals are made, so the candidates start afresh (nothing ticked, re-ranked).
  const [fillRound, setFillRound] = useState(0);
  const selected = lines?.find((row) => row.key === selectedKey);
  const stale = useMemo(() => staleOffers(offers ?? [], today), [offers, today]);
  const close = () => setOpen({ dialog: 'none' });

  /** A request just entered is picked at once: its candidates are what the broker wants next. */
  function entered(request?: StoredRecord<'requests'>) {
    close();
    setNotice(t('desk.entrySaved'));
    if (request) setSelectedKey(`${request.id}/${request.lines[0]!.lineId}`);
  }

  /** Deals were made: say their numbers, and let the picked line's candidates start afresh. */
  function made(deals: StoredRecord<'deals'>[]) {
    close();
    setFillRound((round) => round + 1);
    setNotice(t('desk.dealsMade', { count: deals.length, numbers: deals.map((deal) => deal.number).join(', ') }));
  }

  async function expireStale() {
    try {
      setNotice(t('desk.expired', { count: await expireOffers(book, stale) }));
    } catch (error) {
      setNotice(errorMessage(error));
    }
  }

  const actions = (
    <>
      <Button onClick={() => setOpen({ dialog: 'paste' })}>{t('desk.actions.paste')}</Button>
      <Button onClick={() => setOpen({ dialog: 'entry', kind: 'request' })}>{t('desk.actions.newRequest')}</Button>
      <Button onClick={() => setOpen({ dialog: 'entry', kind: 'offer' })}>{t('desk.actions.newOffer')}</Button>
      <Button onClick={() => setOpen({ dialog: 'allocate' })} disabled={matching.indexedVersion === undefined || !requests?.length}>
        {t('desk.actions.allocate')}
      </Button>
      <Button onClick={() => void expireStale()} disabled={stale.length === 0}>
        {t('desk.actions.expire', { count: stale.length })}
      </Button>
    </>
  );

  return (
    <Page testId="page-desk" title={t('desk.title')} subtitle={t('desk.subtitle')} actions={actions}>
      {notice && (
        <p role="status" className="sd-desk__notice" data-testid="desk-notice">
          {notice}
        </p>
      )}
      <div className="sd-desk">
        <RequestLinesPanel rows={lines} selectedKey={selected?.key} onSelect={(row) => setSelectedKey(row.key)} />
        {selected ? (
          <CandidatesPanel
            key={`${selected.key}/${fillRound}`}
            row={selected}
            matching={matching}
            offersById={offersById}
            today={today}
            onClose={() => setSelectedKey(undefined)}
            onAccept={(fills) => setOpen({ dialog: 'deals', row: selected, fills })}
          />
        ) : (
          <OffersPanel offers={offers} firstOffers={firstOffers} today={today} />
        )}
      </div>
      {open.dialog === 'paste' && <PasteDialog today={today} onClose={close} onSaved={(count) => (close(), setNotice(t('desk.pasteSaved', { count })))} />}
      {open.dialog === 'entry' && <QuickEntryDialog kind={open.kind} today={today} onClose={close} onSaved={entered} />}
      {open.dialog === 'allocate' && requests && (
        <AllocateDialog
          engine={matching.engine}
          requests={requests}
          offersById={offersById}
          filledKg={filledKg}
          today={today}
          onClose={close}
          onCreated={made}
        />
      )}
      {open.dialog === 'deals' && (
        <NewDealsDialog
          fills={open.fills}
          parties={dealParties(open.row.request, open.row.line.lineId)}
          dealOn={today}
          onClose={close}
          onCreated={made}
        />
      )}
    </Page>
  );
}

function dealParties(request: StoredRecord<'requests'>, requestLineId: string) {
  return { buyerId: request.buyerId, brokerId: request.brokerId, requestId: request.id, requestLineId, ...(request.payment && { payment: request.payment }) };
}
