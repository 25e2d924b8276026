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
    {
      note: 'Photo credit lines: a block that is only the credit of a picture ("Foto: Jane Doe", "Mike Blake/Reuters", "AFP / Jane Doe"). A caption that describes the picture is content and stays, and so does the figure or slide around the credit.',
      alone: true,
      phrases: [
        '/^\\(?(foto|fotos|photo|photos|photograph|bild|bilder|titelbild|titelfoto|bildquelle|fotoquelle|credit|credits|photo credit|crédit|crédits|crédit photo|crédits photos?|crédito|créditos|crédito foto|foto di|zdjęcie|fot|image)( ?\\/ ?\\p{L}{2,12})? ?: ?[^:]{1,80}\\)?$/',
        '/^(© ?|\\(c\\) ?)?[\\p{L} .,&\'-]{0,50}[\\/|] ?(shutterstock|getty images|getty|istock|istockphoto|afp|dpa|reuters|ap|imago|picture alliance|picture-alliance|keystone|epa|adobe stock|unsplash|pixabay)(\\.com)?( files| images| photo)?$/',
        '/^(© ?|\\(c\\) ?)?(shutterstock|getty images|istock|istockphoto|afp|dpa|reuters|imago|picture alliance|picture-alliance|keystone|epa|adobe stock|unsplash|pixabay)(\\.com)?( ?[\\/|] ?[\\p{L} .,&\'-]{1,50})?$/',
        // The © credit alone ("© AFP / Marco Bertorello"); a caption before it is content and stays.
        '/^(©|\\(c\\)) ?[\\p{L}\\d .,&\'\\/|-]{1,60}$/',
      ],
    },
    { attr: '\\b(logo|icon|avatar|spacer|sprite|tracking[-_]?pixel)s?\\b', tags: ['img', 'svg', 'picture'] },
    { selector: 'img[width="1"], img[height="1"], img[width="0"], img[height="0"], img[role="presentation"], svg[aria-hidden="true"]' },
  ],
};
