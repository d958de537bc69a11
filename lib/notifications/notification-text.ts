import { createTranslator } from "next-intl";
import messages from "@/messages/fr/notifications.json";
import type { NotificationKind } from "../generated/prisma/enums";
import type { NotificationData } from "./notification-kinds";

const french = createTranslator({ locale: "fr", messages, namespace: "notifications.kinds" });

/** A notification's sentence in French, for its emails (the list translates the same message in the page's locale). */
export function frenchNotificationText(kind: NotificationKind, data: NotificationData): string {
  return french(kind, { subject: data.subject, detail: data.detail ?? "", status: data.status ?? "" });
}
