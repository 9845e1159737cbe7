/** The hospital list's URL (and SWR key) for a language: /clinic renders the same answer into its HTML. */
export const hospitalsUrl = (locale: string) => `/api/clinic/hospitals?lang=${locale}`;
