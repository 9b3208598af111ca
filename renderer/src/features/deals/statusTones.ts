import type { DealStatus } from '../../../../shared/model';
import type { BadgeTone } from '../../ui/Badge';

export const STATUS_TONES: Readonly<Record<DealStatus, BadgeTone>> = {
  draft: 'neutral',
  confirmed: 'info',
  delivered: 'warning',
  settled: 'success',
  cancelled: 'danger',
};
