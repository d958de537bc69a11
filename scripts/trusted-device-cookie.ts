// How the browser tests, the bench and the soak sign administrators in past their second factor: the cookie
// "Faire confiance à cet appareil" would give the account on that host (the server must share AUTH_SECRET).
import pg from "pg";
import { sealTrustedDevice, TRUSTED_DEVICE_COOKIE } from "../lib/auth/two-factor/trusted-device";

export { TRUSTED_DEVICE_COOKIE };

/** The cookie's value for the account `email` on `host` (a hostname, no port). */
export async function trustedDeviceValue({ databaseUrl, email, host }: { databaseUrl: string; email: string; host: string }) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; passwordHash: string | null }>(
      `SELECT id, "passwordHash" FROM "User" WHERE email = $1`,
      [email],
    );
    if (!rows[0]) throw new Error(`no account ${email}`);
    return sealTrustedDevice({ userId: rows[0].id, host, passwordHash: rows[0].passwordHash });
  } finally {
    await client.end();
  }
}
