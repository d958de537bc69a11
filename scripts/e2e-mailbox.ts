import { tmpdir } from "node:os";
import path from "node:path";

/** Where the e2e server on `port` delivers its emails (no provider: the local mailbox), read by tests/e2e. */
export const e2eMailboxDir = (port: number) => path.join(tmpdir(), `passerelle-e2e-${port}-mailbox`);
