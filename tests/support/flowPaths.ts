/**
 * Walking rendered Archy flows in tests: every action of a kind, and every path through a list of
 * actions as Architect runs it (a branch's actions, then the actions after the branching action).
 */
export type Node = Record<string, any>;

/** Every action object of the given kind anywhere below `node`. */
export function findActions(node: unknown, kind: string): Node[] {
  if (Array.isArray(node)) return node.flatMap((n) => findActions(n, kind));
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([k, v]) =>
      k === kind ? [v as Node, ...findActions(v, kind)] : findActions(v, kind),
    );
  }
  return [];
}

export interface Step {
  readonly kind: string;
  readonly name: string;
  /** The output taken, for branching actions. */
  readonly output?: string;
  readonly body: Node;
}

/** The outputs each branching action can take, in Archy's names. */
const OUTCOMES: Record<string, string[]> = {
  decision: ["yes", "no"],
  callData: ["success", "failure", "timeout"],
  callDataSecure: ["success", "failure", "timeout"],
  getConversationData: ["found", "notFound"],
  collectInput: ["success", "failure"],
};

/** Actions after which nothing else in the flow runs. */
const ENDS = new Set(["endWorkflow", "disconnect"]);

/**
 * Every path through a list of actions. A path ends at an endWorkflow or disconnect, or runs off
 * the end of the list (which a test may reject).
 */
export function allPaths(actions: Node[]): Step[][] {
  const out: Step[][] = [];
  const walk = (list: Node[], i: number, after: Array<[Node[], number]>, prefix: Step[]): void => {
    if (i >= list.length) {
      if (after.length === 0) return void out.push(prefix);
      const [[next, j], ...rest] = after;
      return walk(next, j, rest, prefix);
    }
    const [kind, body] = Object.entries(list[i])[0] as [string, Node];
    const step = { kind, name: body.name as string, body };
    if (ENDS.has(kind)) return void out.push([...prefix, step]);
    if (!body.outputs || !OUTCOMES[kind]) return walk(list, i + 1, after, [...prefix, step]);
    for (const output of OUTCOMES[kind]) {
      walk(
        body.outputs[output]?.actions ?? [],
        0,
        [[list, i + 1], ...after],
        [...prefix, { ...step, output }],
      );
    }
  };
  walk(actions, 0, [], []);
  return out;
}

/** A path by its steps' names, e.g. ["Acknowledge By Sms:failure", "Schedule Supervisor Callback"]. */
export const names = (p: Step[]) => p.map((s) => (s.output ? `${s.name}:${s.output}` : s.name));
