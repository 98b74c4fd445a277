/**
 * `npm run user:role -- <email> <student|teacher>` — grants or removes the teacher role. The
 * role is read from the database on every request, so it applies at once (no sign-out).
 */
import { createDb } from "@/lib/db";
import { setRole } from "@/lib/dal/users";
import { emailSchema, roleSchema } from "@/lib/validation/account";

async function main(argv: string[]): Promise<number> {
  const [rawEmail, rawRole, ...rest] = argv;
  const email = emailSchema.safeParse(rawEmail ?? "");
  const role = roleSchema.safeParse(rawRole ?? "");
  if (!email.success || !role.success || rest.length) {
    console.error("usage: npm run user:role -- <email> <student|teacher>");
    if (rawEmail !== undefined && !email.success) console.error(`  not an email address: ${JSON.stringify(rawEmail).slice(0, 80)}`);
    if (rawRole !== undefined && !role.success) console.error(`  role must be "student" or "teacher", not ${JSON.stringify(rawRole).slice(0, 40)}`);
    return 2;
  }
  const db = createDb();
  try {
    const user = await setRole(db, email.data, role.data);
    if (!user) {
      console.error(`no account with the email ${email.data}`);
      return 1;
    }
    console.log(`${user.email} is now a ${user.role}`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code), (err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
