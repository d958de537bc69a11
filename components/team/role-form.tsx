import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/components/ui/use-action-form";
import type { ContactRole } from "@/lib/generated/prisma/enums";
import { CONTACT_ROLES } from "@/lib/tenancy/contact-permissions";

/** An access's role as a select and a button: staff's action on the contact page, the administrator's in /equipe. */
export async function RoleForm({
  action,
  accessId,
  name,
  role,
}: {
  action: FormAction<unknown>;
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
