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
        // Paywall prompts that stand where the rest of the story would be.
        '/^(to (view|read|continue reading|access) (the )?(full|rest of the|entire) (story|article)|pour lire la suite( de cet article)?|um (den|diesen) (ganzen |vollständigen )?artikel (weiter)?zu lesen|para (leer|seguir leyendo) (la nota completa|el artículo completo)).{0,160}$/',
        '/^subscribe( now)? .{0,60} for the full (story|article)$/',
        // Asks for support in place of a paywall: "Gefällt dir unser Klettermagazin? …", "Sie lesen gern Achgut.com? …".
        '/^(gefällt (dir|ihnen) (unser|unsere|dieser|dieses) [\\p{L}.-]{2,30}|sie lesen gern [\\p{L}.-]{2,30})\\?.{0,400}$/',
        '/^(if you\'re |if you are )?(seeing this message but you\'re )?already a subscriber.{0,160}$/',
        '/^by (signing up|subscribing|clicking).{0,240}(privacy|terms).{0,120}$/',
        // "Get the latest updates right in your inbox. Subscribe to …": a short pitch for a mailing.
        '/^(?=.{0,240}$)(?=.{0,200}\\b(sign up|subscribe|newsletters?)\\b).{0,200}\\b(in|to) your inbox\\b.{0,120}$/',
      ],
    },
    { selector: 'form[action*="newsletter"], form[action*="subscribe"], input[type="email"]' },
    { attr: '\\b(newsletters?|newsletter[-_]?(signup|box|form|widget|promo)|email[-_]?(capture|signup|form|optin)|opt[-_]?in|signup[-_]?(form|box))\\b' },
  ],
};
