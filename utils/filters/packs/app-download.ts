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
        '/^((click|tap) here to )?(download|get|install|try) (the |our )?(free )?[\\w .&\'-]{0,30}\\bapp( now| today| for free)?[.!]?$/',
        // "Get Fox Business on the go by clicking here"
        '/^get [\\w .&\'-]{1,40} on the go,? by (clicking|tapping) here$/',
        '/^(for the latest .{0,80})?download (the|our) [\\w .&\'-]{1,40} apps? (for|on) (ios|android|iphone|ipad).{0,60}$/',
        '/^get started( now)?:? download the app$/',
        '/^(open|read|continue|view) (this )?(story |article )?in (the )?[\\w .&-]{0,20}app$/',
        '/^(téléchargez|télécharger) l\'application.{0,60}$/',
        '/^(app herunterladen|jetzt die app herunterladen|descarga la app|descargar la app)$/',
        // "Download the Pinecrest Herald app to get breaking news alerts on your phone."
        '/^(download|get|install) (the|our) [\\w .&\'-]{1,40} app (to|for) .{1,100}$/',
        // A teaser line that sends the reader to the app for the rest: "Tap to read the full story … in the app".
        '/^(tap|click|swipe|open) (here )?to (read|see|continue|get|follow) .{0,100}\\bin (the|our) ([\\w .&\'-]{1,30} )?app$/',
        // An app's web view of a story: "This story is available in the Apple News app on iPhone, iPad and Mac."
        '/^(this|the full) (story|article) is (only )?available in the [\\w .&+-]{1,30} app( on .{1,60})?$/',
        '/^not on an? [\\w .&-]{1,30} device\\?? continue to .{1,60}$/',
        '/^open in [\\w .&+-]{0,25}(news|app)$/',
        '/^read (more )?(news|stories|articles)?\\b.{0,40}\\bin the [\\w .&-]{1,30} app\\b.{0,80}$/',
        // The same pushes in the other languages we read.
        '/^(laden sie|hol dir|holen sie sich) (die|unsere) [\\w .&\'-]{1,40}-?app.{0,80}$/',
        '/^(descarga|descargue|baixe|scarica|téléchargez) (la|a|l\'|nuestra|notre) ?(app|aplicación|application|applicazione).{0,80}$/',
        '/^(ऐप डाउनलोड करें|हमारा ऐप डाउनलोड करें|ऐप में पढ़ें).{0,80}$/',
        '/^(حمل|حمّل|نزّل|نزل) تطبيق.{0,80}$/',
        '/^(アプリで読む|アプリをダウンロード|アプリで開く).{0,60}$/',
        '/^.{0,30}ऐप (डाउनलोड करें|में खोलें|में पढ़ें).{0,60}$/',
        // "Die Hansepost-App: Nachrichten, wann immer Sie wollen."
        '/^(die|unsere|the|our) [^\\s:]{1,30}-app: .{1,80}$/',
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
        'applenews:',
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
