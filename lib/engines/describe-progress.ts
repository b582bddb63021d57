// Engine progress in words, for the popup's loading line while an AI engine runs.
import type { EngineProgress } from './run-engine';

export function describeProgress(progress: EngineProgress): string {
  const of = (part: number, parts: number) => (parts > 1 ? ` (part ${part} of ${parts})` : '');
  switch (progress.stage) {
    case 'download':
      return `Downloading the on-device model: ${Math.round(progress.loaded * 100)}%`;
    case 'request':
      return `Asking the model${of(progress.part, progress.parts)}…`;
    case 'streaming':
      return `The model is writing${of(progress.part, progress.parts)}: ${progress.chars.toLocaleString('en-US')} characters`;
    case 'repair':
      return `The reply was not valid; asking the model once more${of(progress.part, progress.parts)}…`;
    case 'merge':
      return `Merging the digests of ${progress.parts} parts…`;
    case 'fallback':
      return 'The AI engine failed; making the local digest…';
  }
}
