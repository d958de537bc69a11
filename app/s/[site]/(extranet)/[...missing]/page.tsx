import { notFound } from "next/navigation";

// Any path no page answers lands here, so that the 404 is drawn inside this part's frame and branding.
export default function MissingPage(): never {
  notFound();
}
