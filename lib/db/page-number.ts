/** A list's `?page=` as a page number: 1 for anything missing, negative, fractional or absurd. */
export function pageNumber(value: string | undefined): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}
