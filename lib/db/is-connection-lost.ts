// Errors that mean "the server is not there" (stopped, restarting, unreachable), as opposed to a
// statement it refused: node-pg's socket errors, PostgreSQL's shutdown and connection classes, and the
// Prisma codes they become.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH"]);
const POSTGRES_CODES = /^(08|57P0[1-3])/; // connection exception; admin, crash or starting-up shutdown
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const MESSAGES =
  /Connection terminated|terminating connection|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)|timeout exceeded when trying to connect|Can't reach database server|Server has closed the connection/i;

export function isConnectionLost(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === "string" && (SOCKET_CODES.has(code) || POSTGRES_CODES.test(code) || PRISMA_CODES.has(code))) return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
  }
  return false;
}
