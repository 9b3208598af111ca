import { useTranslation } from 'react-i18next';
import type { ConfirmationDocument } from '../../../../shared/print/confirmationDocument';
import type { PrintLayout } from '../../../../shared/print/printLayouts';
import { useCategoryName } from '../../ui/useCategoryName';
import { ConfirmationClauses } from './ConfirmationClauses';
import { PartyBlock } from './PartyBlock';
import './ConfirmationSheet.css';

export interface ConfirmationSheetProps {
  document: ConfirmationDocument;
  layout: PrintLayout;
  /** Set once the fonts are loaded: the sheet is what will be printed. */
  ready: boolean;
}

/** The printed deal confirmation (成交确认单): one sheet of the chosen paper, in the language of the surrounding i18n. */
export function ConfirmationSheet({ document: sheet, layout, ready }: ConfirmationSheetProps) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const dash = t('common.none');
  return (
    <article
      className={`sd-confirmation sd-confirmation--${layout}`}
      data-testid="confirmation"
      data-layout={layout}
      data-print-ready={ready ? 'true' : 'false'}
      aria-label={t('print.document.name', { number: sheet.number })}
    >
      {sheet.copy && (
        <div className="sd-confirmation__watermark" aria-hidden="true">
          {t('print.document.copy')}
        </div>
      )}
      <header className="sd-confirmation__header">
        <h1 className="sd-confirmation__title">{t('print.document.title')}</h1>
        {sheet.copy && (
          <p className="sd-confirmation__copy" data-testid="copy-mark">
            {t('print.document.copy')}
          </p>
        )}
        <dl className="sd-confirmation__meta">
          <dt>{t('print.document.number')}</dt>
          <dd data-testid="deal-number">{sheet.number}</dd>
          <dt>{t('print.document.date')}</dt>
          <dd>{sheet.date}</dd>
          {sheet.broker && (
            <>
              <dt>{t('print.document.broker')}</dt>
              <dd>{sheet.broker}</dd>
            </>
          )}
        </dl>
      </header>

      <section className="sd-confirmation__parties">
        <PartyBlock title={t('print.document.buyer')} party={sheet.buyer} testId="buyer" />
        <PartyBlock title={t('print.document.seller')} party={sheet.seller} testId="seller" />
      </section>

      <table className="sd-confirmation__goods" aria-label={t('print.document.goods')}>
        <thead>
          <tr>
            <th scope="col">{t('print.document.columns.index')}</th>
            <th scope="col">{t('print.document.columns.category')}</th>
            <th scope="col">{t('print.document.columns.grade')}</th>
            <th scope="col">{t('print.document.columns.spec')}</th>
            <th scope="col">{t('print.document.columns.brand')}</th>
            <th scope="col">{t('print.document.columns.warehouse')}</th>
            <th scope="col" className="sd-num">{t('print.document.columns.tonnes')}</th>
            <th scope="col" className="sd-num">{t('print.document.columns.pieces')}</th>
            <th scope="col">{t('print.document.columns.weighing')}</th>
            <th scope="col" className="sd-num">{t('print.document.columns.price')}</th>
            <th scope="col" className="sd-num">{t('print.document.columns.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row) => (
            <tr key={row.index} data-testid="goods-row">
              <td>{row.index}</td>
              <td>{categoryName(row.category)}</td>
              <td>{row.grade}</td>
              <td>{row.spec}</td>
              <td>{row.brand ?? dash}</td>
              <td>{row.warehouse ?? dash}</td>
              <td className="sd-num">{row.tonnes}</td>
              <td className="sd-num">{row.pieces ?? dash}</td>
              <td>{t(`print.weighing.${row.weighing}`)}</td>
              <td className="sd-num">{row.pricePerTon}</td>
              <td className="sd-num">{row.amount}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={6}>
              {t('print.document.total')}
            </th>
            <td className="sd-num">{sheet.totals.tonnes}</td>
            <td className="sd-num">{sheet.totals.pieces ?? dash}</td>
            <td />
            <td />
            <td className="sd-num" data-testid="total-amount">
              {sheet.totals.amount}
            </td>
          </tr>
        </tfoot>
      </table>

      <dl className="sd-confirmation__amounts">
        <dt>{t('print.document.amountInFigures')}</dt>
        <dd data-testid="total-figures">¥{sheet.totals.amount}</dd>
        <dt>{t('print.document.amountInWords')}</dt>
        <dd data-testid="total-words">{sheet.totals.amountInWords}</dd>
      </dl>

      <ConfirmationClauses clauses={sheet.clauses} />

      {sheet.copy && <p className="sd-confirmation__copy-note">{t('print.document.copyNote')}</p>}

      <footer className="sd-confirmation__signatures">
        <SignatureBox title={t('print.document.signatures.buyer')} />
        <SignatureBox title={t('print.document.signatures.seller')} />
      </footer>
    </article>
  );
}

function SignatureBox({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <div className="sd-confirmation__signature">
      <p className="sd-confirmation__signature-title">{title}</p>
      <p>{t('print.document.signatures.signature')}</p>
      <p>{t('print.document.signatures.date')}</p>
    </div>
  );
}
