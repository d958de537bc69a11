import type { ComponentPropsWithoutRef, ElementType } from "react";

const PADDINGS = { none: "", sm: "p-4", md: "p-5", lg: "p-6" } as const;

type CardProps<Tag extends ElementType> = { as?: Tag; padding?: keyof typeof PADDINGS } & ComponentPropsWithoutRef<Tag>;

/** The white rounded surface every block of a page sits on; `as` keeps the right element (section, figure, form…). */
export function Card<Tag extends ElementType = "div">({ as, padding = "md", className = "", ...props }: CardProps<Tag>) {
  const Element: ElementType = as ?? "div";
  return <Element className={`rounded-xl bg-white shadow-sm ${PADDINGS[padding]} ${className}`.trim()} {...props} />;
}
