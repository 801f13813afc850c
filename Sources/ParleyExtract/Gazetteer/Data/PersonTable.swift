// People and the offices they held. Facts, compiled by Parley.
// Columns (tab-separated): name, aliases, country, office, sector, from, to.
// One row per (person, office term); aliases (`|`-separated) are given on the person's first row.
// country: ISO3, or the organisation id (see OrganizationTable) for officials of international
// bodies and non-state groups. from/to: YYYY-MM-DD or YYYY (year only when the day is uncertain);
// an empty `to` means still in office as of late 2025.
let personTable = #"""
A. K. Abdul Momen	AK Abdul Momen	BGD	Foreign Minister	GOV	2019-01-07	2024-01-11
Abbas Araghchi	Abbas Araqchi	IRN	Foreign Minister	GOV	2024-08-21	
Abbas Kamel		EGY	Director of the General Intelligence Service	SPY	2018	2024
Abdalla Hamdok	Abdallah Hamdok	SDN	Prime Minister	GOV	2019-08-21	2022-01-02
Abdallah Bou Habib	Abdullah Bou Habib	LBN	Foreign Minister	GOV	2021-09-10	2025-02-08
Abdel Fattah al-Burhan	Abdel-Fattah Burhan|Abdel Fattah Burhan	SDN	Commander of the Sudanese Armed Forces	MIL	2019	
Abdel Fattah al-Burhan		SDN	Chairman of the Sovereignty Council	GOV	2019-08-21	
Abdel Fattah el-Sisi	Abdel Fattah al-Sisi|Abdel-Fattah el-Sissi|Abdel Fattah Sisi|el-Sisi|al-Sisi	EGY	Defence Minister	GOV	2012-08-12	2014-03-26
Abdel Fattah el-Sisi		EGY	President	GOV	2014-06-08	
Abdelaziz Bouteflika		DZA	President	GOV	1999-04-27	2019-04-02
Abdelmadjid Tebboune		DZA	President	GOV	2019-12-19	
Abdolrahim Mousavi		IRN	Chief of Staff of the Armed Forces	MIL	2025-06-13	
Abdourahamane Tchiani	Abdourahamane Tiani	NER	Head of State	GOV	2023-07-26	
Abdrabbuh Mansur Hadi	Abd Rabbuh Mansour Hadi	YEM	President	GOV	2012-02-25	2022-04-07
Abdul Ghani Baradar	Mullah Baradar|Mullah Abdul Ghani Baradar	AFG	Acting Deputy Prime Minister (Taliban)	GOV	2021-09-07	
Abdul Hamid Dbeibah	Abdulhamid Dbeibah|Abdul Hamid al-Dbeibah	LBY	Prime Minister of the Government of National Unity	GOV	2021-03-15	
Abdul Latif Rashid	Abdul Latif Jamal Rashid	IRQ	President	GOV	2022-10-17	
Abdul-Malik al-Houthi	Abdul Malik al-Houthi	houthis	Leader of the Houthi Movement	REB	2004	
Abdulla Shahid		un-general-assembly	President of the UN General Assembly	IGO	2021-09-14	2022-09-13
Abdullah Abdullah		AFG	Chief Executive	GOV	2014-09-29	2020
Abdullah bin Abdulaziz	King Abdullah bin Abdulaziz|Abdullah bin Abdulaziz Al Saud	SAU	King	GOV	2005-08-01	2015-01-23
Abdullah bin Nasser Al Thani		QAT	Prime Minister	GOV	2013-06-26	2020-01-28
Abdullah bin Zayed	Abdullah bin Zayed Al Nahyan|Sheikh Abdullah bin Zayed	ARE	Foreign Minister	GOV	2006-02-09	
Abdullah Gül	Abdullah Gul	TUR	Foreign Minister	GOV	2003-03-14	2007-08-28
Abdullah Gül		TUR	President	GOV	2007-08-28	2014-08-28
Abdullah II	King Abdullah II|King Abdullah II of Jordan|Abdullah II bin Al-Hussein	JOR	King	GOV	1999-02-07	
Abdullah Öcalan	Abdullah Ocalan	pkk	Founder and Leader of the PKK	REB	1978	
Abdullatif bin Rashid Al Zayani	Abdullatif Al Zayani	BHR	Foreign Minister	GOV	2020-02-11	
Abhisit Vejjajiva		THA	Prime Minister	GOV	2008-12-17	2011-08-05
Abiy Ahmed	Abiy Ahmed Ali	ETH	Prime Minister	GOV	2018-04-02	
Abu Bakr al-Baghdadi		islamic-state	Leader of the Islamic State	REB	2010-05-16	2019-10-27
Achim Steiner		undp	Administrator of the UN Development Programme	IGO	2017-06-19	2025-06-15
Adam Boehler		USA	Special Presidential Envoy for Hostage Affairs	GOV	2025	
Adel al-Jubeir	Adel Al-Jubeir	SAU	Foreign Minister	GOV	2015-04-29	2018-12-27
Adel al-Jubeir		SAU	Minister of State for Foreign Affairs	GOV	2018-12-27	
Adil Abdul-Mahdi	Adel Abdul Mahdi	IRQ	Prime Minister	GOV	2018-10-25	2020-05-07
Adly Mansour		EGY	Interim President	GOV	2013-07-04	2014-06-08
Agnès Callamard	Agnes Callamard	amnesty	Secretary General of Amnesty International	NGO	2021-03-29	
Ahmed Aboul Gheit	Ahmed Abul Gheit|Ahmed Aboul-Gheit	EGY	Foreign Minister	GOV	2004	2011-03-06
Ahmed Aboul Gheit		arab-league	Secretary-General of the Arab League	IGO	2016-07-01	
Ahmed al-Sharaa	Ahmad al-Sharaa|Ahmed al-Shara|Abu Mohammed al-Jolani|Abu Mohammad al-Julani|Abu Muhammad al-Jawlani|al-Jolani|Jolani	hts	Leader of Hayat Tahrir al-Sham	REB	2017	2025-01-29
Ahmed al-Sharaa		SYR	De Facto Leader	GOV	2024-12-08	2025-01-29
Ahmed al-Sharaa		SYR	President	GOV	2025-01-29	
Ahmed Attaf		DZA	Foreign Minister	GOV	2023-03-16	
Ahmet Davutoğlu	Ahmet Davutoglu	TUR	Foreign Minister	GOV	2009-05-01	2014-08-28
Ahmet Davutoğlu		TUR	Prime Minister	GOV	2014-08-28	2016-05-24
Ajay Banga		world-bank	President of the World Bank	IGO	2023-06-02	
Ajit Doval		IND	National Security Adviser	GOV	2014-05-30	
Akhtar Mansour	Mullah Akhtar Mansour|Akhtar Mohammad Mansour	taliban	Supreme Leader of the Taliban	REB	2015-07-29	2016-05-21
Akihito	Emperor Akihito	JPN	Emperor	GOV	1989-01-07	2019-04-30
Alain Berset		council-of-europe	Secretary General of the Council of Europe	IGO	2024-09-18	
Alain Juppé	Alain Juppe	FRA	Foreign Minister	GOV	2011-02-27	2012-05-15
Alan Peter Cayetano		PHL	Foreign Secretary	GOV	2017-05-18	2018-10-17
Alar Karis		EST	President	GOV	2021-10-11	
Alassane Ouattara		CIV	President	GOV	2010-12-04	
Albert del Rosario		PHL	Foreign Secretary	GOV	2011-02-24	2016-03-07
Alberto Fernández	Alberto Fernandez	ARG	President	GOV	2019-12-10	2023-12-10
Albin Kurti		XKX	Prime Minister	GOV	2020-02-03	2020-06-03
Albin Kurti		XKX	Prime Minister	GOV	2021-03-22	
Alejandro Mayorkas		USA	Secretary of Homeland Security	GOV	2021-02-02	2025-01-20
Aleksandar Vučić	Aleksandar Vucic	SRB	Prime Minister	GOV	2014-04-27	2017-05-31
Aleksandar Vučić		SRB	President	GOV	2017-05-31	
Alexander Bortnikov	Aleksandr Bortnikov	RUS	Director of the FSB	SPY	2008-05-12	
Alexander De Croo		BEL	Prime Minister	GOV	2020-10-01	2025-02-03
Alexander Lukashenko	Alyaksandr Lukashenka|Aleksandr Lukashenko|Alexander Lukashenka	BLR	President	GOV	1994-07-20	
Alexander Schallenberg		AUT	Foreign Minister	GOV	2019-06-03	2021-10-11
Alexander Schallenberg		AUT	Chancellor	GOV	2021-10-11	2021-12-06
Alexander Schallenberg		AUT	Foreign Minister	GOV	2021-12-06	2025-03-03
Alexander Stubb		FIN	Prime Minister	GOV	2014-06-24	2015-05-29
Alexander Stubb		FIN	President	GOV	2024-03-01	
Alexander Van der Bellen		AUT	President	GOV	2017-01-26	
Alexandru Munteanu		MDA	Prime Minister	GOV	2025	
Alexei Likhachev	Alexey Likhachev	rosatom	Director General of Rosatom	BUS	2016-10-05	
Alexei Miller	Alexey Miller	gazprom	Chief Executive of Gazprom	BUS	2001-05-30	
Alexei Navalny	Alexey Navalny|Aleksei Navalny	RUS	Founder of the Anti-Corruption Foundation	OPP	2011	2024-02-16
Alexis Tsipras		GRC	Prime Minister	GOV	2015-01-26	2015-08-27
Alexis Tsipras		GRC	Prime Minister	GOV	2015-09-21	2019-07-08
Alexus Grynkewich	Alexus G. Grynkewich	nato	Supreme Allied Commander Europe	MIL	2025-07-01	
Ali Abdullah Saleh		YEM	President	GOV	1990-05-22	2012-02-25
Ali Akbar Ahmadian		IRN	Secretary of the Supreme National Security Council	GOV	2023-05-22	2025
Ali Akbar Salehi		IRN	Foreign Minister	GOV	2011-01-30	2013-08-15
Ali Akbar Salehi		IRN	Head of the Atomic Energy Organization	GOV	2013	2021
Ali Bagheri Kani	Ali Bagheri	IRN	Acting Foreign Minister	GOV	2024-05-20	2024-08-21
Ali Khamenei	Ayatollah Ali Khamenei|Ayatollah Khamenei|Sayyid Ali Khamenei|Ali Hosseini Khamenei	IRN	President	GOV	1981-10-13	1989-08-03
Ali Khamenei		IRN	Supreme Leader	GOV	1989-06-04	
Ali Larijani		IRN	Speaker of Parliament	LEG	2008-05-28	2020-05-28
Ali Larijani		IRN	Secretary of the Supreme National Security Council	GOV	2025	
Ali Shamkhani		IRN	Secretary of the Supreme National Security Council	GOV	2013-09-10	2023-05-22
Alice Weidel		DEU	Co-leader of Alternative for Germany	PTY	2022-06-18	
Alicia Bárcena	Alicia Barcena	MEX	Foreign Secretary	GOV	2023-07-03	2024-09-30
Aloysio Nunes	Aloysio Nunes Ferreira	BRA	Foreign Minister	GOV	2017-03-07	2018-12-31
Álvaro Uribe	Alvaro Uribe	COL	President	GOV	2002-08-07	2010-08-07
Amir Khan Muttaqi		AFG	Acting Foreign Minister (Taliban)	GOV	2021-09-07	
Amir Saeid Iravani		IRN	Ambassador to the United Nations	GOV	2021	
Amit Shah		IND	Home Minister	GOV	2019-05-30	
Amr Moussa		arab-league	Secretary-General of the Arab League	IGO	2001	2011-06-30
Ana Brnabić	Ana Brnabic	SRB	Prime Minister	GOV	2017-06-29	2024-05-02
Ana Brnabić		SRB	Speaker of the National Assembly	LEG	2024-05-02	
Anders Fogh Rasmussen		DNK	Prime Minister	GOV	2001-11-27	2009-04-05
Anders Fogh Rasmussen		nato	Secretary-General of NATO	IGO	2009-08-01	2014-09-30
Andrei Belousov	Andrey Belousov|Andrei Removich Belousov	RUS	First Deputy Prime Minister	GOV	2020-01-21	2024-05-14
Andrei Belousov		RUS	Defence Minister	GOV	2024-05-14	
Andrej Babiš	Andrej Babis	CZE	Prime Minister	GOV	2017-12-06	2021-12-17
Andrej Babiš		CZE	Prime Minister	GOV	2025	
Andrej Plenković	Andrej Plenkovic	HRV	Prime Minister	GOV	2016-10-19	
Andrés Manuel López Obrador	AMLO|Andres Manuel Lopez Obrador|López Obrador|Lopez Obrador	MEX	President	GOV	2018-12-01	2024-09-30
Andrii Sybiha	Andriy Sybiha|Andrii Sybiga|Andriy Sybiga	UKR	Foreign Minister	GOV	2024-09-05	
Andrius Kubilius		eu-commission	European Commissioner for Defence and Space	IGO	2024-12-01	
Andriy Yermak	Andrii Yermak|Andrei Yermak|Andriy Borysovych Yermak	UKR	Head of the Presidential Office	GOV	2020-02-11	2025-11-28
Andrzej Duda		POL	President	GOV	2015-08-06	2025-08-06
Angela Merkel	Angela Dorothea Merkel	DEU	Chancellor	GOV	2005-11-22	2021-12-08
Angela Rayner		GBR	Deputy Prime Minister	GOV	2024-07-05	2025-09-05
Angelino Alfano		ITA	Foreign Minister	GOV	2016-12-12	2018-06-01
Anita Anand		CAN	Defence Minister	GOV	2021-10-26	2023-07-26
Anita Anand		CAN	Foreign Minister	GOV	2025-05-13	
Ann Linde		SWE	Foreign Minister	GOV	2019-09-10	2022-10-18
Annalena Baerbock		DEU	Foreign Minister	GOV	2021-12-08	2025-05-06
Annalena Baerbock		un-general-assembly	President of the UN General Assembly	IGO	2025-09-09	
Annegret Kramp-Karrenbauer	AKK	DEU	Defence Minister	GOV	2019-07-17	2021-12-08
Anniken Huitfeldt		NOR	Foreign Minister	GOV	2021-10-14	2023-10-16
Anthony Albanese		AUS	Prime Minister	GOV	2022-05-23	
Anton Siluanov		RUS	Finance Minister	GOV	2011-09-26	
Anton Vaino		RUS	Chief of Staff of the Presidential Administration	GOV	2016-08-12	
António Costa	Antonio Costa	PRT	Prime Minister	GOV	2015-11-26	2024-04-02
António Costa		european-council	President of the European Council	IGO	2024-12-01	
António Guterres	Antonio Guterres|António Manuel de Oliveira Guterres|Antonio Manuel de Oliveira Guterres	PRT	Prime Minister	GOV	1995-10-28	2002-04-06
António Guterres		unhcr	UN High Commissioner for Refugees	IGO	2005-06-15	2015-12-31
António Guterres		un	Secretary-General of the United Nations	IGO	2017-01-01	
Antonio Patriota	Antônio Patriota	BRA	Foreign Minister	GOV	2011-01-01	2013-08-28
Antonio Tajani		european-parliament	President of the European Parliament	LEG	2017-01-17	2019-07-03
Antonio Tajani		ITA	Foreign Minister	GOV	2022-10-22	
Antonis Samaras		GRC	Prime Minister	GOV	2012-06-20	2015-01-26
Antony Blinken	Tony Blinken|Antony J. Blinken	USA	Secretary of State	GOV	2021-01-26	2025-01-20
Anura Kumara Dissanayake	Anura Kumara Dissanayaka|AKD	LKA	President	GOV	2024-09-23	
Anutin Charnvirakul		THA	Prime Minister	GOV	2025-09-07	
Anwaar-ul-Haq Kakar	Anwaar ul Haq Kakar	PAK	Caretaker Prime Minister	GOV	2023-08-14	2024-03-04
Anwar Gargash		ARE	Minister of State for Foreign Affairs	GOV	2008	2021
Anwar Gargash		ARE	Diplomatic Adviser to the President	GOV	2021	
Anwar Ibrahim		MYS	Prime Minister	GOV	2022-11-24	
Arancha González Laya	Arancha Gonzalez Laya	ESP	Foreign Minister	GOV	2020-01-13	2021-07-12
Ararat Mirzoyan		ARM	Foreign Minister	GOV	2021-08-19	
Ariel Henry		HTI	Prime Minister	GOV	2021-07-20	2024-04-25
Arif Alvi		PAK	President	GOV	2018-09-09	2024-03-10
Armen Sarkissian		ARM	President	GOV	2018-04-09	2022-02-01
Arseniy Yatsenyuk	Arseny Yatsenyuk|Arsenii Yatseniuk	UKR	Prime Minister	GOV	2014-02-27	2016-04-14
Asaad al-Shaibani	Asaad Hassan al-Shaibani|Asad al-Shibani|Asaad al-Shibani	SYR	Foreign Minister	GOV	2024-12-21	
Ash Carter	Ashton Carter	USA	Secretary of Defense	GOV	2015-02-17	2017-01-20
Ashfaq Parvez Kayani	Ashfaq Kayani	PAK	Chief of Army Staff	MIL	2007-11-28	2013-11-29
Ashraf Ghani	Mohammad Ashraf Ghani	AFG	President	GOV	2014-09-29	2021-08-15
Asif Ali Zardari		PAK	President	GOV	2008-09-09	2013-09-09
Asif Ali Zardari		PAK	President	GOV	2024-03-10	
Asim Munir	Syed Asim Munir|Field Marshal Asim Munir	PAK	Chief of Army Staff	MIL	2022-11-29	
Assimi Goïta	Assimi Goita	MLI	Transitional President	GOV	2021	
Aung San Suu Kyi	Suu Kyi	MMR	Foreign Minister	GOV	2016-03-30	2021-02-01
Aung San Suu Kyi		MMR	State Counsellor	GOV	2016-04-06	2021-02-01
Avigdor Lieberman	Avigdor Liberman	ISR	Foreign Minister	GOV	2009-03-31	2012-12-18
Avigdor Lieberman		ISR	Foreign Minister	GOV	2013-11-11	2015-05-14
Avigdor Lieberman		ISR	Defence Minister	GOV	2016-05-30	2018-11-14
Avigdor Lieberman		ISR	Finance Minister	GOV	2021-06-13	2022-12-29
Aviv Kochavi	Aviv Kohavi	ISR	Chief of the General Staff	MIL	2019-01-15	2023-01-16
Avril Haines		USA	Director of National Intelligence	SPY	2021-01-21	2025-01-20
Ayman al-Zawahiri	Ayman al-Zawahri	al-qaeda	Leader of al-Qaeda	REB	2011-06-16	2022-07-31
Ayman Safadi		JOR	Foreign Minister	GOV	2017-01-15	
Aziz Akhannouch		MAR	Prime Minister	GOV	2021-10-07	
Badr Abdelatty	Badr Abdel Aty|Badr Abdelaty	EGY	Foreign Minister	GOV	2024-07-03	
Badr Albusaidi	Badr al-Busaidi|Sayyid Badr Albusaidi	OMN	Foreign Minister	GOV	2020-08-18	
Baiba Braže	Baiba Braze	LVA	Foreign Minister	GOV	2024	
Ban Ki-moon	Ban Ki Moon	KOR	Foreign Minister	GOV	2004-01-17	2006-11-09
Ban Ki-moon		un	Secretary-General of the United Nations	IGO	2007-01-01	2016-12-31
Barack Obama	Barack Hussein Obama|President Obama	USA	U.S. Senator	LEG	2005-01-03	2008-11-16
Barack Obama		USA	President	GOV	2009-01-20	2017-01-20
Barham Salih	Barham Saleh	IRQ	President	GOV	2018-10-02	2022-10-17
Bart De Wever		BEL	Prime Minister	GOV	2025-02-03	
Bashar al-Assad	Bashar Assad|Bashar al-Asad|Bashar Hafez al-Assad	SYR	President	GOV	2000-07-17	2024-12-08
Bashar al-Jaafari	Bashar Jaafari	SYR	Ambassador to the United Nations	GOV	2006	2020
Bassirou Diomaye Faye		SEN	President	GOV	2024-04-02	
Beata Szydło	Beata Szydlo	POL	Prime Minister	GOV	2015-11-16	2017-12-11
Beate Meinl-Reisinger		AUT	Foreign Minister	GOV	2025-03-03	
Ben Bernanke	Ben S. Bernanke	USA	Chair of the Federal Reserve	GOV	2006-02-01	2014-01-31
Ben Wallace		GBR	Defence Secretary	GOV	2019-07-24	2023-08-31
Benigno Aquino III	Noynoy Aquino	PHL	President	GOV	2010-06-30	2016-06-30
Benjamin Netanyahu	Bibi Netanyahu|Binyamin Netanyahu|Bibi	ISR	Prime Minister	GOV	1996-06-18	1999-07-06
Benjamin Netanyahu		ISR	Prime Minister	GOV	2009-03-31	2021-06-13
Benjamin Netanyahu		ISR	Prime Minister	GOV	2022-12-29	
Benny Gantz	Benjamin Gantz	ISR	Chief of the General Staff	MIL	2011-02-14	2015-02-16
Benny Gantz		ISR	Defence Minister	GOV	2020-05-17	2022-12-29
Bernard Cazeneuve		FRA	Prime Minister	GOV	2016-12-06	2017-05-15
Bernard Kouchner		FRA	Foreign Minister	GOV	2007-05-18	2010-11-14
Bernardo Arévalo	Bernardo Arevalo	GTM	President	GOV	2024-01-15	
Bernie Sanders	Bernard Sanders	USA	U.S. Senator	LEG	2007-01-03	
Bert Koenders		NLD	Foreign Minister	GOV	2014-10-17	2017-10-26
Bezalel Smotrich		ISR	Finance Minister	GOV	2022-12-29	
Bhumibol Adulyadej	King Bhumibol	THA	King	GOV	1946-06-09	2016-10-13
Bidzina Ivanishvili		GEO	Prime Minister	GOV	2012-10-25	2013-11-20
Bilawal Bhutto Zardari	Bilawal Bhutto	PAK	Foreign Minister	GOV	2022-04-27	2023-08-10
Binali Yıldırım	Binali Yildirim	TUR	Prime Minister	GOV	2016-05-24	2018-07-09
Bisher Al-Khasawneh	Bisher al-Khasawneh	JOR	Prime Minister	GOV	2020-10-12	2024-09-15
Bob Carr		AUS	Foreign Minister	GOV	2012-03-13	2013-09-18
Bola Tinubu	Bola Ahmed Tinubu	NGA	President	GOV	2023-05-29	
Boyko Borisov	Boiko Borisov	BGR	Prime Minister	GOV	2009-07-27	2013-03-13
Boyko Borisov		BGR	Prime Minister	GOV	2014-11-07	2017-01-27
Boyko Borisov		BGR	Prime Minister	GOV	2017-05-04	2021-05-12
Børge Brende	Borge Brende	NOR	Foreign Minister	GOV	2013-10-16	2017-10-20
Børge Brende		world-economic-forum	President of the World Economic Forum	NGO	2017	
Boris Johnson	Alexander Boris de Pfeffel Johnson	GBR	Mayor of London	GOV	2008-05-04	2016-05-09
Boris Johnson		GBR	Foreign Secretary	GOV	2016-07-13	2018-07-09
Boris Johnson		GBR	Prime Minister	GOV	2019-07-24	2022-09-06
Boris Pistorius		DEU	Defence Minister	GOV	2023-01-19	
Boris Tadić	Boris Tadic	SRB	President	GOV	2004-07-11	2012-04-05
Brett McGurk		USA	Special Presidential Envoy for the Global Coalition to Counter ISIL	GOV	2015	2018-12-31
Brett McGurk		USA	White House Middle East Coordinator	GOV	2021-01-20	2025-01-20
Bronisław Komorowski	Bronislaw Komorowski	POL	President	GOV	2010-08-06	2015-08-06
Bruno Rodríguez Parrilla	Bruno Rodriguez|Bruno Rodríguez|Bruno Rodriguez Parrilla	CUB	Foreign Minister	GOV	2009-03-02	
Bui Thanh Son	Bùi Thanh Sơn	VNM	Foreign Minister	GOV	2021-04-08	
Carl Bildt		SWE	Foreign Minister	GOV	2006-10-06	2014-10-03
Carlos França	Carlos Alberto Franco França|Carlos Franca|Carlos Alberto Franco Franca	BRA	Foreign Minister	GOV	2021-04-06	2022-12-31
Carrie Lam	Carrie Lam Cheng Yuet-ngor	HKG	Chief Executive	GOV	2017-07-01	2022-06-30
Caspar Veldkamp		NLD	Foreign Minister	GOV	2024-07-02	2025-08-22
Catherine Ashton		eu	High Representative for Foreign Affairs and Security Policy	IGO	2009-12-01	2014-10-31
Catherine Colonna		FRA	Foreign Minister	GOV	2022-05-20	2024-01-11
Catherine Russell		unicef	Executive Director of UNICEF	IGO	2022-02-01	
Catherine Vautrin		FRA	Minister of the Armed Forces	GOV	2025-10-12	
Celso Amorim		BRA	Foreign Minister	GOV	2003-01-01	2010-12-31
Celso Amorim		BRA	Chief Adviser on International Affairs	GOV	2023-01-01	
Cevdet Yılmaz	Cevdet Yilmaz	TUR	Vice President	GOV	2023-06-03	
Charles III	King Charles III|King Charles|Prince Charles	GBR	King	GOV	2022-09-08	
Charles Michel		BEL	Prime Minister	GOV	2014-10-11	2019-10-27
Charles Michel		european-council	President of the European Council	IGO	2019-12-01	2024-11-30
Charles Q. Brown	CQ Brown|Charles Q. Brown Jr.	USA	Chairman of the Joint Chiefs of Staff	MIL	2023	2025-02-21
Chiu Kuo-cheng		TWN	Defence Minister	GOV	2021-02-23	2024-05-20
Cho Hyun		KOR	Foreign Minister	GOV	2025	
Cho Jung-tai		TWN	Premier	GOV	2024-05-20	
Cho Tae-yul		KOR	Foreign Minister	GOV	2024-01-11	2025
Choe Son Hui	Choe Son-hui|Choe Sun Hui	PRK	Foreign Minister	GOV	2022-06-11	
Choi Sang-mok		KOR	Acting President	GOV	2024-12-27	2025-03-24
Chris Hipkins		NZL	Prime Minister	GOV	2023-01-25	2023-11-27
Christian Lindner		DEU	Finance Minister	GOV	2021-12-08	2024-11-07
Christian Schmidt		BIH	High Representative for Bosnia and Herzegovina	IGO	2021-08-01	
Christian Stocker		AUT	Chancellor	GOV	2025-03-03	
Christian Wulff		DEU	President	GOV	2010-06-30	2012-02-17
Christine Lagarde		FRA	Finance Minister	GOV	2007-06-19	2011-06-29
Christine Lagarde		imf	Managing Director of the IMF	IGO	2011-07-05	2019-09-12
Christine Lagarde		ecb	President of the European Central Bank	IGO	2019-11-01	
Christine Lambrecht		DEU	Defence Minister	GOV	2021-12-08	2023-01-19
Christopher Cavoli	Christopher G. Cavoli	nato	Supreme Allied Commander Europe	MIL	2022-07-04	2025-07-01
Christopher Landau		USA	Deputy Secretary of State	GOV	2025	
Christopher Luxon		NZL	Prime Minister	GOV	2023-11-27	
Christopher Wray	Chris Wray	USA	Director of the FBI	COP	2017-08-02	2025-01-19
Chrystia Freeland		CAN	Foreign Minister	GOV	2017-01-10	2019-11-20
Chrystia Freeland		CAN	Deputy Prime Minister	GOV	2019-11-20	2024-12-16
Chrystia Freeland		CAN	Finance Minister	GOV	2020-08-18	2024-12-16
Chuck Hagel	Charles Hagel	USA	Secretary of Defense	GOV	2013-02-27	2015-02-17
Chuck Schumer	Charles Schumer|Charles E. Schumer	USA	Senate Democratic Leader	LEG	2017-01-03	
Chung Eui-yong		KOR	Director of National Security	GOV	2017-05-21	2020-07-03
Chung Eui-yong		KOR	Foreign Minister	GOV	2021-02-09	2022-05-11
Cindy McCain		wfp	Executive Director of the World Food Programme	IGO	2023-04-05	
Claudia Sheinbaum	Claudia Sheinbaum Pardo	MEX	Head of Government of Mexico City	GOV	2018-12-05	2023-06-16
Claudia Sheinbaum		MEX	President	GOV	2024-10-01	
Cristina Fernández de Kirchner	Cristina Kirchner|Cristina Fernandez|Cristina Fernández|Cristina Fernandez de Kirchner	ARG	President	GOV	2007-12-10	2015-12-10
Cristina Fernández de Kirchner		ARG	Vice President	GOV	2019-12-10	2023-12-10
Csaba Kőrösi	Csaba Korosi	un-general-assembly	President of the UN General Assembly	IGO	2022-09-13	2023-09-05
Cyril Ramaphosa	Matamela Cyril Ramaphosa	ZAF	President	GOV	2018-02-15	
Dalia Grybauskaitė	Dalia Grybauskaite	LTU	President	GOV	2009-07-12	2019-07-12
Dan Caine	John Daniel Caine|Dan Razin Caine	USA	Chairman of the Joint Chiefs of Staff	MIL	2025-04-11	
Dan Driscoll	Daniel Driscoll	USA	Secretary of the Army	GOV	2025	
Daniel Chapo		MOZ	President	GOV	2025-01-15	
Daniel Noboa		ECU	President	GOV	2023-11-23	
Daniel Ortega		NIC	President	GOV	2007-01-10	
Danny Danon		ISR	Ambassador to the United Nations	GOV	2015	2020
Danny Danon		ISR	Ambassador to the United Nations	GOV	2024	
David Barnea		ISR	Director of the Mossad	SPY	2021-06-01	
David Beasley		wfp	Executive Director of the World Food Programme	IGO	2017-04-04	2023-04-05
David Cameron	Lord Cameron	GBR	Prime Minister	GOV	2010-05-11	2016-07-13
David Cameron		GBR	Foreign Secretary	GOV	2023-11-13	2024-07-05
David Lammy		GBR	Foreign Secretary	GOV	2024-07-05	2025-09-05
David Lammy		GBR	Deputy Prime Minister	GOV	2025-09-05	
David Malpass		world-bank	President of the World Bank	IGO	2019-04-09	2023-06-01
David Miliband		GBR	Foreign Secretary	GOV	2007-06-28	2010-05-11
David Miliband		irc	President of the International Rescue Committee	NGO	2013	
David Petraeus	David H. Petraeus	USA	Director of the CIA	SPY	2011-09-06	2012-11-09
David Sassoli		european-parliament	President of the European Parliament	LEG	2019-07-03	2022-01-11
David van Weel		NLD	Foreign Minister	GOV	2025	
David Zini		ISR	Director of the Shin Bet	SPY	2025	
Delcy Rodríguez	Delcy Rodriguez|Delcy Eloína Rodríguez|Delcy Eloina Rodriguez	VEN	Foreign Minister	GOV	2014-12-26	2017-06-21
Delcy Rodríguez		VEN	Vice President	GOV	2018-06-14	
Demeke Mekonnen		ETH	Foreign Minister	GOV	2020	2023
Dennis Francis		un-general-assembly	President of the UN General Assembly	IGO	2023-09-05	2024-09-10
Denys Shmyhal	Denis Shmygal|Denys Shmygal	UKR	Prime Minister	GOV	2020-03-04	2025-07-16
Denys Shmyhal		UKR	Defence Minister	GOV	2025-07-17	
Devlet Bahçeli	Devlet Bahceli	TUR	Leader of the Nationalist Movement Party	PTY	1997	
Diana Mondino		ARG	Foreign Minister	GOV	2023-12-10	2024-10-30
Dick Schoof		NLD	Prime Minister	GOV	2024-07-02	
Didier Reynders		BEL	Foreign Minister	GOV	2011-12-06	2019-11-30
Didier Reynders		eu-commission	European Commissioner for Justice	IGO	2019-12-01	2024-11-30
Dilma Rousseff		BRA	President	GOV	2011-01-01	2016-08-31
Dina Boluarte		PER	President	GOV	2022-12-07	2025-10-10
Ding Xuexiang		CHN	First Vice Premier	GOV	2023-03-12	
Diosdado Cabello		VEN	President of the National Assembly	LEG	2012-01-05	2016-01-05
Diosdado Cabello		VEN	Interior Minister	GOV	2024-08-27	
Dmitry Medvedev	Dmitri Medvedev|Dmitriy Medvedev|Dmitry Anatolyevich Medvedev	RUS	President	GOV	2008-05-07	2012-05-07
Dmitry Medvedev		RUS	Prime Minister	GOV	2012-05-08	2020-01-16
Dmitry Medvedev		RUS	Deputy Chairman of the Security Council	GOV	2020-01-16	
Dmitry Peskov	Dmitri Peskov|Dmitriy Peskov|Dmitry Sergeyevich Peskov	RUS	Kremlin Spokesman	GOV	2012	
Dmytro Kuleba	Dmitry Kuleba|Dmytro Ivanovych Kuleba	UKR	Foreign Minister	GOV	2020-03-04	2024-09-05
Dominic Raab		GBR	Foreign Secretary	GOV	2019-07-24	2021-09-15
Dominique Strauss-Kahn		imf	Managing Director of the IMF	IGO	2007-11-01	2011-05-18
Don Pramudwinai		THA	Foreign Minister	GOV	2015-08-23	2023-09-01
Donald Trump	Donald J. Trump|Donald John Trump|President Trump	USA	President	GOV	2017-01-20	2021-01-20
Donald Trump		USA	President	GOV	2025-01-20	
Donald Tusk		POL	Prime Minister	GOV	2007-11-16	2014-09-22
Donald Tusk		european-council	President of the European Council	IGO	2014-12-01	2019-11-30
Donald Tusk		POL	Prime Minister	GOV	2023-12-13	
Dong Jun		CHN	Defence Minister	GOV	2023-12-29	
Donika Gërvalla-Schwarz	Donika Gervalla|Donika Gervalla-Schwarz	XKX	Foreign Minister	GOV	2021-03-22	
Dorin Recean		MDA	Prime Minister	GOV	2023-02-16	2025
Droupadi Murmu		IND	President	GOV	2022-07-25	
George W. Bush	George Bush|George Walker Bush|G. W. Bush	USA	President	GOV	2001-01-20	2009-01-20
Hakainde Hichilema		ZMB	President	GOV	2021-08-24	
Ibrahim Mohamed Solih	Ibu Solih	MDV	President	GOV	2018-11-17	2023-11-17
Jüri Ratas	Juri Ratas	EST	Prime Minister	GOV	2016-11-23	2021-01-26
Mohamed Hussein Roble	Mohammed Hussein Roble	SOM	Prime Minister	GOV	2020-09-23	2022-06-26
Mohamed Muizzu		MDV	President	GOV	2023-11-17	
Robert Golob		SVN	Prime Minister	GOV	2022-06-01	
Ukhnaagiin Khürelsükh	Ukhnaagiin Khurelsukh|Khürelsükh Ukhnaa|Khurelsukh Ukhnaa|Ukhnaa Khurelsukh	MNG	Prime Minister	GOV	2017-10-04	2021-01-27
Ukhnaagiin Khürelsükh		MNG	President	GOV	2021-06-25	
Đuro Macut	Duro Macut	SRB	Prime Minister	GOV	2025-04-16	
Ebrahim Raisi	Ebrahim Raeisi|Ibrahim Raisi	IRN	President	GOV	2021-08-03	2024-05-19
Edgars Rinkēvičs	Edgars Rinkevics	LVA	Foreign Minister	GOV	2011-10-25	2023-07-08
Edgars Rinkēvičs		LVA	President	GOV	2023-07-08	
Edi Rama		ALB	Prime Minister	GOV	2013-09-15	
Edmundo González Urrutia	Edmundo Gonzalez Urrutia|Edmundo González|Edmundo Gonzalez	VEN	Opposition Presidential Candidate	OPP	2024	
Édouard Philippe	Edouard Philippe	FRA	Prime Minister	GOV	2017-05-15	2020-07-03
Egils Levits		LVA	President	GOV	2019-07-08	2023-07-08
Ehud Barak		ISR	Prime Minister	GOV	1999-07-06	2001-03-07
Ehud Barak		ISR	Defence Minister	GOV	2007-06-18	2013-03-18
Ehud Olmert		ISR	Prime Minister	GOV	2006-04-14	2009-03-31
Ekrem İmamoğlu	Ekrem Imamoglu	TUR	Mayor of Istanbul	OPP	2019-06-27	2025-03-23
Eli Cohen		ISR	Foreign Minister	GOV	2023-01-01	2024-01-01
Elina Valtonen		FIN	Foreign Minister	GOV	2023-06-20	
Élisabeth Borne	Elisabeth Borne	FRA	Prime Minister	GOV	2022-05-16	2024-01-09
Elizabeth II	Queen Elizabeth II|Queen Elizabeth	GBR	Queen	GOV	1952-02-06	2022-09-08
Elmar Mammadyarov		AZE	Foreign Minister	GOV	2004-04-02	2020-07-16
Elon Musk	Elon Reeve Musk	spacex	Chief Executive of SpaceX	BUS	2002	
Elon Musk		USA	Senior Adviser to the President	GOV	2025-01-20	2025-05-30
Elvira Nabiullina		RUS	Governor of the Central Bank	GOV	2013-06-24	
Emmanuel Macron	Emmanuel Jean-Michel Frédéric Macron|Emmanuel Jean-Michel Frederic Macron	FRA	Economy Minister	GOV	2014-08-26	2016-08-30
Emmanuel Macron		FRA	President	GOV	2017-05-14	
Emmerson Mnangagwa		ZWE	President	GOV	2017-11-24	
Emomali Rahmon		TJK	President	GOV	1992-11-19	
Enrico Letta		ITA	Prime Minister	GOV	2013-04-28	2014-02-22
Enrique Manalo		PHL	Foreign Secretary	GOV	2022-07-01	2025
Enrique Peña Nieto	Enrique Pena Nieto	MEX	President	GOV	2012-12-01	2018-11-30
Eric Holder	Eric H. Holder	USA	Attorney General	GOV	2009-02-03	2015-04-27
Erna Solberg		NOR	Prime Minister	GOV	2013-10-16	2021-10-14
Ernesto Araújo	Ernesto Araujo	BRA	Foreign Minister	GOV	2019-01-01	2021-03-29
Esmaeil Baghaei	Esmaeil Baqaei	IRN	Foreign Ministry Spokesman	GOV	2024	
Esmail Qaani	Esmail Ghaani	IRN	Commander of the Quds Force	MIL	2020-01-03	
Espen Barth Eide		NOR	Foreign Minister	GOV	2012-09-21	2013-10-16
Espen Barth Eide		NOR	Foreign Minister	GOV	2023-10-16	
Evika Siliņa	Evika Silina	LVA	Prime Minister	GOV	2023-09-15	
Evo Morales		BOL	President	GOV	2006-01-22	2019-11-10
Ewa Kopacz		POL	Prime Minister	GOV	2014-09-22	2015-11-16
Eyal Zamir		ISR	Chief of the General Staff	MIL	2025-03-05	
Faisal bin Farhan	Faisal bin Farhan Al Saud|Prince Faisal bin Farhan	SAU	Foreign Minister	GOV	2019-10-23	
Faisal Mekdad	Faisal al-Mekdad|Faisal Miqdad	SYR	Foreign Minister	GOV	2020-11-22	2024-12-08
Fatou Bensouda		icc	Prosecutor of the International Criminal Court	JUD	2012-06-15	2021-06-15
Fayez al-Sarraj	Fayez Serraj	LBY	Prime Minister of the Government of National Accord	GOV	2016-03-30	2021-03-15
Federica Mogherini		ITA	Foreign Minister	GOV	2014-02-22	2014-10-31
Federica Mogherini		eu	High Representative for Foreign Affairs and Security Policy	IGO	2014-11-01	2019-11-30
Felipe Calderón	Felipe Calderon	MEX	President	GOV	2006-12-01	2012-11-30
Felipe Solá	Felipe Sola	ARG	Foreign Minister	GOV	2019-12-10	2021-09-20
Felipe VI	King Felipe VI|King Felipe	ESP	King	GOV	2014-06-19	
Félix Tshisekedi	Felix Tshisekedi	COD	President	GOV	2019-01-24	
Ferdinand Marcos Jr.	Bongbong Marcos|Ferdinand Romualdez Marcos Jr.|Ferdinand R. Marcos Jr.	PHL	President	GOV	2022-06-30	
Feridun Sinirlioğlu	Feridun Sinirlioglu	TUR	Foreign Minister (interim)	GOV	2015-08-28	2015-11-24
Feridun Sinirlioğlu		osce	Secretary General of the OSCE	IGO	2024	
Fidel Castro		CUB	President	GOV	1976-12-02	2008-02-24
Filipe Nyusi		MOZ	President	GOV	2015-01-15	2025-01-15
Filippo Grandi		unhcr	UN High Commissioner for Refugees	IGO	2016-01-01	2025-12-31
Florence Parly		FRA	Minister of the Armed Forces	GOV	2017-06-21	2022-05-20
Franco Frattini		ITA	Foreign Minister	GOV	2008-05-08	2011-11-16
François Bayrou	Francois Bayrou	FRA	Prime Minister	GOV	2024-12-13	2025-09-09
François Fillon	Francois Fillon	FRA	Prime Minister	GOV	2007-05-17	2012-05-15
François Hollande	Francois Hollande	FRA	President	GOV	2012-05-15	2017-05-14
François-Philippe Champagne	Francois-Philippe Champagne	CAN	Foreign Minister	GOV	2019-11-20	2021-01-12
François-Philippe Champagne		CAN	Finance Minister	GOV	2025-03-14	
Frank-Walter Steinmeier		DEU	Foreign Minister	GOV	2005-11-22	2009-10-28
Frank-Walter Steinmeier		DEU	Foreign Minister	GOV	2013-12-17	2017-01-27
Frank-Walter Steinmeier		DEU	President	GOV	2017-03-19	
Frederik X	King Frederik X|King Frederik	DNK	King	GOV	2024-01-14	
Fredrik Reinfeldt		SWE	Prime Minister	GOV	2006-10-06	2014-10-03
Friedrich Merz	Friedrich Joachim Merz	DEU	Chancellor	GOV	2025-05-06	
Fu Cong		CHN	Ambassador to the United Nations	GOV	2024	
Fuad Hussein		IRQ	Foreign Minister	GOV	2020-06-06	
Fuad Masum	Fouad Massoum	IRQ	President	GOV	2014-07-24	2018-10-02
Fuat Oktay		TUR	Vice President	GOV	2018-07-09	2023-06-03
Fumio Kishida		JPN	Foreign Minister	GOV	2012-12-26	2017-08-03
Fumio Kishida		JPN	Prime Minister	GOV	2021-10-04	2024-10-01
Gabi Ashkenazi		ISR	Foreign Minister	GOV	2020-05-17	2021-06-13
Gabriel Attal		FRA	Prime Minister	GOV	2024-01-09	2024-09-05
Gabriel Boric		CHL	President	GOV	2022-03-11	
Gabrielius Landsbergis		LTU	Foreign Minister	GOV	2020-12-07	2024-12-12
Gadi Eisenkot	Gadi Eizenkot	ISR	Chief of the General Staff	MIL	2015-02-16	2019-01-15
Gavin Williamson		GBR	Defence Secretary	GOV	2017-11-02	2019-05-01
Gebran Bassil		LBN	Foreign Minister	GOV	2014-02-15	2020-01-21
Gedion Timothewos		ETH	Foreign Minister	GOV	2024	
Geir Pedersen	Geir O. Pedersen	un	UN Special Envoy for Syria	IGO	2019-01-07	2025
Gen Nakatani		JPN	Defence Minister	GOV	2024-10-01	2025-10-21
Gennady Zyuganov		RUS	Leader of the Communist Party	PTY	1993	
Geoffrey Onyeama		NGA	Foreign Minister	GOV	2015-11-11	2023-05-29
George Gerapetritis	Giorgos Gerapetritis	GRC	Foreign Minister	GOV	2023-06-27	
George Osborne		GBR	Chancellor of the Exchequer	GOV	2010-05-11	2016-07-13
George Papandreou	Giorgos Papandreou	GRC	Prime Minister	GOV	2009-10-06	2011-11-11
Geraldo Alckmin		BRA	Vice President	GOV	2023-01-01	
Gerardo Werthein		ARG	Foreign Minister	GOV	2024-10-30	2025
Gideon Sa'ar	Gideon Saar	ISR	Foreign Minister	GOV	2024-11-07	
Gilad Erdan		ISR	Ambassador to the United Nations	GOV	2020	2024
Gilberto Teodoro	Gibo Teodoro	PHL	Defence Secretary	GOV	2023-06-05	
Gina Haspel		USA	Director of the CIA	SPY	2018-05-21	2021-01-20
Gina Raimondo		USA	Secretary of Commerce	GOV	2021-03-03	2025-01-20
Gintautas Paluckas		LTU	Prime Minister	GOV	2024-12-12	2025
Giorgi Margvelashvili		GEO	President	GOV	2013-11-17	2018-12-16
Giorgia Meloni		ITA	Prime Minister	GOV	2022-10-22	
Giorgio Napolitano		ITA	President	GOV	2006-05-15	2015-01-14
Gitanas Nausėda	Gitanas Nauseda	LTU	President	GOV	2019-07-12	
Giuseppe Conte		ITA	Prime Minister	GOV	2018-06-01	2021-02-13
Gloria Macapagal Arroyo	Gloria Arroyo	PHL	President	GOV	2001-01-20	2010-06-30
Goodluck Jonathan		NGA	President	GOV	2010-05-06	2015-05-29
Gordon Brown		GBR	Prime Minister	GOV	2007-06-27	2010-05-11
Gotabaya Rajapaksa		LKA	President	GOV	2019-11-18	2022-07-14
Grant Shapps		GBR	Defence Secretary	GOV	2023-08-31	2024-07-05
Guido Crosetto		ITA	Defence Minister	GOV	2022-10-22	
Guido Westerwelle		DEU	Foreign Minister	GOV	2009-10-28	2013-12-17
Guillermo Lasso		ECU	President	GOV	2021-05-24	2023-11-23
Guo Jiakun		CHN	Foreign Ministry Spokesperson	GOV	2024	
Gurbanguly Berdimuhamedow	Gurbanguly Berdymukhamedov	TKM	President	GOV	2006-12-21	2022-03-19
Gustavo Petro		COL	President	GOV	2022-08-07	
H.R. McMaster	H. R. McMaster|Herbert Raymond McMaster	USA	National Security Adviser	GOV	2017-02-20	2018-04-09
Hadja Lahbib		BEL	Foreign Minister	GOV	2022-07-15	2024-12-01
Hadja Lahbib		eu-commission	European Commissioner for Equality, Preparedness and Crisis Management	IGO	2024-12-01	
Haider al-Abadi		IRQ	Prime Minister	GOV	2014-09-08	2018-10-25
Hailemariam Desalegn		ETH	Prime Minister	GOV	2012-08-21	2018-04-02
Haitham al-Ghais		opec	Secretary-General of OPEC	IGO	2022-08-01	
Haitham bin Tariq	Sultan Haitham bin Tariq|Haitham bin Tarik	OMN	Sultan	GOV	2020-01-11	
Hakan Fidan		TUR	Head of the National Intelligence Organization	SPY	2010-05-27	2023-06-03
Hakan Fidan		TUR	Foreign Minister	GOV	2023-06-03	
Hakeem Jeffries		USA	House Minority Leader	LEG	2023-01-03	
Hamad bin Isa Al Khalifa	King Hamad|King Hamad bin Isa	BHR	King	GOV	2002-02-14	
Hamad bin Jassim Al Thani	Hamad bin Jassim|Hamad bin Jassim bin Jaber Al Thani	QAT	Foreign Minister	GOV	1992	2013-06-26
Hamad bin Jassim Al Thani		QAT	Prime Minister	GOV	2007-04-03	2013-06-26
Hamad bin Khalifa Al Thani	Sheikh Hamad bin Khalifa	QAT	Emir	GOV	1995-06-27	2013-06-25
Hamid Karzai		AFG	President	GOV	2001-12-22	2014-09-29
Han Duck-soo	Han Duck Soo	KOR	Prime Minister	GOV	2022-05-21	2025-05-01
Han Zheng		CHN	Vice President	GOV	2023-03-10	
Hanke Bruins Slot		NLD	Foreign Minister	GOV	2023-09-05	2024-07-02
Hans Grundberg		un	UN Special Envoy for Yemen	IGO	2021-09-05	
Harini Amarasuriya		LKA	Prime Minister	GOV	2024-09-24	
Hasan Mahmud		BGD	Foreign Minister	GOV	2024-01-11	2024-08-05
Hashim Thaçi	Hashim Thaci	XKX	President	GOV	2016-04-07	2020-11-05
Hassan Diab		LBN	Prime Minister	GOV	2020-01-21	2021-09-10
Hassan Nasrallah	Sayyed Hassan Nasrallah	hezbollah	Secretary-General of Hezbollah	REB	1992-02-16	2024-09-27
Hassan Rashad		EGY	Director of the General Intelligence Service	SPY	2024	
Hassan Rouhani	Hassan Rohani	IRN	President	GOV	2013-08-03	2021-08-03
Hassan Sheikh Mohamud		SOM	President	GOV	2012-09-16	2017-02-16
Hassan Sheikh Mohamud		SOM	President	GOV	2022-05-23	
He Lifeng		CHN	Vice Premier	GOV	2023-03-12	
Héctor Timerman	Hector Timerman	ARG	Foreign Minister	GOV	2010-06-18	2015-12-10
Heiko Maas		DEU	Foreign Minister	GOV	2018-03-14	2021-12-08
Helen McEntee		IRL	Foreign Minister	GOV	2025	
Helle Thorning-Schmidt		DNK	Prime Minister	GOV	2011-10-03	2015-06-28
Herman Van Rompuy		european-council	President of the European Council	IGO	2009-12-01	2014-11-30
Herzi Halevi	Herzl Halevi	ISR	Chief of the General Staff	MIL	2023-01-16	2025-03-05
Hibatullah Akhundzada	Haibatullah Akhundzada|Mullah Hibatullah	taliban	Supreme Leader of the Taliban	REB	2016-05-25	
Hillary Clinton	Hillary Rodham Clinton	USA	Secretary of State	GOV	2009-01-21	2013-02-01
Hina Rabbani Khar		PAK	Foreign Minister	GOV	2011	2013-03-16
Hirokazu Matsuno		JPN	Chief Cabinet Secretary	GOV	2021-10-04	2023-12-14
Hissein Brahim Taha		oic	Secretary-General of the OIC	IGO	2021	
Horst Köhler	Horst Kohler	DEU	President	GOV	2004-07-01	2010-05-31
Hoshyar Zebari		IRQ	Foreign Minister	GOV	2003	2014-09-08
Hosni Mubarak		EGY	President	GOV	1981-10-14	2011-02-11
Hossein Amir-Abdollahian	Hossein Amirabdollahian	IRN	Foreign Minister	GOV	2021-08-25	2024-05-19
Hossein Salami		IRN	Commander-in-Chief of the IRGC	MIL	2019-04-21	2025-06-13
Howard Lutnick		USA	Secretary of Commerce	GOV	2025-02-21	
Hristijan Mickoski		MKD	Prime Minister	GOV	2024-06-23	
Hsiao Bi-khim		TWN	Vice President	GOV	2024-05-20	
Htin Kyaw		MMR	President	GOV	2016-03-30	2018-03-21
Hu Jintao		CHN	General Secretary of the Communist Party	GOV	2002-11-15	2012-11-15
Hu Jintao		CHN	President	GOV	2003-03-15	2013-03-14
Hua Chunying		CHN	Foreign Ministry Spokesperson	GOV	2012	2024
Hua Chunying		CHN	Vice Foreign Minister	GOV	2024	
Hugo Chávez	Hugo Chavez|Hugo Rafael Chávez Frías|Hugo Rafael Chavez Frias	VEN	President	GOV	1999-02-02	2013-03-05
Hulusi Akar		TUR	Chief of the General Staff	MIL	2015-08-18	2018-07-10
Hulusi Akar		TUR	Defence Minister	GOV	2018-07-10	2023-06-03
Hun Manet		KHM	Prime Minister	GOV	2023-08-22	
Hun Sen		KHM	Prime Minister	GOV	1985-01-14	2023-08-22
Hun Sen		KHM	President of the Senate	LEG	2024-04-03	
Hussein al-Sheikh	Hussein Al-Sheikh	PSE	Secretary-General of the PLO Executive Committee	GOV	2022-05-26	
Hussein al-Sheikh		PSE	Vice President of the State of Palestine	GOV	2025	
Ibrahim Al-Assaf		SAU	Foreign Minister	GOV	2018-12-27	2019-10-23
Ibrahim al-Jaafari		IRQ	Foreign Minister	GOV	2014-09-08	2018-10-25
İbrahim Kalın	Ibrahim Kalin	TUR	Presidential Spokesman	GOV	2014	2023
İbrahim Kalın		TUR	Head of the National Intelligence Organization	SPY	2023	
Ibrahim Traoré	Ibrahim Traore	BFA	Transitional President	GOV	2022-09-30	
Idriss Déby	Idriss Deby	TCD	President	GOV	1990-12-02	2021-04-20
Ignazio Cassis		CHE	Foreign Minister	GOV	2017-11-01	
Igor Dodon		MDA	President	GOV	2016-12-23	2020-12-24
Igor Sechin		rosneft	Chief Executive of Rosneft	BUS	2012-05-23	
Ilham Aliyev		AZE	President	GOV	2003-10-31	
Ilie Bolojan		ROU	Acting President	GOV	2025-02-12	2025-05-26
Ilie Bolojan		ROU	Prime Minister	GOV	2025-06-23	
Imran Khan	Imran Ahmed Khan Niazi	PAK	Prime Minister	GOV	2018-08-18	2022-04-10
Ine Eriksen Søreide	Ine Eriksen Soreide	NOR	Foreign Minister	GOV	2017-10-20	2021-10-14
Inga Ruginienė	Inga Ruginiene	LTU	Prime Minister	GOV	2025	
Ingrida Šimonytė	Ingrida Simonyte	LTU	Prime Minister	GOV	2020-12-11	2024-12-12
Irakli Garibashvili		GEO	Prime Minister	GOV	2013-11-20	2015-12-30
Irakli Garibashvili		GEO	Prime Minister	GOV	2021-02-22	2024-01-29
Irakli Kobakhidze		GEO	Prime Minister	GOV	2024-02-08	
Isaac Herzog	Yitzhak Herzog	ISR	President	GOV	2021-07-07	
Isaias Afwerki		ERI	President	GOV	1993-05-24	
Ishaq Dar	Muhammad Ishaq Dar	PAK	Foreign Minister	GOV	2024-03-11	
Ishaq Dar		PAK	Deputy Prime Minister	GOV	2024-04-28	
Ismail Haniyeh	Ismail Haniya|Ismail Hanieh	PSE	Prime Minister of the Palestinian Authority	GOV	2006-03-29	2007-06-14
Ismail Haniyeh		hamas	Head of the Hamas Political Bureau	REB	2017-05-06	2024-07-31
Ismaïl Omar Guelleh	Ismail Omar Guelleh	DJI	President	GOV	1999-05-08	
Ismail Sabri Yaakob		MYS	Prime Minister	GOV	2021-08-21	2022-11-24
Israel Katz	Yisrael Katz	ISR	Foreign Minister	GOV	2019-02-17	2020-05-17
Israel Katz		ISR	Foreign Minister	GOV	2024-01-01	2024-11-07
Israel Katz		ISR	Defence Minister	GOV	2024-11-07	
Itamar Ben-Gvir	Itamar Ben Gvir	ISR	National Security Minister	GOV	2022-12-29	2025
Itamar Ben-Gvir		ISR	National Security Minister	GOV	2025	
Iván Duque	Ivan Duque	COL	President	GOV	2018-08-07	2022-08-07
Ivica Dačić	Ivica Dacic	SRB	Prime Minister	GOV	2012-07-27	2014-04-27
Ivica Dačić		SRB	Foreign Minister	GOV	2014-04-27	2020-10-28
Ivica Dačić		SRB	Foreign Minister	GOV	2022-10-26	2024-05-02
Iwasawa Yuji	Yuji Iwasawa	icj	President of the International Court of Justice	JUD	2025-03-03	
Jacek Czaputowicz		POL	Foreign Minister	GOV	2018-01-09	2020-08-20
Jacinda Ardern		NZL	Prime Minister	GOV	2017-10-26	2023-01-25
Jack Lew	Jacob Lew	USA	Secretary of the Treasury	GOV	2013-02-28	2017-01-20
Jacob Zuma		ZAF	President	GOV	2009-05-09	2018-02-14
Jafar Hassan		JOR	Prime Minister	GOV	2024-09-15	
Jair Bolsonaro	Jair Messias Bolsonaro	BRA	President	GOV	2019-01-01	2022-12-31
Jake Sullivan		USA	National Security Adviser	GOV	2021-01-20	2025-01-20
Jalal Talabani		IRQ	President	GOV	2005-04-07	2014-07-24
Jalil Abbas Jilani		PAK	Caretaker Foreign Minister	GOV	2023-08-17	2024-03-04
James Clapper	James R. Clapper	USA	Director of National Intelligence	SPY	2010-08-09	2017-01-20
James Cleverly		GBR	Foreign Secretary	GOV	2022-09-06	2023-11-13
James Comey	James B. Comey	USA	Director of the FBI	COP	2013-09-04	2017-05-09
Jamieson Greer		USA	U.S. Trade Representative	GOV	2025	
Jan Lipavský	Jan Lipavsky	CZE	Foreign Minister	GOV	2021-12-17	2025
Janet Yellen	Janet L. Yellen	USA	Chair of the Federal Reserve	GOV	2014-02-03	2018-02-03
Janet Yellen		USA	Secretary of the Treasury	GOV	2021-01-26	2025-01-20
János Áder	Janos Ader	HUN	President	GOV	2012-05-10	2022-05-10
Jared Kushner		USA	Senior Adviser to the President	GOV	2017-01-20	2021-01-20
Jarosław Kaczyński	Jaroslaw Kaczynski	POL	Leader of Law and Justice	PTY	2003-01-18	
Jasem Mohamed Albudaiwi	Jasem Albudaiwi	gcc	Secretary-General of the Gulf Cooperation Council	IGO	2023-02-01	
Javier Milei	Javier Gerardo Milei	ARG	President	GOV	2023-12-10	
JD Vance	J.D. Vance|J. D. Vance|James David Vance	USA	U.S. Senator	LEG	2023-01-03	2025-01-10
JD Vance		USA	Vice President	GOV	2025-01-20	
Jean Castex		FRA	Prime Minister	GOV	2020-07-03	2022-05-16
Jean-Claude Juncker		eu-commission	President of the European Commission	IGO	2014-11-01	2019-11-30
Jean-Claude Trichet		ecb	President of the European Central Bank	IGO	2003-11-01	2011-10-31
Jean-Marc Ayrault		FRA	Prime Minister	GOV	2012-05-15	2014-03-31
Jean-Marc Ayrault		FRA	Foreign Minister	GOV	2016-02-11	2017-05-17
Jean-Noël Barrot	Jean-Noel Barrot	FRA	Foreign Minister	GOV	2024-09-21	
Jean-Yves Le Drian		FRA	Defence Minister	GOV	2012-05-16	2017-05-17
Jean-Yves Le Drian		FRA	Foreign Minister	GOV	2017-05-17	2022-05-20
Jeff Sessions	Jefferson Beauregard Sessions	USA	Attorney General	GOV	2017-02-09	2018-11-07
Jens Stoltenberg		NOR	Prime Minister	GOV	2005-10-17	2013-10-16
Jens Stoltenberg		nato	Secretary-General of NATO	IGO	2014-10-01	2024-10-01
Jens Stoltenberg		NOR	Finance Minister	GOV	2025-02-04	
Jeppe Kofod		DNK	Foreign Minister	GOV	2019-06-27	2022-12-15
Jeremy Hunt		GBR	Foreign Secretary	GOV	2018-07-09	2019-07-24
Jeremy Hunt		GBR	Chancellor of the Exchequer	GOV	2022-10-14	2024-07-05
Jerome Powell	Jay Powell|Jerome H. Powell	USA	Chair of the Federal Reserve	GOV	2018-02-05	
Jeyhun Bayramov		AZE	Foreign Minister	GOV	2020-07-16	
Jim Mattis	James Mattis|James N. Mattis	USA	Secretary of Defense	GOV	2017-01-20	2019-01-01
Jim Yong Kim		world-bank	President of the World Bank	IGO	2012-07-01	2019-02-01
Joachim Gauck		DEU	President	GOV	2012-03-18	2017-03-18
Joan Donoghue	Joan E. Donoghue	icj	President of the International Court of Justice	JUD	2021-02-08	2024-02-05
João Lourenço	Joao Lourenco	AGO	President	GOV	2017-09-26	
Joe Biden	Joseph R. Biden|Joseph Biden|Joseph Robinette Biden Jr.|Joe Biden Jr.	USA	U.S. Senator	LEG	1973-01-03	2009-01-15
Joe Biden		USA	Vice President	GOV	2009-01-20	2017-01-20
Joe Biden		USA	President	GOV	2021-01-20	2025-01-20
Johann Wadephul		DEU	Foreign Minister	GOV	2025-05-06	
John Baird		CAN	Foreign Minister	GOV	2011-05-18	2015-02-03
John Boehner		USA	Speaker of the House	LEG	2011-01-05	2015-10-29
John Bolton	John R. Bolton	USA	National Security Adviser	GOV	2018-04-09	2019-09-10
John Brennan	John O. Brennan	USA	Director of the CIA	SPY	2013-03-08	2017-01-20
John Healey		GBR	Defence Secretary	GOV	2024-07-05	
John Kerry	John F. Kerry	USA	U.S. Senator	LEG	1985-01-03	2013-02-01
John Kerry		USA	Secretary of State	GOV	2013-02-01	2017-01-20
John Kerry		USA	Special Presidential Envoy for Climate	GOV	2021-01-20	2024-03-06
John Key		NZL	Prime Minister	GOV	2008-11-19	2016-12-12
John Lee	John Lee Ka-chiu	HKG	Chief Executive	GOV	2022-07-01	
John Magufuli		TZA	President	GOV	2015-11-05	2021-03-17
John Mahama	John Dramani Mahama	GHA	President	GOV	2012-07-24	2017-01-07
John Mahama		GHA	President	GOV	2025-01-07	
John Ratcliffe		USA	Director of National Intelligence	SPY	2020-05-26	2021-01-20
John Ratcliffe		USA	Director of the CIA	SPY	2025-01-23	
John Thune		USA	Senate Majority Leader	LEG	2025-01-03	
Joko Widodo	Jokowi	IDN	President	GOV	2014-10-20	2024-10-20
Jonas Gahr Støre	Jonas Gahr Store	NOR	Foreign Minister	GOV	2005-10-17	2012-09-21
Jonas Gahr Støre		NOR	Prime Minister	GOV	2021-10-14	
Jonathan Powell		GBR	National Security Adviser	GOV	2024	
Jordan Bardella		FRA	President of the National Rally	PTY	2022-11-05	
Jorge Arreaza		VEN	Foreign Minister	GOV	2017-08-02	2021
Jorge Faurie		ARG	Foreign Minister	GOV	2017-06-12	2019-12-10
José Eduardo dos Santos	Jose Eduardo dos Santos	AGO	President	GOV	1979-09-21	2017-09-26
José Jerí	Jose Jeri	PER	President	GOV	2025-10-10	
José Luis Rodríguez Zapatero	José Luis Zapatero|Jose Luis Rodriguez Zapatero|Jose Luis Zapatero	ESP	Prime Minister	GOV	2004-04-17	2011-12-21
José Manuel Albares	Jose Manuel Albares	ESP	Foreign Minister	GOV	2021-07-12	
José Manuel Barroso	Jose Manuel Barroso	eu-commission	President of the European Commission	IGO	2004-11-22	2014-10-31
José Raúl Mulino	Jose Raul Mulino	PAN	President	GOV	2024-07-01	
José Serra	Jose Serra	BRA	Foreign Minister	GOV	2016-05-12	2017-02-22
Josep Borrell	Josep Borrell Fontelles	ESP	Foreign Minister	GOV	2018-06-07	2019-11-30
Josep Borrell		eu	High Representative for Foreign Affairs and Security Policy	IGO	2019-12-01	2024-11-30
Joseph Aoun	General Joseph Aoun	LBN	Commander of the Lebanese Armed Forces	MIL	2017-03-08	2025-01-09
Joseph Aoun		LBN	President	GOV	2025-01-09	
Joseph Kabila		COD	President	GOV	2001-01-26	2019-01-24
Joseph Wu	Wu Jaushieh	TWN	Foreign Minister	GOV	2018-02-26	2024-05-20
Joseph Wu		TWN	Secretary-General of the National Security Council	GOV	2024-05-20	
Jovenel Moïse	Jovenel Moise	HTI	President	GOV	2017-02-07	2021-07-07
Juan Carlos I	King Juan Carlos	ESP	King	GOV	1975-11-22	2014-06-19
Juan Guaidó	Juan Guaido	VEN	Opposition Leader (self-declared Interim President)	OPP	2019-01-23	2022-12-30
Juan Manuel Santos		COL	President	GOV	2010-08-07	2018-08-07
Juan Ramón de la Fuente	Juan Ramon de la Fuente	MEX	Foreign Secretary	GOV	2024-10-01	
Julia Gillard		AUS	Prime Minister	GOV	2010-06-24	2013-06-27
Julie Bishop		AUS	Foreign Minister	GOV	2013-09-18	2018-08-26
Julie Bishop		un	UN Special Envoy on Myanmar	IGO	2024	
Juraj Blanár	Juraj Blanar	SVK	Foreign Minister	GOV	2023-10-25	
Jürgen Stock	Jurgen Stock	interpol	Secretary General of Interpol	COP	2014-11-07	2024-11-07
Justin Trudeau		CAN	Prime Minister	GOV	2015-11-04	2025-03-14
K. P. Sharma Oli	KP Sharma Oli	NPL	Prime Minister	GOV	2024-07-15	2025-09-09
Kais Saied	Kaïs Saïed	TUN	President	GOV	2019-10-23	
Kaja Kallas		EST	Prime Minister	GOV	2021-01-26	2024-07-23
Kaja Kallas		eu	High Representative for Foreign Affairs and Security Policy	IGO	2024-12-01	
Kamala Harris	Kamala D. Harris	USA	U.S. Senator	LEG	2017-01-03	2021-01-18
Kamala Harris		USA	Vice President	GOV	2021-01-20	2025-01-20
Kamil Idris		SDN	Prime Minister	GOV	2025	
Kang Kyung-wha		KOR	Foreign Minister	GOV	2017-06-18	2021-02-08
Kao Kim Hourn		asean	Secretary-General of ASEAN	IGO	2023-01-01	
Karim Khan	Karim A.A. Khan	icc	Prosecutor of the International Criminal Court	JUD	2021-06-16	
Karl Nehammer		AUT	Chancellor	GOV	2021-12-06	2025-01-10
Karol Nawrocki		POL	President	GOV	2025-08-06	
Karoline Leavitt		USA	White House Press Secretary	GOV	2025-01-20	
Kash Patel	Kashyap Patel	USA	Director of the FBI	COP	2025-02-21	
Kashim Shettima		NGA	Vice President	GOV	2023-05-29	
Kassym-Jomart Tokayev	Kassym-Jomart Tokaev|Kasym-Zhomart Tokayev	KAZ	President	GOV	2019-03-20	
Katalin Novák	Katalin Novak	HUN	President	GOV	2022-05-10	2024-02-26
Katerina Sakellaropoulou		GRC	President	GOV	2020-03-13	2025-03-13
Katherine Tai		USA	U.S. Trade Representative	GOV	2021-03-18	2025-01-20
Keir Starmer	Sir Keir Starmer	GBR	Leader of the Opposition	OPP	2020-04-04	2024-07-05
Keir Starmer		GBR	Prime Minister	GOV	2024-07-05	
Keith Kellogg	Keith Kellogg Jr.|Joseph Keith Kellogg	USA	Special Envoy for Ukraine	GOV	2025	
Kemal Kılıçdaroğlu	Kemal Kilicdaroglu	TUR	Leader of the Republican People's Party	OPP	2010-05-22	2023-11-05
Kemi Badenoch	Olukemi Badenoch	GBR	Leader of the Opposition	OPP	2024-11-02	
Kersti Kaljulaid		EST	President	GOV	2016-10-10	2021-10-11
Kęstutis Budrys	Kestutis Budrys	LTU	Foreign Minister	GOV	2024-12-12	
Kevin McCarthy		USA	Speaker of the House	LEG	2023-01-07	2023-10-03
Kevin Rudd		AUS	Prime Minister	GOV	2007-12-03	2010-06-24
Kevin Rudd		AUS	Foreign Minister	GOV	2010-09-14	2012-02-22
Kevin Rudd		AUS	Prime Minister	GOV	2013-06-27	2013-09-18
Kgalema Motlanthe		ZAF	President	GOV	2008-09-25	2009-05-09
Khaled Meshaal	Khaled Mashal|Khalid Mishaal|Khaled Meshal	hamas	Head of the Hamas Political Bureau	REB	1996	2017-05-06
Khalid al-Attiyah	Khalid bin Mohammad Al Attiyah	QAT	Foreign Minister	GOV	2013-06-26	2016-01-27
Khalid bin Khalifa Al Thani		QAT	Prime Minister	GOV	2020-01-28	2023-03-07
Khalid bin Salman	Khalid bin Salman Al Saud	SAU	Defence Minister	GOV	2022-09-27	
Khalifa bin Zayed	Khalifa bin Zayed Al Nahyan	ARE	President	GOV	2004-11-03	2022-05-13
Khalifa Haftar	Khalifa Hifter	lna	Commander of the Libyan National Army	MIL	2015-03-02	
Khalil al-Hayya	Khalil al-Hayyah	hamas	Senior Hamas Leader and Chief Negotiator	REB	2024	
Khawaja Asif	Khawaja Muhammad Asif	PAK	Defence Minister	GOV	2013-06-07	2017-07-28
Khawaja Asif		PAK	Foreign Minister	GOV	2017-08-04	2018-04-26
Khawaja Asif		PAK	Defence Minister	GOV	2022-04-19	2023-08-10
Khawaja Asif		PAK	Defence Minister	GOV	2024-03-11	
Kim Jong Il	Kim Jong-il	PRK	Supreme Leader	GOV	1994-07-08	2011-12-17
Kim Jong Un	Kim Jong-un|Kim Jong-Un	PRK	Supreme Leader	GOV	2011-12-17	
Kim Min-seok		KOR	Prime Minister	GOV	2025	
Kim Yo Jong	Kim Yo-jong	PRK	Senior Workers' Party Official	GOV	2014	
Kirill Dmitriev	Kirill Dmitriyev|Kirill Aleksandrovich Dmitriev	rdif	Chief Executive of the Russian Direct Investment Fund	BUS	2011	
Kirill Dmitriev		RUS	Special Presidential Envoy for Investment and Economic Cooperation	GOV	2025	
Klaus Iohannis		ROU	President	GOV	2014-12-21	2025-02-12
Kofi Annan		un	Secretary-General of the United Nations	IGO	1997-01-01	2006-12-31
Kofi Annan		un	UN-Arab League Joint Special Envoy for Syria	IGO	2012-02-23	2012-08-31
Konstantinos Tasoulas		GRC	President	GOV	2025-03-13	
Krišjānis Kariņš	Krisjanis Karins	LVA	Prime Minister	GOV	2019-01-23	2023-09-15
Krišjānis Kariņš		LVA	Foreign Minister	GOV	2023-09-15	2024
Kristalina Georgieva		imf	Managing Director of the IMF	IGO	2019-10-01	
Kristen Michal		EST	Prime Minister	GOV	2024-07-23	
Kristi Noem		USA	Secretary of Homeland Security	GOV	2025-01-25	
Kristrún Frostadóttir	Kristrun Frostadottir	ISL	Prime Minister	GOV	2024-12-21	
Kyriakos Mitsotakis		GRC	Prime Minister	GOV	2019-07-08	
Kyrylo Budanov	Kirill Budanov	UKR	Head of Military Intelligence (HUR)	SPY	2020-08-05	
Lai Ching-te	William Lai|Lai Ching-teh	TWN	Premier	GOV	2017-09-08	2019-01-14
Lai Ching-te		TWN	Vice President	GOV	2020-05-20	2024-05-20
Lai Ching-te		TWN	President	GOV	2024-05-20	
Lakhdar Brahimi		un	UN-Arab League Joint Special Representative for Syria	IGO	2012-08-17	2014-05-31
Lars Klingbeil		DEU	Vice Chancellor and Finance Minister	GOV	2025-05-06	
Lars Løkke Rasmussen	Lars Lokke Rasmussen	DNK	Prime Minister	GOV	2009-04-05	2011-10-03
Lars Løkke Rasmussen		DNK	Prime Minister	GOV	2015-06-28	2019-06-27
Lars Løkke Rasmussen		DNK	Foreign Minister	GOV	2022-12-15	
Laurent Fabius		FRA	Foreign Minister	GOV	2012-05-16	2016-02-11
Laurent Gbagbo		CIV	President	GOV	2000-10-26	2011-04-11
Lawrence Wong		SGP	Prime Minister	GOV	2024-05-15	
Lech Kaczyński	Lech Kaczynski	POL	President	GOV	2005-12-23	2010-04-10
Lee Hsien Loong		SGP	Prime Minister	GOV	2004-08-12	2024-05-15
Lee Jae-myung	Lee Jae Myung	KOR	President	GOV	2025-06-04	
Lee Myung-bak		KOR	President	GOV	2008-02-25	2013-02-24
Leo Varadkar		IRL	Taoiseach	GOV	2017-06-14	2020-06-27
Leo Varadkar		IRL	Taoiseach	GOV	2022-12-17	2024-04-09
Leon Panetta	Leon E. Panetta	USA	Director of the CIA	SPY	2009-02-13	2011-06-30
Leon Panetta		USA	Secretary of Defense	GOV	2011-07-01	2013-02-26
Leonid Slutsky		RUS	Leader of the LDPR	PTY	2022	
Li Hui		CHN	Special Representative for Eurasian Affairs	GOV	2019	
Li Keqiang		CHN	Premier	GOV	2013-03-15	2023-03-11
Li Qiang		CHN	Premier	GOV	2023-03-11	
Li Shangfu		CHN	Defence Minister	GOV	2023-03-12	2023-10-24
Li Zhanshu		CHN	Chairman of the National People's Congress Standing Committee	LEG	2018-03-17	2023-03-10
Lin Chia-lung		TWN	Foreign Minister	GOV	2024-05-20	
Lin Jian		CHN	Foreign Ministry Spokesperson	GOV	2024	
Linda Thomas-Greenfield		USA	Ambassador to the United Nations	GOV	2021	2025-01-20
Lindiwe Sisulu		ZAF	Minister of International Relations and Cooperation	GOV	2018-02-27	2019-05-29
Lindsey Graham	Lindsey O. Graham	USA	U.S. Senator	LEG	2003-01-03	
Liu He		CHN	Vice Premier	GOV	2018-03-19	2023-03-12
Liz Truss	Elizabeth Truss	GBR	Foreign Secretary	GOV	2021-09-15	2022-09-06
Liz Truss		GBR	Prime Minister	GOV	2022-09-06	2022-10-25
Lloyd Austin	Lloyd J. Austin|Lloyd J. Austin III	USA	Secretary of Defense	GOV	2021-01-22	2025-01-20
Loretta Lynch		USA	Attorney General	GOV	2015-04-27	2017-01-20
Luigi Di Maio		ITA	Foreign Minister	GOV	2019-09-05	2022-10-22
Luigi Di Maio		eu	EU Special Representative for the Gulf	IGO	2023-06-01	
Luis Arce		BOL	President	GOV	2020-11-08	2025-11-08
Luis Caputo	Luis Andrés Caputo|Luis Andres Caputo	ARG	Economy Minister	GOV	2023-12-10	
Luis Lacalle Pou		URY	President	GOV	2020-03-01	2025-03-01
Luís Montenegro	Luis Montenegro	PRT	Prime Minister	GOV	2024-04-02	
Luis Videgaray		MEX	Foreign Secretary	GOV	2017-01-04	2018-11-30
Luiz Inácio Lula da Silva	Lula|Lula da Silva|Luiz Inacio Lula da Silva	BRA	President	GOV	2003-01-01	2010-12-31
Luiz Inácio Lula da Silva		BRA	President	GOV	2023-01-01	
Luong Cuong	Lương Cường	VNM	President	GOV	2024-10-21	
Ma Ying-jeou		TWN	President	GOV	2008-05-20	2016-05-20
Ma. Theresa Lazaro	Theresa Lazaro	PHL	Foreign Secretary	GOV	2025	
Macky Sall		SEN	President	GOV	2012-04-02	2024-04-02
Magdalena Andersson		SWE	Prime Minister	GOV	2021-11-30	2022-10-18
Maha Vajiralongkorn	King Maha Vajiralongkorn|King Vajiralongkorn	THA	King	GOV	2016-10-13	
Mahamat Déby	Mahamat Idriss Déby|Mahamat Deby|Mahamat Idriss Deby	TCD	President	GOV	2021-04-20	
Mahathir Mohamad		MYS	Prime Minister	GOV	1981-07-16	2003-10-31
Mahathir Mohamad		MYS	Prime Minister	GOV	2018-05-10	2020-02-24
Mahdi al-Mashat		houthis	President of the Supreme Political Council	REB	2018-04-25	
Mahinda Rajapaksa		LKA	President	GOV	2005-11-19	2015-01-09
Mahmoud Abbas	Abu Mazen	PSE	President of the Palestinian Authority	GOV	2005-01-15	
Mahmoud Ahmadinejad		IRN	President	GOV	2005-08-03	2013-08-03
Mahmoud Ali Youssouf		DJI	Foreign Minister	GOV	2005	2025
Mahmoud Ali Youssouf		african-union	Chairperson of the African Union Commission	IGO	2025	
Maia Sandu		MDA	Prime Minister	GOV	2019-06-08	2019-11-14
Maia Sandu		MDA	President	GOV	2020-12-24	
Maite Nkoana-Mashabane		ZAF	Minister of International Relations and Cooperation	GOV	2009-05-10	2018-02-26
Maithripala Sirisena		LKA	President	GOV	2015-01-09	2019-11-18
Malcolm Turnbull		AUS	Prime Minister	GOV	2015-09-15	2018-08-24
Mamnoon Hussain		PAK	President	GOV	2013-09-09	2018-09-09
Manmohan Singh		IND	Prime Minister	GOV	2004-05-22	2014-05-26
Manouchehr Mottaki		IRN	Foreign Minister	GOV	2005-08-24	2010-12-13
Manuel Marrero Cruz	Manuel Marrero	CUB	Prime Minister	GOV	2019-12-21	
Manuel Valls		FRA	Prime Minister	GOV	2014-03-31	2016-12-06
Mao Ning		CHN	Foreign Ministry Spokesperson	GOV	2022	
Marc Garneau		CAN	Foreign Minister	GOV	2021-01-12	2021-10-26
Marcel Ciolacu		ROU	Prime Minister	GOV	2023-06-15	2025-05-06
Marcelo Ebrard		MEX	Foreign Secretary	GOV	2018-12-01	2023-06-12
Marcelo Ebrard		MEX	Economy Secretary	GOV	2024-10-01	
Marcelo Rebelo de Sousa		PRT	President	GOV	2016-03-09	
Marco Rubio	Marco Antonio Rubio	USA	U.S. Senator	LEG	2011-01-03	2025-01-20
Marco Rubio		USA	Secretary of State	GOV	2025-01-21	
Marco Rubio		USA	National Security Adviser (acting)	GOV	2025-05-01	
Margarita Robles		ESP	Defence Minister	GOV	2018-06-07	
Margot Wallström	Margot Wallstrom	SWE	Foreign Minister	GOV	2014-10-03	2019-09-10
Margrethe II	Queen Margrethe II|Queen Margrethe	DNK	Queen	GOV	1972-01-14	2024-01-14
Margrethe Vestager		eu-commission	European Commissioner for Competition	IGO	2014-11-01	2024-11-30
Margus Tsahkna		EST	Foreign Minister	GOV	2023-04-17	
María Corina Machado	Maria Corina Machado	VEN	Opposition Leader	OPP	2023	
Maria Malmer Stenergard		SWE	Foreign Minister	GOV	2024-09-10	
Maria Zakharova	Mariya Zakharova|Maria Vladimirovna Zakharova	RUS	Foreign Ministry Spokeswoman	GOV	2015-08-10	
Mariano Rajoy		ESP	Prime Minister	GOV	2011-12-21	2018-06-02
Marine Le Pen		FRA	Leader of the National Rally	PTY	2011-01-16	2022-11-05
Mario Draghi		ecb	President of the European Central Bank	IGO	2011-11-01	2019-10-31
Mario Draghi		ITA	Prime Minister	GOV	2021-02-13	2022-10-22
Mario Monti		ITA	Prime Minister	GOV	2011-11-16	2013-04-28
Maris Sangiampongsa		THA	Foreign Minister	GOV	2024	2025
Marise Payne		AUS	Foreign Minister	GOV	2018-08-26	2022-05-23
Mariusz Błaszczak	Mariusz Blaszczak	POL	Defence Minister	GOV	2018-01-09	2023-11-27
Mark Carney		CAN	Governor of the Bank of Canada	GOV	2008-02-01	2013-06-01
Mark Carney		GBR	Governor of the Bank of England	GOV	2013-07-01	2020-03-15
Mark Carney		CAN	Prime Minister	GOV	2025-03-14	
Mark Esper	Mark T. Esper	USA	Secretary of Defense	GOV	2019-07-23	2020-11-09
Mark Milley	Mark A. Milley	USA	Chairman of the Joint Chiefs of Staff	MIL	2019	2023
Mark Rutte		NLD	Prime Minister	GOV	2010-10-14	2024-07-02
Mark Rutte		nato	Secretary-General of NATO	IGO	2024-10-01	
Marko Đurić	Marko Duric	SRB	Foreign Minister	GOV	2024-05-02	
Maroš Šefčovič	Maros Sefcovic	eu-commission	European Commissioner for Trade and Economic Security	IGO	2024-12-01	
Marta Kos		eu-commission	European Commissioner for Enlargement	IGO	2024-12-01	
Martin Griffiths		un	UN Special Envoy for Yemen	IGO	2018	2021
Martin Griffiths		ocha	Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator	IGO	2021-07-19	2024-06-30
Martin Schulz		european-parliament	President of the European Parliament	LEG	2012-01-17	2017-01-17
Marty Natalegawa		IDN	Foreign Minister	GOV	2009-10-22	2014-10-20
Masoud Barzani	Massoud Barzani	IRQ	President of the Kurdistan Region	GOV	2005-06-13	2017-11-01
Masoud Pezeshkian	Massoud Pezeshkian	IRN	President	GOV	2024-07-28	
Masrour Barzani		krg	Prime Minister of the Kurdistan Regional Government	GOV	2019-07-10	
Massad Boulos		USA	Senior Adviser for Africa	GOV	2025	
Mateusz Morawiecki		POL	Prime Minister	GOV	2017-12-11	2023-12-13
Matteo Renzi		ITA	Prime Minister	GOV	2014-02-22	2016-12-12
Matteo Salvini		ITA	Interior Minister	GOV	2018-06-01	2019-09-05
Matteo Salvini		ITA	Deputy Prime Minister	GOV	2022-10-22	
Matthew Miller		USA	State Department Spokesperson	GOV	2023	2025-01-20
Mauricio Macri		ARG	President	GOV	2015-12-10	2019-12-10
Mauro Vieira		BRA	Foreign Minister	GOV	2015-01-01	2016-05-12
Mauro Vieira		BRA	Foreign Minister	GOV	2023-01-01	
Maxim Ryzhenkov		BLR	Foreign Minister	GOV	2024	
Maxime Prévot	Maxime Prevot	BEL	Foreign Minister	GOV	2025-02-03	
Mazloum Abdi	Mazloum Kobani|Mazloum Abdi Kobani	sdf	Commander-in-Chief of the Syrian Democratic Forces	REB	2015	
Mélanie Joly	Melanie Joly	CAN	Foreign Minister	GOV	2021-10-26	2025-05-13
Meles Zenawi		ETH	Prime Minister	GOV	1995-08-23	2012-08-20
Merrick Garland	Merrick B. Garland	USA	Attorney General	GOV	2021-03-11	2025-01-20
Mette Frederiksen		DNK	Prime Minister	GOV	2019-06-27	
Mevlüt Çavuşoğlu	Mevlut Cavusoglu	TUR	Foreign Minister	GOV	2014-08-29	2015-08-28
Mevlüt Çavuşoğlu		TUR	Foreign Minister	GOV	2015-11-24	2023-06-03
Michael Fallon		GBR	Defence Secretary	GOV	2014-07-15	2017-11-01
Michael Flynn	Mike Flynn	USA	National Security Adviser	GOV	2017-01-20	2017-02-13
Micheál Martin	Micheal Martin	IRL	Taoiseach	GOV	2020-06-27	2022-12-17
Micheál Martin		IRL	Foreign Minister	GOV	2022-12-17	2025-01-23
Micheál Martin		IRL	Taoiseach	GOV	2025-01-23	
Michel Aoun		LBN	President	GOV	2016-10-31	2022-10-30
Michel Barnier		eu-commission	EU Chief Brexit Negotiator	IGO	2016	2021
Michel Barnier		FRA	Prime Minister	GOV	2024-09-05	2024-12-13
Michel Temer		BRA	President	GOV	2016-08-31	2018-12-31
Michèle Alliot-Marie	Michele Alliot-Marie	FRA	Foreign Minister	GOV	2010-11-14	2011-02-27
Michelle Bachelet		CHL	President	GOV	2006-03-11	2010-03-11
Michelle Bachelet		CHL	President	GOV	2014-03-11	2018-03-11
Michelle Bachelet		ohchr	UN High Commissioner for Human Rights	IGO	2018-09-01	2022-08-31
Miguel Díaz-Canel	Miguel Diaz-Canel|Miguel Díaz-Canel Bermúdez|Miguel Diaz-Canel Bermudez	CUB	President	GOV	2018-04-19	
Miguel Díaz-Canel		CUB	First Secretary of the Communist Party	GOV	2021-04-19	
Mihai Popșoi	Mihai Popsoi	MDA	Foreign Minister	GOV	2024-01-29	
Mike Johnson	James Michael Johnson	USA	Speaker of the House	LEG	2023-10-25	
Mike Pence	Michael Pence|Michael R. Pence	USA	Vice President	GOV	2017-01-20	2021-01-20
Mike Pompeo	Michael Pompeo|Michael R. Pompeo	USA	Director of the CIA	SPY	2017-01-23	2018-04-26
Mike Pompeo		USA	Secretary of State	GOV	2018-04-26	2021-01-20
Mike Waltz	Michael Waltz	USA	National Security Adviser	GOV	2025-01-20	2025-05-01
Mikhail Mishustin	Mikhail Vladimirovich Mishustin	RUS	Prime Minister	GOV	2020-01-16	
Mikheil Kavelashvili		GEO	President	GOV	2024-12-29	
Mikheil Saakashvili	Mikhail Saakashvili	GEO	President	GOV	2004-01-25	2013-11-17
Miloš Vučević	Milos Vucevic	SRB	Prime Minister	GOV	2024-05-02	2025-04-16
Miloš Zeman	Milos Zeman	CZE	President	GOV	2013-03-08	2023-03-08
Min Aung Hlaing	Senior General Min Aung Hlaing	MMR	Commander-in-Chief of Defence Services	MIL	2011-03-30	
Min Aung Hlaing		MMR	Chairman of the State Administration Council	GOV	2021-02-02	2025-07-31
Min Aung Hlaing		MMR	Acting President	GOV	2024-07-22	
Minoru Kihara		JPN	Defence Minister	GOV	2023-09-13	2024-10-01
Minoru Kihara		JPN	Chief Cabinet Secretary	GOV	2025-10-21	
Mirjana Spoljaric Egger	Mirjana Spoljaric	icrc	President of the ICRC	NGO	2022-10-01	
Mishal Al-Ahmad Al-Jaber Al-Sabah	Sheikh Mishal al-Ahmad	KWT	Emir	GOV	2023-12-16	
Mitch McConnell	Addison Mitchell McConnell	USA	Senate Republican Leader	LEG	2007-01-03	2025-01-03
Mohamad Hasan		MYS	Foreign Minister	GOV	2023-12-12	
Mohamed Abdullahi Farmaajo	Mohamed Abdullahi Mohamed|Farmaajo	SOM	President	GOV	2017-02-16	2022-05-23
Mohamed al-Menfi	Mohammed al-Menfi	LBY	Chairman of the Presidential Council	GOV	2021-03-15	
Mohamed Bazoum		NER	President	GOV	2021-04-02	2023-07-26
Mohamed bin Zayed	Mohammed bin Zayed|MBZ|Mohamed bin Zayed Al Nahyan|Sheikh Mohamed bin Zayed	ARE	Crown Prince of Abu Dhabi	GOV	2004-11-03	2022-05-14
Mohamed bin Zayed		ARE	President	GOV	2022-05-14	
Mohamed Hamdan Dagalo	Hemedti|Hemeti|Mohamed Hamdan Daglo	rsf	Commander of the Rapid Support Forces	REB	2013	
Mohamed Morsi	Mohammed Morsi|Mohamed Mursi	EGY	President	GOV	2012-06-30	2013-07-03
Mohammad Bagher Ghalibaf	Mohammad Bagher Qalibaf|Mohammad-Bagher Ghalibaf	IRN	Speaker of Parliament	LEG	2020-05-28	
Mohammad Bagheri		IRN	Chief of Staff of the Armed Forces	MIL	2016-06-28	2025-06-13
Mohammad Eslami		IRN	Head of the Atomic Energy Organization	GOV	2021-08-29	
Mohammad Hassan Akhund	Mullah Mohammad Hassan Akhund	AFG	Acting Prime Minister (Taliban)	GOV	2021-09-07	
Mohammad Javad Zarif	Javad Zarif	IRN	Foreign Minister	GOV	2013-08-15	2021-08-25
Mohammad Javad Zarif		IRN	Vice President for Strategic Affairs	GOV	2024-08-01	2025-03-02
Mohammad Mokhber		IRN	First Vice President	GOV	2021-08-08	2024-07-28
Mohammad Mokhber		IRN	Acting President	GOV	2024-05-20	2024-07-28
Mohammad Mustafa	Mohammed Mustafa	PSE	Prime Minister	GOV	2024-03-31	
Mohammad Pakpour		IRN	Commander-in-Chief of the IRGC	MIL	2025-06-13	
Mohammad Shtayyeh	Mohammed Shtayyeh	PSE	Prime Minister	GOV	2019-04-14	2024-03-31
Mohammed Abdulsalam	Mohammed Abdul-Salam	houthis	Houthi Spokesman and Chief Negotiator	REB	2015	
Mohammed al-Bashir	Mohammad al-Bashir	SYR	Prime Minister (caretaker)	GOV	2024-12-10	2025-03-29
Mohammed bin Abdulrahman Al Thani	Sheikh Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman|Mohammed bin Abdulrahman bin Jassim Al Thani	QAT	Foreign Minister	GOV	2016-01-27	
Mohammed bin Abdulrahman Al Thani		QAT	Prime Minister	GOV	2023-03-07	
Mohammed bin Rashid Al Maktoum	Sheikh Mohammed bin Rashid	ARE	Vice President and Prime Minister	GOV	2006-01-05	
Mohammed bin Salman	MBS|Mohammad bin Salman|Muhammad bin Salman|Crown Prince Mohammed bin Salman	SAU	Defence Minister	GOV	2015-01-23	2022-09-27
Mohammed bin Salman		SAU	Crown Prince	GOV	2017-06-21	
Mohammed bin Salman		SAU	Prime Minister	GOV	2022-09-27	
Mohammed Deif	Mohammad Deif|Muhammad Deif	qassam-brigades	Commander of the Qassam Brigades	REB	2002	2024-07-13
Mohammed Shahabuddin		BGD	President	GOV	2023-04-24	
Mohammed Shia al-Sudani	Mohammed Shia' al-Sudani|Mohammed al-Sudani|Mohammad Shia al-Sudani	IRQ	Prime Minister	GOV	2022-10-27	
Mohammed VI	King Mohammed VI	MAR	King	GOV	1999-07-23	
Moon Jae-in		KOR	President	GOV	2017-05-10	2022-05-09
Moshe Ya'alon	Moshe Yaalon|Bogie Ya'alon	ISR	Defence Minister	GOV	2013-03-18	2016-05-20
Mostafa Madbouly	Moustafa Madbouly	EGY	Prime Minister	GOV	2018-06-07	
Moussa Faki Mahamat	Moussa Faki	african-union	Chairperson of the African Union Commission	IGO	2017-03-14	2025
Muammar Gaddafi	Moammar Gadhafi|Muammar al-Qaddafi|Muammar Qaddafi|Moamer Kadhafi	LBY	Leader of Libya	GOV	1969-09-01	2011-10-20
Muhammad bin Nayef	Mohammed bin Nayef	SAU	Crown Prince	GOV	2015-04-29	2017-06-21
Muhammad Yunus		BGD	Chief Adviser of the Interim Government	GOV	2024-08-08	
Muhammadu Buhari		NGA	President	GOV	2015-05-29	2023-05-29
Muhyiddin Yassin		MYS	Prime Minister	GOV	2020-03-01	2021-08-16
Mullah Omar	Mohammad Omar|Mullah Mohammad Omar	taliban	Supreme Leader of the Taliban	REB	1994	2013-04-23
Muqtada al-Sadr	Moqtada al-Sadr	IRQ	Leader of the Sadrist Movement	PTY	2003	
Murhaf Abu Qasra		SYR	Defence Minister	GOV	2024-12-21	
Musalia Mudavadi		KEN	Prime Cabinet Secretary	GOV	2022-10-27	
Mustafa al-Kadhimi	Mustafa Al-Kadhimi	IRQ	Prime Minister	GOV	2020-05-07	2022-10-27
Mwai Kibaki		KEN	President	GOV	2002-12-30	2013-04-09
Mykhailo Podolyak	Mykhailo Podoliak	UKR	Adviser to the Head of the Presidential Office	GOV	2020	
Nabih Berri		LBN	Speaker of Parliament	LEG	1992-10-20	
Nabil Elaraby	Nabil el-Araby	arab-league	Secretary-General of the Arab League	IGO	2011-07-01	2016-06-30
Naftali Bennett		ISR	Defence Minister	GOV	2019-11-12	2020-05-17
Naftali Bennett		ISR	Prime Minister	GOV	2021-06-13	2022-06-30
Naim Qassem	Naim Kassem|Sheikh Naim Qassem	hezbollah	Secretary-General of Hezbollah	REB	2024-10-29	
Najib Mikati		LBN	Prime Minister	GOV	2011-06-13	2014-02-15
Najib Mikati		LBN	Prime Minister	GOV	2021-09-10	2025-02-08
Najib Razak		MYS	Prime Minister	GOV	2009-04-03	2018-05-10
Naledi Pandor		ZAF	Minister of International Relations and Cooperation	GOV	2019-05-30	2024-07-03
Nana Akufo-Addo		GHA	President	GOV	2017-01-07	2025-01-07
Nanaia Mahuta		NZL	Foreign Minister	GOV	2020-11-06	2023-11-27
Nancy Pelosi		USA	Speaker of the House	LEG	2007-01-04	2011-01-03
Nancy Pelosi		USA	Speaker of the House	LEG	2019-01-03	2023-01-03
Naoto Kan		JPN	Prime Minister	GOV	2010-06-08	2011-09-02
Narendra Modi	Narendra Damodardas Modi|PM Modi	IND	Prime Minister	GOV	2014-05-26	
Naruhito	Emperor Naruhito	JPN	Emperor	GOV	2019-05-01	
Nasser Bourita		MAR	Foreign Minister	GOV	2017-04-05	
Nasser Judeh		JOR	Foreign Minister	GOV	2009-02-23	2017-01-15
Nawaf Al-Ahmad Al-Jaber Al-Sabah	Sheikh Nawaf al-Ahmad	KWT	Emir	GOV	2020-09-29	2023-12-16
Nawaf Salam		icj	President of the International Court of Justice	JUD	2024-02-06	2025-01-14
Nawaf Salam		LBN	Prime Minister	GOV	2025-02-08	
Nawaz Sharif	Mian Muhammad Nawaz Sharif	PAK	Prime Minister	GOV	2013-06-05	2017-07-28
Nayib Bukele		SLV	President	GOV	2019-06-01	
Nechirvan Barzani		IRQ	President of the Kurdistan Region	GOV	2019-06-10	
Ned Price	Edward Price	USA	State Department Spokesperson	GOV	2021	2023
Nelson Mandela	Nelson Rolihlahla Mandela	ZAF	President	GOV	1994-05-10	1999-06-14
Ngozi Okonjo-Iweala		wto	Director-General of the WTO	IGO	2021-03-01	
Nguyen Phu Trong	Nguyễn Phú Trọng	VNM	General Secretary of the Communist Party	GOV	2011-01-19	2024-07-19
Nguyen Phu Trong		VNM	President	GOV	2018-10-23	2021-04-05
Nguyen Xuan Phuc	Nguyễn Xuân Phúc	VNM	Prime Minister	GOV	2016-04-07	2021-04-05
Nguyen Xuan Phuc		VNM	President	GOV	2021-04-05	2023-01-18
Nicolás Maduro	Nicolas Maduro|Nicolás Maduro Moros|Nicolas Maduro Moros	VEN	Foreign Minister	GOV	2006-08-09	2013-01-15
Nicolás Maduro		VEN	Vice President	GOV	2012-10-13	2013-03-05
Nicolás Maduro		VEN	President	GOV	2013-03-05	
Nicolas Sarkozy		FRA	President	GOV	2007-05-16	2012-05-15
Nicu Popescu		MDA	Foreign Minister	GOV	2021-08-06	2024-01-29
Nicușor Dan	Nicusor Dan	ROU	President	GOV	2025-05-26	
Nigel Farage		GBR	Leader of Reform UK	PTY	2024-06-03	
Nikki Haley	Nimrata Haley	USA	Ambassador to the United Nations	GOV	2017-01-27	2018-12-31
Nikol Pashinyan		ARM	Prime Minister	GOV	2018-05-08	
Nikola Selaković	Nikola Selakovic	SRB	Foreign Minister	GOV	2020-10-28	2022-10-26
Nikolai Patrushev	Nikolay Patrushev	RUS	Director of the FSB	SPY	1999-08-09	2008-05-12
Nikolai Patrushev		RUS	Secretary of the Security Council	GOV	2008-05-12	2024-05-12
Nikolai Patrushev		RUS	Presidential Aide	GOV	2024-05-14	
Nikos Christodoulides		CYP	President	GOV	2023-02-28	
Nikos Dendias		GRC	Foreign Minister	GOV	2019-07-09	2023-05-26
Nikos Dendias		GRC	Defence Minister	GOV	2023-06-27	
Nikos Kotzias		GRC	Foreign Minister	GOV	2015-01-27	2018-10-20
Nirmala Sitharaman		IND	Defence Minister	GOV	2017-09-03	2019-05-30
Nirmala Sitharaman		IND	Finance Minister	GOV	2019-05-31	
Nouri al-Maliki	Nuri al-Maliki	IRQ	Prime Minister	GOV	2006-05-20	2014-09-08
Numan Kurtulmuş	Numan Kurtulmus	TUR	Speaker of the Grand National Assembly	LEG	2023-06-07	
Nursultan Nazarbayev		KAZ	President	GOV	1990-04-24	2019-03-20
Olaf Scholz		DEU	Finance Minister	GOV	2018-03-14	2021-12-08
Olaf Scholz		DEU	Chancellor	GOV	2021-12-08	2025-05-06
Oleksandr Syrskyi	Oleksandr Syrsky|Alexander Syrsky	UKR	Commander-in-Chief of the Armed Forces	MIL	2024-02-08	
Oleksii Reznikov	Oleksiy Reznikov|Alexei Reznikov	UKR	Defence Minister	GOV	2021-11-04	2023-09-05
Oleksiy Danilov	Oleksii Danilov	UKR	Secretary of the National Security and Defense Council	GOV	2019-10-03	2024-03-26
Oleksiy Honcharuk	Oleksii Honcharuk	UKR	Prime Minister	GOV	2019-08-29	2020-03-04
Olivér Várhelyi	Oliver Varhelyi	eu-commission	European Commissioner for Neighbourhood and Enlargement	IGO	2019-12-01	2024-11-30
Olivér Várhelyi		eu-commission	European Commissioner for Health and Animal Welfare	IGO	2024-12-01	
Olivier Nduhungirehe		RWA	Foreign Minister	GOV	2023-12-06	
Omar al-Bashir	Omar Hassan al-Bashir	SDN	President	GOV	1989-06-30	2019-04-11
Osama bin Laden	Usama bin Laden	al-qaeda	Leader of al-Qaeda	REB	1988	2011-05-02
Ousmane Sonko		SEN	Prime Minister	GOV	2024-04-02	
Özgür Özel	Ozgur Ozel	TUR	Leader of the Republican People's Party	OPP	2023-11-05	
Pablo Quirno		ARG	Foreign Minister	GOV	2025	
Paetongtarn Shinawatra		THA	Prime Minister	GOV	2024-08-16	2025-08-29
Pam Bondi	Pamela Bondi	USA	Attorney General	GOV	2025-02-05	
Paolo Gentiloni		ITA	Foreign Minister	GOV	2014-10-31	2016-12-12
Paolo Gentiloni		ITA	Prime Minister	GOV	2016-12-12	2018-06-01
Paolo Gentiloni		eu-commission	European Commissioner for Economy	IGO	2019-12-01	2024-11-30
Park Geun-hye		KOR	President	GOV	2013-02-25	2017-03-10
Park Jin		KOR	Foreign Minister	GOV	2022-05-12	2024-01-10
Parnpree Bahiddha-nukara		THA	Foreign Minister	GOV	2023-09-01	2024-04-28
Paul Biya		CMR	President	GOV	1982-11-06	
Paul Kagame		RWA	President	GOV	2000-04-22	
Paul Ryan		USA	Speaker of the House	LEG	2015-10-29	2019-01-03
Paulo Rangel		PRT	Foreign Minister	GOV	2024-04-02	
Pavlo Klimkin		UKR	Foreign Minister	GOV	2014-06-19	2019-08-29
Pedro Castillo		PER	President	GOV	2021-07-28	2022-12-07
Pedro Sánchez	Pedro Sánchez Pérez-Castejón|Pedro Sanchez|Pedro Sanchez Perez-Castejon	ESP	Prime Minister	GOV	2018-06-02	
Pekka Haavisto		FIN	Foreign Minister	GOV	2019-06-06	2023-06-20
Penny Wong		AUS	Foreign Minister	GOV	2022-05-23	
Pervez Musharraf		PAK	President	GOV	2001-06-20	2008-08-18
Pete Hegseth	Peter Hegseth	USA	Secretary of Defense	GOV	2025-01-25	
Péter Magyar	Peter Magyar	HUN	Leader of the Tisza Party	OPP	2024	
Peter Maurer		icrc	President of the ICRC	NGO	2012-07-01	2022-09-30
Peter Pellegrini		SVK	Prime Minister	GOV	2018-03-22	2020-03-21
Peter Pellegrini		SVK	President	GOV	2024-06-15	
Péter Szijjártó	Peter Szijjarto	HUN	Foreign Minister	GOV	2014-09-23	
Petr Fiala		CZE	Prime Minister	GOV	2021-11-28	2025
Petr Pavel		nato	Chairman of the NATO Military Committee	MIL	2015-06-26	2018-06-29
Petr Pavel		CZE	President	GOV	2023-03-09	
Petro Poroshenko	Petro Oleksiyovych Poroshenko|Pyotr Poroshenko	UKR	Foreign Minister	GOV	2009-10-09	2010-03-11
Petro Poroshenko		UKR	President	GOV	2014-06-07	2019-05-20
Petteri Orpo		FIN	Prime Minister	GOV	2023-06-20	
Pham Binh Minh	Phạm Bình Minh	VNM	Foreign Minister	GOV	2011-08-03	2021-04-08
Pham Minh Chinh	Phạm Minh Chính	VNM	Prime Minister	GOV	2021-04-05	
Philemon Yang		un-general-assembly	President of the UN General Assembly	IGO	2024-09-10	2025-09-09
Philip Hammond		GBR	Foreign Secretary	GOV	2014-07-15	2016-07-13
Philip Hammond		GBR	Chancellor of the Exchequer	GOV	2016-07-13	2019-07-24
Philippe Lazzarini		unrwa	Commissioner-General of UNRWA	IGO	2020-04-01	
Philippe of Belgium	King Philippe	BEL	King	GOV	2013-07-21	
Pietro Parolin	Cardinal Pietro Parolin	VAT	Secretary of State	GOV	2013-10-15	
Pope Benedict XVI	Benedict XVI|Joseph Ratzinger	VAT	Pope	GOV	2005-04-19	2013-02-28
Pope Francis	Jorge Mario Bergoglio	VAT	Pope	GOV	2013-03-13	2025-04-21
Pope Leo XIV	Leo XIV|Robert Francis Prevost|Robert Prevost	VAT	Pope	GOV	2025-05-08	
Prabowo Subianto	Prabowo	IDN	Defence Minister	GOV	2019-10-23	2024-10-20
Prabowo Subianto		IDN	President	GOV	2024-10-20	
Pranab Mukherjee		IND	President	GOV	2012-07-25	2017-07-25
Prayut Chan-o-cha	Prayuth Chan-ocha	THA	Prime Minister	GOV	2014-08-24	2023-08-22
Qaboos bin Said	Sultan Qaboos	OMN	Sultan	GOV	1970-07-23	2020-01-10
Qamar Javed Bajwa		PAK	Chief of Army Staff	MIL	2016-11-29	2022-11-29
Qasem Soleimani	Qassem Soleimani|Ghasem Soleimani	IRN	Commander of the Quds Force	MIL	1998	2020-01-03
Qin Gang		CHN	Ambassador to the United States	GOV	2021-07-28	2022-12-30
Qin Gang		CHN	Foreign Minister	GOV	2022-12-30	2023-07-25
Rachel Reeves		GBR	Chancellor of the Exchequer	GOV	2024-07-05	
Radosław Sikorski	Radek Sikorski|Radoslaw Sikorski	POL	Foreign Minister	GOV	2007-11-16	2014-09-22
Radosław Sikorski		POL	Foreign Minister	GOV	2023-12-13	
Rafael Correa		ECU	President	GOV	2007-01-15	2017-05-24
Rafael Grossi	Rafael Mariano Grossi	iaea	Director General of the IAEA	IGO	2019-12-03	
Raheel Sharif		PAK	Chief of Army Staff	MIL	2013-11-29	2016-11-29
Rahul Gandhi		IND	Leader of the Opposition in the Lok Sabha	OPP	2024	
Raila Odinga		KEN	Prime Minister	GOV	2008-04-17	2013-04-09
Raja Pervaiz Ashraf	Raja Pervez Ashraf	PAK	Prime Minister	GOV	2012-06-22	2013-03-25
Rajnath Singh		IND	Home Minister	GOV	2014-05-26	2019-05-30
Rajnath Singh		IND	Defence Minister	GOV	2019-05-31	
Ram Nath Kovind		IND	President	GOV	2017-07-25	2022-07-25
Rami Hamdallah		PSE	Prime Minister	GOV	2013-06-06	2019-04-14
Ramtane Lamamra		DZA	Foreign Minister	GOV	2013-09-11	2017-05-25
Ramtane Lamamra		DZA	Foreign Minister	GOV	2021-07-07	2023-03-16
Ramzan Kadyrov	Ramzan Akhmatovich Kadyrov	RUS	Head of the Chechen Republic	GOV	2007	
Ranil Wickremesinghe		LKA	President	GOV	2022-07-21	2024-09-23
Rashad al-Alimi		YEM	Chairman of the Presidential Leadership Council	GOV	2022-04-07	
Raúl Castro	Raul Castro	CUB	President	GOV	2008-02-24	2018-04-19
Raúl Castro		CUB	First Secretary of the Communist Party	GOV	2011-04-19	2021-04-19
Recep Tayyip Erdoğan	Recep Tayyip Erdogan|Tayyip Erdogan|Tayyip Erdoğan|Erdogan|Erdoğan	TUR	Prime Minister	GOV	2003-03-14	2014-08-28
Recep Tayyip Erdoğan		TUR	President	GOV	2014-08-28	
Retno Marsudi	Retno L.P. Marsudi	IDN	Foreign Minister	GOV	2014-10-27	2024-10-20
Reuven Rivlin	Ruvi Rivlin	ISR	President	GOV	2014-07-24	2021-07-07
Rex Tillerson	Rex W. Tillerson	USA	Secretary of State	GOV	2017-02-01	2018-03-31
Ri Son Gwon	Ri Son-gwon	PRK	Foreign Minister	GOV	2020	2022
Ri Yong Ho	Ri Yong-ho	PRK	Foreign Minister	GOV	2016	2020
Richard Grenell	Ric Grenell	USA	Ambassador to Germany	GOV	2018-05-08	2020-06-01
Richard Grenell		USA	Special Presidential Envoy for Special Missions	GOV	2025	
Richard Marles		AUS	Deputy Prime Minister and Defence Minister	GOV	2022-05-23	
Riek Machar		SSD	First Vice President	GOV	2020-02-22	
Rishi Sunak		GBR	Chancellor of the Exchequer	GOV	2020-02-13	2022-07-05
Rishi Sunak		GBR	Prime Minister	GOV	2022-10-25	2024-07-05
Riyad al-Maliki	Riad Malki|Riyad al-Malki	PSE	Foreign Minister	GOV	2007	2024-03-31
Riyad Mansour	Riyad H. Mansour	PSE	Permanent Observer to the United Nations	GOV	2005	
Robert F. Kennedy Jr.	RFK Jr.|Robert Kennedy Jr.	USA	Secretary of Health and Human Services	GOV	2025-02-13	
Robert Fico		SVK	Prime Minister	GOV	2006-07-04	2010-07-08
Robert Fico		SVK	Prime Minister	GOV	2012-04-04	2018-03-22
Robert Fico		SVK	Prime Minister	GOV	2023-10-25	
Robert Gates	Robert M. Gates	USA	Secretary of Defense	GOV	2006-12-18	2011-06-30
Robert Habeck		DEU	Vice Chancellor and Economy Minister	GOV	2021-12-08	2025-05-06
Robert Lighthizer		USA	U.S. Trade Representative	GOV	2017-05-15	2021-01-20
Robert Mueller	Robert S. Mueller	USA	Director of the FBI	COP	2001-09-04	2013-09-04
Robert Mugabe		ZWE	President	GOV	1987-12-31	2017-11-21
Robert O'Brien	Robert C. O'Brien	USA	National Security Adviser	GOV	2019-09-18	2021-01-20
Roberta Metsola		european-parliament	President of the European Parliament	LEG	2022-01-18	
Roberto Azevêdo	Roberto Azevedo	wto	Director-General of the WTO	IGO	2013-09-01	2020-08-31
Rodrigo Duterte		PHL	President	GOV	2016-06-30	2022-06-30
Rodrigo Paz	Rodrigo Paz Pereira	BOL	President	GOV	2025-11-08	
Ron Dermer		ISR	Ambassador to the United States	GOV	2013	2021
Ron Dermer		ISR	Minister of Strategic Affairs	GOV	2022-12-29	
Ronald Lamola		ZAF	Minister of International Relations and Cooperation	GOV	2024-07-03	
Ronen Bar		ISR	Director of the Shin Bet	SPY	2021-10-13	2025
Rosario Murillo		NIC	Vice President	GOV	2017-01-10	
Rumen Radev		BGR	President	GOV	2017-01-22	
Ruslan Stefanchuk		UKR	Chairman of the Verkhovna Rada	LEG	2021-10-08	
Rustem Umerov		UKR	Defence Minister	GOV	2023-09-06	2025-07-17
Rustem Umerov		UKR	Secretary of the National Security and Defense Council	GOV	2025	
S. Jaishankar	Subrahmanyam Jaishankar|S Jaishankar|Jaishankar	IND	Foreign Secretary	GOV	2015-01-29	2018-01-28
S. Jaishankar		IND	Minister of External Affairs	GOV	2019-05-30	
S. M. Krishna	S.M. Krishna	IND	Minister of External Affairs	GOV	2009-05-22	2012-10-28
Saad Hariri	Saad al-Hariri	LBN	Prime Minister	GOV	2009-11-09	2011-06-13
Saad Hariri		LBN	Prime Minister	GOV	2016-12-18	2020-01-21
Sabah Al-Ahmad Al-Jaber Al-Sabah	Sheikh Sabah al-Ahmad	KWT	Emir	GOV	2006-01-29	2020-09-29
Sadyr Japarov	Sadyr Zhaparov	KGZ	President	GOV	2021-01-28	
Saeed Jalili		IRN	Secretary of the Supreme National Security Council	GOV	2007	2013
Sahle-Work Zewde		ETH	President	GOV	2018-10-25	2024-10-07
Salam Fayyad		PSE	Prime Minister	GOV	2007-06-15	2013-06-06
Salman bin Abdulaziz	King Salman|Salman bin Abdulaziz Al Saud	SAU	Crown Prince	GOV	2012-06-18	2015-01-23
Salman bin Abdulaziz		SAU	King	GOV	2015-01-23	
Salman bin Hamad Al Khalifa	Crown Prince Salman bin Hamad	BHR	Prime Minister	GOV	2020-11-11	
Salman Khurshid		IND	Minister of External Affairs	GOV	2012-10-28	2014-05-26
Salome Zourabichvili	Salome Zurabishvili	GEO	President	GOV	2018-12-16	2024-12-29
Salva Kiir	Salva Kiir Mayardit	SSD	President	GOV	2011-07-09	
Samantha Power		USA	Ambassador to the United Nations	GOV	2013-08-05	2017-01-20
Samantha Power		USA	Administrator of USAID	GOV	2021-05-03	2025-01-20
Sameh Shoukry	Sameh Shukri	EGY	Foreign Minister	GOV	2014-06-17	2024-07-03
Samia Suluhu Hassan		TZA	President	GOV	2021-03-19	
Sanae Takaichi		JPN	Prime Minister	GOV	2025-10-21	
Sanna Marin		FIN	Prime Minister	GOV	2019-12-10	2023-06-20
Santiago Cafiero		ARG	Foreign Minister	GOV	2021-09-20	2023-12-10
Santiago Peña	Santiago Pena	PRY	President	GOV	2023-08-15	
Sara Duterte	Sara Duterte-Carpio	PHL	Vice President	GOV	2022-06-30	
Saud al-Faisal		SAU	Foreign Minister	GOV	1975	2015-04-29
Sauli Niinistö	Sauli Niinisto	FIN	President	GOV	2012-03-01	2024-03-01
Scott Bessent		USA	Secretary of the Treasury	GOV	2025-01-28	
Scott Morrison		AUS	Prime Minister	GOV	2018-08-24	2022-05-23
Sebastian Kurz		AUT	Foreign Minister	GOV	2013-12-16	2017-12-18
Sebastian Kurz		AUT	Chancellor	GOV	2017-12-18	2019-05-28
Sebastian Kurz		AUT	Chancellor	GOV	2020-01-07	2021-10-11
Sebastián Piñera	Sebastian Pinera	CHL	President	GOV	2010-03-11	2014-03-11
Sebastián Piñera		CHL	President	GOV	2018-03-11	2022-03-11
Sébastien Lecornu	Sebastien Lecornu	FRA	Minister of the Armed Forces	GOV	2022-05-20	2025
Sébastien Lecornu		FRA	Prime Minister	GOV	2025-09-09	
Serdar Berdimuhamedow	Serdar Berdymukhamedov	TKM	President	GOV	2022-03-19	
Sergei Aleinik		BLR	Foreign Minister	GOV	2022-12-13	2024
Sergei Kiriyenko	Sergey Kiriyenko	RUS	First Deputy Chief of Staff of the Presidential Administration	GOV	2016-10-05	
Sergey Lavrov	Sergei Lavrov|Sergei Viktorovich Lavrov|Sergey Viktorovich Lavrov	RUS	Foreign Minister	GOV	2004-03-09	
Sergei Naryshkin	Sergey Naryshkin	RUS	Chairman of the State Duma	LEG	2011-12-21	2016-10-05
Sergei Naryshkin		RUS	Director of the SVR	SPY	2016-10-05	
Sergei Ryabkov	Sergey Ryabkov	RUS	Deputy Foreign Minister	GOV	2008	
Sergei Shoigu	Sergey Shoigu|Sergei Kuzhugetovich Shoigu	RUS	Defence Minister	GOV	2012-11-06	2024-05-12
Sergei Shoigu		RUS	Secretary of the Security Council	GOV	2024-05-12	
Sergio Mattarella		ITA	President	GOV	2015-02-03	
Serzh Sargsyan	Serzh Sargsian	ARM	President	GOV	2008-04-09	2018-04-09
Shah Mahmood Qureshi	Shah Mehmood Qureshi	PAK	Foreign Minister	GOV	2008-03-31	2011-02-11
Shah Mahmood Qureshi		PAK	Foreign Minister	GOV	2018-08-20	2022-04-10
Shahid Khaqan Abbasi		PAK	Prime Minister	GOV	2017-08-01	2018-05-31
Shavkat Mirziyoyev		UZB	President	GOV	2016-09-08	
Shehbaz Sharif	Shahbaz Sharif|Mian Muhammad Shehbaz Sharif	PAK	Prime Minister	GOV	2022-04-11	2023-08-14
Shehbaz Sharif		PAK	Prime Minister	GOV	2024-03-04	
Sheikh Hasina	Sheikh Hasina Wajed	BGD	Prime Minister	GOV	2009-01-06	2024-08-05
Shigeru Ishiba		JPN	Prime Minister	GOV	2024-10-01	2025-10-21
Shimon Peres		ISR	President	GOV	2007-07-15	2014-07-24
Shinjiro Koizumi		JPN	Defence Minister	GOV	2025-10-21	
Shinzo Abe	Shinzō Abe	JPN	Prime Minister	GOV	2006-09-26	2007-09-26
Shinzo Abe		JPN	Prime Minister	GOV	2012-12-26	2020-09-16
Sigmar Gabriel		DEU	Foreign Minister	GOV	2017-01-27	2018-03-14
Sihasak Phuangketkeow		THA	Foreign Minister	GOV	2025	
Silvio Berlusconi		ITA	Prime Minister	GOV	2008-05-08	2011-11-16
Simon Coveney		IRL	Foreign Minister	GOV	2017-06-14	2022-12-17
Simon Harris		IRL	Taoiseach	GOV	2024-04-09	2025-01-23
Simon Harris		IRL	Tánaiste and Finance Minister	GOV	2025	
Simon Harris		IRL	Tánaiste and Foreign Minister	GOV	2025-01-23	2025
Sirajuddin Haqqani		AFG	Acting Interior Minister (Taliban)	GOV	2021-09-07	
Srettha Thavisin		THA	Prime Minister	GOV	2023-08-22	2024-08-14
Staffan de Mistura		un	UN Special Envoy for Syria	IGO	2014-07-10	2019-01-07
Staffan de Mistura		un	Personal Envoy of the Secretary-General for Western Sahara	IGO	2021-11-01	
Stef Blok		NLD	Foreign Minister	GOV	2018-03-07	2021-09-17
Stefan Löfven	Stefan Lofven	SWE	Prime Minister	GOV	2014-10-03	2021-11-30
Stéphane Dion	Stephane Dion	CAN	Foreign Minister	GOV	2015-11-04	2017-01-10
Stéphane Dujarric	Stephane Dujarric	un	Spokesperson for the Secretary-General	IGO	2014	
Stéphane Séjourné	Stephane Sejourne	FRA	Foreign Minister	GOV	2024-01-11	2024-09-21
Stéphane Séjourné		eu-commission	European Commissioner for Prosperity and Industrial Strategy	IGO	2024-12-01	
Stephen Harper		CAN	Prime Minister	GOV	2006-02-06	2015-11-04
Steve Witkoff	Steven Witkoff|Steven C. Witkoff	USA	Special Envoy to the Middle East	GOV	2025-01-20	
Steven Mnuchin	Steve Mnuchin	USA	Secretary of the Treasury	GOV	2017-02-13	2021-01-20
Sugiono		IDN	Foreign Minister	GOV	2024-10-21	
Susan Rice	Susan E. Rice	USA	Ambassador to the United Nations	GOV	2009-01-22	2013-06-30
Susan Rice		USA	National Security Adviser	GOV	2013-07-01	2017-01-20
Susana Malcorra		ARG	Foreign Minister	GOV	2015-12-10	2017-06-12
Sushila Karki		NPL	Interim Prime Minister	GOV	2025-09-12	
Sushma Swaraj		IND	Minister of External Affairs	GOV	2014-05-26	2019-05-30
Susie Wiles	Susan Wiles	USA	White House Chief of Staff	GOV	2025-01-20	
Susilo Bambang Yudhoyono	SBY	IDN	President	GOV	2004-10-20	2014-10-20
Sviatlana Tsikhanouskaya	Svetlana Tikhanovskaya	BLR	Opposition Leader	OPP	2020	
Tahnoun bin Zayed	Tahnoon bin Zayed|Tahnoun bin Zayed Al Nahyan	ARE	National Security Adviser	GOV	2016	
Takeshi Iwaya		JPN	Foreign Minister	GOV	2024-10-01	2025-10-21
Tamás Sulyok	Tamas Sulyok	HUN	President	GOV	2024-03-05	
Tamim bin Hamad Al Thani	Sheikh Tamim bin Hamad Al Thani|Emir Tamim|Tamim bin Hamad	QAT	Emir	GOV	2013-06-25	
Tammy Bruce		USA	State Department Spokesperson	GOV	2025	
Tarja Halonen		FIN	President	GOV	2000-03-01	2012-03-01
Taro Aso	Tarō Asō	JPN	Prime Minister	GOV	2008-09-24	2009-09-16
Taro Kono	Tarō Kōno	JPN	Foreign Minister	GOV	2017-08-03	2019-09-11
Taro Kono		JPN	Defence Minister	GOV	2019-09-11	2020-09-16
Taye Atske Selassie	Taye Atske-Selassie	ETH	Foreign Minister	GOV	2023	2024
Taye Atske Selassie		ETH	President	GOV	2024-10-07	
Tedros Adhanom Ghebreyesus	Tedros Adhanom|Dr Tedros|Tedros	ETH	Foreign Minister	GOV	2012-11-29	2016-11-01
Tedros Adhanom Ghebreyesus		who	Director-General of the World Health Organization	IGO	2017-07-01	
Teodoro Locsin Jr.	Teddy Locsin	PHL	Foreign Secretary	GOV	2018-10-17	2022-06-30
Thabo Mbeki		ZAF	President	GOV	1999-06-14	2008-09-24
Thaksin Shinawatra		THA	Prime Minister	GOV	2001-02-09	2006-09-19
Tharman Shanmugaratnam		SGP	President	GOV	2023-09-14	
Thein Sein		MMR	President	GOV	2011-03-30	2016-03-30
Theresa May		GBR	Prime Minister	GOV	2016-07-13	2019-07-24
Thierry Breton		eu-commission	European Commissioner for the Internal Market	IGO	2019-12-01	2024-09-16
Timothy Geithner	Tim Geithner	USA	Secretary of the Treasury	GOV	2009-01-26	2013-01-25
To Lam	Tô Lâm	VNM	Minister of Public Security	COP	2016-04-09	2024-05-22
To Lam		VNM	President	GOV	2024-05-22	2024-10-21
To Lam		VNM	General Secretary of the Communist Party	GOV	2024-08-03	
Tobias Billström	Tobias Billstrom	SWE	Foreign Minister	GOV	2022-10-18	2024-09-10
Tom Barrack	Thomas Barrack|Thomas J. Barrack	USA	Ambassador to Turkey	GOV	2025	
Tom Barrack		USA	Special Envoy for Syria	GOV	2025	
Tom Donilon	Thomas Donilon	USA	National Security Adviser	GOV	2010-10-08	2013-07-01
Tom Fletcher		ocha	Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator	IGO	2024-11-18	
Tomislav Nikolić	Tomislav Nikolic	SRB	President	GOV	2012-05-31	2017-05-31
Tomoko Akane		icc	President of the International Criminal Court	JUD	2024-03-11	
Tony Abbott		AUS	Prime Minister	GOV	2013-09-18	2015-09-15
Tony Blair	Anthony Blair	GBR	Prime Minister	GOV	1997-05-02	2007-06-27
Toomas Hendrik Ilves		EST	President	GOV	2006-10-09	2016-10-10
Toshimitsu Motegi		JPN	Foreign Minister	GOV	2019-09-11	2021-11-10
Toshimitsu Motegi		JPN	Foreign Minister	GOV	2025-10-21	
Touhid Hossain	Md Touhid Hossain	BGD	Foreign Adviser	GOV	2024-08-16	
Tsai Ing-wen		TWN	President	GOV	2016-05-20	2024-05-20
Tulsi Gabbard		USA	Director of National Intelligence	SPY	2025-02-12	
Tzipi Livni		ISR	Foreign Minister	GOV	2006-05-04	2009-03-31
Uhuru Kenyatta		KEN	President	GOV	2013-04-09	2022-09-13
Ulf Kristersson		SWE	Prime Minister	GOV	2022-10-18	
Umaru Musa Yar'Adua	Umaru Yar'Adua	NGA	President	GOV	2007-05-29	2010-05-05
Urmas Reinsalu		EST	Foreign Minister	GOV	2019-04-29	2021-01-26
Urmas Reinsalu		EST	Foreign Minister	GOV	2022-07-18	2023-04-17
Ursula von der Leyen		DEU	Defence Minister	GOV	2013-12-17	2019-07-17
Ursula von der Leyen		eu-commission	President of the European Commission	IGO	2019-12-01	
Vadym Prystaiko		UKR	Foreign Minister	GOV	2019-08-29	2020-03-04
Vahagn Khachaturyan		ARM	President	GOV	2022-03-13	
Valdecy Urquiza		interpol	Secretary General of Interpol	COP	2024-11-07	
Valdis Dombrovskis		eu-commission	Executive Vice-President of the European Commission	IGO	2019-12-01	2024-11-30
Valdis Dombrovskis		eu-commission	European Commissioner for Economy and Productivity	IGO	2024-12-01	
Valentina Matviyenko	Valentina Matvienko	RUS	Chair of the Federation Council	LEG	2011-09-21	
Valerii Zaluzhnyi	Valery Zaluzhny|Valeriy Zaluzhnyi|Valerii Zaluzhny	UKR	Commander-in-Chief of the Armed Forces	MIL	2021-07-27	2024-02-08
Valerii Zaluzhnyi		UKR	Ambassador to the United Kingdom	GOV	2024	
Valery Gerasimov	Valeriy Gerasimov|Valery Vasilyevich Gerasimov	RUS	Chief of the General Staff	MIL	2012-11-09	
Varsen Aghabekian	Varsen Aghabekian Shahin	PSE	Foreign Minister	GOV	2024-03-31	
Vasily Nebenzya	Vassily Nebenzia|Vasily Nebenzia|Vassily Nebenzya	RUS	Ambassador to the United Nations	GOV	2017-07-27	
Victoria Nuland		USA	Assistant Secretary of State for European and Eurasian Affairs	GOV	2013	2017-01-20
Victoria Nuland		USA	Under Secretary of State for Political Affairs	GOV	2021	2024
Vijitha Herath		LKA	Foreign Minister	GOV	2024-09-24	
Vikram Misri		IND	Foreign Secretary	GOV	2024-07-15	
Viktor Orbán	Viktor Orban	HUN	Prime Minister	GOV	1998-07-06	2002-05-27
Viktor Orbán		HUN	Prime Minister	GOV	2010-05-29	
Viktor Yanukovych	Viktor Yanukovich	UKR	President	GOV	2010-02-25	2014-02-22
Viktor Yushchenko	Viktor Yushenko	UKR	President	GOV	2005-01-23	2010-02-25
Vincent Biruta		RWA	Foreign Minister	GOV	2019-11-04	2023-12-06
Vitali Klitschko	Vitaliy Klychko|Vitaly Klitschko	UKR	Mayor of Kyiv	GOV	2014-06-05	
Vitaly Churkin	Vitaliy Churkin	RUS	Ambassador to the United Nations	GOV	2006	2017-02-20
Vivian Balakrishnan		SGP	Foreign Minister	GOV	2015-10-01	
Vjosa Osmani	Vjosa Osmani-Sadriu	XKX	President	GOV	2021-04-04	
Vladimir Makei	Uladzimir Makei	BLR	Foreign Minister	GOV	2012-08-20	2022-11-26
Vladimir Medinsky		RUS	Culture Minister	GOV	2012-05-21	2020-01-21
Vladimir Medinsky		RUS	Presidential Aide	GOV	2020-01-21	
Vladimir Padrino López	Vladimir Padrino Lopez|Vladimir Padrino	VEN	Defence Minister	GOV	2014-10-24	
Vladimir Putin	Vladimir Vladimirovich Putin|Wladimir Putin|Vladimir V. Putin	RUS	Prime Minister	GOV	1999-08-16	2000-05-07
Vladimir Putin		RUS	President	GOV	2000-05-07	2008-05-07
Vladimir Putin		RUS	Prime Minister	GOV	2008-05-08	2012-05-07
Vladimir Putin		RUS	President	GOV	2012-05-07	
Vo Van Thuong	Võ Văn Thưởng	VNM	President	GOV	2023-03-02	2024-03-21
Volker Türk	Volker Turk	ohchr	UN High Commissioner for Human Rights	IGO	2022-10-17	
Volodymyr Groysman	Volodymyr Hroisman	UKR	Prime Minister	GOV	2016-04-14	2019-08-29
Volodymyr Zelenskyy	Volodymyr Zelensky|Vladimir Zelensky|Volodymyr Zelenskiy|Zelenskiy|Zelenskyy|Zelensky|Volodymyr Oleksandrovych Zelenskyy	UKR	President	GOV	2019-05-20	
Vyacheslav Volodin		RUS	Chairman of the State Duma	LEG	2016-10-05	
Walid Muallem	Walid al-Moallem|Walid al-Muallem	SYR	Foreign Minister	GOV	2006-02-11	2020-11-16
Wang Huning		CHN	Chairman of the CPPCC	GOV	2023-03-10	
Wang Qishan		CHN	Vice President	GOV	2018-03-17	2023-03-10
Wang Wenbin		CHN	Foreign Ministry Spokesperson	GOV	2020	2024
Wang Yi		CHN	Foreign Minister	GOV	2013-03-16	2022-12-30
Wang Yi		CHN	Director of the Central Foreign Affairs Commission Office	GOV	2023	
Wang Yi		CHN	Foreign Minister	GOV	2023-07-25	
Wei Fenghe		CHN	Defence Minister	GOV	2018-03-19	2023-03-12
Wellington Koo	Koo Li-hsiung	TWN	Defence Minister	GOV	2024-05-20	
Wen Jiabao		CHN	Premier	GOV	2003-03-16	2013-03-15
Wilbur Ross		USA	Secretary of Commerce	GOV	2017-02-28	2021-01-20
Willem-Alexander	King Willem-Alexander	NLD	King	GOV	2013-04-30	
William Barr	Bill Barr|William P. Barr	USA	Attorney General	GOV	2019-02-14	2020-12-23
William Burns	Bill Burns|William J. Burns	USA	Director of the CIA	SPY	2021-03-19	2025-01-20
William Hague		GBR	Foreign Secretary	GOV	2010-05-12	2014-07-14
William Ruto	William Samoei Ruto	KEN	Deputy President	GOV	2013-04-09	2022-09-13
William Ruto		KEN	President	GOV	2022-09-13	
Win Myint		MMR	President	GOV	2018-03-30	2021-02-01
Winston Peters		NZL	Foreign Minister	GOV	2017-10-26	2020-11-06
Winston Peters		NZL	Foreign Minister	GOV	2023-11-27	
Witold Waszczykowski		POL	Foreign Minister	GOV	2015-11-16	2018-01-09
Władysław Kosiniak-Kamysz	Wladyslaw Kosiniak-Kamysz	POL	Defence Minister	GOV	2023-12-13	
Wolfgang Schäuble	Wolfgang Schauble	DEU	Finance Minister	GOV	2009-10-28	2017-10-24
Wolfgang Schäuble		DEU	President of the Bundestag	LEG	2017-10-24	2021-10-26
Wopke Hoekstra		NLD	Foreign Minister	GOV	2022-01-10	2023-09-05
Wopke Hoekstra		eu-commission	European Commissioner for Climate Action	IGO	2023-10-09	
Xi Jinping	Xi|President Xi	CHN	Vice President	GOV	2008-03-15	2013-03-14
Xi Jinping		CHN	General Secretary of the Communist Party	GOV	2012-11-15	
Xi Jinping		CHN	President	GOV	2013-03-14	
Xiomara Castro		HND	President	GOV	2022-01-27	
Yahya Sinwar	Yehya Sinwar|Yahya al-Sinwar	hamas	Hamas Leader in Gaza	REB	2017-02-13	2024-10-16
Yahya Sinwar		hamas	Head of the Hamas Political Bureau	REB	2024-08-06	2024-10-16
Yair Lapid		ISR	Foreign Minister	GOV	2021-06-13	2022-12-29
Yair Lapid		ISR	Prime Minister	GOV	2022-07-01	2022-12-29
Yair Lapid		ISR	Leader of the Opposition	OPP	2022-12-29	
Yamandú Orsi	Yamandu Orsi	URY	President	GOV	2025-03-01	
Yang Jiechi		CHN	Foreign Minister	GOV	2007-04-27	2013-03-16
Yang Jiechi		CHN	State Councilor	GOV	2013-03-16	2018-03-19
Yang Jiechi		CHN	Director of the Central Foreign Affairs Commission Office	GOV	2018	2023
Yanis Varoufakis		GRC	Finance Minister	GOV	2015-01-27	2015-07-06
Yaşar Güler	Yasar Guler	TUR	Defence Minister	GOV	2023-06-03	
Yemi Osinbajo		NGA	Vice President	GOV	2015-05-29	2023-05-29
Yevgeny Prigozhin	Evgeny Prigozhin|Yevgeniy Prigozhin|Yevgeny Viktorovich Prigozhin	wagner-group	Head of the Wagner Group	REB	2014	2023-08-23
Yingluck Shinawatra		THA	Prime Minister	GOV	2011-08-05	2014-05-07
Yoav Gallant		ISR	Defence Minister	GOV	2022-12-29	2024-11-07
Yoko Kamikawa	Yōko Kamikawa	JPN	Foreign Minister	GOV	2023-09-13	2024-10-01
Yoon Suk Yeol	Yoon Suk-yeol|Yoon Seok-youl	KOR	President	GOV	2022-05-10	2025-04-04
Yoshihide Suga		JPN	Chief Cabinet Secretary	GOV	2012-12-26	2020-09-16
Yoshihide Suga		JPN	Prime Minister	GOV	2020-09-16	2021-10-04
Yoshihiko Noda		JPN	Prime Minister	GOV	2011-09-02	2012-12-26
Yoshimasa Hayashi		JPN	Foreign Minister	GOV	2021-11-10	2023-09-13
Yoshimasa Hayashi		JPN	Chief Cabinet Secretary	GOV	2023-12-14	2025-10-21
Yossi Cohen	Yosef Meir Cohen	ISR	Director of the Mossad	SPY	2016-01-06	2021-06-01
Yousaf Raza Gilani	Yusuf Raza Gilani|Yousaf Raza Gillani	PAK	Prime Minister	GOV	2008-03-25	2012-06-19
Youssef Rajji	Youssef Raggi	LBN	Foreign Minister	GOV	2025-02-08	
Yoweri Museveni		UGA	President	GOV	1986-01-29	
Yukio Hatoyama		JPN	Prime Minister	GOV	2009-09-16	2010-06-08
Yukiya Amano		iaea	Director General of the IAEA	IGO	2009-12-01	2019-07-18
Yulia Svyrydenko	Yuliia Svyrydenko|Yulia Sviridenko	UKR	First Deputy Prime Minister and Economy Minister	GOV	2021-11-04	2025-07-16
Yulia Svyrydenko		UKR	Prime Minister	GOV	2025-07-17	
Yulia Tymoshenko	Yulia Timoshenko	UKR	Prime Minister	GOV	2007-12-18	2010-03-04
Yuri Ushakov	Yury Ushakov|Yuriy Ushakov	RUS	Presidential Aide for Foreign Policy	GOV	2012	
Yusuf bin Alawi	Yusuf bin Alawi bin Abdullah	OMN	Minister Responsible for Foreign Affairs	GOV	1997	2020-08-18
Yusuf Tuggar	Yusuf Maitama Tuggar	NGA	Foreign Minister	GOV	2023-08-21	
Yván Gil	Yvan Gil|Yván Gil Pinto|Yvan Gil Pinto	VEN	Foreign Minister	GOV	2023	
Yvette Cooper		GBR	Home Secretary	GOV	2024-07-05	2025-09-05
Yvette Cooper		GBR	Foreign Secretary	GOV	2025-09-05	
Zabihullah Mujahid		AFG	Chief Spokesman of the Taliban Government	GOV	2021	
Zalmay Khalilzad		USA	Special Representative for Afghanistan Reconciliation	GOV	2018	2021
Zambry Abdul Kadir		MYS	Foreign Minister	GOV	2022-12-03	2023-12-12
Zbigniew Rau		POL	Foreign Minister	GOV	2020-08-26	2023-11-27
Zhang Jun		CHN	Ambassador to the United Nations	GOV	2021	2024
Zhang Youxia		CHN	Vice Chairman of the Central Military Commission	MIL	2017-10-25	
Zhao Leji		CHN	Chairman of the National People's Congress Standing Committee	LEG	2023-03-10	
Zhao Lijian		CHN	Foreign Ministry Spokesperson	GOV	2020	2023
Zine El Abidine Ben Ali		TUN	President	GOV	1987-11-07	2011-01-14
Ziyad al-Nakhalah	Ziad al-Nakhala|Ziyad Nakhalah	palestinian-islamic-jihad	Secretary-General of Palestinian Islamic Jihad	REB	2018-09-28	
Zoran Milanović	Zoran Milanovic	HRV	President	GOV	2020-02-19	
Zuzana Čaputová	Zuzana Caputova	SVK	President	GOV	2019-06-15	2024-06-15
"""#
