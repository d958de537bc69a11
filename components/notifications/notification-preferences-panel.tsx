import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { saveNotificationPreferencesAction } from "@/lib/notifications/notification-actions";
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KIND_LIST } from "@/lib/notifications/notification-kinds";

/** The /compte section where a contact chooses, per kind, to get its email at once, in the daily digest or never (emails link here). */
export async function NotificationPreferencesPanel({ preferences }: { preferences: Record<NotificationKind, NotificationDelivery> }) {
  const t = await getTranslations("notifications.preferences");
  const options = NOTIFICATION_DELIVERIES.map((delivery) => ({ value: delivery, label: t(`deliveries.${delivery}`) }));
  return (
    <Card
      as="section"
      padding="lg"
      id="notifications"
      className="max-w-xl scroll-mt-4 space-y-4"
      aria-labelledby="notification-preferences-title"
    >
      <h2 id="notification-preferences-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("description")}</p>
      <ActionForm
        action={saveNotificationPreferencesAction}
        testId="notification-preferences"
        submitLabel={t("save")}
        fields={NOTIFICATION_KIND_LIST.map((kind) => ({
          type: "select" as const,
          name: kind,
          label: t(`kinds.${kind}`),
          options,
          defaultValue: preferences[kind],
          required: true,
        }))}
      />
    </Card>
  );
}
