// Places that are not capitals: cities, provinces, regions and historical country names
// used as adjectives. Facts, compiled by Parley. Like the cities in CountryTable's demonym
// column, a place locates a thing in its country ("in Kirkuk", "Basra police") but does not
// act itself. Columns (tab-separated): iso3, places (`|`-separated).
let placeTable = #"""
ABW	San Nicolaas|Noord|Savaneta
AFG	Mazar-i-Sharif|Mazar-e-Sharif|Kunduz|Helmand|Kunar|Nangarhar|Paktia|Paktika|Khost|Ghazni|Logar|Wardak|Uruzgan|Oruzgan|Zabul|Badakhshan|Takhar|Baghlan|Balkh|Faryab|Jowzjan|Nuristan|Laghman|Kapisa|Parwan|Panjshir|Panjshir Valley|Bamiyan|Bamyan|Ghor|Badghis|Nimroz|Lashkar Gah|Tora Bora|Bagram|Bagram Air Base|Shindand|Musa Qala|Marjah|Sangin|Gardez|Spin Boldak|Tarin Kot|Asadabad|Korengal
AGO	Huambo|Benguela|Lobito|Lubango|Cabinda|Malanje|Malange|Kuito
AIA	Sandy Ground|Blowing Point|Island Harbour
ALB	Durrës|Vlorë|Vlora|Shkodër|Shkodra|Elbasan|Korçë|Fier
AND	Escaldes-Engordany|Encamp|Sant Julià de Lòria|La Massana|Ordino|Canillo
ARE	Dubai|Sharjah|Ajman|Ras al-Khaimah|Fujairah|Umm al-Quwain|Al Ain|Jebel Ali|Trucial States
ARG	Mar del Plata|Tucumán|San Miguel de Tucumán|Salta|Neuquén|Bahía Blanca|Corrientes|Santiago del Estero
ARM	Gyumri|Leninakan|Vanadzor|Spitak|Metsamor|Syunik|Goris|Kapan
ASM	Tutuila|Manu'a|Tafuna|Aunu'u|Ofu|Fagatogo|Utulei
ATG	Barbuda|English Harbour|Jolly Harbour|V. C. Bird International Airport
AUS	Sydney|Melbourne|Brisbane|Adelaide|Hobart|Townsville|Alice Springs|Queensland|New South Wales|NSW|Tasmania|Western Australia|South Australia|Northern Territory|Australian Capital Territory|Christmas Island|Norfolk Island|Pine Gap|Woomera|Maralinga|Fremantle|Great Barrier Reef|Uluru|Cronulla|Parramatta|Villawood
AUT	Salzburg|Graz|Linz|Innsbruck|Klagenfurt|Tyrol|Tirol|Carinthia
AZE	Sumgait|Sumqayit|Nakhchivan|Nakhichevan|Nagorno-Karabakh|Nagorny Karabakh|Karabakh|Stepanakert|Khankendi|Shusha|Shushi|Lachin|Lachin corridor|Agdam|Aghdam|Kelbajar|Kalbajar|Fizuli|Fuzuli|Mingachevir|Lankaran|Lenkoran|Tovuz|Sheki|Shaki|Barda
BDI	Ngozi|Muyinga|Rumonge|Kirundo|Makamba|Cibitoke|Bubanza|Kayanza
BEL	Antwerp|Ghent|Bruges|Liège|Charleroi|Namur|Leuven|Ostend|Zeebrugge|Flanders|Wallonia|Molenbeek
BEN	Parakou|Djougou|Abomey|Abomey-Calavi|Bohicon|Natitingou|Ouidah|Lokossa|Dahomey|Dahomeyan
BFA	Bobo-Dioulasso|Koudougou|Ouahigouya|Fada N'Gourma|Fada Ngourma|Djibo|Dori|Banfora
BGD	Chittagong|Chattogram|Khulna|Rajshahi|Sylhet|Rangpur|Barisal|Cox's Bazar|Chittagong Hill Tracts|Teknaf|Kutupalong|Bhasan Char|Savar|Narayanganj|East Pakistan|East Bengal
BGR	Plovdiv|Varna|Burgas|Bourgas|Rousse|Stara Zagora|Pleven|Sliven
BHR	Muharraq|Sitra|Riffa|Isa Town|Hamad Town|Juffair|Pearl Roundabout|Pearl Square
BHS	Grand Bahama|Abaco|Great Abaco|Eleuthera|Bimini|Exuma|Paradise Island|New Providence
BIH	Banja Luka|Mostar|Tuzla|Zenica|Bihać|Srebrenica|Goražde|Žepa|Brčko|Republika Srpska|Herzegovina|Prijedor|Bijeljina|Doboj|Travnik|Vitez|Ahmići|Zvornik|Bratunac|Jajce|Sanski Most|Omarska|Trnopolje|Keraterm|Potočari|Kupres
BLR	Gomel|Homel|Vitebsk|Viciebsk|Mogilev|Mahilyow|Grodno|Hrodna
BLZ	Belize City|Orange Walk|Dangriga|Corozal|Ambergris Caye|British Honduras|Benque Viejo|Stann Creek
BMU	Devonshire Parish|Pembroke Parish|Paget Parish|Smith's Parish|Warwick Parish|Sandys Parish|St. George's Parish|Ireland Island
BOL	Santa Cruz de la Sierra|Cochabamba|El Alto|Oruro|Potosí|Tarija|Cobija|Chapare
BRA	Fortaleza|Belo Horizonte|Manaus|Curitiba|Recife|Porto Alegre|Goiânia|Campinas|Salvador da Bahia|Bahia|Minas Gerais|Rio Grande do Sul|Santa Catarina|Pernambuco|Ceará|Maranhão|Mato Grosso|Roraima|Rondônia|Rocinha|Complexo do Alemão|Belo Monte|Eldorado dos Carajás|Carandiru|Brumadinho|Ipanema|Angra dos Reis|Foz do Iguaçu|Niterói|Santarém
BRB	Holetown|Speightstown|Oistins|Grantley Adams International Airport
BRN	Seria|Kuala Belait|Tutong|Temburong|Jerudong|Gadong
BTN	Paro|Phuentsholing|Punakha|Trongsa|Samdrup Jongkhar|Gelephu|Bumthang|Wangdue Phodrang
BWA	Francistown|Maun|Serowe|Selebi-Phikwe|Lobatse|Kasane|Molepolole|Bechuanaland
CAF	Bambari|Bria|Berbérati|Bossangoa|Bouar|Kaga-Bandoro|Ndélé|Birao|Ubangi-Shari
CAN	Toronto|Montreal|Vancouver|Calgary|Edmonton|Winnipeg|Quebec|Quebec City|Ontario|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Newfoundland and Labrador|Prince Edward Island|Nunavut|Yukon|Northwest Territories|Saskatoon|Mississauga|Iqaluit|Whitehorse|Yellowknife|Fredericton|Charlottetown|Lac-Mégantic|Fort McMurray
CHE	Geneva|Zurich|Basel|Lausanne|Lucerne|Lugano|Davos|Montreux|Ticino|Valais|Bürgenstock|Lake Geneva
CHL	Valparaíso|Viña del Mar|Antofagasta|Temuco|Iquique|Arica|Punta Arenas|Puerto Montt|Araucanía|Atacama|Atacama Desert|Easter Island
CHN	Chongqing|Chengdu|Nanjing|Nanking|Hangzhou|Xian|Xi'an|Harbin|Shenyang|Dalian|Qingdao|Kunming|Xiamen|Urumqi|Kashgar|Hotan|Lhasa|Hohhot|Ningbo|Suzhou|Dongguan|Zhuhai|Sanya|Guangdong|Fujian|Zhejiang|Jiangsu|Shandong|Henan|Hubei|Hunan|Sichuan|Yunnan|Guizhou|Guangxi|Hainan|Shaanxi|Shanxi|Gansu|Qinghai|Ningxia|Inner Mongolia|Heilongjiang|Jilin|Liaoning|Hebei|Anhui|Jiangxi|Tiananmen|Tiananmen Square|Tientsin|Chungking
CIV	Bouaké|Daloa|Korhogo|Duékoué|Guiglo|Gagnoa|Odienné|Grand-Bassam
CMR	Douala|Bamenda|Garoua|Maroua|Buea|Kribi|Kousseri|Bakassi|Bakassi Peninsula|Ambazonia|Kolofata|Lake Nyos
COD	Zairean|Zairian|Lubumbashi|Kisangani|Goma|Bukavu|Mbuji-Mayi|Kananga|Kolwezi|Likasi|Matadi|Mbandaka|Bunia|Butembo|Uvira|Kindu|Kalemie|Kivu|North Kivu|South Kivu|Katanga|Kasai|Ituri|Maniema|Equateur|Orientale|Haut-Uele|Bas-Congo|Kongo Central|Rutshuru|Masisi|Walikale|Virunga|Virunga National Park|Shaba|Léopoldville|Élisabethville|Stanleyville|Belgian Congo
COG	Pointe-Noire|Dolisie|Ouesso|Owando|Impfondo|Pool region|Pool department|Kinkala
COK	Rarotonga|Aitutaki|Penrhyn|Manihiki|Mangaia|Atiu
COL	Medellín|Cali|Barranquilla|Cartagena de Indias|Cúcuta|Bucaramanga|Manizales|Villavicencio|Neiva|Popayán|Montería|Valledupar|Tumaco|Buenaventura|Quibdó|Arauca|Putumayo|Caquetá|Cauca|Valle del Cauca|Antioquia|Chocó|Nariño|Tolima|Norte de Santander|Guaviare
COM	Anjouan|Nzwani|Mohéli|Mwali|Grande Comore|Ngazidja|Mutsamudu|Fomboni
CPV	Mindelo|Santo Antão|Assomada|Espargos|Sal Island|Tarrafal
CRI	Alajuela|Puntarenas|Puerto Limón|Guanacaste|Golfito|Quepos|San Isidro de El General|Ciudad Quesada
CUB	Santiago de Cuba|Camagüey|Holguín|Matanzas|Pinar del Río|Bayamo|Varadero|Mariel|Bay of Pigs|Playa Girón
CUW	Punda|Otrobanda|Bullenbaai
CYM	Grand Cayman|Cayman Brac|Little Cayman|Seven Mile Beach|Bodden Town
CYP	Limassol|Larnaca|Famagusta|Kyrenia|Paphos|Northern Cyprus|Turkish Republic of Northern Cyprus|TRNC
CZE	Brno|Ostrava|Plzeň|Pilsen|Olomouc|Liberec|Karlovy Vary|Bohemia|Czechoslovakia|Czechoslovak|Czechoslovakian|Sudetenland
DEU	Cologne|Stuttgart|Düsseldorf|Dortmund|Leipzig|Dresden|Bremen|Hanover|Nuremberg|Bonn|Karlsruhe|Wiesbaden|Rostock|Potsdam|Magdeburg|Heidelberg|Bavaria|Saxony|Lower Saxony|Thuringia|Brandenburg|Baden-Württemberg|North Rhine-Westphalia|Rhineland-Palatinate|Saarland|Schleswig-Holstein|East Germany|West Germany|East German|West German|GDR|German Democratic Republic|Prussia|Karl-Marx-Stadt|Prussian
DJI	Tadjourah|Tadjoura|Obock|Ali Sabieh|Dikhil|Camp Lemonnier|Doraleh|Doraleh port|French Somaliland|French Territory of the Afars and the Issas
DMA	Canefield|Kalinago Territory
DNK	Aarhus|Århus|Odense|Aalborg|Esbjerg|Jutland|Bornholm|Roskilde
DOM	Santiago de los Caballeros|La Romana|San Pedro de Macorís|Puerto Plata|Punta Cana|San Francisco de Macorís|Higüey|Barahona
DZA	Oran|Annaba|Blida|Batna|Sétif|Tlemcen|Béjaïa|Tizi Ouzou|Kabylie|Kabylia|Ghardaïa|In Amenas|Tiguentourine|Hassi Messaoud|Hassi R'Mel|Tamanrasset|Ouargla|Biskra|Djelfa|Skikda|Tindouf|Boumerdès|Bentalha|Relizane|Mostaganem|Sidi Bel Abbès
ECU	Guayaquil|Ambato|Esmeraldas|Machala|Loja|Lago Agrio|Sucumbíos|Galápagos|Galápagos Islands|Manta air base
EGY	Giza|Port Said|Suez|Suez Canal|Luxor|Aswan|Ismailia|Mansoura|Tanta|Asyut|Assiut|Minya|Sohag|Damietta|Hurghada|Arish|El Arish|Sinai|Sinai Peninsula|North Sinai|South Sinai|Taba|Marsa Matrouh|El Alamein|Fayoum|Nile Delta
ERI	Massawa|Assab|Keren|Barentu|Tesseney|Teseney|Mendefera|Dekemhare
ESH	Laayoune|El Aaiún|El Ayoun|Dakhla|Villa Cisneros|Smara|Es Semara|Boujdour|Spanish Sahara
ESP	Barcelona|Seville|Zaragoza|Málaga|Bilbao|Murcia|Palma de Mallorca|Las Palmas|Alicante|Valladolid|Granada|Cádiz|San Sebastián|Pamplona|Catalonia|Catalunya|Basque Country|Euskadi|Andalusia|Asturias|Navarre|Extremadura|Canary Islands|Tenerife|Gran Canaria|Balearic Islands
EST	Tartu|Narva|Pärnu|Saaremaa|Hiiumaa|Ida-Viru|Ida-Virumaa|Kohtla-Järve
ETH	Dire Dawa|Mekele|Mekelle|Makelle|Gondar|Bahir Dar|Dessie|Jimma|Awasa|Hawassa|Harar|Jijiga|Adama|Axum|Aksum|Adwa|Adigrat|Humera|Alamata|Gambela|Gambella|Tigray|Oromia|Amhara|Amhara region|Afar|Abyssinia
FIN	Tampere|Turku|Åbo|Oulu|Espoo|Vantaa|Rovaniemi|Åland
FJI	Nadi|Lautoka|Labasa|Vanua Levu|Viti Levu|Nausori|Sigatoka|Levuka
FLK	Port Stanley|Goose Green|East Falkland|West Falkland|Pebble Island|RAF Mount Pleasant|Bluff Cove|San Carlos Water
FRA	Marseilles|Lyons|Toulouse|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|Rennes|Le Havre|Toulon|Grenoble|Cannes|Calais|Dunkirk|Biarritz|Ajaccio|Bastia|Corsica|Brittany|Normandy|Alsace|Provence|Aquitaine|Languedoc|Côte d'Azur
FRO	Klaksvík|Runavík|Tvøroyri|Vágar|Streymoy|Eysturoy|Suðuroy
FSM	Pohnpei|Ponape|Chuuk|Truk|Truk Lagoon|Yap|Kosrae|Kolonia
GAB	Port-Gentil|Franceville|Oyem|Lambaréné|Moanda|Mouila|Makokou|Koulamoutou
GBR	Scotland|Wales|England|Northern Ireland|Ulster|Glasgow|Liverpool|Leeds|Sheffield|Bristol|Cardiff|Nottingham|Leicester|Southampton|Portsmouth|Aberdeen|Dundee|Oxford|Coventry|Brighton|Londonderry|Derry|Omagh|Armagh|South Armagh|Lockerbie|Heathrow|Gatwick|Sellafield|Faslane|Cornwall|Yorkshire|Essex|Shetland|Orkney|Hebrides|Falls Road|Shankill|Drumcree|Portadown|Enniskillen|Crossmaglen|County Antrim|County Tyrone|County Fermanagh|County Armagh|County Down|Greenham Common|Lakenheath|Mildenhall
GEO	Kutaisi|Batumi|Rustavi|Zugdidi|Gori|Poti|Sukhumi|Sukhum|Abkhazia|South Ossetia|Tskhinvali|Adjara|Ajaria|Adjaria|Pankisi|Pankisi Gorge|Kodori|Kodori Gorge|Samegrelo|Mingrelia|Kakheti|Javakheti|Akhalkalaki|Akhaltsikhe|Telavi|Borjomi
GHA	Kumasi|Takoradi|Sekondi-Takoradi|Sekondi|Cape Coast|Tema|Ashanti|Ashanti Region
GIB	Europa Point|Rock of Gibraltar|Catalan Bay
GIN	Nzérékoré|Kankan|Kindia|Labé|Mamou|Boké|Guéckédou|Macenta
GLP	Pointe-à-Pitre|Grande-Terre|Marie-Galante|Les Saintes|Les Abymes|Baie-Mahault|Le Gosier|Sainte-Anne
GMB	Serekunda|Brikama|Bakau|Farafenni|Basse Santa Su|Janjanbureh|Kanifing|Kololi
GNB	Bafatá|Gabú|Cacheu|Bolama|Bijagós|Bissagos|Bissagos Islands|Canchungo
GNQ	Bioko|Rio Muni|Ebebiyin|Annobón|Fernando Po|Fernando Póo|Spanish Guinea|Mongomo
GRC	Thessaloniki|Salonika|Piraeus|Patras|Heraklion|Crete|Corfu|Lesbos|Lesvos|Chios|Samos|Mount Athos|Peloponnese|Epirus|Evros|Idomeni
GRD	Carriacou|Petite Martinique|Point Salines|Maurice Bishop International Airport|Gouyave|Sauteurs|Fort Rupert|Pearls Airport
GRL	Ilulissat|Sisimiut|Kangerlussuaq|Thule|Thule Air Base|Pituffik|Pituffik Space Base|Qaqortoq
GTM	Quetzaltenango|Xela|Escuintla|Huehuetenango|Petén|Cobán|Puerto Barrios|Chimaltenango
GUF	Cayenne|Kourou|Saint-Laurent-du-Maroni|Devil's Island|Île du Diable|Maripasoula|Saint-Georges-de-l'Oyapock|Oyapock
GUM	Andersen Air Force Base|Apra Harbor|Naval Base Guam|Tamuning|Dededo|Yigo|Tumon|Tumon Bay
GUY	Berbice|Essequibo|Demerara|Lethem|Bartica|Anna Regina|Jonestown|Port Kaituma|British Guiana
HKG	Kowloon|Victoria Harbour|Wan Chai|Wanchai|Mong Kok|Mongkok|Causeway Bay|Tsim Sha Tsui|Lantau|Lantau Island|Sha Tin|Shatin|Tuen Mun|New Territories|Chek Lap Kok|Kai Tak|Yuen Long|Tai Po|Tsuen Wan|Kwun Tong|Sham Shui Po|Yau Ma Tei|Sheung Wan|Mid-Levels|Victoria Peak|Repulse Bay
HND	San Pedro Sula|La Ceiba|Choluteca|Comayagua|El Progreso|Juticalpa|Danlí|Puerto Cortés
HRV	Rijeka|Osijek|Zadar|Dubrovnik|Vukovar|Knin|Slavonia|Eastern Slavonia|Western Slavonia|Krajina|Dalmatia|Istria|Pula|Šibenik|Karlovac|Gospić|Pakrac|Okučani|Sisak|Petrinja|Kostajnica|Hrvatska Kostajnica|Vinkovci|Đakovo|Slavonski Brod|Nova Gradiška
HTI	Cap-Haïtien|Gonaïves|Les Cayes|Jacmel|Port-de-Paix|Hinche|Pétion-Ville|Cité Soleil|Léogâne|Croix-des-Bouquets
HUN	Debrecen|Szeged|Miskolc|Pécs|Győr|Sopron|Paks|Kecskemét
IDN	Surabaya|Bandung|Medan|Semarang|Makassar|Palembang|Yogyakarta|Denpasar|Bali|Java|Sumatra|Kalimantan|Sulawesi|Aceh|Banda Aceh|Ambon|Maluku|Moluccas|Poso|Manado|Balikpapan|Pontianak|Jayapura|Timika|Wamena|Papua province|West Papua|Irian Jaya|Lombok|Kupang|Batam|Riau|Dutch East Indies
IMN	Onchan|Laxey|Port Erin|Port St Mary|Snaefell
IND	Delhi|Bombay|Calcutta|Madras|Ahmedabad|Pune|Surat|Jaipur|Lucknow|Kanpur|Nagpur|Patna|Bhopal|Varanasi|Agra|Amritsar|Chandigarh|Guwahati|Imphal|Shillong|Kohima|Bhubaneswar|Thiruvananthapuram|Trivandrum|Cochin|Coimbatore|Madurai|Mysore|Mangalore|Goa|Visakhapatnam|Ranchi|Raipur|Dehradun|Shimla|Dharamsala|Jammu|Ladakh|Kargil|Pulwama|Anantnag|Baramulla|Kupwara|Sopore|Uttar Pradesh|Madhya Pradesh|Andhra Pradesh|Arunachal Pradesh|Maharashtra|Gujarat|Rajasthan|Bihar|West Bengal|Odisha|Orissa|Kerala|Tamil Nadu|Karnataka|Telangana|Jharkhand
IOT	Diego Garcia|Peros Banhos
IRL	Galway|Waterford|Kilkenny|Sligo|Donegal|Wexford|Drogheda|Dundalk|Connacht|Leinster
IRN	Qom|Ahvaz|Ahwaz|Bushehr|Natanz|Fordow|Fordo|Arak|Kermanshah|Kerman|Zahedan|Bandar Abbas|Khuzestan|Sistan and Baluchestan|Sistan-Baluchestan|Yazd|Rasht|Hamadan|Qazvin|Urmia|Ardabil|Abadan|Khorramshahr|Kish Island|Kharg Island|Parchin|Mahabad|Sanandaj|Gilan|Mazandaran|Chabahar|Dezful|Evin|Evin prison|Persepolis|Bam|Qeshm|Hormozgan
IRQ	Najaf|Karbala|Kerbala|Ramadi|Samarra|Baqubah|Baquba|Kut|Nasiriyah|Nassiriya|Amarah|Hilla|Diwaniyah|Sulaimaniyah|Sulaymaniyah|Dohuk|Duhok|Halabja|Anbar|Anbar province|Diyala|Nineveh|Salahuddin|Babil|Babylon|Haditha|Tal Afar|Sinjar|Mount Sinjar|Abu Ghraib|Sadr City|Green Zone|Umm Qasr|Kurdistan|Kurdistan Region|Iraqi Kurdistan|Qaim|Habbaniyah|Taji|Mahmudiya|Latifiya|Yusufiya|Baiji|Zakho|Maysan|Wasit|Dhi Qar|Muthanna|Hawija|Tuz Khurmatu
ISL	Akureyri|Keflavik|Keflavik Air Base|Hafnarfjörður|Kópavogur|Reykjanes|Reykjanes Peninsula|Grindavík
ISR	Ashkelon|Ashdod|Sderot|Beersheba|Be'er Sheva|Beer Sheva|Netanya|Nazareth|Tiberias|Akko|Herzliya|Dimona|Negev|Galilee|Kiryat Shmona|Rishon LeZion|Petah Tikva|Holon|Bat Yam|Ramat Gan|Rehovot|Lod|Ramla|Nahariya|Safed|Hadera|Jaffa|Ben Gurion Airport|Ofakim|Netivot|Kfar Aza|Be'eri|Nahal Oz|Nir Oz|Re'im
ITA	Milan|Naples|Turin|Genoa|Venice|Firenze|Bologna|Palermo|Bari|Catania|Verona|Trieste|Pisa|Sicily|Sardinia|Lombardy|Tuscany|Calabria|Campania|Apulia|Puglia|Veneto|South Tyrol|Lampedusa|Aviano|Vicenza
JAM	Montego Bay|Spanish Town|Ocho Rios|Portmore|Negril|Tivoli Gardens|Half Way Tree|Trench Town
JOR	Zarqa|Irbid|Aqaba|Maan|Ma'an|Kerak|Mafraq|Zaatari|Zaatari camp|Azraq
JPN	Yokohama|Nagoya|Kyoto|Kobe|Sapporo|Fukuoka|Sendai|Nagasaki|Okinawa|Naha|Hokkaido|Kyushu|Shikoku|Honshu|Fukushima|Fukushima Daiichi|Miyagi|Iwate|Niigata|Yokosuka|Sasebo|Futenma|Kadena|Iwakuni|Misawa|Henoko
KAZ	Almaty|Alma-Ata|Shymkent|Karaganda|Aktau|Atyrau|Semipalatinsk|Baikonur|Baikonur Cosmodrome|Zhanaozen|Akmola|Tengiz
KEN	Mombasa|Kisumu|Nakuru|Eldoret|Garissa|Lamu|Malindi|Nyeri|Thika|Kakamega|Machakos|Wajir|Mandera|Dadaab|Kakuma|Lodwar|Marsabit|Isiolo|Kitale|Kericho|Naivasha|Turkana|Lake Turkana|Mpeketoni|Kibera|Mathare
KGZ	Osh|Jalal-Abad|Batken|Karakol|Tokmok|Naryn|Manas|Manas Air Base
KHM	Siem Reap|Battambang|Sihanoukville|Kampong Cham|Kampot|Pailin|Anlong Veng|Poipet|Preah Vihear|Angkor|Angkor Wat|Tuol Sleng|Choeung Ek|Koh Kong|Kompong Som|Kampong Som|Kampuchean|Democratic Kampuchea|People's Republic of Kampuchea|Khmer Republic
KIR	Kiritimati|Banaba|Betio|Bairiki|Gilbert Islands|Phoenix Islands|Line Islands|Tabiteuea
KNA	Nevis|Sandy Point Town|Cayon|Frigate Bay|Robert L. Bradshaw International Airport
KOR	Pusan|Incheon|Inchon|Daegu|Taegu|Daejeon|Gwangju|Kwangju|Ulsan|Suwon|Jeju|Cheju|Jeju Island|Pyeongchang|Gyeonggi|Yeonpyeong|Yeonpyeong Island|Baengnyeong|Baengnyeong Island|Pohang|Changwon|Gimpo|Osan|Osan Air Base|Pyeongtaek|Camp Humphreys
KWT	Jahra|Al Jahra|Al Ahmadi|Failaka|Failaka Island|Bubiyan|Bubiyan Island|Camp Arifjan
LAO	Luang Prabang|Savannakhet|Pakse|Thakhek|Xieng Khouang|Plain of Jars|Phonsavan|Luang Namtha
LBN	Sidon|Saida|Zahle|Baalbek|Byblos|Jounieh|Nabatieh|Bint Jbeil|Naqoura|Marjayoun|Hermel|Arsal|Qana|Dahiyeh|Dahieh|Bekaa|Bekaa Valley|Beqaa|Chouf|Akkar|Ain al-Hilweh|Nahr al-Bared|Sabra and Shatila|Shatila|Mount Lebanon|Khiam|Litani|Litani River|Haret Hreik|Bourj el-Barajneh
LBR	Gbarnga|Zwedru|Voinjama|Kakata|Robertsport|Sanniquellie|Tubmanburg|Ganta
LBY	Misurata|Sirte|Sirt|Tobruk|Derna|Darnah|Zawiya|Zawiyah|Sabha|Sebha|Ajdabiya|Brega|Ras Lanuf|Bani Walid|Zintan|Ghadames|Kufra|Zuwara|Gharyan|Tarhuna|Al Marj|Cyrenaica|Tripolitania|Fezzan|Es Sider|Ubari
LCA	Vieux Fort|Gros Islet|Rodney Bay|Hewanorra|Hewanorra International Airport|Dennery|Micoud|Anse La Raye
LIE	Schaan|Balzers|Triesen|Eschen|Mauren|Triesenberg|Ruggell
LKA	Jaffna|Kandy|Galle|Trincomalee|Batticaloa|Kilinochchi|Mullaitivu|Mullaittivu|Vavuniya|Mannar|Anuradhapura|Polonnaruwa|Ampara|Negombo|Matara|Hambantota|Kurunegala|Ratnapura|Badulla|Nuwara Eliya|Puttalam|Kalmunai|Elephant Pass|Sri Jayawardenepura Kotte|Kotte|Dehiwala|Moratuwa|Point Pedro|Pooneryn|Muhamalai|Jaffna Peninsula|Vanni
LSO	Mafeteng|Leribe|Hlotse|Mohale's Hoek|Qacha's Nek|Basutoland|Teyateyaneng|Thaba-Tseka
LTU	Kaunas|Klaipėda|Šiauliai|Panevėžys|Visaginas|Ignalina|Ignalina nuclear plant|Alytus
LUX	Luxembourg City|Esch-sur-Alzette|Differdange|Dudelange|Ettelbruck|Diekirch|Echternach|Wiltz
LVA	Daugavpils|Liepāja|Jūrmala|Ventspils|Latgale|Latgalia|Rēzekne|Jelgava
MAC	Taipa|Coloane|Cotai|Cotai Strip|Macau Peninsula|Macao Peninsula|Senado Square|Portas do Cerco
MAR	Casablanca|Marrakech|Marrakesh|Fez|Tangier|Tangiers|Agadir|Meknes|Oujda|Kenitra|Nador|Al Hoceima
MCO	Monte Carlo|Fontvieille|La Condamine|Monaco-Ville|Larvotto|Moneghetti|Prince's Palace of Monaco
MDA	Bălți|Tiraspol|Transnistria|Transdniestria|Trans-Dniester|Transdnistria|Pridnestrovie|Transnistrian|Bessarabia
MDG	Toamasina|Tamatave|Antsirabe|Fianarantsoa|Mahajanga|Majunga|Toliara|Tulear
MDV	Addu|Addu Atoll|Addu City|Hulhumalé|Maafushi|Hulhulé|Villimalé|Villingili
MEX	Guadalajara|Monterrey|Tijuana|Ciudad Juárez|Puebla|Acapulco|Cancún|Veracruz|Oaxaca|Chiapas|Chihuahua|Sinaloa|Culiacán|Sonora|Tamaulipas|Nuevo Laredo|Reynosa|Matamoros|Michoacán|Morelia|Jalisco|Yucatán|Quintana Roo|Baja California|Mexicali|Guerrero state|Morelos state|Durango state|Tabasco state|Zacatecas
MHL	Kwajalein|Kwajalein Atoll|Ebeye|Bikini Atoll|Enewetak|Eniwetok|Rongelap|Jaluit
MKD	Tetovo|Kumanovo|Bitola|Ohrid|Lake Ohrid|Gostivar|Struga|Prilep
MLI	Timbuktu|Tombouctou|Gao|Kidal|Mopti|Ségou|Sikasso|Kayes|Sévaré|Tessalit|Ménaka|Aguelhok|Aguelhoc|Konna|Diabaly|Azawad|Douentza|Léré|Ansongo|Tessit|Koutiala|Niono|Bourem|Gourma-Rharous|Goundam|Niafunké
MLT	Gozo|Sliema|Birkirkara|Mdina|Marsaxlokk|Qormi|Mosta|Comino
MMR	Yangon|Rangoon|Mandalay|Mawlamyine|Moulmein|Bago|Pegu|Pathein|Bassein|Sittwe|Akyab|Myitkyina|Lashio|Taunggyi|Monywa|Magway|Meiktila|Pyay|Dawei|Myeik|Kyaukphyu|Maungdaw|Buthidaung|Rathedaung|Rakhine|Rakhine State|Arakan|Kachin|Kachin State|Shan State|Karen State|Kayin|Kayin State|Kayah|Kayah State|Karenni
MNE	Nikšić|Budva|Kotor|Bay of Kotor|Herceg Novi|Cetinje|Ulcinj|Bijelo Polje
MNG	Erdenet|Darkhan|Choibalsan|Khovd|Mörön|Oyu Tolgoi|Tavan Tolgoi|Sainshand
MNP	Tinian|Garapan|Susupe|Marpi|Managaha|Anatahan|Agrihan
MOZ	Beira|Nampula|Quelimane|Tete|Nacala|Inhambane|Cabo Delgado|Mocímboa da Praia|Gorongosa|Niassa|Sofala|Zambezia|Matola|Montepuez|Lourenço Marques
MRT	Nouadhibou|Zouerate|Zouérat|Atar|Kiffa|Néma|Kaédi|Tidjikja
MSR	Brades|Soufrière Hills
MTQ	Le Lamentin|Lamentin|Schoelcher|Schœlcher|Le François|Le Marin|Sainte-Luce|Mount Pelée
MUS	Curepipe|Quatre Bornes|Rodrigues|Rodrigues Island|Vacoas|Vacoas-Phoenix|Agaléga|Beau Bassin
MWI	Blantyre|Mzuzu|Zomba|Nyasaland|Mangochi|Kasungu|Karonga|Nkhotakota
MYS	Penang|Pulau Pinang|Johor|Johor Bahru|Johor Baru|Johore|Malacca|Melaka|Ipoh|Kuching|Kota Kinabalu|Sarawak|Kelantan|Kota Bharu|Terengganu|Trengganu|Kuala Terengganu|Pahang|Kuantan|Perak|Kedah|Alor Setar|Alor Star|Perlis|Kangar|Negeri Sembilan|Malaya|Federation of Malaya
MYT	Dzaoudzi|Pamandzi|Petite-Terre|Koungou|Chirongui|Bandraboua|Dembéni|Tsingoni
NAM	Walvis Bay|Swakopmund|Oshakati|Rundu|Katima Mulilo|Caprivi|Caprivi Strip|Zambezi Region|South West Africa
NCL	Lifou|Loyalty Islands|Ouvéa|Thio|Dumbéa|Mont-Dore|Bourail|La Foa
NER	Agadez|Zinder|Maradi|Tahoua|Diffa|Dosso|Tillabéri|Arlit
NGA	Lagos|Ibadan|Port Harcourt|Kaduna|Benin City|Enugu|Jos|Zaria|Onitsha|Warri|Calabar|Owerri|Sokoto|Katsina|Bauchi|Yola|Gombe|Damaturu|Yobe|Borno|Adamawa|Plateau State|Niger Delta|Bayelsa|Rivers State|Delta State|Akwa Ibom|Anambra|Biafra|Biafran|Ogoni|Ogoniland|Zamfara|Chibok
NIC	Masaya|Matagalpa|Estelí|Chinandega|Jinotega|Bluefields|Puerto Cabezas|Bilwi
NIU	Hakupu|Avatele|Tuapa
NLD	Rotterdam|Utrecht|Eindhoven|Groningen|Maastricht|Leiden|Delft|Haarlem
NOR	Trondheim|Stavanger|Tromsø|Bodø|Utøya|Svalbard|Spitsbergen|Kristiansand
NPL	Pokhara|Lalitpur|Bhaktapur|Biratnagar|Birgunj|Janakpur|Nepalgunj|Dharan
NRU	Aiwo|Anibare|Meneng|Denigomodu|Nibok|Buada|Nauru Regional Processing Centre
NZL	Auckland|Christchurch|Dunedin|Tauranga|Rotorua|Palmerston North|Invercargill|Whanganui
OMN	Salalah|Sohar|Nizwa|Dhofar|Duqm|Musandam|Khasab|Masirah
PAK	Faisalabad|Multan|Gujranwala|Sialkot|Abbottabad|Swat Valley|Waziristan|North Waziristan|South Waziristan|Khyber Pakhtunkhwa|North-West Frontier Province|NWFP|Balochistan|Baluchistan|Sindh|FATA|Federally Administered Tribal Areas|Bajaur|Mohmand|Orakzai|Kurram|Miranshah|Miran Shah|Wana|Mingora|Bannu|Kohat|Dera Ismail Khan|Dera Ghazi Khan|Mardan|Charsadda|Nowshera|Gwadar|Chaman|Torkham|Sukkur|Larkana|Bahawalpur|Kasur|Malakand|Buner|Parachinar|Landi Kotal|Khyber Pass|Khyber Agency|Chitral|Lal Masjid|Kahuta|Muzaffarabad|Azad Kashmir|Gilgit|Gilgit-Baltistan|Skardu
PAN	Panama City|Panama Canal|Canal Zone|Panama Canal Zone|Darién|Darién Gap|Bocas del Toro|Chiriquí
PER	Arequipa|Chiclayo|Piura|Iquitos|Cusco|Cuzco|Huancayo|Chimbote|Tacna|Puno|Ayacucho|Cajamarca|Pucallpa|Huánuco|Tumbes|Juliaca|Callao|Huancavelica|Apurímac|Tingo María|VRAEM|VRAE|Huallaga|Upper Huallaga|Huallaga Valley|Machu Picchu
PHL	Quezon City|Davao|Davao City|Cebu|Zamboanga|Zamboanga City|Cagayan de Oro|Iloilo|Bacolod|General Santos|Baguio|Cotabato|Cotabato City|Marawi|Jolo|Basilan|Sulu|Tawi-Tawi|Mindanao|Luzon|Visayas|Leyte|Samar|Tacloban|Mindoro|Palawan|Negros Occidental|Panay|Bohol|Makati|Subic Bay|Clark Air Base
PLW	Koror|Babeldaob|Babelthuap|Peleliu|Angaur|Melekeok|Airai|Kayangel
PNG	Lae|Mount Hagen|Madang|Wewak|Goroka|Rabaul|Bougainville|Buka|Arawa|Panguna|Manus|Manus Island
POL	Krakow|Cracow|Gdansk|Danzig|Wrocław|Breslau|Poznań|Łódź|Szczecin|Stettin|Lublin|Katowice|Bydgoszcz|Białystok|Rzeszów|Gdynia|Toruń|Radom|Częstochowa|Oświęcim|Auschwitz|Auschwitz-Birkenau|Birkenau|Silesia|Upper Silesia|Lower Silesia
PRI	Mayagüez|Bayamón|Caguas|Arecibo|Vieques|Culebra|Fajardo|Humacao
PRK	Yongbyon|Kaesong|Kaesong Industrial Complex|Sinuiju|Hamhung|Chongjin|Wonsan|Nampo|Nampho|Punggye-ri|Sohae|Sohae Satellite Launching Station|Tongchang-ri|Rason|Musudan-ri|Haeju|North Hamgyong|South Hamgyong|North Pyongan|South Pyongan|North Hwanghae|South Hwanghae|Chagang|Ryanggang|Hyesan|Sinpo
PRT	Porto|Oporto|Braga|Coimbra|Faro|Madeira|Azores|Açores
PRY	Ciudad del Este|Encarnación|Coronel Oviedo|Caaguazú|Alto Paraná|Curuguaty|Itapúa|Pedro Juan Caballero
PSE	Bethlehem|Tulkarem|Tulkarm|Qalqilya|Jabalia|Jabaliya|Deir al-Balah|Deir el-Balah|Beit Hanoun|Beit Lahiya|Beit Lahia|Khan Yunis|Gaza City|Nuseirat|Bureij|Maghazi|Shati camp|Shejaiya|Shujaiya|Al-Mawasi|Al-Shifa|Shifa hospital|Salfit|Tubas|Beit Jala|Beit Sahour|Balata|Dheisheh|Qalandia|Jalazone|Jenin camp|Nur Shams|Al-Bireh|Birzeit|Abu Dis|Huwara|Beita|Yatta|Masafer Yatta|Bil'in
PYF	Tahiti|Bora Bora|Moorea|Mururoa|Moruroa|Fangataufa|Marquesas|Marquesas Islands
QAT	Al Udeid|Al Udeid Air Base|Lusail|Ras Laffan|Al Khor|Al Wakrah|Mesaieed|Umm Said
REU	Le Tampon|Piton de la Fournaise|Piton des Neiges|Cilaos|Salazie|Mafate|Roland Garros Airport|Gillot
ROU	Cluj-Napoca|Timișoara|Iași|Constanța|Craiova|Brașov|Galați|Ploiești|Transylvania|Wallachia
RUS	Soviet|Soviet Union|USSR|U.S.S.R.|Union of Soviet Socialist Republics|St Petersburg|Leningrad|Stalingrad|Sverdlovsk|Yekaterinburg|Ekaterinburg|Nizhny Novgorod|Samara|Omsk|Chelyabinsk|Krasnoyarsk|Volgograd|Krasnodar|Irkutsk|Khabarovsk|Kaliningrad|Arkhangelsk|Grozny|Makhachkala|Nalchik|Vladikavkaz|Nazran|Beslan|Ingushetia|Kabardino-Balkaria|North Ossetia|Tatarstan|Bashkortostan|Siberia|Chukotka|Kamchatka|Sakhalin|Yakutia|Karelia|Bryansk|Smolensk|Katyn|Pskov|Novorossiysk|Stavropol|Severodvinsk|Norilsk|Plesetsk|Urals|Kola Peninsula|Königsberg
RWA	Butare|Huye|Gisenyi|Rubavu|Ruhengeri|Musanze|Cyangugu|Rusizi
SAU	Makkah|Medina|Madinah|Dammam|Dhahran|Khobar|Al Khobar|Taif|Tabuk|Abha|Jizan|Jazan|Najran|Buraidah|Qatif|Qassim|Yanbu|Jubail|Ras Tanura|Abqaiq|Neom|Khurais|AlUla|Hijaz|Hejaz|Nejd
SDN	Kordofan|South Kordofan|North Kordofan|West Kordofan|Kassala|Gedaref|Wad Madani|Wad Medani|Gezira|Nyala|El Geneina|Geneina|Kadugli|Atbara|Dongola|Kosti|El Obeid|Zalingei|Ed Daein|North Darfur|South Darfur|West Darfur|Central Darfur|East Darfur|Jebel Marra|Tawila|Kutum|Nuba Mountains|Sennar|Damazin|Kurmuk|Suakin
SEN	Touba|Thiès|Ziguinchor|Kaolack|Casamance|Rufisque|Mbour|Tambacounda
SGP	Jurong|Jurong Island|Sentosa|Changi|Changi Airport|Tuas|Woodlands Checkpoint|Tuas Checkpoint
SLB	Guadalcanal|Malaita|Auki|Gizo|Tulagi|Choiseul|Makira|Temotu
SLE	Kenema|Makeni|Koidu|Kailahun|Magburaka|Port Loko|Lunsar|Lungi
SLV	Soyapango|Mejicanos|Apopa|Usulután|Sonsonate|Chalatenango|Morazán|El Mozote|Ilopango|Santa Tecla
SMR	Serravalle|Borgo Maggiore|Domagnano|Faetano|Montegiardino|Chiesanuova|Mount Titano
SOM	Kismayo|Kismayu|Baidoa|Beledweyne|Galkayo|Garowe|Bosaso|Hargeisa|Berbera|Burao|Las Anod|Merca|Jowhar|Afgoye|Afgooye|Dhusamareb|Hobyo|Eyl|Harardhere|Haradheere|Bulo Burde|Hiiraan|Bakool|Gedo|Lower Shabelle|Middle Shabelle|Jubaland|Lower Juba|Middle Juba|Puntland|Somaliland|Galmudug
SRB	Novi Sad|Niš|Kragujevac|Subotica|Vojvodina|Sandžak|Preševo|Preševo Valley|Kraljevo|Čačak|Novi Pazar|Yugoslavia|Yugoslav|Yugoslavian|Federal Republic of Yugoslavia|Socialist Federal Republic of Yugoslavia|Serbia and Montenegro|Pančevo|Smederevo|Zemun|Leskovac|Bujanovac|Medveđa|Vranje|Pirot|Zaječar
SSD	Malakal|Wau|Bentiu|Yei|Rumbek|Torit|Aweil|Upper Nile|Upper Nile state|Unity State|Jonglei|Equatoria|Western Equatoria|Eastern Equatoria|Central Equatoria|Bahr el Ghazal|Northern Bahr el Ghazal|Western Bahr el Ghazal|Warrap|Lakes State|Pibor|Greater Pibor|Yambio|Renk|Akobo|Pochalla
STP	São Tomé|Principe Island|Angolares|São Tomé International Airport
SUR	Nieuw Nickerie|Moengo|Brokopondo|Marowijne|Dutch Guiana|Lelydorp|Wanica|Commewijne
SVK	Košice|Žilina|Nitra|Prešov|Banská Bystrica|Trnava|Trenčín|Poprad
SVN	Maribor|Koper|Celje|Kranj|Piran|Nova Gorica|Novo Mesto|Velenje
SWE	Gothenburg|Göteborg|Malmö|Uppsala|Kiruna|Västerås|Örebro|Linköping
SWZ	Manzini|Siteki|Nhlangano|Piggs Peak|Pigg's Peak|Matsapha|Mhlume|Simunye
SYC	Mahé|Praslin|La Digue|Aldabra|Silhouette Island|Anse Boileau|Beau Vallon|Pointe Larue
SYR	Golan Heights|Majdal Shams|Deir ez-Zor|Deir el-Zour|Deir al-Zor|Hama|Daraa|Deraa|Tartus|Tartous|Qamishli|Hasakah|Hasaka|Kobani|Kobane|Afrin|Manbij|Douma|Ghouta|Eastern Ghouta|Jisr al-Shughour|Suwayda|Sweida|Quneitra|Qusair|Qusayr|Baniyas|Jableh|Bab al-Hawa|Azaz|Jarabulus|Tal Abyad|Ras al-Ain|Khan Shaykhun|Khan Sheikhoun|Maarat al-Numan|Zabadani|Yarmouk camp|Darayya|Palmyra|Tadmur|Al-Houla|Saraqeb|Al-Bab|Tal Rifaat|Mayadin|Bukamal|Abu Kamal|Baghuz|Al-Hol
TCA	Providenciales|Grand Turk|Cockburn Town|North Caicos|South Caicos|Middle Caicos|Salt Cay
TCD	Abéché|Moundou|Sarh|Faya-Largeau|Fort Lamy|Goz Beida|Adré|Bahai|Tibesti|Aozou Strip
TGO	Sokodé|Kpalimé|Atakpamé|Dapaong|Tsévié|Aného|Bassar|Sansanné-Mango
THA	Chiang Mai|Chiang Rai|Phuket|Pattaya|Hat Yai|Songkhla|Pattani|Narathiwat|Khon Kaen|Udon Thani|Nakhon Ratchasima|Korat|Ubon Ratchathani|Nakhon Si Thammarat|Surat Thani|Krabi|Phang Nga|Phangnga|Khao Lak|Ko Samui|Koh Samui|Samui|Ayutthaya|Sukhothai|Kanchanaburi|Mae Sot
TJK	Khujand|Khodjent|Kulob|Kulyab|Qurghonteppa|Kurgan-Tyube|Bokhtar|Khorog
TKM	Turkmenabat|Chardzhou|Chardzhev|Dashoguz|Dashhowuz|Balkanabat|Nebit-Dag|Krasnovodsk
TLS	Baucau|Suai|Liquiçá|Maliana|Oecusse|Oecussi|Oe-Cusse Ambeno|Ermera|Portuguese Timor
TON	Vava'u|Neiafu|Ha'apai|Eua|Tongatapu|Niuatoputapu|Niuafo'ou|Fua'amotu
TTO	Chaguanas|Arima|Tobago|Point Fortin|Point Lisas|Couva|Sangre Grande|Tunapuna
TUN	Sfax|Sousse|Kairouan|Bizerte|Gabès|Gafsa|Sidi Bouzid|Kasserine|Monastir|Djerba|Ben Guerdane|Tataouine
TUR	Bursa|Adana|Konya|Gaziantep|Kayseri|Mersin|Şanlıurfa|Urfa|Malatya|Erzurum|Hakkari|Şırnak|Mardin|Siirt|Bitlis|Tunceli|Trabzon|Edirne|Kilis|Hatay|Antakya|İncirlik|Bodrum|Bosphorus|Dardanelles|Gallipoli|Constantinople|Ottoman Empire
TUV	Nukufetau|Vaitupu|Nanumea|Nukulaelae|Niutao|Nanumanga|Fongafale
TWN	Kaohsiung|Taichung|Tainan|Keelung|Hsinchu|Taoyuan|Hualien|Kinmen|Quemoy|Matsu Islands|Penghu|Pescadores|New Taipei|Taitung|Pingtung|Chiayi|Changhua|Yunlin|Nantou|Miaoli|Yilan|Orchid Island|Lanyu|Pratas|Pratas Island|Dongsha
TZA	Zanzibar|Arusha|Mwanza|Mbeya|Morogoro|Tanga|Moshi|Kigoma|Tanganyika
UGA	Gulu|Kitgum|Jinja|Mbarara|Entebbe|Mbale|Arua|Kasese|Fort Portal|Masaka|Soroti|Pader|Moroto|Kotido|Karamoja|Acholi|Acholiland|Bundibugyo|Hoima|Kabale|Kisoro|Bunyoro|Buganda|Luwero|Luweero|Adjumani
UKR	Zaporozhye|Kharkov|Lvov|Dnipropetrovsk|Dnepropetrovsk|Chernihiv|Poltava|Vinnytsia|Zhytomyr|Cherkasy|Rivne|Lutsk|Ternopil|Ivano-Frankivsk|Uzhhorod|Chernivtsi|Kramatorsk|Sloviansk|Slavyansk|Severodonetsk|Lysychansk|Melitopol|Berdyansk|Enerhodar|Kryvyi Rih|Izium|Kupiansk|Pokrovsk|Chasiv Yar|Bucha|Irpin|Hostomel|Sevastopol|Simferopol|Kerch|Yalta|Feodosia|Chernobyl|Chornobyl|Pripyat|Donbass|Kakhovka|Nova Kakhovka|Snake Island|Horlivka
URY	Paysandú|Punta del Este|Colonia del Sacramento|Tacuarembó|Fray Bentos|Canelones|Ciudad de la Costa|Durazno
USA	Los Angeles|Philadelphia|Detroit|Atlanta|Dallas|San Diego|Denver|Pittsburgh|St. Louis|New Orleans|Baltimore|Minneapolis|Las Vegas|Honolulu|Oklahoma City|Salt Lake City|Sacramento|Oakland|San Antonio|Brooklyn|Manhattan|Bronx|Harlem|Long Island|Hollywood|Silicon Valley|Pearl Harbor|Camp David|Los Alamos|Cape Canaveral|Fort Bragg|Fort Hood|Quantico|Arlington|Texas|California|Florida|New Mexico|Arizona|Nevada|Utah|Colorado|Oregon|Minnesota|Wisconsin|Michigan|Illinois|Indiana|Ohio|Kentucky|Tennessee|Alabama|Mississippi|Louisiana|Arkansas|Missouri|Iowa|Kansas|Nebraska|Oklahoma|North Dakota|South Dakota|Pennsylvania|New Jersey|Connecticut|Massachusetts|Vermont|New Hampshire|Rhode Island|Maryland|Delaware|West Virginia|North Carolina|South Carolina|Maine|Alaska|Hawaii|Idaho|Wyoming|New England|Midwest|Upstate New York|Three Mile Island|Waco|Saint Louis
UZB	Samarkand|Bukhara|Andijan|Namangan|Fergana|Karakalpakstan|Nukus|Termez|Karshi-Khanabad|Khanabad
VAT	St. Peter's Square|Saint Peter's Square|St. Peter's Basilica|Saint Peter's Basilica|Sistine Chapel|Apostolic Palace|Casa Santa Marta|Domus Sanctae Marthae
VCT	Bequia|Mustique|Canouan|Mayreau|Layou|Barrouallie|Chateaubelair|Argyle International Airport
VEN	Maracaibo|Barquisimeto|Maracay|Ciudad Guayana|Ciudad Bolívar|Maturín|Puerto La Cruz|Cumaná|Barinas|Puerto Ayacucho|Zulia|Táchira|Apure|Anzoátegui|Carabobo|Monagas|Nueva Esparta|Isla Margarita|Margarita Island|Delta Amacuro|Petare|Guárico|Punto Fijo|Puerto Cabello|Los Teques|Orinoco
VGB	Road Town|Tortola|Virgin Gorda|Jost Van Dyke|Anegada|Beef Island
VIR	Charlotte Amalie|St. Croix|Saint Croix|Christiansted|Frederiksted|Cyril E. King Airport
VNM	Saigon|Da Nang|Danang|Haiphong|Hai Phong|Hue|Nha Trang|Can Tho|Cam Ranh|Cam Ranh Bay|Vung Tau|Dalat|Da Lat|Quang Ninh|Quang Tri|Quang Nam|Quang Ngai|Thanh Hoa|Nghe An|Ha Tinh|Dien Bien Phu|Dien Bien|Khe Sanh|My Lai|Mekong Delta|Tay Ninh|South Vietnam|North Vietnam|South Vietnamese|North Vietnamese|Republic of Vietnam|Democratic Republic of Vietnam
VUT	Luganville|Espiritu Santo|Tanna|Efate|Malakula|Malekula|Ambae|Erromango
WSM	Savai'i|Savaii|Upolu|Salelologa|Faleolo|Faleolo International Airport|Mulinu'u|Vaitele
XKX	Mitrovica|Kosovska Mitrovica|North Mitrovica|South Mitrovica|Prizren|Peć|Peja|Gjakova|Djakovica|Đakovica|Ferizaj|Urosevac|Gjilan|Gnjilane|Podujevo|Podujeva|Racak|Drenica|Glogovac|Drenas|Decani|Visoki Dečani|Orahovac|Rahovec|Suva Reka|Suhareka
YEM	Taiz|Ta'izz|Mukalla|Al Mukalla|Saada|Sa'ada|Hadramawt|Hadramout|Hadhramaut|Abyan|Shabwa|Lahij|Dhamar|Ibb|Amran|Bayda province|Mokha|Al Mokha|Socotra|Zinjibar|Jaar|Ataq|Hajjah|Jawf province|Hodeida|Hudaydah|South Yemen|North Yemen|People's Democratic Republic of Yemen|Yemen Arab Republic
ZAF	Johannesburg|Cape Town|Durban|Port Elizabeth|Gqeberha|Bloemfontein|Pietermaritzburg|Soweto|Sharpeville|Polokwane|Rustenburg|Marikana|Mafikeng|Stellenbosch|KwaZulu-Natal|KwaZulu|Transvaal|Orange Free State|Gauteng|Eastern Cape|Western Cape|Northern Cape|Limpopo|Mpumalanga|Khayelitsha|Robben Island
ZMB	Ndola|Kitwe|Kabwe|Chingola|Mufulira|Copperbelt|Chipata|Kasama|Northern Rhodesia
ZWE	Bulawayo|Mutare|Umtali|Gweru|Gwelo|Kwekwe|Que Que|Masvingo|Rhodesia|Rhodesian|Southern Rhodesia|Zimbabwe Rhodesia
"""#
