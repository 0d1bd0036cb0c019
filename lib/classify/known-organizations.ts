import { words } from './business-words';
import { isGivenName } from './given-names';
import { nameTokens } from './name-tokens';

// Well-known AU/NZ/UK/US organizations, many of which read like a person's name ("David Jones", "Edward Jones") or
// like nothing at all ("Telstra"). Collected by sector from public knowledge of each market, not from client lists.
const BANKS_AND_FINANCE = words(`Commonwealth Bank, CommBank, Westpac, ANZ, NAB, National Australia Bank, St.George,
  St George Bank, Bank of Melbourne, BankSA, Bankwest, Macquarie, Macquarie Bank, Suncorp, Suncorp Bank, Bendigo Bank,
  Bank of Queensland, BOQ, ME Bank, ING, ING Direct, AMP, AMP Bank, Judo Bank, Heritage Bank, People's Choice,
  Heritage and People's Choice, Beyond Bank, Great Southern Bank, Newcastle Permanent, IMB Bank, Greater Bank, Ubank,
  Up Bank, Tyro, Afterpay, Zip Money, Latitude Financial, Pepper Money, Liberty Financial, Prospa, Moula, Kiwibank,
  ASB, ASB Bank, BNZ, Bank of New Zealand, TSB, TSB Bank, Westpac NZ, ANZ NZ, Rabobank, SBS Bank, Co-operative Bank,
  The Co-operative Bank, Heartland Bank, Barclays, Lloyds, Lloyds Bank, NatWest, RBS, Royal Bank of Scotland, HSBC,
  Santander, Santander UK, Halifax, Nationwide, Nationwide Building Society, Metro Bank, Monzo, Starling, Revolut,
  Coutts, Virgin Money, Yorkshire Building Society, Coventry Building Society, Bank of America, Wells Fargo,
  JPMorgan, JPMorgan Chase, JP Morgan, Chase, Citibank, Citi, Citigroup, Capital One, US Bank, PNC, Truist, TD Bank,
  Goldman Sachs, Morgan Stanley, Merrill Lynch, Charles Schwab, Schwab, Edward Jones, Raymond James, Stifel, Lazard,
  Rothschild, Rothschild & Co, Evercore, Jefferies, Piper Sandler, Credit Suisse, UBS, Deutsche Bank, BNP Paribas,
  Barclays Capital, Bell Potter, Ord Minnett, Morgans, Morgans Financial, Shaw and Partners, Wilsons Advisory,
  Canaccord Genuity, Craigs Investment Partners, Forsyth Barr, Jarden, Hargreaves Lansdown, Brewin Dolphin,
  Charles Stanley, St. James's Place, St James's Place, Rathbones, Quilter, Fidelity, Vanguard, BlackRock, Magellan,
  Perpetual, Colonial First State, MLC, AustralianSuper, Australian Retirement Trust, Hostplus, Rest, Rest Super, Aware
  Super, UniSuper, Cbus, HESTA, CareSuper, Kiwisaver, Milford Asset Management, Fisher Funds, Simplicity, Sharesies,
  Stake, CommSec, Computershare, Link Market Services, PayPal, Stripe, Square, Wise, American Express, Amex, Visa,
  Mastercard, Diners Club`);

const RETAIL_AND_BRANDS = words(`David Jones, Myer, Harvey Norman, Gerry Harvey, Dick Smith, Bing Lee, Joyce Mayne,
  The Good Guys, JB Hi-Fi, Officeworks, Bunnings, Coles, Woolworths, Aldi, IGA, Kmart, Target, Big W, Best & Less,
  Rebel Sport, Spotlight, Jaycar, Repco, Supercheap Auto, Autobarn, Dan Murphy's, BWS, Liquorland, First Choice Liquor,
  Jimmy Brings, Chemist Warehouse, Priceline, Terry White Chemmart, Amcal, Peter Alexander, Carla Zampatti,
  Alannah Hill, Sportsgirl, Country Road, Witchery, Trenery, Seed Heritage, Cotton On, R.M. Williams, RM Williams,
  Zimmermann, Sass & Bide, Lorna Jane, Michael Hill, Pascoes, Angus & Coote, Prouds, Goldmark, Lovisa,
  Harris Scarfe, Adairs, Freedom, Fantastic Furniture, Nick Scali, Koala, Temple & Webster, Beacon Lighting,
  Reece, Tradelink, Mitre 10, Home Timber & Hardware, Total Tools, Sydney Tools, Trelise Cooper, Karen Walker,
  Kathmandu, Macpac, Hallenstein Brothers, Hallensteins, Glassons, Farmers, Briscoes, Rebel, Noel Leeming,
  Harvey Norman NZ, Smiths City, Ballantynes, Kirkcaldie & Stains, The Warehouse, Warehouse Stationery, Countdown,
  Pak'nSave, New World, Four Square, Foodstuffs, Fisher & Paykel, Fonterra, Ryman Healthcare, Fletcher Building,
  Marks & Spencer, M&S, John Lewis, Waitrose, Sainsbury's, Tesco, Asda, Morrisons, Aldi UK, Lidl, Harrods,
  Selfridges, Debenhams, Fortnum & Mason, Liberty, Boots, Superdrug, WHSmith, Argos, Currys, Dixons, Halfords,
  Screwfix, Toolstation, Wickes, B&Q, Travis Perkins, Ted Baker, Paul Smith, Vivienne Westwood, Stella McCartney,
  Alexander McQueen, Burberry, Mulberry, Jack Wills, Ernest Jones, H. Samuel, H Samuel, Greggs, Costa, Costa Coffee,
  Pret A Manger, Wetherspoons, Macy's, Nordstrom, Dillard's, Kohl's, JCPenney, Saks Fifth Avenue, Neiman Marcus,
  Bloomingdale's, Trader Joe's, Whole Foods, Walmart, Costco, Home Depot, Lowe's, Staples, Best Buy, Ralph Lauren,
  Tommy Hilfiger, Calvin Klein, Michael Kors, Kate Spade, Tory Burch, Marc Jacobs, Vera Wang, Donna Karan, Anne Klein,
  Levi's, Levi Strauss, Ben & Jerry's, Wendy's, Arby's, Dunkin', Dunkin' Donuts, Tim Hortons, McDonald's, Hungry
  Jack's, Burger King, KFC, Domino's, Pizza Hut, Subway, Nando's, Oporto, Grill'd, Guzman y Gomez, Zambrero, Mad Mex,
  Sushi Sushi, Sushi Hub, Muffin Break, Michel's Patisserie, Gloria Jean's, Gloria Jean's Coffees, Boost Juice,
  Bakers Delight, Brumby's, Brumby's Bakery, Lenard's, Red Rooster, Eagle Boys, Crust, Crust Gourmet Pizza, Chatime,
  Gong Cha, Arnott's, Sara Lee, Chris' Dips, Allen's, Penfolds, Jacob's Creek, Hardys, Wolf Blass, Jack Daniel's,
  Johnnie Walker, Johnson & Johnson, Procter & Gamble, Colgate-Palmolive, Unilever, Nestle, Kellogg's, Heinz, Mars,
  Cadbury, Kraft, Dulux, Taubmans, Bob Jane, Bob Jane T-Marts, Beaurepaires, Midas, Ultra Tune, Battery World,
  Kwik Kopy, Snap Printing, Snap Fitness, Anytime Fitness, Jetts, F45, Goodlife, Plus Fitness, Jim's Mowing,
  Jim's Cleaning, Jim's Group, Hire A Hubby, Mr Rental, Just Cuts, Laser Clinics, Kumon, Goodstart, Goodstart Early
  Learning, Mortgage Choice, Aussie, Aussie Home Loans, Ray White, LJ Hooker, Harcourts, Barfoot & Thompson,
  Belle Property, McGrath, Raine & Horne, Century 21, First National, PRD, Elders, Hertz, Avis, Budget, Europcar,
  Thrifty, Enterprise, Kennards Hire, Coates, Coates Hire, Blackwoods, Bidfood`);

const PROFESSIONAL_FIRMS =
  words(`Herbert Smith Freehills, Allens, Allens Linklaters, Gilbert + Tobin, Gilbert and Tobin,
  King & Wood Mallesons, Clayton Utz, Corrs Chambers Westgarth, Corrs, Minter Ellison, MinterEllison, Ashurst,
  Maddocks, Holding Redlich, HWL Ebsworth, Hall & Wilcox, Lander & Rogers, Thomson Geer, Maurice Blackburn,
  Slater and Gordon, Slater & Gordon, Shine Lawyers, Russell McVeagh, Bell Gully, Chapman Tripp, Simpson Grierson,
  Buddle Findlay, Anderson Lloyd, Duncan Cotterill, MinterEllisonRuddWatts, Allen & Overy, A&O Shearman,
  Clifford Chance, Linklaters, Freshfields, Freshfields Bruckhaus Deringer, Slaughter and May, Herbert Smith,
  DLA Piper, Eversheds Sutherland, Pinsent Masons, Irwin Mitchell, Baker McKenzie, Norton Rose Fulbright,
  Skadden, Sullivan & Cromwell, Cravath, Wachtell Lipton, Latham & Watkins, Kirkland & Ellis, Jones Day,
  White & Case, Ernst & Young, EY, Deloitte, KPMG, PwC, PricewaterhouseCoopers, Grant Thornton, BDO, RSM, Pitcher
  Partners, William Buck, Moore Stephens, Moore Australia, Crowe, Crowe Horwath, Bentleys, Findex, Nexia, HLB Mann
  Judd, ShineWing, Baker Tilly, Mazars, Forvis Mazars, Saward Dawson, Vincents, McKinsey, McKinsey & Company,
  Bain, Bain & Company, Boston Consulting Group, Accenture, Booz Allen Hamilton, Arthur D. Little, Hays, Randstad,
  Adecco, Michael Page, Robert Walters, Robert Half, Chandler Macleod`);

const SUPPLIERS = words(`Telstra, Optus, Vodafone, TPG, iiNet, Aussie Broadband, Spark, Spark NZ, One NZ, 2degrees,
  Skinny, BT, EE, O2, Three, Sky, Virgin Media, Verizon, AT&T, T-Mobile, Comcast, Origin, Origin Energy, AGL,
  EnergyAustralia, Red Energy, Alinta, Simply Energy, Powershop, Momentum Energy, Contact Energy, Mercury, Genesis,
  Genesis Energy, Meridian, Meridian Energy, Trustpower, Nova Energy, Electric Kiwi, British Gas, Octopus Energy,
  EDF, E.ON, Ovo, Scottish Power, Xero, MYOB, Intuit, QuickBooks, Intuit QuickBooks, Sage, Reckon, Karbon, Dext,
  Hubdoc, FYI, FYI Docs, Ignition, Practice Ignition, Microsoft, Google, Google Workspace, Apple, Adobe, Atlassian,
  Canva, Dropbox, Zoom, Slack, Amazon, Amazon Web Services, AWS, Shopify, Squarespace, Wix, GoDaddy, Crazy Domains,
  VentraIP, Salesforce, HubSpot, Mailchimp, LinkedIn, Facebook, Meta, Australia Post, NZ Post, Royal Mail,
  StarTrack, Toll, Sendle, Aramex, CouriersPlease, DHL, DHL Express, FedEx, TNT, UPS, USPS, Qantas, Virgin Australia,
  Air New Zealand, Jetstar, Rex, British Airways, easyJet, Ryanair, Uber, Uber Eats, DoorDash, Menulog, Airbnb,
  13cabs, Ampol, Caltex, BP, BP Connect, Shell, Mobil, 7-Eleven, Z Energy, Gull, Waitomo, Allianz, QBE, NRMA,
  NRMA Insurance, RACV, RACQ, RAC, AAMI, GIO, CGU, Zurich, AIA, TAL, MLC Life, AMI, State Insurance, Tower,
  Aviva, Direct Line, Admiral, Hiscox, Legal & General, Prudential, MetLife, Bupa, Medibank, HCF, nib, ahm,
  Southern Cross, Southern Cross Health Society, CPA Australia, Chartered Accountants ANZ, CA ANZ, Institute of
  Public Accountants, IPA, ICAEW, ACCA, AICPA, Wilson Parking, Secure Parking, Cleanaway, Veolia, Suez, Remondis,
  JJ Richards, Programmed, Spotless, Iron Mountain, Recall, Grace Records`);

const PUBLIC_BODIES = words(`Australian Taxation Office, ATO, ASIC, ACCC, APRA, AUSTRAC, Fair Work Ombudsman, Fair Work
  Commission, Services Australia, Centrelink, Medicare, Medicare Australia, Austrade, Tax Practitioners Board, TPB,
  Clean Energy Regulator, Revenue NSW, Revenue Queensland, Queensland Revenue Office, State Revenue Office,
  RevenueSA, Revenue WA, ACT Revenue Office, State Revenue Office Victoria, WorkSafe, WorkCover, SafeWork, icare,
  ReturnToWorkSA, Comcare, Service NSW, Service Victoria, VicRoads, Transport for NSW, Landgate, LINZ, Land Use Victoria,
  NSW Land Registry Services, Inland Revenue, Inland Revenue Department, IRD, ACC, Accident Compensation Corporation,
  Waka Kotahi, NZTA, Kainga Ora, Companies Office, MBIE, Ministry of Social Development, MSD, Work and Income,
  Te Whatu Ora, Health New Zealand, Callaghan Innovation, NZTE, Tourism New Zealand, HMRC, HM Revenue & Customs,
  HM Revenue and Customs, Companies House, DVLA, DWP, HM Land Registry, NHS, Ofsted, Ofgem, Ofcom, Environment
  Agency, Internal Revenue Service, IRS, Social Security Administration, SBA, Franchise Tax Board, Sydney Water,
  Hunter Water, Yarra Valley Water, South East Water, Melbourne Water, Icon Water, Unitywater, Urban Utilities,
  Seqwater, TasWater, SA Water, Water Corporation, Watercare, Wellington Water, Victoria Police, NSW Police,
  Queensland Police, Australian Federal Police, NZ Police, Metropolitan Police, Salvation Army, Red Cross, Oxfam,
  Barnardos, Vinnies, St Vincent de Paul, Lifeline, Beyond Blue, Movember, McGrath Foundation, Fred Hollows
  Foundation, Starship Foundation, Make-A-Wish, Ronald McDonald House, Plunket, RSPCA, SPCA, Guide Dogs,
  Royal Flying Doctor Service, St John Ambulance, St John, Hillsong, Wesley Mission, Anglicare, Mission Australia,
  UnitingCare, Smith Family, The Smith Family, TAFE, TAFE NSW, TAFE Queensland, Open Polytechnic, Te Pukenga`);

// Labels, firms and chains named after a person, the pattern a client list confuses most with a person's name.
const NAMED_AFTER_PEOPLE = words(`Harvey Nichols, Dorothy Perkins, Laura Ashley, Jo Malone, Jo Malone London, Tom Ford,
  Charles Tyrwhitt, Hugo Boss, Norman Ross, Ben Sherman, Karen Millen, Kathryn Wilson, Louis Vuitton, Chanel,
  Coco Chanel, Giorgio Armani, Armani, Emporio Armani, Dolce & Gabbana, Oscar de la Renta, Carolina Herrera,
  Diane von Furstenberg, Jimmy Choo, Emma Bridgewater, Cath Kidston, Russell & Bromley, Lucy Folk, Camilla and Marc,
  Rebecca Vallance, Alice McCall, Scanlan Theodore, Veronika Maine, Jac + Jack, Jamie Oliver, Gordon Ramsay,
  Wendy Wu Tours, Arthur J. Gallagher, Willis Towers Watson, Knight Frank, John Holland, Laing O'Rourke,
  Henry Davis York, Piper Alderman, Addleshaw Goddard, Hogan Lovells, Morgan Lewis, Jackson Walker, Price Waterhouse,
  Marsh McLennan, Hall Chadwick, Jones Lang LaSalle, JLL, Cushman & Wakefield, Savills, Colliers, CBRE,
  Harvey Beef, John Deere, Konica Minolta, Fuji Xerox, Pernod Ricard, Goodman Fielder, Coca-Cola Amatil, Con Edison,
  Arbuthnot Latham, Hugo Boss, Christian Dior, Dior, Yves Saint Laurent, Saint Laurent, Ralph Lauren Polo,
  Giorgio Armani, Gianni Versace, Versace, Salvatore Ferragamo, Ferragamo, Tommy Bahama, Brooks Brothers,
  Lands' End, J.Crew, Eddie Bauer, L.L.Bean, Abercrombie & Fitch, Victoria's Secret, Charlotte Tilbury,
  Estee Lauder, Elizabeth Arden, Helena Rubinstein, Clarins, Jurlique, Aesop, Lorna Jane, Kate Hill, Jane Lamerton,
  Jeanswest, Rockmans, Noni B, Suzanne Grae, Ellie Bee, Bettina Liano, Leona Edmiston, Collette
  Dinnigan, Akira Isogawa, Martin Grant, Toni Maticevski, Dion Lee, Kit Willow, Ginger & Smart, Nicholas Jebb,
  Yvonne Bennetti, Elizabeth Hurley Beach, Mimco, Oroton, Jack London, Tarocash, Rodd & Gunn,
  Working Style, Hallensteins Brothers, Roger David, Ed Harry, Peter Jackson, Jay Jays, MJ Bale,
  Jeffery West, Ted Lapidus, John Smedley, Margaret Howell, Jack Jones, Pierre Cardin, Yves Rocher, Jacques Vert,
  Phase Eight, Gieves & Hawkes, Turnbull & Asser, Thomas Pink,
  Hawes & Curtis, T.M. Lewin, Austin Reed, John Lobb, Church's, Tricker's, Joseph Cheaney, Dr. Martens,
  Kurt Geiger, Ernest Jones, Goldsmiths, Beaverbrooks, Mappin & Webb, Asprey, Smythson,
  Poundland, Peacocks, Matalan, George at Asda, House of Fraser, Jenners, Bentalls,
  Hamleys, Paperchase, Robert Dyas, Lakeland, Dunelm, Heal's, Sofa.com, Barker and Stonehouse, DFS, ScS, Bensons for Beds, Carpetright, Howdens,
  Wren Kitchens, Benchmarx, Buildbase, MKM, Huws Gray, Parker Building Supplies,
  Stuart Weitzman, Michael Kors Collection, Kate Spade New York, Tiffany & Co., Harry Winston, Van Cleef & Arpels, Bulgari, Charles & Keith, Massimo Dutti, Max Mara, Marella, Sportsgirl, Lorna Jane Active, Ben Dunn, Jack Dusty, Rhodes & Beckett,
  Trelise Cooper, Zambesi, Kate Sylvester, Juliette Hogan, Karen Walker Eyewear, Annah Stretton,
  Adrienne Winkelmann, Taylor Boutique, Maggie Marilyn, Jimmy D, Stolen Girlfriends Club, Nom*d,
  Charles Schwab, Edward Jones, Raymond James, Morgan Stanley, Goldman Sachs, Merrill Lynch, Fidelity
  International, T. Rowe Price, Franklin Templeton, Dean Witter, Lehman Brothers, Salomon Brothers, Bear Stearns,
  Kidder Peabody, Smith Barney, Paine Webber, Cantor Fitzgerald, Keefe Bruyette & Woods, Sandler O'Neill,
  William Blair, Robert W. Baird, Janney Montgomery Scott, Oppenheimer, Houlihan Lokey, Moelis,
  Perella Weinberg, Hamilton Lane, Charles River, Stanley Gibbons,
  Christie's, Sotheby's, Leonard Joel, Deutscher and Hackett, Mossgreen, Dunbar Sloane, Mowbray Collectables, Noble Numismatics`);

// More brands and companies that carry a founder's or a person's name, or read like nothing at all, from manufacturing,
// food and drink, health, motoring and consumer goods.
const MORE_BRANDS =
  words(`James Hardie, Jim Beam, Mrs Fields, Jardine Lloyd Thompson, John West, Birds Eye, Uncle Tobys,
  Lockheed Martin, Aston Martin, Hewlett Packard, Hewlett-Packard, Eli Lilly, Philip Morris, Bristol-Myers Squibb,
  Kimberly-Clark, Victoria Beckham, Bobbi Brown, Frank Body, Terry White, Sullivan Nicolaides, Douglass Hanly Moir,
  James Squire, James Boag, Brown Brothers, De Bortoli, Peter Lehmann, Allan Scott, Villa Maria, Tommy's Real Estate,
  Carlton & United Breweries, Sanitarium, Edgell, Lindt, Ferrero, Boeing, Porsche, Lamborghini, Mercedes-Benz,
  Rolls-Royce, McLaren, Suzuki, Hyundai, Mitsubishi, Nissan, Isuzu, Subaru, Philips, Siemens, Bosch, Miele, Dyson,
  Breville, Kambrook, Clinique, Sephora, Healius, Pfizer, Honeywell, Clipsal, Diageo, Tooheys, Yalumba, Henschke,
  Seppelt, Nobilo, Babich, Stoneleigh, Sonic Healthcare, Laverty Pathology, Dorevitch Pathology, Clinipath Pathology`);

const PROFESSIONAL_NAMED_AFTER_PEOPLE = words(`Kemp Strang, Mills Oakley, Colin Biggers & Paisley,
  Moray & Agnew, Lander and Rogers, Hall and Wilcox, Gilchrist Connell, Wotton + Kearney, Wotton Kearney, Sparke
  Helmore, Bartier Perry, Thomson Geer, Maddocks Lawyers, Russell Kennedy, Arnold Bloch Leibler, Lipman Karas,
  Kelly & Co, Kain Lawyers, Cowell Clarke, Fisher Jeffries, Mellor Olsson, Tindall Gask Bentley, Jackson McDonald,
  Squire Patton Boggs, Bennett + Co, Cooper Grace Ward, McCullough Robertson, Hopgood Ganim, McInnes Wilson,
  Carter Newell, Tucker & Cowen, Thynne + Macartney, Page Seager, Butler McIntyre & Butler, Murdoch Clarke,
  Norman Waterhouse, Hunt & Hunt, Meridian Lawyers, Holman Webb, Coleman Greig, Creagh Weightman,
  Carroll & O'Dea, Marsdens Law Group, Macpherson Kelley, Rigby Cooke, Wisewould Mahony, Mills
  Oakley Lawyers, Lowndes Jordan, Wynn Williams, Lane Neave, Gallaway Cook Allan, Cooney Lees Morgan,
  Sharp Tudhope, Holland Beckett, Harmos Horton Lusk, Dentons Kensington Swan, Kensington Swan, Hesketh
  Henry, Meredith Connell, Glaister Ennor, Mahony Horner, Fenwick Elliott, Slaughter & May, Travers Smith,
  Macfarlanes, Mishcon de Reya, Farrer & Co, Stephenson Harwood, Osborne Clarke, Burges Salmon,
  Shoosmiths, Browne Jacobson, Bevan Brittan, Mills & Reeve, Hill Dickinson, Weightmans, DWF, Clyde & Co,
  Bird & Bird, Taylor Wessing, Charles Russell Speechlys, Fieldfisher, Trowers & Hamlins, Wedlake Bell, Boodle Hatfield,
  Payne Hicks Beach, Penningtons Manches Cooper, Gowling WLG, Womble Bond Dickinson, Walker Morris,
  Ward Hadaway, Burness Paull, Shepherd and Wedderburn, Harper Macleod, Morton Fraser,
  Simpson Thacher, Davis Polk, Cleary Gottlieb, Debevoise & Plimpton, Paul Weiss, Weil Gotshal, Shearman &
  Sterling, Sidley Austin, Mayer Brown, Gibson Dunn, Ropes & Gray, Goodwin Procter, Morrison Foerster, Covington & Burling, Arnold & Porter, Hunton Andrews Kurth, Vinson & Elkins, Akin Gump, Greenberg Traurig,
  Holland & Knight, McDermott Will & Emery, Winston & Strawn, Quinn Emanuel, Foley & Lardner, Pitcher Partners,
  Nexia Edwards Marshall, Moore Stephens, William Buck, Hall Chadwick, Bentleys, Crowe Horwath, Findex, Saward
  Dawson, Kelly Partners, Prosperity Advisers, Lowe Lippmann, Hayes Knight, ESV, Walker Wayland,
  Grant Thornton, Baker Tilly, Moore Kingston Smith, Haysmacintyre, Buzzacott, Saffery Champness,
  Kreston Reeves, Bishop Fleming, Albert Goodman, Johnston Carmichael, French Duncan, Hardie Caldwell,
  Morris Cook, Alexander Sloan, Chiene + Tait, Scott-Moncrieff, Crowe Horwath NZ, Staples Rodway, Baker Tilly Staples
  Rodway, Findex NZ, Hudson Gavin Martin, Moore Markhams, Gilligan Sheppard, Martin Jarvie, Glaister Ennor,
  Knight Frank, Savills, Ray White, Barry Plant, Jellis Craig, Marshall White, Kay & Burton, Nelson Alexander,
  Hocking Stuart, Biggin & Scott, Harcourts, Richardson & Wrench, Laing+Simmons,
  Di Jones, Belle Property, Bresic Whitney, Phillips Pantzer Donnelley, Cobden & Hayson, Stone Real Estate,
  Place Estate Agents, Ray White Commercial, Bayleys, Tall Poppy, Lugtons, Robert Walters, Hays Recruitment,
  Michael Page International, Chandler Macleod, Hudson Global, Peoplebank, Greythorn, Talent International,
  Aurec, Drake International, Kelly Services, ManpowerGroup, Adecco, Randstad, Skilled`);

/** Normalized token keys of the curated organizations. */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set(
  [
    ...BANKS_AND_FINANCE,
    ...RETAIL_AND_BRANDS,
    ...PROFESSIONAL_FIRMS,
    ...SUPPLIERS,
    ...PUBLIC_BODIES,
    ...NAMED_AFTER_PEOPLE,
    ...PROFESSIONAL_NAMED_AFTER_PEOPLE,
    ...MORE_BRANDS,
  ].map((name) => nameTokens(name).join(' ')),
);
const LONGEST = Math.max(...[...KNOWN_ORGANIZATIONS].map((key) => key.split(' ').length));

// One-word entries that are also everyday words or surnames: they count only as the whole name ("Costa", not "Costa
// Rodriguez"); other one-word brands also start an outlet's name ("Zambrero Dickson").
const WHOLE_NAME_ONLY = new Set(
  words(`aussie, boots, budget, chase, coles, costa, crust, elders, enterprise, freedom, genesis, koala, liberty, mars,
  mercury, meridian, morgans, allens, rebel, rest, simplicity, sky, spark, stake, target, three, tower, wise, citi,
  corrs, crowe, hays, rac, bain, shell, recall, mobil, rex, apple, amazon, google, meta, sage, ovo, edf, ee, bt, ing,
  aia, tal, hcf, ahm, ipa, acc, ird, msd, rsm, bdo, ey, pwc, nhs, irs, sba, dwp, amp, boq, ubank, lidl`).map((w) =>
    w.toLowerCase(),
  ),
);

/**
 * The curated organization a name is or starts with ("Ray White Mosman", "Michel's Patisserie Chatswood": a brand then
 * its outlet), matched on whole words; undefined when none.
 */
export function knownOrganization(tokens: readonly string[]): string | undefined {
  for (let length = Math.min(LONGEST, tokens.length); length >= 1; length--) {
    const key = tokens.slice(0, length).join(' ');
    if (!KNOWN_ORGANIZATIONS.has(key)) continue;
    if (length === 1 && tokens.length > 1 && (WHOLE_NAME_ONLY.has(key) || isGivenName(key))) {
      return undefined;
    }
    return key;
  }
  return undefined;
}
