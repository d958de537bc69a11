"use client";

import { useActionState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/calendar-feed-actions";
import { Button } from "../ui/button";
import { Card } from "@/components/ui/card";

type FeedState = ActionState<{ url: string | null }>;

/** The personal iCal feed: create (the URL is shown once, only its hash is kept), replace or revoke. */
export function CalendarFeedPanel({ active, readOnly }: { active: boolean; readOnly: boolean }) {
  const t = useTranslations("calendar.feed");
  const tErrors = useTranslations("errors");
  const [created, create, creating] = useActionState<FeedState, FormData>(createCalendarFeed, idleState);
  const [revoked, revoke, revoking] = useActionState<FeedState, FormData>(revokeCalendarFeed, idleState);
  // The page's own origin, known only in the browser (the server renders the panel without the URL).
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  const url = created.status === "success" && created.data.url && revoked.status !== "success" ? `${origin}${created.data.url}` : null;
  const isActive = url !== null || (active && revoked.status !== "success");
  const error = [created, revoked].find((state) => state.status === "error");
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
      {error?.status === "error" && error.formError && (
        <p role="alert" className="text-sm text-red-700">
          {tErrors(error.formError)}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <form action={create}>
          <Button type="submit" disabled={creating || readOnly}>
            {isActive ? t("replace") : t("create")}
          </Button>
        </form>
        {isActive && (
          <form action={revoke}>
            <Button type="submit" variant="secondary" disabled={revoking || readOnly}>
              {t("revoke")}
            </Button>
          </form>
        )}
      </div>
    </Card>
  );
}

const noSubscription = () => () => {};
