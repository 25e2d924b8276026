// English words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['story by', 'written by', 'posted by', 'published by', 'reporting by', 'by'],
  roles: [
    'staff', 'editor', 'reporter', 'correspondent', 'writer', 'columnist', 'technologist', 'director',
    'professor', 'analyst', 'contributor', 'producer', 'fellow', 'officer', 'president', 'chief', 'senior',
    'associate', 'intern',
  ],
  rowWords: [
    'ago', 'just now', 'yesterday', 'today', 'updated', 'published', 'posted', 'time', 'min read', 'read',
    'may', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'first published',
    // Weekdays of a dateline ("Updated: Sat 8:31 PM", "Tuesday, November 19, 2019").
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  ],
  rowUnits: [
    's', 'sec', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour',
    'hours', 'd', 'day', 'days', 'w', 'wk', 'wks', 'week', 'weeks', 'mo', 'month', 'months', 'y', 'yr', 'yrs',
    'year', 'years',
  ],
  rowMonths: ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  rowJoiners: ['story by', 'written by', 'by', 'and', 'from', 'via', 'source', 'at', 'on'],
  credits: [
    'read full article at', 'read the full article at', 'read full story at', 'read the full story at',
    'read the full article on', 'read more at', 'continue reading at', 'continue reading on',
    'originally published on', 'originally published at', 'originally published in',
    'originally published by', 'first published on', 'first published in', 'first published by',
    'this article originally appeared on', 'this article originally appeared in',
    'this story originally appeared on', 'this story originally appeared in',
    'this article first appeared on', 'this story first appeared on', 'originally appeared on',
    'originally appeared in', 'republished from', 'republished with permission from', 'syndicated from',
  ],
  creditLinks: [
    'continue to',
  ],
  publicationJoiners: ['in'],
};
