// Chinese, Japanese and Korean text read by the second opinion: a character class, not a word list.
/**
 * Chinese has no spaces to count words by: its most common function characters stand in for stop
 * words, one character a token.
 */
export const CJK_FUNCTION_CHARS = '的了是在和有我他这不人们也就一为上个地到说要以着中与等对而及被从将但都把还所会于其之或她你它此';
