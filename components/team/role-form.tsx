import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import type { ContactRole } from "@/lib/generated/prisma/enums";
import { CONTACT_ROLES } from "@/lib/tenancy/contact-permissions";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFormAction = (state: any, formData: FormData) => Promise<unknown>;

/** An access's role as a select and a button: staff's action on the contact page, the administrator's in /equipe. */
export async function RoleForm({
  action,
  accessId,
  name,
  role,
}: {
  action: AnyFormAction;
  accessId: string;
  name: string;
  role: ContactRole;
}) {
  const t = await getTranslations("roles");
  return (
    <ActionForm
      action={action}
      testId={`role-${accessId}`}
      className="flex flex-wrap items-end gap-2"
      submitLabel={t("change")}
      submitAriaLabel={t("changeFor", { name })}
      submitClassName="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
      fields={[
        { type: "hidden", name: "accessId", value: accessId },
        { type: "select", name: "role", label: t("label"), defaultValue: role, options: roleOptions(t) },
      ]}
    />
  );
}

/** The four roles as select options, named in the reader's language. */
export function roleOptions(t: (key: string) => string) {
  return CONTACT_ROLES.map((role) => ({ value: role, label: t(`names.${role}`) }));
}
