import { BUSINESS_WORDS, singular, words } from './business-words';

// Kinds of business beyond the trained lexicon (shops, food, health, trades, services, hospitality), for the rules
// that let a business word win over a title or a personal name in front of it.
const MORE = words(`hotel, motel, inn, tavern, pub, tearoom, tearooms, bakehouse, pies, pie, dumpling, dumplings,
  noodle, noodles, dim sum, kebab, kebabs, burger, burgers, chicken, grill, diner, eatery, canteen, cafeteria,
  patisserie, chocolatier, creamery, gelateria, juice, smoothies, chutney, chutneys, preserves, bakes, baking,
  cakes, cupcakes, catering, florals, floristry, bridal, alterations, tailor, tailors, tailoring, dressmaking,
  seamstress, laundry, laundromat, drycleaning, handyman, handymen, mower, mowing, lawns, gutters, guttering,
  plumber, plumbers, electrician, electricians, sparky, brickie, bricklaying, bricklayer, tiler, tilers, concreter,
  fencer, fencers, roofer, roofers, glazier, glaziers, locksmith, cabinetmaker, cabinetmaking, joiner, carpenter,
  painter, decorator, decorating, arborist, arborists, lopper, loppers, tree, trees, scaffolding, rigging, crane,
  cranes, towing, tow, exhausts, mufflers, brakes, radiators, windscreens, detailing, carwash, dental, dentist,
  dentists, orthodontic, orthodontist, endodontics, periodontics, physiotherapist, physiotherapists, osteopath,
  osteopaths, chiropractor, chiropractors, chiro, podiatrist, podiatrists, audiology, audiologist, optical,
  optician, opticians, dermatology, dermatologist, paediatrics, pediatrics, paediatrician, anaesthetics,
  anaesthetist, radiology, pathology, surgery, surgeon, surgeons, surgical, hospital, clinic, clinics, medical,
  doctors, gp, nursing, aged care, homecare, home care, disability, ndis, psychologist, psychologists, psychiatry,
  counsellor, counselling, therapy, therapist, therapies, speech pathology, occupational therapy, naturopath,
  naturopathy, acupuncture, remedial, massage, pilates, yoga, fitness, crossfit, gym, bootcamp, dance, ballet,
  music, lessons, tuition, tutor, tutors, coaching, driving, swim, swimming, kinder, kindy, kindergarten, preschool,
  daycare, childcare, playcentre, montessori, tax agent, tax agents, bookkeeper, bookkeepers, accountant,
  auditors, audit, payroll, mortgage, mortgages, broker, brokers, brokerage, finance, lending, loans, insurance,
  realty, realtors, estate agents, property, conveyancer, conveyancers, notary, law, legal, lawyer, solicitor,
  attorney, attorneys, barrister, chambers, consultancy, consulting, engineering, surveys, geotechnical, drafting,
  architecture, landscape, nursery, garden, gardens, orchard, vineyard, winery, wines, brewery, distillery, cidery,
  olives, berries, honey, farm, farms, dairy, stud, station, pastoral, grazing, shearing, contracting, contractors,
  contractor, haulage, cartage, freight, couriers, courier, removals, removalist, storage, hire, rentals, rental,
  mart, market, markets, emporium, mercantile, warehouse, outlet, supplies, supply, traders, wholesale, imports,
  exports, distributors, bookshop, books, stationery, gifts, toys, candles, jewellery, jewellers, jeweller, boutique,
  apparel, clothing, fashion, footwear, shoes, bikes, cycles, surf, outdoors, marine, boats, kayaks, charters,
  tours, travel, cruises, aviation, helicopters, heli, navigation, apothecary, pharmacy, chemist, beauty, lashes,
  brows, nails, hair, hairdresser, hairdressing, barber, barbering, salon, spa, tattoo, piercing, photography,
  videography, films, media, creative, design, designs, studio, print, printing, signs, signage, marketing, digital,
  web, software, apps, it, tech, computers, repairs, phone, phones, mobile, electronics, solar, energy, electrical,
  plumbing, gas, drainage, pest, pests, cleaning, cleans, cleaners, carpet, carpets, windows, blinds, curtains,
  flooring, tiling, painting, plastering, concreting, fencing, roofing, landscaping, earthworks, excavation,
  demolition, renovations, builders, building, construction, homes, housing, developments, projects, services,
  solutions, group, co, company, collective, agency, studio, works, workshop, garage, depot, centre, center, hub,
  lab, labs, retreat, lodge, cottages, accommodation, backpackers, hostel, caravan, camping, holiday, farrier,
  vet, vets, veterinary, animal, pet, pets, grooming, kennels, cattery, doula, midwife, midwifery, celebrant,
  translations, translating, interpreting, copywriting, makeup, artistry, henna, courier, taxi, cabs, limousines,
  shuttle, transport, logistics, mechanic, mechanics, mechanical, auto, automotive, motors, tyres, tyre, panel,
  smash, irrigation, pumps, water, wool, ag, agronomy, seeds, produce, meats, butcher, butchers, seafood,
  fisheries, fishing, deli, grocer, grocery, foods, kitchen, kitchens, bar, bistro, restaurant, cafe, coffee,
  espresso, roasters, tea, bakery, bread, pizza, sushi, thai, indian, takeaway, meals, wholefoods, allied health,
  health, wellness, laser, skin, cosmetic, plastic, eye, vision, hearing, sleep, mattresses, furniture, upholstery,
  antiques, art, gallery, framing, glass, steel, metal, metals, fabrication, welding, engineering, machinery,
  equipment, tools, hardware, timber, trusses, frames, scaffold, skip, skips, bins, waste, recycling, rubbish,
  taco, tacos, burrito, souvlaki, gyros, pho, ramen, curry, curries, tandoori, masala, biryani, falafel, shawarma,
  churros, waffle, waffles, crepe, crepes, bagel, bagels, donut, donuts, doughnut, doughnuts, pretzel, bao, yum cha,
  paella, tapas, pasta, risotto, gelato, boba, latte, brew, brews, roastery, hops, ale, ales, cider, yarn, yarns, knit,
  knits, knitting, quilts, quilting, fabric, fabrics, textiles, ceramics, pottery, soap, soaps, scents, blooms,
  petals, botanicals, paws, grooming, treats, sweets, lollies, fudge, cupcake, brownies, cookies, biscuits, scoops,
  burgers, fries, grill, wok, woks, noodle, dumplings, business, platforms, networks, systems, partners`);

const MORE_WORDS: ReadonlySet<string> = new Set(
  MORE.flatMap((phrase) => phrase.toLowerCase().split(/[^a-z]+/))
    .filter((word) => word.length > 1)
    .map(singular),
);

/** Whether a name word names a kind of business (the trained lexicon, or the wider list above). */
export function isBusinessWord(token: string): boolean {
  const word = singular(token);
  return BUSINESS_WORDS.has(word) || MORE_WORDS.has(word);
}
