// WordPress themes and the Jetpack plugin: share bars, related posts, likes, subscribe boxes and
// the "Discover more from <site>" subscribe overlay Jetpack puts on every post (not a paywall).
import type { SiteRule } from './site-rule';

export const wordpress: SiteRule = {
  name: 'wordpress',
  detectInHead: [
    ['meta', 'name=generator', 'content^=WordPress'],
    ['link', 'rel=https://api.w.org/'],
    ['link', 'href*=/wp-content/'],
    ['link', 'href*=/wp-includes/'],
  ],
  detectBodyClass: /\b(single-post|wp-singular|post-template-default)\b/,
  remove: [
    '.sharedaddy', '.sd-sharing-enabled', '.sd-like', '.jetpack-likes-widget-wrapper', '#jp-relatedposts', '.jp-relatedposts',
    '.wp-block-jetpack-related-posts', '.wp-block-jetpack-subscriptions', '.jetpack_subscription_widget',
    '.jetpack-subscription-modal', '.wp-block-jetpack-sharing-buttons', '.wpcnt', '.addtoany_share_save_container',
    '.yarpp-related', '.crp_related', '.rp4wp-related-posts', '.post-navigation', '.comments-area', '#respond',
    '.entry-footer', '.author-box', '.wp-block-post-author', '.skip-link', '#ast-scroll-top', '.ast-scroll-to-top-right',
  ],
  gatePhrases: [/subscribe to get access to the rest of this post/i, /^this (post|content) is for (paid )?(subscribers|members)( only)?\.?$/i],
  boilerplatePhrases: [/^discover more from /i, /^subscribe now to keep reading and get access to the full archive/i, /^like this:?$/i, /^share this:?$/i],
};
