// Korean link texts that name an action, not a story.
import type { ActionWords } from '../types';

export const actions: ActionWords = {
  listLinks: ['더보기', '전체보기', '더 보기', '다음', '이전', '목록'],
  cardLinks: ['자세히 보기', '앱에서 보기', '앱으로 보기', '구독하기', '기사 원문 보기'],
  notSources: ['속보', '단독', '영상', '포토', '구독', '공유', '댓글', '공감', '추천', '종합', '라이브'],
};
