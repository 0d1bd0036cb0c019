// Common Chinese (pinyin and Cantonese spellings), Korean and Vietnamese surnames, as AU/NZ/UK/US client lists write
// them. Curated from public surname frequency lists.
const SURNAMES = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song tang han
  feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin fu zhong
  tan lau leung cheung wong chan ho ng yip kwok lam tsang chow chiu fung kwan mok poon siu tse tsui wan yau yeung yeo
  yeoh lim goh ong teo koh chua tay loh ang quek khoo ooi low chee lai kong lui hui au mak choy chu kam shum wu lo
  lee kim park choi jung jeong kang cho yoon jang lim han oh seo shin kwon hwang ahn song hong jeon ko moon yang son
  baek heo nam noh ha bae ryu nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly truong trinh dinh
  mai lam luong cao dao doan ta thai quach`.split(/\s+/),
);
// One romanized syllable: an initial, a vowel group and an ending ("zhi", "wei", "kwok", "nguyen" is a surname).
const SYLLABLE =
  /^(ng|ngh|[bcdfghjklmnpqrstvwxyz]{0,3})(iao|uai|uye|ai|ao|au|ei|eu|ia|ie|io|iu|oa|oi|ou|ua|ue|ui|uo|uy|oo|ee|eo|yu|oe|a|e|i|o|u|y)(ng|nh|ch|n|m|p|t|k|h|c)?$/;

/** Whether a name reads as an East Asian person's name: a common surname and given-name syllables ("Haoran Feng"). */
export function eastAsianSurname(tokens: readonly string[]): string | undefined {
  if (tokens.length < 2 || tokens.length > 4) return undefined;
  const first = tokens[0] as string;
  const last = tokens[tokens.length - 1] as string;
  const surname = SURNAMES.has(last) ? last : SURNAMES.has(first) ? first : undefined;
  if (surname === undefined) return undefined;
  return tokens.every((token) => token === surname || syllables(token)) ? surname : undefined;
}

// A given name of one or two syllables ("wei", "xiaoming", "ji-hoon" is two tokens already).
function syllables(token: string): boolean {
  if (SYLLABLE.test(token)) return true;
  for (let cut = 1; cut < token.length; cut++) {
    if (SYLLABLE.test(token.slice(0, cut)) && SYLLABLE.test(token.slice(cut))) return true;
  }
  return false;
}
