import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { playerCookieName, playerFromCookie } from "@/lib/dal/live";
import { getI18n } from "@/lib/i18n/server";
import { liveMessages } from "@/lib/i18n/live";
import { idSchema } from "@/lib/validation/live";
import { PlayerScreen } from "@/components/live/player-screen";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: liveMessages(locale).nav.join };
}

/** A student's screen; without this session's player cookie (or after a kick), back to /join. */
export default async function PlayPage({ params }: { params: Promise<{ id: string }> }) {
  const { locale } = await getI18n();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) redirect("/join");
  const found = await playerFromCookie(db, id.data, (await cookies()).get(playerCookieName(id.data))?.value);
  if (!found) redirect("/join");
  return <PlayerScreen sessionId={id.data} uiLocale={locale} />;
}
