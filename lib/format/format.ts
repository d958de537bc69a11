// The one place numbers, money, rates, durations and dates become text, for pages, PDFs and emails alike.
// Plurals are ICU messages in the next-intl catalogues; these helpers give them their formatted numbers.

export type FormatLocale = string;

/** Options shared by every helper: `plainSpaces` for renderers whose fonts lack the narrow no-break space (PDFs). */
export interface FormatOptions {
  plainSpaces?: boolean;
}

const INTL_LOCALE: Record<string, string> = { fr: "fr-FR", en: "en-GB" };

function intlLocale(locale: FormatLocale): string {
  return INTL_LOCALE[locale] ?? locale;
}

// Building an Intl formatter costs ~50 µs, formatting with one ~1 µs: a list page formats hundreds of cells.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: FormatLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlLocale(locale), options)));
  return format;
}

function dateFormat(locale: FormatLocale, style: "short" | "medium" | "long"): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: "UTC" })));
  return format;
}

function finish(text: string, options: FormatOptions): string {
  return options.plainSpaces ? text.replace(/\u202f|\u00a0/g, " ") : text;
}

/** "1 250,00 €" from cents; `wholeEuros` drops the cents ("4 524 €"). */
export function formatMoney(cents: number, locale: FormatLocale = "fr", options: FormatOptions & { wholeEuros?: boolean } = {}): string {
  const digits = options.wholeEuros ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  return finish(numberFormat(locale, { style: "currency", currency: "EUR", ...digits }).format(cents / 100), options);
}

/** "1 234,5": at most one decimal unless told. */
export function formatNumber(
  value: number,
  locale: FormatLocale = "fr",
  options: FormatOptions & { maximumFractionDigits?: number } = {},
): string {
  return finish(numberFormat(locale, { maximumFractionDigits: options.maximumFractionDigits ?? 1 }).format(value), options);
}

/** "92 %", or an em dash when no rate can be computed yet. */
export function formatPercent(rate: number | null, locale: FormatLocale = "fr", options: FormatOptions = {}): string {
  if (rate === null) return "—";
  return finish(numberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(rate), options);
}

/** "3,5 h". */
export function formatHours(hours: number, locale: FormatLocale = "fr", options: FormatOptions = {}): string {
  return `${formatNumber(hours, locale, options)}${options.plainSpaces ? " " : "\u00a0"}h`;
}

/** "12/03/2027" (short) or "12 mars 2027" (long), read in UTC as the database stores calendar dates. */
export function formatDate(date: Date, locale: FormatLocale = "fr", style: "short" | "medium" | "long" = "short"): string {
  return dateFormat(locale, style).format(date);
}

/** "12/03/2027 → 13/03/2027", or one date for a one-day session. */
export function formatDateSpan(start: Date, end: Date, locale: FormatLocale = "fr"): string {
  return start.getTime() === end.getTime() ? formatDate(start, locale) : `${formatDate(start, locale)} → ${formatDate(end, locale)}`;
}

/** "2,4 Mo" for a file size. */
export function formatBytes(bytes: number, locale: FormatLocale = "fr"): string {
  const units = locale === "fr" ? ["o", "Ko", "Mo", "Go"] : ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, locale, { maximumFractionDigits: unit === 0 ? 0 : 1 })}\u00a0${units[unit]}`;
}
