import {
  DEMO_CENTRES,
  DEMO_DOMAINS,
  DEMO_INVITATION,
  DEMO_LOGINS,
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_REVOKED_LOGIN,
} from "./demo-accounts";

function table(headers: string[], body: string[][]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...body.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((width) => "-".repeat(width))), ...body.map(line)].join("\n");
}

/** The demo hosts and logins as plain-text tables, for the seed's and the start script's output. */
export function formatDemoAccess(port: number | string): string {
  const site = (domain: (typeof DEMO_DOMAINS)[number]) => {
    const organization = DEMO_ORGANIZATIONS[domain.organizationSlug].name;
    return domain.centreSlug ? `${organization} — ${DEMO_CENTRES[domain.centreSlug].name}` : organization;
  };
  const hosts = table(
    ["URL", "Site", "Primary"],
    DEMO_DOMAINS.map((domain) => [`http://${domain.hostname}:${port}`, site(domain), domain.isPrimary ? "yes" : "no"]),
  );
  const logins = table(
    ["Email", "Who", "Sign in on"],
    Object.values(DEMO_LOGINS).map((login) => [
      login.email,
      login.label,
      `http://${login.host}:${port}${login.kind === "STAFF" ? "/admin" : ""}`,
    ]),
  );
  return [
    "Demo hosts (*.localhost resolves to this machine; a custom domain such as formation.centre-exemple.test needs an /etc/hosts line):",
    hosts,
    "",
    `Demo logins (password for all: ${DEMO_PASSWORD}):`,
    logins,
    "",
    `Refused on purpose: ${DEMO_REVOKED_LOGIN.email} (access revoked). Pending invitation: ${DEMO_INVITATION.email}.`,
  ].join("\n");
}
