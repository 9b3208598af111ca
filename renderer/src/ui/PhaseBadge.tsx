import { PHASE_LABELS, type LifecyclePhase } from '../../../shared/customers';
import { Badge, type BadgeTone } from './Badge';
import { useLabelLanguage } from './useLabelLanguage';

/** Tone per lifecycle phase: decline is the one that calls for action. */
const TONE: Readonly<Record<LifecyclePhase, BadgeTone>> = { exploration: 'info', formation: 'success', stability: 'neutral', decline: 'danger' };

/** A customer's lifecycle phase (考察期 / 形成期 / 稳定期 / 退化期); `data-phase` carries the code. */
export function PhaseBadge({ phase }: { phase: LifecyclePhase }) {
  const language = useLabelLanguage();
  return (
    <span data-testid="phase-badge" data-phase={phase}>
      <Badge tone={TONE[phase]}>{PHASE_LABELS[phase][language]}</Badge>
    </span>
  );
}
