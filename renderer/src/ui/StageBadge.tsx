import { STAGE_LABELS, type DevelopmentStage } from '../../../shared/customers';
import { Badge, type BadgeTone } from './Badge';
import { useLabelLanguage } from './useLabelLanguage';

/** Tone per development stage: grey for strangers, warming up the ladder. */
const TONE: Readonly<Record<DevelopmentStage, BadgeTone>> = { peripheral: 'neutral', potential: 'info', real: 'success', loyal: 'warning' };

/** A customer's development stage (外围 / 潜在 / 真实 / 忠诚); `data-stage` carries the code for tests. */
export function StageBadge({ stage }: { stage: DevelopmentStage }) {
  const language = useLabelLanguage();
  return (
    <span data-testid="stage-badge" data-stage={stage}>
      <Badge tone={TONE[stage]}>{STAGE_LABELS[stage][language]}</Badge>
    </span>
  );
}
