/** `npm run db:seed` — load content/ and upsert it into the database (idempotent). */
import { createDb } from "../lib/db";
import { loadContent } from "../lib/content/load";
import { seedContent } from "../lib/content/seed";

async function main() {
  const db = createDb(process.env.DATABASE_URL ?? "file:./data/app.db");
  try {
    const report = await seedContent(db, loadContent());
    console.log(
      `seed: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.retired} retired, ${report.topics} topic(s) written`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
