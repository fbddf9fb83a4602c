/**
 * The one home of the rule for names of Genesys objects this program creates or looks up by name
 * (queues, wrap-up codes, triggers); pure: no Pulumi. The process-automation trigger API caps a
 * name at 256 characters, and the same bound is applied to the other objects so one rule serves
 * config and components alike.
 */
export const GENESYS_NAME_MAX_LENGTH = 256;

/** The rule in words, for the fix part of an error message. */
export const GENESYS_NAME_RULE = `1–${GENESYS_NAME_MAX_LENGTH} characters without leading or trailing spaces or control characters`;

/** Why `name` cannot name a Genesys object, or undefined when it can. */
export function genesysNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "is empty";
  if (name !== name.trim()) return "has leading or trailing spaces";
  if (/[\u0000-\u001f\u007f]/.test(name)) return "contains a control character";
  if (name.length > GENESYS_NAME_MAX_LENGTH)
    return `is ${name.length} characters long, more than ${GENESYS_NAME_MAX_LENGTH}`;
  return undefined;
}
