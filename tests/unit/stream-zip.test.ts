import { expectedPieces } from "@/lib/audit-pack/expected-pieces";
import { streamZip } from "@/lib/zip/stream-zip";
import { readZip } from "../support/read-zip";

const MB = 1024 * 1024;

async function readAll(stream: ReadableStream<Uint8Array>) {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("streamZip", () => {
  it("writes the files in order, readable back with their contents", async () => {
    const zip = await readAll(
      streamZip(async (writer) => {
        await writer.add("a/premier.txt", new TextEncoder().encode("un"));
        await writer.add("é/deuxième.pdf", new Uint8Array([1, 2, 3]), { compress: false });
      }),
    );
    const files = await readZip(zip);
    expect([...files.keys()]).toEqual(["a/premier.txt", "é/deuxième.pdf"]);
    expect(files.get("a/premier.txt")!.toString()).toBe("un");
    expect([...files.get("é/deuxième.pdf")!]).toEqual([1, 2, 3]);
  });

  it("takes the next file only as the reader reads: a slow reader holds the producer back", async () => {
    let produced = 0;
    const stream = streamZip(async (writer) => {
      for (let index = 0; index < 8; index += 1) {
        await writer.add(`f${index}.bin`, new Uint8Array(2 * MB).fill(index), { compress: false });
        produced += 1;
      }
    });
    const reader = stream.getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(produced).toBeLessThan(3);
    let bytes = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
    expect(produced).toBe(8);
    expect(bytes).toBeGreaterThan(15 * MB);
  });

  it("stops the producer when the reader goes away", async () => {
    let rejected: unknown = null;
    const stream = streamZip(async (writer) => {
      try {
        for (let index = 0; index < 20; index += 1) await writer.add(`f${index}.bin`, new Uint8Array(MB), { compress: false });
      } catch (error) {
        rejected = error;
        throw error;
      }
    });
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(rejected).toBeInstanceOf(Error);
  });
});

describe("expectedPieces", () => {
  const action = { status: "COMPLETED" as const, startDate: new Date("2026-11-02"), endDate: new Date("2026-11-03") };
  it("asks for a convention, convocations, the attendance sheet once started and certificates once ended", () => {
    const documents = [
      { kind: "CONVOCATION" as const, participantId: null },
      { kind: "CERTIFICAT_REALISATION" as const, participantId: "p1" },
    ];
    expect(expectedPieces({ action, today: new Date("2026-12-01"), participants: ["p1", "p2"], documents })).toEqual([
      { kind: "CONVENTION", participantId: null },
      { kind: "FEUILLE_EMARGEMENT", participantId: null },
      { kind: "CERTIFICAT_REALISATION", participantId: "p2" },
    ]);
    expect(
      expectedPieces({
        action,
        today: new Date("2026-10-01"),
        participants: ["p1"],
        documents: [{ kind: "CONVENTION", participantId: null }],
      }),
    ).toEqual([{ kind: "CONVOCATION", participantId: "p1" }]);
    expect(
      expectedPieces({ action: { ...action, status: "CANCELLED" }, today: new Date("2026-12-01"), participants: ["p1"], documents: [] }),
    ).toEqual([{ kind: "CONVENTION", participantId: null }]);
  });
});
