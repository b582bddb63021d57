// A page Playwright does not attach to (the real extension popup), driven over raw CDP through
// the browser session (Target.sendMessageToTarget), enough to read it and take a screenshot.
import type { CDPSession } from 'playwright-core';

interface CdpReply {
  id: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export class RawTarget {
  private nextId = 0;
  private readonly pending = new Map<number, (reply: CdpReply) => void>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly targetId: string,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const reply = JSON.parse(event.message) as CdpReply;
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
  }

  static async attach(cdp: CDPSession, targetId: string): Promise<RawTarget> {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    return new RawTarget(cdp, targetId, sessionId);
  }

  async send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const id = ++this.nextId;
    const reply = new Promise<CdpReply>((resolve) => this.pending.set(id, resolve));
    await this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    const answer = await reply;
    if (answer.error) throw new Error(`${method}: ${answer.error.message}`);
    return answer.result ?? {};
  }

  /** Evaluates an expression in the page (promises awaited) and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (result.exceptionDetails) throw new Error(`Evaluation failed: ${JSON.stringify(result.exceptionDetails)}`);
    return (result.result as { value: T }).value;
  }

  /** Polls `expression` until it is truthy, then returns its value. */
  async waitFor<T>(expression: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression);
      if (value) return value;
      if (Date.now() > deadline) {
        const shown = await this.evaluate<string>('document.body?.innerText ?? ""').catch(() => '(unreadable)');
        throw new Error(`Timed out waiting for ${expression}; the page shows: ${shown.slice(0, 300) || '(nothing)'}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Presses and releases one key (`Tab`, `s`…) as the keyboard does, to whatever has the focus. */
  async press(key: string): Promise<void> {
    const code = key.length === 1 ? `Key${key.toUpperCase()}` : key;
    const keyCode = key === 'Tab' ? 9 : key.toUpperCase().charCodeAt(0);
    const text = key.length === 1 ? key : undefined;
    await this.send('Input.dispatchKeyEvent', { type: 'keyDown', key, code, windowsVirtualKeyCode: keyCode, ...(text ? { text } : {}) });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode });
  }

  async screenshot(): Promise<Buffer> {
    const { data } = await this.send('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(String(data), 'base64');
  }

  async close(): Promise<void> {
    await this.cdp.send('Target.closeTarget', { targetId: this.targetId });
  }
}
