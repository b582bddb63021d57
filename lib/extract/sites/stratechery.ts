// Stratechery: the Stratechery Plus banner, the Passport paywall on member articles and the
// "Get notified about new Articles" footer.
import type { SiteRule } from './site-rule';

export const stratechery: SiteRule = {
  name: 'stratechery',
  hosts: ['stratechery.com'],
  remove: ['.stratechery-plus-banner', '.post-footer-cta', '.share-buttons'],
  // The Passport gate that replaces the rest of a member article.
  gates: ['#passport-gate', '.paywalled-gate'],
  gatePhrases: [
    /^this (article|update|interview) is available to stratechery plus subscribers/i,
    /^to continue reading, subscribe to stratechery plus/i,
  ],
  boilerplatePhrases: [/^stratechery plus: updates, interviews/i, /^get notified about new articles/i, /^subscribe to the free weekly article/i],
};
