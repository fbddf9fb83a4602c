/** The one home of the Archy executable rule and default (pure), for ArchyFlow and the config. */

/** Archy is found on PATH when the command runs, unless a path is given. */
export const DEFAULT_ARCHY_PATH = "archy";

/**
 * True when `value` can name an executable in the publish command's environment: not blank, and
 * no control characters (a line break would end the variable's value early in the script).
 */
export function isUsableArchyPath(value: string): boolean {
  return value.trim() !== "" && !/[\u0000-\u001f]/.test(value);
}
