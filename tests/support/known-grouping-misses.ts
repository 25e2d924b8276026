/**
 * Grouping misses known on fixture pages, each with its cause: same-subject sets left apart and
 * different-subject pairs put together. Every cause is one that words alone do not settle. A known miss
 * must still be one: when it goes away, its entry has to go too.
 * (Until session 9 the score counted two stories left together in "Other stories" as grouped, so these
 * were not seen as misses.)
 */
export const KNOWN_GROUPING_MISSES: Record<string, { apart?: string[]; together?: string[]; cause: string }> = {
  'arabic-news-article': {
    apart: ["ارتفاع أسعار الذهب إلى مستوى قياسي جديد | الذهب يواصل مكاسبه مع تراجع الدولار"],
    cause: "one shared word (الذهب, gold) in a script without capitals, so nothing marks it a name, and not in the article's headline",
  },
  'arc-xp-article': {
    apart: ["Pinecrest sewer rates to rise 6% to pay for plant upgrade | State fines Pinecrest $210,000 over sewage spills"],
    cause: "no word shared but the town's name, which is also the site's own (pinecrestherald): 'sewer' and 'sewage' are different words",
  },
  'french-aggregator-article': {
    apart: ["Paquebots : Saint-Nazaire recrute 1 200 soudeurs d'ici 2028 | Chantiers de l'Estuaire : le carnet de commandes rempli jusqu'en 2032"],
    cause: "no word in common (the shipyard, named two ways)",
  },
  'google-news-full-coverage': {
    apart: ["Lakeport dockworkers walk off the job as contract talks collapse | Strike halts cargo at Lakeport, the region's busiest inland port", "Container ships idle off Lakeport as longshore strike enters first day | How long can Lakeport shippers reroute cargo before costs bite?"],
    cause: "no word in common but the page's own subject (Lakeport, strike)",
  },
  'google-news-topic-listing': {
    apart: ["Fossil from Patagonia may belong to the heaviest dinosaur ever found | Meet the titanosaur that may have outweighed Argentinosaurus", "Spain prepares for its first total solar eclipse in more than a century | Eclipse chasers book out Spanish hotels six months ahead of August totality"],
    cause: "different words for one subject: 'dinosaur' and 'titanosaur', 'Spain' and 'Spanish'",
  },
  'ground-news-story': {
    apart: ["State puts Kettle River groundwater on probation, a first under 2014 law | Water board votes 4-1 to step in over sinking land in the San Joaquin Valley", "Growers warn state groundwater crackdown will cost jobs | California uses groundwater law's enforcement power for the first time"],
    cause: "no word in common ('groundwater' and 'sinking land'); 'groundwater' alone is one common word, not in the page's headline",
  },
  'italian-news-article': {
    apart: ["Bologna, il cantiere del tram costa 12 milioni in più del previsto | Tramvia di Bologna, i commercianti di via Ugo Bassi chiedono ristori"],
    cause: "'tram' and 'tramvia' are different words; 'Bologna' is the dateline and the page's own",
  },
  'japanese-news-article': {
    apart: ["日銀、追加利上げを決定　政策金利0.75%に | 日銀総裁会見「物価目標の達成見通し高まった」"],
    cause: "Japanese is not cut into words: '日銀' is part of longer runs of characters",
  },
  'korean-portal-article': {
    apart: ["서울 아파트값 7주 연속 상승…강남3구 상승폭 확대 | 서울 아파트 전세가율 50% 붕괴…갭투자 위축"],
    cause: "'아파트값' (apartment price) and '아파트' are different words: Korean suffixes are not cut off",
  },
  'medium-post': {
    together: ["Repair cafes are quietly rebuilding neighborhood trust | Neighborhood watch apps are making us more afraid"],
    cause: "'neighborhood' is in the article's headline, so two stories sharing it group; what it qualifies ('trust', 'watch apps') words do not weigh",
  },
  'msn-slideshow-layout': {
    together: ["Road trip snacks that will not melt in a hot car | How to plan a road trip around farmers markets"],
    cause: "'road trip' is a two-word subject both stories share, and the article's own; that the page's writer saw two tips as different subjects words do not tell",
  },
  'newsbreak-article': {
    apart: ["Idaho lawmakers eye tax break for office-to-housing conversions | What a garage-to-apartment conversion looks like inside"],
    cause: "one shared common word ('conversion') that is not in the article's headline",
  },
  'newsbreak-listing-town': {
    apart: ["Bend City Council approves $14M plan to widen Reed Market Road | Reed Market Road lane closures begin Monday for roundabout work"],
    together: ["Bend-La Pine Schools weighs later start times for high schools | High school basketball: Summit girls advance to state semifinals"],
    cause: "a street shared is where both happened ('Reed Market Road'), even when both are about its roadworks; 'high school' is shared as words whether it is the subject or a sports beat's label",
  },
  'portuguese-aggregator-article': {
    apart: ["Onda de calor faz consumo de energia bater recorde pelo segundo dia seguido | Rio registra sensação térmica de 58 °C e bate recorde do ano"],
    together: ["Prefeitura de São Paulo anuncia 20 novas linhas de ônibus elétricos | São Paulo vence o Corinthians no Morumbis e assume a liderança do Paulistão"],
    cause: "one shared common word ('recorde') that is not in the headline; 'São Paulo' names the city and its football club",
  },
  'yahoo-article': {
    apart: ["Evacuation orders eased for hundreds as Oregon fire crews hold lines | Juniper Flat Fire: What to know about evacuation levels and shelters"],
    cause: "'fire' is in most stories (the list's common ground), so 'evacuation' is one common word alone",
  },
};
