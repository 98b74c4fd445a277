import type { Metadata, Viewport } from "next";
import { ChromeSwitch } from "@/components/chrome-switch";
import { PlayerHeader } from "@/components/live/player-header";
import { SiteHeader } from "@/components/site-header";
import { getI18n } from "@/lib/i18n/server";
import { currentUser } from "@/lib/auth/session";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: { default: t.meta.title, template: `%s · ${t.meta.title}` }, description: t.meta.description };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
  colorScheme: "light dark",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [{ locale, t }, user] = await Promise.all([getI18n(), currentUser()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-3 focus:py-2 focus:shadow dark:focus:bg-slate-900">
          {t.nav.skip}
        </a>
        {/* A student's live-quiz screen gets a focused bar instead of the site's navigation (lib/navigation/focused-routes.ts). */}
        <ChromeSwitch site={<SiteHeader locale={locale} user={user} />} focused={<PlayerHeader locale={locale} />} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-10">
          {children}
        </main>
        <ChromeSwitch
          site={
            <footer className="border-t border-slate-200 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
              <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4">
                <p>{t.footer.tagline}</p>
                <p className="text-slate-500 dark:text-slate-400">한국어 · English</p>
              </div>
            </footer>
          }
        />
      </body>
    </html>
  );
}
