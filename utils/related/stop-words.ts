// Words that say nothing about a story's subject, per language (accent-free, lower case, as the
// topic grouper folds them). Compact on purpose: function words plus the filler of headlines.

const LISTS: Record<string, string> = {
  en: `a about above after again against ago all also am amid among an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from further had has have
    having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on
    once only or other our out over own same she should so some such than that the their them then there these they
    this those through to too under until up upon very via was we were what when where which while who whom why will
    with would you your yours new says said say tells told report reports reported update updates live latest watch
    video photos breaking news today week weeks year years day days first last next one two three get gets got make
    makes made may might must back still top amid despite against after before set sets could what's here's it's
    don't can't won't us vs via per ahead just near like man woman people time way i'm i've i'll i'd you're
    you've we're we've they're he's she's that's there's let's isn't aren't wasn't doesn't didn't`,
  fr: `au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur leurs lui ma mais me
    meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos
    votre vous est sont ete etre avoir a ont fait faire plus moins tres tout tous toute toutes apres avant depuis
    entre sans sous chez vers selon contre pendant comme dont ou alors aussi encore deja bien ici cela ca c d l n s qu
    j m t y nouveau nouvelle nouveaux ans an jour jours semaine annee hier aujourd'hui direct video photos`,
  de: `aber als am an auch auf aus bei bin bis bist da damit dann das dass dem den der des dich die dies diese dieser
    dieses doch dort du durch ein eine einem einen einer eines er es etwa fur hat hatte hier ich ihm ihn ihr ihre im
    in ist ja jetzt kann kein keine mit nach nicht noch nun nur ob oder ohne sehr sein seine sich sie sind so uber um
    und uns unter vom von vor war waren warum was weil wenn wer wie wieder wir wird wo zu zum zur neue neuen neuer
    jahr jahre tag tage heute gestern live video fotos mehr gegen seit`,
  es: `a al algo ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre era
    es esa ese eso esta este esto estos fue han hasta hay la las le les lo los mas me mi muy ni no nos o os para pero
    por que quien se sea segun ser si sin sobre su sus tambien te tiene tras tu un una uno unos y ya nuevo nueva anos
    ano dia dias hoy ayer video fotos directo`,
  it: `a ad al alla alle allo agli ai anche che chi ci come con da dal dalla dei del della delle dello degli di dopo
    e ed gli ha hanno i il in la le lo ma mi ne nei nel nella non o per piu poi quale quando questa questo se sei si
    sono su sua sue sui sul sulla suo tra tutti un una uno anni anno giorno oggi ieri nuovo nuova video foto diretta`,
  pt: `a ao aos as com como da das de do dos e ela ele em entre era essa esse esta este foi ha isso mais mas na nas
    no nos o os ou para pela pelo por que se sem ser seu sua tambem um uma apos ate sobre contra anos ano dia hoje
    ontem novo nova video fotos`,
  nl: `aan al als bij dan dat de den der des die dit door een en er ge had heb heeft het hij hoe hun ik in is ja je
    kan maar me met mij na naar niet nog nu of om omdat ons ook op over te tegen toe tot u uit van veel voor want was
    wat we wel werd wie wij wil worden zal ze zich zij zijn zo nieuw nieuwe jaar jaren dag vandaag gisteren video`,
  id: `ada adalah agar akan aku anda apa atau bagi bahwa baru banyak bisa buat dalam dan dari dengan di dia ia ini
    itu jadi juga kami kamu karena ke kepada kita lagi lain lebih masih mau mereka oleh pada para saat sangat saja
    sampai sebagai secara sejak setelah sudah tak tapi telah tentang terhadap tersebut tidak untuk yang hari ini
    kemarin tahun baru video foto`,
  ru: `а без бы был была были было в вам вас во вот все всё вы где да для до его ее её если есть еще ещё же за и из
    или им их к как когда кто ли мне мы на над не нет но о об от по под после при про с со так также то только у уже
    что чтобы это эта этот эти я год года лет день сегодня вчера новый новая новые видео фото`,
};
// Malay shares its function words with Indonesian.
LISTS.ms = LISTS.id;

/** The form the topic grouper compares words in: accent-free, lower case, straight apostrophes. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").toLowerCase();
}

const SETS = new Map<string, Set<string>>(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(/\s+/).filter(Boolean).map(foldWord))]),
);

export const STOP_WORD_LANGS = [...SETS.keys()];

/** The stop words of a language ("fr-CA" → fr); null for a language we have no list for. */
export function stopWordsFor(lang: string | null | undefined): Set<string> | null {
  if (!lang) return null;
  return SETS.get(lang.toLowerCase().slice(0, 2)) ?? null;
}
