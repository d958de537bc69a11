"use client";

import { startTransition, type FormEvent } from "react";

/**
 * An onSubmit that runs the form's action without React's reset after it (which puts selects back on
 * their first option): on an error, everything entered stays as it was.
 */
export function submitKeepingValues(formAction: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
}
