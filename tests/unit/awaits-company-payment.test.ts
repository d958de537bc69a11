import { awaitsCompanyPayment } from "@/lib/invoices/invoice-status";

describe("awaitsCompanyPayment", () => {
  it("is the company's own invoice still due, whatever its delay", () => {
    for (const status of ["UNPAID", "OVERDUE", "PARTLY_PAID"] as const)
      expect(awaitsCompanyPayment({ kind: "INVOICE", status, billedToFunder: false })).toBe(true);
    for (const status of ["PAID", "CANCELLED"] as const)
      expect(awaitsCompanyPayment({ kind: "INVOICE", status, billedToFunder: false })).toBe(false);
    expect(awaitsCompanyPayment({ kind: "CREDIT_NOTE", status: "UNPAID", billedToFunder: false })).toBe(false);
    expect(awaitsCompanyPayment({ kind: "INVOICE", status: "OVERDUE", billedToFunder: true })).toBe(false);
  });
});
