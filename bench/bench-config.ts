// Shared by the generator and the runner: where the large tenant lives and which rows the pages open.
export const BENCH_SERVER_URL = process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const BENCH_DATABASE = "passerelle_bench";
/** Written on the database by bench/generate.ts; `npm run bench` regenerates a database without it. */
export const BENCH_DATA_VERSION = "passerelle-bench 3 (demo administrators with a second factor)";

export function benchDatabaseUrl(): string {
  const url = new URL(BENCH_SERVER_URL);
  url.pathname = `/${BENCH_DATABASE}`;
  return url.toString();
}

/** Deterministic ids of the generator: the big company's first action, participant and invoice. */
export const BENCH_IDS = { action: "ba1", participant: "bp1", invoice: "bi1", company: "bc1" } as const;

export const SIZES = {
  companies: 5_000,
  participants: 100_000,
  bigCompanyParticipants: 5_000,
  actions: 20_000,
  bigCompanyActions: 1_000,
  slotsPerAction: 10,
  seatsPerAction: 7,
  invoices: 50_000,
  bigCompanyInvoices: 2_000,
  // The admin pages at scale (issue 12): the CRM's contacts, the outbox, documents, tickets and orders.
  contactsPerCompany: 4,
  emails: 50_000,
  documents: 20_000,
  tickets: 5_000,
  orders: 5_000,
} as const;
