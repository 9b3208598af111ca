import { useEffect, useState } from 'react';
import type { HubPairing } from '../../../shared/sync/hubTransport';
import { useServices } from './ServicesContext';

/** Where this workstation stands with the office hub, following every pairing and unpairing (any window). */
export type PairingState = { status: 'loading' } | { status: 'ready'; pairing: HubPairing } | { status: 'failed'; error: unknown };

export function usePairing(): PairingState {
  const { sync } = useServices();
  const [state, setState] = useState<PairingState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const stop = sync.hub.onPairingChanged((pairing) => setState({ status: 'ready', pairing }));
    sync.hub.pairing().then(
      (pairing) => live && setState({ status: 'ready', pairing }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
      stop();
    };
  }, [sync]);
  return state;
}
