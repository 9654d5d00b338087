import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { getJson } from './api.ts';
import { parseHash, type Route } from './route.ts';

export { href } from './route.ts';

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => parseHash(hash), [hash]);
}

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/** GETs `path` (null: nothing to load) and re-fetches when it changes. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: path !== null });
  useEffect(() => {
    if (path === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const ctrl = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    getJson<T>(path, ctrl.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (e: Error) => {
        if (e.name !== 'AbortError') setState({ data: null, error: e.message, loading: false });
      },
    );
    return () => ctrl.abort();
  }, [path]);
  return state;
}
