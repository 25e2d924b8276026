import type { Story } from '../utils/types';
import { hostLabel, storyAge } from './format';

interface Props {
  story: Story;
  now: number;
}

export function StoryItem({ story, now }: Props) {
  const age = storyAge(story, now);
  return (
    <li class="story">
      <a class="story-title" href={story.url} target="_blank" rel="noopener noreferrer">{story.title}</a>
      <span class="story-meta">
        <span class="story-source">{story.source ?? hostLabel(story.url)}</span>
        {age && <> · <span class="story-age">{age}</span></>}
      </span>
    </li>
  );
}
