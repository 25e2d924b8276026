import { describe, expect, it } from 'vitest';
import { groupStories } from '../../utils/related/group-stories';
import type { Story } from '../../utils/types';

const NOW = Date.parse('2025-08-07T12:00:00Z');

const story = (title: string, extra: Partial<Story> = {}): Story => ({
  title,
  url: `https://example.com/${encodeURIComponent(title)}`,
  source: null,
  publishedTime: null,
  timeText: null,
  summary: null,
  image: null,
  ...extra,
});

const titlesOf = (groups: { label: string; stories: Story[] }[]) => groups.map((g) => [g.label, g.stories.map((s) => s.title)]);

describe('groupStories by topic', () => {
  it('puts the Trump–Putin stories together, labelled by what they share, and the rest apart', () => {
    const stories = [
      story("Trump comments on 'very good' Putin-Witkoff talks"),
      story("Moscow's top negotiator confirms Kiev rejecting 1,000 POWs"),
      story('Trump intends to meet Putin next week'),
    ];
    expect(titlesOf(groupStories(stories, 'topic', { lang: 'en', now: NOW }))).toEqual([
      ['Trump · Putin', ["Trump comments on 'very good' Putin-Witkoff talks", 'Trump intends to meet Putin next week']],
      ['Other stories', ["Moscow's top negotiator confirms Kiev rejecting 1,000 POWs"]],
    ]);
  });

  it('never makes a topic of a function word, in Indonesian or in an English contraction', () => {
    const id = [
      story('Harga beras naik dan pedagang mengeluh di pasar'),
      story('Banjir melanda Jakarta dan warga mengungsi'),
      story('Tim nasional yang menang akan bertanding lagi'),
      story('Sekolah yang rusak akan diperbaiki tahun depan'),
    ];
    const en = [story("'I’m not leaving,' says the mayor of the flooded town"), story("I'm shocked, admits the singer after the final vote")];
    for (const [stories, lang] of [[id, 'id'], [id, null], [en, 'en']] as const) {
      const labels = groupStories([...stories], 'topic', { lang, now: NOW }).map((g) => g.label);
      expect(labels).toEqual(['Related stories']);
    }
  });

  it('keeps unrelated stories apart, in one group when nothing joins any two', () => {
    const stories = [
      story('Harbour dredging to start in October after delay'),
      story('Robotics team heads to world championship in Houston'),
      story('Bakery that fed firefighters will close after 40 years'),
    ];
    const groups = groupStories(stories, 'topic', { lang: 'en', now: NOW });
    expect(groups).toHaveLength(1);
    expect(groups[0].stories).toHaveLength(3);
  });

  it('matches plurals, possessives, case and accents', () => {
    const stories = [
      story("Putin's envoy lands in Ankara for talks"),
      story('Kremlin says putin will not attend the summit'),
      story('Café owners brace for another heat wave'),
      story('Cafe OWNERS say tourists are staying away'),
    ];
    const groups = groupStories(stories, 'topic', { lang: 'en', now: NOW });
    const groupOf = (t: string) => groups.findIndex((g) => g.stories.some((s) => s.title === t));
    expect(groupOf("Putin's envoy lands in Ankara for talks")).toBe(groupOf('Kremlin says putin will not attend the summit'));
    expect(groupOf('Café owners brace for another heat wave')).toBe(groupOf('Cafe OWNERS say tourists are staying away'));
    expect(groupOf("Putin's envoy lands in Ankara for talks")).not.toBe(groupOf('Café owners brace for another heat wave'));
  });

  it('does not group on French stop words', () => {
    const stories = [
      story('Annecy : la fréquentation du lac bat un nouveau record'),
      story("Lac d'Annecy : la qualité de l'eau jugée excellente"),
      story('Talloires : le ponton public rouvrira cet été après deux ans de travaux'),
      story('Bateaux électriques : la filière savoyarde recrute dans la région'),
    ];
    const groups = groupStories(stories, 'topic', { lang: 'fr', now: NOW });
    expect(titlesOf(groups)).toEqual([
      ['Annecy · Lac', ['Annecy : la fréquentation du lac bat un nouveau record', "Lac d'Annecy : la qualité de l'eau jugée excellente"]],
      ['Other stories', ['Talloires : le ponton public rouvrira cet été après deux ans de travaux', 'Bateaux électriques : la filière savoyarde recrute dans la région']],
    ]);
    // Without the page language, the stop words are guessed from the headlines.
    expect(titlesOf(groupStories(stories, 'topic', { now: NOW }))).toEqual(titlesOf(groups));
  });

  it('does not treat words inside a longer name as the name itself', () => {
    const stories = [
      story('Bradford leaders demand tram branch is fast-tracked'),
      story('What the new tram line means for your commute'),
      story('Leeds Bradford Airport passenger numbers hit summer record'),
    ];
    // The article is about the tram, so the one common word two headlines share is its subject.
    const [first] = groupStories(stories, 'topic', { lang: 'en', now: NOW, title: 'Leeds to get first tram line in 70 years after government approves funding' });
    expect(first.label).toBe('Tram');
    expect(first.stories.map((s) => s.title)).toEqual(['Bradford leaders demand tram branch is fast-tracked', 'What the new tram line means for your commute']);
  });

  it('does not make a topic of one word two Title Case headlines happen to share', () => {
    const stories = [
      story('Try These Easy Breakfast Biscuit Calzones for Busy Mornings'),
      story('Easy Tres Leches Cake Recipe'),
      story('Cloth Diapers for Older Kids, Teens, and Adults'),
    ];
    expect(groupStories(stories, 'topic', { lang: 'en', now: NOW }).map((g) => g.label)).toEqual(['Related stories']);
    const three = [...stories, story('The Easy Weeknight Pasta Everyone Asks For')];
    expect(groupStories(three, 'topic', { lang: 'en', now: NOW })[0].label).toBe('Easy');
  });

  it('makes no topic of a lead label or a lone common word, only of what the article is about', () => {
    const nantes = [
      story('Nantes : le pont de Cheviré fermé deux nuits pour travaux'),
      story("Nantes : le festival des Rendez-vous de l'Erdre dévoile sa programmation"),
      story('Retraites : le Conseil constitutionnel rendra sa décision jeudi'),
    ];
    expect(groupStories(nantes, 'topic', { lang: 'fr', now: NOW }).map((g) => g.label)).toEqual(['Related stories']);
    const common = [
      story('Truro hospital opens new assessment unit'),
      story('Penzance flood wall consultation opens as council seeks views'),
      story('Ferry union sets strike vote for December 12'),
      story('State mediator called in as ferry contract talks stall'),
    ];
    expect(groupStories(common, 'topic', { lang: 'en', now: NOW }).map((g) => g.label)).toEqual(['Related stories']);
    const onFerries = groupStories(common, 'topic', { lang: 'en', now: NOW, title: 'Ferry operators warn of winter schedule cuts as fuel costs climb' });
    expect(titlesOf(onFerries)).toEqual([
      ['Ferry', ['Ferry union sets strike vote for December 12', 'State mediator called in as ferry contract talks stall']],
      ['Other stories', ['Truro hospital opens new assessment unit', 'Penzance flood wall consultation opens as council seeks views']],
    ]);
  });

  it("makes a topic of a two-word subject even when one word is the page's own", () => {
    const stories = [
      story('Governor Ames urges port authority and union back to the table'),
      story('Timeline: Eighteen months of talks between the port authority and dockworkers'),
      story('Container ships idle off Lakeport as the strike enters its first day'),
    ];
    // "port" is the page's heading word ("Lakeport port strike"); "port authority" is still one subject.
    const groups = groupStories(stories, 'topic', { lang: 'en', now: NOW, title: 'Lakeport port strike' });
    expect(titlesOf(groups)).toEqual([
      ['Port · Authority', ['Governor Ames urges port authority and union back to the table', 'Timeline: Eighteen months of talks between the port authority and dockworkers']],
      ['Other stories', ['Container ships idle off Lakeport as the strike enters its first day']],
    ]);
    // Both its words count: it outweighs a name that one of its stories shares with another ("Local 114").
    const withUnion = [
      story('Governor Ames urges port authority and union back to the table'),
      story('Timeline: Eighteen months of talks between the port authority and Local 114'),
      story('Inside Local 114, the union that has not struck since 1989'),
    ];
    expect(titlesOf(groupStories(withUnion, 'topic', { lang: 'en', now: NOW, title: 'Lakeport port strike' }))[0]![1]).toEqual([withUnion[0]!.title, withUnion[1]!.title]);
    // "authority" alone, after different words, is no subject.
    const apart = [stories[0]!, story('Housing authority delays vote on rent rules'), stories[2]!];
    expect(groupStories(apart, 'topic', { lang: 'en', now: NOW, title: 'Lakeport port strike' }).map((g) => g.label)).toEqual(['Related stories']);
  });

  it('makes no topic of the street or the town two stories happened on or went by', () => {
    const stories = [
      story('Storm drain project to close Bayview Road for two weeks'),
      story('Bayview Road crash kills cyclist, police say'),
      story('Pinecrest Pirates rally past Oakmont in overtime'),
      story('Oakmont mall redevelopment clears final vote'),
    ];
    expect(groupStories(stories, 'topic', { lang: 'en', now: NOW }).map((g) => g.label)).toEqual(['Related stories']);
    // A street's name with what happens there is still a subject: "Bayview Road bridge" twice.
    const bridge = [story('Bayview Road bridge to close for repairs'), story('Detour routes set as Bayview Road bridge work begins'), stories[2]!];
    expect(groupStories(bridge, 'topic', { lang: 'en', now: NOW })[0]!.stories.map((s) => s.title)).toEqual([bridge[0]!.title, bridge[1]!.title]);
  });

  it('does not read a name opening a hyphenated modifier as the subject', () => {
    const stories = [
      story('NASA picks two companies to design a cheaper Mars Sample Return mission'),
      story("What NASA's new Mars plan means for the tubes Perseverance left behind"),
      story('Mars-sized exoplanet found in habitable zone of nearby red dwarf'),
    ];
    expect(titlesOf(groupStories(stories, 'topic', { lang: 'en', now: NOW }))).toEqual([
      ['NASA · Mars', [stories[0]!.title, stories[1]!.title]],
      ['Other stories', [stories[2]!.title]],
    ]);
  });

  it('reads an Italian headline\'s place before a comma as its dateline, not its subject', () => {
    const stories = [
      story('Bologna, chiude per lavori la galleria di via Stalingrado fino a maggio'),
      story("Bologna FC, allenamento a porte aperte al Dall'Ara prima della sfida con la Lazio"),
      story('Tramvia di Bologna, i commercianti di via Ugo Bassi chiedono ristori'),
    ];
    expect(groupStories(stories, 'topic', { lang: 'it', now: NOW }).map((g) => g.label)).toEqual(['Related stories']);
    // In English that comma is an "and": "Lakeport, Eastshore" are the story's subjects.
    const english = [story('Lakeport, Eastshore agree to share ferry costs'), story('Voters back the Lakeport levy, poll finds'), story('Harbor seals return in record numbers')];
    expect(groupStories(english, 'topic', { lang: 'en', now: NOW })[0]!.label).toBe('Lakeport');
  });

  it('does not join a name ending in a word with one starting with it', () => {
    const stories = [
      story('Puget Sound ferry riders face summer schedule cuts on two routes'),
      story('Light rail to Everett faces new two-year delay, Sound Transit says'),
      story('Orca pod spotted near Bainbridge ferry terminal draws crowds'),
      story('State ferry workers reach tentative contract deal ahead of summer season'),
      story('Mount Rainier National Park to expand timed-entry reservations this summer'),
    ];
    const groups = groupStories(stories, 'topic', { lang: 'en', now: NOW, title: 'Washington State Ferries signs deal for two hybrid-electric ferries' });
    expect(groups.find((g) => g.stories.some((s) => s.title === stories[1]!.title))!.label).toBe('Other stories');
    expect(groups.find((g) => g.stories.some((s) => s.title === stories[0]!.title))!.stories.map((s) => s.title)).toContain(stories[3]!.title);
  });

  it('does not join two different names by their last word', () => {
    const stories = [
      story('Colorado River states reach short-term deal on cuts'),
      story('State puts Kettle River groundwater on probation'),
      story('Almond growers pull out orchards as prices slump'),
    ];
    expect(groupStories(stories, 'topic', { lang: 'en', now: NOW }).map((g) => g.label)).toEqual(['Related stories']);
    // The same name twice is still one subject.
    const same = [stories[1]!, story('What the Kettle River probation means for dry wells'), stories[2]!];
    expect(groupStories(same, 'topic', { lang: 'en', now: NOW })[0]!.stories.map((s) => s.title)).toEqual([stories[1]!.title, same[1]!.title]);
  });

  it('reads no name into a capital after a colon, nor a topic into a common word three headlines share', () => {
    const stories = [
      story('Setting fires to avoid fires: Study outlines new forest plan'),
      story('Ozone-depleting substances caused half of late warming: Study'),
      story('Inverse design of porous materials using artificial intelligence'),
      story('Using waste carbon dioxide to separate metals'),
      story('Using machine learning to fine-tune telescope views'),
    ];
    expect(groupStories(stories, 'topic', { lang: 'en', now: NOW }).map((g) => g.label)).toEqual(['Related stories']);
  });

  it('groups two stories sharing a name whatever each says of it, and shows a name whole in the label', () => {
    const stories = [
      story('The Northline budget, line by line'),
      story('What the Northline auditor actually found'),
      story('Bus lanes are winning the quiet argument'),
    ];
    expect(titlesOf(groupStories(stories, 'topic', { lang: 'en', now: NOW }))[0]).toEqual(['Northline', [stories[0]!.title, stories[1]!.title]]);
    // The town is the page's own word; the label still names the school, not "High".
    const school = [story('Harwick High girls basketball advances to state semifinal'), story('Harwick High boys fall in quarterfinal overtime thriller'), story('Crab season closes early')];
    expect(groupStories(school, 'topic', { lang: 'en', now: NOW, url: 'https://www.newsbreak.com/harwick-or', title: 'Harwick, OR' })[0]!.label).toBe('Harwick High');
  });

  it('makes no topic of a people\'s adjective, nor of a town\'s facility a story happened near', () => {
    const cornish = [story('Cornish pasty makers warn of butter price squeeze'), story('Surfers Against Sewage report names three Cornish beaches'), story('Eden Project announces dates')];
    expect(groupStories(cornish, 'topic', { lang: 'en', now: NOW }).map((g) => g.label)).toEqual(['Related stories']);
    // "near Bainbridge ferry terminal" is where the orcas were; the two stories about ferries still group.
    const ferries = [
      story('Puget Sound ferry riders face summer schedule cuts on two routes'),
      story('Orca pod spotted near Bainbridge ferry terminal draws crowds'),
      story('State ferry workers reach tentative contract deal ahead of summer season'),
    ];
    const groups = groupStories(ferries, 'topic', { lang: 'en', now: NOW, title: 'Washington State Ferries signs deal for two hybrid-electric ferries' });
    expect(titlesOf(groups)).toEqual([
      [groups[0]!.label, [ferries[0]!.title, ferries[2]!.title]],
      ['Other stories', [ferries[1]!.title]],
    ]);
    // A street's name is whole: "Main Street pothole repairs" are about potholes.
    const potholes = [story('Council approves $1.2 million for Main Street pothole repairs'), story('Pothole season arrives early after weeks of freeze and thaw'), story('Library extends hours')];
    expect(groupStories(potholes, 'topic', { lang: 'en', now: NOW, title: 'Pothole crews work overtime as thaw opens hundreds of holes' })[0]!.stories.map((s) => s.title)).toEqual([potholes[0]!.title, potholes[1]!.title]);
  });

  it('reads Hindi words whole, vowel signs and all', () => {
    const stories = [
      story('आईपीएल 2026: राजस्थान रॉयल्स ने नए कप्तान का ऐलान किया'),
      story('राजस्थान रॉयल्स के नए कप्तान बोले, इस बार खिताब हमारा'),
      story('उत्तर भारत में अगले तीन दिन बारिश का अलर्ट'),
    ];
    expect(groupStories(stories, 'topic', { lang: 'hi', now: NOW })[0]!.stories.map((s) => s.title)).toEqual([stories[0]!.title, stories[1]!.title]);
  });

  it('is deterministic and returns nothing for no stories', () => {
    const stories = [story('Trump and Putin to meet in Alaska'), story('Kremlin confirms Alaska venue for Putin summit'), story('Oil prices slip on ceasefire hopes')];
    expect(groupStories(stories, 'topic', { lang: 'en', now: NOW })).toEqual(groupStories(stories, 'topic', { lang: 'en', now: NOW }));
    expect(groupStories([], 'topic', { lang: 'en', now: NOW })).toEqual([]);
  });
});

describe('groupStories by source', () => {
  it('makes one group per publisher, biggest first, unknown last', () => {
    const stories = [
      story('A story from the wires about one thing', { source: 'Reuters' }),
      story('Another story with no publisher named', { source: null }),
      story('A story from a broadcaster about a thing', { source: 'Russia Today' }),
      story('A second wire story about another thing', { source: 'reuters' }),
    ];
    expect(titlesOf(groupStories(stories, 'source', { now: NOW }))).toEqual([
      ['Reuters', ['A story from the wires about one thing', 'A second wire story about another thing']],
      ['Russia Today', ['A story from a broadcaster about a thing']],
      ['Other sources', ['Another story with no publisher named']],
    ]);
  });
});

describe('groupStories by time', () => {
  it('buckets by age, newest first, undated last', () => {
    const at = (iso: string | null) => ({ publishedTime: iso });
    const stories = [
      story('Older', at('2025-07-01T00:00:00.000Z')),
      story('Undated', at(null)),
      story('Minutes', at('2025-08-07T11:30:00.000Z')),
      story('Morning', at('2025-08-07T02:00:00.000Z')),
      story('Yesterday night', at('2025-08-06T22:00:00.000Z')),
      story('Yesterday morning', at('2025-08-06T01:00:00.000Z')),
      story('Monday', at('2025-08-04T09:00:00.000Z')),
    ];
    expect(titlesOf(groupStories(stories, 'time', { now: NOW }))).toEqual([
      ['Last hour', ['Minutes']],
      ['Today', ['Morning']],
      ['Yesterday', ['Yesterday night', 'Yesterday morning']],
      ['This week', ['Monday']],
      ['Older', ['Older']],
      ['Undated', ['Undated']],
    ]);
  });

  it('counts days where the reader is', () => {
    // 02:00 UTC on the 7th is still the 6th in New York (UTC-4).
    const stories = [story('Late', { publishedTime: '2025-08-07T02:00:00.000Z' })];
    expect(groupStories(stories, 'time', { now: NOW, utcOffsetMinutes: -240 })[0].label).toBe('Yesterday');
  });
});
