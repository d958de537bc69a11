import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CalendarFeedPanel } from "@/components/calendar/calendar-feed-panel";
import { LazyTrainingCalendar } from "@/components/calendar/lazy-training-calendar";
import { requireContact } from "@/lib/auth/require-contact";
import { hasCalendarFeed } from "@/lib/calendar/has-calendar-feed";

export default async function CalendarPage() {
  const context = await requireContact();
  const [active, t, locale] = await Promise.all([
    context.preview ? false : hasCalendarFeed({ context }),
    getTranslations("calendar"),
    getLocale(),
  ]);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/formations" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand">
          {t("listLink")}
        </Link>
      </div>
      <LazyTrainingCalendar locale={locale} />
      <CalendarFeedPanel active={active} readOnly={Boolean(context.preview)} />
    </div>
  );
}
