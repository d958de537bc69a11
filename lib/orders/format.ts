/** "1 250,00 €" — amounts are kept in cents excl. VAT. */
export function formatEuros(cents: number): string {
  return new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(cents / 100).replace(/\u202f|\u00a0/g, " ");
}

/** "12/03/2027 → 13/03/2027", or one date for a one-day session. */
export function formatDates(start: Date, end: Date): string {
  const format = (date: Date) => date.toLocaleDateString("fr-FR", { timeZone: "UTC" });
  return start.getTime() === end.getTime() ? format(start) : `${format(start)} → ${format(end)}`;
}
