// Common OpenAI-compatible servers, as data: picking one fills the base URL and a model name.

export interface EndpointPreset {
  label: string;
  baseUrl: string;
  model: string;
  keyNeeded: boolean;
}

export const OPENAI_COMPATIBLE_PRESETS: readonly EndpointPreset[] = [
  { label: 'OpenAI', baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', keyNeeded: true },
  { label: 'Ollama', baseUrl: 'http://localhost:11434/v1', model: 'llama3.2', keyNeeded: false },
  { label: 'LM Studio', baseUrl: 'http://localhost:1234/v1', model: 'local-model', keyNeeded: false },
  { label: 'OpenRouter', baseUrl: 'https://openrouter.ai/api/v1', model: 'openai/gpt-4o-mini', keyNeeded: true },
];
