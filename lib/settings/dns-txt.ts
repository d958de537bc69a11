import { Resolver } from "node:dns/promises";

/**
 * The TXT records at `name`, each one's chunks joined; none when the name does not exist or the lookup
 * fails. DNS_SERVERS ("127.0.0.1:5353,…") points the lookups at given servers (a stand-in in tests);
 * otherwise the system's resolvers answer.
 */
export async function resolveTxtRecords(name: string): Promise<string[]> {
  const resolver = new Resolver({ timeout: 3_000, tries: 2 });
  const servers = process.env.DNS_SERVERS?.split(",").map((server) => server.trim());
  if (servers?.length) resolver.setServers(servers);
  try {
    return (await resolver.resolveTxt(name)).map((chunks) => chunks.join(""));
  } catch {
    return [];
  }
}
