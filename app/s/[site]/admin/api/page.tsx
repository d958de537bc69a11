import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SecretForm } from "@/components/admin/secret-form";
import {
  createApiTokenAction,
  createWebhookAction,
  deleteWebhookAction,
  enableWebhookAction,
  resendDeliveryAction,
  revokeApiTokenAction,
} from "@/lib/api/api-admin-actions";
import { API_RESOURCES, API_SCOPES } from "@/lib/api/api-scopes";
import { getApiAdmin } from "@/lib/api/get-api-admin";
import { requireStaff } from "@/lib/auth/require-staff";
import { EVENT_TYPES } from "@/lib/events/event-types";

export async function generateMetadata() {
  return { title: (await getTranslations("api"))("title") };
}

const DELIVERY_STYLES = {
  PENDING: "bg-amber-100 text-amber-900",
  SUCCEEDED: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
} as const;
/** Message keys cannot hold a dot (next-intl reads it as nesting): "ticket.created" → "ticket_created". */
const eventKey = (type: string) => type.replace(".", "_");
const card = "space-y-4 rounded-xl bg-white p-6 shadow-sm";
const smallButton = "rounded-md border border-slate-300 px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50";

/** /admin/api: the organisation's API tokens and webhook endpoints, with the delivery log. Administrators only (a manager gets "not found"). */
export default async function ApiAdminPage() {
  const staff = await requireStaff();
  const [{ tokens, endpoints, deliveries }, t, format] = await Promise.all([
    getApiAdmin({ staff }),
    getTranslations("api"),
    getFormatter(),
  ]);
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : t("never"));
  const scopeLabel = (scope: string) => {
    const [resource, access] = scope.split(":") as [(typeof API_RESOURCES)[number], "read" | "write"];
    return `${t(`resources.${resource}`)} (${t(access)})`;
  };
  return (
    <div className="max-w-5xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <p className="flex flex-wrap gap-4">
        <a href="/api/v1/reference" className="font-medium text-brand underline">
          {t("reference")}
        </a>
        <a href="/api/v1/openapi.json" className="font-medium text-brand underline">
          {t("openapi")}
        </a>
      </p>

      <section aria-labelledby="tokens-title" className={card}>
        <h2 id="tokens-title" className="text-lg font-semibold">
          {t("tokens")}
        </h2>
        {tokens.length === 0 ? (
          <p className="text-slate-700">{t("tokensEmpty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="api-tokens">
            {tokens.map((token) => (
              <li key={token.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div className="min-w-0 space-y-1">
                  <p className="font-medium">
                    {token.name} <code className="text-sm text-slate-600">{token.prefix}…</code>{" "}
                    <span
                      className={`rounded px-2 py-0.5 text-xs ${token.revokedAt ? "bg-slate-200 text-slate-800" : "bg-green-100 text-green-900"}`}
                    >
                      {token.revokedAt ? t("revoked") : t("active")}
                    </span>
                  </p>
                  <p className="text-sm text-slate-700">{token.scopes.map(scopeLabel).join(", ")}</p>
                  <p className="text-sm text-slate-600">
                    {t("createdAt")} {when(token.createdAt)} · {t("lastUsed")} : {when(token.lastUsedAt)}
                  </p>
                </div>
                {!token.revokedAt && (
                  <ActionForm
                    action={revokeApiTokenAction}
                    fields={[{ type: "hidden", name: "tokenId", value: token.id }]}
                    submitLabel={t("revoke")}
                    confirm={{ title: t("revokeConfirm"), confirmLabel: t("revoke") }}
                    className="shrink-0"
                    submitClassName={smallButton}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        <h3 className="font-semibold">{t("newToken")}</h3>
        <SecretForm
          action={createApiTokenAction}
          testId="new-token"
          fields={[{ name: "name", label: t("tokenName"), type: "text", required: true, hint: t("tokenNameHint") }]}
          groups={[
            {
              name: "scopes",
              legend: t("scopes"),
              options: API_SCOPES.map((scope) => ({ name: `scope:${scope}`, label: scopeLabel(scope) })),
            },
          ]}
          submitLabel={t("createToken")}
          secretLabel={t("tokenSecret")}
          secretHint={t("tokenSecretHint")}
        />
      </section>

      <section aria-labelledby="webhooks-title" className={card}>
        <h2 id="webhooks-title" className="text-lg font-semibold">
          {t("webhooks")}
        </h2>
        {endpoints.length === 0 ? (
          <p className="text-slate-700">{t("webhooksEmpty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="webhook-endpoints">
            {endpoints.map((endpoint) => (
              <li key={endpoint.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div className="min-w-0 space-y-1">
                  <p className="font-medium break-all">
                    {endpoint.url}{" "}
                    <span
                      className={`rounded px-2 py-0.5 text-xs ${endpoint.disabledAt ? "bg-red-100 text-red-900" : "bg-green-100 text-green-900"}`}
                    >
                      {endpoint.disabledAt ? t("disabled") : t("enabled")}
                    </span>
                  </p>
                  {endpoint.description && <p className="text-sm text-slate-700">{endpoint.description}</p>}
                  <p className="text-sm text-slate-700">{endpoint.events.map((type) => t(`eventTypes.${eventKey(type)}`)).join(", ")}</p>
                  <p className="text-sm text-slate-600">{t("failures", { count: endpoint.consecutiveFailures })}</p>
                </div>
                <div className="flex shrink-0 gap-2">
                  {endpoint.disabledAt && (
                    <ActionForm
                      action={enableWebhookAction}
                      fields={[{ type: "hidden", name: "endpointId", value: endpoint.id }]}
                      submitLabel={t("enable")}
                      className=""
                      submitClassName={smallButton}
                    />
                  )}
                  <ActionForm
                    action={deleteWebhookAction}
                    fields={[{ type: "hidden", name: "endpointId", value: endpoint.id }]}
                    submitLabel={t("delete")}
                    confirm={{ title: t("deleteConfirm"), confirmLabel: t("delete") }}
                    className=""
                    submitClassName={smallButton}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
        <h3 className="font-semibold">{t("newWebhook")}</h3>
        <SecretForm
          action={createWebhookAction}
          testId="new-webhook"
          fields={[
            { name: "url", label: t("url"), type: "url", required: true, hint: t("urlHint") },
            { name: "description", label: t("description"), type: "text" },
          ]}
          groups={[
            {
              name: "events",
              legend: t("events"),
              options: EVENT_TYPES.map((type) => ({ name: `event:${type}`, label: t(`eventTypes.${eventKey(type)}`) })),
            },
          ]}
          submitLabel={t("createWebhook")}
          secretLabel={t("webhookSecret")}
          secretHint={t("webhookSecretHint")}
        />
      </section>

      <section aria-labelledby="deliveries-title" className={card}>
        <h2 id="deliveries-title" className="text-lg font-semibold">
          {t("deliveries")}
        </h2>
        {deliveries.length === 0 ? (
          <p className="text-slate-700">{t("deliveriesEmpty")}</p>
        ) : (
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus to scroll by keyboard (WCAG 2.1.1)
          <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-labelledby="deliveries-title">
            <table className="w-full text-left text-sm" data-testid="webhook-deliveries">
              <caption className="sr-only">{t("deliveriesCaption")}</caption>
              <thead className="border-b border-slate-200 bg-slate-50">
                <tr>
                  {(["date", "event", "endpoint", "status", "attempts", "response"] as const).map((key) => (
                    <th key={key} scope="col" className="px-3 py-2">
                      {t(key)}
                    </th>
                  ))}
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t("resend")}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {deliveries.map((delivery) => (
                  <tr key={delivery.id}>
                    <td className="px-3 py-2 whitespace-nowrap">{when(delivery.lastAttemptAt ?? delivery.createdAt)}</td>
                    <td className="px-3 py-2">{t(`eventTypes.${eventKey(delivery.event.type)}`)}</td>
                    <td className="max-w-56 px-3 py-2 break-all">{delivery.endpoint.url}</td>
                    <td className="px-3 py-2">
                      <span className={`rounded px-2 py-0.5 text-xs ${DELIVERY_STYLES[delivery.status]}`}>
                        {t(`deliveryStatus.${delivery.status}`)}
                      </span>
                    </td>
                    <td className="px-3 py-2">{delivery.attempts}</td>
                    <td className="px-3 py-2" title={delivery.lastError ?? undefined}>
                      {delivery.responseStatus ?? delivery.lastError ?? "—"}
                    </td>
                    <td className="px-3 py-2">
                      {!delivery.endpoint.disabledAt && delivery.status !== "PENDING" && (
                        <ActionForm
                          action={resendDeliveryAction}
                          fields={[{ type: "hidden", name: "deliveryId", value: delivery.id }]}
                          submitLabel={t("resend")}
                          className=""
                          submitClassName={smallButton}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
