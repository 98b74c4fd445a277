import type { SharedView } from "@/lib/dal/live";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";

/** The revealed answer as one line of text, for the host screen and the phones. */
export function correctText(reveal: NonNullable<SharedView["reveal"]>, locale: Locale): string {
  const c = reveal.correct;
  const b = getMessages(locale).question;
  switch (c.kind) {
    case "choices":
    case "order":
      return c.options.map((o) => o.text).join(c.kind === "order" ? " → " : ", ");
    case "boolean":
      return c.value ? b.true : b.false;
    case "text":
      return c.accepted.join(" / ");
    case "model":
      return c.value;
  }
}
