// Popular given names of AU/NZ/UK/US/Irish/Welsh/Scottish births registers (1940s to 2010s) that the Moby first-name
// lists lack ("Leanne", "Tegan", "Rhiannon", "Gwilym", "Jaxson"), written from the registers' published top-name
// lists, not from client data; and classical or literary names still given ("Perdita", "Lysander").
const POPULAR_GIVEN_NAMES = `
  leanne jayden rhiannon tegan gemma kayleigh narelle bronwyn noeline warwick brenton raewyn kerryn lyndall merryn
  maree bronte keanu annika presley aaliyah alannah aria arianna arlo ashlyn aston brylee cade caden caitlyn callan
  camryn cassidy chantelle charlize cheyenne cienna clancy colton conor deacon demi denzel deon elodie fearne freya
  grayson halle harlow haylee jace jaden jaiden jaxson jayda jaylen jemma jordyn kade kaden katelyn keegan kenzie
  kiera kieran kody laci laila latoya lennon lenny luka lyla macey macy maeve makenzie mckenzie mehmet mila miley
  milla mya mylee nevaeh nia oakley raelene raelyn ronan ryker savannah shakira tamika tamsin teagan tia tiana
  tiarna kylee sharyn sherree sherryl nerida nerolie noelene noeleen glenys delwyn bronwen eleri carys ffion lowri
  sioned tegwen emrys gruffydd gwilym huw iestyn ifan ioan iwan llewelyn llyr owain rhodri tomos aled alun cai
  deiniol elis geraint idris clodagh eimear grainne muireann aoibheann cillian colm conall darragh fionn ciaran
  diarmuid fergal lorcan ailsa mhairi shona dougal murdo ruaridh hinemoa kahu mereana wairua manaaki mataio tama
  ariki everly oaklynn adalyn adalynn brynlee emberly harlee kehlani raelynn rylee ryleigh jaxton kashton kyrie
  stetson zaylee brinley londyn oaklee remi zuri ayden braylon bryson camden kylan landon lennox maddox atticus
  hendrix koa rocco wilder zephyr ziggy ayla indi brielle deja emani kaylani keira liliana mckayla naya nyla shiloh
  cormac tommo aiyana mahina makana kalea kaimana keola kaea kereama nikora paikea tamatea waiata aperira miriama
  ngahuia paretai rangimarie sefa tavita tuala losa lusia anaseini asenaca litiana makereta mereoni unaisi vika
  perdita lysander peregrine araminta evander aurelio ptolemy odile cressida thelonius ludovic crispin jago ivo
  tarquin cyprian caspian persephone seraphina zenobia calliope sidonie solange apollonia cuthbert dorcas eglantine
  fenella isolde laurentia lucasta magnus oswin romilly septimus tancred xanthe
`;

// More given names of clients' families across the world (Yoruba, Igbo, Akan, Southern and East African, Somali,
// Arabic, Persian, Turkish, Pakistani, Punjabi, Tamil, Sinhalese, Thai, Indonesian, Filipino, Korean, Chinese, Japanese,
// Dutch, Nordic, German, Polish, Baltic, Central Asian, Latin American, Hebrew, Aboriginal Australian), written from
// public name-frequency lists, not from client data.
const WORLD_GIVEN_NAMES = `
  abimbola adeola adewale bolanle funmilayo kehinde taiwo olumide oluwatobi oluwafemi temitope tolulope yetunde
  damilola olamide titilayo bisola yemisi segun tunde kunle dayo jide niyi wale chiamaka chidinma chinonso ebuka
  ikenna kelechi nnamdi uchenna ugochukwu amaka chinwe obiageli fiifi kwaku kojo yaw ama akosua afua efua esi yaa
  kwesi ekow lerato thandiwe sibusiso mandla nandi palesa refilwe tshepo karabo lwazi ayanda buhle andile rudo
  kudzai wanjiru wambui njeri kamau otieno achieng akinyi atieno odhiambo wanjiku mwangi kipchoge abdi abdullahi
  ayaan hodan faduma hamdi ifrah warsame liban youssef samira farida khadija maryam amina aminah nour huda hala
  rasha reem salma yasmine nabil rami sami ziad majid ismail osama waleed haitham behrouz farhad kaveh navid omid
  payam ramin shahram babak mojtaba narges mahsa roya soraya yasaman azadeh golnar niloufar elif emre burak cem
  deniz ece ebru fatma gizem hakan kerem mert murat onur ozge selin serkan tolga tuba volkan zeynep aylin saima
  rukhsana shazia samina tahira uzma asma sadia sana bushra humaira asif kashif zahid shahid adnan usman waqas
  naveed nadeem fahad junaid zubair harjot manjit harvinder sukhdeep navjot simranjeet ravneet venkat sushila
  subramaniam murali srinivas lakshman karthik kumaran senthil saravanan vijayalakshmi meenakshi kavitha revathi
  anitha geetha padma radha bhavani selvi ganesh rajan prabhu dilani ruwan nuwan kasun chamari chaminda lahiru
  sanjeewa tharindu thilini nadeesha ishara dilshan chathura kumudu somchai pim nattaya thanakorn arief dewi rizal
  agus budi siti wahyu yudi putri ayu eka bayu fitri indah nur wati marivic mylene rommel ronaldo analyn hye jin seo
  yeon ji hoon soo eun kyung hyun seung hee yoon jia wen jie xiang kah wai keng ling yong siew chee beng geok daiki
  aiko yuto sota hina yui aoi ren takumi kenta shota yuka tomoko kazuki hiroto jurgen maja mikko aino freja oskar
  anouk daan femke lieke joris thijs sem ravshan aigerim nurlan aizhan madina timur rustam dilnoza zbigniew radek
  andrius ilona pawel marcin lukasz kamil beata mantas rasa ruta egle peteris liga kristaps ximena isabela santiago
  henrike torsten frauke heike silke anke wiebke jorg uwe holger volker bernd priyanka farhan noa avi yael itai
  shira rivka yosef eitan jarrah tjarra lowanna jedda yindi kaiya jindi allira talara tarni xiaoling jianhua yiming
  haoran xiuying zihan yuxuan haoyu ziyi yutong xinyi zhiwei jianguo guoqiang jianjun lihua xiaoming xiaohong
  yanping siddharth nirmala ravinder oluwadamilare
`;

// Given names common on AU/NZ/UK/US client lists that the English first-name lists lack: Maori and Pacific, South and
// South-East Asian, Middle Eastern, African, European. Curated from public name-frequency lists, not from client data.
export const MORE_GIVEN_NAMES: readonly string[] = `${POPULAR_GIVEN_NAMES}${WORLD_GIVEN_NAMES}
  aperahama hemi hine hohepa huhana ihaia kahurangi kiri kura manaia marama mihi mikaere nikau paora
  pania parekura piripi rangi rawinia rewi rihari ropata tamati tane tangaroa tawhiri teina tipene tui waimarie
  whetu wikitoria wiremu anaru atawhai hemi hone matiu moana ngaire ngaio reihana tuhoe awhina kauri ataahua
  sione siosaia tevita viliami semisi losana mele lupe salote ana folau lavinia fetu sefo iosefa lagi
  malia manu ofa penisimani pita saia tomasi uili vaea fale ioane leilani keoni kalani malakai epeli jone
  litia ulamila vasemaca ratu akanisi ilisapeci sitiveni seini sela mafi fifita latu
  aarav aditya ajay akash amrit anand anil anita anjali anushka arjun arun ashok avinash bhavna chetan deepa
  deepak dev dinesh divya gaurav geeta gurpreet harjit harpreet hemant indira jagdish jaswinder jaya kamal
  kavita kiran krishna kunal lakshmi mahesh manish manpreet meena mohan nandini naresh neha nikhil nisha pankaj
  parveen pooja prakash pradeep pranav preeti priya rajesh rakesh ramesh ravi rekha rohit sachin sandeep sanjay
  santosh sarita shalini shanti sheetal shreya simran sunil sunita suresh swati tanvi tarun uma usha varun vijay
  vikram vinod yash harbhajan harinder jasbir kuldeep lakhwinder navdeep paramjit rajinder sukhwinder tejinder
  amarjit balwinder gurdeep inderjit jagjit kamaljit ranjit satnam surinder baljit
  ahmad ahmed ali amir amira ayesha bilal faisal farah fatima hamza hana hassan hussein ibrahim imran jamal
  karim khalid layla leila mahmoud mariam mohamed mohammad mustafa nadia nasser noor omar rania rashid reza
  saeed samir sara tariq walid yasmin yousef zainab zahra zayn farid nasrin shirin dariush parisa mehdi arash
  abdullah abdul hamid rahim salim jamila latifa amal rana hiba dina
  abena adaeze adebayo adwoa akua amara ayodele babajide chidi chinedu chioma chukwuemeka ebele emeka folake
  ifeoma kwabena kwame kofi ngozi nkechi obinna oluwaseun sipho tendai thabo themba zanele nomvula lindiwe
  thandeka bongani kagiso tafadzwa tatenda farai rutendo chipo tinashe nyasha
  somsak sompong siriporn supaporn wanida kanya malee niran prasert anong chalerm pornthip
  maricel marites rodel jericho rowena maricar arnel
  kittipong anuwat boonsong chaiwat kanokwan nattapong pimchanok sirikit somporn suda supachai thanawat wichai
  parminder sukhjinder jaspreet amandeep ramandeep kulwinder mandeep gurjit rupinder
  haruto hiroshi kenji takashi yuki yuko akiko keiko naoko sakura hiroko takeshi kaito riku sora
  anh bao binh chau cuong dung hai hanh hieu hoa hung huong khanh lan linh long mai minh nam ngoc phuong quang
  thanh thao thi thu thuy trang trung tuan van viet xuan
  agnieszka andrzej bartosz dorota ewa grzegorz jakub katarzyna krzysztof magdalena malgorzata marek marta
  michal piotr tomasz wojciech zofia aleksandra dmitri igor irina ivan ludmila natalia nikolai oksana olga
  sergei svetlana tatiana vladimir yuri zoran milan dragan goran jelena ivana marija nikola stefan
  giorgos dimitris eleni konstantinos nikos panagiotis vasilis yiannis maria sofia athena spiros
  alessandro giuseppe giovanni francesco matteo lorenzo luca chiara federica giulia valentina
  joao tiago rui goncalo ines beatriz jose javier alejandro pablo sergio lucia carmen pilar rocio
  siobhan aoife niamh ciara caoimhe saoirse sinead orla roisin eoin cian oisin tadhg padraig ruairi cathal
  eilidh iona morag catriona hamish fraser ewan struan alasdair angharad bethan cerys dafydd gethin rhys
  sian myfanwy gwyneth
  aiden brayden kayden jaxon jackson braxton hudson kobe koby tyson jett ryder hayden cody corey jarrod brodie
  lachie jock mitch tayla taylah kayla kaylee mackenzie makayla brianna shania chelsea courtney jessie kirra
  jorja sienna skye summer madison maddison tahlia ebony jade jasmine keeley kiara kyah kyla leah mikayla
  bailey brooklyn chloe ellie eden harper indie isla lilly maddie mia piper quinn remy scarlett stevie tilly
  zara zoey ashton blake dane darcy declan fletcher harley hunter jai jayce jensen kai lincoln lochlan mason
  nate nixon parker reef rory sonny tate ty zac zane zeke zion archer beau bodhi carter chase colby dashiell
`
  .split(/\s+/)
  .filter(Boolean);
