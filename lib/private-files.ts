/**
 * Files only this service's user may read: the data folder (0700), the SQLite database with
 * its -wal/-shm companions and the auth secret (0600). Used by the migration script and the
 * secret loader; plain node:fs, no Next imports.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from "node:fs";
import path from "node:path";

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** The app's own data folder (the default home of the database and the auth secret). */
export function defaultDataDir(cwd: string = process.cwd()): string {
  return path.join(cwd, "data");
}

/**
 * Creates `dir` (and missing parents) as 0700. An existing folder is tightened only when it is
 * the app's own data folder: a folder named by DATABASE_URL or AUTH_SECRET_FILE (say /tmp) is
 * the operator's to set.
 */
export function ensurePrivateDir(dir: string, cwd: string = process.cwd()): void {
  const resolved = path.resolve(cwd, dir);
  if (!existsSync(resolved)) {
    mkdirSync(resolved, { recursive: true, mode: PRIVATE_DIR_MODE });
    return;
  }
  if (resolved === path.resolve(defaultDataDir(cwd))) tighten(resolved, PRIVATE_DIR_MODE);
}

/** Creates an empty file as 0600 if it is missing, so whatever writes it next keeps that mode. */
export function createPrivateFile(file: string): void {
  if (existsSync(file)) return;
  closeSync(openSync(file, "a", PRIVATE_FILE_MODE));
}

/** Takes group and other permissions away from each existing file (0600 at most). */
export function restrictFiles(...files: string[]): void {
  for (const file of files) if (existsSync(file)) tighten(file, PRIVATE_FILE_MODE);
}

function tighten(target: string, mode: number): void {
  const current = statSync(target).mode & 0o777;
  if ((current & ~mode) !== 0) chmodSync(target, current & mode);
}
