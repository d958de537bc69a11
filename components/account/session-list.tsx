import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/components/ui/use-action-form";
import type { ListedSession } from "@/lib/auth/sessions/list-sessions";

/** The account's live sessions: device, place, last seen, this one marked; each can be ended, or all the others at once. */
export async function SessionList({
  sessions,
  ended,
  endOne,
  endOthers,
}: {
  sessions: ListedSession[];
  /** A session was just ended (the page is shown again after it). */
  ended: boolean;
  endOne: FormAction<unknown>;
  endOthers: FormAction<unknown>;
}) {
  const [t, format] = await Promise.all([getTranslations("security.sessions"), getFormatter()]);
  const unknown = t("unknown");
  return (
    <section aria-labelledby="sessions-title" className="max-w-xl space-y-4 rounded-xl bg-white p-6 shadow-sm" data-testid="sessions">
      <h2 id="sessions-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {ended && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("ended")}
        </p>
      )}
      <ul className="divide-y divide-slate-200">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid="session">
            <div className="min-w-0 space-y-0.5 text-sm">
              <p className="font-medium">
                {t("device", {
                  browser: session.device.browser ?? unknown,
                  system: session.device.system ?? unknown,
                  mobile: String(session.device.mobile),
                })}
                {session.current && (
                  <span className="ml-2 rounded-full bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">{t("current")}</span>
                )}
              </p>
              <p className="break-all text-slate-700">{t("place", { host: session.host, ip: session.ip ?? t("noAddress") })}</p>
              <p className="text-slate-600">
                {t("lastSeen", { date: format.dateTime(session.lastSeenAt, { dateStyle: "medium", timeStyle: "short" }) })}
              </p>
            </div>
            <ActionForm
              action={endOne}
              testId={`end-session-${session.id}`}
              className="shrink-0"
              submitLabel={t("end")}
              submitClassName="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-100 disabled:opacity-60"
              fields={[{ type: "hidden", name: "sessionId", value: session.id }]}
            />
          </li>
        ))}
      </ul>
      {sessions.length > 1 && <ActionForm action={endOthers} testId="end-other-sessions" submitLabel={t("endOthers")} fields={[]} />}
    </section>
  );
}
