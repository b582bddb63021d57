// Server-sent events as both OpenAI and Anthropic stream them: blocks separated by a blank
// line, `event:` and `data:` fields. Text arrives in arbitrary slices, so this buffers.

export interface SseEvent {
  event: string;
  data: string;
}

export interface SseParser {
  push(text: string): void;
  /** Flushes a last event that had no trailing blank line. */
  end(): void;
}

export function createSseParser(onEvent: (event: SseEvent) => void): SseParser {
  let buffer = '';
  const emit = (block: string) => {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0) onEvent({ event, data: data.join('\n') });
  };
  return {
    push(text) {
      buffer += text;
      const blocks = buffer.split(/\r?\n\r?\n/);
      buffer = blocks.pop() ?? '';
      for (const block of blocks) emit(block);
    },
    end() {
      if (buffer.trim()) emit(buffer);
      buffer = '';
    },
  };
}
