import Link from "next/link";
import { Bell } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";

/** The header's bell: a link to the notification centre with the unread count (streamed: the shell does not wait for it). */
export async function NotificationBell({ organizationId, contactId }: { organizationId: string; contactId: string }) {
  const [t, unread] = await Promise.all([getTranslations("notifications"), countUnreadNotifications({ organizationId, contactId })]);
  return <BellLink label={unread > 0 ? t("bellUnread", { count: unread }) : t("bell")} count={unread} />;
}

/** The bell before its count arrives (the Suspense fallback) and after. */
export function BellLink({ label, count }: { label: string; count: number }) {
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      className="relative inline-flex size-10 items-center justify-center rounded-full text-slate-700 hover:bg-slate-100"
      data-testid="notification-bell"
    >
      <Bell aria-hidden="true" className="size-5" />
      {count > 0 && (
        <span
          aria-hidden="true"
          className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-semibold text-white"
          data-testid="notification-count"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
