// FourWeekMBA: a summary box and an FAQ that restate the body, Business Engineer promo kickers,
// the author bio, and the Astra theme's "Scroll to Top".
import type { SiteRule } from './site-rule';

export const fourweekmba: SiteRule = {
  name: 'fourweekmba',
  hosts: ['fourweekmba.com'],
  remove: ['.promo-banner', '.promo-kicker', '.author-box', '.related-posts', '#ast-scroll-top', '.scroll-to-top'],
  restating: ['.key-summary-box', '.faq-section'],
  boilerplatePhrases: [
    /^fourweekmba x business engineer\b/i,
    /exec package \+ .{0,60}business engineer founding plan/i,
    /^gennaro is the creator of fourweekmba/i,
    /^(read next|read also|connected business frameworks?)\b/i,
  ],
};
