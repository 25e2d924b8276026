import type { FilterPack } from '../types';

export const newsletter: FilterPack = {
  id: 'newsletter',
  label: 'Newsletter sign-ups',
  description: 'E-mail sign-up boxes and subscription prompts.',
  defaultOn: true,
  rules: [
    {
      phrases: [
        'create account',
        'create an account',
        'create your free account',
        'enter your email',
        'enter your email address',
        'inscrivez-vous',
        'newsletter',
        'newsletter abonnieren',
        'sign up',
        'sign up for our newsletter',
        'subscribe',
        'subscribe now',
        'subscribe to our newsletter',
        'your email address',
        '/^(sign up|subscribe|register) (for|to) (the |our )?[\\w\' &-]{0,40}newsletters?\\b.{0,160}$/',
        '/^sign up (to|for) [\\w .&\'-]{1,30} to .{1,80}$/',
        '/^get (the|our) [\\w\' &-]{0,40}newsletters?\\b.{0,160}$/',
        '/^(inscrivez-vous|abonnez-vous) à (notre|la) newsletter.{0,160}$/',
        '/^by (signing up|subscribing|clicking).{0,240}(privacy|terms).{0,120}$/',
        // "Get the latest updates right in your inbox. Subscribe to …": a short pitch for a mailing.
        '/^(?=.{0,240}$)(?=.{0,200}\\b(sign up|subscribe|newsletters?)\\b).{0,200}\\b(in|to) your inbox\\b.{0,120}$/',
      ],
    },
    { selector: 'form[action*="newsletter"], form[action*="subscribe"], input[type="email"]' },
    { attr: '\\b(newsletters?|newsletter[-_]?(signup|box|form|widget|promo)|email[-_]?(capture|signup|form|optin)|opt[-_]?in|signup[-_]?(form|box))\\b' },
  ],
};
