import "server-only";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { CLIENT_MESSAGES, SHELL_MESSAGES, pickMessages, type ClientMessagesArea } from "./client-message-paths";

/** Gives the client components below it the shell's messages and those of `area`. */
export async function ClientMessages({ area, children }: { area: ClientMessagesArea; children: ReactNode }) {
  const messages = await getMessages();
  const paths = area === "shell" ? SHELL_MESSAGES : [...SHELL_MESSAGES, ...CLIENT_MESSAGES[area]];
  return <NextIntlClientProvider messages={pickMessages(messages, paths)}>{children}</NextIntlClientProvider>;
}
