// Public surface of the inputs layer: readInputs and the document types other layers (engine, cli) may use.
export { readInputs, readInputsSync, readInputBytes, readInputFileSync, DEFAULT_MAX_FILE_BYTES } from './read';
export type { FileOutcome } from './read';
export type { InputCandidate } from './walk';
export { INPUT_FORMATS, detectFormat } from './registry';
export type { InputFormat } from './registry';
export { REDACTED } from './terraform/values';
export { CLUSTER_SCOPED_KINDS } from './kubernetes/scope';
export { POD_TEMPLATE_PATHS } from './kubernetes/workloads';
export { checkSchema, validatorFor } from './schemas';
export { shareDocumentJson } from './shared-json';
export { readRegularFile, type SafeRead } from './safe-read';
export { readStructuredDocuments } from './documents';
export type { StructuredDocument, StructuredDocuments } from './documents';
export type {
  ChangeSummary,
  DocumentInput,
  InputDocument,
  InputFile,
  InputType,
  JsonObject,
  ParsedInput,
  PodView,
  ProviderView,
  ReadOptions,
  ReadResult,
  Resource,
  ResourceAction,
} from './types';
