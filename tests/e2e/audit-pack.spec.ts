import { readFile } from "node:fs/promises";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_ORGANIZATIONS, e2eQuery, expect, logIn, siteUrl, test } from "./fixtures";
import { readExcelCsv, readZip } from "../support/read-zip";

/** A completed action of Groupe Martin that has documents: the demo's latest past INTER/INTRA with a convention. */
async function martinPastAction() {
  const [row] = await e2eQuery<{ id: string; number: string }>(
    `SELECT a.id, a.number FROM "TrainingAction" a
     WHERE a."organizationId" = $1 AND a.status = 'COMPLETED'
       AND EXISTS (SELECT 1 FROM "Document" d WHERE d."actionId" = a.id AND d."companyId" = $2 AND d.kind = 'CONVENTION')
     ORDER BY a."endDate" DESC LIMIT 1`,
    [DEMO_ORGANIZATIONS.formapro.id, DEMO_COMPANIES.groupeMartin.id],
  );
  return row;
}

async function downloadZip(page: import("@playwright/test").Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), files: await readZip(await readFile((await download.path())!)) };
}

test("a contact downloads its own audit pack of a training, its index listing the documents", async ({ page }) => {
  const action = await martinPastAction();
  await logIn(page, "groupeMartinContact");
  await page.goto(siteUrl(DEMO_HOSTS.formapro, `/formations/${action.id}`));
  const { name, files } = await downloadZip(page, () => page.getByRole("link", { name: "Télécharger le dossier d’audit (ZIP)" }).click());
  expect(name).toBe(`dossier-audit-${action.number}-Groupe-Martin.zip`);
  const names = [...files.keys()];
  expect(names).toContain("index.csv");
  expect(names).toContain("evaluations/resultats.csv");
  expect(names).not.toContain("evaluations/reponses.csv");
  const pdfs = names.filter((entry) => entry.endsWith(".pdf"));
  expect(pdfs.length).toBeGreaterThan(0);
  expect(pdfs.every((entry) => entry.startsWith("Groupe Martin/"))).toBe(true);
  const index = readExcelCsv(files.get("index.csv")!);
  expect(index.some((row) => row[1] === "Convention de formation" && row[4].startsWith("Incluse") && files.has(row[0]))).toBe(true);
  for (const entry of pdfs) expect(files.get(entry)!.subarray(0, 5).toString()).toBe("%PDF-");
});

test("staff download an action's audit pack from its results, and the catalogue shows satisfaction rates once published", async ({
  page,
}) => {
  const action = await martinPastAction();
  await logIn(page, "formaproAdmin");
  await page.waitForURL(/\/admin/);
  await page.goto(siteUrl(DEMO_HOSTS.formapro, `/admin/evaluations/resultats?action=${action.id}`));
  const { files } = await downloadZip(page, () => page.getByRole("link", { name: "Dossier d’audit de l’action (ZIP)" }).click());
  expect([...files.keys()]).toEqual(
    expect.arrayContaining([
      "index.csv",
      "evaluations/resultats.csv",
      "evaluations/reponses.csv",
      "qualite/tickets.csv",
      "qualite/actions-amelioration.csv",
    ]),
  );

  // Indicator 2: the option in the settings, then each module's rate (modules with at least 5 answers) in the public catalogue.
  const rated = await e2eQuery<{ title: string; answers: number }>(
    `SELECT m.title, COUNT(DISTINCT s.id)::int AS answers FROM "EvaluationSend" s
     JOIN "EvaluationAnswer" a ON a."sendId" = s.id JOIN "ActionModule" am ON am."actionId" = s."actionId" JOIN "Module" m ON m.id = am."moduleId"
     WHERE s."organizationId" = $1 AND s.kind IN ('HOT', 'COLD') AND m.published GROUP BY m.title HAVING COUNT(DISTINCT s.id) >= 5 ORDER BY 2 DESC`,
    [DEMO_ORGANIZATIONS.formapro.id],
  );
  const setOption = async (on: boolean) => {
    await page.goto(siteUrl(DEMO_HOSTS.formapro, "/admin/parametres"));
    const form = page.getByTestId("options-form");
    await form.getByLabel("Afficher le taux de satisfaction de chaque module dans le catalogue").setChecked(on);
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await expect(form.getByRole("status")).toBeVisible();
  };
  await setOption(true);
  try {
    await page.goto(siteUrl(DEMO_HOSTS.formapro, "/catalogue"));
    const shown = page.getByTestId("module-satisfaction");
    await expect(shown).toHaveCount(rated.length);
    if (rated.length) {
      const card = page.getByTestId("catalogue-module").filter({ hasText: rated[0].title });
      await expect(card.getByTestId("module-satisfaction")).toContainText(`${rated[0].answers} avis`);
    }
  } finally {
    await setOption(false);
  }
  await page.goto(siteUrl(DEMO_HOSTS.formapro, "/catalogue"));
  await expect(page.getByTestId("module-satisfaction")).toHaveCount(0);
});
