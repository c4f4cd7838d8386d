/**
 * The version of the journey document this app writes. Its own module, without zod, so that code which only
 * needs the number (making a new draft on the start page) does not load the schema.
 */
export const SCHEMA_VERSION = 3
