// Countries: ISO 3166 alpha-3 codes (XKX for Kosovo), names, demonyms and seats of power.
// Facts, compiled by Parley. UN member states, the two UN observer states (VAT, PSE) and
// territories often named in the news.
// Columns (tab-separated): iso3, name, aliases, demonyms, metonyms, places. Places are major
// cities and regions other than the capital: they place a thing in a country ("in Kharkiv",
// "Kharkiv police") but do not act themselves (PlaceTable has more).
// Lists inside a column are separated by `|`. Capitals that are common words or personal
// names (Victoria, Kingston, Georgetown, Sofia, Male, ...) are deliberately left out of metonyms,
// as are Brussels and The Hague (in the news they usually stand for the EU and the
// international courts) and "Congo" alone (ambiguous between COD and COG).
let countryTable = #"""
ABW	Aruba		Aruban|Arubans	Oranjestad
AFG	Afghanistan	Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan	Afghan|Afghans	Kabul	Kandahar|Herat|Jalalabad
AGO	Angola	Republic of Angola	Angolan|Angolans	Luanda
AIA	Anguilla		Anguillan|Anguillans
ALB	Albania	Republic of Albania	Albanian|Albanians	Tirana
AND	Andorra	Principality of Andorra	Andorran|Andorrans	Andorra la Vella
ARE	United Arab Emirates	UAE|U.A.E.|the Emirates	Emirati|Emiratis	Abu Dhabi
ARG	Argentina	Argentine Republic	Argentine|Argentines|Argentinian|Argentinians|Argentinean|Argentineans	Buenos Aires|Casa Rosada
ARM	Armenia	Republic of Armenia	Armenian|Armenians	Yerevan
ASM	American Samoa		American Samoan|American Samoans	Pago Pago
ATG	Antigua and Barbuda	Antigua	Antiguan|Antiguans|Barbudan|Barbudans
AUS	Australia	Commonwealth of Australia	Australian|Australians|Aussie|Aussies	Canberra
AUT	Austria	Republic of Austria	Austrian|Austrians	Vienna|Hofburg|Ballhausplatz
AZE	Azerbaijan	Republic of Azerbaijan	Azerbaijani|Azerbaijanis|Azeri|Azeris	Baku
BDI	Burundi	Republic of Burundi	Burundian|Burundians	Gitega|Bujumbura
BEL	Belgium	Kingdom of Belgium	Belgian|Belgians
BEN	Benin	Republic of Benin	Beninese	Porto-Novo|Cotonou
BFA	Burkina Faso	Burkina|Upper Volta	Burkinabe|Burkinabè	Ouagadougou
BGD	Bangladesh	People's Republic of Bangladesh	Bangladeshi|Bangladeshis	Dhaka|Dacca
BGR	Bulgaria	Republic of Bulgaria	Bulgarian|Bulgarians
BHR	Bahrain	Kingdom of Bahrain	Bahraini|Bahrainis	Manama
BHS	Bahamas	The Bahamas|Commonwealth of The Bahamas	Bahamian|Bahamians	Nassau
BIH	Bosnia and Herzegovina	Bosnia|Bosnia-Herzegovina|Bosnia & Herzegovina|BiH	Bosnian|Bosnians	Sarajevo
BLR	Belarus	Republic of Belarus|Byelorussia|Belorussia	Belarusian|Belarusians|Belarussian|Belarussians	Minsk
BLZ	Belize		Belizean|Belizeans	Belmopan
BMU	Bermuda		Bermudian|Bermudians|Bermudan
BOL	Bolivia	Plurinational State of Bolivia	Bolivian|Bolivians	La Paz|Sucre
BRA	Brazil	Federative Republic of Brazil|Brasil	Brazilian|Brazilians	Brasilia|Brasília|Planalto|Planalto Palace	Sao Paulo|São Paulo|Rio de Janeiro
BRB	Barbados		Barbadian|Barbadians|Bajan|Bajans	Bridgetown
BRN	Brunei	Brunei Darussalam|Nation of Brunei	Bruneian|Bruneians	Bandar Seri Begawan
BTN	Bhutan	Kingdom of Bhutan	Bhutanese	Thimphu
BWA	Botswana	Republic of Botswana	Motswana|Batswana|Botswanan|Botswanans	Gaborone
CAF	Central African Republic	CAR|Centrafrique	Central African|Central Africans	Bangui
CAN	Canada		Canadian|Canadians	Ottawa|Parliament Hill
CHE	Switzerland	Swiss Confederation	Swiss	Bern|Berne
CHL	Chile	Republic of Chile	Chilean|Chileans	Santiago|La Moneda
CHN	China	People's Republic of China|PRC|Mainland China	Chinese	Beijing|Zhongnanhai|Peking	Shanghai|Shenzhen|Guangzhou|Wuhan|Tianjin|Tibet|Xinjiang
CIV	Ivory Coast	Côte d'Ivoire|Cote d'Ivoire|Côte d’Ivoire|Republic of Côte d'Ivoire|Republic of Cote d'Ivoire	Ivorian|Ivorians	Yamoussoukro|Abidjan
CMR	Cameroon	Republic of Cameroon	Cameroonian|Cameroonians	Yaoundé|Yaounde
COD	Democratic Republic of the Congo	DR Congo|DRC|D.R. Congo|Democratic Republic of Congo|Congo-Kinshasa|DR of Congo|Zaire	Congolese	Kinshasa
COG	Republic of the Congo	Congo-Brazzaville|Congo Republic|Republic of Congo		Brazzaville
COK	Cook Islands	the Cook Islands	Cook Islander|Cook Islanders	Avarua
COL	Colombia	Republic of Colombia	Colombian|Colombians	Bogotá|Casa de Nariño|Bogota|Casa de Narino
COM	Comoros	Union of the Comoros|the Comoros	Comoran|Comorian|Comorians
CPV	Cape Verde	Cabo Verde|Republic of Cabo Verde	Cape Verdean|Cape Verdeans|Cabo Verdean|Cabo Verdeans	Praia
CRI	Costa Rica	Republic of Costa Rica	Costa Rican|Costa Ricans
CUB	Cuba	Republic of Cuba	Cuban|Cubans	Havana
CUW	Curaçao	Curacao	Curaçaoan|Curacaoan	Willemstad
CYM	Cayman Islands	the Cayman Islands|Caymans	Caymanian|Caymanians
CYP	Cyprus	Republic of Cyprus	Cypriot|Cypriots	Nicosia
CZE	Czech Republic	Czechia	Czech|Czechs	Prague
DEU	Germany	Federal Republic of Germany|Deutschland|FRG	German|Germans	Berlin	Munich|Hamburg|Frankfurt
DJI	Djibouti	Republic of Djibouti	Djiboutian|Djiboutians
DMA	Dominica	Commonwealth of Dominica		Roseau
DNK	Denmark	Kingdom of Denmark	Danish|Dane|Danes	Copenhagen|Christiansborg
DOM	Dominican Republic		Dominican|Dominicans	Santo Domingo
DZA	Algeria	People's Democratic Republic of Algeria	Algerian|Algerians	Algiers
ECU	Ecuador	Republic of Ecuador	Ecuadorian|Ecuadorians|Ecuadorean|Ecuadoreans	Quito|Carondelet Palace
EGY	Egypt	Arab Republic of Egypt	Egyptian|Egyptians	Cairo	Alexandria|Sharm el-Sheikh
ERI	Eritrea	State of Eritrea	Eritrean|Eritreans	Asmara
ESH	Western Sahara	Sahrawi Arab Democratic Republic|SADR	Sahrawi|Sahrawis|Saharawi|Saharawis
ESP	Spain	Kingdom of Spain|España|Espana	Spanish|Spaniard|Spaniards	Madrid|Moncloa|La Moncloa
EST	Estonia	Republic of Estonia	Estonian|Estonians	Tallinn|Toompea
ETH	Ethiopia	Federal Democratic Republic of Ethiopia	Ethiopian|Ethiopians	Addis Ababa
FIN	Finland	Republic of Finland|Suomi	Finnish|Finn|Finns	Helsinki
FJI	Fiji	Republic of Fiji	Fijian|Fijians	Suva
FLK	Falkland Islands	Falklands|the Falklands|Malvinas|Islas Malvinas	Falkland Islander|Falkland Islanders|Falklander|Falklanders
FRA	France	French Republic	French|Frenchman|Frenchmen|Frenchwoman|Frenchwomen	Paris|the Elysee|Elysee|Élysée|the Élysée|Elysee Palace|Élysée Palace|Matignon	Marseille|Lyon
FRO	Faroe Islands	Faroes|the Faroes|Faeroe Islands	Faroese	Tórshavn|Torshavn
FSM	Micronesia	Federated States of Micronesia	Micronesian|Micronesians	Palikir
GAB	Gabon	Gabonese Republic	Gabonese	Libreville
GBR	United Kingdom	Great Britain|Britain|UK|U.K.|United Kingdom of Great Britain and Northern Ireland|the United Kingdom	British|Briton|Britons|Brit|Brits	London|Downing Street|10 Downing Street|Number 10|No 10|No. 10|Whitehall	Manchester|Birmingham|Belfast|Edinburgh
GEO	Georgia	Sakartvelo	Georgian|Georgians	Tbilisi
GHA	Ghana	Republic of Ghana	Ghanaian|Ghanaians	Accra
GIB	Gibraltar		Gibraltarian|Gibraltarians
GIN	Guinea	Republic of Guinea|Guinea-Conakry	Guinean|Guineans	Conakry
GLP	Guadeloupe		Guadeloupean|Guadeloupeans	Basse-Terre
GMB	Gambia	The Gambia|Republic of The Gambia	Gambian|Gambians	Banjul
GNB	Guinea-Bissau	Guinea Bissau|Republic of Guinea-Bissau	Bissau-Guinean|Bissau-Guineans	Bissau
GNQ	Equatorial Guinea	Republic of Equatorial Guinea	Equatorial Guinean|Equatorial Guineans|Equatoguinean|Equatoguineans	Malabo
GRC	Greece	Hellenic Republic|Hellas	Greek|Greeks	Athens|Maximos Mansion
GRD	Grenada		Grenadian|Grenadians
GRL	Greenland	Kalaallit Nunaat	Greenlandic|Greenlander|Greenlanders	Nuuk
GTM	Guatemala	Republic of Guatemala	Guatemalan|Guatemalans	Guatemala City
GUF	French Guiana	Guyane	French Guianese
GUM	Guam		Guamanian|Guamanians	Hagåtña|Hagatna
GUY	Guyana	Co-operative Republic of Guyana	Guyanese
HKG	Hong Kong	Hong Kong SAR|Hong Kong Special Administrative Region|HKSAR	Hong Konger|Hong Kongers|Hongkonger|Hongkongers
HND	Honduras	Republic of Honduras	Honduran|Hondurans	Tegucigalpa
HRV	Croatia	Republic of Croatia|Hrvatska	Croatian|Croatians|Croat|Croats	Zagreb
HTI	Haiti	Republic of Haiti	Haitian|Haitians	Port-au-Prince
HUN	Hungary	Magyarország|Magyarorszag	Hungarian|Hungarians	Budapest
IDN	Indonesia	Republic of Indonesia	Indonesian|Indonesians	Jakarta
IMN	Isle of Man		Manx
IND	India	Republic of India|Bharat	Indian|Indians	New Delhi|South Block|Raisina Hill	Mumbai|Kolkata|Chennai|Bangalore|Bengaluru|Hyderabad|Srinagar|Pahalgam
IOT	British Indian Ocean Territory	Chagos Islands|Chagos Archipelago	Chagossian|Chagossians
IRL	Ireland	Republic of Ireland|Éire|Eire	Irish|Irishman|Irishmen|Irishwoman	Dublin
IRN	Iran	Islamic Republic of Iran|Persia	Iranian|Iranians	Tehran|Teheran	Isfahan|Esfahan|Mashhad|Tabriz|Shiraz
IRQ	Iraq	Republic of Iraq	Iraqi|Iraqis	Baghdad	Mosul|Basra|Kirkuk|Erbil|Fallujah|Tikrit
ISL	Iceland		Icelandic|Icelander|Icelanders	Reykjavík|Reykjavik
ISR	Israel	State of Israel	Israeli|Israelis	Jerusalem	Tel Aviv|Haifa|Eilat
ITA	Italy	Italian Republic|Italia	Italian|Italians	Rome|Palazzo Chigi
JAM	Jamaica		Jamaican|Jamaicans
JOR	Jordan	Hashemite Kingdom of Jordan	Jordanian|Jordanians	Amman
JPN	Japan	Nippon	Japanese	Tokyo	Osaka|Hiroshima
KAZ	Kazakhstan	Republic of Kazakhstan|Qazaqstan	Kazakh|Kazakhs|Kazakhstani|Kazakhstanis	Astana|Nur-Sultan|Akorda
KEN	Kenya	Republic of Kenya	Kenyan|Kenyans	Nairobi
KGZ	Kyrgyzstan	Kyrgyz Republic|Kirghizia	Kyrgyz|Kyrgyzstani|Kyrgyzstanis	Bishkek
KHM	Cambodia	Kingdom of Cambodia|Kampuchea	Cambodian|Cambodians|Khmer	Phnom Penh
KIR	Kiribati	Republic of Kiribati	I-Kiribati	Tarawa|South Tarawa
KNA	Saint Kitts and Nevis	St Kitts and Nevis|St. Kitts and Nevis|St Kitts	Kittitian|Kittitians|Nevisian|Nevisians	Basseterre
KOR	South Korea	Republic of Korea|ROK|S. Korea|S Korea	South Korean|South Koreans	Seoul|Blue House|Cheong Wa Dae|Yongsan	Busan
KWT	Kuwait	State of Kuwait	Kuwaiti|Kuwaitis	Kuwait City
LAO	Laos	Lao PDR|Lao People's Democratic Republic	Lao|Laotian|Laotians	Vientiane
LBN	Lebanon	Lebanese Republic	Lebanese	Beirut|Baabda
LBR	Liberia	Republic of Liberia	Liberian|Liberians	Monrovia
LBY	Libya	State of Libya	Libyan|Libyans	Tripoli	Benghazi|Misrata
LCA	Saint Lucia	St Lucia|St. Lucia	Saint Lucian|Saint Lucians|St Lucian	Castries
LIE	Liechtenstein	Principality of Liechtenstein	Liechtensteiner|Liechtensteiners	Vaduz
LKA	Sri Lanka	Democratic Socialist Republic of Sri Lanka|Ceylon	Sri Lankan|Sri Lankans	Colombo
LSO	Lesotho	Kingdom of Lesotho	Basotho|Mosotho	Maseru
LTU	Lithuania	Republic of Lithuania	Lithuanian|Lithuanians	Vilnius
LUX	Luxembourg	Grand Duchy of Luxembourg	Luxembourger|Luxembourgers|Luxembourgish
LVA	Latvia	Republic of Latvia	Latvian|Latvians	Riga
MAC	Macau	Macao|Macau SAR|Macao SAR	Macanese
MAR	Morocco	Kingdom of Morocco	Moroccan|Moroccans	Rabat
MCO	Monaco	Principality of Monaco	Monégasque|Monegasque
MDA	Moldova	Republic of Moldova	Moldovan|Moldovans	Chișinău|Chisinau|Kishinev
MDG	Madagascar	Republic of Madagascar	Malagasy	Antananarivo
MDV	Maldives	the Maldives|Republic of Maldives	Maldivian|Maldivians
MEX	Mexico	United Mexican States|México	Mexican|Mexicans	Mexico City|Los Pinos|Palacio Nacional
MHL	Marshall Islands	Republic of the Marshall Islands|the Marshall Islands	Marshallese	Majuro
MKD	North Macedonia	Macedonia|Republic of North Macedonia|FYROM|Former Yugoslav Republic of Macedonia	Macedonian|Macedonians|North Macedonian|North Macedonians	Skopje
MLI	Mali	Republic of Mali	Malian|Malians	Bamako
MLT	Malta	Republic of Malta	Maltese	Valletta
MMR	Myanmar	Burma|Republic of the Union of Myanmar	Burmese	Naypyidaw|Naypyitaw|Nay Pyi Taw
MNE	Montenegro	Crna Gora	Montenegrin|Montenegrins	Podgorica
MNG	Mongolia		Mongolian|Mongolians	Ulaanbaatar|Ulan Bator
MNP	Northern Mariana Islands	Northern Marianas|CNMI		Saipan
MOZ	Mozambique	Republic of Mozambique	Mozambican|Mozambicans	Maputo
MRT	Mauritania	Islamic Republic of Mauritania	Mauritanian|Mauritanians	Nouakchott
MSR	Montserrat		Montserratian|Montserratians
MTQ	Martinique		Martinican|Martinicans	Fort-de-France
MUS	Mauritius	Republic of Mauritius	Mauritian|Mauritians	Port Louis
MWI	Malawi	Republic of Malawi	Malawian|Malawians	Lilongwe
MYS	Malaysia		Malaysian|Malaysians	Kuala Lumpur|Putrajaya
MYT	Mayotte		Mahoran|Mahorans	Mamoudzou
NAM	Namibia	Republic of Namibia	Namibian|Namibians	Windhoek
NCL	New Caledonia	Nouvelle-Calédonie|Kanaky|Nouvelle-Caledonie	New Caledonian|New Caledonians	Nouméa|Noumea
NER	Niger	Republic of the Niger|Republic of Niger	Nigerien|Nigeriens	Niamey
NGA	Nigeria	Federal Republic of Nigeria	Nigerian|Nigerians	Abuja|Aso Rock|Aso Villa	Kano|Maiduguri
NIC	Nicaragua	Republic of Nicaragua	Nicaraguan|Nicaraguans	Managua
NIU	Niue		Niuean|Niueans	Alofi
NLD	Netherlands	the Netherlands|Holland|Kingdom of the Netherlands	Dutch|Dutchman|Dutchmen|Dutchwoman	Amsterdam
NOR	Norway	Kingdom of Norway	Norwegian|Norwegians	Oslo
NPL	Nepal	Federal Democratic Republic of Nepal	Nepali|Nepalis|Nepalese	Kathmandu|Singha Durbar
NRU	Nauru	Republic of Nauru	Nauruan|Nauruans	Yaren
NZL	New Zealand	Aotearoa|NZ	New Zealander|New Zealanders|Kiwi|Kiwis	Wellington
OMN	Oman	Sultanate of Oman	Omani|Omanis	Muscat
PAK	Pakistan	Islamic Republic of Pakistan	Pakistani|Pakistanis	Islamabad	Karachi|Lahore|Peshawar|Quetta|Rawalpindi
PAN	Panama	Republic of Panama	Panamanian|Panamanians
PER	Peru	Republic of Peru	Peruvian|Peruvians	Lima
PHL	Philippines	the Philippines|Republic of the Philippines	Filipino|Filipinos|Philippine	Manila|Malacañang|Malacañang Palace|Malacanang|Malacanang Palace
PLW	Palau	Republic of Palau	Palauan|Palauans	Ngerulmud
PNG	Papua New Guinea	PNG	Papua New Guinean|Papua New Guineans	Port Moresby
POL	Poland	Republic of Poland|Polska	Polish|Pole|Poles	Warsaw
PRI	Puerto Rico	Commonwealth of Puerto Rico	Puerto Rican|Puerto Ricans
PRK	North Korea	DPRK|Democratic People's Republic of Korea|N. Korea|N Korea	North Korean|North Koreans	Pyongyang
PRT	Portugal	Portuguese Republic	Portuguese	Lisbon
PRY	Paraguay	Republic of Paraguay	Paraguayan|Paraguayans	Asunción|Asuncion
PSE	Palestine	State of Palestine|Palestinian territories|Palestinian Territories|Occupied Palestinian Territory|occupied Palestinian territories|Palestinian territory|Gaza Strip|the Gaza Strip|Gaza|West Bank|the West Bank	Palestinian|Palestinians	Ramallah	Hebron|Jericho|Nablus|Jenin|Rafah|Khan Younis
PYF	French Polynesia	Polynésie française|Polynesie francaise	French Polynesian|French Polynesians	Papeete
QAT	Qatar	State of Qatar	Qatari|Qataris	Doha
REU	Réunion	La Réunion|Reunion|La Reunion	Réunionese|Reunionese
ROU	Romania	Rumania	Romanian|Romanians	Bucharest|Cotroceni
RUS	Russia	Russian Federation	Russian|Russians	Moscow|the Kremlin|Kremlin	Saint Petersburg|St. Petersburg|Kursk|Belgorod|Novosibirsk|Sochi|Kazan|Vladivostok|Rostov-on-Don|Murmansk|Chechnya|Dagestan
RWA	Rwanda	Republic of Rwanda	Rwandan|Rwandans	Kigali
SAU	Saudi Arabia	Kingdom of Saudi Arabia|KSA	Saudi|Saudis|Saudi Arabian|Saudi Arabians	Riyadh	Jeddah|Mecca
SDN	Sudan	Republic of the Sudan|the Sudan	Sudanese	Khartoum|Port Sudan	Omdurman|El Fasher|Darfur
SEN	Senegal	Republic of Senegal	Senegalese	Dakar
SGP	Singapore	Republic of Singapore	Singaporean|Singaporeans
SLB	Solomon Islands	the Solomon Islands|Solomons	Solomon Islander|Solomon Islanders	Honiara
SLE	Sierra Leone	Republic of Sierra Leone	Sierra Leonean|Sierra Leoneans	Freetown
SLV	El Salvador	Republic of El Salvador	Salvadoran|Salvadorans|Salvadorean|Salvadoreans	San Salvador
SMR	San Marino	Republic of San Marino	Sammarinese
SOM	Somalia	Federal Republic of Somalia	Somali|Somalis	Mogadishu|Villa Somalia
SRB	Serbia	Republic of Serbia	Serbian|Serbians|Serb|Serbs	Belgrade
SSD	South Sudan	Republic of South Sudan	South Sudanese	Juba
STP	São Tomé and Príncipe	Democratic Republic of São Tomé and Príncipe|Sao Tome and Principe|Democratic Republic of Sao Tome and Principe	Santomean|Santomeans
SUR	Suriname	Republic of Suriname|Surinam	Surinamese	Paramaribo
SVK	Slovakia	Slovak Republic	Slovak|Slovaks|Slovakian|Slovakians	Bratislava
SVN	Slovenia	Republic of Slovenia	Slovenian|Slovenians|Slovene|Slovenes	Ljubljana
SWE	Sweden	Kingdom of Sweden|Sverige	Swedish|Swede|Swedes	Stockholm|Rosenbad
SWZ	Eswatini	Swaziland|Kingdom of Eswatini	Swazi|Swazis|Emaswati	Mbabane|Lobamba
SYC	Seychelles	Republic of Seychelles|the Seychelles	Seychellois
SYR	Syria	Syrian Arab Republic	Syrian|Syrians	Damascus	Aleppo|Homs|Idlib|Raqqa|Latakia
TCA	Turks and Caicos Islands	Turks and Caicos
TCD	Chad	Republic of Chad	Chadian|Chadians	N'Djamena|Ndjamena
TGO	Togo	Togolese Republic	Togolese	Lomé|Lome
THA	Thailand	Kingdom of Thailand|Siam	Thai|Thais	Bangkok
TJK	Tajikistan	Republic of Tajikistan	Tajik|Tajiks|Tajikistani|Tajikistanis	Dushanbe
TKM	Turkmenistan		Turkmen|Turkmens|Turkmenistani	Ashgabat|Ashkhabad
TLS	Timor-Leste	East Timor|Democratic Republic of Timor-Leste	Timorese|East Timorese	Dili
TON	Tonga	Kingdom of Tonga	Tongan|Tongans	Nuku'alofa
TTO	Trinidad and Tobago	Trinidad|Republic of Trinidad and Tobago	Trinidadian|Trinidadians|Tobagonian|Tobagonians	Port of Spain
TUN	Tunisia	Republic of Tunisia	Tunisian|Tunisians	Tunis|Carthage Palace
TUR	Turkey	Türkiye|Turkiye|Republic of Türkiye|Republic of Turkey|Republic of Turkiye	Turkish|Turk|Turks	Ankara	Istanbul|Izmir|Antalya|Cizre|Diyarbakir
TUV	Tuvalu		Tuvaluan|Tuvaluans	Funafuti
TWN	Taiwan	Republic of China|ROC|Chinese Taipei|Formosa	Taiwanese	Taipei
TZA	Tanzania	United Republic of Tanzania	Tanzanian|Tanzanians	Dodoma|Dar es Salaam
UGA	Uganda	Republic of Uganda	Ugandan|Ugandans	Kampala
UKR	Ukraine	the Ukraine	Ukrainian|Ukrainians	Kyiv|Kiev|Bankova	Kharkiv|Odesa|Odessa|Lviv|Dnipro|Zaporizhzhia|Mariupol|Kherson|Donetsk|Luhansk|Bakhmut|Mykolaiv|Sumy|Avdiivka|Donbas|Crimea
URY	Uruguay	Oriental Republic of Uruguay	Uruguayan|Uruguayans	Montevideo
USA	United States	United States of America|U.S.|US|USA|U.S.A.|America|the United States	American|Americans	Washington|the White House|White House|Washington, D.C.|Washington D.C.|Washington DC	New York|Chicago|Miami|Houston|Boston|Seattle|San Francisco
UZB	Uzbekistan	Republic of Uzbekistan	Uzbek|Uzbeks|Uzbekistani|Uzbekistanis	Tashkent
VAT	Vatican	Holy See|the Holy See|Vatican City|the Vatican|Vatican City State
VCT	Saint Vincent and the Grenadines	St Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent	Vincentian|Vincentians	Kingstown
VEN	Venezuela	Bolivarian Republic of Venezuela	Venezuelan|Venezuelans	Caracas|Miraflores|Miraflores Palace
VGB	British Virgin Islands	BVI
VIR	U.S. Virgin Islands	US Virgin Islands|United States Virgin Islands|USVI
VNM	Vietnam	Viet Nam|Socialist Republic of Vietnam	Vietnamese	Hanoi	Ho Chi Minh City
VUT	Vanuatu	Republic of Vanuatu	Ni-Vanuatu	Port Vila
WSM	Samoa	Independent State of Samoa	Samoan|Samoans	Apia
XKX	Kosovo	Republic of Kosovo	Kosovar|Kosovars|Kosovan|Kosovans	Pristina|Prishtina|Priština
YEM	Yemen	Republic of Yemen	Yemeni|Yemenis	Sanaa|Sana'a|Aden	Hodeidah|Marib
ZAF	South Africa	Republic of South Africa|RSA	South African|South Africans	Pretoria|Union Buildings|Tshwane
ZMB	Zambia	Republic of Zambia	Zambian|Zambians	Lusaka
ZWE	Zimbabwe	Republic of Zimbabwe	Zimbabwean|Zimbabweans	Harare
"""#
