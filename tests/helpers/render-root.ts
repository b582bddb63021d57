// The element component tests render into: a fresh <div> per test, unmounted and removed after it.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';

/** The current test's root (a live binding: reassigned before each test). */
export let root: HTMLElement;

/** Call once at the top of a test file that renders components into {@link root}. */
export function useRenderRoot(): void {
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
}

/** Lets the components' awaits run and Preact re-render: `rounds` macrotasks, each inside act(). */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}
