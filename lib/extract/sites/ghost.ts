// Ghost (Casper and Source themes): the members call-to-action that replaces a paid post's body,
// newsletter sign-up cards, comments and "read next".
import type { SiteRule } from './site-rule';

export const ghost: SiteRule = {
  name: 'ghost',
  detectInHead: [['meta', 'name=generator', 'content^=Ghost']],
  remove: ['.kg-signup-card', '.gh-subscribe', '.footer-cta', '.gh-comments', '.post-full-comments', '.read-next', '.gh-read-next'],
  // The members CTA is a gate even when its wording is translated.
  gates: ['.gh-post-upgrade-cta', '.post-upgrade-cta'],
  gatePhrases: [
    /^this post is for (paying )?(subscribers|members) only/i,
    /^already have an account\?\s*sign in/i,
    /^sign up (now )?to read the (full )?post/i,
  ],
  boilerplatePhrases: [/^subscribe to .{1,80} newsletter/i, /^sign up for more like this/i],
};
