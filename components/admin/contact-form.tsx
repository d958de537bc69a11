import { getTranslations } from "next-intl/server";
import { saveContactAction } from "@/lib/crm/crm-actions";
import type { CompanyChoice } from "@/lib/crm/company-choices";
import type { ContactDetail } from "@/lib/crm/get-contact-detail";
import { roleOptions } from "@/components/team/role-form";
import { ActionForm } from "@/components/ui/action-form";

/** Create or edit a contact, with the "invite" box (pre-checked for new contacts when the option says so). */
export async function ContactForm({
  contact,
  company,
  inviteChecked,
}: {
  contact?: ContactDetail;
  /** The company the picker starts from: the contact's, or the one the link pre-selects. */
  company: CompanyChoice | null;
  inviteChecked: boolean;
}) {
  const [t, tRoles] = await Promise.all([getTranslations("contacts"), getTranslations("roles")]);
  const canInvite = contact?.accessStatus !== "ACTIVE";
  return (
    <ActionForm
      action={saveContactAction}
      testId="contact-form"
      submitLabel={contact ? t("save") : t("create")}
      fields={[
        ...(contact ? [{ type: "hidden" as const, name: "id", value: contact.id }] : []),
        { type: "company", name: "companyId", label: t("company"), hint: t("companyHint"), initial: company, required: true },
        {
          type: "select",
          name: "civility",
          label: t("civility"),
          defaultValue: contact?.civility ?? "",
          options: [
            { value: "", label: "—" },
            { value: "MRS", label: t("civilities.MRS") },
            { value: "MR", label: t("civilities.MR") },
          ],
        },
        { type: "text", name: "firstName", label: t("firstName"), defaultValue: contact?.firstName, required: true, autoComplete: "off" },
        { type: "text", name: "lastName", label: t("lastName"), defaultValue: contact?.lastName, required: true, autoComplete: "off" },
        {
          type: "email",
          name: "email",
          label: t("email"),
          defaultValue: contact?.email,
          autoComplete: "off",
          hint:
            contact?.loginEmail && contact.loginEmail !== contact.email ? t("loginEmailHint", { email: contact.loginEmail }) : undefined,
        },
        { type: "text", name: "phone", label: t("phone"), defaultValue: contact?.phone, autoComplete: "off" },
        { type: "text", name: "jobTitle", label: t("jobTitle"), defaultValue: contact?.jobTitle, autoComplete: "off" },
        ...(canInvite
          ? [
              {
                type: "checkbox" as const,
                name: "invite",
                label: t("inviteBox"),
                defaultChecked: contact ? false : inviteChecked,
                hint: t("inviteBoxHint"),
              },
              {
                type: "select" as const,
                name: "role",
                label: tRoles("inviteRole"),
                defaultValue: contact?.accessRole ?? "ADMIN",
                options: roleOptions(tRoles),
              },
            ]
          : []),
      ]}
    />
  );
}
