import { AwsClient } from "aws4fetch";
import type { FileStorage } from "./storage";
import { storageKeySegments } from "./storage-key";

export interface S3StorageOptions {
  /** The S3-compatible service, e.g. https://s3.fr-par.scw.cloud or http://127.0.0.1:9000. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * An S3-compatible bucket (AWS, Scaleway, OVH, MinIO…), path-style addressing, requests signed with
 * Signature V4 by aws4fetch. Objects are private: the application reads them and serves them itself after
 * its own access check, so no object URL is ever given out.
 */
export function createS3Storage({ endpoint, bucket, region, accessKeyId, secretAccessKey }: S3StorageOptions): FileStorage {
  const client = new AwsClient({ accessKeyId, secretAccessKey, service: "s3", region, retries: 2 });
  const base = `${endpoint.replace(/\/+$/, "")}/${encodeURIComponent(bucket)}`;
  const urlOf = (key: string) => `${base}/${storageKeySegments(key).map(encodeURIComponent).join("/")}`;

  async function failure(response: Response, what: string): Promise<Error> {
    const detail = (await response.text().catch(() => "")).slice(0, 300);
    return new Error(`S3 ${what} failed: ${response.status} ${response.statusText} ${detail}`);
  }

  return {
    async put(key, bytes, contentType) {
      const response = await client.fetch(urlOf(key), {
        method: "PUT",
        body: new Uint8Array(bytes) as Uint8Array<ArrayBuffer>,
        headers: { "Content-Type": contentType, "Content-Length": String(bytes.byteLength) },
      });
      if (!response.ok) throw await failure(response, `PUT ${key}`);
      await response.arrayBuffer();
    },

    async get(key) {
      const response = await client.fetch(urlOf(key), { method: "GET" });
      if (response.status === 404) {
        await response.arrayBuffer();
        return null;
      }
      if (!response.ok) throw await failure(response, `GET ${key}`);
      return new Uint8Array(await response.arrayBuffer());
    },

    async delete(key) {
      const response = await client.fetch(urlOf(key), { method: "DELETE" });
      if (!response.ok && response.status !== 404) throw await failure(response, `DELETE ${key}`);
      await response.arrayBuffer();
    },
  };
}

/** The S3 settings from the environment, or null when S3_ENDPOINT and S3_BUCKET are not both set. */
export function s3OptionsFromEnv(env: Record<string, string | undefined> = process.env): S3StorageOptions | null {
  const { S3_ENDPOINT, S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = env;
  if (!S3_ENDPOINT || !S3_BUCKET) return null;
  if (!S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY)
    throw new Error("S3_ENDPOINT is set: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required too");
  return {
    endpoint: S3_ENDPOINT,
    bucket: S3_BUCKET,
    region: S3_REGION || "us-east-1",
    accessKeyId: S3_ACCESS_KEY_ID,
    secretAccessKey: S3_SECRET_ACCESS_KEY,
  };
}
