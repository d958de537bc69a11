jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);

import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { loadResults } from "@/lib/evaluations/load-results";
import { resultsQuery } from "@/lib/evaluations/results-filters";
import { GET as resultsExportRoute } from "@/app/s/[site]/admin/evaluations/resultats/export/route";
import { GET as improvementsExportRoute } from "@/app/s/[site]/admin/qualite/ameliorations/export/route";
import { DEMO_HOSTS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { simulateRequest } from "../support/next-request-mock";

jest.setTimeout(60_000);

const organizationId = DEMO_ORGANIZATIONS.formapro.id;
const host = DEMO_HOSTS.formapro;

async function readSheet(response: Response): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("XLSX exports", () => {
  afterAll(() => db.$disconnect());

  it("give the improvement register as a workbook read back cell by cell, formula-safe", async () => {
    const title = `=HYPERLINK("http://exemple.test";"Cliquer") ${Date.now()}`;
    await db.improvementAction.create({ data: { organizationId, source: "OTHER", title, description: "+33 1 23 45 67 89" } });
    simulateRequest({ host, identity: await demoIdentity("formaproManager") });
    const response = await improvementsExportRoute(new Request(`http://${host}/admin/qualite/ameliorations/export?format=xlsx`));
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="actions-amelioration-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const rows = await readSheet(response);
    expect(rows[0]).toEqual([
      "Créée le",
      "Origine",
      "Action de formation",
      "Intitulé",
      "Description",
      "Responsable",
      "Échéance",
      "Statut",
      "Résultat constaté",
    ]);
    const row = rows.find((cells) => cells[3] === `'${title}`);
    expect(row?.[4]).toBe("'+33 1 23 45 67 89");
    expect(rows.some((cells) => cells.some((cell) => typeof cell === "object" && cell !== null && "formula" in cell))).toBe(false);

    simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("horizonAdmin") });
    const horizon = await readSheet(
      await improvementsExportRoute(new Request(`http://${DEMO_HOSTS.horizon}/admin/qualite/ameliorations/export?format=xlsx`)),
    );
    expect(horizon.some((cells) => cells[3] === `'${title}`)).toBe(false);
  });

  it("give the results' answers as a workbook with the same lines as the CSV, and by trainer", async () => {
    const answered = await db.evaluationSend.findFirstOrThrow({
      where: { organizationId, answeredAt: { not: null }, action: { trainers: { some: {} } } },
      select: { actionId: true, action: { select: { trainers: { select: { trainerId: true }, take: 1 } } } },
    });
    const trainerId = answered.action.trainers[0].trainerId;
    simulateRequest({ host, identity: await demoIdentity("formaproManager") });
    const url = `http://${host}/admin/evaluations/resultats/export?formateur=${trainerId}`;
    const [sheet, csv] = await Promise.all([
      readSheet(await resultsExportRoute(new Request(`${url}&format=xlsx`))),
      resultsExportRoute(new Request(url)).then((response) => response.text()),
    ]);
    expect(sheet[0]).toEqual([
      "Date de réponse",
      "Action",
      "Intitulé",
      "Entreprise",
      "Type",
      "Questionnaire",
      "Version",
      "Question",
      "Réponse",
    ]);
    expect(sheet.length).toBe(csv.trim().split("\r\n").length);
    expect(sheet.length).toBeGreaterThan(1);
    expect(typeof sheet[1][6]).toBe("number");

    // The trainer filter keeps the actions that trainer taught, and nothing for another organisation's trainer.
    const all = await loadResults({ organizationId, query: resultsQuery.parse({}) });
    const byTrainer = await loadResults({ organizationId, query: resultsQuery.parse({ formateur: trainerId }) });
    const taught = await db.evaluationSend.count({
      where: {
        organizationId,
        answeredAt: { not: null },
        sentAt: { not: null },
        cancelledAt: null,
        action: { trainers: { some: { trainerId } } },
      },
    });
    expect(byTrainer.answered).toBe(taught);
    expect(byTrainer.answered).toBeLessThanOrEqual(all.answered);
    const horizonTrainer = await db.trainer.findFirstOrThrow({ where: { organizationId: DEMO_ORGANIZATIONS.horizon.id } });
    expect(await loadResults({ organizationId, query: resultsQuery.parse({ formateur: horizonTrainer.id }) })).toMatchObject({
      sent: 0,
      answered: 0,
    });
  });
});
