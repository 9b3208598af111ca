import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DEVELOPMENT_STAGES, STAGE_LABELS, type DevelopmentStage } from '../../../../shared/customers';
import { Badge } from '../../ui/Badge';
import { useLabelLanguage } from '../../ui/useLabelLanguage';
import { CustomerCard } from './CustomerCard';
import type { CustomerRow } from './customerRows';
import type { ContactRecord } from './useCustomerDirectory';

const CARD_HEIGHT = 150;

export interface CustomerBoardProps {
  rows: readonly CustomerRow[];
  contactsOf: ReadonlyMap<string, ContactRecord[]>;
  brokerName: (id: string) => string;
  onOpen: (id: string) => void;
}

/** The customers as cards in one column per development stage; each column renders only the cards in view. */
export function CustomerBoard({ rows, ...cards }: CustomerBoardProps) {
  const { t } = useTranslation();
  const byStage = new Map<DevelopmentStage, CustomerRow[]>(DEVELOPMENT_STAGES.map((stage) => [stage, []]));
  for (const row of rows) byStage.get(row.stage)!.push(row);
  return (
    <div className="sd-customer-board" role="group" aria-label={t('customers.board.label')}>
      {DEVELOPMENT_STAGES.map((stage) => (
        <StageColumn key={stage} stage={stage} rows={byStage.get(stage)!} {...cards} />
      ))}
    </div>
  );
}

function StageColumn({ stage, rows, contactsOf, brokerName, onOpen }: Omit<CustomerBoardProps, 'rows'> & { stage: DevelopmentStage; rows: CustomerRow[] }) {
  const language = useLabelLanguage();
  const scroller = useRef<HTMLDivElement>(null);
  // The app is not built with React Compiler, so the virtualizer's unmemoisable functions are fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => CARD_HEIGHT, overscan: 4 });
  const title = STAGE_LABELS[stage][language];
  return (
    <section className="sd-customer-board__column" aria-label={title} data-testid={`board-${stage}`}>
      <h3 className="sd-customer-board__title">
        {title} <Badge tone="info">{rows.length}</Badge>
      </h3>
      <div ref={scroller} className="sd-customer-board__scroller">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div key={row.id} className="sd-customer-board__slot" style={{ height: item.size, transform: `translateY(${item.start}px)` }}>
                <CustomerCard row={row} contacts={contactsOf.get(row.id) ?? []} brokerName={brokerName(row.brokerId)} onOpen={onOpen} />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
