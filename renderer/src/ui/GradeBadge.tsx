import { GRADE_LABELS, type GradeCode } from '../../../shared/customers';
import { Badge, type BadgeTone } from './Badge';
import { useLabelLanguage } from './useLabelLanguage';

const TONE: Readonly<Record<GradeCode, BadgeTone>> = { standard: 'neutral', silver: 'info', gold: 'warning', diamond: 'success' };

/** A customer's grade (普通 / 银牌 / 金牌 / 钻石); `data-grade` carries the code. */
export function GradeBadge({ grade }: { grade: GradeCode }) {
  const language = useLabelLanguage();
  return (
    <span data-testid="grade-badge" data-grade={grade}>
      <Badge tone={TONE[grade]}>{GRADE_LABELS[grade][language]}</Badge>
    </span>
  );
}
