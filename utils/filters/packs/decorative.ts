import type { FilterPack } from '../types';

export const decorative: FilterPack = {
  id: 'decorative',
  label: 'Decorative images',
  description: 'Logos, icons, backgrounds, avatars, spacers and tracking pixels.',
  defaultOn: true,
  rules: [
    {
      note: 'For images the phrase is matched against the alt text.',
      phrases: ['background', 'icon', 'logo', 'orange background', 'placeholder', 'spacer', 'time', '/^[\\w .&-]{0,30} (logo|icon|avatar)$/', '/^(logo|icon|avatar) (of |for )?[\\w .&-]{0,30}$/'],
      tags: ['img', 'svg', 'picture'],
    },
    { note: 'Background images written out as text by the page.', phrases: ['orange background'] },
    { attr: '\\b(logo|icon|avatar|spacer|sprite|tracking[-_]?pixel)s?\\b', tags: ['img', 'svg', 'picture'] },
    { selector: 'img[width="1"], img[height="1"], img[width="0"], img[height="0"], img[role="presentation"], svg[aria-hidden="true"]' },
  ],
};
