// Minimal typed declarations of Chrome's built-in AI (Prompt API `LanguageModel`, `Summarizer`),
// only the members this project uses. They are globals in Chrome 138+ (extensions); absent elsewhere.

export type AiAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface AiDownloadProgressEvent {
  /** Fraction downloaded, 0 to 1. */
  readonly loaded: number;
}

export interface AiCreateMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: AiDownloadProgressEvent) => void): void;
}

export interface LanguageModelMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface LanguageModelExpected {
  type: 'text';
  languages?: string[];
}

export interface LanguageModelCreateOptions {
  initialPrompts?: LanguageModelMessage[];
  expectedInputs?: LanguageModelExpected[];
  expectedOutputs?: LanguageModelExpected[];
  monitor?: (monitor: AiCreateMonitor) => void;
  signal?: AbortSignal;
}

export interface LanguageModelPromptOptions {
  /** A JSON schema the reply must satisfy. */
  responseConstraint?: object;
  /** The schema is already in our instructions; do not spend input tokens on it twice. */
  omitResponseConstraintInput?: boolean;
  signal?: AbortSignal;
}

export interface LanguageModelSession {
  readonly inputQuota: number;
  readonly inputUsage: number;
  prompt(input: LanguageModelMessage[], options?: LanguageModelPromptOptions): Promise<string>;
  promptStreaming(input: LanguageModelMessage[], options?: LanguageModelPromptOptions): ReadableStream<string>;
  destroy(): void;
}

export interface LanguageModelStatic {
  availability(options?: Omit<LanguageModelCreateOptions, 'monitor' | 'signal' | 'initialPrompts'>): Promise<AiAvailability>;
  create(options?: LanguageModelCreateOptions): Promise<LanguageModelSession>;
}

export interface SummarizerCreateOptions {
  type?: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format?: 'plain-text' | 'markdown';
  length?: 'short' | 'medium' | 'long';
  sharedContext?: string;
  /** BCP 47 tags of the text to summarize. */
  expectedInputLanguages?: string[];
  /** The summary's language (BCP 47). */
  outputLanguage?: string;
  monitor?: (monitor: AiCreateMonitor) => void;
  signal?: AbortSignal;
}

export interface SummarizerSession {
  readonly inputQuota: number;
  summarize(input: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
  destroy(): void;
}

export interface SummarizerStatic {
  availability(options?: Omit<SummarizerCreateOptions, 'monitor' | 'signal'>): Promise<AiAvailability>;
  create(options?: SummarizerCreateOptions): Promise<SummarizerSession>;
}

/** What the browser offers; either may be missing. Injected so lib/ stays testable outside Chrome. */
export interface ChromeAiApis {
  LanguageModel?: LanguageModelStatic;
  Summarizer?: SummarizerStatic;
}
