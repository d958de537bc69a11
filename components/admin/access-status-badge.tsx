import { getTranslations } from "next-intl/server";
import type { AccessStatus } from "@/lib/generated/prisma/enums";

const STYLES: Record<AccessStatus | "NONE", string> = {
  ACTIVE: "bg-green-100 text-green-900",
  INVITED: "bg-amber-100 text-amber-900",
  REVOKED: "bg-slate-200 text-slate-800",
  NONE: "bg-white text-slate-600 border border-slate-300",
};

export async function AccessStatusBadge({ status }: { status: AccessStatus | null }) {
  const t = await getTranslations("accessStatus");
  const key = status ?? "NONE";
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${STYLES[key]}`} data-testid="access-status">
      {t(key)}
    </span>
  );
}
