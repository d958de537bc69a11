const MAX_NAME_LENGTH = 150;

/**
 * A display name safe to show and to put in a Content-Disposition header: the last segment of any path
 * (so "../../etc/passwd" or "C:\\x\\y.pdf" keep only their base name), NFC, no control or reserved
 * characters, no leading dots or spaces, at most 150 characters with the extension kept. Storage keys never
 * contain the name, so a name cannot reach the disk or the bucket layout anyway.
 */
export function sanitizeFileName(raw: string, fallback = "fichier"): string {
  const base = raw.normalize("NFC").split(/[\\/]/).pop() ?? "";
  let name = base
    .replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+/, "")
    .replace(/[\s.]+$/, "");
  if (name.length > MAX_NAME_LENGTH) {
    const dot = name.lastIndexOf(".");
    const extension = dot > 0 && name.length - dot <= 11 ? name.slice(dot) : "";
    name = name.slice(0, MAX_NAME_LENGTH - extension.length).trimEnd() + extension;
  }
  return name || fallback;
}
