import type { ContactLog } from '../model/customer';

/**
 * Each customer's pending follow-up date: what its latest contact log asks for. A later log
 * without a follow-up date clears an earlier one, so a customer already called back drops out.
 */
export function pendingFollowUps(contactLogs: ReadonlyArray<Pick<ContactLog, 'customerId' | 'at' | 'nextFollowUpOn'>>): Map<string, string> {
  const latest = new Map<string, { at: number; nextFollowUpOn: string | undefined }>();
  for (const log of contactLogs) {
    const at = Date.parse(log.at);
    const known = latest.get(log.customerId);
    if (!known || at > known.at) latest.set(log.customerId, { at, nextFollowUpOn: log.nextFollowUpOn });
  }
  const pending = new Map<string, string>();
  for (const [customerId, log] of latest) if (log.nextFollowUpOn !== undefined) pending.set(customerId, log.nextFollowUpOn);
  return pending;
}
