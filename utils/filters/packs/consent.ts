import type { FilterPack } from '../types';

export const consent: FilterPack = {
  id: 'consent',
  label: 'Cookie & consent notices',
  description: 'Cookie banners, consent walls and privacy pop-ups.',
  defaultOn: true,
  rules: [
    {
      phrases: [
        'accept all',
        'accept cookies',
        'accepter les cookies',
        'alle akzeptieren',
        'cookie settings',
        'manage preferences',
        'reject all',
        'tout accepter',
        '/^(this (web)?site|we|our partners and we) uses? cookies\\b.{0,400}$/',
        '/^we (care about|value) your privacy\\b.{0,600}$/',
        // Placeholders of blocked embeds: "Klicken Sie auf den unteren Button, um den Inhalt von … zu laden."
        '/^klicken sie auf den (unteren )?button,? um (den|die) inhalte? von .{1,80} zu laden$/',
        '/^(mit dem laden (des|der) (inhalts|inhalte|videos|karte)|ich bin damit einverstanden, dass mir externe inhalte angezeigt werden).{0,300}$/',
        '/^wir respektieren (deine|ihre) privatsphäre.{0,300}$/',
        '/^click (the button )?(below|here) to load the content (from|of) .{1,80}$/',
        '/^(nous|ce site) utilis(ons|e) des cookies\\b.{0,400}$/',
        '/^(diese (web)?seite|diese website|wir) (verwendet|verwenden|nutzt|nutzen) cookies\\b.{0,400}$/',
        // Consent by carrying on: "Durch die weitere Nutzung der Seite stimmst du der Verwendung von Cookies zu.",
        // "By continuing to use this site, you agree to our use of cookies."
        '/^(durch|mit) (die|der) weitere[n]? (nutzung|benutzung) (der|dieser|unserer) (seite|website|webseite|internetseite).{0,200}\\bcookies?\\b.{0,200}$/',
        '/^by (continuing to (use|browse)|using) (this|our) (site|website).{0,200}\\bcookies?\\b.{0,200}$/',
      ],
    },
    {
      note: "Consent platforms' own boxes: certain even where the notice is most of a page of links' prose.",
      certain: true,
      selector: '#onetrust-consent-sdk, #onetrust-banner-sdk, amp-consent, #CybotCookiebotDialog, .fc-consent-root, #didomi-host, #usercentrics-root, [id^="sp_message_container"], #qc-cmp2-container, #qc-cmp2-ui',
    },
    {
      note: "The IAB consent framework's notice text, whatever box holds it; certain, as above.",
      certain: true,
      phrases: ['/^we and our partners (store and\\/or access|use) (information|cookies|data) on (a|your) device\\b.{0,600}$/'],
    },
    // Not a bare "cmp" nor "cmp-container": Adobe's CMS names its content blocks cmp-text, cmp-container, cmp-image.
    { attr: '\\b(cookies?[-_]?(banner|notice|consent|bar|policy|wall|popup|modal)?|consent|gdpr|onetrust|cmp[-_]?(banner|box|layer|modal|popup|overlay|dialog|wrapper)|privacy[-_]?(banner|notice|popup)|cc[-_]banner|qc-cmp2?|didomi|usercentrics|cookiebot|truste)\\b' },
  ],
};
