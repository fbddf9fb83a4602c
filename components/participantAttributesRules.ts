/**
 * Value rules of the participant-attributes pipeline, shared by its component and its config
 * section (pure: no Pulumi).
 */

/** Days a saved object is kept before S3 expires it: a year of attributes, then gone. */
export const DEFAULT_OBJECT_EXPIRATION_DAYS = 365;
/** Longest expiration the config accepts: ten years, far past any retention a contact centre owes. */
export const MAX_OBJECT_EXPIRATION_DAYS = 3650;
