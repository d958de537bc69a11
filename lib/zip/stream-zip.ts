import { Readable } from "node:stream";
import { ZipFile } from "yazl";

export interface ZipWriter {
  /**
   * Adds one file; resolves once the archive has taken its bytes in, which waits while the reader is
   * slower than the producer (backpressure), so at most about one file is held in memory at a time.
   */
  add(path: string, bytes: Uint8Array, options?: { compress?: boolean }): Promise<void>;
}

/**
 * A ZIP written as it is read (yazl): `produce` adds the files one after the other, and the archive ends
 * when it resolves. A reader that goes away (a cancelled download) makes the next `add` reject, so the
 * producer stops reading files.
 */
export function streamZip(produce: (zip: ZipWriter) => Promise<void>, { mtime = new Date() } = {}): ReadableStream<Uint8Array> {
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  let closed: Error | null = null;
  output.once("close", () => {
    closed ??= new Error("zip_reader_gone");
  });
  const writer: ZipWriter = {
    add: (path, bytes, { compress = true } = {}) =>
      new Promise<void>((resolve, reject) => {
        if (closed) return reject(closed);
        const source = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
        const onClose = () => reject(closed);
        output.once("close", onClose);
        source.once("end", () => {
          output.off("close", onClose);
          resolve();
        });
        zip.addReadStream(source, path, { compress, mtime, size: bytes.byteLength });
      }),
  };
  produce(writer).then(
    () => zip.end(),
    (error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
