import { addDays, addMinutes } from "./calendar";
import { accessIdOf, type DemoCompanies } from "./crm";
import { DEMO_INVITATION, DEMO_LOGINS, DEMO_REVOKED_LOGIN } from "./demo-accounts";
import type { DemoSignatures } from "./documents";
import type { DemoTenants } from "./organisations-and-sites";
import type { SeedContext } from "./seed-context";
import { seedId } from "./seed-ids";

const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
const SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";

/** A few journal entries: logins (one failed), an invitation sent, an access revoked, a signature. */
export function buildAuditEvents(ctx: SeedContext, tenants: DemoTenants, companies: DemoCompanies, signatures: DemoSignatures): void {
  const { rows, now } = ctx;
  const contactOf = (companyKey: string, email: string) => companies[companyKey]!.contacts.find((contact) => contact.email === email)!;
  const claire = contactOf("groupe-martin", DEMO_LOGINS.groupeMartinContact.email);
  const isabelle = contactOf("transports-riviere", DEMO_LOGINS.transportsRiviereContact.email);
  const nadia = contactOf("martin-boulangerie-lyon", DEMO_INVITATION.email);
  const lucas = contactOf("martin-patisserie-nantes", DEMO_REVOKED_LOGIN.email);
  const elodie = contactOf("pharmacie-du-parc", DEMO_LOGINS.pharmacieDuParcContact.email);
  const signed = rows.signatureRequests.find((request) => request.id === signatures.signedRequestId)!;

  const events: {
    key: string;
    organizationId: string;
    companyId: string | null;
    actorUserId: string | null;
    action: string;
    targetType?: string;
    targetId?: string;
    ip: string | null;
    userAgent: string | null;
    metadata?: Record<string, string>;
    at: Date;
  }[] = [
    {
      key: "claire-login-failed",
      organizationId: tenants.formapro.id,
      companyId: null,
      actorUserId: null,
      action: "auth.login_failed",
      ip: "198.51.100.7",
      userAgent: SAFARI,
      metadata: { email: claire.email! },
      at: addMinutes(addDays(now, -2), -3),
    },
    {
      key: "claire-login",
      organizationId: tenants.formapro.id,
      companyId: companies["groupe-martin"]!.id,
      actorUserId: claire.userId,
      action: "auth.login",
      ip: "198.51.100.7",
      userAgent: SAFARI,
      at: addDays(now, -2),
    },
    {
      key: "nadia-invited",
      organizationId: tenants.formapro.id,
      companyId: companies["martin-boulangerie-lyon"]!.id,
      actorUserId: tenants.formapro.adminUserId,
      action: "invitation.sent",
      targetType: "ExtranetAccess",
      targetId: accessIdOf(nadia.id),
      ip: "192.0.2.10",
      userAgent: FIREFOX,
      metadata: { email: DEMO_INVITATION.email },
      at: addDays(now, -2),
    },
    {
      key: "lucas-revoked",
      organizationId: tenants.formapro.id,
      companyId: companies["martin-patisserie-nantes"]!.id,
      actorUserId: tenants.formapro.adminUserId,
      action: "access.revoked",
      targetType: "ExtranetAccess",
      targetId: accessIdOf(lucas.id),
      ip: "192.0.2.10",
      userAgent: FIREFOX,
      metadata: { reason: "A quitté l'entreprise" },
      at: addDays(now, -20),
    },
    {
      key: "isabelle-signed",
      organizationId: tenants.formapro.id,
      companyId: companies["transports-riviere"]!.id,
      actorUserId: isabelle.userId,
      action: "signature.signed",
      targetType: "SignatureRequest",
      targetId: signed.id,
      ip: signed.signedIp!,
      userAgent: signed.signedUserAgent!,
      at: signed.signedAt as Date,
    },
    {
      key: "elodie-login",
      organizationId: tenants.horizon.id,
      companyId: companies["pharmacie-du-parc"]!.id,
      actorUserId: elodie.userId,
      action: "auth.login",
      ip: "203.0.113.80",
      userAgent: SAFARI,
      at: addDays(now, -2),
    },
  ];
  for (const event of events) {
    rows.auditEvents.push({
      id: seedId("audit-event", event.key),
      organizationId: event.organizationId,
      companyId: event.companyId,
      actorUserId: event.actorUserId,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      ip: event.ip,
      userAgent: event.userAgent,
      metadata: event.metadata,
      createdAt: event.at,
    });
  }
}
