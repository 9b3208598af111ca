import { createContext, useContext } from 'react';
import type { AppServices } from './AppServices';

/** Provides the app's services to the tree; set once by `App`. */
export const ServicesContext = createContext<AppServices | null>(null);

/** The app's services. Only inside `App`. */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices: no ServicesContext above this component');
  return services;
}
