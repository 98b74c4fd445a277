import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import QRCode from "qrcode";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { runtimeById } from "@/lib/dal/live";
import { getI18n } from "@/lib/i18n/server";
import { liveMessages } from "@/lib/i18n/live";
import { publicOrigin } from "@/lib/http/origin";
import { idSchema } from "@/lib/validation/live";
import { HostScreen } from "@/components/live/host-screen";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: liveMessages(locale).teach.host };
}

export default async function HostPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (user.role !== "teacher") redirect("/teach");
  const { locale } = await getI18n();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const rt = await runtimeById(db, id.data);
  if (!rt || rt.hostId !== user.id) notFound();
  const joinUrl = `${await publicOrigin()}/join?code=${rt.code}`;
  // Generated here from our own URL: a plain SVG of rects, no script.
  const qrSvg = await QRCode.toString(joinUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return <HostScreen sessionId={rt.id} joinUrl={joinUrl} qrSvg={qrSvg} uiLocale={locale} />;
}
