export const MALFORMED_TARGET: string;
export function isDecodableTarget(target: string | undefined): boolean;
