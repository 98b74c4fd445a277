import { BoundedCache } from "@/lib/bounded-cache";

/**
 * Calendar days in the learner's time zone. "Today", streaks and the daily limit of new
 * cards all follow the zone stored on the account, not the server's.
 */
/** Zone names come from clients: the cache is bounded (real IANA names are a few hundred). */
const formatters = new BoundedCache<Intl.DateTimeFormat>({ maxBytes: 2 * 1024 * 1024, maxEntries: 1000, maxKeyLength: 64, sizeOf: () => 2048 });

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return false;
  try {
    formatter(value);
    return true;
  } catch {
    return false;
  }
}

function parts(date: Date, timeZone: string) {
  const p: Record<string, number> = {};
  for (const { type, value } of formatter(timeZone).formatToParts(date)) if (type !== "literal") p[type] = Number(value);
  return p as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** YYYY-MM-DD of `date` in `timeZone`. */
export function dayKey(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** Offset of `timeZone` from UTC at `date`, in ms (positive east of Greenwich). */
function offsetMs(date: Date, timeZone: string): number {
  const p = parts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** The instant the day `key` (YYYY-MM-DD) starts in `timeZone`. Handles DST changes. */
export function startOfDay(key: string, timeZone: string): Date {
  const [y, m, d] = key.split("-").map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  let t = guess - offsetMs(new Date(guess), timeZone);
  t = guess - offsetMs(new Date(t), timeZone); // second pass lands on the right side of a DST jump
  return new Date(t);
}

/** Adds `n` calendar days to a YYYY-MM-DD key. */
export function addDays(key: string, n: number): string {
  const [y, m, d] = key.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Start and end (exclusive) of "today" in `timeZone`. */
export function todayBounds(now: Date, timeZone: string): { key: string; start: Date; end: Date } {
  const key = dayKey(now, timeZone);
  return { key, start: startOfDay(key, timeZone), end: startOfDay(addDays(key, 1), timeZone) };
}

/** Consecutive days with activity ending today (or yesterday, if today has none yet). */
export function streak(days: Iterable<string>, today: string): number {
  const set = new Set(days);
  let day = set.has(today) ? today : addDays(today, -1);
  let n = 0;
  while (set.has(day)) {
    n++;
    day = addDays(day, -1);
  }
  return n;
}
