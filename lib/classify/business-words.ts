/** Kinds of business, trades and professions seen in firms' client lists; they ship as the classifier's business lexicon. */
/** Splits a comma-separated word list (phrases may hold spaces). */
export const words = (text: string): readonly string[] =>
  text
    .split(/,\s*/)
    .map((word) => word.trim())
    .filter(Boolean);

export const TRADES =
  words(`Plumbing, Electrical, Electrics, Building, Builders, Construction, Constructions, Carpentry,
  Joinery, Roofing, Painting, Painters, Landscaping, Landscapes, Gardening, Fencing, Tiling, Plastering, Concreting,
  Excavations, Earthmoving, Demolition, Glazing, Flooring, Cabinets, Kitchens, Bathrooms, Renovations, Air Conditioning,
  Refrigeration, Mechanical, Automotive, Motors, Auto Repairs, Panel Beaters, Smash Repairs, Tyres, Transport,
  Logistics, Freight, Couriers, Haulage, Removals, Storage, Cleaning, Cleaning Services, Pest Control, Security,
  Locksmiths, Dental, Dentistry, Orthodontics, Medical, Medical Centre, Physiotherapy, Physio, Chiropractic,
  Osteopathy, Podiatry, Optometry, Optometrists, Pharmacy, Chemist, Veterinary, Vet Clinic, Pet Grooming, Psychology,
  Counselling, Health, Wellness, Fitness, Gym, Yoga, Pilates, Massage, Beauty, Hair, Hair Studio, Barbers, Salon,
  Nails, Skin Clinic, Cafe, Coffee, Espresso, Bakery, Patisserie, Catering, Kitchen, Restaurant, Bistro, Bar,
  Brewing, Brewery, Distillery, Wines, Vineyards, Estate Wines, Butchery, Butchers, Seafood, Fruit Market, Grocer,
  Foods, Deli, Takeaway, Pizza, Sushi, Noodle House, Consulting, Consultants, Advisory, Accounting, Accountants,
  Bookkeeping, Tax, Tax Agents, Financial, Financial Planning, Wealth, Wealth Management, Investments, Capital,
  Finance, Mortgages, Lending, Insurance, Insurance Brokers, Legal, Lawyers, Law, Solicitors, Barristers,
  Conveyancing, Real Estate, Realty, Property, Properties, Property Group, Developments, Homes, Architects,
  Architecture, Design, Interiors, Drafting, Engineering, Engineers, Surveying, Surveyors, Software, Technology,
  Technologies, Tech, IT Services, IT Solutions, Digital, Media, Marketing, Advertising, Creative, Studio, Studios,
  Photography, Films, Productions, Events, Printing, Print, Signs, Signage, Publishing, Recruitment, Staffing, HR,
  Training, Tutoring, Education, Academy, Childcare, Early Learning, Kids, Travel, Tours, Adventures, Charters,
  Marine, Boats, Fishing, Farming, Farms, Pastoral, Orchards, Nurseries, Dairy, Livestock, Agriculture, Equipment,
  Hire, Machinery, Supplies, Trading, Imports, Exports, Wholesale, Distributors, Distribution, Retail, Store,
  Stores, Boutique, Fashion, Clothing, Jewellers, Gifts, Florist, Flowers, Furniture, Homewares, Hardware, Timber,
  Steel, Fabrication, Welding, Engineering Works, Manufacturing, Industries, Solar, Energy, Power, Water, Pools,
  Spas, Windows, Doors, Blinds, Curtains, Carpets, Upholstery, Removalists, Rentals, Accommodation, Motel, Lodge,
  Retreat, Guest House, Holiday Park, Caravans, Golf, Sports, Cycles, Bikes, Surf, Outdoors, Music, Audio, Lighting,
  Electronics, Computers, Mobile, Telecom, Networks, Data, Analytics, Labs, Research, Services, Solutions, Group,
  Enterprises, Ventures, Holdings, Partners, Associates, Collective, Co-op, Agency, Brands, Supply Co, Works,
  Workshop, Garage, Depot, Centre, Center, Clinic, Practice, Hub, House, Place, Network, Global, International,
  Worldwide, Australia, New Zealand, NZ, UK, USA, Pacific`);

export const GENERIC_ORG_WORDS = words(`Holdings, Investments, Nominees, Enterprises, Group, Ventures, Properties,
  Capital, Trading, Industries, Services, Solutions, Consulting, Management, Developments, Projects, Logistics`);

export const PROFESSIONS = words(`Lawyers, Solicitors, Accountants, Chartered Accountants, Architects, Engineers,
  Surveyors, Dentists, Physiotherapists, Veterinarians, Optometrists, Consultants, Advisers, Valuers, Auctioneers`);

// Words too common in people's names or places to mark a business on their own.
const NOT_BUSINESS = new Set([
  'new',
  'zealand',
  'australia',
  'uk',
  'usa',
  'nz',
  'and',
  'air',
  'early',
  'second',
  'hand',
  'of',
  'the',
]);

/** Single lower-case words of the business phrases ("Panel Beaters" -> panel, beaters), without a plural "s". */
export const BUSINESS_WORDS: ReadonlySet<string> = new Set(
  [...TRADES, ...GENERIC_ORG_WORDS, ...PROFESSIONS]
    .flatMap((phrase) => phrase.toLowerCase().split(/[^a-z]+/))
    .filter((word) => word.length > 1 && !NOT_BUSINESS.has(word))
    .map(singular),
);

/** Drops a plural "s" ("kennels" -> "kennel"), so singular and plural look the same to the lexicon. */
export function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
