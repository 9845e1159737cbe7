import type { SVGProps } from "react";

export type IconName = "home" | "parking" | "clinic" | "air" | "tour" | "me";

const PATHS: Record<IconName, string> = {
  home: "M3 11.5 12 4l9 7.5V20a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1z",
  parking: "M6 3h7a5 5 0 0 1 0 10H9v8H6zm3 3v4h4a2 2 0 0 0 0-4z",
  clinic: "M10 3h4v7h7v4h-7v7h-4v-7H3v-4h7z",
  air: "M3 8h11a3 3 0 1 0-3-3M3 12h15a3 3 0 1 1-3 3M3 16h8",
  tour: "M12 2a7 7 0 0 1 7 7c0 5-7 13-7 13S5 14 5 9a7 7 0 0 1 7-7zm0 4a3 3 0 1 0 0 6 3 3 0 0 0 0-6z",
  me: "M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zm-8 9a8 8 0 0 1 16 0z",
};

const STROKED: ReadonlySet<IconName> = new Set(["air"]);

/** Decorative icon; the text next to it carries the meaning. */
export function Icon({ name, ...props }: { name: IconName } & SVGProps<SVGSVGElement>) {
  const stroked = STROKED.has(name);
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" {...props}>
      <path
        d={PATHS[name]}
        fill={stroked ? "none" : "currentColor"}
        stroke={stroked ? "currentColor" : "none"}
        strokeWidth={stroked ? 2 : 0}
        strokeLinecap="round"
        fillRule="evenodd"
      />
    </svg>
  );
}
