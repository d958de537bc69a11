/** Attempts per delivery; the queue waits e^attempt seconds between them (2.7 s … about 18 min before the 8th). */
export const WEBHOOK_MAX_ATTEMPTS = 8;
/** Failed attempts in a row, over all of an endpoint's deliveries, after which it is disabled and the admins are told. */
export const WEBHOOK_DISABLE_AFTER_FAILURES = 20;
/** How long a receiver may take to answer. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
