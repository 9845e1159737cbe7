import type { IconName } from "@/components/ui/icons";

/** The app's top-level sections, in tab-bar order; the offline page lists the same ones. */
export const SECTIONS: { href: string; key: IconName }[] = [
  { href: "/", key: "home" },
  { href: "/parking", key: "parking" },
  { href: "/clinic", key: "clinic" },
  { href: "/air", key: "air" },
  { href: "/tour", key: "tour" },
  { href: "/me", key: "me" },
];
