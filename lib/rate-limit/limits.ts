import type { RateLimit } from "./rate-limit";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Every limit of the app in one place (what an attacker can do how often). A "subject" is an account, an
 * email address, a client address (known behind a trusted proxy only) or an organisation.
 */
export const RATE_LIMITS = {
  /** Login attempts on one account from one address; from anywhere when addresses are unknown. */
  loginPerAccountAndAddress: { name: "login/account+address", limit: 5, windowMs: 15 * MINUTE },
  /** Login attempts on one account from every address: guessing spread over many addresses. */
  loginPerAccount: { name: "login/account", limit: 30, windowMs: HOUR },
  /** Login attempts from one address on every account: credential stuffing. */
  loginPerAddress: { name: "login/address", limit: 30, windowMs: 15 * MINUTE },
  /** Second-factor codes for one account's pending login (the code step after the right password). */
  loginCodePerAccount: { name: "login-code/account", limit: 5, windowMs: 15 * MINUTE },
  /** Page requests from one address to the public pages (catalogue, login, account links). */
  publicPagesPerAddress: { name: "pages/address", limit: 300, windowMs: MINUTE },
  /** REST API requests per token (lib/api/define-api-route.ts). */
  apiPerToken: { name: "api/token", limit: 600, windowMs: MINUTE },
} as const satisfies Record<string, RateLimit>;

/** Emails a visitor or a contact can make the app send, each limited per recipient, per address and per organisation. */
export const EMAIL_TRIGGER_LIMITS = {
  "password-reset": { perRecipient: 3, perAddress: 10, perOrganization: 100 },
  "email-change": { perRecipient: 3, perAddress: 10, perOrganization: 100 },
  "sign-in-link": { perRecipient: 3, perAddress: 10, perOrganization: 100 },
  /** Always to the signer's own login email; MAX_CODES_PER_SENDING also caps each request between two sendings. */
  "signature-code": { perRecipient: 30, perAddress: 60, perOrganization: 500 },
  /** The anonymous catalogue forms (enrolment request, INTRA request): their confirmation goes to any address typed in. */
  "catalogue-request": { perRecipient: 3, perAddress: 10, perOrganization: 60 },
} as const;
export const EMAIL_TRIGGER_WINDOW_MS = HOUR;

export type EmailTrigger = keyof typeof EMAIL_TRIGGER_LIMITS;
