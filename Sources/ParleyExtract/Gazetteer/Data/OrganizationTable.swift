// Organisations: intergovernmental bodies, national government bodies, armed and political
// groups, NGOs, news media and a few companies. Facts, compiled by Parley.
// Columns (tab-separated): id, name, aliases, kind, sector, country.
// kind: organization | government | group. sector: GOV MIL LEG JUD COP REB OPP IGO NGO MED BUS
// CVL SPY PTY. country: ISO3 of a national body, group or outlet's home country; empty for
// international bodies. Aliases are separated by `|`.
let organizationTable = #"""
abu-nidal-organization	Abu Nidal Organization	Abu Nidal group|Fatah Revolutionary Council	group	REB	PSE
abu-sayyaf	Abu Sayyaf	Abu Sayyaf Group|ASG	group	REB	PHL
aeoi	Atomic Energy Organization of Iran	AEOI|Iran's Atomic Energy Organization	government	GOV	IRN
aes	Alliance of Sahel States	AES|Sahel alliance	organization	IGO	
afd	Alternative for Germany	AfD|Alternative für Deutschland|Alternative fur Deutschland	group	PTY	DEU
afp	Agence France-Presse	AFP|Agence France Presse	organization	MED	FRA
africa-corps	Africa Corps	Russian Africa Corps	group	MIL	RUS
african-union	African Union	AU|A.U.	organization	IGO	
ahrar-al-sham	Ahrar al-Sham	Ahrar ash-Sham	group	REB	SYR
akp	Justice and Development Party	AKP|AK Party	group	PTY	TUR
al-aqsa-martyrs-brigades	Al-Aqsa Martyrs' Brigades	al-Aqsa Martyrs Brigades|al-Aqsa Martyrs Brigade|Aqsa Martyrs Brigades	group	REB	PSE
al-arabiya	Al Arabiya	Al-Arabiya	organization	MED	SAU
al-jazeera	Al Jazeera	Al-Jazeera|Aljazeera	organization	MED	QAT
al-manar	Al-Manar	Al Manar	organization	MED	LBN
al-mayadeen	Al Mayadeen	Al-Mayadeen	organization	MED	LBN
al-monitor	Al-Monitor		organization	MED	USA
al-qaeda	al-Qaeda	al Qaeda|al-Qaida|al Qaida|Al-Qaeda	group	REB	
al-shabaab	al-Shabaab	al-Shabab|al Shabaab|Al-Shabaab|Harakat al-Shabaab al-Mujahideen	group	REB	SOM
amal-movement	Amal Movement		group	PTY	LBN
amisom	AMISOM	African Union Mission in Somalia	organization	IGO	
amnesty	Amnesty International		organization	NGO	
anadolu	Anadolu Agency	Anadolu	organization	MED	TUR
anc	African National Congress	ANC	group	PTY	ZAF
ani	ANI	Asian News International	organization	MED	IND
ansa	ANSA	Agenzia Nazionale Stampa Associata	organization	MED	ITA
ansar-dine	Ansar Dine	Ansar Eddine|Ansar al-Din	group	REB	MLI
anti-balaka	Anti-balaka		group	REB	CAF
ap	Associated Press	AP|The Associated Press	organization	MED	USA
apec	APEC	Asia-Pacific Economic Cooperation	organization	IGO	
app-pakistan	Associated Press of Pakistan	APP	organization	MED	PAK
aqap	al-Qaeda in the Arabian Peninsula	AQAP|al-Qaida in the Arabian Peninsula	group	REB	YEM
aqi	al-Qaeda in Iraq	AQI|al-Qaida in Iraq	group	REB	IRQ
aqim	al-Qaeda in the Islamic Maghreb	AQIM|al-Qaida in the Islamic Maghreb	group	REB	DZA
arab-league	Arab League	League of Arab States	organization	IGO	
arakan-army	Arakan Army		group	REB	MMR
asala	ASALA	Armenian Secret Army for the Liberation of Armenia	group	REB	ARM
asean	ASEAN	Association of Southeast Asian Nations|Association of South East Asian Nations	organization	IGO	
auc	AUC	United Self-Defense Forces of Colombia|United Self-Defence Forces of Colombia	group	REB	COL
aukus	AUKUS	AUKUS pact	organization	IGO	
aum-shinrikyo	Aum Shinrikyo	Aum Supreme Truth	group	REB	JPN
australian-defence-force	Australian Defence Force	ADF|Australian military	government	MIL	AUS
awami-league	Awami League	Bangladesh Awami League	group	PTY	BGD
axios	Axios		organization	MED	USA
badr-organization	Badr Organization	Badr Brigade|Badr Brigades|Badr Corps	group	REB	IRQ
baloch-liberation-army	Baloch Liberation Army	BLA	group	REB	PAK
bank-of-england	Bank of England	BoE	government	GOV	GBR
bank-of-japan	Bank of Japan	BOJ|BoJ	government	GOV	JPN
bank-of-russia	Bank of Russia	Central Bank of Russia|Russian central bank	government	GOV	RUS
barisan-nasional	Barisan Nasional		group	PTY	MYS
basij	Basij	Basij militia	government	MIL	IRN
batasuna	Batasuna	Herri Batasuna	group	PTY	ESP
baykar	Baykar		organization	BUS	TUR
bbc	BBC	British Broadcasting Corporation|BBC News	organization	MED	GBR
belta	BelTA	Belarusian Telegraph Agency	organization	MED	BLR
bjp	Bharatiya Janata Party	BJP	group	PTY	IND
bloomberg	Bloomberg	Bloomberg News	organization	MED	USA
bnd	BND	Federal Intelligence Service|German foreign intelligence service	government	SPY	DEU
bnp	Bangladesh Nationalist Party	BNP	group	PTY	BGD
boeing	Boeing		organization	BUS	USA
boko-haram	Boko Haram		group	REB	NGA
bp	BP	British Petroleum	organization	BUS	GBR
brazilian-foreign-ministry	Brazilian Foreign Ministry	Itamaraty|Brazil's Foreign Ministry	government	GOV	BRA
brics	BRICS	BRICS group|BRICS bloc	organization	IGO	
british-armed-forces	British armed forces	British military|British Army|British forces|British troops|Royal Navy|Royal Air Force|RAF	government	MIL	GBR
brothers-of-italy	Brothers of Italy	Fratelli d'Italia	group	PTY	ITA
btselem	B'Tselem		organization	NGO	ISR
bundesbank	Bundesbank	Deutsche Bundesbank	government	GOV	DEU
bundesrat	Bundesrat		government	LEG	DEU
bundestag	Bundestag	German parliament|German Bundestag	government	LEG	DEU
bundeswehr	Bundeswehr	German armed forces|German military|German army	government	MIL	DEU
cambodian-peoples-party	Cambodian People's Party		group	PTY	KHM
canadian-armed-forces	Canadian Armed Forces	Canadian military|Canadian Forces	government	MIL	CAN
care-international	CARE International		organization	NGO	
caricom	CARICOM	Caribbean Community	organization	IGO	
caritas	Caritas	Caritas Internationalis	organization	NGO	
cbc	CBC News	CBC|Canadian Broadcasting Corporation	organization	MED	CAN
cbs-news	CBS News	CBS	organization	MED	USA
ccp	Communist Party of China	Chinese Communist Party|CCP|CPC|Communist Party of China Central Committee	government	GOV	CHN
cctv	CCTV	China Central Television	organization	MED	CHN
cdu	Christian Democratic Union	CDU|CDU/CSU	group	PTY	DEU
celac	CELAC	Community of Latin American and Caribbean States	organization	IGO	
centcom	U.S. Central Command	CENTCOM|US Central Command|Central Command	government	MIL	USA
central-military-commission	Central Military Commission	CMC|China's Central Military Commission	government	MIL	CHN
cgtn	CGTN	China Global Television Network	organization	MED	CHN
china-coast-guard	China Coast Guard	Chinese coast guard|CCG	government	MIL	CHN
chinese-defence-ministry	Chinese Defence Ministry	Chinese Defense Ministry|China's Defence Ministry|China's Defense Ministry|Ministry of National Defense of China	government	MIL	CHN
chinese-foreign-ministry	Chinese Foreign Ministry	China's Foreign Ministry|Ministry of Foreign Affairs of China|Chinese Ministry of Foreign Affairs|Foreign Ministry of China	government	GOV	CHN
chp	Republican People's Party	CHP	group	PTY	TUR
cia	CIA	Central Intelligence Agency	government	SPY	USA
cis	Commonwealth of Independent States	CIS	organization	IGO	
cjeu	Court of Justice of the European Union	CJEU|European Court of Justice|ECJ	organization	JUD	
cndp	CNDP	National Congress for the Defence of the People|National Congress for the Defense of the People	group	REB	COD
cnn	CNN	Cable News Network	organization	MED	USA
coalition-provisional-authority	Coalition Provisional Authority	CPA	government	GOV	USA
cogat	COGAT	Coordinator of Government Activities in the Territories	government	MIL	ISR
comecon	Comecon	Council for Mutual Economic Assistance|CMEA	organization	IGO	
commonwealth	Commonwealth of Nations	the Commonwealth	organization	IGO	
communist-party-of-cuba	Communist Party of Cuba	Cuban Communist Party	government	GOV	CUB
contras	Contras	Contra rebels|Nicaraguan Resistance	group	REB	NIC
council-of-europe	Council of Europe	CoE	organization	IGO	
cpi-maoist	Communist Party of India (Maoist)	CPI (Maoist)|CPI-Maoist|Naxalites|Naxals	group	REB	IND
cpj	Committee to Protect Journalists	CPJ	organization	NGO	
cpn-maoist	Communist Party of Nepal (Maoist)	CPN (Maoist)|CPN-Maoist|CPN-M	group	REB	NPL
cpsu	Communist Party of the Soviet Union	CPSU|Soviet Communist Party	government	GOV	RUS
crisis-group	International Crisis Group	Crisis Group|ICG	organization	NGO	
csto	CSTO	Collective Security Treaty Organization|Collective Security Treaty Organisation	organization	IGO	
ctbto	CTBTO	Comprehensive Nuclear-Test-Ban Treaty Organization	organization	IGO	
dawa-party	Dawa Party	Islamic Dawa Party|Daawa Party	group	PTY	IRQ
der-spiegel	Der Spiegel	Spiegel	organization	MED	DEU
derg	Derg	Dergue	government	GOV	ETH
deutsche-welle	Deutsche Welle	DW	organization	MED	DEU
dfat	Department of Foreign Affairs and Trade	DFAT|Australian Department of Foreign Affairs and Trade	government	GOV	AUS
dflp	Democratic Front for the Liberation of Palestine	DFLP	group	REB	PSE
dgse	DGSE	General Directorate for External Security	government	SPY	FRA
dpa	Deutsche Presse-Agentur	dpa|DPA	organization	MED	DEU
dpp	Democratic Progressive Party	DPP	group	PTY	TWN
dup	Democratic Unionist Party	DUP	group	PTY	GBR
eac	East African Community	EAC	organization	IGO	
eaeu	Eurasian Economic Union	EAEU|EEU	organization	IGO	
ecb	European Central Bank	ECB	organization	IGO	
eccc	Extraordinary Chambers in the Courts of Cambodia	ECCC|Khmer Rouge tribunal	organization	JUD	
echr	European Court of Human Rights	ECHR|ECtHR|Strasbourg court	organization	JUD	
ecomog	ECOMOG	ECOWAS Monitoring Group|ECOWAS Ceasefire Monitoring Group	organization	IGO	
economist	The Economist		organization	MED	GBR
ecowas	ECOWAS	Economic Community of West African States	organization	IGO	
eeas	European External Action Service	EEAS|EU diplomatic service	organization	IGO	
efe	EFE	Agencia EFE	organization	MED	ESP
egyptian-armed-forces	Egyptian armed forces	Egyptian army|Egyptian military	government	MIL	EGY
egyptian-foreign-ministry	Egyptian Foreign Ministry	Egypt's Foreign Ministry|Egyptian Ministry of Foreign Affairs	government	GOV	EGY
eln	ELN	Ejército de Liberación Nacional	group	REB	COL
ennahda	Ennahda	Ennahdha|Ennahda Party|Ennahda movement	group	PTY	TUN
eplf	Eritrean People's Liberation Front	EPLF	group	REB	ERI
eprdf	EPRDF	Ethiopian People's Revolutionary Democratic Front	group	PTY	ETH
eta	ETA	Euskadi Ta Askatasuna	group	REB	ESP
eu	European Union	EU|E.U.|the European Union|the EU	organization	IGO	
eu-commission	European Commission	EU Commission|E.U. Commission|European Union Commission	organization	IGO	
eu-council	Council of the European Union	Council of the EU|EU Council|EU Council of Ministers	organization	IGO	
eucom	U.S. European Command	EUCOM|US European Command	government	MIL	USA
euronews	Euronews		organization	MED	
european-community	European Community	EC|European Communities|European Economic Community|EEC|Common Market	organization	IGO	
european-council	European Council		organization	IGO	
european-parliament	European Parliament	EU Parliament|E.U. Parliament|Europarliament	organization	LEG	
europol	Europol	European Union Agency for Law Enforcement Cooperation	organization	COP	
ezln	Zapatista Army of National Liberation	EZLN|Zapatistas|Zapatista rebels	group	REB	MEX
fanmi-lavalas	Fanmi Lavalas	Lavalas|Lavalas Family	group	PTY	HTI
fao	Food and Agriculture Organization	FAO|UN Food and Agriculture Organization|U.N. Food and Agriculture Organization	organization	IGO	
farc	FARC	Revolutionary Armed Forces of Colombia|FARC-EP	group	REB	COL
fars	Fars News Agency	Fars	organization	MED	IRN
fatah	Fatah	Fatah movement	group	PTY	PSE
fbi	FBI	Federal Bureau of Investigation	government	COP	USA
fdlr	FDLR	Democratic Forces for the Liberation of Rwanda	group	REB	RWA
federal-reserve	Federal Reserve	the Fed|U.S. Federal Reserve|US Federal Reserve|Federal Reserve Board	government	GOV	USA
federation-council	Federation Council	Russian Federation Council|Russia's Federation Council	government	LEG	RUS
fidesz	Fidesz		group	PTY	HUN
fifa	FIFA	Fédération Internationale de Football Association|Federation Internationale de Football Association	organization	NGO	
financial-times	Financial Times	FT	organization	MED	GBR
fis	Islamic Salvation Front	FIS	group	PTY	DZA
fln	FLN	Front de Libération Nationale	group	PTY	DZA
fmln	FMLN	Farabundo Martí National Liberation Front	group	PTY	SLV
fnl-burundi	National Forces of Liberation	FNL|Palipehutu-FNL	group	REB	BDI
fnla	FNLA	National Front for the Liberation of Angola	group	REB	AGO
forza-italia	Forza Italia		group	PTY	ITA
fox-news	Fox News	Fox News Channel	organization	MED	USA
france-24	France 24		organization	MED	FRA
free-patriotic-movement	Free Patriotic Movement	FPM	group	PTY	LBN
free-syrian-army	Free Syrian Army	FSA	group	REB	SYR
frelimo	FRELIMO	Mozambique Liberation Front	group	PTY	MOZ
french-armed-forces	French armed forces	French military|French army|French forces|French troops	government	MIL	FRA
french-armed-forces-ministry	French Ministry of the Armed Forces	French Armed Forces Ministry|French Defence Ministry|French Defense Ministry|French Ministry of Defence	government	MIL	FRA
french-foreign-ministry	French Foreign Ministry	Quai d'Orsay|French Ministry for Europe and Foreign Affairs|French Ministry of Foreign Affairs|France's Foreign Ministry	government	GOV	FRA
french-national-assembly	French National Assembly	Assemblée nationale|Assemblee nationale	government	LEG	FRA
french-senate	French Senate		government	LEG	FRA
fretilin	Fretilin	Revolutionary Front for an Independent East Timor	group	PTY	TLS
frontex	Frontex	European Border and Coast Guard Agency	organization	IGO	
fsb	FSB	Federal Security Service|Russian Federal Security Service	government	SPY	RUS
fsln	Sandinista National Liberation Front	FSLN|Sandinistas|Sandinista Front	group	PTY	NIC
funcinpec	FUNCINPEC		group	PTY	KHM
future-movement	Future Movement	Future Party|Tayyar al-Mustaqbal	group	PTY	LBN
g20	G20	Group of 20|Group of Twenty|G-20	organization	IGO	
g7	G7	Group of Seven|G-7|G7 nations	organization	IGO	
g77	Group of 77	G77|G-77	organization	IGO	
g8	G8	Group of Eight|G-8	organization	IGO	
gam	Free Aceh Movement	GAM|Gerakan Aceh Merdeka	group	REB	IDN
gatt	GATT	General Agreement on Tariffs and Trade	organization	IGO	
gaza-health-ministry	Gaza Health Ministry	Gaza's Health Ministry|Gaza health authorities|Hamas-run health ministry|Health Ministry in Gaza	government	GOV	PSE
gazprom	Gazprom		organization	BUS	RUS
gcc	Gulf Cooperation Council	GCC|Cooperation Council for the Arab States of the Gulf	organization	IGO	
gchq	GCHQ	Government Communications Headquarters	government	SPY	GBR
german-chancellery	German Chancellery	Federal Chancellery|Kanzleramt	government	GOV	DEU
german-defence-ministry	German Defence Ministry	German Defense Ministry|Federal Ministry of Defence|Germany's Defence Ministry|Germany's Defense Ministry	government	MIL	DEU
german-foreign-office	German Foreign Office	German Foreign Ministry|Auswärtiges Amt|Germany's Foreign Ministry|Federal Foreign Office|Auswartiges Amt	government	GOV	DEU
gia	Armed Islamic Group	GIA	group	REB	DZA
global-affairs-canada	Global Affairs Canada	Canadian Foreign Ministry	government	GOV	CAN
global-times	Global Times		organization	MED	CHN
global-witness	Global Witness		organization	NGO	
golkar	Golkar	Golkar Party	group	PTY	IDN
grand-national-assembly	Grand National Assembly of Turkey	Turkish parliament|TBMM|Grand National Assembly	government	LEG	TUR
greenpeace	Greenpeace	Greenpeace International	organization	NGO	
grey-wolves	Grey Wolves	Bozkurtlar	group	REB	TUR
gru	GRU	Russian military intelligence|Main Intelligence Directorate of the Russian General Staff	government	SPY	RUS
guardian	The Guardian		organization	MED	GBR
haaretz	Haaretz		organization	MED	ISR
hamas	Hamas	Islamic Resistance Movement|Harakat al-Muqawama al-Islamiya	group	REB	PSE
haqqani-network	Haqqani network		group	REB	AFG
hdz	Croatian Democratic Union	HDZ	group	PTY	HRV
hezb-e-islami	Hezb-e-Islami	Hizb-i-Islami|Hezb-i-Islami|Hizb-e-Islami	group	REB	AFG
hezbollah	Hezbollah	Hizbollah|Hizballah|Hezbollah movement	group	REB	LBN
hong-kong-government	Hong Kong government	HKSAR Government|Hong Kong SAR government	government	GOV	HKG
house-of-commons	House of Commons	British House of Commons|UK House of Commons	government	LEG	GBR
house-of-lords	House of Lords	British House of Lords|UK House of Lords	government	LEG	GBR
houthis	Houthis	Houthi|Ansar Allah|Ansarallah|Houthi rebels|Houthi movement|Houthi militia	group	REB	YEM
hrw	Human Rights Watch	HRW|Helsinki Watch	organization	NGO	
hts	Hayat Tahrir al-Sham	HTS|Hay'at Tahrir al-Sham|Tahrir al-Sham	group	REB	SYR
huawei	Huawei	Huawei Technologies	organization	BUS	CHN
hur	HUR	GUR|Main Intelligence Directorate of Ukraine|Defence Intelligence of Ukraine|Ukrainian military intelligence|Ukraine's military intelligence	government	SPY	UKR
iaea	International Atomic Energy Agency	IAEA|UN nuclear watchdog|U.N. nuclear watchdog|UN atomic watchdog|U.N. atomic watchdog	organization	IGO	
icbl	International Campaign to Ban Landmines	ICBL	organization	NGO	
icc	International Criminal Court	ICC	organization	JUD	
icj	International Court of Justice	ICJ|World Court	organization	JUD	
icrc	International Committee of the Red Cross	ICRC|Red Cross	organization	NGO	
ictr	International Criminal Tribunal for Rwanda	ICTR|Rwanda tribunal	organization	JUD	
icty	International Criminal Tribunal for the former Yugoslavia	ICTY|UN war crimes tribunal|U.N. war crimes tribunal|Yugoslav war crimes tribunal|Hague tribunal	organization	JUD	
idf	Israel Defense Forces	IDF|Israel Defence Forces|Israeli Defense Forces|Israeli military|Israeli army|Israeli forces|Israeli troops|Tsahal	government	MIL	ISR
iea	International Energy Agency	IEA	organization	IGO	
ifrc	IFRC	International Federation of Red Cross and Red Crescent Societies	organization	NGO	
igad	IGAD	Intergovernmental Authority on Development	organization	IGO	
ilo	International Labour Organization	ILO|International Labor Organization|International Labour Organisation	organization	IGO	
imf	International Monetary Fund	IMF	organization	IGO	
indian-armed-forces	Indian armed forces	Indian Army|Indian military|Indian Air Force|Indian Navy	government	MIL	IND
indian-defence-ministry	Indian Defence Ministry	Indian Defense Ministry|India's Defence Ministry|Indian Ministry of Defence	government	MIL	IND
indian-mea	Indian Ministry of External Affairs	Ministry of External Affairs|MEA|External Affairs Ministry|India's Ministry of External Affairs|Indian foreign ministry	government	GOV	IND
indian-national-congress	Indian National Congress	Congress party|INC	group	PTY	IND
indopacom	U.S. Indo-Pacific Command	INDOPACOM|US Indo-Pacific Command	government	MIL	USA
inkatha	Inkatha Freedom Party	IFP|Inkatha	group	PTY	ZAF
interahamwe	Interahamwe		group	REB	RWA
interfax	Interfax		organization	MED	RUS
interpol	Interpol	International Criminal Police Organization|INTERPOL	organization	COP	
ioc	International Olympic Committee	IOC	organization	NGO	
iom	International Organization for Migration	IOM|UN migration agency|U.N. migration agency	organization	IGO	
ira	Irish Republican Army	IRA|Provisional IRA|PIRA|Provisional Irish Republican Army	group	REB	GBR
iranian-armed-forces	Iranian armed forces	Iranian military|Iranian army|Artesh	government	MIL	IRN
iranian-foreign-ministry	Iranian Foreign Ministry	Iran's Foreign Ministry|Iranian Ministry of Foreign Affairs|Ministry of Foreign Affairs of Iran	government	GOV	IRN
iranian-red-crescent	Iranian Red Crescent	Iranian Red Crescent Society|Iran's Red Crescent	organization	NGO	IRN
iraqi-foreign-ministry	Iraqi Foreign Ministry	Iraq's Foreign Ministry|Iraqi Ministry of Foreign Affairs	government	GOV	IRQ
iraqi-republican-guard	Iraqi Republican Guard	Republican Guard of Iraq	government	MIL	IRQ
iraqi-security-forces	Iraqi Security Forces	Iraqi army|Iraqi military|Iraqi forces|ISF	government	MIL	IRQ
irc	International Rescue Committee	IRC	organization	NGO	
irgc	Islamic Revolutionary Guard Corps	IRGC|Revolutionary Guards|Revolutionary Guard|Iranian Revolutionary Guard Corps|Iran's Revolutionary Guards|Revolutionary Guard Corps	government	MIL	IRN
irna	IRNA	Islamic Republic News Agency	organization	MED	IRN
isaf	ISAF	International Security Assistance Force	organization	IGO	
isci	Supreme Islamic Iraqi Council	ISCI|SIIC|SCIRI|Supreme Council for the Islamic Revolution in Iraq	group	PTY	IRQ
isi	Inter-Services Intelligence	ISI	government	SPY	PAK
isis-k	Islamic State Khorasan Province	ISIS-K|ISKP|IS-K|Islamic State Khorasan	group	REB	AFG
islamic-courts-union	Islamic Courts Union	Union of Islamic Courts	group	REB	SOM
islamic-resistance-in-iraq	Islamic Resistance in Iraq		group	REB	IRQ
islamic-state	Islamic State	ISIS|ISIL|Daesh|Islamic State group|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria	group	REB	
isna	Iranian Students' News Agency	ISNA	organization	MED	IRN
ispr	Inter-Services Public Relations	ISPR	government	MIL	PAK
israel-supreme-court	Supreme Court of Israel	Israeli Supreme Court|Israel's Supreme Court|Israel Supreme Court	government	JUD	ISR
israeli-defence-ministry	Israeli Defence Ministry	Israeli Defense Ministry|Israel's Defense Ministry|Israel's Defence Ministry|Israeli Ministry of Defense	government	MIL	ISR
israeli-foreign-ministry	Israeli Foreign Ministry	Israel's Foreign Ministry|Israeli Ministry of Foreign Affairs|Ministry of Foreign Affairs of Israel	government	GOV	ISR
israeli-labor-party	Israeli Labor Party	Israel Labor Party|Avoda	group	PTY	ISR
iswap	Islamic State West Africa Province	ISWAP	group	REB	NGA
italian-foreign-ministry	Italian Foreign Ministry	Farnesina|Italy's Foreign Ministry	government	GOV	ITA
jaish-al-islam	Jaish al-Islam		group	REB	SYR
jaish-e-mohammed	Jaish-e-Mohammed	Jaish-e-Muhammad	group	REB	PAK
janjaweed	Janjaweed	Janjawid	group	REB	SDN
japanese-defence-ministry	Japanese Defence Ministry	Japanese Defense Ministry|Japan's Defense Ministry|Japan's Defence Ministry|Ministry of Defense of Japan	government	MIL	JPN
japanese-foreign-ministry	Japanese Foreign Ministry	Japan's Foreign Ministry|Ministry of Foreign Affairs of Japan|Japanese Ministry of Foreign Affairs	government	GOV	JPN
japanese-red-army	Japanese Red Army		group	REB	JPN
jem	Justice and Equality Movement	JEM	group	REB	SDN
jemaah-islamiyah	Jemaah Islamiyah	Jemaah Islamiah|JI	group	REB	IDN
jerusalem-post	The Jerusalem Post	Jerusalem Post	organization	MED	ISR
jna	Yugoslav People's Army	JNA|Yugoslav National Army	government	MIL	SRB
jnim	JNIM	Jama'at Nusrat al-Islam wal-Muslimin|Group for the Support of Islam and Muslims	group	REB	MLI
jordanian-foreign-ministry	Jordanian Foreign Ministry	Jordan's Foreign Ministry|Jordanian Ministry of Foreign Affairs	government	GOV	JOR
jsdf	Japan Self-Defense Forces	JSDF|Self-Defense Forces|Japanese military	government	MIL	JPN
justicialist-party	Justicialist Party	Peronist Party|Partido Justicialista	group	PTY	ARG
jvp	Janatha Vimukthi Peramuna	JVP	group	PTY	LKA
kadima	Kadima		group	PTY	ISR
kataeb	Kataeb Party	Kataeb|Phalange|Phalangists|Phalange Party	group	PTY	LBN
kataib-hezbollah	Kataib Hezbollah	Kata'ib Hezbollah|Kataib Hizbollah	group	REB	IRQ
kcna	KCNA	Korean Central News Agency	organization	MED	PRK
kdp	Kurdistan Democratic Party	KDP	group	PTY	IRQ
kfor	KFOR	Kosovo Force	organization	IGO	
kgb	KGB	Committee for State Security	government	SPY	RUS
khmer-rouge	Khmer Rouge		group	REB	KHM
kia	Kachin Independence Army	Kachin Independence Organisation|Kachin Independence Organization|KIO	group	REB	MMR
kla	Kosovo Liberation Army	KLA|UCK|UÇK	group	REB	XKX
kmt	Kuomintang	KMT	group	PTY	TWN
knesset	Knesset	Israeli parliament|Israel's parliament	government	LEG	ISR
knu	Karen National Union	KNU	group	REB	MMR
kommersant	Kommersant		organization	MED	RUS
kpa	Korean People's Army	KPA|North Korean military|North Korean army|North Korean troops	government	MIL	PRK
kprf	Communist Party of the Russian Federation	KPRF|Russian Communist Party	group	PTY	RUS
krg	Kurdistan Regional Government	KRG|Kurdistan Region government	government	GOV	IRQ
kyiv-independent	The Kyiv Independent	Kyiv Independent	organization	MED	UKR
kyodo	Kyodo News	Kyodo	organization	MED	JPN
lashkar-e-jhangvi	Lashkar-e-Jhangvi	LeJ	group	REB	PAK
lashkar-e-taiba	Lashkar-e-Taiba	Lashkar-e-Toiba	group	REB	PAK
ldk	Democratic League of Kosovo	LDK	group	PTY	XKX
ldp-japan	Liberal Democratic Party of Japan	LDP|Japan's Liberal Democratic Party	group	PTY	JPN
ldpr	LDPR	Liberal Democratic Party of Russia	group	PTY	RUS
le-monde	Le Monde		organization	MED	FRA
lebanese-armed-forces	Lebanese Armed Forces	Lebanese army|LAF|Lebanese military	government	MIL	LBN
lega-nord	Lega Nord	Northern League	group	PTY	ITA
legislative-yuan	Legislative Yuan	Taiwan's legislature|Taiwanese parliament	government	LEG	TWN
likud	Likud	Likud party	group	PTY	ISR
lna	Libyan National Army	LNA	group	MIL	LBY
lockheed-martin	Lockheed Martin		organization	BUS	USA
lok-sabha	Lok Sabha		government	LEG	IND
lra	Lord's Resistance Army	LRA	group	REB	UGA
ltte	Liberation Tigers of Tamil Eelam	LTTE|Tamil Tigers|Liberation Tigers	group	REB	LKA
lukoil	Lukoil		organization	BUS	RUS
lurd	LURD	Liberians United for Reconciliation and Democracy	group	REB	LBR
m19	M-19	19th of April Movement|April 19 Movement	group	REB	COL
m23	M23	March 23 Movement|M23 rebels	group	REB	COD
mahdi-army	Mahdi Army	Jaish al-Mahdi|Mehdi Army	group	REB	IRQ
mai-mai	Mai-Mai	Mai Mai|Mayi-Mayi	group	REB	COD
mainland-affairs-council	Mainland Affairs Council	MAC	government	GOV	TWN
majlis	Iranian Parliament	Majlis|Islamic Consultative Assembly|Iran's parliament	government	LEG	IRN
mas-bolivia	Movement for Socialism	MAS|Movimiento al Socialismo	group	PTY	BOL
mdc	Movement for Democratic Change	MDC	group	PTY	ZWE
mehr	Mehr News Agency	Mehr	organization	MED	IRN
mek	Mujahedin-e Khalq	MEK|MKO|PMOI|People's Mujahedin of Iran|People's Mojahedin Organization of Iran|Mojahedin-e Khalq|Mujahideen-e-Khalq	group	REB	IRN
memorial	Memorial Human Rights Centre		organization	NGO	RUS
mena	Middle East News Agency		organization	MED	EGY
menafn	MENAFN	Middle East North Africa Financial Network	organization	MED	
mend	Movement for the Emancipation of the Niger Delta	MEND	group	REB	NGA
mercosur	Mercosur	Mercosul|Southern Common Market	organization	IGO	
mexican-foreign-ministry	Mexican Foreign Ministry	Mexico's Foreign Ministry|Secretariat of Foreign Affairs|SRE	government	GOV	MEX
mi5	MI5		government	SPY	GBR
mi6	MI6	Secret Intelligence Service|SIS|British Secret Intelligence Service	government	SPY	GBR
middle-east-eye	Middle East Eye		organization	MED	GBR
middle-east-quartet	Middle East Quartet	Quartet on the Middle East	organization	IGO	
milf	Moro Islamic Liberation Front	MILF	group	REB	PHL
minustah	MINUSTAH	United Nations Stabilization Mission in Haiti	organization	IGO	
mit	National Intelligence Organization	MİT|Turkish National Intelligence Organization|Turkish intelligence|Turkish intelligence agency	government	SPY	TUR
mlc	Movement for the Liberation of Congo	MLC	group	PTY	COD
mnla	MNLA	National Movement for the Liberation of Azawad	group	REB	MLI
mnlf	Moro National Liberation Front	MNLF	group	REB	PHL
montoneros	Montoneros		group	REB	ARG
monuc	MONUC	United Nations Organization Mission in the Democratic Republic of the Congo|United Nations Mission in the Democratic Republic of the Congo	organization	IGO	
monusco	MONUSCO	United Nations Organization Stabilization Mission in the Democratic Republic of the Congo	organization	IGO	
mossad	Mossad	Israeli intelligence agency Mossad	government	SPY	ISR
mpla	MPLA	Popular Movement for the Liberation of Angola	group	PTY	AGO
mqm	Muttahida Qaumi Movement	MQM	group	PTY	PAK
mrta	Tupac Amaru Revolutionary Movement	MRTA|Túpac Amaru Revolutionary Movement	group	REB	PER
msf	Doctors Without Borders	MSF|Médecins Sans Frontières|Medecins Sans Frontieres	organization	NGO	
mss	Ministry of State Security	MSS|China's Ministry of State Security	government	SPY	CHN
mujao	MUJAO	Movement for Oneness and Jihad in West Africa|Movement for Unity and Jihad in West Africa	group	REB	MLI
muslim-brotherhood	Muslim Brotherhood	Muslim Brothers	group	OPP	EGY
nabu	National Anti-Corruption Bureau of Ukraine	NABU	government	COP	UKR
naftogaz	Naftogaz	Naftogaz of Ukraine	organization	BUS	UKR
national-assembly-korea	National Assembly of South Korea	South Korean National Assembly|South Korea's National Assembly	government	LEG	KOR
national-assembly-pakistan	National Assembly of Pakistan	Pakistan's National Assembly	government	LEG	PAK
national-diet	National Diet	Japanese parliament|Japan's parliament|Japanese Diet	government	LEG	JPN
national-rally	National Rally	Rassemblement National|National Front|Front National	group	PTY	FRA
nato	NATO	North Atlantic Treaty Organization|North Atlantic Treaty Organisation|North Atlantic Alliance|OTAN	organization	IGO	
nbc-news	NBC News	NBC	organization	MED	USA
ndtv	NDTV		organization	MED	IND
nepali-congress	Nepali Congress		group	PTY	NPL
new-democracy	New Democracy	Nea Dimokratia	group	PTY	GRC
new-york-times	The New York Times	New York Times|NYT	organization	MED	USA
newsweek	Newsweek		organization	MED	USA
nhk	NHK	Japan Broadcasting Corporation	organization	MED	JPN
nikkei	Nikkei	Nikkei Asia	organization	MED	JPN
nis	National Intelligence Service	NIS|South Korean intelligence|South Korea's spy agency	government	SPY	KOR
nld	National League for Democracy	NLD	group	PTY	MMR
non-aligned-movement	Non-Aligned Movement	NAM|Nonaligned Movement|Non-Aligned Nations	organization	IGO	
north-korean-foreign-ministry	North Korean Foreign Ministry	North Korea's Foreign Ministry	government	GOV	PRK
northern-alliance	Northern Alliance	United Islamic Front	group	REB	AFG
npa-philippines	New People's Army	NPA	group	REB	PHL
npc	National People's Congress	NPC|China's National People's Congress|Chinese parliament	government	LEG	CHN
npfl	National Patriotic Front of Liberia	NPFL	group	REB	LBR
npr	NPR	National Public Radio	organization	MED	USA
nrc	Norwegian Refugee Council	NRC	organization	NGO	
nsa-us	National Security Agency	NSA	government	SPY	USA
nscn	NSCN	National Socialist Council of Nagaland|NSCN-IM	group	REB	IND
ntc-libya	National Transitional Council	NTC	government	GOV	LBY
nug	National Unity Government	NUG|Myanmar's National Unity Government	group	OPP	MMR
nusra-front	Nusra Front	al-Nusra Front|Jabhat al-Nusra|Jabhat Fateh al-Sham	group	REB	SYR
nvidia	Nvidia	NVIDIA	organization	BUS	USA
oas	Organization of American States	OAS	organization	IGO	
oau	Organization of African Unity	OAU|Organisation of African Unity	organization	IGO	
ocha	OCHA	UN Office for the Coordination of Humanitarian Affairs|United Nations Office for the Coordination of Humanitarian Affairs|UN humanitarian office|U.N. humanitarian office|UN aid office	organization	IGO	
odni	Office of the Director of National Intelligence	ODNI	government	SPY	USA
oecd	OECD	Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development	organization	IGO	
ohchr	UN Human Rights Office	OHCHR|Office of the UN High Commissioner for Human Rights|Office of the United Nations High Commissioner for Human Rights|UN human rights office|U.N. human rights office	organization	IGO	
oic	Organisation of Islamic Cooperation	OIC|Organization of Islamic Cooperation|Organisation of the Islamic Conference|Organization of the Islamic Conference	organization	IGO	
olf	Oromo Liberation Front	OLF	group	REB	ETH
onlf	Ogaden National Liberation Front	ONLF	group	REB	ETH
opcw	Organisation for the Prohibition of Chemical Weapons	OPCW|Organization for the Prohibition of Chemical Weapons|chemical weapons watchdog	organization	IGO	
opec	OPEC	Organization of the Petroleum Exporting Countries|Organisation of the Petroleum Exporting Countries	organization	IGO	
opec-plus	OPEC+	OPEC Plus|OPEC-plus	organization	IGO	
opm	Free Papua Movement	OPM|Organisasi Papua Merdeka	group	REB	IDN
osce	OSCE	Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe|Organisation for Security and Co-operation in Europe|CSCE|Conference on Security and Co-operation in Europe|Conference on Security and Cooperation in Europe	organization	IGO	
oxfam	Oxfam	Oxfam International	organization	NGO	
pacific-islands-forum	Pacific Islands Forum		organization	IGO	
pakistan-army	Pakistan Army	Pakistani army|Pakistani military|Pakistan Armed Forces|Pakistani armed forces	government	MIL	PAK
pakistan-foreign-office	Pakistan Foreign Office	Pakistani Foreign Office|Pakistan's Foreign Office|Pakistani Foreign Ministry|Ministry of Foreign Affairs of Pakistan	government	GOV	PAK
palestine-red-crescent	Palestine Red Crescent Society	Palestinian Red Crescent|Palestinian Red Crescent Society|PRCS	organization	NGO	PSE
palestinian-authority	Palestinian Authority	PA|Palestinian National Authority|PNA	government	GOV	PSE
palestinian-islamic-jihad	Palestinian Islamic Jihad	PIJ|Islamic Jihad|Islamic Jihad movement	group	REB	PSE
pan-mexico	National Action Party	PAN	group	PTY	MEX
party-of-regions	Party of Regions		group	PTY	UKR
pasok	PASOK	Panhellenic Socialist Movement	group	PTY	GRC
pathet-lao	Pathet Lao		group	REB	LAO
pboc	People's Bank of China	PBOC|PBoC|Chinese central bank	government	GOV	CHN
pca	Permanent Court of Arbitration	PCA	organization	JUD	
pdp-nigeria	Peoples Democratic Party	PDP	group	PTY	NGA
peace-now	Peace Now		organization	NGO	ISR
peoples-daily	People's Daily		organization	MED	CHN
peshmerga	Peshmerga	Kurdish Peshmerga	government	MIL	IRQ
petra	Petra News Agency	Jordan News Agency	organization	MED	JOR
pif	Public Investment Fund	PIF|Saudi Public Investment Fund	organization	BUS	SAU
pis	Law and Justice	PiS|Law and Justice party	group	PTY	POL
pkk	Kurdistan Workers' Party	PKK|Kurdistan Workers Party	group	REB	TUR
pla	People's Liberation Army	PLA|Chinese military|Chinese People's Liberation Army|PLA Navy	government	MIL	CHN
plo	Palestine Liberation Organization	PLO|Palestine Liberation Organisation	government	GOV	PSE
plo-pflp	Popular Front for the Liberation of Palestine	PFLP	group	REB	PSE
pmf	Popular Mobilization Forces	PMF|Popular Mobilisation Forces|Popular Mobilization Units|PMU|Hashd al-Shaabi	government	MIL	IRQ
pml-n	Pakistan Muslim League-Nawaz	PML-N	group	PTY	PAK
polisario	Polisario Front	Polisario|Frente Polisario	group	REB	ESH
polish-foreign-ministry	Polish Foreign Ministry	Poland's Foreign Ministry|Polish Ministry of Foreign Affairs	government	GOV	POL
politico	Politico		organization	MED	USA
ppp	Pakistan Peoples Party	PPP|Pakistan People's Party	group	PTY	PAK
prd-mexico	Party of the Democratic Revolution	PRD	group	PTY	MEX
press-tv	Press TV	PressTV	organization	MED	IRN
pri-mexico	Institutional Revolutionary Party	PRI	group	PTY	MEX
progressive-socialist-party	Progressive Socialist Party	PSP	group	PTY	LBN
psoe	PSOE	Spanish Socialist Workers' Party|Spanish Socialist Party	group	PTY	ESP
psuv	PSUV	United Socialist Party of Venezuela	group	PTY	VEN
pti	PTI	Press Trust of India	organization	MED	IND
pti-party	Pakistan Tehreek-e-Insaf	Tehreek-e-Insaf|Pakistan Tehrik-e-Insaf	group	PTY	PAK
puk	Patriotic Union of Kurdistan	PUK	group	PTY	IRQ
qassam-brigades	Qassam Brigades	Izz ad-Din al-Qassam Brigades|al-Qassam Brigades|Ezzedine al-Qassam Brigades|Izz el-Deen al-Qassam Brigades	group	REB	PSE
qatari-foreign-ministry	Qatari Foreign Ministry	Qatar's Foreign Ministry|Qatari Ministry of Foreign Affairs	government	GOV	QAT
qna	Qatar News Agency	QNA	organization	MED	QAT
quad	Quadrilateral Security Dialogue	the Quad|Quad grouping	organization	IGO	
quds-force	Quds Force	IRGC Quds Force|Qods Force	government	MIL	IRN
rajya-sabha	Rajya Sabha		government	LEG	IND
raw	Research and Analysis Wing	R&AW|RAW	government	SPY	IND
rcd	Rally for Congolese Democracy	RCD	group	REB	COD
rcmp	Royal Canadian Mounted Police	RCMP	government	COP	CAN
rdif	Russian Direct Investment Fund	RDIF	organization	BUS	RUS
real-ira	Real IRA	RIRA	group	REB	GBR
red-army	Red Army	Soviet Army|Soviet Red Army	government	MIL	RUS
red-army-faction	Red Army Faction	Baader-Meinhof|Baader-Meinhof Gang|Baader-Meinhof group	group	REB	DEU
red-brigades	Red Brigades	Brigate Rosse	group	REB	ITA
red-crescent	Red Crescent	International Red Crescent|Red Crescent Society	organization	NGO	
reform-uk	Reform UK		group	PTY	GBR
renamo	RENAMO	Mozambican National Resistance	group	REB	MOZ
reporters-without-borders	Reporters Without Borders	Reporters Sans Frontières|Reporters Sans Frontieres	organization	NGO	
reuters	Reuters	Thomson Reuters	organization	MED	GBR
rferl	Radio Free Europe/Radio Liberty	RFE/RL|Radio Free Europe|Radio Liberty	organization	MED	USA
rheinmetall	Rheinmetall		organization	BUS	DEU
ria-novosti	RIA Novosti	RIA	organization	MED	RUS
rosatom	Rosatom	Russian State Atomic Energy Corporation	organization	BUS	RUS
rosneft	Rosneft		organization	BUS	RUS
rpf	Rwandan Patriotic Front	RPF|Rwandese Patriotic Front	group	PTY	RWA
rsf	Rapid Support Forces	RSF	group	REB	SDN
rt	RT	Russia Today	organization	MED	RUS
rtx	RTX	Raytheon	organization	BUS	USA
ruc	Royal Ulster Constabulary	RUC	government	COP	GBR
ruf	Revolutionary United Front	RUF	group	REB	SLE
russian-defence-ministry	Russian Defence Ministry	Russian Defense Ministry|Russia's Defence Ministry|Russia's Defense Ministry|Russian Ministry of Defence|Russian Ministry of Defense|Ministry of Defence of the Russian Federation	government	MIL	RUS
russian-foreign-ministry	Russian Foreign Ministry	Russian Ministry of Foreign Affairs|MFA of Russia|Russia's Foreign Ministry|Foreign Ministry of Russia|Ministry of Foreign Affairs of the Russian Federation	government	GOV	RUS
russian-general-staff	Russian General Staff	General Staff of the Russian Armed Forces	government	MIL	RUS
russian-investigative-committee	Investigative Committee of Russia	Russian Investigative Committee	government	COP	RUS
russian-military	Russian armed forces	Russian military|Russian army|Russian forces|Russian troops|Armed Forces of the Russian Federation	government	MIL	RUS
russian-security-council	Security Council of Russia	Russian Security Council|Security Council of the Russian Federation	government	GOV	RUS
saarc	SAARC	South Asian Association for Regional Cooperation	organization	IGO	
sadc	SADC	Southern African Development Community	organization	IGO	
sadf	South African Defence Force	SADF|South African Defense Force	government	MIL	ZAF
sam-rainsy-party	Sam Rainsy Party	SRP	group	PTY	KHM
sana	Syrian Arab News Agency	SANA	organization	MED	SYR
saudi-aramco	Saudi Aramco	Aramco	organization	BUS	SAU
saudi-foreign-ministry	Saudi Foreign Ministry	Saudi Ministry of Foreign Affairs|Saudi Arabia's Foreign Ministry	government	GOV	SAU
saudi-led-coalition	Saudi-led coalition	Saudi-led military coalition|Arab coalition	group	MIL	SAU
save-the-children	Save the Children		organization	NGO	
sbu	SBU	Security Service of Ukraine|Ukrainian Security Service	government	SPY	UKR
scmp	South China Morning Post	SCMP	organization	MED	HKG
sco	Shanghai Cooperation Organisation	SCO|Shanghai Cooperation Organization	organization	IGO	
scsl	Special Court for Sierra Leone	SCSL	organization	JUD	
sda-bih	Party of Democratic Action	SDA	group	PTY	BIH
sdf	Syrian Democratic Forces	SDF	group	REB	SYR
sds-bih	Serbian Democratic Party	SDS	group	PTY	BIH
sejm	Sejm	Polish parliament	government	LEG	POL
seleka	Séléka		group	REB	CAF
sfor	SFOR	Stabilisation Force|Stabilization Force	organization	IGO	
shabiha	Shabiha		group	MIL	SYR
shin-bet	Shin Bet	Shabak|Israel Security Agency|Shin Bet security service	government	SPY	ISR
shining-path	Shining Path	Sendero Luminoso	group	REB	PER
shiv-sena	Shiv Sena		group	PTY	IND
sinn-fein	Sinn Féin	Sinn Fein	group	PTY	GBR
sipri	SIPRI	Stockholm International Peace Research Institute	organization	NGO	
sky-news	Sky News		organization	MED	GBR
slorc	SLORC	State Law and Order Restoration Council	government	GOV	MMR
snp	Scottish National Party	SNP	group	PTY	GBR
snsc	Supreme National Security Council	SNSC|Iran's Supreme National Security Council	government	GOV	IRN
sohr	Syrian Observatory for Human Rights	SOHR|Syrian Observatory	organization	NGO	SYR
solidarity-poland	Solidarity trade union	Solidarność|Solidarity union|Solidarity movement|Independent Self-Governing Trade Union Solidarity	group	CVL	POL
sons-of-iraq	Sons of Iraq	Awakening Councils|Anbar Awakening|Sahwa	group	MIL	IRQ
south-african-dirco	Department of International Relations and Cooperation	DIRCO|South African foreign ministry	government	GOV	ZAF
south-korean-defence-ministry	South Korean Defence Ministry	South Korean Defense Ministry|South Korea's Defense Ministry|Ministry of National Defense of South Korea	government	MIL	KOR
south-korean-foreign-ministry	South Korean Foreign Ministry	South Korea's Foreign Ministry|Ministry of Foreign Affairs of South Korea|Seoul's Foreign Ministry	government	GOV	KOR
south-korean-jcs	South Korean Joint Chiefs of Staff	South Korea's Joint Chiefs of Staff	government	MIL	KOR
south-lebanon-army	South Lebanon Army		group	REB	LBN
southern-transitional-council	Southern Transitional Council	STC	group	REB	YEM
spa	Saudi Press Agency	SPA	organization	MED	SAU
spacex	SpaceX	Starlink	organization	BUS	USA
spain-peoples-party	Partido Popular	PP|Spain's People's Party	group	PTY	ESP
spanish-foreign-ministry	Spanish Foreign Ministry	Spain's Foreign Ministry	government	GOV	ESP
spd	Social Democratic Party of Germany	SPD	group	PTY	DEU
spdc	SPDC	State Peace and Development Council	government	GOV	MMR
spla	Sudan People's Liberation Army	SPLA	group	REB	SDN
splm	Sudan People's Liberation Movement	SPLM|SPLM/A	group	PTY	SDN
splm-n	SPLM-N	Sudan People's Liberation Movement-North|SPLA-N	group	REB	SDN
sputnik	Sputnik	Sputnik News	organization	MED	RUS
stasi	Stasi	Ministry for State Security|East German secret police	government	SPY	DEU
state-duma	State Duma	Duma|Russian State Duma|Russian Duma	government	LEG	RUS
stl	Special Tribunal for Lebanon		organization	JUD	
straits-times	The Straits Times	Straits Times	organization	MED	SGP
sudan-liberation-army	Sudan Liberation Army	Sudan Liberation Movement|SLM|SLA/M|SLM/A	group	REB	SDN
sudanese-armed-forces	Sudanese Armed Forces	SAF|Sudanese army|Sudanese military	government	MIL	SDN
svr	SVR	Foreign Intelligence Service of Russia|Russian Foreign Intelligence Service	government	SPY	RUS
swapo	SWAPO	South West Africa People's Organisation|South West Africa People's Organization	group	PTY	NAM
syrian-arab-red-crescent	Syrian Arab Red Crescent	SARC|Syrian Red Crescent	organization	NGO	SYR
syrian-armed-forces	Syrian armed forces	Syrian army|Syrian Arab Army|Syrian military|Syrian government forces	government	MIL	SYR
syrian-foreign-ministry	Syrian Foreign Ministry	Syria's Foreign Ministry|Syrian Ministry of Foreign Affairs	government	GOV	SYR
syrian-national-army	Syrian National Army	SNA|Turkish-backed Syrian National Army	group	REB	SYR
syrian-national-coalition	National Coalition for Syrian Revolutionary and Opposition Forces	Syrian National Coalition|Syrian Opposition Coalition	group	OPP	SYR
syrian-national-council	Syrian National Council		group	OPP	SYR
taiwan-affairs-office	Taiwan Affairs Office	China's Taiwan Affairs Office|Taiwan Affairs Office of the State Council	government	GOV	CHN
taiwan-defence-ministry	Taiwanese Defence Ministry	Taiwan's Defense Ministry|Taiwan's Defence Ministry|Taiwanese Defense Ministry|Taiwan Ministry of National Defense	government	MIL	TWN
taiwan-foreign-ministry	Taiwanese Foreign Ministry	Taiwan's Foreign Ministry|Taiwan Ministry of Foreign Affairs	government	GOV	TWN
taliban	Taliban	the Taliban	group	REB	AFG
tasnim	Tasnim News Agency	Tasnim	organization	MED	IRN
tass	TASS	ITAR-TASS	organization	MED	RUS
tatmadaw	Tatmadaw	Myanmar military|Myanmar armed forces|Myanmar army|Burmese military|Myanmar junta	government	MIL	MMR
tesla	Tesla	Tesla Inc.	organization	BUS	USA
tfg-somalia	Transitional Federal Government	TFG|Somali Transitional Federal Government	government	GOV	SOM
the-hindu	The Hindu		organization	MED	IND
tiktok	TikTok	ByteDance	organization	BUS	CHN
times-of-india	The Times of India	Times of India	organization	MED	IND
times-of-israel	The Times of Israel	Times of Israel	organization	MED	ISR
tisza	Tisza	Tisza party	group	PTY	HUN
tonton-macoutes	Tonton Macoutes	Macoutes	government	MIL	HTI
tplf	Tigray People's Liberation Front	TPLF	group	REB	ETH
transparency-international	Transparency International		organization	NGO	
ttp	Tehrik-i-Taliban Pakistan	TTP|Pakistani Taliban|Tehreek-e-Taliban Pakistan	group	REB	PAK
tupamaros	Tupamaros		group	REB	URY
turkish-armed-forces	Turkish Armed Forces	Turkish military|Turkish army|Turkish forces|Turkish troops|TSK	government	MIL	TUR
turkish-defence-ministry	Turkish Defence Ministry	Turkish Defense Ministry|Turkey's Defence Ministry|Turkey's Defense Ministry|Turkish Ministry of National Defense	government	MIL	TUR
turkish-foreign-ministry	Turkish Foreign Ministry	Turkey's Foreign Ministry|Turkish Ministry of Foreign Affairs|Ministry of Foreign Affairs of Türkiye|Ministry of Foreign Affairs of Turkiye	government	GOV	TUR
turkish-red-crescent	Turkish Red Crescent	Kızılay|Kizilay	organization	NGO	TUR
uae-foreign-ministry	UAE Ministry of Foreign Affairs	UAE Foreign Ministry|Emirati Foreign Ministry	government	GOV	ARE
uda	Ulster Defence Association	UDA|Ulster Freedom Fighters|UFF	group	REB	GBR
uk-conservative-party	Conservative Party	Tories|Tory party	group	PTY	GBR
uk-foreign-office	UK Foreign Office	FCDO|Foreign, Commonwealth and Development Office|Foreign, Commonwealth & Development Office|British Foreign Office|Foreign and Commonwealth Office|FCO	government	GOV	GBR
uk-home-office	Home Office	UK Home Office|British Home Office	government	GOV	GBR
uk-labour-party	Labour Party	British Labour Party	group	PTY	GBR
uk-liberal-democrats	Liberal Democrats	Lib Dems	group	PTY	GBR
uk-ministry-of-defence	UK Ministry of Defence	British Ministry of Defence|UK Defence Ministry|British Defence Ministry|UK MoD	government	MIL	GBR
uk-treasury	HM Treasury	UK Treasury|British Treasury	government	GOV	GBR
ukraine-nsdc	National Security and Defense Council of Ukraine	NSDC|National Security and Defence Council of Ukraine|Ukraine's National Security and Defense Council	government	GOV	UKR
ukraine-presidential-office	Office of the President of Ukraine	Ukrainian Presidential Office|Ukraine's presidential office|Presidential Office of Ukraine	government	GOV	UKR
ukrainian-armed-forces	Armed Forces of Ukraine	Ukrainian armed forces|Ukrainian military|Ukrainian army|Ukrainian forces|Ukrainian troops|ZSU	government	MIL	UKR
ukrainian-defence-ministry	Ukrainian Defence Ministry	Ukrainian Defense Ministry|Ukraine's Defence Ministry|Ukraine's Defense Ministry|Ministry of Defence of Ukraine|Ministry of Defense of Ukraine	government	MIL	UKR
ukrainian-foreign-ministry	Ukrainian Foreign Ministry	Ukraine's Foreign Ministry|Ministry of Foreign Affairs of Ukraine|Ukrainian Ministry of Foreign Affairs|MFA of Ukraine	government	GOV	UKR
ukrainian-general-staff	General Staff of the Armed Forces of Ukraine	Ukrainian General Staff|Ukraine's General Staff	government	MIL	UKR
ukrainska-pravda	Ukrainska Pravda		organization	MED	UKR
ukrinform	Ukrinform		organization	MED	UKR
ulfa	ULFA	United Liberation Front of Asom|United Liberation Front of Assam	group	REB	IND
umno	UMNO	United Malays National Organisation|United Malays National Organization	group	PTY	MYS
un	United Nations	UN|U.N.|the United Nations	organization	IGO	
un-commission-on-human-rights	UN Commission on Human Rights	United Nations Commission on Human Rights|U.N. Commission on Human Rights|UNCHR	organization	IGO	
un-general-assembly	UN General Assembly	United Nations General Assembly|U.N. General Assembly|UNGA	organization	IGO	
un-human-rights-council	UN Human Rights Council	United Nations Human Rights Council|U.N. Human Rights Council|UNHRC|Human Rights Council	organization	IGO	
un-security-council	UN Security Council	United Nations Security Council|U.N. Security Council|Security Council|UNSC	organization	IGO	
un-women	UN Women	United Nations Entity for Gender Equality and the Empowerment of Women	organization	IGO	
unaids	UNAIDS	Joint United Nations Programme on HIV/AIDS	organization	IGO	
unamid	UNAMID	African Union-United Nations Hybrid Operation in Darfur	organization	IGO	
unamir	UNAMIR	United Nations Assistance Mission for Rwanda	organization	IGO	
undp	UN Development Programme	UNDP|United Nations Development Programme|United Nations Development Program	organization	IGO	
unep	UN Environment Programme	UNEP|United Nations Environment Programme	organization	IGO	
unesco	UNESCO	United Nations Educational, Scientific and Cultural Organization	organization	IGO	
unfpa	UN Population Fund	UNFPA|United Nations Population Fund	organization	IGO	
unhcr	UNHCR	UN Refugee Agency|UN refugee agency|U.N. refugee agency|United Nations High Commissioner for Refugees|Office of the United Nations High Commissioner for Refugees	organization	IGO	
unian	UNIAN		organization	MED	UKR
unicef	UNICEF	United Nations Children's Fund|UN Children's Fund	organization	IGO	
unifil	UNIFIL	United Nations Interim Force in Lebanon|UN Interim Force in Lebanon	organization	IGO	
unita	UNITA	National Union for the Total Independence of Angola	group	REB	AGO
united-russia	United Russia	United Russia party	group	PTY	RUS
unmik	UNMIK	United Nations Interim Administration Mission in Kosovo|UN Mission in Kosovo	organization	IGO	
unmiss	UNMISS	United Nations Mission in South Sudan|UN Mission in South Sudan	organization	IGO	
unmovic	UNMOVIC	United Nations Monitoring, Verification and Inspection Commission	organization	IGO	
unodc	UN Office on Drugs and Crime	UNODC|United Nations Office on Drugs and Crime	organization	IGO	
unosom	UNOSOM	United Nations Operation in Somalia	organization	IGO	
unprofor	UNPROFOR	United Nations Protection Force|UN Protection Force	organization	IGO	
unrwa	UNRWA	United Nations Relief and Works Agency|United Nations Relief and Works Agency for Palestine Refugees in the Near East|UN Relief and Works Agency|UN agency for Palestinian refugees|U.N. agency for Palestinian refugees	organization	IGO	
unscom	UNSCOM	United Nations Special Commission|UN Special Commission	organization	IGO	
untac	UNTAC	United Nations Transitional Authority in Cambodia	organization	IGO	
urng	URNG	Guatemalan National Revolutionary Unity	group	REB	GTM
us-army	U.S. Army	US Army|United States Army	government	MIL	USA
us-commerce-department	U.S. Commerce Department	Commerce Department|Department of Commerce|US Commerce Department	government	GOV	USA
us-congress	U.S. Congress	Congress|US Congress|United States Congress	government	LEG	USA
us-defense-department	Pentagon	the Pentagon|Department of Defense|Defense Department|U.S. Department of Defense|US Department of Defense|DoD|Department of War|War Department	government	MIL	USA
us-democratic-party	Democratic Party	Democrats	group	PTY	USA
us-dhs	Department of Homeland Security	DHS|Homeland Security Department|U.S. Department of Homeland Security	government	GOV	USA
us-house	U.S. House of Representatives	House of Representatives|US House of Representatives|U.S. House|US House	government	LEG	USA
us-justice-department	U.S. Justice Department	Justice Department|Department of Justice|DOJ|US Justice Department	government	GOV	USA
us-military	U.S. military	US military|U.S. armed forces|US armed forces|U.S. forces|US forces|American forces|U.S. troops|US troops	government	MIL	USA
us-navy	U.S. Navy	US Navy|United States Navy	government	MIL	USA
us-nsc	U.S. National Security Council	White House National Security Council|US National Security Council	government	GOV	USA
us-republican-party	Republican Party	GOP|Republicans	group	PTY	USA
us-senate	U.S. Senate	US Senate|United States Senate	government	LEG	USA
us-senate-foreign-relations	Senate Foreign Relations Committee	U.S. Senate Foreign Relations Committee	government	LEG	USA
us-state-department	U.S. State Department	State Department|Department of State|US State Department|U.S. Department of State|State Dept	government	GOV	USA
us-supreme-court	U.S. Supreme Court	US Supreme Court|United States Supreme Court|Supreme Court of the United States|SCOTUS	government	JUD	USA
us-treasury	U.S. Treasury Department	Treasury Department|US Treasury|U.S. Treasury|Department of the Treasury|Treasury Department's Office of Foreign Assets Control|OFAC	government	GOV	USA
usaid	USAID	U.S. Agency for International Development|US Agency for International Development|United States Agency for International Development	government	GOV	USA
ustr	Office of the U.S. Trade Representative	USTR|Office of the United States Trade Representative	government	GOV	USA
uvf	Ulster Volunteer Force	UVF	group	REB	GBR
uwsa	United Wa State Army	UWSA	group	REB	MMR
venezuelan-armed-forces	Venezuelan armed forces	Venezuelan military|FANB|Bolivarian National Armed Forces	government	MIL	VEN
verkhovna-rada	Verkhovna Rada	Rada|Ukrainian parliament|Ukraine's parliament|Parliament of Ukraine	government	LEG	UKR
viet-cong	Viet Cong	Vietcong	group	REB	VNM
voa	Voice of America	VOA	organization	MED	USA
wafa	WAFA	Palestinian News and Information Agency|Wafa news agency	organization	MED	PSE
wagner-group	Wagner Group	Wagner|PMC Wagner|Wagner PMC|Wagner mercenaries|Wagner private military company	group	REB	RUS
wall-street-journal	The Wall Street Journal	Wall Street Journal|WSJ	organization	MED	USA
wam	Emirates News Agency	WAM	organization	MED	ARE
warsaw-pact	Warsaw Pact	Warsaw Treaty Organization|Warsaw Treaty Organisation	organization	IGO	
washington-post	The Washington Post	Washington Post	organization	MED	USA
wfp	World Food Programme	WFP|World Food Program|UN World Food Programme|U.N. World Food Programme	organization	IGO	
white-helmets	White Helmets	Syria Civil Defence|Syrian Civil Defence	organization	NGO	SYR
who	World Health Organization	WHO|World Health Organisation	organization	IGO	
world-bank	World Bank	World Bank Group|IBRD	organization	IGO	
world-economic-forum	World Economic Forum	WEF	organization	NGO	
wpk	Workers' Party of Korea	WPK|North Korea's ruling party	government	GOV	PRK
wto	World Trade Organization	WTO|World Trade Organisation	organization	IGO	
wwf	WWF	World Wildlife Fund|World Wide Fund for Nature	organization	NGO	
xinhua	Xinhua	Xinhua News Agency	organization	MED	CHN
yisrael-beiteinu	Yisrael Beiteinu	Yisrael Beytenu|Israel Beiteinu	group	PTY	ISR
yonhap	Yonhap	Yonhap News Agency	organization	MED	KOR
ypg	People's Protection Units	YPG	group	REB	SYR
zanu-pf	ZANU-PF	ZANU|Zimbabwe African National Union|Zimbabwe African National Union-Patriotic Front	group	PTY	ZWE
"""#
