import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Stores } from './stores.js';

export const StoresContext = createContext<Stores | null>(null);

export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('StoresContext is missing: render inside <StoresContext.Provider>');
  return stores;
}

type StoreKey = { [K in keyof Stores]: Stores[K] extends StoreApi<unknown> ? K : never }[keyof Stores];
type StateOf<K extends StoreKey> = Stores[K] extends StoreApi<infer S> ? S : never;

/** `useApp('tasks', (s) => s.total)`: a selector over one of the app's stores. */
export function useApp<K extends StoreKey, T>(key: K, selector: (state: StateOf<K>) => T): T {
  const store = useStores()[key] as unknown as StoreApi<StateOf<K>>;
  return useStore<StoreApi<StateOf<K>>, T>(store, selector);
}
