import { addDays, calendarDate, earliest, latest, parisTime, startOfYear } from "./calendar";
import type { DemoCatalogues } from "./catalogue";
import type { DemoCompanies, DemoCompany } from "./crm";
import type { DemoOrganizationSlug } from "./demo-accounts";
import type { DemoTenant, DemoTenants } from "./organisations-and-sites";
import { demoFundingId } from "./fundings";
import { createRandom, type Random } from "./random";
import type { SeedContext } from "./seed-context";
import { seedId } from "./seed-ids";
import type { DemoAction, DemoActions } from "./training-actions";

const VAT_RATE_BASIS_POINTS = 2000;
const METHODS = ["virement", "chèque", "carte", "prélèvement"] as const;
type Method = (typeof METHODS)[number];

interface LineDraft {
  label: string;
  quantity: number;
  unitPriceCents: number;
}

/** A payment of a share of the total (the last one, "rest", settles the balance). */
interface PaymentDraft {
  paidAt: Date;
  share: number | "rest";
  method: Method;
}

interface InvoiceDraft {
  key: string;
  tenant: DemoTenant;
  company: DemoCompany;
  action: DemoAction | null;
  kind: "INVOICE" | "CREDIT_NOTE";
  issueDate: Date;
  dueDate: Date;
  lines: LineDraft[];
  payments: PaymentDraft[];
  cancelledAt?: Date;
  /** The key of the invoice a credit note cancels. */
  credits?: string;
  /** A subrogated funder's invoice: the demo funding it bills (fundings.ts). */
  fundingKey?: string;
}

/**
 * Invoices over the current and the two previous years, numbered FA-<year>-<sequence> without gaps per
 * organisation in issue order, in every payment status: paid, partly paid, unpaid (due later), overdue
 * (due date passed, nothing paid), cancelled with its credit note. 20 % VAT for Formapro, exempt for
 * Horizon. A credit note carries negative amounts.
 */
export function buildInvoices(
  ctx: SeedContext,
  tenants: DemoTenants,
  companies: DemoCompanies,
  catalogues: DemoCatalogues,
  actions: DemoActions,
): void {
  const { today } = ctx;
  const random = createRandom("invoices");
  const year = today.getUTCFullYear();
  const firstOfYear = startOfYear(year);
  const drafts: InvoiceDraft[] = [];

  const afterAction = (action: DemoAction, days = 3) => addDays(action.endDate, days);
  /** Billed when the action starts, but never before this year began, so the current year always has invoices. */
  const atStart = (action: DemoAction) => latest(action.startDate, firstOfYear);
  const forAction = (
    key: string,
    actionKey: string,
    companyKey: string,
    issueDate: Date,
    dueInDays: number,
    payments: (issue: Date) => PaymentDraft[],
    extra: LineDraft[] = [],
  ) => {
    const action = actions[actionKey]!;
    const company = companies[companyKey]!;
    const tenant = tenants[action.tenant];
    drafts.push({
      key,
      tenant,
      company,
      action,
      kind: "INVOICE",
      issueDate,
      dueDate: addDays(issueDate, dueInDays),
      lines: [actionLine(ctx, catalogues[action.tenant], action, company), ...extra],
      payments: payments(issueDate),
    });
  };
  const paid =
    (days: number, method: Method = "virement") =>
    (issue: Date) => [{ paidAt: earliest(addDays(issue, days), today), share: "rest" as const, method }];
  const inTwo = (first: number, second: number) => (issue: Date) => [
    { paidAt: addDays(issue, first), share: 0.5, method: "virement" as const },
    { paidAt: earliest(addDays(issue, second), today), share: "rest" as const, method: "virement" as const },
  ];
  const partly =
    (days: number, share: number, method: Method = "virement") =>
    (issue: Date) => [{ paidAt: earliest(addDays(issue, days), today), share, method }];
  const nothing = () => [];
  const travel: LineDraft = { label: "Frais de déplacement du formateur", quantity: 1, unitPriceCents: 18_000 };

  // Formapro Conseil — invoices of the demo actions.
  forAction(
    "sst-lyon/boulangerie",
    "sst-lyon-last-year",
    "martin-boulangerie-lyon",
    afterAction(actions["sst-lyon-last-year"]!),
    30,
    paid(24),
  );
  forAction(
    "sst-lyon/clinique",
    "sst-lyon-last-year",
    "clinique-saint-roch",
    afterAction(actions["sst-lyon-last-year"]!),
    30,
    paid(41, "chèque"),
  );
  forAction(
    "haccp-intra/boulangerie",
    "haccp-intra-boulangerie",
    "martin-boulangerie-lyon",
    afterAction(actions["haccp-intra-boulangerie"]!),
    30,
    inTwo(10, 38),
    [travel],
  );
  forAction(
    "management-nantes/patisserie",
    "management-nantes",
    "martin-patisserie-nantes",
    afterAction(actions["management-nantes"]!),
    30,
    nothing,
  ); // overdue
  forAction(
    "management-nantes/riviere",
    "management-nantes",
    "transports-riviere",
    afterAction(actions["management-nantes"]!),
    30,
    paid(21),
  );
  forAction(
    "management-nantes/groupe",
    "management-nantes",
    "groupe-martin",
    afterAction(actions["management-nantes"]!),
    30,
    paid(15, "prélèvement"),
  );
  forAction(
    "sst-intra/riviere",
    "sst-intra-riviere",
    "transports-riviere",
    afterAction(actions["sst-intra-riviere"]!),
    45,
    partly(5, 0.3),
    [travel],
  ); // partly paid
  forAction("excel/clinique", "excel-remote", "clinique-saint-roch", afterAction(actions["excel-remote"]!, 2), 30, nothing); // unpaid, due later
  forAction("excel/lefevre", "excel-remote", "cabinet-lefevre", afterAction(actions["excel-remote"]!, 2), 30, paid(2, "carte"));
  forAction("excel/dumas", "excel-remote", "atelier-dumas", afterAction(actions["excel-remote"]!, 2), 30, nothing);
  forAction("excel/moreau", "excel-remote", "julien-moreau", afterAction(actions["excel-remote"]!, 2), 0, paid(0, "carte"));
  subrogatedSplit(ctx, drafts, {
    tenant: tenants.formapro,
    company: companies["groupe-martin"]!,
    action: actions["manager-quotidien-lyon"]!,
    line: actionLine(ctx, catalogues.formapro, actions["manager-quotidien-lyon"]!, companies["groupe-martin"]!),
    issueDate: atStart(actions["manager-quotidien-lyon"]!),
    payments: paid(0, "carte"),
  });
  forAction("manager/clinique", "manager-quotidien-lyon", "clinique-saint-roch", atStart(actions["manager-quotidien-lyon"]!), 30, nothing);
  forAction("anglais/riviere", "anglais-remote", "transports-riviere", atStart(actions["anglais-remote"]!), 30, nothing);

  // Académie Horizon.
  forAction(
    "officine-intra/pharmacie",
    "accueil-officine-intra",
    "pharmacie-du-parc",
    afterAction(actions["accueil-officine-intra"]!),
    30,
    nothing,
  ); // overdue
  forAction("accueil-hotel/bellevue", "accueil-hotel", "hotel-bellevue", afterAction(actions["accueil-hotel"]!), 30, paid(12));
  forAction("accueil-hotel/lambert", "accueil-hotel", "sophie-lambert", afterAction(actions["accueil-hotel"]!), 0, paid(0, "carte"));
  forAction("anglais-hotel/bellevue", "anglais-hotel-remote", "hotel-bellevue", atStart(actions["anglais-hotel-remote"]!), 30, nothing);
  forAction(
    "anglais-hotel/pharmacie",
    "anglais-hotel-remote",
    "pharmacie-du-parc",
    atStart(actions["anglais-hotel-remote"]!),
    30,
    partly(0, 0.5, "carte"),
  );

  // History of the two previous years: paid, and one cancelled invoice with its credit note and replacement.
  for (const tenant of Object.values(tenants)) {
    const clients = Object.values(companies).filter((company) => company.tenant === tenant.slug && !company.isIndividual);
    const months = tenant.slug === "formapro" ? [2, 3, 5, 6, 9, 10, 11] : [3, 6, 10];
    let turn = 0;
    for (const pastYear of [year - 2, year - 1]) {
      for (const month of months) {
        const company = clients[turn++ % clients.length]!;
        const issueDate = calendarDate(pastYear, month, random.int(3, 20));
        drafts.push({
          key: `history/${pastYear}-${month}`,
          tenant,
          company,
          action: null,
          kind: "INVOICE",
          issueDate,
          dueDate: addDays(issueDate, 30),
          lines: historicLines(random, catalogues, tenant.slug),
          payments: random.chance(0.3) ? inTwo(8, 35)(issueDate) : paid(random.int(10, 40), random.pick(METHODS))(issueDate),
        });
      }
    }
  }
  const cancelledIssue = calendarDate(year - 1, 4, 7);
  const cancelledAt = addDays(cancelledIssue, 12);
  const riviere = companies["transports-riviere"]!;
  const cancelledLines = [{ label: "Formation « Gestes et postures » — 6 participants", quantity: 6, unitPriceCents: 21_000 }];
  drafts.push(
    {
      key: "history/cancelled",
      tenant: tenants.formapro,
      company: riviere,
      action: null,
      kind: "INVOICE",
      issueDate: cancelledIssue,
      dueDate: addDays(cancelledIssue, 30),
      lines: cancelledLines,
      payments: [],
      cancelledAt,
    },
    {
      key: "history/credit-note",
      tenant: tenants.formapro,
      company: riviere,
      action: null,
      kind: "CREDIT_NOTE",
      issueDate: cancelledAt,
      dueDate: cancelledAt,
      lines: cancelledLines.map((line) => ({ ...line, label: `Avoir — ${line.label}`, unitPriceCents: -line.unitPriceCents })),
      payments: [],
      credits: "history/cancelled",
    },
    {
      key: "history/replacement",
      tenant: tenants.formapro,
      company: riviere,
      action: null,
      kind: "INVOICE",
      issueDate: cancelledAt,
      dueDate: addDays(cancelledAt, 30),
      lines: [{ label: "Formation « Gestes et postures » — 5 participants", quantity: 5, unitPriceCents: 21_000 }],
      payments: paid(25)(cancelledAt),
    },
  );

  writeInvoices(ctx, drafts);
}

function actionLine(
  ctx: SeedContext,
  catalogue: DemoCatalogues[DemoOrganizationSlug],
  action: DemoAction,
  company: DemoCompany,
): LineDraft {
  if (action.type === "INTRA")
    return { label: `Session INTRA « ${action.title} » — ${action.number}`, quantity: 1, unitPriceCents: action.priceCents };
  const seats = action.enrolments.filter((enrolment) => enrolment.company.id === company.id && enrolment.status === "CONFIRMED").length;
  const moduleId = catalogue.modules[action.moduleCodes[0]!]!.id;
  const companyPrice =
    action.moduleCodes.length === 1
      ? ctx.rows.companyPrices.find((price) => price.companyId === company.id && price.moduleId === moduleId)
      : undefined;
  return {
    label: `Formation « ${action.title} » — ${action.number} (${seats} participant${seats > 1 ? "s" : ""})`,
    quantity: seats,
    unitPriceCents: companyPrice?.priceCents ?? action.priceCents,
  };
}

/**
 * Groupe Martin's first seat of the management course is paid by OPCO EP under subrogation (fundings.ts,
 * "manager-opco"), split as lib/invoices/split-subrogation.ts splits it: the funder's invoice for its
 * granted amount (not paid yet: OPCOs pay after the training), the company's for the other seats.
 */
function subrogatedSplit(
  ctx: SeedContext,
  drafts: InvoiceDraft[],
  {
    tenant,
    company,
    action,
    line,
    issueDate,
    payments,
  }: {
    tenant: DemoTenant;
    company: DemoCompany;
    action: DemoAction;
    line: LineDraft;
    issueDate: Date;
    payments: (issue: Date) => PaymentDraft[];
  },
): void {
  const funding = ctx.rows.fundings.find((row) => row.id === demoFundingId("manager-opco"))!;
  const coveredCents = Math.min(funding.amountCents, line.unitPriceCents);
  const title = `${action.number} — ${action.title}`;
  const others = line.quantity - 1;
  const companyLines: LineDraft[] = [
    ...(others > 0
      ? [
          {
            ...line,
            quantity: others,
            label: `Formation « ${action.title} » — ${action.number} (${others} participant${others > 1 ? "s" : ""} sans subrogation)`,
          },
        ]
      : []),
    ...(coveredCents < line.unitPriceCents
      ? [
          {
            label: `${title} — reste à charge après prise en charge par OPCO EP`,
            quantity: 1,
            unitPriceCents: line.unitPriceCents - coveredCents,
          },
        ]
      : []),
  ];
  const base = { tenant, company, action, kind: "INVOICE" as const, issueDate, dueDate: addDays(issueDate, 30) };
  drafts.push(
    { ...base, key: "manager/groupe", lines: companyLines, payments: payments(issueDate) },
    {
      ...base,
      key: "manager/opco-ep",
      fundingKey: "manager-opco",
      lines: [
        { label: `${title} — prise en charge OPCO EP — accord n° ${funding.agreementNumber}`, quantity: 1, unitPriceCents: coveredCents },
      ],
      payments: [],
    },
  );
}

function historicLines(random: Random, catalogues: DemoCatalogues, tenant: DemoOrganizationSlug): LineDraft[] {
  const modules = Object.values(catalogues[tenant].modules);
  const courseModule = random.pick(modules);
  const lines: LineDraft[] = [
    { label: `Formation « ${courseModule.title} »`, quantity: random.int(1, 6), unitPriceCents: courseModule.defaultPriceCents },
  ];
  if (random.chance(0.3))
    lines.push({ label: "Supports pédagogiques et livret stagiaire", quantity: lines[0]!.quantity, unitPriceCents: 2_500 });
  return lines;
}

function writeInvoices(ctx: SeedContext, drafts: InvoiceDraft[]): void {
  const { rows, now, today } = ctx;
  const idOf = (tenant: DemoTenant, key: string) => seedId("invoice", `${tenant.slug}/${key}`);

  for (const tenant of new Set(drafts.map((draft) => draft.tenant))) {
    const ordered = drafts
      .filter((draft) => draft.tenant === tenant)
      .sort((a, b) => a.issueDate.getTime() - b.issueDate.getTime() || a.key.localeCompare(b.key));
    ordered.forEach((draft, index) => {
      const sequence = index + 1;
      const id = idOf(tenant, draft.key);
      if (draft.issueDate > today) throw new Error(`Invoice ${draft.key} would be issued in the future`);
      const vatRate = tenant.vatExempt ? 0 : VAT_RATE_BASIS_POINTS;
      const lines = draft.lines.map((line) => ({ ...line, totalExclTaxCents: Math.round(line.quantity * line.unitPriceCents) }));
      const totalExclTaxCents = lines.reduce((sum, line) => sum + line.totalExclTaxCents, 0);
      const vatCents = Math.round((totalExclTaxCents * vatRate) / 10_000);
      const totalInclTaxCents = totalExclTaxCents + vatCents;

      let paidCents = 0;
      draft.payments.forEach((payment, position) => {
        if (payment.paidAt < draft.issueDate || payment.paidAt > today)
          throw new Error(`Payment ${position} of ${draft.key} is out of range`);
        const amountCents = payment.share === "rest" ? totalInclTaxCents - paidCents : Math.round(totalInclTaxCents * payment.share);
        paidCents += amountCents;
        rows.payments.push({
          id: seedId("payment", `${id}/${position}`),
          organizationId: tenant.id,
          invoiceId: id,
          amountCents,
          paidAt: payment.paidAt,
          method: payment.method,
        });
      });

      rows.invoices.push({
        id,
        organizationId: tenant.id,
        companyId: draft.company.id,
        actionId: draft.action?.id ?? null,
        creditedInvoiceId: draft.credits ? idOf(tenant, draft.credits) : null,
        fundingId: draft.fundingKey ? demoFundingId(draft.fundingKey) : null,
        kind: draft.kind,
        sequence,
        number: `FA-${draft.issueDate.getUTCFullYear()}-${String(sequence).padStart(5, "0")}`,
        issueDate: draft.issueDate,
        dueDate: draft.dueDate,
        totalExclTaxCents,
        vatCents,
        totalInclTaxCents,
        paidCents,
        cancelledAt: draft.cancelledAt ?? null,
        createdAt: earliest(parisTime(draft.issueDate, 10), now),
      });
      lines.forEach((line, position) => {
        rows.invoiceLines.push({
          id: seedId("invoice-line", `${id}/${position}`),
          organizationId: tenant.id,
          invoiceId: id,
          position,
          label: line.label,
          quantity: line.quantity,
          unitPriceCents: line.unitPriceCents,
          vatRateBasisPoints: vatRate,
          totalExclTaxCents: line.totalExclTaxCents,
        });
      });
    });
    const organization = rows.organizations.find((row) => row.id === tenant.id)!;
    organization.lastInvoiceSequence = ordered.length;
  }
}
