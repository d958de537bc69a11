jest.mock("next/headers", () => require("../support/next-request-mock").nextHeaders);
jest.mock("@/lib/auth/auth", () => require("../support/next-request-mock").nextAuth);

import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { loadResults } from "@/lib/evaluations/load-results";
import { resultsQuery } from "@/lib/evaluations/results-filters";
import { sha256Hex } from "@/lib/signatures/signature-rules";
import { getFileStorage } from "@/lib/storage/storage";
import { GET as staffPackRoute } from "@/app/s/[site]/admin/formations/[id]/dossier-audit/route";
import { GET as companyPackRoute } from "@/app/s/[site]/(extranet)/formations/[id]/dossier-audit/route";
import { DEMO_COMPANIES, DEMO_HOSTS, DEMO_ORGANIZATIONS, demoIdentity } from "../support/demo";
import { createFixtureTemplate, FIXTURE_QUESTIONS } from "../support/evaluation-fixture";
import { simulateRequest } from "../support/next-request-mock";
import { readExcelCsv, readZip } from "../support/read-zip";

jest.setTimeout(60_000);

const organizationId = DEMO_ORGANIZATIONS.formapro.id;
const martin = DEMO_COMPANIES.groupeMartin;
const riviere = DEMO_COMPANIES.transportsRiviere;
const key = randomBytes(4).toString("hex");
const pdf = (label: string) => new TextEncoder().encode(`%PDF-1.4 ${label} ${key}`);

/** A Formapro action that ended last week: Groupe Martin (Ana, Bruno) and Transports Rivière (Chloé), some documents missing. */
async function createPackFixture() {
  const action = await db.trainingAction.create({
    data: {
      organizationId,
      number: `ADF_PACK_${key}`,
      type: "INTER",
      status: "COMPLETED",
      title: `Sécurité incendie ${key}`,
      startDate: new Date(Date.now() - 8 * 86_400_000),
      endDate: new Date(Date.now() - 7 * 86_400_000),
      durationHours: 7,
      maxPlaces: 10,
    },
  });
  const seat = async (companyId: string, firstName: string) => {
    const participant = await db.participant.create({ data: { organizationId, companyId, firstName, lastName: `Pack${key}` } });
    const enrolment = await db.enrolment.create({
      data: { organizationId, companyId, actionId: action.id, participantId: participant.id, status: "CONFIRMED" },
    });
    return { participant, enrolment };
  };
  const ana = await seat(martin.id, "Ana");
  const bruno = await seat(martin.id, "Bruno");
  const chloe = await seat(riviere.id, "Chloé");
  const storage = getFileStorage();
  const document = async (
    companyId: string,
    kind: "CONVENTION" | "CONVOCATION" | "CERTIFICAT_REALISATION",
    title: string,
    participantId?: string,
  ) => {
    const bytes = pdf(title);
    const storageKey = `organizations/${organizationId}/companies/${companyId}/documents/pack-${key}-${randomBytes(3).toString("hex")}.pdf`;
    await storage.put(storageKey, bytes, "application/pdf");
    return db.document.create({
      data: {
        organizationId,
        companyId,
        actionId: action.id,
        participantId,
        kind,
        title,
        storageKey,
        sizeBytes: bytes.byteLength,
        sha256: sha256Hex(bytes),
      },
    });
  };
  const martinConvention = await document(martin.id, "CONVENTION", `Convention ${key}`);
  const signedBytes = pdf("convention signée");
  const signedKey = `${martinConvention.storageKey}.signed.pdf`;
  await storage.put(signedKey, signedBytes, "application/pdf");
  const signer = await db.contact.findFirstOrThrow({ where: { companyId: martin.id } });
  await db.signatureRequest.create({
    data: {
      organizationId,
      companyId: martin.id,
      documentId: martinConvention.id,
      signerContactId: signer.id,
      status: "SIGNED",
      signedAt: new Date(),
      signedStorageKey: signedKey,
      signedSha256: sha256Hex(signedBytes),
    },
  });
  await document(martin.id, "CONVOCATION", `Convocation ${key}`);
  await document(martin.id, "CERTIFICAT_REALISATION", `Certificat ${key}`, ana.participant.id);
  await document(riviere.id, "CONVENTION", `Convention ${key}`);

  const template = await createFixtureTemplate("HOT");
  const version = await db.evaluationTemplateVersion.findFirstOrThrow({ where: { templateId: template.id } });
  const answers = [
    { seat: ana, companyId: martin.id, score: 5, text: `Très bien ${key}` },
    { seat: bruno, companyId: martin.id, score: 4, text: `Bien ${key}` },
    { seat: chloe, companyId: riviere.id, score: 2, text: `Texte privé de Rivière ${key}` },
  ];
  for (const answer of answers) {
    const send = await db.evaluationSend.create({
      data: {
        organizationId,
        companyId: answer.companyId,
        actionId: action.id,
        kind: "HOT",
        versionId: version.id,
        enrolmentId: answer.seat.enrolment.id,
        recipientKey: `enrolment:${answer.seat.enrolment.id}`,
        dueAt: new Date(),
        sentAt: new Date(),
        answeredAt: new Date(),
      },
    });
    await db.evaluationAnswer.create({
      data: {
        organizationId,
        companyId: answer.companyId,
        sendId: send.id,
        values: { qscale1: answer.score, qnps01: 9, qtext01: answer.text },
      },
    });
  }
  const number = 900_000 + Math.floor(Math.random() * 90_000);
  await db.qualityTicket.create({
    data: {
      organizationId,
      companyId: martin.id,
      actionId: action.id,
      number,
      category: "RECLAMATION",
      subject: `Salle froide ${key}`,
      description: "Il faisait froid.",
    },
  });
  await db.qualityTicket.create({
    data: {
      organizationId,
      companyId: riviere.id,
      actionId: action.id,
      number: number + 1,
      category: "INCIDENT",
      subject: `Retard Rivière ${key}`,
      description: "Retard.",
    },
  });
  await db.improvementAction.create({
    data: {
      organizationId,
      source: "EVALUATION_RESULT",
      actionId: action.id,
      title: `Chauffer la salle ${key}`,
      description: "Vérifier le chauffage.",
    },
  });
  return { action, ana, bruno, chloe, signedBytes };
}

const host = DEMO_HOSTS.formapro;
const staffGet = (actionId: string, query = "") =>
  staffPackRoute(new Request(`http://${host}/admin/formations/${actionId}/dossier-audit${query}`), {
    params: Promise.resolve({ id: actionId }),
  });
const companyGet = (actionId: string) =>
  companyPackRoute(new Request(`http://${host}/formations/${actionId}/dossier-audit`), { params: Promise.resolve({ id: actionId }) });
const unzip = async (response: Response) => readZip(new Uint8Array(await response.arrayBuffer()));
const text = (files: Map<string, Buffer>, name: string) => files.get(name)!.toString("utf8");

describe("audit pack", () => {
  let fixture: Awaited<ReturnType<typeof createPackFixture>>;
  beforeAll(async () => {
    fixture = await createPackFixture();
  });
  afterAll(() => db.$disconnect());

  it("gives staff every company's documents (signed copies), the missing pieces, the results, tickets and improvements, and an index", async () => {
    simulateRequest({ host, identity: await demoIdentity("formaproManager") });
    const response = await staffGet(fixture.action.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toContain(`dossier-audit-ADF_PACK_${key}.zip`);
    const files = await unzip(response);
    expect([...files.keys()]).toEqual([
      `Groupe Martin/1-conventions/Convention ${key} (signé).pdf`,
      `Transports Rivière/1-conventions/Convention ${key}.pdf`,
      `Groupe Martin/2-convocations/Convocation ${key}.pdf`,
      `Groupe Martin/4-certificats/Certificat ${key} - Ana Pack${key}.pdf`,
      "evaluations/resultats.csv",
      "evaluations/reponses.csv",
      "qualite/tickets.csv",
      "qualite/actions-amelioration.csv",
      "index.csv",
    ]);
    expect(files.get(`Groupe Martin/1-conventions/Convention ${key} (signé).pdf`)!.equals(Buffer.from(fixture.signedBytes))).toBe(true);

    const index = readExcelCsv(files.get("index.csv")!);
    expect(index[0]).toEqual(["Fichier", "Pièce", "Entreprise", "Participant", "État", "Taille (octets)", "SHA-256"]);
    const missing = index.filter((row) => row[4] === "Manquante").map((row) => `${row[1]} · ${row[2]} · ${row[3]}`);
    expect(missing.sort()).toEqual(
      [
        `Certificat de réalisation · Groupe Martin · Bruno Pack${key}`,
        `Certificat de réalisation · Transports Rivière · Chloé Pack${key}`,
        `Convocation · Transports Rivière · Chloé Pack${key}`,
        "Feuille d’émargement · Groupe Martin · ",
        "Feuille d’émargement · Transports Rivière · ",
      ].sort(),
    );
    const signedRow = index.find((row) => row[0].endsWith("(signé).pdf"))!;
    expect(signedRow.slice(4)).toEqual(["Incluse (signée)", String(fixture.signedBytes.byteLength), sha256Hex(fixture.signedBytes)]);
    expect(index.filter((row) => row[4].startsWith("Incluse")).map((row) => row[0])).toEqual(
      [...files.keys()].filter((name) => name !== "index.csv"),
    );

    const summary = readExcelCsv(files.get("evaluations/resultats.csv")!);
    const satisfaction = summary.find((row) => row[5] === FIXTURE_QUESTIONS[0].label)!;
    expect(satisfaction.slice(0, 8)).toEqual(["À chaud", "3", "3", "100 %", "67 %", "Satisfaction globale", "3", "3,7"]);
    expect(text(files, "evaluations/reponses.csv")).toContain(`Texte privé de Rivière ${key}`);
    expect(text(files, "qualite/tickets.csv")).toContain(`Salle froide ${key}`);
    expect(text(files, "qualite/tickets.csv")).toContain(`Retard Rivière ${key}`);
    expect(text(files, "qualite/actions-amelioration.csv")).toContain(`Chauffer la salle ${key}`);
  });

  it("narrows to one company when staff name it", async () => {
    simulateRequest({ host, identity: await demoIdentity("formaproManager") });
    const files = await unzip(await staffGet(fixture.action.id, `?entreprise=${riviere.id}`));
    expect([...files.keys()].filter((name) => name.endsWith(".pdf"))).toEqual([`Transports Rivière/1-conventions/Convention ${key}.pdf`]);
    expect(text(files, "qualite/tickets.csv")).not.toContain(`Salle froide ${key}`);
    expect(text(files, "evaluations/reponses.csv")).not.toContain(`Très bien ${key}`);
    expect(text(files, "index.csv")).not.toContain("Groupe Martin");
  });

  it("gives a company only its own documents, participants and tickets, and aggregated figures", async () => {
    simulateRequest({ host, identity: await demoIdentity("groupeMartinContact") });
    const response = await companyGet(fixture.action.id);
    expect(response.status).toBe(200);
    const files = await unzip(response);
    expect([...files.keys()]).toEqual([
      `Groupe Martin/1-conventions/Convention ${key} (signé).pdf`,
      `Groupe Martin/2-convocations/Convocation ${key}.pdf`,
      `Groupe Martin/4-certificats/Certificat ${key} - Ana Pack${key}.pdf`,
      "evaluations/resultats.csv",
      "qualite/tickets.csv",
      "index.csv",
    ]);
    const everything = [...files.values()].map((bytes) => bytes.toString("utf8")).join("\n");
    expect(everything).not.toContain("Rivière");
    expect(everything).not.toContain("Chloé");
    const summary = readExcelCsv(files.get("evaluations/resultats.csv")!);
    expect(summary.find((row) => row[5] === "Satisfaction globale")!.slice(1, 8)).toEqual([
      "3",
      "3",
      "100 %",
      "67 %",
      "Satisfaction globale",
      "3",
      "3,7",
    ]);
    expect(
      summary
        .find((row) => row[5] === "Commentaire")![9]
        .split(" | ")
        .sort(),
    ).toEqual([`Bien ${key}`, `Très bien ${key}`]);
  });

  it("answers 404 for another organisation, a company that takes no part, or an unknown action", async () => {
    simulateRequest({ host, identity: await demoIdentity("formaproManager") });
    expect((await staffGet(fixture.action.id, `?entreprise=${DEMO_COMPANIES.cliniqueSaintRoch.id}`)).status).toBe(404);
    expect((await staffGet(fixture.action.id, `?entreprise=${DEMO_COMPANIES.pharmacieDuParc.id}`)).status).toBe(404);
    expect((await staffGet("c00000000000000000000000")).status).toBe(404);
    expect((await staffGet("../x")).status).toBe(404);

    simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("horizonAdmin") });
    expect((await staffGet(fixture.action.id)).status).toBe(404);
    simulateRequest({ host: DEMO_HOSTS.horizon, identity: await demoIdentity("pharmacieDuParcContact") });
    expect((await companyGet(fixture.action.id)).status).toBe(404);

    const other = await db.trainingAction.findFirstOrThrow({
      where: {
        organizationId,
        status: { not: "DRAFT" },
        enrolments: { none: { companyId: martin.id } },
        OR: [{ companyId: null }, { companyId: { not: martin.id } }],
      },
      select: { id: true },
    });
    simulateRequest({ host, identity: await demoIdentity("groupeMartinContact") });
    expect((await companyGet(other.id)).status).toBe(404);
  });

  it("hides from a company the figures of an action with fewer than 3 answers", async () => {
    const claire = await demoIdentity("groupeMartinContact");
    const query = resultsQuery.parse({ action: fixture.action.id });
    const full = await loadResults({ organizationId: claire.organizationId, query, viewerCompanyId: martin.id });
    expect(full).toMatchObject({ answered: 3, hiddenActions: 0 });

    await db.evaluationAnswer.deleteMany({ where: { send: { actionId: fixture.action.id, companyId: riviere.id } } });
    await db.evaluationSend.updateMany({ where: { actionId: fixture.action.id, companyId: riviere.id }, data: { answeredAt: null } });
    const small = await loadResults({ organizationId: claire.organizationId, query, viewerCompanyId: martin.id });
    expect(small).toMatchObject({ sent: 0, answered: 0, satisfactionRate: null, questions: [], hiddenActions: 1 });
    expect(await loadResults({ organizationId: claire.organizationId, query })).toMatchObject({ answered: 2, hiddenActions: 0 });
  });
});
