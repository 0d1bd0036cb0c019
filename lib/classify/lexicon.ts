/** Honorifics that open a person's name (also in couples: "Mr & Mrs"). */
export const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'rev',
  'reverend',
  'lady',
  'lord',
  'master',
]);

/** Legal forms: any of these in a name makes it an organization. */
export const LEGAL_FORMS: ReadonlyMap<string, string> = new Map([
  ['pty', 'Pty'],
  ['ltd', 'Ltd'],
  ['limited', 'Limited'],
  ['inc', 'Inc'],
  ['incorporated', 'Incorporated'],
  ['llc', 'LLC'],
  ['llp', 'LLP'],
  ['plc', 'PLC'],
  ['corp', 'Corp'],
  ['corporation', 'Corporation'],
  ['company', 'Company'],
  ['gmbh', 'GmbH'],
  ['pllc', 'PLLC'],
  ['lllp', 'LLLP'],
  ['nl', 'NL'],
]);

/** Words that name a kind of entity (trusts, funds, partnerships, estates, not-for-profits, public bodies). */
export const ENTITY_WORDS: ReadonlyMap<string, string> = new Map([
  ['trust', 'a trust'],
  ['trustee', 'a trust'],
  ['trustees', 'a trust'],
  ['atf', 'a trust'],
  ['fund', 'a fund'],
  ['superannuation', 'a super fund'],
  ['smsf', 'a super fund'],
  ['partnership', 'a partnership'],
  ['partners', 'a partnership'],
  ['estate', 'an estate'],
  ['deceased', 'an estate'],
  ['foundation', 'a foundation'],
  ['association', 'an association'],
  ['assn', 'an association'],
  ['society', 'a society'],
  ['club', 'a club'],
  ['council', 'a council'],
  ['church', 'a church'],
  ['parish', 'a church'],
  ['ministries', 'a church'],
  ['charity', 'a charity'],
  ['charitable', 'a charity'],
  ['school', 'a school'],
  ['college', 'a college'],
  ['university', 'a university'],
  ['committee', 'a committee'],
  ['cooperative', 'a co-operative'],
  ['coop', 'a co-operative'],
  ['union', 'a union'],
  ['federation', 'a federation'],
  ['department', 'a public body'],
  ['ministry', 'a public body'],
  ['authority', 'a public body'],
]);

/** Common given names across AU/NZ/UK/US client lists: a shape feature of the model and the couple rule. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
  steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
  jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
  tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry
  austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan juan albert
  willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene liam oliver lucas harrison
  lachlan cooper hunter angus hamish callum archie hugo toby oscar charlie alfie freddie harvey reuben nikau tane wiremu
  ari rawiri mateo leo max finn riley mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa
  nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
  sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine
  debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren
  christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances
  kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana
  natalie brittany charlotte marie kayla alexis lori chloe mia isla amelia ava ruby zoe zoe matilda harper sienna
  willow georgia poppy ella lily aroha mere ngaire anahera kiri moana tui jane kate claire fiona kirsty siobhan aisling
  niamh bridget wei li jun ming hui xin yan mei hiroshi yuki kenji priya anjali rahul amit sanjay deepak arjun ravi
  sunita neha mohammed muhammad ahmed ali fatima aisha omar hassan yusuf nguyen minh thi anh linh tuan duc hoa
  jose carlos luis miguel sofia lucia camila diego pedro juan ana elena ivan dmitri olga sergei anastasia nikolai
  lars erik ingrid sven astrid klaus hans greta pieter jan willem joost sanne`.split(/\s+/),
);
