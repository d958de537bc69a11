import type { ButtonHTMLAttributes } from "react";

const variants = {
  primary: "bg-brand text-brand-contrast hover:underline underline-offset-4",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
  /** Destructive actions (cut an access, delete): always behind a ConfirmDialog. */
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants }) {
  return (
    <button
      className={`inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-semibold disabled:cursor-not-allowed disabled:opacity-60 ${variants[variant]} ${className}`}
      {...props}
    />
  );
}
