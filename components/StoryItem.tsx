import type { Story } from '../utils/types';
import { hostLabel, storyAge } from './format';
import { uiLang, uiText } from './i18n';

interface Props {
  story: Story;
  now: number;
}

// An age Intl wrote is in the interface's language; the card's own wording is in the page's.
export function StoryItem({ story, now }: Props) {
  const age = storyAge(story, now, uiLang());
  return (
    <li class="story">
      <a class="story-title" href={story.url} target="_blank" rel="noopener noreferrer">{story.title}</a>
      <span class="story-meta">
        <span class="story-source">{story.source ?? hostLabel(story.url)}</span>
        {age && <> · <span class="story-age" {...(age === story.timeText ? {} : uiText())}>{age}</span></>}
      </span>
    </li>
  );
}
