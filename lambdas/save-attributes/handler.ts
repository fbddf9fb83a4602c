import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { normalizeE164, redactPhoneNumber } from "../shared/phone";
import {
  InputValidationError,
  describeKind,
  quoteForMessage,
  requireInputObject,
  requireUuid,
} from "../shared/validation";

/** The data action's input (lambdas/save-attributes/contract.json). */
export interface SaveAttributesInput {
  readonly conversationId: string;
  readonly participantId: string;
  readonly paymentId: string;
  readonly phoneNumber: string;
}

/** The data action's output: where the attributes were saved. */
export interface SaveAttributesOutput {
  readonly objectKey: string;
}

/** The JSON document written for one participant. */
export interface SavedAttributes extends SaveAttributesInput {
  /** ISO 8601 UTC time of the save. */
  readonly savedAt: string;
}

/** Settings a test can pin; the deployed handler uses the defaults. */
export interface SaveAttributesSettings {
  /** Bucket to write to. @default the BUCKET_NAME environment variable, read on each call */
  readonly bucketName?: string;
  /** Clock for `savedAt` and the key's date. @default the system clock */
  readonly now?: () => Date;
}

const FIELDS = ["conversationId", "participantId", "paymentId", "phoneNumber"] as const;

/** Checks and normalises the input; messages name the field and never show a full phone number. */
export function parseSaveAttributesInput(event: unknown): SaveAttributesInput {
  const input = requireInputObject(event, FIELDS);
  const conversationId = requireUuid(input, "conversationId");
  const participantId = requireUuid(input, "participantId");

  const paymentId = input.paymentId;
  // The participant-attributes blueprint's secure flow stored the literal "null" when collection
  // failed; that is not a payment.
  if (
    typeof paymentId !== "string" ||
    paymentId.trim() === "" ||
    paymentId.trim().toLowerCase() === "null"
  ) {
    const got =
      typeof paymentId === "string" ? quoteForMessage(paymentId) : describeKind(paymentId);
    throw new InputValidationError(
      "paymentId",
      `paymentId must be the id the payment-id action returned (a non-empty string other than "null"); got ${got}`,
    );
  }

  const rawPhone = input.phoneNumber;
  if (typeof rawPhone !== "string") {
    throw new InputValidationError(
      "phoneNumber",
      `phoneNumber must be a string holding an E.164 number such as +13175550123; got ${describeKind(rawPhone)}`,
    );
  }
  const phoneNumber = normalizeE164(rawPhone);
  if (phoneNumber === undefined) {
    throw new InputValidationError(
      "phoneNumber",
      `phoneNumber must be an E.164 number such as +13175550123 once a tel:/sip: prefix, spaces, dashes, dots and ` +
        `parentheses are removed; got "${redactPhoneNumber(rawPhone)}" (redacted to its last 4 digits)`,
    );
  }
  return { conversationId, participantId, paymentId: paymentId.trim(), phoneNumber };
}

/**
 * One object per participant of a conversation, under the UTC day of the save so a bucket listing
 * by day is cheap. Unlike the blueprint's key (the payment id), it cannot collide across calls.
 */
export function objectKeyFor(
  input: Pick<SaveAttributesInput, "conversationId" | "participantId">,
  savedAt: Date,
): string {
  const yyyy = savedAt.getUTCFullYear().toString().padStart(4, "0");
  const mm = (savedAt.getUTCMonth() + 1).toString().padStart(2, "0");
  const dd = savedAt.getUTCDate().toString().padStart(2, "0");
  return `participant-attributes/${yyyy}/${mm}/${dd}/${input.conversationId}/${input.participantId}.json`;
}

/** S3 answers a failed If-None-Match with 412: the object already exists. */
function isAlreadySaved(err: unknown): boolean {
  const error = err as
    { name?: unknown; $metadata?: { httpStatusCode?: unknown } } | null | undefined;
  return error?.name === "PreconditionFailed" || error?.$metadata?.httpStatusCode === 412;
}

/** Builds the handler around an S3 client, so tests can point it at a local S3. */
export function createHandler(s3: S3Client, settings: SaveAttributesSettings = {}) {
  const now = settings.now ?? (() => new Date());
  return async function saveAttributes(event: SaveAttributesInput): Promise<SaveAttributesOutput> {
    let input: SaveAttributesInput;
    try {
      input = parseSaveAttributesInput(event);
    } catch (err) {
      if (err instanceof InputValidationError) {
        console.warn(JSON.stringify({ message: "rejected save request", field: err.field }));
      }
      throw err;
    }
    const bucket = settings.bucketName ?? process.env.BUCKET_NAME;
    if (!bucket)
      throw new Error(
        "BUCKET_NAME is not set; fix: set it in the function's environment to the target bucket",
      );

    const savedAt = now();
    const objectKey = objectKeyFor(input, savedAt);
    const document: SavedAttributes = { ...input, savedAt: savedAt.toISOString() };
    try {
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: objectKey,
          Body: JSON.stringify(document),
          ContentType: "application/json",
          // Matches the bucket default (SSE-KMS with an S3 Bucket Key), stated so the object never
          // depends on that default still being in place.
          ServerSideEncryption: "aws:kms",
          BucketKeyEnabled: true,
          // Genesys retries a data action that times out; a retry must not overwrite the first save.
          IfNoneMatch: "*",
        }),
      );
    } catch (err) {
      if (!isAlreadySaved(err)) throw err;
      console.info(
        JSON.stringify({ message: "participant attributes were already saved", objectKey }),
      );
      return { objectKey };
    }
    console.info(JSON.stringify({ message: "saved participant attributes", objectKey }));
    return { objectKey };
  };
}

/** The Lambda entry point; the client lives at module scope so warm invocations reuse it. */
export const handler = createHandler(new S3Client({}));
