import type { QuoteStatus } from "../generated/prisma/enums";
import { utcToday } from "../trainings/utc-today";

/** What a reader sees: a sent quote past its validity date is expired (never stored, so never stale). */
export type QuoteDisplayStatus = QuoteStatus | "EXPIRED";

export const QUOTE_DISPLAY_STATUSES = [
  "SENT",
  "EXPIRED",
  "ACCEPTED",
  "DECLINED",
  "CONVERTED",
] as const satisfies readonly QuoteDisplayStatus[];

/** A quote may be accepted through the last day of its validity (validUntil is a calendar date). */
export function isQuoteExpired(quote: { validUntil: Date }, now: Date = new Date()): boolean {
  return quote.validUntil.getTime() < utcToday(now).getTime();
}

export function quoteDisplayStatus(quote: { status: QuoteStatus; validUntil: Date }, now: Date = new Date()): QuoteDisplayStatus {
  return quote.status === "SENT" && isQuoteExpired(quote, now) ? "EXPIRED" : quote.status;
}
