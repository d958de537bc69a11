"use client";

import { useEffect, useState } from "react";
import { UNMATCHED_COMPANY } from "@/lib/crm/unmatched-company";
import type { CompanyChoice } from "@/lib/crm/company-choices";

interface CompanyPickerProps {
  id: string;
  /** The hidden field that carries the chosen company's id; the text field is `<name>Label`. */
  name: string;
  initial: CompanyChoice | null;
  /** Only companies that may be a parent (no parent of their own, not an individual), never `excludeId`. */
  parentsOnly?: boolean;
  excludeId?: string;
  required?: boolean;
  invalid: boolean;
  describedBy?: string;
  className: string;
}

/**
 * A company typed and picked from the organisation's matching companies (GET /admin/entreprises/choix),
 * a native datalist: any number of companies, nothing loaded until one types. Text that names no company
 * of the list submits UNMATCHED_COMPANY, which the form refuses next to the field.
 */
export function CompanyPicker({
  id,
  name,
  initial,
  parentsOnly,
  excludeId,
  required,
  invalid,
  describedBy,
  className,
}: CompanyPickerProps) {
  const [text, setText] = useState(initial?.label ?? "");
  const [choices, setChoices] = useState<CompanyChoice[]>(initial ? [initial] : []);
  // Every label seen so far and its company: the text is matched against them, not only the latest answer.
  const [known, setKnown] = useState(() => new Map(initial ? [[initial.label, initial.id]] : []));
  const chosenId = text.trim() ? (known.get(text) ?? UNMATCHED_COMPANY) : "";
  const matched = known.has(text);

  useEffect(() => {
    if (!text.trim() || matched) return;
    const aborted = new AbortController();
    // A label picked earlier reads "name · city": the name is what is searched.
    const params = new URLSearchParams({
      q: text.split(" · ")[0].trim(),
      ...(parentsOnly ? { parents: "1" } : {}),
      ...(excludeId ? { sauf: excludeId } : {}),
    });
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/admin/entreprises/choix?${params}`, { signal: aborted.signal });
        if (!response.ok) return;
        const found: CompanyChoice[] = await response.json();
        setKnown((before) => new Map([...before, ...found.map((choice) => [choice.label, choice.id] as const)]));
        setChoices(found);
      } catch {
        // Aborted by the next keystroke, or offline: the choices shown stay.
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      aborted.abort();
    };
  }, [text, matched, parentsOnly, excludeId]);

  return (
    <>
      <input
        id={id}
        name={`${name}Label`}
        type="text"
        list={`${id}-choices`}
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
        required={required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={className}
      />
      <datalist id={`${id}-choices`}>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.label} />
        ))}
      </datalist>
      <input type="hidden" name={name} value={chosenId} />
    </>
  );
}
