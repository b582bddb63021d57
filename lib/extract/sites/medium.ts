// Medium: the member-only banner, the metered-paywall prompt, and the clap/follow/listen chrome.
import type { SiteRule } from './site-rule';

export const medium: SiteRule = {
  name: 'medium',
  hosts: ['medium.com'],
  detectInHead: [
    ['meta', 'property=al:android:package', 'content=com.medium.reader'],
    ['meta', 'name=twitter:site', 'content=@Medium'],
  ],
  remove: ['[data-testid="headerClapButton"]', '[data-testid="audioPlayButton"]', '[data-testid="headerSocialShareButton"]'],
  gatePhrases: [
    /^the author made this story available to medium members only/i,
    /^(read|continue reading) this story with a free account/i,
    /^become a member to read this story/i,
    /^create an account to read the full story/i,
  ],
  boilerplatePhrases: [
    /^member-only story$/i,
    /^sign up to discover human stories/i,
    /^get unlimited access to the best of medium/i,
    /^(follow|listen|share|\d+ min read)$/i,
  ],
};
