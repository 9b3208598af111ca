import { HubPairArgsSchema } from '../../../../shared/ipc/hubPairing';
import { normalizePairingCode, PAIRING_CODE_ALPHABET, PAIRING_CODE_LENGTH } from '../../../../shared/sync/pairing';

export interface PairingDraft {
  hubUrl: string;
  code: string;
  deviceName: string;
}

export type PairingField = keyof PairingDraft;

const CODE_PATTERN = new RegExp(`^[${PAIRING_CODE_ALPHABET}]{${PAIRING_CODE_LENGTH}}$`);

/** Which fields of the pairing form cannot be sent, checked before anything goes to the hub. */
export function pairingFormErrors(draft: PairingDraft): Partial<Record<PairingField, true>> {
  const errors: Partial<Record<PairingField, true>> = {};
  if (!HubPairArgsSchema.shape.hubUrl.safeParse(draft.hubUrl.trim()).success) errors.hubUrl = true;
  // Forgiving as people type codes: case, spaces and dashes do not matter, I/L/O read as 1/1/0.
  if (!CODE_PATTERN.test(normalizePairingCode(draft.code))) errors.code = true;
  if (!HubPairArgsSchema.shape.deviceName.safeParse(draft.deviceName).success) errors.deviceName = true;
  return errors;
}
