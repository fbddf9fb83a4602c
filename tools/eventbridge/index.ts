/** Offline EventBridge semantics: event-pattern matching and input transformers, for local replays. */
export {
  compileEventPattern,
  EVENT_PATTERN_MAX_LENGTH,
  matchesEventPattern,
  validateEventPattern,
} from "./pattern";
export type { CompiledEventPattern, EventPatternOptions } from "./pattern";
export {
  applyInputTransformer,
  compileInputTransformer,
  INPUT_PATHS_MAX_ENTRIES,
  INPUT_TEMPLATE_MAX_LENGTH,
  isValidJsonTemplateResult,
  validateInputTransformer,
} from "./inputTransformer";
export type {
  CompiledInputTransformer,
  InputTransformerContext,
  InputTransformerSpec,
} from "./inputTransformer";
