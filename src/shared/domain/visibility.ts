/**
 * Every row that can hold confidential prose carries one of these.
 * plenary: may be projected and printed in plenary minutes.
 * citizens: citizen-only; never projected, never in a plenary document, never shown to an official.
 */
export const visibilities = ['plenary', 'citizens'] as const;
export type Visibility = (typeof visibilities)[number];
