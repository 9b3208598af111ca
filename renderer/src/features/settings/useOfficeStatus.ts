import { useEffect, useState } from 'react';
import type { OfficeStatus } from '../../../../shared/ipc/officeStatus';
import { useServices } from '../../app/ServicesContext';

/** The office hub's status (office mode), following its changes; `undefined` until first read. */
export function useOfficeStatus(): OfficeStatus | undefined {
  const { sync } = useServices();
  const [status, setStatus] = useState<OfficeStatus>();
  useEffect(() => {
    let live = true;
    const stop = sync.office.onStatusChanged(setStatus);
    sync.office.status().then(
      (current) => live && setStatus(current),
      (error: unknown) => live && setStatus({ state: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
      stop();
    };
  }, [sync]);
  return status;
}
