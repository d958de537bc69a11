import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { listPasskeys } from "@/lib/auth/passkeys/list-passkeys";
import { removePasskeyAction } from "@/lib/auth/passkeys/passkey-actions";
import type { AccountHolder } from "@/lib/auth/two-factor/require-account-holder";
import { db } from "@/lib/db";
import { PasskeyRegisterForm } from "./passkey-register-form";

/** The account's passkeys on this host: listed with their name and use, each removable, and a new one added. */
export async function PasskeyPanel({ holder }: { holder: AccountHolder }) {
  const [t, format] = await Promise.all([getTranslations("security.passkeys"), getFormatter()]);
  const passkeys = await listPasskeys({ db, organizationId: holder.organizationId, userId: holder.user.id, rpId: holder.site.hostname });
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  return (
    <section aria-labelledby="passkeys-title" className="max-w-xl space-y-4 rounded-xl bg-white p-6 shadow-sm" data-testid="passkeys">
      <h2 id="passkeys-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro", { host: holder.site.hostname })}</p>
      <p className="text-sm text-slate-600">{t("strong")}</p>
      {passkeys.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid="passkey">
              <div className="min-w-0 space-y-0.5 text-sm">
                <p className="font-medium break-words">{passkey.name}</p>
                <p className="text-slate-600">
                  {t("added", { date: day(passkey.createdAt) })} ·{" "}
                  {passkey.lastUsedAt ? t("lastUsed", { date: day(passkey.lastUsedAt) }) : t("neverUsed")}
                </p>
              </div>
              <ActionForm
                action={removePasskeyAction}
                testId={`remove-passkey-${passkey.id}`}
                className="shrink-0"
                submitLabel={t("remove")}
                submitClassName="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-100 disabled:opacity-60"
                confirm={{
                  title: t("removeTitle", { name: passkey.name }),
                  description: t("removeDescription"),
                  confirmLabel: t("remove"),
                }}
                fields={[{ type: "hidden", name: "passkeyId", value: passkey.id }]}
              />
            </li>
          ))}
        </ul>
      )}
      <PasskeyRegisterForm />
    </section>
  );
}
