import { seal, unseal } from "../crypto/sealed-box";

/**
 * A secret an email carries — a link holding a token, a one-time code — with what the email log may show
 * in its place. Only the recipient ever reads `value`: the stored, readable copy of the email shows
 * `redacted`, and the deliverable copy is sealed until it is sent.
 */
export interface EmailSecret {
  value: string;
  redacted: string;
}

export const secretLink = (url: string, token: string): EmailSecret => ({
  value: url,
  redacted: url.replace(token, "[lien-personnel-masqué]"),
});
export const secretCode = (code: string): EmailSecret => ({ value: code, redacted: "••••••" });

export interface EmailContent {
  subject: string;
  html: string;
  text: string;
}

const PURPOSE = "email-outbox";

export const sealEmailContent = (content: EmailContent): string => seal(JSON.stringify(content), PURPOSE);
export const unsealEmailContent = (sealed: string): EmailContent => JSON.parse(unseal(sealed, PURPOSE)) as EmailContent;
