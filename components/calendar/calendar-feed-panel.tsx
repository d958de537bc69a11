"use client";

import { useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/calendar-feed-actions";
import { Button } from "../ui/button";
import { Card } from "@/components/ui/card";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";

/** The personal iCal feed: create (the URL is shown once, only its hash is kept), replace or revoke. */
export function CalendarFeedPanel({ active, readOnly }: { active: boolean; readOnly: boolean }) {
  const t = useTranslations("calendar.feed");
  const created = useActionForm(createCalendarFeed, { errors: "errors" });
  const revoked = useActionForm(revokeCalendarFeed, { errors: "errors" });
  // The page's own origin, known only in the browser (the server renders the panel without the URL).
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  const url = created.data?.url && !revoked.succeeded ? `${origin}${created.data.url}` : null;
  const isActive = url !== null || (active && !revoked.succeeded);
  return (
    <Card as="section" className="space-y-3" aria-labelledby="feed-title">
      <h2 id="feed-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("description")}</p>
      {url && (
        <div className="space-y-1">
          <label htmlFor="feed-url" className="text-sm font-medium">
            {t("url")}
          </label>
          <input
            id="feed-url"
            readOnly
            value={url}
            className="block w-full rounded-md border border-slate-300 px-2 py-1.5 font-mono text-xs"
            onFocus={(event) => event.currentTarget.select()}
          />
          <p className="text-xs text-slate-600">{t("shownOnce")}</p>
        </div>
      )}
      {!url && isActive && (
        <p className="text-sm" data-testid="feed-active">
          {t("active")}
        </p>
      )}
      <FormMessages compact error={created.formError ?? revoked.formError} />
      <div className="flex flex-wrap gap-2">
        <form action={created.action}>
          <Button type="submit" disabled={created.pending || readOnly}>
            {isActive ? t("replace") : t("create")}
          </Button>
        </form>
        {isActive && (
          <form action={revoked.action}>
            <Button type="submit" variant="secondary" disabled={revoked.pending || readOnly}>
              {t("revoke")}
            </Button>
          </form>
        )}
      </div>
    </Card>
  );
}

const noSubscription = () => () => {};
