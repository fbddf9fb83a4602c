/**
 * Executes the stack's own state machine definition with aws-local-stepfunctions. Each Task state
 * is overridden by what its Resource names: a Lambda ARN runs that function's bundle in-process,
 * `arn:aws:states:::sqs:sendMessage` hands the message to the replay's queues. Retry intervals and
 * Wait states are set to 0, so nothing sleeps; everything else (Map concurrency, Retry
 * attempts, Catch routing, paths, intrinsic functions) is the library's reading of the definition.
 */
import { createHash, randomUUID } from "node:crypto";
import { StateMachine, type StateMachineDefinition } from "aws-local-stepfunctions";
import type { LocalFunction } from "./lambda";
import { allStates, taskStates, type StateMachineSpec } from "./pipeline";

/** How an execution ended. */
export type ExecutionResult =
  { readonly ok: true; readonly output: unknown } | { readonly ok: false; readonly error: string };

/** Receives what a Task sends with sqs:sendMessage; throws if the queue does not exist. */
export type SendMessage = (queueUrl: string, body: string, sentBy: string) => void;

/** Builds a runner for `spec`; the definition is validated (asl-validator, ARNs and paths) once, here. */
export function localStateMachine(
  spec: StateMachineSpec,
  functions: ReadonlyMap<string, LocalFunction>,
  sendMessage: SendMessage,
): (input: unknown) => Promise<ExecutionResult> {
  const handlers: Record<string, (input: unknown) => Promise<unknown> | unknown> = {};
  const resources = new Map<string, string>();
  for (const { name, state } of taskStates(spec.definition)) {
    const resource = String(state.Resource);
    if (resources.has(name) && resources.get(name) !== resource) {
      throw new Error(
        `state machine ${spec.resourceName}: two Task states named ${name} call different resources; local overrides go by name`,
      );
    }
    resources.set(name, resource);
    if (resource === "arn:aws:states:::sqs:sendMessage") {
      handlers[name] = (input) => {
        const { QueueUrl, MessageBody } = input as { QueueUrl?: unknown; MessageBody?: unknown };
        // Step Functions sends a JSON MessageBody as its text.
        const body = typeof MessageBody === "string" ? MessageBody : JSON.stringify(MessageBody);
        sendMessage(String(QueueUrl), body, `${spec.resourceName} Task ${name}`);
        return {
          MessageId: randomUUID(),
          MD5OfMessageBody: createHash("md5").update(body).digest("hex"),
        };
      };
    } else {
      const fn = functions.get(resource.split(":").slice(0, 7).join(":"));
      if (fn === undefined)
        throw new Error(
          `state machine ${spec.resourceName}: Task ${name} calls ${resource}, which was not loaded`,
        );
      handlers[name] = (input) => fn.invoke(input);
    }
  }
  const states = allStates(spec.definition);
  const retryIntervalOverrides = Object.fromEntries(
    states.filter(({ state }) => Array.isArray(state.Retry)).map(({ name }) => [name, 0]),
  );
  const waitTimeOverrides = Object.fromEntries(
    states.filter(({ state }) => state.Type === "Wait").map(({ name }) => [name, 0]),
  );
  const machine = new StateMachine(spec.definition as unknown as StateMachineDefinition, {
    validationOptions: { checkArn: true, checkPaths: true },
  });
  return async (input) => {
    try {
      const execution = machine.run(input as never, {
        overrides: {
          taskResourceLocalHandlers: handlers as never,
          retryIntervalOverrides,
          waitTimeOverrides,
        },
      });
      return { ok: true, output: await execution.result };
    } catch (err) {
      const error = err as Error & { cause?: { name?: string; message?: string } };
      const cause = error.cause
        ? `${error.cause.name}: ${error.cause.message}`
        : `${error.name}: ${error.message}`;
      return { ok: false, error: cause };
    }
  };
}
