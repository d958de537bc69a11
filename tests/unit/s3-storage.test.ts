import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
// s3rver: a local S3-compatible server (npm), started on loopback for this test only.
const S3rver = require("s3rver");
import { createS3Storage, s3OptionsFromEnv } from "@/lib/storage/s3-storage";

describe("S3-compatible storage driver (against s3rver on loopback)", () => {
  let server: { run(): Promise<AddressInfo>; close(): Promise<void> };
  let directory: string;
  let endpoint: string;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), "passerelle-s3rver-"));
    server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: "passerelle" }] });
    const address = await server.run();
    endpoint = `http://127.0.0.1:${address.port}`;
  });

  afterAll(async () => {
    await server.close();
    await rm(directory, { recursive: true, force: true });
  });

  const options = () => ({ endpoint, bucket: "passerelle", region: "us-east-1", accessKeyId: "S3RVER", secretAccessKey: "S3RVER" });

  it("puts, gets and deletes objects with signed requests", async () => {
    const storage = createS3Storage(options());
    const key = "organizations/org-1/companies/co-1/files/abc";
    const bytes = new TextEncoder().encode("%PDF-1.4 contenu");
    await storage.put(key, bytes, "application/pdf");
    expect(Buffer.from((await storage.get(key))!).toString()).toBe("%PDF-1.4 contenu");
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("refuses keys that escape the layout, and fails loudly when the service refuses a write", async () => {
    const storage = createS3Storage(options());
    await expect(storage.put("../outside", new Uint8Array([1]), "text/plain")).rejects.toThrow(/Invalid storage key/);
    const missingBucket = createS3Storage({ ...options(), bucket: "no-such-bucket" });
    await expect(missingBucket.put("a/b", new Uint8Array([1]), "text/plain")).rejects.toThrow(/S3 PUT a\/b failed: 404/);
  });

  it("is chosen from the environment only when endpoint and bucket are set", () => {
    expect(s3OptionsFromEnv({})).toBeNull();
    expect(() => s3OptionsFromEnv({ S3_ENDPOINT: endpoint, S3_BUCKET: "b" })).toThrow(/S3_ACCESS_KEY_ID/);
    expect(s3OptionsFromEnv({ S3_ENDPOINT: endpoint, S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" })).toMatchObject({
      region: "us-east-1",
    });
  });
});
