import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { AuthCard } from "@/components/ui/auth-card";
import { db } from "@/lib/db";
import { acceptInvitationAction } from "@/lib/invitations/invitation-actions";
import { findOpenInvitation } from "@/lib/invitations/find-open-invitation";
import { getCurrentSite } from "@/lib/tenancy/get-current-site";

export async function generateMetadata() {
  return { title: (await getTranslations("invitations"))("title") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const [site, { token }, t] = await Promise.all([getCurrentSite(), params, getTranslations("invitations")]);
  // Only on the company's own extranet host, unused, not voided, not expired.
  const invitation = await findOpenInvitation({ db, site, token });
  if (!invitation) {
    return (
      <AuthCard branding={site.branding} title={t("invalidTitle")}>
        <p className="mb-4 text-slate-700" data-testid="invitation-invalid">
          {t("invalidBody")}
        </p>
        <Link href="/login" className="font-semibold underline">
          {t("toLogin")}
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard branding={site.branding} title={t("title")}>
      <p className="mb-4 text-slate-700">{t("welcome", { firstName: invitation.contact.firstName, company: invitation.company.name })}</p>
      <p className="mb-4 text-sm text-slate-700">{t("loginEmail", { email: invitation.email })}</p>
      <ActionForm
        action={acceptInvitationAction}
        testId="accept-form"
        submitLabel={t("submit")}
        fields={[
          { type: "hidden", name: "token", value: token },
          { type: "new-password", name: "password", label: t("password") },
          { type: "password", name: "confirm", label: t("confirm"), autoComplete: "new-password", required: true },
        ]}
      />
    </AuthCard>
  );
}
