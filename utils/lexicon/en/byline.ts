// English words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['story by', 'written by', 'posted by', 'published by', 'reporting by', 'by'],
  roles: [
    'staff', 'editor', 'reporter', 'correspondent', 'writer', 'columnist', 'technologist', 'director',
    'professor', 'analyst', 'contributor', 'producer', 'fellow', 'officer', 'president', 'chief', 'senior',
    'associate', 'intern',
  ],
};
