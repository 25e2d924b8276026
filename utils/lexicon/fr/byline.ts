// French words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['par'],
  roles: ['journaliste', 'correspondant', 'correspondante', 'envoyé spécial', 'envoyée spéciale', 'rédaction', 'rédacteur', 'rédactrice', 'chroniqueur', 'chroniqueuse'],
  rowWords: [
    'publié', 'publie', 'mis à jour', 'mis a jour', 'le', 'à', 'il y a', "aujourd'hui", 'hier', 'min de lecture', 'lecture',
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  ],
  rowUnits: ['s', 'sec', 'secondes', 'min', 'minute', 'minutes', 'h', 'heure', 'heures', 'j', 'jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans'],
  rowMonths: ['janv', 'févr', 'fevr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'aout', 'sept', 'oct', 'nov', 'déc'],
  rowJoiners: ['par', 'et', 'avec'],
  credits: [
    "publié à l'origine sur", "publié à l'origine par", "publié à l'origine dans", 'publié initialement sur',
    'initialement publié sur', 'initialement publié par', "cet article a été publié à l'origine sur",
    'cet article a été initialement publié sur', "lire l'article complet sur", "lire l'article en entier sur",
    'lire la suite sur', 'article publié sur', 'paru initialement dans',
  ],
  creditLinks: [
    'continuer vers', 'continuer sur',
  ],
  publicationJoiners: ['dans'],
};
