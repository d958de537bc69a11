import { createSocket, type Socket } from "node:dgram";
import type { AddressInfo } from "node:net";

// A DNS server on loopback that answers TXT queries from a table, the stand-in for the DNS host where an
// organisation publishes its ownership record (RFC 1035 wire format, UDP, one question per query).

const TXT = 16;

function readName(message: Buffer, offset: number): { name: string; end: number } {
  const labels: string[] = [];
  let at = offset;
  while (message[at] !== 0) {
    const length = message[at]!;
    labels.push(message.subarray(at + 1, at + 1 + length).toString("ascii"));
    at += 1 + length;
  }
  return { name: labels.join(".").toLowerCase(), end: at + 1 };
}

function answer(query: Buffer, records: Map<string, string[]>): Buffer {
  const { name, end } = readName(query, 12);
  const type = query.readUInt16BE(end);
  const question = query.subarray(12, end + 4);
  const values = type === TXT ? (records.get(name) ?? []) : [];
  const found = records.has(name);
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0); // same id
  header.writeUInt16BE(0x8180 | (found ? 0 : 3), 2); // response, recursion available, NXDOMAIN when unknown
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(values.length, 6);
  const answers = values.map((value) => {
    const text = Buffer.from(value, "utf8");
    const rdata = Buffer.concat([Buffer.from([text.length]), text]);
    const fixed = Buffer.alloc(12);
    fixed.writeUInt16BE(0xc00c, 0); // pointer to the question's name
    fixed.writeUInt16BE(TXT, 2);
    fixed.writeUInt16BE(1, 4); // IN
    fixed.writeUInt32BE(60, 6);
    fixed.writeUInt16BE(rdata.length, 10);
    return Buffer.concat([fixed, rdata]);
  });
  return Buffer.concat([header, question, ...answers]);
}

export interface DnsStandIn {
  /** "127.0.0.1:<port>", for DNS_SERVERS. */
  server: string;
  /** Publishes (or replaces) the TXT records of a name. */
  setTxt(name: string, values: string[]): void;
  close(): Promise<void>;
}

export async function startDnsStandIn(): Promise<DnsStandIn> {
  const records = new Map<string, string[]>();
  const socket: Socket = createSocket("udp4");
  socket.on("message", (query, remote) => socket.send(answer(query, records), remote.port, remote.address));
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  return {
    server: `127.0.0.1:${(socket.address() as AddressInfo).port}`,
    setTxt: (name, values) => void records.set(name.toLowerCase(), values),
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
