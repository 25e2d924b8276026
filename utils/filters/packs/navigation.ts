import type { FilterPack } from '../types';

export const navigation: FilterPack = {
  id: 'navigation',
  label: 'Navigation & footers',
  description: 'Site menus, headers, breadcrumbs, sidebars, author boxes and footers around the article.',
  defaultOn: true,
  rules: [
    { selector: 'nav, footer, amp-sidebar, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [role="menu"], [role="menubar"]' },
    { attr: '\\b(nav|navbar|navigation|menu|breadcrumbs?|site[-_]?(header|footer|nav)|global[-_]?(header|footer|nav)|page[-_]?footer|footer|masthead|sidebar|skip[-_]?link|author[-_]?(box|bio|card|profile|info|details|description|about)|post[-_]?author|about[-_]?(the[-_]?)?author|topbar|top[-_]?bar|hamburger)\\b' },
    { phrases: ['back to top', 'skip to content', 'skip to main content', 'menu', '/^(sign in|log in|sign up|subscribe)( \\/ (register|join))?$/'] },
    {
      note: 'Back links, table-of-contents titles, copyright and liability lines of a page frame, as whole blocks.',
      phrases: [
        'zurück',
        'zurück zur übersicht',
        'zurück zur listenansicht',
        'zurück zur startseite',
        'back to overview',
        'inhaltsverzeichnis',
        'table of contents',
        'spis treści',
        'alle angaben ohne gewähr',
        'kontakt',
        'pressekontakt',
        'quellen ausblenden',
        'quellen einblenden',
        'bild anzeigen',
        // "Quelle: Landesregierung Hessen": the source line under a press text.
        '/^\\(?(quelle|fuente|źródło): ?[^:]{1,70}\\)?$/',
        // A post's taxonomy row: "Filed under: Khawarij |", "Tags: budget, schools".
        '/^(filed under|posted in|categories|category|tags|tagged|tagged with|schlagwörter|étiquettes|etiquetas|mots-clés|arquivado em): [^.!?]{1,100}$/',
        '/^.{0,120}n\'engagent que (leurs|leur|son|ses) auteurs?$/',
        '/^(dieser (text|beitrag|artikel) (wurde veröffentlicht unter|steht unter) der lizenz|sofern nicht anders (ausgewiesen|angegeben),? stehen (die )?inhalte).{0,200}$/',
        '/^(©|\\(c\\)|copyright) ?(©|\\(c\\))? ?\\d{4}(-\\d{4})?[\\p{L} .,&\'-]{0,60}$/',
        '/^.{0,100}\\b(all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone)$/',
        // Korean and Japanese reuse notices ("무단 전재 및 재배포 금지", "無断転載禁止"), which close a copyright line.
        '/^.{0,100}(무단 ?전재 ?(및|·|,)? ?재배포 ?(금지|를 금합니다)|無断転載(を)?禁(止|じます))$/',
        '/^(dieser )?(beitrag|artikel|text|gastbeitrag) gibt (die|ausschließlich die) meinung (des|der) (autors|autorin|verfassers|verfasserin|autoren).{0,120}$/',
        '/^(the )?(views|opinions) expressed (in this (article|post|column|piece) )?are (solely )?(those of the author|the author\'s own).{0,160}$/',
        // An aggregator's liability line under a syndicated story: "Disclaimer: This content is provided by a
        // third-party publisher. Opera News is not responsible for its accuracy."
        '/^(disclaimer:? )?this (content|story|article) (is|was) (provided|produced|supplied|written) by an? (third[- ]party|external|syndicated|partner) (publisher|provider|source|partner).{0,160}$/',
      ],
    },
  ],
};
