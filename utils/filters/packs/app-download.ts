import type { FilterPack } from '../types';

export const appDownload: FilterPack = {
  id: 'app-download',
  label: 'App-download pushes',
  description: 'Banners, overlays and badges asking you to install or open the site\'s app.',
  defaultOn: true,
  rules: [
    {
      phrases: [
        'app-store',
        'available on the app store',
        'continue in app',
        'continue reading in the app',
        'download on the app store',
        'download the app',
        'get it on google play',
        'get the app',
        'install the app',
        'open app',
        'open in app',
        'open in the app',
        'play-store',
        'read in app',
        'use app',
        'use the app',
        '/^(download|get|install|try) (the |our )?(free )?[\\w .&\'-]{0,30}\\bapp( now| today| for free)?[.!]?$/',
        '/^(for the latest .{0,80})?download (the|our) [\\w .&\'-]{1,40} apps? (for|on) (ios|android|iphone|ipad).{0,60}$/',
        '/^get started( now)?:? download the app$/',
        '/^(open|read|continue|view) (this )?(story |article )?in (the )?[\\w .&-]{0,20}app$/',
        '/^(téléchargez|télécharger) l\'application.{0,60}$/',
        '/^(app herunterladen|jetzt die app herunterladen|descarga la app|descargar la app)$/',
      ],
    },
    {
      hosts: ['daily8.com'],
      note: 'The promo paragraph of Daily8\'s app section, as it reads on their article pages.',
      phrases: ['/^ready to dive into a world of global content.{0,200}$/'],
    },
    {
      links: [
        'app.adjust.com',
        'app.link',
        'appgallery.huawei.com',
        'apps.apple.com',
        'apps.microsoft.com',
        'intent:',
        'itunes.apple.com',
        'itms-apps:',
        'market:',
        'onelink.me',
        'play.google.com/store',
      ],
    },
    {
      attr: '\\b(app[-_]?(banner|download|promo|install|badges?|store|cta)|smart[-_]?banner|smartbanner|open[-_]?in[-_]?app|download[-_]?(the[-_]?)?app|get[-_]?the[-_]?app|play[-_]?store|google[-_]?play|appstore)\\b',
    },
  ],
};
