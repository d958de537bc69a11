import { getTranslations } from "next-intl/server";
import { addDomainAction, removeDomainAction, setPrimaryDomainAction, verifyDomainAction } from "@/lib/settings/settings-actions";
import { domainVerificationRecord } from "@/lib/settings/domain-verification-record";
import { ActionForm } from "@/components/ui/action-form";

/** The hostnames of the organisation or of one centre: mark the primary one, prove a pending one, remove, add. */
export async function DomainList({
  domains,
  centreId,
  testId,
}: {
  domains: { id: string; hostname: string; isPrimary: boolean; verifiedAt: Date | null; verificationToken: string | null }[];
  centreId: string | null;
  testId: string;
}) {
  const t = await getTranslations("settings");
  return (
    <div className="space-y-3" data-testid={testId}>
      {domains.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noDomains")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {domains.map((domain) => (
            <li key={domain.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
              <span className="font-mono">
                {domain.hostname}
                {domain.isPrimary && (
                  <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 font-sans text-xs font-semibold text-green-900">
                    {t("primary")}
                  </span>
                )}
                {!domain.verifiedAt && (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 font-sans text-xs font-semibold text-amber-900">
                    {t("pending")}
                  </span>
                )}
              </span>
              <span className="flex gap-2">
                {/* A pending domain is proven first; a proven one can become the primary. */}
                {(!domain.verifiedAt || !domain.isPrimary) && (
                  <ActionForm
                    action={domain.verifiedAt ? setPrimaryDomainAction : verifyDomainAction}
                    fields={[{ type: "hidden", name: "domainId", value: domain.id }]}
                    className=""
                    submitLabel={t(domain.verifiedAt ? "makePrimary" : "verify")}
                    submitAriaLabel={t(domain.verifiedAt ? "makePrimaryOf" : "verifyOf", { hostname: domain.hostname })}
                    submitClassName="rounded-md border border-slate-300 px-2 py-1 text-xs font-semibold hover:bg-slate-100"
                  />
                )}
                <ActionForm
                  action={removeDomainAction}
                  fields={[{ type: "hidden", name: "domainId", value: domain.id }]}
                  className=""
                  confirm={{
                    title: t("removeConfirm", { hostname: domain.hostname }),
                    description: t("removeConfirmBody"),
                    confirmLabel: t("removeConfirmAction"),
                  }}
                  submitLabel={t("remove")}
                  submitAriaLabel={t("removeOf", { hostname: domain.hostname })}
                  submitClassName="rounded-md border border-red-300 px-2 py-1 text-xs font-semibold text-red-800 hover:bg-red-50"
                />
              </span>
              {!domain.verifiedAt && domain.verificationToken && (
                <PendingRecord
                  record={domainVerificationRecord({ hostname: domain.hostname, verificationToken: domain.verificationToken })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <ActionForm
        action={addDomainAction}
        testId={`${testId}-add`}
        className="flex flex-wrap items-end gap-2"
        fields={[
          ...(centreId ? [{ type: "hidden" as const, name: "centreId", value: centreId }] : []),
          { type: "text", name: "hostname", label: t("addDomain"), hint: t("addDomainHint"), autoComplete: "off", maxLength: 253 },
        ]}
        submitLabel={t("add")}
      />
    </div>
  );
}

async function PendingRecord({ record }: { record: { name: string; value: string } }) {
  const t = await getTranslations("settings");
  return (
    <div className="w-full space-y-1 rounded-md bg-amber-50 p-2 text-xs text-slate-800" data-testid="domain-verification-record">
      <p>{t("pendingHint")}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 font-mono break-all">
        <dt className="font-sans font-semibold">{t("recordName")}</dt>
        <dd>{record.name}</dd>
        <dt className="font-sans font-semibold">Type</dt>
        <dd>TXT</dd>
        <dt className="font-sans font-semibold">{t("recordValue")}</dt>
        <dd>{record.value}</dd>
      </dl>
    </div>
  );
}
