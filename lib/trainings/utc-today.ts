/** Midnight UTC of `now`'s day: the unit of @db.Date columns (startDate, endDate, issueDate, dueDate). */
export function utcToday(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
