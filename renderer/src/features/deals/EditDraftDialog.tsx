import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dealNeedsApproval } from '../../../../shared/deals/dealPriceCheck';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import { TermsEditor, useTermsEditor } from './TermsEditor';

/**
 * Edits a draft deal in place (e.g. one proposed by "allocate all"): nothing was agreed yet, so
 * no amendment. The price is checked against its floor again, and an approval given for the old
 * price does not carry over to a new one under the floor.
 */
export function EditDraftDialog({ deal, onClose }: { deal: StoredRecord<'deals'>; onClose: () => void }) {
  const { t } = useTranslation();
  const book = useBook();
  const editor = useTermsEditor(deal);
  const [failure, setFailure] = useState<string>();

  async function save() {
    if (!editor.edited) return;
    const needsApproval = dealNeedsApproval(editor.edited);
    try {
      await book.repository.update('deals', deal.id, { ...editor.edited, needsApproval, ...(needsApproval && { approvedAt: undefined }) });
      onClose();
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  return (
    <Dialog
      title={t('deals.editDraft.title', { number: deal.number })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" disabled={!editor.edited} onClick={() => void save()}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <TermsEditor editor={editor} start={deal} />
      {failure && <p role="alert">{failure}</p>}
    </Dialog>
  );
}
