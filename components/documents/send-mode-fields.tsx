"use client";

import { useState } from "react";

interface SendModeFieldsProps {
  labels: { plain: string; signature: string; signer: string; stampPage: string; noSigner: string };
  signers: { id: string; label: string }[];
  pageCount: number;
  allowPlain: boolean;
}

/** Plain or for signature — one radio, so a document is never sent both ways at once. */
export function SendModeFields({ labels, signers, pageCount, allowPlain }: SendModeFieldsProps) {
  const [mode, setMode] = useState<"plain" | "signature">(allowPlain ? "plain" : "signature");
  return (
    <fieldset className="space-y-3">
      {allowPlain && (
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="mode" value="plain" checked={mode === "plain"} onChange={() => setMode("plain")} className="mt-1" />
          <span>{labels.plain}</span>
        </label>
      )}
      <label className="flex items-start gap-2 text-sm">
        <input
          type="radio"
          name="mode"
          value="signature"
          checked={mode === "signature"}
          onChange={() => setMode("signature")}
          disabled={signers.length === 0}
          className="mt-1"
        />
        <span>{labels.signature}</span>
      </label>
      {signers.length === 0 && <p className="text-sm text-slate-600">{labels.noSigner}</p>}
      {mode === "signature" && signers.length > 0 && (
        <div className="grid gap-3 pl-6 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor="signerContactId" className="block text-sm font-medium">
              {labels.signer}
            </label>
            <select
              id="signerContactId"
              name="signerContactId"
              className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
              required
            >
              {signers.map((signer) => (
                <option key={signer.id} value={signer.id}>
                  {signer.label}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="stampPage" className="block text-sm font-medium">
              {labels.stampPage}
            </label>
            <input
              id="stampPage"
              name="stampPage"
              type="number"
              min={1}
              max={pageCount}
              defaultValue={pageCount}
              className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
            />
          </div>
        </div>
      )}
    </fieldset>
  );
}
