import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { db } from "@/lib/db";
import { listSandboxLinks } from "@/lib/dal/questions";
import { getI18n } from "@/lib/i18n/server";
import { SANDBOX_SCENARIOS } from "@/lib/content/schema";
import { scenarioOptions } from "@/lib/sandbox/options";
import { SandboxPanel } from "@/components/sandbox/sandbox-panel";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.sandbox.title };
}

const querySchema = z.object({ scenario: z.enum(SANDBOX_SCENARIOS).optional().catch(undefined), highlight: z.string().max(40).regex(/^[a-z-]+$/).optional().catch(undefined) });

export default async function SandboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, t } = await getI18n();
  const raw = await searchParams;
  const query = querySchema.parse({ scenario: typeof raw.scenario === "string" ? raw.scenario : undefined, highlight: typeof raw.highlight === "string" ? raw.highlight : undefined });
  const options = scenarioOptions();
  const links = await listSandboxLinks(db, locale);
  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <h1 className="text-2xl font-bold sm:text-3xl">{t.sandbox.title}</h1>
        <p className="mt-2 leading-relaxed text-slate-700 dark:text-slate-300">{t.sandbox.lead}</p>
      </header>
      <div id="run" className="scroll-mt-20">
        <SandboxPanel scenarios={options} locale={locale} initial={query.scenario} highlight={query.highlight ?? options.find((o) => o.id === query.scenario)?.highlight} />
      </div>
      <section aria-labelledby="all-scenarios">
        <h2 id="all-scenarios" className="text-xl font-bold">{t.sandbox.scenario}</h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {options.map((o) => (
            <li key={o.id} className="card p-5">
              <h3 className="font-semibold">
                <Link href={`/sandbox?scenario=${o.id}#run`} className="text-brand-800 underline-offset-2 hover:underline dark:text-brand-200">{o.title[locale]}</Link>
              </h3>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{o.summary[locale]}</p>
              {(links.get(o.id) ?? []).length > 0 && (
                <details className="mt-3 text-sm">
                  <summary className="cursor-pointer font-medium">{t.sandbox.questions} ({links.get(o.id)!.length})</summary>
                  <ul className="mt-2 space-y-1">
                    {links.get(o.id)!.map((q) => (
                      <li key={q.slug}>
                        <Link href={`/questions/${q.slug}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">{q.prompt}</Link>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
