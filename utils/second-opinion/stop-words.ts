// The most common function words of each language, for the stop-word density of a block: running
// prose is about one third function words, menus, bylines and link lists almost none. Lower case;
// the lead will move these lists into the shared lexicon.

export const STOP_WORDS: Readonly<Record<string, string>> = {
  en: `a about after all also an and any are as at be because been before but by can could did do does
    down even for from had has have he her here him his how however i if in into is it its just like made
    many may me more most much must my never new no not now of on one only or other our out over said she
    should since so some still such than that the their them then there these they this those through to
    too under up very was we were what when where which while who will with would you your`,
  de: `aber alle allem allen aller als also am an auch auf aus bei beim bin bis bist da damit dann das dass
    dem den denn der des dich die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem
    einen einer eines er es etwa für gegen hat hatte haben hier ich ihm ihn ihr ihre im in ins ist ja jedoch
    kann kein keine können man mehr mich mit muss nach nicht noch nun nur ob oder ohne schon sehr sein seine
    sich sie sind so soll sollen sowie über um und uns unter vom von vor war waren was weil wenn werden wie
    wieder will wir wird wurde wurden zu zum zur zwischen`,
  fr: `à au aussi aux avec avait avoir ce cela ces cet cette comme dans de des deux donc du elle elles en
    encore entre est et été être fait il ils je la le les leur leurs lui mais me même mes moins ne ni nos
    notre nous on ont ou où par pas peut plus pour qu que qui sa sans se ses si son sont sous sur ta te tous
    tout toute très tu un une vous y`,
  es: `a al algo como con cuando de del desde donde dos el ella ellos en entre era es esa ese esta este
    está están fue ha han hasta hay la las le les lo los más me mi muy ni no nos o para pero por porque que
    qué se ser si sin sobre son su sus también te todo todos tu un una uno unos y ya`,
  it: `a ad al alla alle anche che chi ci come con cui da dal dalla degli dei del della delle di e è essere
    gli ha hanno i il in io la le lo loro ma mi molto ne nel nella non o per più può quando quella questa
    questo se si sono su sua sue suo suoi tra tutti un una uno`,
  nl: `aan al als bij dan dat de deze die dit door een en er had heb hebben heeft het hij hoe hun ik in is
    je kan maar me meer men met mij na naar niet nog nu of om ons ook op over te tot uit van veel voor was
    wat we werd wij worden wordt zal ze zich zij zijn zo`,
  pt: `a ao aos as até com como da das de dela dele do dos e é ela ele eles em entre era essa esse esta
    este está foi há isso já mais mas me muito na nas não nem no nos o os ou para pela pelo por que quando
    se sem ser seu seus sobre sua suas também um uma uns`,
  pl: `a aby ale bo był była było były być czy dla do gdy i ich ja jak jako jednak jego jej jest jeszcze
    już każdy która które który ku lub ma mi może na nad nie nich niż o od oraz po pod przez przy są się
    so ta tak tam te tego tej też to tu tylko w we według więc z za ze że`,
};

/**
 * Chinese has no spaces to count words by: its most common function characters stand in for stop
 * words, one character a token.
 */
export const CJK_FUNCTION_CHARS = '的了是在和有我他这不人们也就一为上个地到说要以着中与等对而及被从将但都把还所会于其之或她你它此';
