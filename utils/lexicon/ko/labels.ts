// Korean labels a page writes over a block: a paid placement's, or a box of related stories'.
import type { LabelWords } from '../types';

export const labels: LabelWords = {
  sponsored: ['광고', '스폰서', '협찬', '파워링크', '제휴'],
  sponsoredLead: ['광고', '스폰서'],
  sponsoredBy: ['제공'],
  related: [
    '관련기사', '관련 기사', '관련뉴스', '관련 뉴스', '많이 본 뉴스', '가장 많이 본 뉴스', '주요뉴스', '주요 뉴스',
    '이 시각 주요뉴스', '추천 뉴스', '함께 볼만한 뉴스', '함께 보면 좋은 뉴스', '언론사 랭킹', '최신뉴스', '최신 뉴스',
    '인기뉴스', '인기 뉴스', '이 기사와 함께 많이 본 뉴스', '언론사 주요뉴스', '같은 분야 뉴스', '실시간 인기',
  ],
  reading: ['참고 자료', '참고문헌', '출처', '각주'],
};
