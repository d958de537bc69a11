// The large-data generator: a fresh database `passerelle_bench` on the PostgreSQL server (127.0.0.1:5432 by
// default), migrated and seeded with the demo, then a large tenant added to Formapro with set-based SQL
// (INSERT … SELECT generate_series): 5,000 companies, 100,000 participants, 20,000 actions with 200,000
// slots and 140,000 seats, > 1,000,000 attendance rows, 50,000 invoices, and for the admin pages 20,000
// contacts, 50,000 sent emails, 20,000 documents, 5,000 tickets and 5,000 orders. Groupe Martin (the demo
// contact claire.martin@…) becomes the big company: 5,000 participants, 1,000 actions, 2,000 invoices.
//   npx tsx bench/generate.ts
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { DEMO_COMPANIES, DEMO_ORGANIZATIONS } from "../prisma/seed/demo-accounts";
import { runDemoSeed } from "../prisma/seed/run-demo-seed";
import { deployMigrations } from "../scripts/db/migrations";
import { BENCH_DATABASE, BENCH_DATA_VERSION, BENCH_SERVER_URL, SIZES, benchDatabaseUrl } from "./bench-config";

async function timed(label: string, client: Client, sql: string, values: unknown[] = []): Promise<void> {
  const started = Date.now();
  const result = await client.query(sql, values);
  console.log(`  ${label.padEnd(28)} ${String(result.rowCount ?? "").padStart(9)} rows  ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const admin = new Client({ connectionString: BENCH_SERVER_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  await admin.end();
  const databaseUrl = benchDatabaseUrl();
  console.log(`▸ ${databaseUrl}: migrations and demo seed`);
  await deployMigrations({ databaseUrl });
  process.env.STORAGE_DIR ??= await mkdtemp(path.join(tmpdir(), "passerelle-bench-storage-"));
  await runDemoSeed({ databaseUrl });

  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const org = DEMO_ORGANIZATIONS.formapro.id;
  const big = DEMO_COMPANIES.groupeMartin.id;
  const refs = await client.query<{ trainer: string; location: string; module: string }>(
    `SELECT (SELECT id FROM "Trainer" WHERE "organizationId" = $1 ORDER BY id LIMIT 1) AS trainer,
            (SELECT id FROM "Location" WHERE "organizationId" = $1 ORDER BY id LIMIT 1) AS location,
            (SELECT id FROM "Module" WHERE "organizationId" = $1 ORDER BY id LIMIT 1) AS module`,
    [org],
  );
  const { trainer, location, module } = refs.rows[0];
  const S = SIZES;
  console.log("▸ Large tenant (set-based SQL)");
  await client.query("SET synchronous_commit = off");
  // Bulk load without firing the foreign-key triggers row by row (every id below is built to match).
  await client.query("SET session_replication_role = replica");

  await timed(
    "companies",
    client,
    `
    INSERT INTO "Company" ("id", "organizationId", "name", "city", "updatedAt")
    SELECT 'bc' || g, $1, 'Entreprise ' || lpad(g::text, 5, '0'), 'Ville ' || (g % 90), now() FROM generate_series(1, ${S.companies}) g`,
    [org],
  );
  await timed(
    "participants",
    client,
    `
    INSERT INTO "Participant" ("id", "organizationId", "companyId", "firstName", "lastName", "email", "jobTitle", "updatedAt")
    SELECT 'bp' || g, $1, CASE WHEN g <= ${S.bigCompanyParticipants} THEN $2 ELSE 'bc' || (1 + g % ${S.companies}) END,
           'Prénom' || g, 'Nom' || lpad(g::text, 6, '0'), 'p' || g || '@bench.test', 'Poste ' || (g % 40), now()
    FROM generate_series(1, ${S.participants}) g`,
    [org, big],
  );
  // Start dates spread over five years (2022-03 → 2027-02), each action five days long.
  const startOf = (g: string) => `(date '2022-03-01' + ((${g} * 7) % 1825))`;
  await timed(
    "training actions",
    client,
    `
    INSERT INTO "TrainingAction" ("id", "organizationId", "locationId", "number", "type", "status", "mode", "title", "startDate", "endDate", "durationHours", "maxPlaces", "priceCents", "updatedAt")
    SELECT 'ba' || g, $1, $2, 'ADF_B' || lpad(g::text, 6, '0'), 'INTER',
           (CASE WHEN d + 4 < current_date THEN 'COMPLETED' WHEN d <= current_date THEN 'IN_PROGRESS' ELSE 'SCHEDULED' END)::"ActionStatus",
           'IN_PERSON', 'Formation ' || (ARRAY['Sécurité', 'Management', 'Excel', 'Anglais', 'Gestes et postures', 'Hygiène'])[1 + g % 6] || ' n° ' || g,
           d, d + 4, 35, 12, 120000, now()
    FROM (SELECT g, ${startOf("g")} AS d FROM generate_series(1, ${S.actions}) g) s`,
    [org, location],
  );
  await timed(
    "action modules",
    client,
    `INSERT INTO "ActionModule" ("organizationId", "actionId", "moduleId") SELECT $1, 'ba' || g, $2 FROM generate_series(1, ${S.actions}) g`,
    [org, module],
  );
  await timed(
    "action trainers",
    client,
    `INSERT INTO "ActionTrainer" ("organizationId", "actionId", "trainerId") SELECT $1, 'ba' || g, $2 FROM generate_series(1, ${S.actions}) g`,
    [org, trainer],
  );
  await timed(
    "slots",
    client,
    `
    INSERT INTO "Slot" ("id", "organizationId", "actionId", "moduleId", "locationId", "trainerId", "startsAt", "endsAt")
    SELECT 'bs' || g || '_' || k, $1, 'ba' || g, $2, $3, $4, t, t + interval '3 hours 30 minutes'
    FROM (SELECT g, k, (${startOf("g")} + k / 2)::timestamp + CASE WHEN k % 2 = 0 THEN interval '7 hours' ELSE interval '12 hours' END AS t
          FROM generate_series(1, ${S.actions}) g, generate_series(0, ${S.slotsPerAction - 1}) k) s`,
    [org, module, location, trainer],
  );
  // Seven seats per action: the big company's 1,000 actions take its own participants, the others the rest;
  // one seat in ten actions is cancelled (its attendance rows stay, and must not count).
  await timed(
    "enrolments",
    client,
    `
    INSERT INTO "Enrolment" ("id", "organizationId", "actionId", "companyId", "participantId", "status", "updatedAt")
    SELECT 'be' || g || '_' || k, $1, 'ba' || g, p."companyId", p."id",
           (CASE WHEN k = ${S.seatsPerAction - 1} AND g % 10 = 0 THEN 'CANCELLED' ELSE 'CONFIRMED' END)::"EnrolmentStatus", now()
    FROM generate_series(1, ${S.actions}) g
    CROSS JOIN generate_series(0, ${S.seatsPerAction - 1}) k
    JOIN "Participant" p ON p."id" = 'bp' || CASE WHEN g <= ${S.bigCompanyActions}
      THEN 1 + ((g - 1) * ${S.seatsPerAction} + k) % ${S.bigCompanyParticipants}
      ELSE ${S.bigCompanyParticipants + 1} + ((g - ${S.bigCompanyActions + 1}) * ${S.seatsPerAction} + k) % ${S.participants - S.bigCompanyParticipants} END`,
    [org],
  );
  // Every seat × every ended slot, except one slot in fifty left unrecorded: 86 % present, 5 % late, 5 % absent, 4 % excused.
  await timed(
    "attendance",
    client,
    `
    INSERT INTO "Attendance" ("id", "organizationId", "companyId", "slotId", "enrolmentId", "status", "recordedAt")
    SELECT e."id" || '/' || s."id", $1, e."companyId", s."id", e."id",
           (CASE WHEN h < 86 THEN 'PRESENT' WHEN h < 91 THEN 'LATE' WHEN h < 96 THEN 'ABSENT' ELSE 'EXCUSED' END)::"AttendanceStatus", s."endsAt"
    FROM (SELECT e.*, s."id" AS sid, abs(hashtext(e."id" || s."id")) % 100 AS h FROM "Enrolment" e JOIN "Slot" s ON s."actionId" = e."actionId"
          WHERE e."id" LIKE 'be%' AND s."endsAt" < now() AND abs(hashtext(s."id")) % 50 <> 0) e
    JOIN "Slot" s ON s."id" = e.sid`,
    [org],
  );
  await timed(
    "invoices",
    client,
    `
    INSERT INTO "Invoice" ("id", "organizationId", "companyId", "kind", "sequence", "number", "issueDate", "dueDate", "totalExclTaxCents", "vatCents", "totalInclTaxCents", "paidCents", "cancelledAt")
    SELECT 'bi' || g, $1, CASE WHEN g <= ${S.bigCompanyInvoices} THEN $2 ELSE 'bc' || (1 + g % ${S.companies}) END, 'INVOICE',
           100000 + g, 'FB-' || lpad(g::text, 6, '0'), d, d + 30, amount, amount / 5, amount + amount / 5,
           CASE WHEN g % 97 = 0 THEN 0 WHEN g % 5 = 0 THEN 0 WHEN g % 5 = 1 THEN (amount + amount / 5) / 2 ELSE amount + amount / 5 END,
           CASE WHEN g % 97 = 0 THEN now() END
    FROM (SELECT g, date '2022-01-03' + (g * 13) % 1790 AS d, 50000 + (g * 37) % 400000 AS amount FROM generate_series(1, ${S.invoices}) g) s`,
    [org, big],
  );
  await timed(
    "invoice lines",
    client,
    `
    INSERT INTO "InvoiceLine" ("id", "organizationId", "invoiceId", "position", "label", "quantity", "unitPriceCents", "vatRateBasisPoints", "totalExclTaxCents")
    SELECT 'bl' || substr(i."id", 3), $1, i."id", 1, 'Formation (forfait)', 1, i."totalExclTaxCents", 2000, i."totalExclTaxCents"
    FROM "Invoice" i WHERE i."id" LIKE 'bi%'`,
    [org],
  );
  // The admin pages' data: the CRM's contacts (one in four with an active extranet access), a sent outbox,
  // documents, quality tickets and orders, spread over the companies and the last five years.
  await timed(
    "contacts",
    client,
    `
    INSERT INTO "Contact" ("id", "organizationId", "companyId", "firstName", "lastName", "email", "jobTitle", "updatedAt")
    SELECT 'bk' || g, $1, 'bc' || (1 + g % ${S.companies}), 'Contact' || g, 'Nom' || lpad(g::text, 6, '0'), 'k' || g || '@bench.test',
           'Fonction ' || (g % 25), now()
    FROM generate_series(1, ${S.companies * S.contactsPerCompany}) g`,
    [org],
  );
  await timed(
    "extranet accesses",
    client,
    `
    INSERT INTO "ExtranetAccess" ("id", "organizationId", "companyId", "contactId", "status", "activatedAt", "updatedAt")
    SELECT 'bx' || substr(k."id", 3), k."organizationId", k."companyId", k."id", 'ACTIVE', now(), now()
    FROM "Contact" k WHERE k."id" LIKE 'bk%' AND substr(k."id", 3)::int % 4 = 0`,
  );
  await timed(
    "outbox emails",
    client,
    `
    INSERT INTO "EmailOutbox" ("id", "organizationId", "template", "to", "subject", "html", "text", "status", "attempts", "sentAt", "createdAt")
    SELECT 'bm' || g, $1, (ARRAY['invitation', 'document', 'order-confirmation', 'ticket'])[1 + g % 4], 'k' || g || '@bench.test',
           'Message n° ' || g, '<p>Bonjour,</p><p>Message n° ' || g || '.</p>', 'Bonjour, message n° ' || g || '.', 'SENT', 1, t, t
    FROM (SELECT g, now() - (g * interval '47 minutes') AS t FROM generate_series(1, ${S.emails}) g) s`,
    [org],
  );
  await timed(
    "documents",
    client,
    `
    INSERT INTO "Document" ("id", "organizationId", "companyId", "kind", "title", "storageKey", "sizeBytes", "sha256", "sentAt", "createdAt")
    SELECT 'bd' || g, $1, CASE WHEN g % 10 = 0 THEN $2 ELSE 'bc' || (1 + g % ${S.companies}) END,
           (ARRAY['CONVENTION', 'CONVOCATION', 'PROGRAMME', 'CERTIFICAT_REALISATION', 'ATTESTATION_ASSIDUITE'])[1 + g % 5]::"DocumentKind",
           'Document n° ' || g, 'bench/missing-' || g || '.pdf', 12345, md5(g::text) || md5(g::text), t, t
    FROM (SELECT g, now() - (g * interval '2 hours') AS t FROM generate_series(1, ${S.documents}) g) s`,
    [org, big],
  );
  await timed(
    "quality tickets",
    client,
    `
    INSERT INTO "QualityTicket" ("id", "organizationId", "companyId", "number", "category", "status", "subject", "description", "receivedAt", "createdAt", "updatedAt")
    SELECT 'bt' || g, $1, CASE WHEN g % 10 = 0 THEN $2 ELSE 'bc' || (1 + g % ${S.companies}) END, 100000 + g,
           (ARRAY['RECLAMATION', 'INCIDENT', 'SUGGESTION', 'QUESTION', 'APPRECIATION'])[1 + g % 5]::"TicketCategory",
           (ARRAY['OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'CLOSED', 'CLOSED', 'RESOLVED'])[1 + g % 8]::"TicketStatus",
           'Ticket n° ' || g, 'Description du ticket n° ' || g, t, t, t
    FROM (SELECT g, now() - (g * interval '8 hours') AS t FROM generate_series(1, ${S.tickets}) g) s`,
    [org, big],
  );
  await timed(
    "orders",
    client,
    `
    INSERT INTO "Order" ("id", "organizationId", "companyId", "number", "status", "totalExclTaxCents", "createdAt", "updatedAt")
    SELECT 'bo' || g, $1, 'bc' || (1 + g % ${S.companies}), 'CMD-B' || lpad(g::text, 6, '0'),
           (ARRAY['PENDING', 'CONFIRMED', 'CONFIRMED', 'DECLINED', 'CANCELLED'])[1 + g % 5]::"OrderStatus", 120000, t, t
    FROM (SELECT g, now() - (g * interval '8 hours') AS t FROM generate_series(1, ${S.orders}) g) s`,
    [org],
  );
  await timed(
    "order lines",
    client,
    `
    INSERT INTO "OrderLine" ("id", "organizationId", "orderId", "actionId", "quantity", "unitPriceCents")
    SELECT 'bol' || g, $1, 'bo' || g, 'ba' || (${S.bigCompanyActions} + g), 1, 120000 FROM generate_series(1, ${S.orders}) g`,
    [org],
  );
  await client.query(
    `UPDATE "Organization" SET "lastInvoiceSequence" = (SELECT max("sequence") FROM "Invoice" WHERE "organizationId" = $1),
       "lastTicketNumber" = (SELECT max("number") FROM "QualityTicket" WHERE "organizationId" = $1) WHERE "id" = $1`,
    [org],
  );
  await client.query("SET session_replication_role = origin");
  // The load ran with triggers off: the dashboard's rollups are recomputed from the raw rows at once.
  await timed("dashboard rollups", client, "SELECT passerelle_rebuild_dashboard_rollups()");
  await client.query(`COMMENT ON DATABASE ${BENCH_DATABASE} IS '${BENCH_DATA_VERSION}'`);
  // VACUUM too: it sets the visibility map, without which no count can be an index-only scan.
  console.log("▸ VACUUM ANALYZE");
  await client.query("VACUUM ANALYZE");
  const counts = await client.query(
    `SELECT
    (SELECT count(*) FROM "Company") AS companies, (SELECT count(*) FROM "Participant") AS participants,
    (SELECT count(*) FROM "TrainingAction") AS actions, (SELECT count(*) FROM "Slot") AS slots,
    (SELECT count(*) FROM "Enrolment") AS enrolments, (SELECT count(*) FROM "Attendance") AS attendance,
    (SELECT count(*) FROM "Invoice") AS invoices, (SELECT count(*) FROM "Contact") AS contacts,
    (SELECT count(*) FROM "EmailOutbox") AS emails, (SELECT count(*) FROM "Document") AS documents,
    (SELECT count(*) FROM "QualityTicket") AS tickets, (SELECT count(*) FROM "Order") AS orders,
    (SELECT count(*) FROM "Participant" WHERE "companyId" = $1) AS big_participants,
    (SELECT count(DISTINCT "actionId") FROM "Enrolment" WHERE "companyId" = $1) AS big_actions`,
    [big],
  );
  console.table(counts.rows[0]);
  await client.end();
  console.log(`▸ Done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
