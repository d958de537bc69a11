import type { Database } from "../../lib/db/create-prisma-client";
import { hashPassword } from "../../lib/auth/password";
import type { FileStorage } from "../../lib/storage/storage";
import { buildAttendance } from "./attendance";
import { buildAuditEvents } from "./audit-events";
import { buildCatalogue } from "./catalogue";
import { buildCrm } from "./crm";
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD } from "./demo-accounts";
import { emptyDemoRows, writeDemoRows, type DemoTable } from "./demo-rows";
import { buildDocuments } from "./documents";
import { buildEvaluations } from "./evaluations";
import { buildFundings } from "./fundings";
import { buildInvoices } from "./invoices";
import { buildManagerAssignments } from "./manager-assignments";
import { buildOrders } from "./orders";
import { buildOrganisationsAndSites } from "./organisations-and-sites";
import { buildQuotes } from "./quotes";
import { createSeedContext } from "./seed-context";
import { buildTicketsAndFiles } from "./tickets-and-files";
import { buildTrainingActions } from "./training-actions";

export interface SeedDemoDataOptions {
  db: Database;
  storage: FileStorage;
  /** Past, in progress and upcoming are relative to this instant. */
  now: Date;
}

export type SeedDemoDataResult =
  | {
      status: "created";
      rowCounts: Record<DemoTable, number>;
      fileCount: number;
      timingsMs: { build: number; storage: number; database: number };
    }
  | { status: "already-present"; existingSlugs: string[] };

const DEMO_SLUGS = Object.values(DEMO_ORGANIZATIONS).map((organization) => organization.slug);

/**
 * Creates the demo: two organisations (one with two sub-centres and their extranet domains), their staff,
 * client companies, contacts and accounts, catalogue, training actions, attendance, documents and
 * signatures, invoices, orders, quality tickets, shared files, journal entries and answered questionnaires.
 *
 * Idempotent: when any demo organisation already exists, it changes nothing and says so. Deterministic:
 * the same `now` gives the same rows and ids (random choices come from seeded streams).
 * The rows are built and the files stored first; the database is then written in one transaction.
 */
export async function seedDemoData({ db, storage, now }: SeedDemoDataOptions): Promise<SeedDemoDataResult> {
  const existingSlugs = await findDemoOrganizations(db);
  if (existingSlugs.length > 0) return { status: "already-present", existingSlugs };

  const startedAt = performance.now();
  const rows = emptyDemoRows();
  const ctx = createSeedContext(now, await hashPassword(DEMO_PASSWORD), rows);
  const tenants = buildOrganisationsAndSites(ctx);
  const companies = buildCrm(ctx, tenants);
  const catalogues = buildCatalogue(ctx, tenants, companies);
  const actions = buildTrainingActions(ctx, tenants, companies, catalogues);
  buildAttendance(ctx, actions);
  buildManagerAssignments(ctx, companies);
  const signatures = await buildDocuments(ctx, tenants, companies, actions);
  buildOrders(ctx, tenants, companies, catalogues, actions);
  buildFundings(ctx, actions);
  buildInvoices(ctx, tenants, companies, catalogues, actions);
  await buildTicketsAndFiles(ctx, tenants, companies, actions);
  buildAuditEvents(ctx, tenants, companies, signatures);
  buildEvaluations(ctx, tenants, actions);
  await buildQuotes(ctx, tenants, companies, catalogues, actions);
  setNumberingCounters(rows);
  const builtAt = performance.now();

  // Keys are derived from row ids, so a run that failed after this point leaves files a new run overwrites.
  for (const file of rows.files) await storage.put(file.key, file.bytes, file.contentType);
  const storedAt = performance.now();

  const rowCounts = await db.$transaction(
    async (tx) => {
      const raced = await tx.organization.findMany({ where: { slug: { in: DEMO_SLUGS } }, select: { slug: true } });
      if (raced.length > 0) throw new Error(`Demo organisations appeared while seeding: ${raced.map((row) => row.slug).join(", ")}`);
      return writeDemoRows(tx, rows);
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  const writtenAt = performance.now();

  return {
    status: "created",
    rowCounts,
    fileCount: rows.files.length,
    timingsMs: {
      build: Math.round(builtAt - startedAt),
      storage: Math.round(storedAt - builtAt),
      database: Math.round(writtenAt - storedAt),
    },
  };
}

async function findDemoOrganizations(db: Database): Promise<string[]> {
  const found = await db.organization.findMany({ where: { slug: { in: DEMO_SLUGS } }, select: { slug: true }, orderBy: { slug: "asc" } });
  return found.map((row) => row.slug);
}

/** The organisations' order and ticket counters continue after the numbers the demo used. */
function setNumberingCounters(rows: ReturnType<typeof emptyDemoRows>): void {
  for (const organization of rows.organizations) {
    organization.lastOrderNumber = rows.orders.filter((order) => order.organizationId === organization.id).length;
    organization.lastTicketNumber = Math.max(
      0,
      ...rows.tickets.filter((ticket) => ticket.organizationId === organization.id).map((ticket) => ticket.number),
    );
  }
}
