/**
 * A tiny in-process signal: the seed announces that a database's content changed, and the
 * in-memory question catalog (lib/dal/catalog.ts) drops its snapshot for that database.
 * Kept free of server-only imports so the seed CLI can use it.
 */
type Listener = (db: object) => void;
const listeners = new Set<Listener>();

export function onContentChanged(listener: Listener): void {
  listeners.add(listener);
}

export function announceContentChanged(db: object): void {
  for (const l of listeners) l(db);
}
