import type { AbstractIntlMessages } from "next-intl";

// Only the messages that client components read travel to the browser: the whole catalogue (~46 kB) in
// every page's payload was most of a light page's size and of its server time (serialised, then inlined
// in the HTML). Each part of the product lists the namespaces (or single keys) of its client components;
// a client component that reads a namespace missing here shows the key instead of the text.
export const SHELL_MESSAGES = ["common", "errors", "login", "notFound", "errorPage"];
const FORMS = ["actionResults", "formErrors", "passwordHint"];
const PDF_VIEWER = ["documents.loadingPreview", "documents.page", "documents.previewError"];
export const CLIENT_MESSAGES = {
  shell: SHELL_MESSAGES,
  extranet: [
    ...FORMS,
    "companySwitcher",
    "placeholders",
    "storage",
    "tickets",
    "calendar.feed",
    "documents.errors",
    "signatures",
    "evaluations.answer",
    "payments.pay",
    "payments.opening",
    "payments.hint",
    "payments.errors",
    "quotes.errors",
    "security.passkeys",
    ...PDF_VIEWER,
  ],
  admin: [
    ...FORMS,
    "settings.colour",
    "catalogue.errors",
    "storage",
    "tickets",
    "documents.errors",
    "quotes.form",
    "quotes.errors",
    "fundings.form",
    "fundings.errors",
    "invoices.invoicing.errors",
    "security.passkeys",
    ...PDF_VIEWER,
  ],
  public: ["catalogue.errors", "catalogue.cart", "catalogue.request", "intra.form", "verification"],
  account: [...FORMS, "evaluations.answer"],
} as const;

export type ClientMessagesArea = keyof typeof CLIENT_MESSAGES;

/** The listed paths of `messages`, nested as they are there ("documents.page" keeps only that key of documents). */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: AbstractIntlMessages | string | undefined = messages;
    let target = picked;
    keys.forEach((key, index) => {
      source = typeof source === "object" ? source[key] : undefined;
      if (source === undefined) throw new Error(`client messages: no "${path}" in the catalogue`);
      if (index === keys.length - 1) target[key] = source;
      else target = (target[key] ??= {}) as AbstractIntlMessages;
    });
  }
  return picked;
}
