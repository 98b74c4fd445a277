/** Which database a DATABASE_URL names. (A module of its own: lib/db.ts loads both Prisma clients.) */
export type DbKind = "sqlite" | "postgres";

export function dbKind(url: string): DbKind {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  throw new Error(`Unsupported DATABASE_URL: ${url.split(":")[0]}:…`);
}
