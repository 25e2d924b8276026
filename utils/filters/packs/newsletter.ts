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
        '/^((click|tap) here to |please )?(sign up|subscribe|register) (for|to) (the |our )?[\\w\' &-]{0,40}newsletters?\\b.{0,160}$/',
        // Short pitches for a mailing: "Start your day with the Opening Bell … Sign up for the free daily newsletter",
        // "Sign Up: Stay on top of the latest breaking news! Sign up for our Email Newsletters here." (Written to be
        // ruled out by their first words: a pattern that must read a block to its end costs that for every block.)
        '/^start (your|the) (day|morning|week) with .{1,240}\\b(newsletters?|sign up|subscribe)\\b.{0,120}$/',
        '/^sign up: .{1,200}\\bnewsletters?\\b.{0,40}$/',
        // "Want more stories like this? Every day we send an email with …"
        '/^want more (stories|articles|news|posts) like this\\?.{0,160}$/',
        // "Subscribe to WIRED and stay smart with …", "Need more space? Subscribe to our sister title …"
        '/^subscribe to [\\w .&\'+-]{1,40} and (stay|get|never|keep|enjoy|support) .{1,120}$/',
        '/^((need|want|hungry for|looking for|love) more [\\w .&\'-]{1,30}\\? )?subscribe to our sister (title|magazine|publication|site) .{0,200}$/',
        // Magazine offers: "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99."
        '/^get [\\w .&\'-]{1,40} delivered (to your (door|home|doorstep)|through your letterbox|straight to your (door|inbox))\\b.{0,200}$/',
        '/^sign up (to|for) [\\w .&\'-]{1,30} to .{1,80}$/',
        '/^get (the|our) [\\w\' &-]{0,40}newsletters?\\b.{0,160}$/',
        '/^(inscrivez-vous|abonnez-vous) à (notre|la) newsletter.{0,160}$/',
        // Paywall prompts that stand where the rest of the story would be.
        '/^(to (view|read|continue reading|access) (the )?(full|rest of the|entire) (story|article)|pour lire la suite( de cet article)?|um (den|diesen) (ganzen |vollständigen )?artikel (weiter)?zu lesen|para (leer|seguir leyendo) (la nota completa|el artículo completo)).{0,160}$/',
        '/^subscribe( now)? .{0,60} for the full (story|article)$/',
        // Membership and subscription upsells: "Get unlimited access to …", "Become a member", "Unlock … with a
        // Vantage subscription", "Subscribe to get every story by email", "Suscríbete para seguir leyendo".
        '/^get unlimited (access|reading)( to .{1,80})?( for .{1,40})?$/',
        // "Get access to … subscriptions service X Pro for as little as Rs 599 for first year. Use the code …"
        '/^get access to .{1,120}\\b(subscriptions?|memberships?)\\b.{0,120}\\bfor (as little as|just|only) .{0,400}$/',
        '/^become a (member|subscriber|supporter|patron)( of [\\w .&\'+-]{1,40})?( to .{1,60})?$/',
        '/^unlock .{1,80} with an? [\\w .&+-]{1,30} (subscription|membership|plan)$/',
        '/^(.{1,80}\\. )?subscribe to (get|receive) (every|each|all|new|our) (new )?(story|stories|post|posts|issue|issues|article|articles) (by|via|in your) (e-?mail|inbox)$/',
        // A newsletter platform's own prompt inside a post: "Thanks for reading X! Subscribe for free to receive new posts and support my work."
        '/^(thanks for reading [^!.?]{1,60}[!.] )?subscribe (for free )?to (receive|get) new posts( and support (my|our) work)?\\.?$/',
        '/^(read|get) (this|it) and (hundreds|thousands) of other (magazines|newspapers|publications|titles).{0,100}$/',
        '/^(learn more about|try|get) [\\w .&-]{1,30}\\+( free| now| today)?$/',
        '/^(suscríbete|suscribete|abónate|abonnez-vous|abonniere|abonnieren sie|assine|abbonati) (para|pour|um|per) (seguir|continuer|weiterzulesen|continuar|continuare) (leyendo|à lire|lendo|a leggere).{0,40}$/',
        '/^(lee|lea|lisez|lesen sie|leia|leggi) (sin límites|sans limite|unbegrenzt|sem limites|senza limiti).{0,60}$/',
        // Trial offers of a paywall: "Hansepost+ jetzt 4 Wochen für 1 € testen", "1 mois pour 1 €".
        '/^.{0,30}\\b\\d+ (wochen|monate|tage|weeks|months|days|mois|semaines|jours|meses|semanas|días|mesi|settimane) (für|fur|for|pour|por|per) (nur )?(\\d+([.,]\\d+)? ?(€|\\$|£)|(€|\\$|£) ?\\d+([.,]\\d+)?|free|gratis|kostenlos|gratuit)( testen| lesen| try| essayer| probar)?$/',
        '/^(recibe|recibe gratis|suscríbete a) (el|nuestro|nuestra|la) (bolet[ií]n|newsletter).{0,140}$/',
        '/^(recevez|inscrivez-vous à) (notre|la) (newsletter|lettre).{0,140}$/',
        // Asks for support in place of a paywall: "Gefällt dir unser Klettermagazin? …", "Sie lesen gern Achgut.com? …".
        '/^(gefällt (dir|ihnen) (unser|unsere|dieser|dieses) [\\p{L}.-]{2,30}|sie lesen gern [\\p{L}.-]{2,30})\\?.{0,400}$/',
        '/^(if you\'re |if you are )?(seeing this message but you\'re )?already a subscriber.{0,160}$/',
        '/^by (signing up|subscribing|clicking).{0,240}(privacy|terms).{0,120}$/',
        // "Get the latest updates right in your inbox. Subscribe to …": a short pitch for a mailing.
        '/^(?=.{0,240}$)(?=.{0,200}\\b(sign up|subscribe|newsletters?)\\b).{0,200}\\b(in|to) your inbox\\b.{0,120}$/',
        // The same in other languages: the box's title, its pitch and the consent line under its form
        // ("La newsletter di X", "… direttamente nella tua casella di posta.", "Iscrivendoti accetti …").
        '/^(la |le |el |a |die |the )?newsletter (di|de|du|do|da|del|von|of) [\\p{L}\\p{N} .&\'-]{1,40}$/',
        '/^(?=.{0,240}$).{0,200}(nella tua casella( di posta| e-?mail)?|dans votre boîte (mail|e-mail|de réception|aux lettres)|en tu (bandeja de entrada|correo)|in (ihr|ihrem|dein|deinem) (e-mail-)?postfach|no seu (e-?mail|correio eletrônico))[.!]?$/',
        '/^(iscrivendoti|registrandoti),? accetti.{0,160}$/',
        // A box asking readers to pay for the reporting, set inside the article: "Support local
        // journalism", "… please consider a gift today.", "Donate today", "Subscribe for $6.99/month".
        '/^support (local|independent|quality|nonprofit|non-profit) (journalism|news|reporting|newsrooms?)[.!]?$/',
        '/^.{0,300}(please consider (making )?(a gift|a donation|a contribution|donating|supporting us|subscribing)( today| now)?|support (us|our (work|journalism|reporting|newsroom)) (today|with a (gift|donation|contribution)))[.!]?$/',
        '/^(donate|give|contribute|make a gift|make a donation)( today| now| here)?[.!]?$/',
        '/^subscribe (for|from) (\\$|€|£)?\\d+([.,]\\d+)?(€|£)? ?(\\/|a |per )(month|mo|week|wk|year|yr)\\.?$/',
        '/^en vous inscrivant,? vous acceptez.{0,160}$/',
        '/^al (suscribirte|registrarte),? aceptas.{0,160}$/',
        '/^ao se (inscrever|cadastrar),? você (concorda|aceita).{0,160}$/',
        '/^mit (der|ihrer|deiner) anmeldung (akzeptieren sie|akzeptierst du|stimmen sie|stimmst du).{0,160}$/',
      ],
    },
    { selector: 'form[action*="newsletter"], form[action*="subscribe"], input[type="email"]' },
    { attr: '\\b(newsletters?|newsletter[-_]?(signup|box|form|widget|promo)|email[-_]?(capture|signup|form|optin)|opt[-_]?in|signup[-_]?(form|box))\\b' },
  ],
};
