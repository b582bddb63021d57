// Substack: subscribe widgets and buttons inside the post, the footer, and its paywall.
import type { SiteRule } from './site-rule';

export const substack: SiteRule = {
  name: 'substack',
  hosts: ['substack.com'],
  detectInHead: [['link', 'href*=substackcdn.com'], ['script', 'src*=substackcdn.com'], ['meta', 'content*=substackcdn.com']],
  remove: [
    '.subscription-widget-wrap', '.subscription-widget-wrap-editor', '.subscribe-widget', '.button-wrapper',
    '.captioned-button-wrap', '.post-footer', '.share-dialog', '.post-ufi', '.subscribe-footer',
  ],
  gatePhrases: [
    /^this post is for paid subscribers/i,
    /keep reading with a 7-day free trial/i,
    /^subscribe to .{1,80} to keep reading this post/i,
    /upgrade to paid to (read|continue)/i,
  ],
  boilerplatePhrases: [/^thanks for reading .{1,80}subscribe/i, /^subscribe now$/i, /^leave a comment$/i, /^share$/i, /^discover more from /i],
};
