import type { FilterPack } from '../types';

export const aiPromo: FilterPack = {
  id: 'ai-promo',
  label: 'AI upsells',
  description: 'Boxes that push the site\'s AI features ("Try Our AI Features", "Ask AI", AI summaries).',
  defaultOn: true,
  rules: [
    {
      phrases: [
        'ai summary',
        'ask ai',
        'ask copilot',
        'powered by ai',
        'summarize with ai',
        'try our ai features',
        '/^explore what [\\w .&-]{1,30} ai can do for you:?$/',
        '/^(try|discover|meet) [\\w .&-]{0,30}\\bai\\b( assistant| features?| chat)?[.!]?$/',
      ],
    },
    { attr: '\\bai[-_]?(promo|upsell|features?|assistant|summary|chat|cta)\\b' },
  ],
};
