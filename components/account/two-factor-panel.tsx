import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { db } from "@/lib/db";
import { remainingRecoveryCodes } from "@/lib/auth/two-factor/totp-credential";
import { offerTotpEnrolment } from "@/lib/auth/two-factor/totp-enrolment";
import { disableTotpAction } from "@/lib/auth/two-factor/two-factor-actions";
import type { AccountHolder } from "@/lib/auth/two-factor/require-account-holder";
import { TotpEnrolmentForm } from "./totp-enrolment-form";

/** The account's second factor: enrol an authenticator app (QR code drawn on the server), or see it on and turn it off. */
export async function TwoFactorPanel({ holder, issuer, notice = false }: { holder: AccountHolder; issuer: string; notice?: boolean }) {
  const t = await getTranslations("security.twoFactor");
  const { organizationId, user } = holder;
  return (
    <section aria-labelledby="two-factor-title" className="max-w-xl space-y-4 rounded-xl bg-white p-6 shadow-sm" data-testid="two-factor">
      <h2 id="two-factor-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {notice && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("disabled")}
        </p>
      )}
      {holder.twoFactorEnabled ? (
        <>
          <p className="text-sm text-slate-700" data-testid="two-factor-status">
            {t("enabled", { remaining: await remainingRecoveryCodes({ db, organizationId, userId: user.id }) })}
          </p>
          {holder.twoFactorRequired ? (
            <p className="text-sm text-slate-600">{t("requiredKept")}</p>
          ) : (
            <ActionForm
              action={disableTotpAction}
              testId="disable-totp"
              submitLabel={t("disable")}
              fields={[
                { type: "text", name: "code", label: t("disableCode"), autoComplete: "one-time-code", required: true, maxLength: 40 },
              ]}
            />
          )}
        </>
      ) : (
        <TotpEnrolment holder={holder} issuer={issuer} />
      )}
    </section>
  );
}

async function TotpEnrolment({ holder, issuer }: { holder: AccountHolder; issuer: string }) {
  const [t, offer] = await Promise.all([
    getTranslations("security.twoFactor"),
    offerTotpEnrolment({ userId: holder.user.id, email: holder.user.email, issuer }),
  ]);
  return (
    <>
      <p className="text-sm text-slate-700">{holder.twoFactorRequired ? t("requiredIntro") : t("intro")}</p>
      <ol className="list-decimal space-y-3 pl-5 text-sm text-slate-800">
        <li>
          {t("scan")}
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline data URL, drawn on the server */}
          <img
            src={offer.qrDataUrl}
            alt={t("qrAlt")}
            width={192}
            height={192}
            className="mt-2 rounded border border-slate-200"
            data-testid="totp-qr"
          />
          <p className="mt-2 text-slate-600">
            {t("manual")}{" "}
            <code className="rounded bg-slate-100 px-1 font-mono break-all" data-testid="totp-secret">
              {offer.secretText}
            </code>
          </p>
        </li>
        <li>
          {t("confirm")}
          <div className="mt-2">
            <TotpEnrolmentForm
              enrolment={offer.sealed}
              labels={{ code: t("code"), submit: t("submit"), codesTitle: t("codesTitle"), codesIntro: t("codesIntro"), done: t("done") }}
            />
          </div>
        </li>
      </ol>
    </>
  );
}
