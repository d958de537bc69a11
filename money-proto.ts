import { writeFileSync } from "node:fs";
import { facturXXml } from "./lib/invoices/factur-x/factur-x-xml";
const base = {
  number: "FA-2026-00012", kind: "CREDIT_NOTE", issueDate: new Date("2026-06-01"), dueDate: new Date("2026-07-01"), credited: { number: "FA-2026-00001", issueDate: new Date("2026-01-01") },
  vatOnDebits: false, totalExclTaxCents: -100000, vatCents: -20000, totalInclTaxCents: -120000, paidCents: 0,
  seller: { name: "Formapro Conseil", siret: "12345678900011", vatNumber: "FR12123456789", line: "1 rue de la Paix", postalCode: "69001", city: "Lyon" },
  buyer: { name: "Groupe Martin", siret: "98765432100022", vatNumber: null, line: "2 av. Foch", postalCode: "75008", city: "Paris" },
  delivery: null, period: null, buyerReference: null,
  lines: [{ label: "Formation SST", quantity: 2, unitPriceCents: -50000, vatRateBasisPoints: 2000, totalExclTaxCents: -100000 }],
};
facturXXml(base as never).then((x) => writeFileSync("/tmp/money-cn.xml", x));
