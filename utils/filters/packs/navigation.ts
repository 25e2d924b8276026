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
  ],
};
