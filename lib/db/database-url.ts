/** The start script and the test harness set DATABASE_URL (to the embedded server when none is configured). */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which starts the embedded database.");
  return url;
}
