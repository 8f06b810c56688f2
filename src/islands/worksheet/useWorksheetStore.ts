/**
 * The worksheet session (src/lib/worksheet/session.ts) as a Preact hook:
 * one session per island, re-rendered on every change, written at once when
 * the page is hidden or left, and kept in step with other tabs.
 */
import { useEffect, useState } from 'preact/hooks';
import { createSession, type WorksheetSession } from '../../lib/worksheet/session';
import { openStorage } from '../../lib/worksheet/storage';

export function useWorksheetStore(copyTitle: (title: string) => string): WorksheetSession | null {
  const [session, setSession] = useState<WorksheetSession | null>(null);
  const [, rerender] = useState(0);

  useEffect(() => {
    const s = createSession(openStorage(() => window.localStorage), { copyTitle });
    setSession(s);
    const unsubscribe = s.subscribe(() => rerender((n) => n + 1));
    const flush = () => s.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && s.flush();
    const onStorage = (e: StorageEvent) => s.otherTabSaved(e.key);
    addEventListener('pagehide', flush);
    addEventListener('beforeunload', flush);
    addEventListener('storage', onStorage);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unsubscribe();
      removeEventListener('pagehide', flush);
      removeEventListener('beforeunload', flush);
      removeEventListener('storage', onStorage);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  return session;
}
