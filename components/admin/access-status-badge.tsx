import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { accessStatusTone } from "@/components/ui/status-tones";
import type { AccessStatus } from "@/lib/generated/prisma/enums";

/** A contact's extranet access: active, invited, revoked, or none yet. */
export async function AccessStatusBadge({ status }: { status: AccessStatus | null }) {
  const t = await getTranslations("accessStatus");
  const key = status ?? "NONE";
  return (
    <Badge tone={accessStatusTone[key]} data-testid="access-status">
      {t(key)}
    </Badge>
  );
}
