/** Name lists the training-data generator draws from (training only: none of this ships in the service worker). */
import { words } from '../business-words';

export const SURNAMES = words(`Smith, Jones, Williams, Brown, Taylor, Wilson, Johnson, Davies, Evans, Thomas, Roberts,
  Walker, Wright, Robinson, Thompson, White, Hughes, Edwards, Green, Hall, Wood, Harris, Lewis, Martin, Jackson, Clarke,
  Clark, Turner, Hill, Scott, Cooper, Morris, Ward, Moore, King, Watson, Baker, Harrison, Morgan, Patel, Young, Allen,
  Mitchell, James, Anderson, Phillips, Lee, Bell, Parker, Davis, Miller, Garcia, Rodriguez, Martinez, Hernandez,
  Lopez, Gonzalez, Perez, Sanchez, Ramirez, Torres, Nguyen, Tran, Le, Pham, Huynh, Vo, Chen, Wang, Zhang, Liu, Yang,
  Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Lin, Kim, Park, Choi, Tanaka, Suzuki, Sato, Singh, Kaur, Sharma,
  Gupta, Kumar, Shah, Khan, Ahmed, Hussain, Ali, Rahman, Murphy, Kelly, O'Sullivan, Walsh, O'Brien, Byrne, Ryan,
  O'Connor, O'Neill, McCarthy, Doyle, Gallagher, MacDonald, McLeod, Campbell, Stewart, Fraser, Reid, Ross, Murray,
  Henderson, Ngata, Parata, Tuhiwai, Te Whare, Karaka, Tipene, Horomona, Fa'amausili, Tuilagi, Schmidt, Muller,
  Fischer, Weber, Becker, Hoffmann, Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Costa, Silva, Santos, Pereira,
  Oliveira, Ivanov, Petrov, Novak, Kowalski, Nowak, Jensen, Nielsen, Hansen, Larsen, Andersen, De Vries, Van Dijk,
  Bakker, Janssen, Visser, Dubois, Moreau, Laurent, Lefebvre, Papadopoulos, Georgiou, Nikolaidis, Hassan, Haddad,
  Khoury, Cohen, Levy, Friedman, Goldberg, Thornton, Fitzgerald, Sutherland, Blackwood, Ashworth, Pemberton,
  Whitfield, Hargreaves, Cunningham, Abernethy, Llewellyn, Penrose, Kingsley, Holloway, Beaumont, Carmichael`);

export const PLACES = words(`Sydney, Melbourne, Brisbane, Perth, Adelaide, Hobart, Darwin, Canberra, Newcastle, Geelong,
  Wollongong, Ballarat, Bendigo, Toowoomba, Cairns, Townsville, Mackay, Bundaberg, Launceston, Albury, Wagga, Dubbo,
  Orange, Bathurst, Byron, Noosa, Mornington, Bondi, Manly, Parramatta, Penrith, Fremantle, Subiaco, Glenelg,
  Auckland, Wellington, Christchurch, Hamilton, Tauranga, Dunedin, Napier, Hastings, Nelson, Rotorua, Whangarei,
  Queenstown, Wanaka, Taupo, Ponsonby, Devonport, Kapiti, Otago, Canterbury, Waikato, Northland, London, Manchester,
  Birmingham, Leeds, Bristol, Glasgow, Edinburgh, Cardiff, Belfast, Liverpool, Sheffield, Oxford, Cambridge, Bath,
  York, Brighton, Norwich, Kent, Surrey, Devon, Cornwall, Yorkshire, Austin, Denver, Boston, Seattle, Portland,
  Chicago, Atlanta, Phoenix, Dallas, Brooklyn, Oakland, San Diego, Miami, Nashville, Charlotte, Hudson Valley,
  Harbour, Harbourside, Bayside, Coastal, Northern, Southern, Eastern, Western, Central, Metro, Valley, Highlands,
  Riverside, Lakeside, Hillside, Mountain, Southern Cross, Red Centre, Outback, Coral Coast, Golden Bay, Hawkes Bay`);

export const BRANDS = words(`Acme, Apex, Summit, Pinnacle, Zenith, Vertex, Horizon, Evergreen, Bluewater, Blue Sky,
  Redwood, Ironbark, Silver Fern, Golden Wattle, Kookaburra, Koala, Kiwi, Tui, Kea, Kauri, Totara, Rimu, Banksia,
  Waratah, Jacaranda, Eucalypt, Wattle, Southern Star, Northstar, True North, Compass, Anchor, Lighthouse, Beacon,
  Keystone, Cornerstone, Bedrock, Granite, Basalt, Quartz, Cobalt, Indigo, Scarlet, Crimson, Emerald, Sapphire,
  Onyx, Nova, Stellar, Orbit, Quantum, Fusion, Synergy, Momentum, Catalyst, Elevate, Ascend, Thrive, Flourish,
  Bright, Brightside, Clearview, Clearwater, Freshwater, Greenleaf, Greenfield, Oakleaf, Oakridge, Maple, Willowbrook,
  Fox & Hound, Black Swan, White Rabbit, Red Kite, Little Wren, Blue Heron, Magpie, Pelican, Albatross, Kestrel,
  Urban, Metro, Modern, Classic, Premier, Prime, Elite, Superior, Precision, Quality, Reliable, Trusted, Smart,
  Rapid, Express, Swift, Allied, United, Integrated, Advanced, Strategic, Dynamic, Innovative, Bespoke, Artisan,
  Heritage, Legacy, Pioneer, Frontier, Coastline, Tidal, Saltwater, Driftwood, Sandstone, Bluestone, Redgum`);

export const PERSON_SYLLABLES = words(`ka, le, ni, ro, sa, mi, ta, ra, el, an, ly, on, ia, ey, jo, be, da, mar, lin,
  ther, son, ri, ve, na, to, ke, ma, la, ha, ry, dan, ben, ella, ine, ette, us, ius, or, en, ar, ie, is, em, ol`);

export const SAINTS = words(`Mary, Patrick, John, Paul, Peter, Andrew, Joseph, Michael, Luke, Mark, Brigid, Columba,
  Francis, Anne, Catherine, Stephen, James, David, George, Margaret`);

export const COMMUNITY = words(`Community Centre, Neighbourhood House, Men's Shed, Playgroup, Kindergarten,
  Football Club, Rugby Club, Cricket Club, Netball Club, Bowls Club, Tennis Club, Golf Club, Surf Life Saving Club,
  Rowing Club, Sailing Club, Yacht Club, Pony Club, Rotary Club, Lions Club, RSL Sub-Branch, Returned Services League,
  Historical Society, Arts Society, Choral Society, Garden Club, Camera Club, Landcare Group, Residents Association,
  Ratepayers Association, Chamber of Commerce, Business Association, Agricultural Society, Show Society,
  Primary School, High School, Grammar School, P&C Association, PTA, Parents Association, Baptist Church,
  Anglican Parish, Uniting Church, Catholic Parish, Presbyterian Church, Marae Trust, Kapa Haka Roopu, Hospice,
  Animal Rescue, Food Bank, Youth Foundation, Housing Co-operative, Rescue Squad, Volunteer Fire Brigade`);

/** Given names beyond the run-time lexicon, so the model learns names it does not know by their look, not by a list. */
export const MORE_GIVEN_NAMES =
  words(`Abel, Ada, Adele, Adrian, Agnes, Aidan, Aileen, Alana, Alasdair, Alberto, Aldo, Alfie, Alma, Alvaro, Amos,
  Anders, Andile, Angus, Anika, Annalise, Ansel, Anton, Antonia, Araceli, Arlo, Arturo, Asha, Astrid, Aurelia,
  Axel, Ayaan, Beatrice, Benedict, Bernadette, Bethany, Blair, Bodhi, Boris, Bram, Bridie, Bronte, Caio, Caleb,
  Camille, Carmen, Casimir, Cassandra, Cedric, Celeste, Chidi, Chinedu, Ciara, Clara, Clemens, Colm, Conor,
  Cosima, Dalia, Damian, Dara, Darius, Deirdre, Dev, Dilys, Dominic, Dorothea, Dougal, Eilidh, Eleni, Elif,
  Eliza, Ellis, Elspeth, Emeka, Emil, Enzo, Erin, Esme, Eun-ji, Ezra, Fabian, Farah, Federico, Fenella, Flora,
  Florian, Francesca, Gaspard, Gemma, Gideon, Giulia, Godfrey, Greer, Gustav, Hadley, Hamza, Hasan, Hector,
  Heidi, Hinemoa, Idris, Ilse, Ines, Ira, Isaac, Isidore, Ivo, Jago, Jarrah, Jasmine, Jemima, Joaquin, Jonah,
  Josefina, Jude, Juniper, Kai, Kalani, Kamal, Karim, Kasia, Kavya, Keanu, Kerensa, Kiah, Kirsten, Kwame,
  Lakshmi, Leif, Leonie, Lorcan, Lotte, Lucian, Magnus, Mahala, Maia, Malia, Marcel, Margo, Marius, Mattias,
  Meera, Milan, Mirela, Misaki, Moritz, Nadia, Naveen, Nell, Nico, Nils, Nkosana, Odette, Olamide, Orla, Otis,
  Pania, Paloma, Pascal, Percy, Petra, Pilar, Rafael, Rahel, Reza, Rhiannon, Rocco, Ronan, Rosalind, Rufus,
  Saanvi, Salome, Santiago, Saskia, Seamus, Selma, Seren, Shira, Silas, Solomon, Soren, Stellan, Sunniva,
  Tadhg, Talia, Tamar, Teodor, Thea, Theo, Tilda, Tobias, Ulla, Umar, Una, Valerie, Vesna, Viggo, Vikram,
  Wilhelmina, Xavier, Yara, Yasmin, Yosef, Zainab, Zara, Zeke, Zofia, Ngozi, Oluwaseun, Tendai, Ayodele,
  Hiroko, Takumi, Haruto, Sakura, Minji, Jiwoo, Seo-yeon, Rohan, Ishaan, Divya, Pooja, Harpreet, Gurpreet,
  Manpreet, Jaswinder, Farhan, Imran, Rukhsana, Samira, Youssef, Layla, Nasrin, Dariush, Shirin, Katarzyna,
  Agnieszka, Piotr, Wojciech, Ludmila, Yevgeny, Svetlana, Mikhail, Tevite, Losana, Semisi, Mele, Lupe, Talanoa,
  Wikitoria, Hohepa, Rawinia, Tamati, Whetu, Marama, Kahu, Huia, Roimata`);

/** Surnames beyond the list above, from the same mix of AU/NZ/UK/US client lists. */
export const MORE_SURNAMES =
  words(`Abbott, Ackerman, Adair, Ahern, Ainslie, Alcott, Alvarez, Amato, Appleby, Arbuthnot, Armitage, Atherton,
  Aubrey, Ayers, Balfour, Bannerman, Barlow, Barrowclough, Beasley, Beckett, Bellingham, Benson, Bertrand,
  Bhatt, Birkett, Blackburn, Blanchard, Bonner, Bosworth, Boyle, Bradshaw, Brannigan, Brolly, Buckley, Burgess,
  Caddick, Calvert, Carbery, Carlisle, Castillo, Chadwick, Chalmers, Chaudhry, Cheung, Chowdhury, Coffey,
  Colquhoun, Conway, Corcoran, Cortez, Crowther, Cullen, Dalgleish, Darby, Delacroix, Dempsey, Desai, Dobson,
  Dunbar, Eastwood, Eckersley, Egan, Elphick, Enright, Esterhuizen, Farrell, Fenton, Ferguson, Finlay,
  Flanagan, Forsyth, Gilchrist, Goldsmith, Gorecki, Greenhalgh, Grimshaw, Guerrero, Gunawardena, Halloran,
  Hammond, Haslam, Hawke, Heffernan, Hendry, Higgins, Hollis, Horvat, Hutchinson, Ingram, Iqbal, Jablonski,
  Jefferies, Jovanovic, Kang, Kaplan, Keogh, Kerrigan, Kinnear, Kirkpatrick, Kovac, Lam, Lambert, Lavender,
  Leckie, Lindqvist, Lombardi, Lowe, Lynch, Mahmood, Maloney, Marino, Mathieson, McAlister, McGinty, McKenzie,
  Mehta, Merriman, Molloy, Moncrieff, Mukherjee, Nakamura, Naidoo, Nash, Nolan, Norris, Nwachukwu, Oakley,
  Ogden, Okeke, Oyelaran, Padmanabhan, Peacock, Pennington, Petersen, Pickering, Popescu, Prendergast, Quigley,
  Radcliffe, Rafferty, Rasmussen, Rathbone, Reyes, Rigby, Rowntree, Sadler, Salazar, Sandoval, Schofield,
  Seddon, Sheridan, Shimizu, Skinner, Slattery, Soto, Spencer, Stavrou, Sweeney, Takahashi, Tamihana, Tennant,
  Thackeray, Tierney, Todorov, Trinh, Tucker, Tyrrell, Underwood, Valdez, Varga, Vaughan, Villanueva,
  Wadsworth, Waititi, Wakefield, Wallace, Warburton, Whitaker, Wickham, Yamada, Yilmaz, Yoon, Zielinski,
  Zimmerman, Te Huia, Matagi, Leota, Faleolo, Havili, Moala, Baker, Mason, Cook, Fisher, Farmer, Gardner,
  Painter, Carpenter, Butcher, Turner, Thatcher, Porter, Shepherd, Hunter, Weaver, Tanner, Glover, Fletcher,
  Chandler, Sawyer, Slater, Brewer, Draper, Spicer, Plummer, Archer, Bishop`);

/** Business words the run-time lexicon does NOT hold, so the model learns to spot a business by the look of its words. */
export const MORE_TRADES =
  words(`Cattery, Stables, Saddlery, Equine, Aquatics, Aquarium, Apiary, Honey, Cheesery, Creamery, Dairy Co-op,
  Smokehouse, Chocolates, Confectionery, Ice Cream, Gelato, Juice Bar, Kombucha, Tea House, Tavern, Inn, Hotel,
  Hostel, Backpackers, Camping, Glamping, Cabins, Chalets, Lodge, Boatyard, Shipwrights, Divers, Dive Shop,
  Scuba, Kayaks, Canoes, Paddleboards, Skate Shop, Snow Sports, Ski Hire, Climbing Gym, Martial Arts,
  Dance Studio, Ballet School, Drama School, Swim School, Driving School, Flight School, Helicopters, Drones,
  Robotics, Automation, Controls, Instruments, Scientific, Laboratories, Diagnostics, Radiology, Imaging,
  Pathology, Audiology, Speech Therapy, Occupational Therapy, Dietetics, Nutrition, Naturopathy, Acupuncture,
  Herbals, Apothecary, Wholefoods, Bulk Foods, Produce, Greengrocer, Bottle Shop, Liquor, Cellars, Vintners,
  Wine Bar, Taphouse, Alehouse, Pub, Stump Grinding, Irrigation, Septic, Plumbing & Gas, Gasfitting,
  Roof Restorations, Gutters, Insulation, Waterproofing, Cranes, Rigging, Civil, Civil Works, Paving, Asphalt,
  Kerbing, Retaining Walls, Stonemasons, Masonry, Bricklaying, Skip Bins, Waste, Recycling, Salvage,
  Scrap Metal, Wreckers, Auto Electrical, Diesel, Tractors, Trailers, Upholsterers, Sign Writers,
  Screen Printing, Embroidery, Uniforms, Workwear, Footwear, Shoe Repairs, Tailors, Alterations, Bridal,
  Formalwear, Jewellery, Watches, Eyewear, Opticals, Pawnbrokers, Collectables, Vintage, Thrift, Second Hand,
  Books, Bookshop, Stationery, Toys, Games, Hobbies, Crafts, Framing, Art Supplies, Pottery, Ceramics,
  Glassworks, Foundry, Forge, Blacksmiths, Memorials, Cemetery, Crematorium, Disability Services, Nursing,
  Midwifery, Doulas, Fertility, Family Law, Migration, Immigration, Notary, Mediation, Investigations,
  Debt Collection, Auctions`);

/** Surnames that are also everyday words (trades, places, things), so the model learns them as people's names too. */
export const WORD_SURNAMES = words(`Brewer, Butcher, Fletcher, Thatcher, Weaver, Potter, Fowler, Hunter, Miller, Wright,
  Chandler, Dyer, Glover, Hooper, Sawyer, Tanner, Slater, Spicer, Wheeler, Gardner, Forrester, Hill, Brook, Wood,
  Stone, Field, Lake, Rivers, Bush, Bird, Crane, Swan, Nightingale, Sparrow, Hawk, Lamb, Bull, Fox, Wolf, Bear, Gold,
  Silver, Rich, Money, Justice, Chapel, Abbott, Dean, Pope, Monk, Friar, Summer, Winter, Frost, Snow, Rain, Storm,
  Iron, Cotton, Sugar, Rice, Bean, Berry, Apple, Garden, Tower, House, Mills, Street, Lane, Ford, Bridge,
  Gates, Wall, Waters, Young, Strong, Long, Short, Little, Good, Best, Moody, Sharp, Swift, Hardy, Bold, Knight,
  Prince, Duke, Lord, Squire, Page, Steward, Marshal, Constable, Sheriff, Judge, Major, General, Cook, Currie, Brand,
  Market, Stock, Ware, Mercer, Draper, Skinner, Cutler, Collier, Farmer, Shipman, Salter, Booker, Banker, Lender,
  Counsel, Barber, Tailor, Painter, Mower, Fuller, Roper, Tyler, Plumb, Glass, Steele, Sterne, Worth, Pound, Penny,
  Shilling, Noble, Crown, Lawson, Justice, Holliday, Easter, Christmas, Pascoe, Temples, Churchill, Kirk, Minster`);

/** Honorifics and post-nominal letters beyond the run-time lexicon. */
export const MORE_TITLES =
  words(`Hon, Hon., The Hon, Capt, Capt., Cr, Cllr, Assoc Prof, Sgt, Lt, Col, Fr, Pastor, Judge,
  Sen, Rep`);
export const POST_NOMINALS = words(`Sr, Sr., Jr., Snr., OBE, MBE, CBE, AM, AO, AC, Esq, Esq., MBA, JP, QC, KC, SC, FCA,
  CA, MSc, BSc, LLB, PhD, DDS`);

/** Words of trading names that carry no trade: adjectives, things and animals, and the shape "Verb Better ...". */
export const TRADING_ADJECTIVES = words(`Happy, Lucky, Golden, Little, Big, Old, Jolly, Merry, Honest, Clever, Busy,
  Lazy, Sunny, Rustic, Simple, Pure, Brave, Proud, Quiet, Tiny, Giant, Grand, Royal, Noble, Lush, Cosy, Cozy,
  Wild, Sweet, Crazy, Hungry, Cheeky, Funky, Groovy, Savvy, Nifty, Handy, Dapper, Spotless, Sparkling, Shiny, Mighty,
  Flying, Dancing, Laughing, Sleepy, Dizzy, Fancy, Plain, Wholesome, Hearty, Tasty, Spicy, Crispy, Juicy, Toasty`);
export const TRADING_NOUNS = words(`Fox, Hen, Duck, Owl, Bee, Cow, Pig, Goat, Bear, Spoon, Fork, Kettle, Pot, Jar,
  Barrel, Lantern, Fern, Leaf, Pantry, Larder, Cupboard, Nest, Hive, Crew, Mates, Bunch, Gang, Tribe, Penguin, Panda,
  Monkey, Donkey, Rooster, Llama, Kiwi Bird, Pelican, Walrus, Otter, Badger, Ferret, Hedgehog, Squirrel, Rabbit,
  Turtle, Frog, Toad, Teapot, Cauldron, Skillet, Ladle, Whisk, Biscuit, Crumpet, Muffin, Dumpling, Noodle, Pickle,
  Radish, Turnip, Carrot, Pumpkin, Mango, Lemon, Lime, Cherry, Plum, Fig, Olive, Walnut, Peanut, Pretzel, Waffle`);
export const BETTER_VERBS = words(`Eat, Work, Play, Learn, Feel, Look, Sound, Build, Grow, Cook, Breathe, Train, Swim,
  Ride, Walk, Run, Talk, Speak, Write, Read, Shop, Travel, Invest, Save, Plan, Rest, Heal, Age, Hire, Fix`);
export const ADVERBS = words(`Better, Smarter, Well, Easy, Right, Green, Local, Fresh, Happy, Safe, Strong`);
