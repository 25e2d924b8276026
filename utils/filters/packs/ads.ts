import type { FilterPack } from '../types';

export const ads: FilterPack = {
  id: 'ads',
  label: 'Ads & sponsored cards',
  description: 'Ad slots, "Sponsored" and "Promoted" cards, paid-content widgets.',
  defaultOn: true,
  rules: [
    {
      phrases: [
        'ad',
        'ad feedback',
        'advertisement',
        'anzeige',
        'around the web',
        'contenus sponsorisés',
        'paid content',
        'publicidad',
        'publicité',
        'sponsored',
        'sponsored content',
        'sponsored links',
        // Affiliate disclosures: "Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler".
        '/^(für links auf dieser seite erhält|this (post|article|page) (contains|may contain) (affiliate links|references to products)|we may earn (a )?commission).{0,300}$/',
        'promoted',
        'promoted stories',
        'werbung',
        '광고',
        '広告',
        '/^(sponsored|promoted|paid (content|post)) by .{1,40}$/',
        '/^(ads|ad) by \\w+$/',
        '/^(recommended|promoted) by (taboola|outbrain|revcontent|mgid)$/',
        '/^(advertisement|ad) - scroll to continue$/',
        // Affiliate disclosures: a legal line for the site, not part of the story.
        '/^this (post|article|page|story) (may )?contains? affiliate\\b.{0,200}$/',
        'advertentie',
        'iklan',
        'pubblicità',
        'publicidade',
        'reklama',
        'реклама',
      ],
    },
    {
      selector: 'amp-ad, amp-embed, amp-sticky-ad, ins.adsbygoogle, iframe[src*="doubleclick"], [data-ad-slot], [data-ad-unit], [data-google-query-id], [id^="google_ads"], [id^="div-gpt-ad"], [aria-label="Advertisement"], [aria-label="advertisement"]',
    },
    {
      attr: '\\b(ads?|adv|advert|advertisement|advertising|ad[-_]?(slot|unit|container|wrapper|banner|label|placeholder|box|block|space|zone)|banner[-_]?ad|dfp|gpt[-_]?ad|google[-_]?ads?|adsbygoogle|taboola|outbrain|sponsor(ed)?|promoted|native[-_]?ad|mgid|revcontent|dianomi|trc_related_container)\\b|^(광고|広告)$',
    },
    {
      links: ['adclick.g.doubleclick.net', 'googleadservices.com', 'outbrain.com', 'taboola.com', 'revcontent.com', 'mgid.com', 'clickserve.dartsearch.net'],
    },
  ],
};
