// People and the offices they held before about 2010, so that older news is read with
// the office holders of its day. Facts, compiled by Parley. Same columns as PersonTable:
// name, aliases, country, office, sector, from, to. Rows for a person already in
// PersonTable merge with theirs (same name).
let historicalPersonTable = #"""
A. P. J. Abdul Kalam	APJ Abdul Kalam|A.P.J. Abdul Kalam|Abdul Kalam	IND	President	GOV	2002-07-25	2007-07-25
Abbas al-Musawi	Abbas Musawi	hezbollah	Secretary-General of Hezbollah	REB	1991	1992-02-16
Abbas El Fassi	Abbas al-Fassi	MAR	Prime Minister	GOV	2007-09-19	2011-11-29
Abbassi Madani	Abassi Madani	DZA	Leader of the Islamic Salvation Front	OPP	1989	1992
Abdalá Bucaram		ECU	President	GOV	1996-08-10	1997-02-06
Abdel Aziz al-Rantisi	Abdel-Aziz al-Rantissi	hamas	Leader of Hamas in Gaza	REB	2004-03-22	2004-04-17
Abdel Fattah Younis	Abdul Fatah Younis	LBY	Commander of the Rebel Forces	REB	2011	2011-07-28
Abdel Rahman Shalgham	Abdurrahman Shalgham	LBY	Foreign Minister	GOV	2000	2009-03-04
Abdel Rahman Swar al-Dahab	Abdel Rahman Suwar al-Dahab	SDN	Chairman of the Transitional Military Council	GOV	1985-04-06	1986-05-06
Abdelaziz Belkhadem		DZA	Foreign Minister	GOV	2000-08-26	2005-05-01
Abdelaziz Belkhadem		DZA	Prime Minister	GOV	2006-05-24	2008-06-23
Abdelaziz Bouteflika		DZA	Foreign Minister	GOV	1963-09-04	1979-03-08
Abdelilah Benkirane	Abdelilah Benkiran	MAR	Prime Minister	GOV	2011-11-29	2017-04-05
Abdellatif Filali		MAR	Foreign Minister	GOV	1985	1999
Abdelmalek Sellal		DZA	Prime Minister	GOV	2012-09-03	2017-05-24
Abdelsalam al-Majali	Abdul Salam Majali	JOR	Prime Minister	GOV	1993-05-29	1995-01-08
Abdelsalam al-Majali		JOR	Prime Minister	GOV	1997-03-19	1998-08-20
Abderrahmane Youssoufi		MAR	Prime Minister	GOV	1998-03-14	2002-10-09
Abdessalam Jalloud	Abdessalam Jallud	LBY	Prime Minister	GOV	1972-07-16	1977-03-02
Abdiqasim Salad Hassan	Abdikassim Salat Hassan	SOM	President	GOV	2000-08-27	2004-10-14
Abdiweli Mohamed Ali	Abdiweli Mohamed Ali Gaas	SOM	Prime Minister	GOV	2011-06-23	2012-10-17
Abdou Diouf		SEN	Prime Minister	GOV	1970-02-26	1980-12-31
Abdou Diouf		SEN	President	GOV	1981-01-01	2000-04-01
Abdoulaye Wade		SEN	President	GOV	2000-04-01	2012-04-02
Abdrabbuh Mansur Hadi		YEM	Vice President	GOV	1994-10-03	2012-02-25
Abdul Aziz al-Hakim	Abdul-Aziz al-Hakim	IRQ	Leader of the Supreme Islamic Iraqi Council	GOV	2003-08-29	2009-08-26
Abdul Halim Khaddam	Abdel Halim Khaddam	SYR	Foreign Minister	GOV	1970	1984-03-11
Abdul Halim Khaddam		SYR	Vice President	GOV	1984-03-11	2005-06-06
Abdul Karim al-Kabariti	Abdul-Karim Kabariti	JOR	Prime Minister	GOV	1996-02-04	1997-03-19
Abdul Qadir Bajamal	Abdulqader Bajammal	YEM	Prime Minister	GOV	2001-04-04	2007-03-31
Abdul Rahman Al-Attiyah	Abdulrahman al-Attiyah	gcc	Secretary-General of the Gulf Cooperation Council	IGO	2002-04-01	2011-03-31
Abdul Rashid Dostum	Rashid Dostum	AFG	Leader of Junbish-i-Milli	REB	1992	2001
Abdul Sattar		PAK	Foreign Minister	GOV	1999-10-25	2002-06-14
Abdul Wahid al-Nur	Abdel Wahid al-Nur|Abdel Wahid Mohamed al-Nur	SDN	Leader of the Sudan Liberation Movement	REB	2002	
Abdulbaset Sieda	Abdelbasset Sida	SYR	Chairman of the Syrian National Council	OPP	2012-06-10	2012-11-09
Abdullah Abdullah		AFG	Foreign Minister	GOV	2001-12-22	2006-03-20
Abdullah Ahmad Badawi	Abdullah Badawi	MYS	Foreign Minister	GOV	1991-03-15	1999-01-08
Abdullah Ahmad Badawi		MYS	Prime Minister	GOV	2003-10-31	2009-04-03
Abdullah bin Abdulaziz		SAU	Crown Prince	GOV	1982-06-13	2005-08-01
Abdullah Bishara		gcc	Secretary-General of the Gulf Cooperation Council	IGO	1981	1993
Abdullah Ensour	Abdullah al-Nsour	JOR	Prime Minister	GOV	2012-10-11	2016-06-01
Abdullah Gül		TUR	Prime Minister	GOV	2002-11-18	2003-03-14
Abdullahi Yusuf Ahmed		SOM	President	GOV	2004-10-14	2008-12-29
Abdullatif bin Rashid Al Zayani		gcc	Secretary-General of the Gulf Cooperation Council	IGO	2011-04-01	2020-01-31
Abdulsalami Abubakar		NGA	Head of State	GOV	1998-06-09	1999-05-29
Abdurrahim El-Keib	Abdel Rahim al-Keeb	LBY	Prime Minister	GOV	2011-11-24	2012-11-14
Abdurrahman Wahid	Gus Dur	IDN	President	GOV	1999-10-20	2001-07-23
Abel Matutes		ESP	Foreign Minister	GOV	1996-05-05	2000-04-27
Abel Muzorewa		ZWE	Prime Minister of Zimbabwe-Rhodesia	GOV	1979-06-01	1979-12-11
Abimael Guzmán	Presidente Gonzalo	PER	Leader of the Shining Path	REB	1969	1992-09-12
Abolhassan Banisadr		IRN	President	GOV	1980-02-04	1981-06-21
Abu Ayyub al-Masri	Abu Hamza al-Muhajir	al-qaeda	Leader of al-Qaeda in Iraq	REB	2006-06-12	2010-04-18
Abu Bakr al-Qirbi	Abubakr al-Qirbi	YEM	Foreign Minister	GOV	2001-04-04	2014-11-09
Abu Musab al-Zarqawi		al-qaeda	Leader of al-Qaeda in Iraq	REB	2004	2006-06-07
Abu Nidal	Sabri al-Banna	PSE	Leader of the Fatah Revolutionary Council	REB	1974	2002-08-16
Abu Omar al-Baghdadi		islamic-state	Leader of the Islamic State of Iraq	REB	2006-10-15	2010-04-18
Abubakar Shekau		boko-haram	Leader of Boko Haram	REB	2009	2021-05-19
Abulfaz Elchibey		AZE	President	GOV	1992-06-16	1993-09-01
Adalberto Rodríguez Giavarini		ARG	Foreign Minister	GOV	1999-12-10	2001-12-21
Adel Safar		SYR	Prime Minister	GOV	2011-04-14	2012-06-23
Adolfo Calero		NIC	Leader of the Nicaraguan Democratic Force (Contras)	REB	1983	1990
Adolfo Rodríguez Saá		ARG	President	GOV	2001-12-23	2001-12-30
Adolfo Suárez		ESP	Prime Minister	GOV	1976-07-03	1981-02-26
Adrian Năstase		ROU	Prime Minister	GOV	2000-12-28	2004-12-21
Afonso Dhlakama		MOZ	Leader of RENAMO	REB	1979	1992-10-04
Afonso Dhlakama		MOZ	Leader of RENAMO	OPP	1992-10-04	2018-05-03
Agathe Uwilingiyimana		RWA	Prime Minister	GOV	1993-07-18	1994-04-07
Agim Çeku		XKX	Prime Minister	GOV	2006-03-10	2008-01-09
Agostinho Neto		AGO	President	GOV	1975-11-11	1979-09-10
Ahmad Shah Massoud	Ahmad Shah Masood	AFG	Defence Minister	GOV	1992	1996
Ahmad Shah Massoud		AFG	Commander of the Northern Alliance	REB	1996	2001-09-09
Ahmad Tejan Kabbah		SLE	President	GOV	1996-03-29	1997-05-25
Ahmad Tejan Kabbah		SLE	President	GOV	1998-03-10	2007-09-17
Ahmadou Ahidjo		CMR	President	GOV	1960-05-05	1982-11-06
Ahmed Abdi Godane	Mukhtar Abu Zubeyr	al-shabaab	Leader of al-Shabaab	REB	2008	2014-09-01
Ahmed al-Sharaa		nusra-front	Leader of the Nusra Front	REB	2012-01-23	2017-01-28
Ahmed Chalabi		IRQ	Leader of the Iraqi National Congress	OPP	1992	2003-04-09
Ahmed Hassan al-Bakr	Ahmad Hassan al-Bakr	IRQ	President	GOV	1968-07-17	1979-07-16
Ahmed Jibril		PSE	Secretary-General of the PFLP-General Command	REB	1968	2021-07-07
Ahmed Maher		EGY	Foreign Minister	GOV	2001-05-15	2004-07-14
Ahmed Nazif		EGY	Prime Minister	GOV	2004-07-14	2011-01-29
Ahmed Ouyahia		DZA	Prime Minister	GOV	1995-12-31	1998-12-15
Ahmed Ouyahia		DZA	Prime Minister	GOV	2003-05-05	2006-05-24
Ahmed Ouyahia		DZA	Prime Minister	GOV	2008-06-23	2012-09-03
Ahmed Qurei	Ahmed Qureia|Abu Alaa	PSE	Speaker of the Palestinian Legislative Council	LEG	1996-03-07	2003-10-07
Ahmed Qurei		PSE	Prime Minister	GOV	2003-10-07	2006-03-29
Ahmed Sékou Touré	Sekou Toure	GIN	President	GOV	1958-10-02	1984-03-26
Ahmed Shafik	Ahmed Shafiq	EGY	Prime Minister	GOV	2011-01-31	2011-03-03
Ahmed Yassin	Sheikh Ahmed Yassin	hamas	Founder and Spiritual Leader of Hamas	REB	1987	2004-03-22
Ahmet Necdet Sezer		TUR	President	GOV	2000-05-16	2007-08-28
Akbar Hashemi Rafsanjani	Hashemi Rafsanjani|Ali Akbar Hashemi Rafsanjani|Akbar Rafsanjani	IRN	Speaker of Parliament	LEG	1980-07-20	1989-08-03
Akbar Hashemi Rafsanjani		IRN	President	GOV	1989-08-03	1997-08-03
Akbar Hashemi Rafsanjani		IRN	Chairman of the Expediency Council	GOV	1989-10-04	2017-01-08
Akhmad Kadyrov	Akhmat Kadyrov	RUS	Head of the Chechen Republic	GOV	2000-06-12	2004-05-09
Al Gore	Albert Gore Jr.	USA	Vice President	GOV	1993-01-20	2001-01-20
Alain Juppé		FRA	Foreign Minister	GOV	1993-03-30	1995-05-17
Alain Juppé		FRA	Prime Minister	GOV	1995-05-17	1997-06-02
Alain Juppé		FRA	Defence Minister	GOV	2010-11-14	2011-02-27
Alan García		PER	President	GOV	1985-07-28	1990-07-28
Alan García		PER	President	GOV	2006-07-28	2011-07-28
Alassane Ouattara		CIV	Prime Minister	GOV	1990-11-07	1993-12-09
Albert II	King Albert II	BEL	King	GOV	1993-08-09	2013-07-21
Albert Reynolds		IRL	Taoiseach	GOV	1992-02-11	1994-12-15
Alberto Fujimori		PER	President	GOV	1990-07-28	2000-11-22
Aldo Moro		ITA	Prime Minister	GOV	1974-11-23	1976-07-29
Alejandro Foxley		CHL	Foreign Minister	GOV	2006-03-11	2009-03-12
Alejandro Toledo		PER	President	GOV	2001-07-28	2006-07-28
Aleksander Kwaśniewski		POL	President	GOV	1995-12-23	2005-12-23
Aleksandër Meksi		ALB	Prime Minister	GOV	1992-04-13	1997-03-11
Alexander Bessmertnykh	Aleksandr Bessmertnykh	RUS	Foreign Minister	GOV	1991-01-15	1991-08-28
Alexander Downer		AUS	Foreign Minister	GOV	1996-03-11	2007-12-03
Alexander Dubček		CZE	Chairman of the Federal Assembly of Czechoslovakia	LEG	1989-12-28	1992-06-25
Alexander Haig	Alexander M. Haig	USA	Supreme Allied Commander Europe	MIL	1974-12-15	1979-07-01
Alexander Haig		USA	Secretary of State	GOV	1981-01-22	1982-07-05
Alexander Stubb		FIN	Foreign Minister	GOV	2008-04-04	2011-06-22
Alexei Kosygin	Aleksei Kosygin	RUS	Premier of the Soviet Union	GOV	1964-10-15	1980-10-23
Alfonso Cano		COL	Leader of the FARC	REB	2008-03-26	2011-11-04
Alfonso López Michelsen		COL	President	GOV	1974-08-07	1978-08-07
Alfred Gusenbauer		AUT	Chancellor	GOV	2007-01-11	2008-12-02
Alfred Moisiu		ALB	President	GOV	2002-07-24	2007-07-24
Alfred Nzo		ZAF	Foreign Minister	GOV	1994-05-10	1999-06-17
Alfredo Cristiani		SLV	President	GOV	1989-06-01	1994-06-01
Alfredo Moreno		CHL	Foreign Minister	GOV	2010-03-11	2014-03-11
Alfredo Palacio		ECU	President	GOV	2005-04-20	2007-01-15
Alfredo Stroessner		PRY	President	GOV	1954-08-15	1989-02-03
Algirdas Brazauskas		LTU	President	GOV	1992-11-25	1998-02-25
Algirdas Brazauskas		LTU	Prime Minister	GOV	2001-07-03	2006-06-01
Ali Abdullah Saleh		YEM	President of North Yemen	GOV	1978-07-18	1990-05-22
Ali Abu al-Ragheb		JOR	Prime Minister	GOV	2000-06-19	2003-10-25
Ali Akbar Salehi		IRN	Head of the Atomic Energy Organization	GOV	2009-07-16	2010-12-13
Ali Akbar Velayati		IRN	Foreign Minister	GOV	1981-12-15	1997-08-20
Ali Alatas		IDN	Foreign Minister	GOV	1988-03-21	1999-10-20
Ali Babacan		TUR	Foreign Minister	GOV	2007-08-29	2009-05-01
Ali Babacan		TUR	Deputy Prime Minister	GOV	2009-05-01	2015-11-24
Ali Benflis		DZA	Prime Minister	GOV	2000-08-26	2003-05-05
Ali Bongo Ondimba	Ali Bongo	GAB	President	GOV	2009-10-16	2023-08-30
Ali Hassan al-Majid	Chemical Ali	IRQ	Defence Minister	GOV	1991	1995
Ali Hassan Mwinyi		TZA	President	GOV	1985-11-05	1995-11-23
Ali Kafi		DZA	Chairman of the High Council of State	GOV	1992-07-02	1994-01-31
Ali Karti		SDN	Foreign Minister	GOV	2010-06-16	2015-06-07
Ali Khamenei		IRN	Secretary-General of the Islamic Republican Party	GOV	1981	1987
Ali Larijani		IRN	Secretary of the Supreme National Security Council	GOV	2005-08-15	2007-10-20
Ali Lotfy	Ali Lotfi Mahmoud	EGY	Prime Minister	GOV	1985-09-04	1986-11-09
Ali Mahdi Muhammad	Ali Mahdi Mohamed	SOM	Interim President	GOV	1991-01-27	1997
Ali Muhammad Mujawar	Ali Mohammed Mujawar	YEM	Prime Minister	GOV	2007-03-31	2011-12-07
Ali Nasir Muhammad	Ali Nasser Mohammed	YEM	President of South Yemen	GOV	1980-04-21	1986-01-24
Ali Osman Taha	Ali Osman Mohamed Taha	SDN	First Vice President	GOV	1998	2005-07-09
Ali Osman Taha		SDN	First Vice President	GOV	2011-07-09	2013-12-08
Alí Rodríguez Araque		VEN	Foreign Minister	GOV	2004	2006-08-09
Ali Salim al-Beidh	Ali Salem al-Beidh	YEM	General Secretary of the Yemeni Socialist Party	GOV	1986-02-06	1990-05-22
Ali Salim al-Beidh		YEM	Vice President	GOV	1990-05-22	1994-05-21
Ali Zeidan		LBY	Prime Minister	GOV	2012-11-14	2014-03-11
Alija Izetbegović		BIH	Chairman of the Presidency	GOV	1990-12-20	1996-10-05
Alija Izetbegović		BIH	Member of the Presidency	GOV	1996-10-05	2000-10-14
Almazbek Atambayev	Almazbek Atambaev	KGZ	Prime Minister	GOV	2010-12-17	2011-12-01
Almazbek Atambayev		KGZ	President	GOV	2011-12-01	2017-11-24
Alois Mock		AUT	Foreign Minister	GOV	1987-01-21	1995-05-04
Alpha Condé		GIN	President	GOV	2010-12-21	2021-09-05
Alpha Oumar Konaré		MLI	President	GOV	1992-06-08	2002-06-08
Alpha Oumar Konaré		african-union	Chairperson of the African Union Commission	IGO	2003-09-16	2008-04-28
Álvaro Arzú		GTM	President	GOV	1996-01-14	2000-01-14
Álvaro Colom		GTM	President	GOV	2008-01-14	2012-01-14
Álvaro Magaña		SLV	President	GOV	1982-05-02	1984-06-01
Alwi Shihab		IDN	Foreign Minister	GOV	1999-10-29	2001-08-09
Amadou Sanogo	Amadou Haya Sanogo	MLI	Head of the Military Junta	MIL	2012-03-22	2012-04-12
Amadou Toumani Touré		MLI	Head of State	GOV	1991-03-26	1992-06-08
Amadou Toumani Touré		MLI	President	GOV	2002-06-08	2012-03-22
Amara Essy		CIV	Foreign Minister	GOV	1990	2000
Amara Essy		CIV	Secretary-General of the Organisation of African Unity	IGO	2001-09-17	2002-07-09
Amara Essy		african-union	Interim Chairperson of the African Union Commission	IGO	2002-07-09	2003-09-16
Amine Gemayel	Amin Gemayel	LBN	President	GOV	1982-09-23	1988-09-22
Amintore Fanfani		ITA	Prime Minister	GOV	1982-12-01	1983-08-04
Amintore Fanfani		ITA	Prime Minister	GOV	1987-04-17	1987-07-28
Amir Peretz		ISR	Defence Minister	GOV	2006-05-04	2007-06-18
Amos Sawyer		LBR	Interim President	GOV	1990-11-22	1994-03-07
Amr Moussa	Amr Mousa	EGY	Foreign Minister	GOV	1991-05-20	2001-05-15
Ana Palacio		ESP	Foreign Minister	GOV	2002-07-09	2004-04-18
Anand Panyarachun		THA	Prime Minister	GOV	1991-03-02	1992-04-07
Anand Panyarachun		THA	Prime Minister	GOV	1992-06-10	1992-09-23
Anastasio Somoza Debayle	Anastasio Somoza	NIC	President	GOV	1974-12-01	1979-07-17
Anatoliy Zlenko	Anatoly Zlenko	UKR	Foreign Minister	GOV	2000-10-02	2003-09-02
André Kolingba		CAF	President	GOV	1981-09-01	1993-10-22
Andreas Papandreou		GRC	Prime Minister	GOV	1981-10-21	1989-07-02
Andreas Papandreou		GRC	Prime Minister	GOV	1993-10-13	1996-01-22
Andrei Gromyko	Andrey Gromyko	RUS	Foreign Minister	GOV	1957-02-15	1985-07-02
Andrei Gromyko		RUS	Chairman of the Presidium of the Supreme Soviet	GOV	1985-07-02	1988-10-01
Andrei Kozyrev	Andrey Kozyrev	RUS	Foreign Minister	GOV	1990-10-11	1996-01-05
Andrés Pastrana		COL	President	GOV	1998-08-07	2002-08-07
Andrés Rodríguez		PRY	President	GOV	1989-02-03	1993-08-15
Andris Bērziņš		LVA	President	GOV	2011-07-08	2015-07-08
Andrius Kubilius		LTU	Prime Minister	GOV	1999-11-03	2000-11-09
Andrius Kubilius		LTU	Prime Minister	GOV	2008-12-09	2012-12-13
Andrus Ansip		EST	Prime Minister	GOV	2005-04-13	2014-03-26
Andry Rajoelina		MDG	President of the High Transitional Authority	GOV	2009-03-17	2014-01-25
Ange-Félix Patassé		CAF	President	GOV	1993-10-22	2003-03-15
Angela Merkel		DEU	Leader of the Christian Democratic Union	OPP	2000-04-10	2005-11-22
Angelo Sodano	Cardinal Angelo Sodano	VAT	Secretary of State	GOV	1991-06-29	2006-09-15
Aníbal Cavaco Silva	Cavaco Silva	PRT	Prime Minister	GOV	1985-11-06	1995-10-28
Aníbal Cavaco Silva		PRT	President	GOV	2006-03-09	2016-03-09
Anker Jørgensen		DNK	Prime Minister	GOV	1975-02-13	1982-09-10
Anna Fotyga		POL	Foreign Minister	GOV	2006-05-09	2007-11-16
Anna Lindh		SWE	Foreign Minister	GOV	1998-10-07	2003-09-11
Anneli Jäätteenmäki		FIN	Prime Minister	GOV	2003-04-17	2003-06-24
Ante Marković		SRB	Prime Minister of Yugoslavia	GOV	1989-03-16	1991-12-20
Anthony Crosland		GBR	Foreign Secretary	GOV	1976-04-08	1977-02-19
Anthony Lake		USA	National Security Adviser	GOV	1993-01-20	1997-03-14
António Ramalho Eanes	Ramalho Eanes	PRT	President	GOV	1976-07-14	1986-03-09
Antonis Samaras		GRC	Foreign Minister	GOV	1989-07-02	1992-04-14
Anwar al-Awlaki	Anwar al-Aulaqi	aqap	Senior Leader of al-Qaeda in the Arabian Peninsula	REB	2009	2011-09-30
Anwar Ibrahim		MYS	Deputy Prime Minister	GOV	1993-12-01	1998-09-02
Anwar Ibrahim		MYS	Opposition Leader	OPP	2008-08-28	2015-03-16
Anwar Sadat	Anwar al-Sadat|Anwar el-Sadat	EGY	President	GOV	1970-10-15	1981-10-06
Ariel Sharon		ISR	Defence Minister	GOV	1981-08-05	1983-02-14
Ariel Sharon		ISR	Foreign Minister	GOV	1998-10-13	1999-07-06
Ariel Sharon		ISR	Prime Minister	GOV	2001-03-07	2006-04-14
Armando Calderón Sol		SLV	President	GOV	1994-06-01	1999-06-01
Armando Guebuza		MOZ	President	GOV	2005-02-02	2015-01-15
Arnaldo Forlani		ITA	Prime Minister	GOV	1980-10-18	1981-06-28
Arnold Rüütel		EST	President	GOV	2001-10-08	2006-10-09
Arnoldo Alemán		NIC	President	GOV	1997-01-10	2002-01-10
Árpád Göncz		HUN	President	GOV	1990-05-02	2000-08-04
Arseniy Yatsenyuk		UKR	Foreign Minister	GOV	2007-03-21	2007-12-04
Asha-Rose Migiro		un	Deputy Secretary-General of the United Nations	IGO	2007-02-05	2012-06-30
Askar Akayev	Askar Akaev	KGZ	President	GOV	1990-10-27	2005-04-11
Aslan Maskhadov		RUS	President of the Chechen Republic of Ichkeria	REB	1997-02-12	2005-03-08
Atal Bihari Vajpayee		IND	Minister of External Affairs	GOV	1977-03-26	1979-07-28
Atal Bihari Vajpayee		IND	Prime Minister	GOV	1996-05-16	1996-06-01
Atal Bihari Vajpayee		IND	Prime Minister	GOV	1998-03-19	2004-05-22
Atef Ebeid	Atef Obeid	EGY	Prime Minister	GOV	1999-10-05	2004-07-14
Atef Sedki	Atef Sidqi	EGY	Prime Minister	GOV	1986-11-10	1996-01-02
Atifete Jahjaga		XKX	President	GOV	2011-04-07	2016-04-07
Atiku Abubakar		NGA	Vice President	GOV	1999-05-29	2007-05-29
Augusto Pinochet		CHL	Commander-in-Chief of the Army	MIL	1973-08-23	1998-03-10
Augusto Pinochet		CHL	President	GOV	1973-09-11	1990-03-11
Aung San Suu Kyi		MMR	Leader of the National League for Democracy	OPP	1988-09-27	2016-03-30
Awn Shawkat Al-Khasawneh	Awn al-Khasawneh	JOR	Prime Minister	GOV	2011-10-24	2012-04-26
Ayaz Mutalibov	Ayaz Mutallibov	AZE	President	GOV	1990-05-18	1992-03-06
Ayman al-Zawahiri		al-qaeda	Deputy Leader of al-Qaeda	REB	1998	2011-06-16
Azarias Ruberwa		COD	Vice President	GOV	2003-07-17	2006-12-06
B. J. Habibie	Bacharuddin Jusuf Habibie|B.J. Habibie	IDN	President	GOV	1998-05-21	1999-10-20
B. J. Vorster	John Vorster|Balthazar Johannes Vorster	ZAF	Prime Minister	GOV	1966-09-13	1978-10-02
B. J. Vorster		ZAF	State President	GOV	1978-10-10	1979-06-04
Babrak Karmal		AFG	Chairman of the Revolutionary Council	GOV	1979-12-27	1986-11-24
Baburam Bhattarai		NPL	Prime Minister	GOV	2011-08-29	2013-03-14
Bachir Gemayel	Bashir Gemayel	LBN	Commander of the Lebanese Forces	REB	1976	1982-09-14
Bachir Gemayel		LBN	President-elect	GOV	1982-08-23	1982-09-14
Baitullah Mehsud		ttp	Leader of Tehrik-i-Taliban Pakistan	REB	2007	2009-08-05
Bajram Rexhepi		XKX	Prime Minister	GOV	2002-03-04	2004-12-03
Bakili Muluzi		MWI	President	GOV	1994-05-24	2004-05-24
Bakir Izetbegović		BIH	Member of the Presidency	GOV	2010-11-10	2018-11-20
Bamir Topi		ALB	President	GOV	2007-07-24	2012-07-24
Bandar bin Sultan	Prince Bandar bin Sultan|Prince Bandar	SAU	Ambassador to the United States	GOV	1983-10-24	2005-09-08
Bandar bin Sultan		SAU	Secretary-General of the National Security Council	GOV	2005-10-16	2015-01-29
Bandar bin Sultan		SAU	Director General of the Intelligence Agency	SPY	2012-07-19	2014-04-15
Banharn Silpa-archa		THA	Prime Minister	GOV	1995-07-13	1996-11-25
Baudouin	King Baudouin	BEL	King	GOV	1951-07-17	1993-07-31
Beatrix	Queen Beatrix	NLD	Queen	GOV	1980-04-30	2013-04-30
Beji Caid Essebsi	Beji Caid el Sebsi	TUN	Prime Minister	GOV	2011-02-27	2011-12-24
Beji Caid Essebsi		TUN	President	GOV	2014-12-31	2019-07-25
Belisario Betancur		COL	President	GOV	1982-08-07	1986-08-07
Ben Bot	Bernard Bot	NLD	Foreign Minister	GOV	2003-12-03	2007-02-22
Benazir Bhutto		PAK	Prime Minister	GOV	1988-12-02	1990-08-06
Benazir Bhutto		PAK	Prime Minister	GOV	1993-10-19	1996-11-05
Benazir Bhutto		PAK	Leader of the Pakistan Peoples Party	OPP	1996-11-05	2007-12-27
Benigno Aquino Jr.	Ninoy Aquino	PHL	Opposition Leader	OPP	1972	1983-08-21
Benita Ferrero-Waldner		AUT	Foreign Minister	GOV	2000-02-04	2004-10-20
Benita Ferrero-Waldner		eu-commission	European Commissioner for External Relations	IGO	2004-11-22	2010-02-09
Benjamin Mkapa		TZA	President	GOV	1995-11-23	2005-12-21
Benjamin Netanyahu		ISR	Ambassador to the United Nations	GOV	1984	1988
Benjamin Netanyahu		ISR	Foreign Minister	GOV	2002-11-06	2003-02-28
Benjamin Netanyahu		ISR	Finance Minister	GOV	2003-02-28	2005-08-09
Bernard Kouchner		un	Special Representative of the Secretary-General for Kosovo	IGO	1999-07-15	2001-01-12
Bernardo Sepúlveda		MEX	Foreign Secretary	GOV	1982-12-01	1988-11-30
Bertie Ahern		IRL	Taoiseach	GOV	1997-06-26	2008-05-07
Bettino Craxi		ITA	Prime Minister	GOV	1983-08-04	1987-04-17
Biljana Plavšić		BIH	President of Republika Srpska	GOV	1996-07-19	1998-11-04
Bill Clinton	William Jefferson Clinton|William J. Clinton	USA	President	GOV	1993-01-20	2001-01-20
Bill Hayden		AUS	Foreign Minister	GOV	1983-03-11	1988-09-02
Bill Richardson		USA	Ambassador to the United Nations	GOV	1997-02-18	1998-08-18
Bingu wa Mutharika		MWI	President	GOV	2004-05-24	2012-04-05
Binyamin Ben-Eliezer	Benjamin Ben-Eliezer|Fuad Ben-Eliezer	ISR	Defence Minister	GOV	2001-03-07	2002-11-02
Birendra	King Birendra	NPL	King	GOV	1972-01-31	2001-06-01
Blaise Compaoré		BFA	President	GOV	1987-10-15	2014-10-31
Bob Hawke		AUS	Prime Minister	GOV	1983-03-11	1991-12-20
Bolaji Akinyemi		NGA	Foreign Minister	GOV	1985	1987
Boniface Alexandre		HTI	Interim President	GOV	2004-02-29	2006-05-14
Boris Pankin		RUS	Foreign Minister	GOV	1991-08-28	1991-11-19
Boris Tadić		SRB	Defence Minister	GOV	2003-03-17	2004-04-16
Boris Trajkovski		MKD	President	GOV	1999-12-15	2004-02-26
Boris Yeltsin	Boris N. Yeltsin	RUS	Chairman of the Supreme Soviet of the Russian SFSR	GOV	1990-05-29	1991-07-10
Boris Yeltsin		RUS	President	GOV	1991-07-10	1999-12-31
Borisav Jović		SRB	President of the Presidency of Yugoslavia	GOV	1990-05-15	1991-05-15
Borut Pahor		SVN	Prime Minister	GOV	2008-11-21	2012-02-10
Borut Pahor		SVN	President	GOV	2012-12-22	2022-12-22
Borys Tarasyuk	Boris Tarasyuk	UKR	Foreign Minister	GOV	1998-04-17	2000-09-29
Borys Tarasyuk		UKR	Foreign Minister	GOV	2005-02-04	2007-01-30
Bosco Ntaganda		m23	Military Leader of the M23	REB	2012	2013-03-18
Boutros Boutros-Ghali	Boutros Ghali|Boutros Boutros Ghali	EGY	Minister of State for Foreign Affairs	GOV	1977	1991
Boutros Boutros-Ghali		un	Secretary-General of the United Nations	IGO	1992-01-01	1996-12-31
Branko Crvenkovski		MKD	Prime Minister	GOV	1992-09-04	1998-11-30
Branko Crvenkovski		MKD	Prime Minister	GOV	2002-11-01	2004-05-12
Branko Crvenkovski		MKD	President	GOV	2004-05-12	2009-05-12
Branko Mikulić		SRB	Prime Minister of Yugoslavia	GOV	1986-05-15	1989-03-16
Brent Scowcroft		USA	National Security Adviser	GOV	1975-11-03	1977-01-20
Brent Scowcroft		USA	National Security Adviser	GOV	1989-01-20	1993-01-20
Brian Cowen		IRL	Foreign Minister	GOV	2000-01-27	2004-09-29
Brian Cowen		IRL	Taoiseach	GOV	2008-05-07	2011-03-09
Brian Mulroney		CAN	Prime Minister	GOV	1984-09-17	1993-06-25
Bronisław Geremek		POL	Foreign Minister	GOV	1997-10-31	2000-06-30
Bruno Kreisky		AUT	Chancellor	GOV	1970-04-21	1983-05-24
Budimir Lončar		SRB	Foreign Minister of Yugoslavia	GOV	1987	1991
Bülent Ecevit		TUR	Prime Minister	GOV	1977-06-21	1977-07-21
Bülent Ecevit		TUR	Prime Minister	GOV	1978-01-05	1979-11-12
Bülent Ecevit		TUR	Prime Minister	GOV	1999-01-11	2002-11-18
Bülent Ulusu		TUR	Prime Minister	GOV	1980-09-20	1983-12-13
Burhan Ghalioun		SYR	Chairman of the Syrian National Council	OPP	2011-08-29	2012-06-10
Burhanuddin Rabbani		AFG	President	GOV	1992-06-28	2001-12-22
Burhanuddin Rabbani		AFG	Chairman of the High Peace Council	GOV	2010-10-07	2011-09-20
Călin Popescu-Tăriceanu	Calin Popescu Tariceanu	ROU	Prime Minister	GOV	2004-12-29	2008-12-22
Canaan Banana		ZWE	President	GOV	1980-04-18	1987-12-31
Carl Bildt		SWE	Prime Minister	GOV	1991-10-04	1994-10-07
Carl Bildt		BIH	High Representative for Bosnia and Herzegovina	IGO	1995-12-14	1997-06-17
Carl XVI Gustaf	King Carl XVI Gustaf|King Carl Gustaf	SWE	King	GOV	1973-09-15	
Carla Del Ponte		un	Prosecutor of the International Criminal Tribunal for the former Yugoslavia	IGO	1999-09-15	2007-12-31
Carlo Azeglio Ciampi		ITA	Prime Minister	GOV	1993-04-28	1994-05-10
Carlo Azeglio Ciampi		ITA	President	GOV	1999-05-18	2006-05-15
Carlos Andrés Pérez		VEN	President	GOV	1974-03-12	1979-03-12
Carlos Andrés Pérez		VEN	President	GOV	1989-02-02	1993-05-21
Carlos Arias Navarro		ESP	Prime Minister	GOV	1973-12-31	1976-07-01
Carlos Castaño		COL	Leader of the United Self-Defense Forces of Colombia	REB	1997	2004-04-16
Carlos Menem	Carlos Saúl Menem	ARG	President	GOV	1989-07-08	1999-12-10
Carlos Mesa		BOL	President	GOV	2003-10-17	2005-06-09
Carlos Salinas de Gortari	Carlos Salinas	MEX	President	GOV	1988-12-01	1994-11-30
Carlos Westendorp		BIH	High Representative for Bosnia and Herzegovina	IGO	1997-06-18	1999-08-17
Caspar Weinberger		USA	Secretary of Defense	GOV	1981-01-21	1987-11-23
Celso Amorim		BRA	Foreign Minister	GOV	1993-07-21	1995-01-01
Celso Lafer		BRA	Foreign Minister	GOV	2001-01-29	2003-01-01
César Gaviria		COL	President	GOV	1990-08-07	1994-08-07
César Gaviria		oas	Secretary General of the OAS	IGO	1994-09-15	2004-09-15
Chadli Bendjedid		DZA	President	GOV	1979-02-09	1992-01-11
Chaim Herzog		ISR	President	GOV	1983-05-05	1993-05-13
Chandra Shekhar		IND	Prime Minister	GOV	1990-11-10	1991-06-21
Chandrika Kumaratunga	Chandrika Bandaranaike Kumaratunga	LKA	Prime Minister	GOV	1994-08-19	1994-11-12
Chandrika Kumaratunga		LKA	President	GOV	1994-11-12	2005-11-19
Charan Singh	Chaudhary Charan Singh	IND	Prime Minister	GOV	1979-07-28	1980-01-14
Charles Haughey		IRL	Taoiseach	GOV	1979-12-11	1981-06-30
Charles Haughey		IRL	Taoiseach	GOV	1982-03-09	1982-12-14
Charles Haughey		IRL	Taoiseach	GOV	1987-03-10	1992-02-11
Charles Konan Banny		CIV	Prime Minister	GOV	2005-12-07	2007-04-04
Charles Taylor		LBR	Leader of the National Patriotic Front of Liberia	REB	1989-12-24	1997-08-02
Charles Taylor		LBR	President	GOV	1997-08-02	2003-08-11
Chatichai Choonhavan		THA	Prime Minister	GOV	1988-08-04	1991-02-23
Chaudhry Shujaat Hussain		PAK	Prime Minister	GOV	2004-06-30	2004-08-26
Chavalit Yongchaiyudh		THA	Prime Minister	GOV	1996-11-25	1997-11-09
Chedli Klibi	Chadli Klibi	arab-league	Secretary-General of the Arab League	IGO	1979-06-28	1990-09-03
Chen Shui-bian		TWN	President	GOV	2000-05-20	2008-05-20
Chiang Ching-kuo		TWN	Premier	GOV	1972-06-01	1978-05-20
Chiang Ching-kuo		TWN	President	GOV	1978-05-20	1988-01-13
Chiang Kai-shek		TWN	President	GOV	1950-03-01	1975-04-05
Choi Kyu-hah	Choi Kyu-ha	KOR	President	GOV	1979-10-26	1980-08-16
Chris Hani		anc	Chief of Staff of Umkhonto we Sizwe	REB	1987	1993-04-10
Chris Patten	Christopher Patten|Lord Patten	HKG	Governor of Hong Kong	GOV	1992-07-09	1997-06-30
Chris Patten		eu-commission	European Commissioner for External Relations	IGO	1999-09-16	2004-11-21
Christian Schwarz-Schilling		BIH	High Representative for Bosnia and Herzegovina	IGO	2006-02-01	2007-06-30
Christos Sartzetakis		GRC	President	GOV	1985-03-30	1990-05-05
Chuan Leekpai		THA	Prime Minister	GOV	1992-09-23	1995-07-13
Chuan Leekpai		THA	Prime Minister	GOV	1997-11-09	2001-02-09
Chun Doo-hwan	Chun Doo Hwan	KOR	President	GOV	1980-09-01	1988-02-24
Ciriaco De Mita		ITA	Prime Minister	GOV	1988-04-13	1989-07-22
Claude Cheysson		FRA	Foreign Minister	GOV	1981-05-22	1984-12-07
Colin Powell	Colin L. Powell	USA	National Security Adviser	GOV	1987-11-23	1989-01-20
Colin Powell		USA	Chairman of the Joint Chiefs of Staff	MIL	1989-10-01	1993-09-30
Colin Powell		USA	Secretary of State	GOV	2001-01-20	2005-01-26
Condoleezza Rice		USA	National Security Adviser	GOV	2001-01-20	2005-01-26
Condoleezza Rice		USA	Secretary of State	GOV	2005-01-26	2009-01-20
Corazon Aquino	Cory Aquino	PHL	President	GOV	1986-02-25	1992-06-30
Costas Simitis	Kostas Simitis	GRC	Prime Minister	GOV	1996-01-22	2004-03-10
Cyprien Ntaryamira		BDI	President	GOV	1994-02-05	1994-04-06
Cyrus Vance		USA	Secretary of State	GOV	1977-01-23	1980-04-28
Dalai Lama	14th Dalai Lama|Tenzin Gyatso	CHN	Spiritual Leader of Tibet in Exile	OPP	1959	
Dan Halutz		ISR	Chief of the General Staff	MIL	2005-06-01	2007-02-14
Dan Quayle		USA	Vice President	GOV	1989-01-20	1993-01-20
Daniel arap Moi		KEN	President	GOV	1978-08-22	2002-12-30
Daniel Ortega		NIC	Coordinator of the Junta of National Reconstruction	GOV	1981-03-04	1985-01-10
Daniel Ortega		NIC	President	GOV	1985-01-10	1990-04-25
Danilo Türk		SVN	President	GOV	2007-12-22	2012-12-22
Dante Caputo		ARG	Foreign Minister	GOV	1983-12-10	1989-05-26
David Dacko		CAF	President	GOV	1979-09-21	1981-09-01
David Lange		NZL	Prime Minister	GOV	1984-07-26	1989-08-08
David Levy		ISR	Foreign Minister	GOV	1990-06-11	1992-07-13
David Levy		ISR	Foreign Minister	GOV	1996-06-18	1998-01-06
David Levy		ISR	Foreign Minister	GOV	1999-07-06	2000-08-04
David Owen		GBR	Foreign Secretary	GOV	1977-02-21	1979-05-04
David Petraeus		USA	Commander of Multi-National Force Iraq	MIL	2007-02-10	2008-09-16
David Petraeus		USA	Commander of US Central Command	MIL	2008-10-31	2010-06-30
David Petraeus		nato	Commander of ISAF in Afghanistan	MIL	2010-07-04	2011-07-18
David Trimble		GBR	First Minister of Northern Ireland	GOV	1998-07-01	2002-10-14
Davíð Oddsson	David Oddsson	ISL	Prime Minister	GOV	1991-04-30	2004-09-15
Dawda Jawara		GMB	President	GOV	1970-04-24	1994-07-22
Demetris Christofias	Dimitris Christofias	CYP	President	GOV	2008-02-28	2013-02-28
Deng Xiaoping	Teng Hsiao-ping	CHN	Vice Premier	GOV	1977	1980
Deng Xiaoping		CHN	Chairman of the Central Military Commission	GOV	1981-06-28	1989-11-09
Denis Sassou Nguesso	Denis Sassou-Nguesso	COG	President	GOV	1979-02-08	1992-08-31
Denis Sassou Nguesso		COG	President	GOV	1997-10-25	
Dennis Ross		USA	Special Middle East Coordinator	GOV	1993	2001-01-20
Dermot Ahern		IRL	Foreign Minister	GOV	2004-09-29	2008-05-07
Derviş Eroğlu		CYP	President of the Turkish Republic of Northern Cyprus	GOV	2010-04-23	2015-04-30
Dick Cheney	Richard Cheney|Richard B. Cheney	USA	Secretary of Defense	GOV	1989-03-21	1993-01-20
Dick Cheney		USA	Vice President	GOV	2001-01-20	2009-01-20
Dick Spring		IRL	Foreign Minister	GOV	1993-01-12	1997-06-26
Didier Burkhalter		CHE	Foreign Minister	GOV	2012-01-01	2017-10-31
Didier Ratsiraka		MDG	President	GOV	1975-06-15	1993-03-27
Didier Ratsiraka		MDG	President	GOV	1997-02-09	2002-07-05
Dimitrij Rupel		SVN	Foreign Minister	GOV	2004-12-03	2008-11-21
Dingiri Banda Wijetunga	D. B. Wijetunga	LKA	President	GOV	1993-05-01	1994-11-12
Dioncounda Traoré		MLI	Interim President	GOV	2012-04-12	2013-09-04
Dmitry Medvedev		RUS	First Deputy Prime Minister	GOV	2005-11-14	2008-05-07
Dmitry Ustinov	Dmitri Ustinov	RUS	Defence Minister	GOV	1976-04-29	1984-12-20
Dmitry Yazov	Dmitri Yazov	RUS	Defence Minister	GOV	1987-05-30	1991-08-22
Do Muoi		VNM	Prime Minister	GOV	1988-06-22	1991-08-08
Do Muoi		VNM	General Secretary of the Communist Party	GOV	1991-06-28	1997-12-26
Dobrica Ćosić		SRB	President of Yugoslavia	GOV	1992-06-15	1993-06-01
Domingo Cavallo		ARG	Foreign Minister	GOV	1989-07-08	1991-01-31
Domingo Cavallo		ARG	Economy Minister	GOV	1991-01-31	1996-07-26
Domingo Cavallo		ARG	Economy Minister	GOV	2001-03-20	2001-12-20
Dominique de Villepin		FRA	Foreign Minister	GOV	2002-05-07	2004-03-31
Dominique de Villepin		FRA	Prime Minister	GOV	2005-05-31	2007-05-17
Domitien Ndayizeye		BDI	President	GOV	2003-04-30	2005-08-26
Donald Rumsfeld	Donald H. Rumsfeld	USA	Secretary of Defense	GOV	1975-11-20	1977-01-20
Donald Rumsfeld		USA	Secretary of Defense	GOV	2001-01-20	2006-12-18
Donald Tsang		HKG	Chief Executive	GOV	2005-06-21	2012-06-30
Dora Bakoyannis	Dora Bakoyanni	GRC	Foreign Minister	GOV	2006-02-15	2009-10-07
Douglas Hurd		GBR	Foreign Secretary	GOV	1989-10-26	1995-07-05
Dries van Agt		NLD	Prime Minister	GOV	1977-12-19	1982-11-04
Driss Jettou		MAR	Prime Minister	GOV	2002-10-09	2007-09-19
Dzhokhar Dudayev	Dzhokhar Dudaev|Djokhar Dudayev	RUS	President of the Chechen Republic of Ichkeria	REB	1991-11-09	1996-04-21
Eamon Gilmore		IRL	Foreign Minister	GOV	2011-03-09	2014-07-11
Eddie Fenech Adami		MLT	Prime Minister	GOV	1987-05-12	1996-10-28
Edem Kodjo		TGO	Secretary-General of the Organisation of African Unity	IGO	1978	1983
Edem Kodjo		TGO	Prime Minister	GOV	1994-04-25	1996-08-20
Edén Pastora	Comandante Cero	NIC	Leader of the Democratic Revolutionary Alliance (Contras)	REB	1982	1986
Édith Cresson		FRA	Prime Minister	GOV	1991-05-15	1992-04-02
Edmund Muskie		USA	Secretary of State	GOV	1980-05-08	1981-01-18
Édouard Balladur		FRA	Prime Minister	GOV	1993-03-29	1995-05-17
Eduard Kokoity		GEO	President of South Ossetia (self-proclaimed)	REB	2001-12-18	2011-12-10
Eduard Kukan		SVK	Foreign Minister	GOV	1998-10-30	2006-07-04
Eduard Shevardnadze		RUS	Foreign Minister	GOV	1985-07-02	1991-01-15
Eduard Shevardnadze		RUS	Foreign Minister	GOV	1991-11-19	1991-12-26
Eduard Shevardnadze		GEO	Head of State	GOV	1992-03-10	1995-11-26
Eduard Shevardnadze		GEO	President	GOV	1995-11-26	2003-11-23
Eduardo Duhalde		ARG	President	GOV	2002-01-02	2003-05-25
Eduardo Frei Ruiz-Tagle		CHL	President	GOV	1994-03-11	2000-03-11
Eduardo Rodríguez Veltzé		BOL	President	GOV	2005-06-09	2006-01-22
Edward Gierek		POL	First Secretary of the Polish United Workers' Party	GOV	1970-12-20	1980-09-06
Edward Nalbandian	Eduard Nalbandyan	ARM	Foreign Minister	GOV	2008-04-21	2018-05-12
Edward Seaga		JAM	Prime Minister	GOV	1980-11-01	1989-02-10
Efraín Ríos Montt		GTM	Head of State	GOV	1982-03-23	1983-08-08
Egon Krenz		DEU	General Secretary of the Socialist Unity Party (East Germany)	GOV	1989-10-18	1989-12-03
Egon Krenz		DEU	Chairman of the State Council (East Germany)	GOV	1989-10-24	1989-12-06
Ehud Barak		ISR	Chief of the General Staff	MIL	1991-04-01	1995-01-01
Ehud Barak		ISR	Foreign Minister	GOV	1995-11-22	1996-06-18
Ehud Olmert		ISR	Mayor of Jerusalem	GOV	1993	2003
Ekmeleddin İhsanoğlu		oic	Secretary-General of the OIC	IGO	2005-01-01	2013-12-31
Elías Antonio Saca	Tony Saca	SLV	President	GOV	2004-06-01	2009-06-01
Elias Hrawi		LBN	President	GOV	1989-11-24	1998-11-24
Elias Sarkis		LBN	President	GOV	1976-09-23	1982-09-22
Elio Di Rupo		BEL	Prime Minister	GOV	2011-12-06	2014-10-11
Ellen Johnson Sirleaf	Ellen Johnson-Sirleaf	LBR	President	GOV	2006-01-16	2018-01-22
Emil Boc		ROU	Prime Minister	GOV	2008-12-22	2012-02-06
Emil Constantinescu		ROU	President	GOV	1996-11-29	2000-12-20
Émile Lahoud		LBN	Commander of the Lebanese Armed Forces	MIL	1989-11-28	1998-11-24
Émile Lahoud		LBN	President	GOV	1998-11-24	2007-11-23
Emilio Colombo		ITA	Foreign Minister	GOV	1980-04-04	1983-08-04
Enda Kenny		IRL	Taoiseach	GOV	2011-03-09	2017-06-14
Enrique Bolaños		NIC	President	GOV	2002-01-10	2007-01-10
Enver Hoxha		ALB	First Secretary of the Party of Labour of Albania	GOV	1941-11-08	1985-04-11
Ephraim Katzir		ISR	President	GOV	1973-05-24	1978-05-29
Erich Honecker		DEU	General Secretary of the Socialist Unity Party (East Germany)	GOV	1971-05-03	1989-10-18
Erich Honecker		DEU	Chairman of the State Council (East Germany)	GOV	1976-10-29	1989-10-18
Erik Derycke		BEL	Foreign Minister	GOV	1995-06-23	1999-07-12
Erkki Tuomioja		FIN	Foreign Minister	GOV	2000-02-25	2007-04-19
Erkki Tuomioja		FIN	Foreign Minister	GOV	2011-06-22	2015-05-29
Ernest Bai Koroma		SLE	President	GOV	2007-09-17	2018-04-04
Ernest Shonekan		NGA	Interim Head of State	GOV	1993-08-26	1993-11-17
Ernesto Geisel		BRA	President	GOV	1974-03-15	1979-03-15
Ernesto Pérez Balladares		PAN	President	GOV	1994-09-01	1999-09-01
Ernesto Samper		COL	President	GOV	1994-08-07	1998-08-07
Ernesto Zedillo		MEX	President	GOV	1994-12-01	2000-11-30
Ertha Pascal-Trouillot		HTI	Provisional President	GOV	1990-03-13	1991-02-07
Esko Aho		FIN	Prime Minister	GOV	1991-04-26	1995-04-13
Esmat Abdel Meguid	Ahmed Esmat Abdel Meguid|Esmat Abdel-Meguid	EGY	Foreign Minister	GOV	1984-07-17	1991-05-20
Esmat Abdel Meguid		arab-league	Secretary-General of the Arab League	IGO	1991-05-15	2001-05-31
Essam Sharaf		EGY	Prime Minister	GOV	2011-03-03	2011-12-07
Étienne Tshisekedi		COD	Leader of the UDPS	OPP	1982-02-15	2017-02-01
Étienne Tshisekedi		COD	Prime Minister	GOV	1992-08-15	1993-03-18
Evo Morales		BOL	Leader of the Movement for Socialism	OPP	1998	2006-01-22
Ezer Weizman		ISR	Defence Minister	GOV	1977-06-20	1980-05-28
Ezer Weizman		ISR	President	GOV	1993-05-13	2000-07-13
F. W. de Klerk	Frederik Willem de Klerk|F.W. de Klerk|FW de Klerk	ZAF	State President	GOV	1989-08-15	1994-05-10
F. W. de Klerk		ZAF	Deputy President	GOV	1994-05-10	1996-06-30
Fahd bin Abdulaziz	King Fahd	SAU	Crown Prince	GOV	1975-03-25	1982-06-13
Fahd bin Abdulaziz		SAU	King	GOV	1982-06-13	2005-08-01
Fahri Korutürk		TUR	President	GOV	1973-04-06	1980-04-06
Faisal al-Fayez		JOR	Prime Minister	GOV	2003-10-25	2005-04-06
Faisal bin Abdulaziz	King Faisal	SAU	King	GOV	1964-11-02	1975-03-25
Fakhruddin Ahmed		BGD	Chief Adviser of the Caretaker Government	GOV	2007-01-12	2009-01-06
Fakhruddin Ali Ahmed		IND	President	GOV	1974-08-24	1977-02-11
Farooq Leghari	Farooq Ahmad Leghari	PAK	President	GOV	1993-11-14	1997-12-02
Farouk al-Sharaa	Farouq al-Sharaa|Farouk Sharaa	SYR	Foreign Minister	GOV	1984-03-11	2006-02-11
Farouk al-Sharaa		SYR	Vice President	GOV	2006-02-11	2014
Farouk Kaddoumi	Farouq Qaddoumi|Farouk Qaddoumi	PSE	Head of the PLO Political Department	GOV	1973	2009
Fathi Shaqaqi	Fathi Shikaki	palestinian-islamic-jihad	Secretary-General of Palestinian Islamic Jihad	REB	1981	1995-10-26
Fatmir Sejdiu		XKX	President	GOV	2006-02-10	2010-09-27
Fatos Nano		ALB	Prime Minister	GOV	1997-07-25	1998-10-02
Fatos Nano		ALB	Prime Minister	GOV	2002-07-31	2005-09-10
Faure Gnassingbé		TGO	President	GOV	2005-05-04	2025-05-03
Faure Gnassingbé		TGO	President of the Council of Ministers	GOV	2025-05-03	
Federico Franco		PRY	President	GOV	2012-06-22	2013-08-15
Felipe González		ESP	Prime Minister	GOV	1982-12-02	1996-05-05
Felipe Pérez Roque		CUB	Foreign Minister	GOV	1999-05-28	2009-03-02
Félix Houphouët-Boigny		CIV	President	GOV	1960-11-03	1993-12-07
Félix Malloum		TCD	Head of State	GOV	1975-04-15	1979-03-23
Ferdinand Marcos	Ferdinand E. Marcos	PHL	President	GOV	1965-12-30	1986-02-25
Ferenc Gyurcsány		HUN	Prime Minister	GOV	2004-09-29	2009-04-14
Ferenc Mádl		HUN	President	GOV	2000-08-04	2005-08-05
Fernando Belaúnde Terry	Fernando Belaúnde	PER	President	GOV	1980-07-28	1985-07-28
Fernando Collor de Mello	Fernando Collor	BRA	President	GOV	1990-03-15	1992-12-29
Fernando de la Rúa		ARG	President	GOV	1999-12-10	2001-12-21
Fernando Henrique Cardoso		BRA	Foreign Minister	GOV	1992-10-05	1993-05-20
Fernando Henrique Cardoso		BRA	Finance Minister	GOV	1993-05-21	1994-03-30
Fernando Henrique Cardoso		BRA	President	GOV	1995-01-01	2003-01-01
Fernando Lugo		PRY	President	GOV	2008-08-15	2012-06-22
Fernando Morán		ESP	Foreign Minister	GOV	1982-12-02	1985-07-05
Fernando Solana		MEX	Foreign Secretary	GOV	1988-12-01	1993-11-29
Festus Mogae		BWA	President	GOV	1998-04-01	2008-04-01
Fidel Castro		CUB	Prime Minister	GOV	1959-02-16	1976-12-02
Fidel Castro		CUB	First Secretary of the Communist Party	GOV	1965-10-03	2011-04-19
Fidel Ramos	Fidel V. Ramos	PHL	President	GOV	1992-06-30	1998-06-30
Filip Vujanović		MNE	President	GOV	2003-05-22	2018-05-20
Foday Sankoh		SLE	Leader of the Revolutionary United Front	REB	1991-03-23	2000-05-17
Fouad Mebazaa		TUN	Acting President	GOV	2011-01-15	2011-12-13
Fouad Siniora	Fuad Siniora|Fouad Saniora	LBN	Prime Minister	GOV	2005-07-19	2009-11-09
Francesco Cossiga		ITA	Prime Minister	GOV	1979-08-04	1980-10-18
Francesco Cossiga		ITA	President	GOV	1985-07-03	1992-04-28
Francis Pym		GBR	Foreign Secretary	GOV	1982-04-06	1983-06-11
Francisco da Costa Gomes	Costa Gomes	PRT	President	GOV	1974-09-30	1976-07-13
Francisco Fernández Ordóñez		ESP	Foreign Minister	GOV	1985-07-05	1992
Francisco Flores	Francisco Flores Pérez	SLV	President	GOV	1999-06-01	2004-06-01
Francisco Macías Nguema		GNQ	President	GOV	1968-10-12	1979-08-03
Francisco Morales Bermúdez		PER	President	GOV	1975-08-29	1980-07-28
Francisco Pinto Balsemão		PRT	Prime Minister	GOV	1981-01-09	1983-06-09
Francisco Sá Carneiro		PRT	Prime Minister	GOV	1980-01-03	1980-12-04
Franco Frattini		ITA	Foreign Minister	GOV	2002-11-14	2004-11-18
François Bozizé		CAF	President	GOV	2003-03-15	2013-03-24
François Mitterrand		FRA	President	GOV	1981-05-21	1995-05-17
François-Xavier Ortoli		eu-commission	President of the European Commission	IGO	1973-01-06	1977-01-05
Franjo Tuđman	Franjo Tudjman	HRV	President	GOV	1990-05-30	1999-12-10
Frank Carlucci		USA	National Security Adviser	GOV	1987-01-02	1987-11-23
Frank Carlucci		USA	Secretary of Defense	GOV	1987-11-23	1989-01-20
Frank-Walter Steinmeier		DEU	Chief of Staff of the Chancellery	GOV	1999-07-07	2005-11-22
Franz Vranitzky		AUT	Chancellor	GOV	1986-06-16	1997-01-28
Fred Sinowatz		AUT	Chancellor	GOV	1983-05-24	1986-06-16
Frederick Chiluba		ZMB	President	GOV	1991-11-02	2002-01-02
Fuad Mohieddin	Fouad Mohieddin	EGY	Prime Minister	GOV	1982-01-02	1984-06-05
Gaafar Nimeiry	Jaafar Nimeiri|Gaafar Nimeiri	SDN	President	GOV	1969-05-25	1985-04-06
Gabi Ashkenazi		ISR	Chief of the General Staff	MIL	2007-02-14	2011-02-14
Gareth Evans		AUS	Foreign Minister	GOV	1988-09-02	1996-03-11
Garret FitzGerald		IRL	Taoiseach	GOV	1981-06-30	1982-03-09
Garret FitzGerald		IRL	Taoiseach	GOV	1982-12-14	1987-03-10
Gaston Thorn		LUX	Prime Minister	GOV	1974-06-15	1979-07-16
Gaston Thorn		eu-commission	President of the European Commission	IGO	1981-01-06	1985-01-05
Geir Haarde	Geir H. Haarde	ISL	Prime Minister	GOV	2006-06-15	2009-02-01
Gennady Yanayev	Gennadi Yanayev	RUS	Vice President of the Soviet Union	GOV	1990-12-27	1991-09-04
Geoffrey Howe	Sir Geoffrey Howe	GBR	Foreign Secretary	GOV	1983-06-11	1989-07-24
Geoffrey Palmer		NZL	Prime Minister	GOV	1989-08-08	1990-09-04
George H. W. Bush	George H.W. Bush|George Herbert Walker Bush|George Bush Sr.	USA	Director of Central Intelligence	SPY	1976-01-30	1977-01-20
George H. W. Bush		USA	Vice President	GOV	1981-01-20	1989-01-20
George H. W. Bush		USA	President	GOV	1989-01-20	1993-01-20
George Habash		PSE	Secretary-General of the Popular Front for the Liberation of Palestine	REB	1967	2000
George Mitchell	George J. Mitchell	USA	Special Envoy for Northern Ireland	GOV	1995	2001
George Mitchell		USA	Special Envoy for Middle East Peace	GOV	2009-01-22	2011-05-20
George Papandreou		GRC	Foreign Minister	GOV	1999-02-18	2004-02-13
George Robertson	Lord Robertson	GBR	Defence Secretary	GOV	1997-05-03	1999-10-11
George Robertson		nato	Secretary-General of NATO	IGO	1999-10-14	2003-12-17
George Shultz	George P. Shultz	USA	Secretary of State	GOV	1982-07-16	1989-01-20
George Tenet		USA	Director of Central Intelligence	SPY	1997-07-11	2004-07-11
George Vasiliou	George Vassiliou	CYP	President	GOV	1988-02-28	1993-02-28
George Yeo		SGP	Foreign Minister	GOV	2004-08-12	2011-05-21
Georgi Parvanov	Georgi Purvanov	BGR	President	GOV	2002-01-22	2012-01-22
Georgios Rallis	George Rallis	GRC	Prime Minister	GOV	1980-05-10	1981-10-21
Gerald Ford	Gerald R. Ford	USA	President	GOV	1974-08-09	1977-01-20
Gérard Latortue		HTI	Prime Minister	GOV	2004-03-12	2006-06-09
Gerhard Schröder	Gerhard Schroeder	DEU	Chancellor	GOV	1998-10-27	2005-11-22
Gerry Adams		GBR	President of Sinn Féin	OPP	1983-11-13	2018-02-10
Géza Jeszenszky		HUN	Foreign Minister	GOV	1990-05-23	1994-07-15
Ghazi al-Yawer	Ghazi Mashal Ajil al-Yawer	IRQ	President	GOV	2004-06-28	2005-04-07
Gholam Reza Aghazadeh	Gholamreza Aghazadeh	IRN	Head of the Atomic Energy Organization	GOV	1997	2009-07-16
Ghulam Ishaq Khan		PAK	President	GOV	1988-08-17	1993-07-18
Gianfranco Fini		ITA	Foreign Minister	GOV	2004-11-18	2006-05-17
Gianni De Michelis		ITA	Foreign Minister	GOV	1989-07-22	1992-06-28
Giorgio Napolitano		ITA	Interior Minister	GOV	1996-05-17	1998-10-21
Giovanni Goria		ITA	Prime Minister	GOV	1987-07-28	1988-04-13
Giovanni Leone		ITA	President	GOV	1971-12-29	1978-06-15
Giovanni Spadolini		ITA	Prime Minister	GOV	1981-06-28	1982-12-01
Girija Prasad Koirala	G. P. Koirala	NPL	Prime Minister	GOV	2006-04-30	2008-08-18
Girma Wolde-Giorgis		ETH	President	GOV	2001-10-08	2013-10-07
Giuliano Amato		ITA	Prime Minister	GOV	1992-06-28	1993-04-28
Giuliano Amato		ITA	Prime Minister	GOV	2000-04-26	2001-06-11
Giulio Andreotti		ITA	Prime Minister	GOV	1976-07-29	1979-08-04
Giulio Andreotti		ITA	Foreign Minister	GOV	1983-08-04	1989-07-22
Giulio Andreotti		ITA	Prime Minister	GOV	1989-07-23	1992-06-28
Giulio Terzi	Giulio Terzi di Sant'Agata	ITA	Foreign Minister	GOV	2011-11-16	2013-03-26
Gjorge Ivanov	Gjorgje Ivanov	MKD	President	GOV	2009-05-12	2019-05-12
Glafcos Clerides	Glafkos Klerides	CYP	President	GOV	1993-02-28	2003-02-28
Gloria Macapagal Arroyo		PHL	Vice President	GOV	1998-06-30	2001-01-20
Gnassingbé Eyadéma	Eyadema	TGO	President	GOV	1967-04-14	2005-02-05
Goh Chok Tong		SGP	Prime Minister	GOV	1990-11-28	2004-08-12
Gohar Ayub Khan		PAK	Foreign Minister	GOV	1997-02-25	1998-08-07
Gonzalo Sánchez de Lozada	Goni	BOL	President	GOV	1993-08-06	1997-08-06
Gonzalo Sánchez de Lozada		BOL	President	GOV	2002-08-06	2003-10-17
Goodluck Jonathan		NGA	Vice President	GOV	2007-05-29	2010-05-06
Göran Persson		SWE	Prime Minister	GOV	1996-03-22	2006-10-06
Goran Svilanović		SRB	Foreign Minister of Yugoslavia	GOV	2000-11-04	2004-04-16
Gordon Bajnai		HUN	Prime Minister	GOV	2009-04-14	2010-05-29
Gordon Brown		GBR	Chancellor of the Exchequer	GOV	1997-05-02	2007-06-27
Gotabaya Rajapaksa		LKA	Defence Secretary	GOV	2005-11-25	2015-01-08
Gough Whitlam		AUS	Prime Minister	GOV	1972-12-05	1975-11-11
Goukouni Oueddei		TCD	President of the Transitional Government of National Unity	GOV	1979-11-10	1982-06-07
Goukouni Oueddei		TCD	Rebel Leader	REB	1982-06-07	1986
Grigory Yavlinsky		RUS	Leader of Yabloko	OPP	1993	2008-06-21
Gro Harlem Brundtland		NOR	Prime Minister	GOV	1981-02-04	1981-10-14
Gro Harlem Brundtland		NOR	Prime Minister	GOV	1986-05-09	1989-10-16
Gro Harlem Brundtland		NOR	Prime Minister	GOV	1990-11-03	1996-10-25
Gro Harlem Brundtland		who	Director-General of the World Health Organization	IGO	1998-07-21	2003-07-21
Guido di Tella		ARG	Foreign Minister	GOV	1991-01-31	1999-12-10
Guillaume Soro		CIV	Leader of the Forces Nouvelles	REB	2002	2007-04-04
Guillaume Soro		CIV	Prime Minister	GOV	2007-04-04	2012-03-13
Guillermo Endara		PAN	President	GOV	1989-12-20	1994-09-01
Gulbuddin Hekmatyar		AFG	Leader of Hezb-e-Islami	REB	1977	2016-09-29
Gulbuddin Hekmatyar		AFG	Prime Minister	GOV	1996-06-26	1996-09-27
Guntis Ulmanis		LVA	President	GOV	1993-07-07	1999-07-08
Gustáv Husák		CZE	General Secretary of the Communist Party of Czechoslovakia	GOV	1969-04-17	1987-12-17
Gustáv Husák		CZE	President of Czechoslovakia	GOV	1975-05-29	1989-12-10
Gustavo Noboa		ECU	President	GOV	2000-01-22	2003-01-15
Guy Verhofstadt		BEL	Prime Minister	GOV	1999-07-12	2008-03-20
Gyanendra	King Gyanendra	NPL	King	GOV	2001-06-04	2008-05-28
Gyude Bryant	Charles Gyude Bryant	LBR	Chairman of the Transitional Government	GOV	2003-10-14	2006-01-16
Gyula Horn		HUN	Foreign Minister	GOV	1989-05-10	1990-05-23
Gyula Horn		HUN	Prime Minister	GOV	1994-07-15	1998-07-06
H. D. Deve Gowda	Deve Gowda|H.D. Deve Gowda	IND	Prime Minister	GOV	1996-06-01	1997-04-21
Habib Bourguiba		TUN	President	GOV	1957-07-25	1987-11-07
Hafez al-Assad	Hafez Assad|Hafiz al-Assad	SYR	President	GOV	1971-03-12	2000-06-10
Hafizullah Amin		AFG	Chairman of the Revolutionary Council	GOV	1979-09-14	1979-12-27
Hailemariam Desalegn		ETH	Foreign Minister	GOV	2010-10-29	2012-08-21
Hakimullah Mehsud		ttp	Leader of Tehrik-i-Taliban Pakistan	REB	2009-08-22	2013-11-01
Hamad bin Isa Al Khalifa		BHR	Emir	GOV	1999-03-06	2002-02-14
Hamad bin Khalifa Al Thani		QAT	Heir Apparent	GOV	1977-05-31	1995-06-27
Hamadi Jebali		TUN	Prime Minister	GOV	2011-12-24	2013-03-14
Han Seung-soo		KOR	Foreign Minister	GOV	2001-03-26	2002-02-04
Han Seung-soo		KOR	Prime Minister	GOV	2008-02-29	2009-09-28
Hanna Suchocka		POL	Prime Minister	GOV	1992-07-11	1993-10-26
Hans Blix		SWE	Foreign Minister	GOV	1978-10-18	1979-10-12
Hans Blix		iaea	Director General of the IAEA	IGO	1981-12-01	1997-11-30
Hans Blix		un	Executive Chairman of UNMOVIC	IGO	2000-03-01	2003-06-30
Hans Modrow		DEU	Chairman of the Council of Ministers (East Germany)	GOV	1989-11-13	1990-04-12
Hans van den Broek		NLD	Foreign Minister	GOV	1982-11-04	1993-01-03
Hans van den Broek		eu-commission	European Commissioner for External Relations	IGO	1993-01-06	1999-09-15
Hans van Mierlo		NLD	Foreign Minister	GOV	1994-08-22	1998-08-03
Hans-Dietrich Genscher		DEU	Foreign Minister	GOV	1974-05-17	1992-05-17
Hans-Gert Pöttering		european-parliament	President of the European Parliament	LEG	2007-01-16	2009-07-14
Harald V	King Harald V|King Harald	NOR	King	GOV	1991-01-17	
Haris Silajdžić		BIH	Prime Minister	GOV	1993-10-25	1996-01-30
Haris Silajdžić		BIH	Member of the Presidency	GOV	2006-11-06	2010-11-10
Harold Brown		USA	Secretary of Defense	GOV	1977-01-21	1981-01-20
Harold Wilson		GBR	Prime Minister	GOV	1974-03-04	1976-04-05
Harri Holkeri		FIN	Prime Minister	GOV	1987-04-30	1991-04-26
Hashim Salamat		PHL	Chairman of the Moro Islamic Liberation Front	REB	1977	2003-07-13
Hashim Thaçi		XKX	Political Leader of the Kosovo Liberation Army	REB	1998	1999
Hashim Thaçi		XKX	Prime Minister	GOV	2008-01-09	2014-12-09
Hassan al-Turabi		SDN	Speaker of the National Assembly	LEG	1996	1999-12-12
Hassan al-Turabi		SDN	Leader of the Popular Congress Party	OPP	1999-12-12	2016-03-05
Hassan bin Talal	Prince Hassan|Crown Prince Hassan	JOR	Crown Prince	GOV	1965-04-01	1999-01-25
Hassan Dahir Aweys		SOM	Leader of the Islamic Courts Union	REB	2006	2009
Hassan Gouled Aptidon		DJI	President	GOV	1977-06-27	1999-05-08
Hassan II	King Hassan II|King Hassan	MAR	King	GOV	1961-02-26	1999-07-23
Hassan Rouhani		IRN	Secretary of the Supreme National Security Council	GOV	1989-10-13	2005-08-15
Hassan Wirajuda		IDN	Foreign Minister	GOV	2001-08-10	2009-10-21
Hastings Banda	Hastings Kamuzu Banda	MWI	President	GOV	1966-07-06	1994-05-24
Heinz Fischer		AUT	President	GOV	2004-07-08	2016-07-08
Helen Clark		NZL	Prime Minister	GOV	1999-12-10	2008-11-19
Helen Clark		undp	Administrator of the UN Development Programme	IGO	2009-04-17	2017-04-19
Helmut Kohl		DEU	Chancellor	GOV	1982-10-01	1998-10-27
Helmut Schmidt		DEU	Chancellor	GOV	1974-05-16	1982-10-01
Heng Samrin		KHM	Head of State	GOV	1979-01-07	1992-04-06
Hennadiy Udovenko	Gennady Udovenko	UKR	Foreign Minister	GOV	1994-08-25	1998-04-17
Henri Konan Bédié		CIV	President	GOV	1993-12-07	1999-12-24
Henri Namphy		HTI	Head of State	GOV	1986-02-07	1988-02-07
Henri Namphy		HTI	Head of State	GOV	1988-06-20	1988-09-17
Henrique Capriles	Henrique Capriles Radonski	VEN	Opposition Presidential Candidate	OPP	2012-02-12	2013-04-14
Henry Kissinger	Henry A. Kissinger	USA	National Security Adviser	GOV	1969-01-20	1975-11-03
Henry Kissinger		USA	Secretary of State	GOV	1973-09-22	1977-01-20
Herman Van Rompuy		BEL	Prime Minister	GOV	2008-12-30	2009-11-25
Hernán Siles Zuazo		BOL	President	GOV	1982-10-10	1985-08-06
Hervé de Charette		FRA	Foreign Minister	GOV	1995-05-18	1997-06-02
Hesham Qandil	Hisham Qandil	EGY	Prime Minister	GOV	2012-08-02	2013-07-16
Heydar Aliyev	Heydar Aliev|Geidar Aliyev	AZE	First Secretary of the Communist Party of Azerbaijan	GOV	1969-07-14	1982-12-03
Heydar Aliyev		AZE	President	GOV	1993-06-24	2003-10-31
Hifikepunye Pohamba		NAM	President	GOV	2005-03-21	2015-03-21
Hikmet Çetin		TUR	Foreign Minister	GOV	1991-11-20	1994-07-27
Hilla Limann		GHA	President	GOV	1979-09-24	1981-12-31
Hillary Clinton		USA	U.S. Senator	LEG	2001-01-03	2009-01-21
Hirofumi Nakasone		JPN	Foreign Minister	GOV	2008-09-24	2009-09-16
Hirohito	Emperor Hirohito|Emperor Showa	JPN	Emperor	GOV	1926-12-25	1989-01-07
Hissène Habré		TCD	President	GOV	1982-06-07	1990-12-01
Holden Roberto		AGO	Leader of the FNLA	REB	1962	1976
Horst Köhler		imf	Managing Director of the IMF	IGO	2000-05-01	2004-03-04
Hosni Mubarak		EGY	Vice President	GOV	1975-04-16	1981-10-14
Houari Boumediene		DZA	President	GOV	1965-06-19	1978-12-27
Hu Jintao		CHN	Vice President	GOV	1998-03-15	2003-03-15
Hu Yaobang		CHN	Chairman of the Communist Party	GOV	1981-06-28	1982-09-12
Hu Yaobang		CHN	General Secretary of the Communist Party	GOV	1982-09-12	1987-01-16
Hua Guofeng	Hua Kuo-feng	CHN	Premier	GOV	1976-02-04	1980-09-10
Hua Guofeng		CHN	Chairman of the Communist Party	GOV	1976-10-07	1981-06-28
Huang Hua		CHN	Foreign Minister	GOV	1976-12-02	1982-11-19
Hubert Védrine		FRA	Foreign Minister	GOV	1997-06-04	2002-05-05
Hugo Banzer		BOL	President	GOV	1971-08-22	1978-07-21
Hugo Banzer		BOL	President	GOV	1997-08-06	2001-08-07
Hussain Muhammad Ershad	H. M. Ershad|Hossain Mohammad Ershad	BGD	Chief Martial Law Administrator	MIL	1982-03-24	1986-11-10
Hussain Muhammad Ershad		BGD	President	GOV	1983-12-11	1990-12-06
Hussein Badreddin al-Houthi	Hussein al-Houthi	houthis	Founder and Leader of the Houthi Movement	REB	1992	2004-09-10
Hussein bin Talal	King Hussein	JOR	King	GOV	1952-08-11	1999-02-07
Hussein Farrah Aidid	Hussein Mohamed Farrah Aidid	SOM	Leader of the United Somali Congress faction	REB	1996	2000
Hussein Onn		MYS	Prime Minister	GOV	1976-01-15	1981-07-16
I. K. Gujral	Inder Kumar Gujral|I.K. Gujral	IND	Minister of External Affairs	GOV	1996-06-01	1998-03-19
I. K. Gujral		IND	Prime Minister	GOV	1997-04-21	1998-03-19
Iajuddin Ahmed		BGD	President	GOV	2002-09-06	2009-02-12
Ian Khama		BWA	President	GOV	2008-04-01	2018-04-01
Ian Paisley		GBR	First Minister of Northern Ireland	GOV	2007-05-08	2008-06-05
Ian Smith		ZWE	Prime Minister of Rhodesia	GOV	1964-04-13	1979-06-01
Ibrahim al-Hamdi		YEM	President of North Yemen	GOV	1974-06-13	1977-10-11
Ibrahim al-Jaafari		IRQ	Prime Minister	GOV	2005-05-03	2006-05-20
Ibrahim Babangida	Ibrahim Badamasi Babangida	NGA	President	GOV	1985-08-27	1993-08-26
Ibrahim Baré Maïnassara		NER	President	GOV	1996-01-27	1999-04-09
Ibrahim Rugova		XKX	Leader of the Democratic League of Kosovo	OPP	1989-12-23	2002-03-04
Ibrahim Rugova		XKX	President	GOV	2002-03-04	2006-01-21
Ibrahim Yazdi	Ebrahim Yazdi	IRN	Foreign Minister	GOV	1979-04-12	1979-11-12
Ide Oumarou		NER	Secretary-General of the Organisation of African Unity	IGO	1985	1989
Idi Amin	Idi Amin Dada	UGA	President	GOV	1971-01-25	1979-04-11
Idriss Déby		TCD	Leader of the Patriotic Salvation Movement	REB	1989	1990-12-02
Ieng Sary		KHM	Foreign Minister of Democratic Kampuchea	GOV	1975	1979-01-07
Ignatius Kutu Acheampong	Ignatius Acheampong	GHA	Head of State	GOV	1972-01-13	1978-07-05
Igor Ivanov		RUS	Foreign Minister	GOV	1998-09-11	2004-03-09
Igor Ivanov		RUS	Secretary of the Security Council	GOV	2004-03-09	2007-07-18
Igor Lukšić		MNE	Prime Minister	GOV	2010-12-29	2012-12-04
Igor Smirnov		MDA	President of Transnistria (self-proclaimed)	REB	1990-09-02	2011-12-30
Ilir Meta		ALB	Prime Minister	GOV	1999-10-29	2002-02-22
Imad Mughniyeh	Imad Mughniyah	hezbollah	Military Commander of Hezbollah	REB	1983	2008-02-12
Indira Gandhi		IND	Prime Minister	GOV	1966-01-24	1977-03-24
Indira Gandhi		IND	Prime Minister	GOV	1980-01-14	1984-10-31
Ingvar Carlsson		SWE	Prime Minister	GOV	1986-03-01	1991-10-04
Ingvar Carlsson		SWE	Prime Minister	GOV	1994-10-07	1996-03-22
Ion Iliescu		ROU	President	GOV	1989-12-22	1996-11-29
Ion Iliescu		ROU	President	GOV	2000-12-20	2004-12-20
Isa bin Salman Al Khalifa	Sheikh Isa bin Salman	BHR	Emir	GOV	1961-11-02	1999-03-06
Isabel Perón	Isabel Martínez de Perón	ARG	President	GOV	1974-07-01	1976-03-24
Isaias Afwerki		ERI	Secretary-General of the Eritrean People's Liberation Front	REB	1987	1991-05-24
Isidoro Malmierca		CUB	Foreign Minister	GOV	1976	1992
Islam Karimov		UZB	President	GOV	1990-03-24	2016-09-02
İsmail Cem		TUR	Foreign Minister	GOV	1997-06-30	2002-07-11
Ismail Fahmy		EGY	Foreign Minister	GOV	1973	1977
Ismail Haniyeh		PSE	Prime Minister of the Hamas Government in Gaza	GOV	2007-06-14	2014-06-02
Itamar Franco		BRA	President	GOV	1992-10-02	1995-01-01
Ivan Gašparovič		SVK	President	GOV	2004-06-15	2014-06-15
Ivan Kostov		BGR	Prime Minister	GOV	1997-05-21	2001-07-24
Iveta Radičová		SVK	Prime Minister	GOV	2010-07-08	2012-04-04
Ivica Dačić		SRB	Interior Minister	GOV	2008-07-07	2014-04-27
Ivica Račan		HRV	Prime Minister	GOV	2000-01-27	2003-12-23
Ivo Josipović		HRV	President	GOV	2010-02-18	2015-02-19
Ivo Sanader		HRV	Prime Minister	GOV	2003-12-23	2009-07-06
Iyad Ag Ghaly		MLI	Leader of Ansar Dine	REB	2012	2017
Iyad Allawi	Ayad Allawi	IRQ	Prime Minister	GOV	2004-06-28	2005-05-03
Izzat Ibrahim al-Douri	Izzat Ibrahim al-Duri	IRQ	Vice Chairman of the Revolutionary Command Council	GOV	1979-07-16	2003-04-09
Izzat Ibrahim al-Douri		IRQ	Leader of the Baath Party insurgency	REB	2003-04-09	2020-10-26
J. R. Jayewardene	Junius Richard Jayewardene|J.R. Jayewardene	LKA	Prime Minister	GOV	1977-07-23	1978-02-04
J. R. Jayewardene		LKA	President	GOV	1978-02-04	1989-01-02
Jaap de Hoop Scheffer		NLD	Foreign Minister	GOV	2002-07-22	2003-12-03
Jaap de Hoop Scheffer		nato	Secretary-General of NATO	IGO	2004-01-01	2009-07-31
Jaber Al-Ahmad Al-Sabah	Sheikh Jaber al-Ahmad al-Sabah	KWT	Emir	GOV	1977-12-31	2006-01-15
Jaber Al-Mubarak Al-Hamad Al-Sabah	Sheikh Jaber al-Mubarak al-Sabah	KWT	Prime Minister	GOV	2011-11-30	2019-11-19
Jack Lynch		IRL	Taoiseach	GOV	1977-07-05	1979-12-11
Jack Straw		GBR	Foreign Secretary	GOV	2001-06-08	2006-05-05
Jacob Zuma		ZAF	Deputy President	GOV	1999-06-14	2005-06-14
Jacques Chirac		FRA	Prime Minister	GOV	1974-05-27	1976-08-25
Jacques Chirac		FRA	Prime Minister	GOV	1986-03-20	1988-05-10
Jacques Chirac		FRA	President	GOV	1995-05-17	2007-05-16
Jacques de Larosière		imf	Managing Director of the IMF	IGO	1978-06-17	1987-01-15
Jacques Delors		FRA	Finance Minister	GOV	1981-05-22	1984-07-17
Jacques Delors		eu-commission	President of the European Commission	IGO	1985-01-07	1995-01-23
Jacques Santer		LUX	Prime Minister	GOV	1984-07-20	1995-01-26
Jacques Santer		eu-commission	President of the European Commission	IGO	1995-01-23	1999-03-15
Jadranka Kosor		HRV	Prime Minister	GOV	2009-07-06	2011-12-23
Jaime Gama		PRT	Foreign Minister	GOV	1995-10-28	2002-04-06
Jaime Lusinchi		VEN	President	GOV	1984-02-02	1989-02-02
Jaime Paz Zamora		BOL	President	GOV	1989-08-06	1993-08-06
Jaime Roldós		ECU	President	GOV	1979-08-10	1981-05-24
Jakaya Kikwete		TZA	Foreign Minister	GOV	1995-11-28	2005-12-21
Jakaya Kikwete		TZA	President	GOV	2005-12-21	2015-11-05
Jalal Talabani		IRQ	Secretary-General of the Patriotic Union of Kurdistan	REB	1975-06-01	2005-04-07
Jalaluddin Haqqani		AFG	Leader of the Haqqani Network	REB	1995	2018-09-03
James Baker	James A. Baker	USA	White House Chief of Staff	GOV	1981-01-20	1985-02-03
James Baker		USA	Secretary of the Treasury	GOV	1985-02-04	1988-08-17
James Baker		USA	Secretary of State	GOV	1989-01-25	1992-08-23
James Baker		USA	White House Chief of Staff	GOV	1992-08-23	1993-01-20
James Callaghan	Jim Callaghan	GBR	Foreign Secretary	GOV	1974-03-05	1976-04-08
James Callaghan		GBR	Prime Minister	GOV	1976-04-05	1979-05-04
James Wolfensohn	James D. Wolfensohn	world-bank	President of the World Bank	IGO	1995-06-01	2005-05-31
Jamil Mahuad		ECU	President	GOV	1998-08-10	2000-01-21
Jan Eliasson		un-general-assembly	President of the UN General Assembly	IGO	2005-09-13	2006-09-12
Jan Eliasson		SWE	Foreign Minister	GOV	2006-04-24	2006-10-06
Jan Eliasson		un	Deputy Secretary-General of the United Nations	IGO	2012-07-01	2016-12-31
Jan Fischer		CZE	Prime Minister	GOV	2009-05-08	2010-07-13
Jan Kavan		CZE	Foreign Minister	GOV	1998-07-22	2002-07-15
Jan Krzysztof Bielecki		POL	Prime Minister	GOV	1991-01-04	1991-12-06
Ján Kubiš		osce	Secretary General of the OSCE	IGO	1999-06-15	2005-06-15
Ján Kubiš		SVK	Foreign Minister	GOV	2006-07-04	2009-01-26
Jan Olszewski		POL	Prime Minister	GOV	1991-12-06	1992-06-05
Jan P. Syse	Jan Syse	NOR	Prime Minister	GOV	1989-10-16	1990-11-03
Jan Peter Balkenende		NLD	Prime Minister	GOV	2002-07-22	2010-10-14
Janez Drnovšek		SRB	President of the Presidency of Yugoslavia	GOV	1989-05-15	1990-05-15
Janez Drnovšek		SVN	Prime Minister	GOV	1992-05-14	2002-12-19
Janez Drnovšek		SVN	President	GOV	2002-12-22	2007-12-22
Janez Janša		SVN	Prime Minister	GOV	2004-12-03	2008-11-21
Janez Janša		SVN	Prime Minister	GOV	2012-02-10	2013-03-20
János Kádár		HUN	General Secretary of the Hungarian Socialist Workers' Party	GOV	1956-10-25	1988-05-22
János Martonyi		HUN	Foreign Minister	GOV	1998-07-08	2002-05-27
János Martonyi		HUN	Foreign Minister	GOV	2010-05-29	2014-06-06
Jarosław Kaczyński		POL	Prime Minister	GOV	2006-07-14	2007-11-16
Jaswant Singh		IND	Minister of External Affairs	GOV	1998-12-05	2002-07-01
Javier Pérez de Cuéllar	Pérez de Cuéllar|Perez de Cuellar	un	Secretary-General of the United Nations	IGO	1982-01-01	1991-12-31
Javier Pérez de Cuéllar		PER	Foreign Minister	GOV	2000-11-22	2001-07-28
Javier Pérez de Cuéllar		PER	Prime Minister	GOV	2000-11-22	2001-07-28
Javier Solana	Javier Solana Madariaga	ESP	Foreign Minister	GOV	1992	1995-12-18
Javier Solana		nato	Secretary-General of NATO	IGO	1995-12-05	1999-10-06
Javier Solana		eu	High Representative for the Common Foreign and Security Policy	IGO	1999-10-18	2009-11-30
Jay Garner		USA	Director of Reconstruction and Humanitarian Assistance for Iraq	GOV	2003-04-21	2003-05-11
Jean Asselborn		LUX	Foreign Minister	GOV	2004-07-31	2023-11-17
Jean Chrétien		CAN	Prime Minister	GOV	1993-11-04	2003-12-12
Jean François-Poncet		FRA	Foreign Minister	GOV	1978-11-29	1981-05-22
Jean Kambanda		RWA	Interim Prime Minister	GOV	1994-04-09	1994-07-19
Jean Ping		GAB	Foreign Minister	GOV	1999-01-25	2008-02-06
Jean Ping		un-general-assembly	President of the UN General Assembly	IGO	2004-09-14	2005-09-13
Jean Ping		african-union	Chairperson of the African Union Commission	IGO	2008-04-28	2012-10-15
Jean-Baptiste Bagaza		BDI	President	GOV	1976-11-01	1987-09-03
Jean-Bédel Bokassa	Emperor Bokassa	CAF	President	GOV	1966-01-01	1976-12-04
Jean-Bédel Bokassa		CAF	Emperor	GOV	1976-12-04	1979-09-20
Jean-Bernard Raimond		FRA	Foreign Minister	GOV	1986-03-20	1988-05-10
Jean-Bertrand Aristide		HTI	President	GOV	1991-02-07	1996-02-07
Jean-Bertrand Aristide		HTI	President	GOV	2001-02-07	2004-02-29
Jean-Claude Duvalier	Baby Doc|Baby Doc Duvalier	HTI	President	GOV	1971-04-22	1986-02-07
Jean-Claude Juncker		LUX	Prime Minister	GOV	1995-01-20	2013-12-04
Jean-Luc Dehaene		BEL	Prime Minister	GOV	1992-03-07	1999-07-12
Jean-Max Bellerive		HTI	Prime Minister	GOV	2009-11-11	2011-10-18
Jean-Pierre Bemba		COD	Leader of the Movement for the Liberation of the Congo	REB	1998	2003-06-30
Jean-Pierre Bemba		COD	Vice President	GOV	2003-07-17	2006-12-06
Jean-Pierre Raffarin		FRA	Prime Minister	GOV	2002-05-06	2005-05-31
Jeane Kirkpatrick		USA	Ambassador to the United Nations	GOV	1981-02-04	1985-04-01
Jenny Shipley		NZL	Prime Minister	GOV	1997-12-08	1999-12-10
Jens Stoltenberg		NOR	Prime Minister	GOV	2000-03-17	2001-10-19
Jerry Rawlings	Jerry John Rawlings	GHA	Head of State	GOV	1979-06-04	1979-09-24
Jerry Rawlings		GHA	Head of State	GOV	1981-12-31	1993-01-07
Jerry Rawlings		GHA	President	GOV	1993-01-07	2001-01-07
Jerzy Buzek		POL	Prime Minister	GOV	1997-10-31	2001-10-19
Jerzy Buzek		european-parliament	President of the European Parliament	LEG	2009-07-14	2012-01-17
Jiang Zemin		CHN	General Secretary of the Communist Party	GOV	1989-06-24	2002-11-15
Jiang Zemin		CHN	Chairman of the Central Military Commission	GOV	1989-11-09	2004-09-19
Jiang Zemin		CHN	President	GOV	1993-03-27	2003-03-15
Jim Bolger		NZL	Prime Minister	GOV	1990-11-02	1997-12-08
Jimmy Carter	James Earl Carter|James E. Carter	USA	President	GOV	1977-01-20	1981-01-20
Jiří Dienstbier		CZE	Foreign Minister of Czechoslovakia	GOV	1989-12-10	1992-07-02
Jiří Paroubek		CZE	Prime Minister	GOV	2005-04-25	2006-09-04
João Bernardo Vieira	Nino Vieira	GNB	President	GOV	1980-11-14	1999-05-07
João Bernardo Vieira		GNB	President	GOV	2005-10-01	2009-03-02
João Figueiredo		BRA	President	GOV	1979-03-15	1985-03-15
Joaquim Chissano		MOZ	Foreign Minister	GOV	1975-06-25	1986-11-06
Joaquim Chissano		MOZ	President	GOV	1986-11-06	2005-02-02
Joaquín Balaguer		DOM	President	GOV	1966-07-01	1978-08-16
Joaquín Balaguer		DOM	President	GOV	1986-08-16	1996-08-16
Joaquín Villalobos		SLV	Commander of the FMLN	REB	1980	1992-01-16
Joe Clark		CAN	Prime Minister	GOV	1979-06-04	1980-03-03
Joe Clark		CAN	Foreign Minister	GOV	1984-09-17	1991-04-21
Johan Jørgen Holst		NOR	Foreign Minister	GOV	1993-04-02	1994-01-13
Jóhanna Sigurðardóttir	Johanna Sigurdardottir	ISL	Prime Minister	GOV	2009-02-01	2013-05-23
Johannes Rau		DEU	President	GOV	1999-07-01	2004-06-30
John Atta Mills	John Evans Atta Mills	GHA	President	GOV	2009-01-07	2012-07-24
John Bolton		USA	Ambassador to the United Nations	GOV	2005-08-02	2006-12-09
John Bruton		IRL	Taoiseach	GOV	1994-12-15	1997-06-26
John Garang	John Garang de Mabior	SDN	Leader of the Sudan People's Liberation Army	REB	1983	2005-07-09
John Garang		SDN	First Vice President	GOV	2005-07-09	2005-07-30
John Howard		AUS	Prime Minister	GOV	1996-03-11	2007-12-03
John Hume		GBR	Leader of the SDLP	OPP	1979	2001
John Kufuor	John Agyekum Kufuor	GHA	President	GOV	2001-01-07	2009-01-07
John Mahama		GHA	Vice President	GOV	2009-01-07	2012-07-24
John Major		GBR	Foreign Secretary	GOV	1989-07-24	1989-10-26
John Major		GBR	Chancellor of the Exchequer	GOV	1989-10-26	1990-11-28
John Major		GBR	Prime Minister	GOV	1990-11-28	1997-05-02
John Negroponte		USA	Ambassador to the United Nations	GOV	2001-09-18	2004-06-23
John Negroponte		USA	Ambassador to Iraq	GOV	2004-06-28	2005-04-21
John Negroponte		USA	Director of National Intelligence	SPY	2005-04-21	2007-02-13
John Negroponte		USA	Deputy Secretary of State	GOV	2007-02-13	2009-01-20
Johnny Paul Koroma		SLE	Chairman of the Armed Forces Revolutionary Council	MIL	1997-05-25	1998-02-12
Jomo Kenyatta		KEN	President	GOV	1964-12-12	1978-08-22
Jonas Savimbi		AGO	Leader of UNITA	REB	1966-03-13	2002-02-22
Joop den Uyl		NLD	Prime Minister	GOV	1973-05-11	1977-12-19
Jörg Haider	Joerg Haider	AUT	Leader of the Freedom Party	OPP	1986-09-13	2000-05-01
Jorge Batlle		URY	President	GOV	2000-03-01	2005-03-01
Jorge Castañeda	Jorge G. Castañeda	MEX	Foreign Secretary	GOV	2000-12-01	2003-01-10
Jorge Quiroga	Tuto Quiroga	BOL	President	GOV	2001-08-07	2002-08-06
Jorge Rafael Videla	Jorge Videla	ARG	President	GOV	1976-03-29	1981-03-29
Jorge Sampaio		PRT	President	GOV	1996-03-09	2006-03-09
Jorge Serrano Elías		GTM	President	GOV	1991-01-14	1993-06-01
Jorge Taiana		ARG	Foreign Minister	GOV	2005-12-01	2010-06-18
Joschka Fischer		DEU	Foreign Minister	GOV	1998-10-27	2005-11-22
José Ángel Gurría	Angel Gurría|Angel Gurria	MEX	Foreign Secretary	GOV	1994-12-01	1998-01-07
José Ángel Gurría		oecd	Secretary-General of the OECD	IGO	2006-06-01	2021-05-31
José López Portillo		MEX	President	GOV	1976-12-01	1982-11-30
José Manuel Barroso		PRT	Foreign Minister	GOV	1992-11-12	1995-10-28
José Manuel Barroso		PRT	Prime Minister	GOV	2002-04-06	2004-07-17
José Manuel García-Margallo		ESP	Foreign Minister	GOV	2011-12-22	2016-11-04
José María Aznar		ESP	Prime Minister	GOV	1996-05-05	2004-04-17
José Miguel Insulza		CHL	Foreign Minister	GOV	1994-09-21	1999-06-22
José Miguel Insulza		oas	Secretary General of the OAS	IGO	2005-05-26	2015-05-26
José Mujica	Pepe Mujica	URY	President	GOV	2010-03-01	2015-03-01
José Napoleón Duarte	Napoleón Duarte	SLV	President	GOV	1980-12-22	1982-05-02
José Napoleón Duarte		SLV	President	GOV	1984-06-01	1989-06-01
José Ramos-Horta	Jose Ramos Horta	TLS	Foreign Minister	GOV	2002-05-20	2006-06-03
José Ramos-Horta		TLS	Prime Minister	GOV	2006-07-10	2007-05-19
José Ramos-Horta		TLS	President	GOV	2007-05-20	2012-05-20
José Sarney		BRA	President	GOV	1985-03-15	1990-03-15
José Sócrates		PRT	Prime Minister	GOV	2005-03-12	2011-06-21
José Vicente Rangel		VEN	Foreign Minister	GOV	1999-02-02	2001-02-01
José Vicente Rangel		VEN	Vice President	GOV	2002-05-03	2007-01-03
Josep Borrell		european-parliament	President of the European Parliament	LEG	2004-07-20	2007-01-16
Josep Piqué		ESP	Foreign Minister	GOV	2000-04-27	2002-07-09
Joseph Estrada		PHL	President	GOV	1998-06-30	2001-01-20
Joseph Kony		UGA	Leader of the Lord's Resistance Army	REB	1987	
Joseph Luns		NLD	Foreign Minister	GOV	1952-09-02	1971-07-06
Joseph Luns		nato	Secretary-General of NATO	IGO	1971-10-01	1984-06-25
Joseph Saidu Momoh	Joseph Momoh	SLE	President	GOV	1985-11-28	1992-04-29
Joshua Nkomo		ZWE	Leader of ZAPU	REB	1961	1980-04-18
Joshua Nkomo		ZWE	Vice President	GOV	1987-12-31	1999-07-01
Josip Broz Tito	Marshal Tito	SRB	President of Yugoslavia	GOV	1953-01-14	1980-05-04
Joyce Banda		MWI	President	GOV	2012-04-07	2014-05-31
Józef Oleksy		POL	Prime Minister	GOV	1995-03-07	1996-02-07
Jozias van Aartsen		NLD	Foreign Minister	GOV	1998-08-03	2002-07-22
József Antall		HUN	Prime Minister	GOV	1990-05-23	1993-12-12
Juan Carlos Wasmosy		PRY	President	GOV	1993-08-15	1998-08-15
Juan Manuel Santos		COL	Defence Minister	GOV	2006-07-19	2009-05-18
Juliana	Queen Juliana	NLD	Queen	GOV	1948-09-04	1980-04-30
Julio César Turbay	Julio César Turbay Ayala	COL	President	GOV	1978-08-07	1982-08-07
Julio María Sanguinetti		URY	President	GOV	1985-03-01	1990-03-01
Julio María Sanguinetti		URY	President	GOV	1995-03-01	2000-03-01
Julius Nyerere		TZA	President	GOV	1964-04-26	1985-11-05
Junichiro Koizumi	Jun'ichiro Koizumi	JPN	Prime Minister	GOV	2001-04-26	2006-09-26
Juvénal Habyarimana		RWA	President	GOV	1973-07-05	1994-04-06
Jyrki Katainen		FIN	Prime Minister	GOV	2011-06-22	2014-06-24
K. R. Narayanan	K.R. Narayanan	IND	President	GOV	1997-07-25	2002-07-25
K. Shanmugam		SGP	Foreign Minister	GOV	2011-05-21	2015-09-30
Kalevi Sorsa		FIN	Prime Minister	GOV	1982-02-19	1987-04-30
Kamal Ganzouri	Kamal el-Ganzouri|Kamal al-Ganzouri	EGY	Prime Minister	GOV	1996-01-02	1999-10-05
Kamal Ganzouri		EGY	Prime Minister	GOV	2011-12-07	2012-08-02
Kamal Hassan Ali		EGY	Foreign Minister	GOV	1980	1984
Kamal Hassan Ali		EGY	Prime Minister	GOV	1984-07-17	1985-09-04
Kamal Kharazi		IRN	Foreign Minister	GOV	1997-08-20	2005-08-24
Kang Sok Ju	Kang Sok-ju	PRK	First Vice Foreign Minister	GOV	1986	2010
Kåre Willoch		NOR	Prime Minister	GOV	1981-10-14	1986-05-09
Karel De Gucht		BEL	Foreign Minister	GOV	2004-07-18	2009-07-17
Karel Schwarzenberg		CZE	Foreign Minister	GOV	2007-01-09	2009-05-08
Karel Schwarzenberg		CZE	Foreign Minister	GOV	2010-07-13	2013-07-10
Karl Carstens		DEU	President	GOV	1979-07-01	1984-06-30
Karolos Papoulias		GRC	Foreign Minister	GOV	1985-07-26	1989-07-02
Karolos Papoulias		GRC	Foreign Minister	GOV	1993-10-13	1996-01-22
Karolos Papoulias		GRC	President	GOV	2005-03-12	2015-03-13
Károly Grósz		HUN	Prime Minister	GOV	1987-06-25	1988-11-24
Károly Grósz		HUN	General Secretary of the Hungarian Socialist Workers' Party	GOV	1988-05-22	1989-10-07
Kasit Piromya		THA	Foreign Minister	GOV	2008-12-20	2011-08-09
Kassym-Jomart Tokayev		KAZ	Foreign Minister	GOV	1994-10-13	1999-10-01
Kassym-Jomart Tokayev		KAZ	Prime Minister	GOV	1999-10-01	2002-01-28
Kassym-Jomart Tokayev		KAZ	Foreign Minister	GOV	2002-01-28	2007-01-11
Katsuya Okada		JPN	Foreign Minister	GOV	2009-09-16	2010-09-17
Kaysone Phomvihane		LAO	Prime Minister	GOV	1975-12-02	1991-08-15
Kaysone Phomvihane		LAO	President	GOV	1991-08-15	1992-11-21
Kazimierz Marcinkiewicz		POL	Prime Minister	GOV	2005-10-31	2006-07-14
Kazimira Prunskienė		LTU	Prime Minister	GOV	1990-03-17	1991-01-10
Keizo Obuchi		JPN	Foreign Minister	GOV	1997-09-11	1998-07-30
Keizo Obuchi		JPN	Prime Minister	GOV	1998-07-30	2000-04-05
Kenan Evren		TUR	Chief of the General Staff	MIL	1978-03-07	1983-12-06
Kenan Evren		TUR	Head of State	GOV	1980-09-12	1982-11-09
Kenan Evren		TUR	President	GOV	1982-11-09	1989-11-09
Kenneth Kaunda		ZMB	President	GOV	1964-10-24	1991-11-02
Khairat el-Shater	Khairat al-Shater	muslim-brotherhood	Deputy Supreme Guide of the Muslim Brotherhood	OPP	2002	2013
Khaleda Zia		BGD	Prime Minister	GOV	1991-03-20	1996-03-30
Khaleda Zia		BGD	Prime Minister	GOV	2001-10-10	2006-10-29
Khalid bin Abdulaziz	King Khalid	SAU	King	GOV	1975-03-25	1982-06-13
Khalifa bin Hamad Al Thani		QAT	Emir	GOV	1972-02-22	1995-06-27
Khalifa bin Salman Al Khalifa	Sheikh Khalifa bin Salman	BHR	Prime Minister	GOV	1970-01-19	2020-11-11
Khalil al-Wazir		PSE	PLO Military Commander	REB	1965	1988-04-16
Khalil Ibrahim		SDN	Leader of the Justice and Equality Movement	REB	2001	2011-12-24
Khieu Samphan		KHM	Head of State of Democratic Kampuchea	GOV	1976-04-11	1979-01-07
Khin Nyunt		MMR	Prime Minister	GOV	2003-08-25	2004-10-19
Khurshid Mahmud Kasuri	Khurshid Kasuri	PAK	Foreign Minister	GOV	2002-11-23	2007-11-15
Kiichi Miyazawa		JPN	Prime Minister	GOV	1991-11-05	1993-08-09
Kim Dae-jung	Kim Dae Jung	KOR	Opposition Leader	OPP	1971	1997-12-18
Kim Dae-jung		KOR	President	GOV	1998-02-25	2003-02-24
Kim Il Sung	Kim Il-sung	PRK	Supreme Leader	GOV	1948-09-09	1994-07-08
Kim Il Sung		PRK	President	GOV	1972-12-28	1994-07-08
Kim Jong Il		PRK	Chairman of the National Defence Commission	GOV	1993-04-09	2011-12-17
Kim Kye Gwan	Kim Kye-gwan	PRK	Vice Foreign Minister and Chief Nuclear Negotiator	GOV	2003	2010
Kim Sung-hwan		KOR	Foreign Minister	GOV	2010-10-08	2013-03-11
Kim Yong Nam	Kim Yong-nam	PRK	Foreign Minister	GOV	1983	1998-09-05
Kim Yong Nam		PRK	President of the Presidium of the Supreme People's Assembly	GOV	1998-09-05	2019-04-11
Kim Young-sam	Kim Young Sam	KOR	President	GOV	1993-02-25	1998-02-24
Kiro Gligorov		MKD	President	GOV	1991-01-27	1999-11-19
Kizza Besigye		UGA	Opposition Leader	OPP	2001	2016
Kjell Magne Bondevik		NOR	Prime Minister	GOV	1997-10-17	2000-03-17
Kjell Magne Bondevik		NOR	Prime Minister	GOV	2001-10-19	2005-10-17
Klaus Kinkel		DEU	Foreign Minister	GOV	1992-05-18	1998-10-26
Kofi Annan		un	Under-Secretary-General for Peacekeeping Operations	IGO	1993-03-01	1996-12-31
Koichiro Gemba		JPN	Foreign Minister	GOV	2011-09-02	2012-12-26
Konstantin Chernenko		RUS	General Secretary of the Communist Party of the Soviet Union	GOV	1984-02-13	1985-03-10
Konstantin Chernenko		RUS	Chairman of the Presidium of the Supreme Soviet	GOV	1984-04-11	1985-03-10
Konstantinos Karamanlis	Constantine Karamanlis|Konstantinos G. Karamanlis	GRC	Prime Minister	GOV	1974-07-24	1980-05-10
Konstantinos Karamanlis		GRC	President	GOV	1980-05-15	1985-03-10
Konstantinos Karamanlis		GRC	President	GOV	1990-05-05	1995-03-10
Konstantinos Mitsotakis	Constantine Mitsotakis	GRC	Prime Minister	GOV	1990-04-11	1993-10-13
Konstantinos Stephanopoulos	Kostis Stephanopoulos	GRC	President	GOV	1995-03-10	2005-03-12
Konstantinos Tsatsos		GRC	President	GOV	1975-06-19	1980-05-15
Kostas Karamanlis	Costas Karamanlis|Kostas A. Karamanlis	GRC	Prime Minister	GOV	2004-03-10	2009-10-06
Kostyantyn Gryshchenko	Konstantin Grishchenko	UKR	Foreign Minister	GOV	2003-09-02	2005-02-03
Kostyantyn Gryshchenko		UKR	Foreign Minister	GOV	2010-03-11	2012-12-24
Kriangsak Chamanan	Kriangsak Chomanan	THA	Prime Minister	GOV	1977-11-11	1980-03-03
Krzysztof Skubiszewski		POL	Foreign Minister	GOV	1989-09-12	1993-10-26
Kurmanbek Bakiyev	Kurmanbek Bakiev	KGZ	President	GOV	2005-08-14	2010-04-15
Kurt Waldheim		un	Secretary-General of the United Nations	IGO	1972-01-01	1981-12-31
Kurt Waldheim		AUT	President	GOV	1986-07-08	1992-07-08
Ladislav Adamec		CZE	Prime Minister of Czechoslovakia	GOV	1988-10-11	1989-12-10
Laila Freivalds		SWE	Foreign Minister	GOV	2003-10-03	2006-03-21
Lakhdar Brahimi		DZA	Foreign Minister	GOV	1991-06-18	1993-02-03
Lakhdar Brahimi		un	Special Representative of the Secretary-General for Afghanistan	IGO	2001-10-03	2004-12-31
Lakshman Kadirgamar		LKA	Foreign Minister	GOV	1994-08-19	2001-12-12
Lakshman Kadirgamar		LKA	Foreign Minister	GOV	2004-04-10	2005-08-12
Lamberto Dini		ITA	Prime Minister	GOV	1995-01-17	1996-05-17
Lamberto Dini		ITA	Foreign Minister	GOV	1996-05-18	2001-06-11
Lansana Conté		GIN	President	GOV	1984-04-03	2008-12-22
László Kovács		HUN	Foreign Minister	GOV	1994-07-15	1998-07-08
László Kovács		HUN	Foreign Minister	GOV	2002-05-27	2004-09-29
László Sólyom		HUN	President	GOV	2005-08-05	2010-08-06
Laurent Fabius		FRA	Prime Minister	GOV	1984-07-17	1986-03-20
Laurent Nkunda	Laurent Nkundabatware	COD	Leader of the CNDP	REB	2006	2009-01-22
Laurent-Désiré Kabila	Laurent Kabila|Laurent Desire Kabila	COD	Leader of the AFDL	REB	1996	1997-05-17
Laurent-Désiré Kabila		COD	President	GOV	1997-05-17	2001-01-16
Lawrence Cannon		CAN	Foreign Minister	GOV	2008-10-30	2011-05-18
Lawrence Eagleburger		USA	Secretary of State	GOV	1992-08-23	1993-01-20
Lawrence Gonzi		MLT	Prime Minister	GOV	2004-03-23	2013-03-11
Le Duan		VNM	General Secretary of the Communist Party	GOV	1960-09-10	1986-07-10
Le Duc Anh		VNM	President	GOV	1992-09-23	1997-09-24
Le Kha Phieu		VNM	General Secretary of the Communist Party	GOV	1997-12-26	2001-04-22
Lech Wałęsa		POL	Chairman of Solidarity	OPP	1980-09-17	1990-12-09
Lech Wałęsa		POL	President	GOV	1990-12-22	1995-12-22
Lee Jong-wook		who	Director-General of the World Health Organization	IGO	2003-07-21	2006-05-22
Lee Kuan Yew		SGP	Prime Minister	GOV	1959-06-05	1990-11-28
Lee Myung-bak		KOR	Mayor of Seoul	GOV	2002-07-01	2006-06-30
Lee Teng-hui		TWN	President	GOV	1988-01-13	2000-05-20
Lena Hjelm-Wallén		SWE	Foreign Minister	GOV	1994-10-07	1998-10-07
Lene Espersen		DNK	Foreign Minister	GOV	2010-02-23	2011-10-03
Lennart Meri		EST	President	GOV	1992-10-06	2001-10-08
Leo Tindemans		BEL	Prime Minister	GOV	1974-04-25	1978-10-20
Leo Tindemans		BEL	Foreign Minister	GOV	1981-12-17	1989-05-09
León Febres Cordero		ECU	President	GOV	1984-08-10	1988-08-10
Léon Kengo wa Dondo	Kengo wa Dondo	COD	Prime Minister	GOV	1994-07-06	1997-04-02
Leonel Fernández		DOM	President	GOV	1996-08-16	2000-08-16
Leonel Fernández		DOM	President	GOV	2004-08-16	2012-08-16
Leonid Brezhnev		RUS	General Secretary of the Communist Party of the Soviet Union	GOV	1964-10-14	1982-11-10
Leonid Brezhnev		RUS	Chairman of the Presidium of the Supreme Soviet	GOV	1977-06-16	1982-11-10
Leonid Kozhara		UKR	Foreign Minister	GOV	2012-12-24	2014-02-23
Leonid Kravchuk		UKR	Chairman of the Verkhovna Rada	GOV	1990-07-23	1991-12-05
Leonid Kravchuk		UKR	President	GOV	1991-12-05	1994-07-19
Leonid Kuchma		UKR	Prime Minister	GOV	1992-10-13	1993-09-22
Leonid Kuchma		UKR	President	GOV	1994-07-19	2005-01-23
Léopold Sédar Senghor		SEN	President	GOV	1960-09-06	1980-12-31
Leopoldo Calvo-Sotelo	Leopoldo Calvo Sotelo	ESP	Prime Minister	GOV	1981-02-26	1982-12-02
Leopoldo Galtieri		ARG	President	GOV	1981-12-22	1982-06-18
Les Aspin		USA	Secretary of Defense	GOV	1993-01-20	1994-02-03
Leslie Manigat		HTI	President	GOV	1988-02-07	1988-06-20
Leszek Miller		POL	Prime Minister	GOV	2001-10-19	2004-05-02
Levon Ter-Petrosyan	Levon Ter-Petrossian	ARM	President	GOV	1991-10-16	1998-02-03
Levy Mwanawasa		ZMB	President	GOV	2002-01-02	2008-08-19
Li Peng		CHN	Premier	GOV	1987-11-24	1998-03-17
Li Peng		CHN	Chairman of the National People's Congress Standing Committee	LEG	1998-03-16	2003-03-15
Li Xiannian		CHN	President	GOV	1983-06-18	1988-04-08
Li Zhaoxing		CHN	Foreign Minister	GOV	2003-03-17	2007-04-27
Liam Cosgrave		IRL	Taoiseach	GOV	1973-03-14	1977-07-05
Liamine Zéroual		DZA	President	GOV	1994-01-31	1999-04-27
Lionel Jospin		FRA	Prime Minister	GOV	1997-06-02	2002-05-06
Ljubčo Georgievski		MKD	Prime Minister	GOV	1998-11-30	2002-11-01
Lloyd Axworthy		CAN	Foreign Minister	GOV	1996-01-25	2000-10-17
Lord Carrington	Peter Carington|Peter Carrington	GBR	Foreign Secretary	GOV	1979-05-04	1982-04-05
Lord Carrington		nato	Secretary-General of NATO	IGO	1984-06-25	1988-07-01
Lothar de Maizière		DEU	Prime Minister of East Germany	GOV	1990-04-12	1990-10-02
Louis Michel		BEL	Foreign Minister	GOV	1999-07-12	2004-07-18
Louise Arbour		ohchr	UN High Commissioner for Human Rights	IGO	2004-07-01	2008-06-30
Louise Fréchette		un	Deputy Secretary-General of the United Nations	IGO	1998-03-02	2006-03-31
Lubomír Štrougal		CZE	Prime Minister of Czechoslovakia	GOV	1970-01-28	1988-10-11
Lucas Papademos	Loukas Papademos	GRC	Prime Minister	GOV	2011-11-11	2012-05-16
Lucio Gutiérrez		ECU	President	GOV	2003-01-15	2005-04-20
Luis Alberto Lacalle		URY	President	GOV	1990-03-01	1995-03-01
Luís Amado		PRT	Foreign Minister	GOV	2006-07-03	2011-06-21
Luis Echeverría		MEX	President	GOV	1970-12-01	1976-11-30
Luis Ernesto Derbez		MEX	Foreign Secretary	GOV	2003-01-15	2006-11-30
Luis García Meza		BOL	President	GOV	1980-07-17	1981-08-04
Luis Herrera Campins		VEN	President	GOV	1979-03-12	1984-02-02
Luis Moreno Ocampo	Luis Moreno-Ocampo	icc	Prosecutor of the International Criminal Court	IGO	2003-06-16	2012-06-15
Luiz Felipe Lampreia		BRA	Foreign Minister	GOV	1995-01-01	2001-01-29
Luiz Inácio Lula da Silva		BRA	Leader of the Workers' Party	OPP	1980-02-10	2002-12-31
Maaouya Ould Sid'Ahmed Taya	Maaouiya Ould Taya	MRT	President	GOV	1984-12-12	2005-08-03
Macky Sall		SEN	Prime Minister	GOV	2004-04-21	2007-06-19
Madeleine Albright		USA	Ambassador to the United Nations	GOV	1993-01-27	1997-01-21
Madeleine Albright		USA	Secretary of State	GOV	1997-01-23	2001-01-20
Mahamadou Issoufou		NER	President	GOV	2011-04-07	2021-04-02
Mahinda Rajapaksa		LKA	Prime Minister	GOV	2004-04-06	2005-11-19
Mahmoud Abbas		PSE	Prime Minister	GOV	2003-04-30	2003-09-06
Mahmoud Abbas		PSE	Chairman of the Palestine Liberation Organization	GOV	2004-11-11	
Mahmoud al-Zahar	Mahmoud Zahar	PSE	Foreign Minister	GOV	2006-03-29	2007-06-14
Mahmoud Jibril		LBY	Chairman of the NTC Executive Board	GOV	2011-03-23	2011-10-23
Mahmoud Riad		arab-league	Secretary-General of the Arab League	IGO	1972-06-01	1979-03-27
Mahmoud Zuabi	Mahmoud al-Zoubi	SYR	Prime Minister	GOV	1987-11-01	2000-03-07
Makarios III	Archbishop Makarios	CYP	President	GOV	1974-12-07	1977-08-03
Makiko Tanaka		JPN	Foreign Minister	GOV	2001-04-26	2002-01-30
Maktoum bin Rashid Al Maktoum	Sheikh Maktoum bin Rashid	ARE	Vice President and Prime Minister	GOV	1990-10-08	2006-01-04
Malcolm Fraser		AUS	Prime Minister	GOV	1975-11-11	1983-03-11
Malcolm Rifkind		GBR	Foreign Secretary	GOV	1995-07-05	1997-05-02
Mamadou Tandja		NER	President	GOV	1999-12-22	2010-02-18
Mamdouh Salem		EGY	Prime Minister	GOV	1975-04-16	1978-10-02
Manfred Wörner	Manfred Woerner	DEU	Defence Minister	GOV	1982-10-04	1988-05-18
Manfred Wörner		nato	Secretary-General of NATO	IGO	1988-07-01	1994-08-13
Mangosuthu Buthelezi		ZAF	Leader of the Inkatha Freedom Party	OPP	1975-03-21	2019-08-25
Mangosuthu Buthelezi		ZAF	Home Affairs Minister	GOV	1994-05-10	2004-04-27
Manmohan Singh		IND	Finance Minister	GOV	1991-06-21	1996-05-16
Manuel Marín		eu-commission	Acting President of the European Commission	IGO	1999-03-16	1999-09-15
Manuel Marulanda	Tirofijo|Manuel Marulanda Vélez	COL	Leader of the FARC	REB	1964-05-27	2008-03-26
Manuel Noriega	Manuel Antonio Noriega	PAN	Commander of the Panama Defense Forces	MIL	1983-08-12	1989-12-20
Manuel Pérez Martínez	Cura Pérez	COL	Leader of the ELN	REB	1973	1998-02-14
Manuel Zelaya	Mel Zelaya	HND	President	GOV	2006-01-27	2009-06-28
Mao Zedong	Mao Tse-tung|Chairman Mao	CHN	Chairman of the Communist Party	GOV	1945-06-19	1976-09-09
Marc Ravalomanana		MDG	President	GOV	2002-05-06	2009-03-17
Marek Belka		POL	Prime Minister	GOV	2004-05-02	2005-10-31
Margaret Beckett		GBR	Foreign Secretary	GOV	2006-05-05	2007-06-27
Margaret Chan		who	Director-General of the World Health Organization	IGO	2007-01-04	2017-06-30
Margaret Thatcher		GBR	Leader of the Opposition	OPP	1975-02-11	1979-05-04
Margaret Thatcher		GBR	Prime Minister	GOV	1979-05-04	1990-11-28
Margaretha af Ugglas		SWE	Foreign Minister	GOV	1991-10-04	1994-10-07
Mari Kiviniemi		FIN	Prime Minister	GOV	2010-06-22	2011-06-22
Marián Čalfa		CZE	Prime Minister of Czechoslovakia	GOV	1989-12-10	1992-07-02
Mário Soares		PRT	Prime Minister	GOV	1976-07-23	1978-08-28
Mário Soares		PRT	Prime Minister	GOV	1983-06-09	1985-11-06
Mário Soares		PRT	President	GOV	1986-03-09	1996-03-09
Mark Eyskens		BEL	Prime Minister	GOV	1981-04-06	1981-12-17
Mark Eyskens		BEL	Foreign Minister	GOV	1989-05-09	1992-03-07
Marouf al-Bakhit		JOR	Prime Minister	GOV	2005-11-27	2007-11-25
Marouf al-Bakhit		JOR	Prime Minister	GOV	2011-02-09	2011-10-17
Mart Laar		EST	Prime Minister	GOV	1992-10-21	1994-11-08
Mart Laar		EST	Prime Minister	GOV	1999-03-25	2002-01-28
Martin McGuinness		GBR	Deputy First Minister of Northern Ireland	GOV	2007-05-08	2017-01-09
Martín Torrijos		PAN	President	GOV	2004-09-01	2009-07-01
Martti Ahtisaari		FIN	President	GOV	1994-03-01	2000-03-01
Martti Ahtisaari		un	UN Special Envoy for the Kosovo Status Process	IGO	2005-11-14	2007
Marwan Barghouti		fatah	Leader of Fatah in the West Bank	OPP	1994	2002-04-15
Marwan Muasher		JOR	Foreign Minister	GOV	2002	2004
Mary McAleese		IRL	President	GOV	1997-11-11	2011-11-10
Mary Robinson		IRL	President	GOV	1990-12-03	1997-09-12
Mary Robinson		ohchr	UN High Commissioner for Human Rights	IGO	1997-09-12	2002-09-11
Maryam Rajavi		IRN	President-elect of the National Council of Resistance of Iran	OPP	1993	
Masahiko Komura		JPN	Foreign Minister	GOV	1998-07-30	1999-10-05
Masahiko Komura		JPN	Foreign Minister	GOV	2007-09-26	2008-08-02
Masayoshi Ohira		JPN	Prime Minister	GOV	1978-12-07	1980-06-12
Masoud Barzani		IRQ	President of the Kurdistan Democratic Party	REB	1979	2005-06-13
Massimo D'Alema		ITA	Prime Minister	GOV	1998-10-21	2000-04-26
Massimo D'Alema		ITA	Foreign Minister	GOV	2006-05-17	2008-05-08
Massoud Rajavi	Masoud Rajavi	IRN	Leader of the People's Mujahedin of Iran	REB	1979	2003
Mate Granić		HRV	Foreign Minister	GOV	1993	2000-01-27
Matti Vanhanen		FIN	Prime Minister	GOV	2003-06-24	2010-06-22
Mauno Koivisto		FIN	President	GOV	1982-01-27	1994-03-01
Maurice Bishop		GRD	Prime Minister	GOV	1979-03-13	1983-10-19
Mauricio Funes		SLV	President	GOV	2009-06-01	2014-06-01
Maxime Verhagen		NLD	Foreign Minister	GOV	2007-02-22	2010-10-14
Megawati Sukarnoputri	Megawati Soekarnoputri	IDN	President	GOV	2001-07-23	2004-10-20
Mehdi Bazargan		IRN	Prime Minister	GOV	1979-02-04	1979-11-06
Mehdi Karroubi	Mehdi Karrubi	IRN	Speaker of Parliament	LEG	2000-05-28	2004-05-27
Mehdi Karroubi		IRN	Leader of the Green Movement	OPP	2009-06-13	
Mehmet Ali Talat		CYP	President of the Turkish Republic of Northern Cyprus	GOV	2005-04-24	2010-04-23
Meir Dagan		ISR	Director of the Mossad	SPY	2002	2011
Melchior Ndadaye		BDI	President	GOV	1993-07-10	1993-10-21
Meles Zenawi		tplf	Chairman of the Tigray People's Liberation Front	REB	1989	1991-05-28
Meles Zenawi		ETH	President of the Transitional Government	GOV	1991-05-28	1995-08-22
Menachem Begin		ISR	Prime Minister	GOV	1977-06-20	1983-10-10
Mengistu Haile Mariam		ETH	Chairman of the Derg	GOV	1977-02-03	1987-09-10
Mengistu Haile Mariam		ETH	President	GOV	1987-09-10	1991-05-21
Mesut Yılmaz		TUR	Foreign Minister	GOV	1987-12-21	1990
Mesut Yılmaz		TUR	Prime Minister	GOV	1991-06-23	1991-11-20
Mesut Yılmaz		TUR	Prime Minister	GOV	1996-03-06	1996-06-28
Mesut Yılmaz		TUR	Prime Minister	GOV	1997-06-30	1999-01-11
Michael D. Higgins		IRL	President	GOV	2011-11-11	2025-11-10
Michael Manley		JAM	Prime Minister	GOV	1972-03-02	1980-11-01
Michael Manley		JAM	Prime Minister	GOV	1989-02-10	1992-03-30
Michael Sata		ZMB	President	GOV	2011-09-23	2014-10-28
Michael Spindelegger		AUT	Foreign Minister	GOV	2008-12-02	2013-12-16
Michal Kováč		SVK	President	GOV	1993-03-02	1998-03-02
Micheál Martin		IRL	Foreign Minister	GOV	2008-05-07	2011-01-19
Michel Aoun		LBN	Commander of the Lebanese Armed Forces	MIL	1984-06-23	1990-10-13
Michel Aoun		LBN	Prime Minister of the Military Government	GOV	1988-09-22	1990-10-13
Michel Barnier		FRA	Foreign Minister	GOV	2004-03-31	2005-06-02
Michel Camdessus		imf	Managing Director of the IMF	IGO	1987-01-16	2000-02-14
Michel Djotodia		CAF	Leader of the Séléka	REB	2012	2013-03-24
Michel Martelly		HTI	President	GOV	2011-05-14	2016-02-07
Michel Rocard		FRA	Prime Minister	GOV	1988-05-10	1991-05-15
Michel Suleiman	Michel Sleiman	LBN	Commander of the Lebanese Armed Forces	MIL	1998-12-21	2008-05-25
Michel Suleiman		LBN	President	GOV	2008-05-25	2014-05-25
Micheline Calmy-Rey		CHE	Foreign Minister	GOV	2003-01-01	2011-12-31
Michio Watanabe		JPN	Foreign Minister	GOV	1991-11-05	1993-04-07
Mieczysław Rakowski		POL	Prime Minister	GOV	1988-09-27	1989-08-02
Miguel Ángel Moratinos		eu	EU Special Representative for the Middle East Peace Process	IGO	1996	2003
Miguel Ángel Moratinos		ESP	Foreign Minister	GOV	2004-04-18	2010-10-21
Miguel de la Madrid		MEX	President	GOV	1982-12-01	1988-11-30
Mike Moore		NZL	Prime Minister	GOV	1990-09-04	1990-11-02
Mike Moore		wto	Director-General of the WTO	IGO	1999-09-01	2002-08-31
Mikhail Fradkov		RUS	Prime Minister	GOV	2004-03-05	2007-09-14
Mikhail Fradkov		RUS	Director of the Foreign Intelligence Service	SPY	2007-10-06	2016-10-05
Mikhail Gorbachev	Mikhail Gorbachov|Mikhail S. Gorbachev	RUS	General Secretary of the Communist Party of the Soviet Union	GOV	1985-03-11	1991-08-24
Mikhail Gorbachev		RUS	Chairman of the Supreme Soviet	GOV	1988-10-01	1990-03-15
Mikhail Gorbachev		RUS	President of the Soviet Union	GOV	1990-03-15	1991-12-25
Mikhail Kasyanov		RUS	Prime Minister	GOV	2000-05-17	2004-02-24
Mikheil Saakashvili		GEO	Justice Minister	GOV	2000-10-12	2001-09-19
Miklós Németh		HUN	Prime Minister	GOV	1988-11-24	1990-05-23
Mikuláš Dzurinda		SVK	Prime Minister	GOV	1998-10-30	2006-07-04
Mikuláš Dzurinda		SVK	Foreign Minister	GOV	2010-07-09	2012-04-04
Milan Kučan		SVN	President	GOV	1991-06-25	2002-12-22
Milan Milutinović		SRB	Foreign Minister of Yugoslavia	GOV	1995-08-15	1997-12-29
Milan Milutinović		SRB	President of Serbia	GOV	1997-12-29	2002-12-29
Milan Panić		SRB	Prime Minister of Yugoslavia	GOV	1992-07-14	1993-03-02
Milka Planinc		SRB	Prime Minister of Yugoslavia	GOV	1982-05-16	1986-05-15
Milo Đukanović	Milo Djukanovic	MNE	Prime Minister	GOV	1991-02-15	1998-01-15
Milo Đukanović		MNE	President	GOV	1998-01-15	2002-11-25
Milo Đukanović		MNE	Prime Minister	GOV	2003-01-08	2006-11-10
Milo Đukanović		MNE	Prime Minister	GOV	2008-02-29	2010-12-29
Milo Đukanović		MNE	Prime Minister	GOV	2012-12-04	2016-11-28
Milorad Dodik		BIH	Prime Minister of Republika Srpska	GOV	2006-02-28	2010-11-15
Milorad Dodik		BIH	President of Republika Srpska	GOV	2010-11-15	2018-11-19
Miloš Jakeš		CZE	General Secretary of the Communist Party of Czechoslovakia	GOV	1987-12-17	1989-11-24
Miloš Zeman		CZE	Prime Minister	GOV	1998-07-17	2002-07-15
Milton Obote		UGA	President	GOV	1980-12-17	1985-07-27
Minni Minnawi	Minni Arko Minnawi	SDN	Leader of the Sudan Liberation Movement faction	REB	2005	2006-05-05
Mir-Hossein Mousavi	Mir Hossein Mousavi|Mir Hossein Moussavi	IRN	Prime Minister	GOV	1981-10-31	1989-08-03
Mir-Hossein Mousavi		IRN	Leader of the Green Movement	OPP	2009-06-13	
Mircea Snegur		MDA	President	GOV	1990-09-03	1997-01-15
Mirek Topolánek		CZE	Prime Minister	GOV	2006-09-04	2009-05-08
Mireya Moscoso		PAN	President	GOV	1999-09-01	2004-09-01
Mirko Cvetković		SRB	Prime Minister	GOV	2008-07-07	2012-07-27
Miroslav Lajčák		BIH	High Representative for Bosnia and Herzegovina	IGO	2007-07-01	2009-03-26
Miroslav Lajčák		SVK	Foreign Minister	GOV	2009-01-26	2010-07-08
Miroslav Lajčák		SVK	Foreign Minister	GOV	2012-04-04	2020-03-21
Moaz al-Khatib	Ahmad Moaz al-Khatib|Mouaz al-Khatib	SYR	President of the Syrian National Coalition	OPP	2012-11-11	2013-04-21
Mobutu Sese Seko	Joseph-Désiré Mobutu|Joseph Mobutu	COD	President of Zaire	GOV	1965-11-24	1997-05-16
Mochtar Kusumaatmadja		IDN	Foreign Minister	GOV	1978-03-29	1988-03-21
Mohamed Abdelaziz		ESH	Secretary-General of the Polisario Front	REB	1976	2016-05-31
Mohamed Abdullahi Farmaajo		SOM	Prime Minister	GOV	2010-11-01	2011-06-19
Mohamed Benaissa		MAR	Foreign Minister	GOV	1999	2007-10-15
Mohamed Boudiaf		DZA	Chairman of the High Council of State	GOV	1992-01-16	1992-06-29
Mohamed ElBaradei	Mohamed el-Baradei|Mohammed ElBaradei|Mohamed El Baradei	iaea	Director General of the IAEA	IGO	1997-12-01	2009-11-30
Mohamed ElBaradei		EGY	Vice President	GOV	2013-07-14	2013-08-14
Mohamed Farrah Aidid	Mohamed Farah Aidid|Mohammed Farah Aideed	SOM	Leader of the United Somali Congress faction	REB	1991	1996-08-01
Mohamed Ghannouchi		TUN	Prime Minister	GOV	1999-11-17	2011-02-27
Mohamed Hussein Tantawi	Mohammed Hussein Tantawi|Hussein Tantawi	EGY	Defence Minister	GOV	1991-05-20	2012-08-12
Mohamed Hussein Tantawi		EGY	Chairman of the Supreme Council of the Armed Forces	MIL	2011-02-11	2012-06-30
Mohamed Kamel Amr		EGY	Foreign Minister	GOV	2011-07-01	2013-07-16
Mohamed Morsi		EGY	Chairman of the Freedom and Justice Party	OPP	2011-04-30	2012-06-24
Mohamed Ould Abdel Aziz		MRT	President	GOV	2008-08-06	2019-08-01
Mohammad Khatami		IRN	President	GOV	1997-08-03	2005-08-03
Mohammad Najibullah	Najibullah Ahmadzai|Dr. Najibullah	AFG	General Secretary of the People's Democratic Party	GOV	1986-05-04	1992-04-16
Mohammad Najibullah		AFG	President	GOV	1987-09-30	1992-04-16
Mohammad Reza Pahlavi	Shah Mohammad Reza Pahlavi	IRN	Shah	GOV	1941-09-16	1979-02-11
Mohammad-Ali Rajai	Mohammad Ali Rajai	IRN	President	GOV	1981-08-02	1981-08-30
Mohammed Badie	Mohamed Badie	muslim-brotherhood	Supreme Guide of the Muslim Brotherhood	OPP	2010-01-16	
Mohammed Basindawa	Mohammed Salem Basindwa	YEM	Prime Minister	GOV	2011-12-10	2014-09-24
Mohammed Dahlan	Muhammad Dahlan	PSE	Head of the Preventive Security Service in Gaza	GOV	1994	2002
Mohammed Daoud Khan	Daoud Khan	AFG	President	GOV	1973-07-17	1978-04-28
Mohammed Magariaf	Mohamed Yousef el-Magariaf	LBY	President of the General National Congress	GOV	2012-08-09	2013-05-28
Mohammed Mahdi Akef	Mohamed Mahdi Akef	muslim-brotherhood	Supreme Guide of the Muslim Brotherhood	OPP	2004-01-14	2010-01-16
Mohammed Saeed al-Sahhaf	Muhammad Saeed al-Sahhaf	IRQ	Foreign Minister	GOV	1992	2001
Mohammed Saeed al-Sahhaf		IRQ	Information Minister	GOV	2001	2003-04-09
Mohammed Yusuf		boko-haram	Founder and Leader of Boko Haram	REB	2002	2009-07-30
Momir Bulatović		MNE	President of Montenegro	GOV	1990-12-23	1998-01-15
Momir Bulatović		SRB	Prime Minister of Yugoslavia	GOV	1998-05-20	2000-11-04
Moncef Marzouki		TUN	President	GOV	2011-12-13	2014-12-31
Mono Jojoy	Jorge Briceño Suárez|Víctor Julio Suárez Rojas	COL	FARC Military Commander	REB	1990	2010-09-22
Morarji Desai		IND	Prime Minister	GOV	1977-03-24	1979-07-28
Morgan Tsvangirai		ZWE	Leader of the Movement for Democratic Change	OPP	1999-09-11	2009-02-11
Morgan Tsvangirai		ZWE	Prime Minister	GOV	2009-02-11	2013-09-15
Morihiro Hosokawa		JPN	Prime Minister	GOV	1993-08-09	1994-04-28
Moses Blah		LBR	President	GOV	2003-08-11	2003-10-14
Moshe Arens		ISR	Defence Minister	GOV	1983-02-23	1984-09-13
Moshe Arens		ISR	Foreign Minister	GOV	1988-12-22	1990-06-11
Moshe Arens		ISR	Defence Minister	GOV	1990-06-11	1992-07-13
Moshe Arens		ISR	Defence Minister	GOV	1999-02-24	1999-07-06
Moshe Dayan		ISR	Foreign Minister	GOV	1977-06-20	1979-10-23
Moshe Katsav	Moshe Katzav	ISR	President	GOV	2000-08-01	2007-07-01
Moshood Abiola	M. K. O. Abiola	NGA	Opposition Leader	OPP	1993	1998-07-07
Mourad Medelci		DZA	Foreign Minister	GOV	2007-06-04	2013-09-11
Mousa Abu Marzouk	Moussa Abu Marzouk	hamas	Head of the Hamas Political Bureau	REB	1992	1996
Moussa Dadis Camara		GIN	Head of the Military Junta	GOV	2008-12-23	2009-12-03
Moussa Koussa	Musa Kusa	LBY	Head of External Intelligence	SPY	1994	2009-03-04
Moussa Koussa		LBY	Foreign Minister	GOV	2009-03-04	2011-03-30
Moussa Traoré		MLI	President	GOV	1968-11-19	1991-03-26
Mswati III	King Mswati III	SWZ	King	GOV	1986-04-25	
Mudar Badran		JOR	Prime Minister	GOV	1980-08-28	1984-01-10
Mudar Badran		JOR	Prime Minister	GOV	1989-12-04	1991-06-19
Muhammad bin Nayef		SAU	Interior Minister	GOV	2012-11-05	2017-06-21
Muhammad Haji Ibrahim Egal	Mohamed Ibrahim Egal	SOM	President of Somaliland	GOV	1993-05-16	2002-05-03
Muhammad Khan Junejo		PAK	Prime Minister	GOV	1985-03-23	1988-05-29
Muhammad Mustafa Mero	Mohammad Mustafa Miro	SYR	Prime Minister	GOV	2000-03-13	2003-09-10
Muhammad Naji al-Otari	Mohammad Naji Otri	SYR	Prime Minister	GOV	2003-09-10	2011-03-29
Muhammad Rafiq Tarar	Rafiq Tarar	PAK	President	GOV	1998-01-01	2001-06-20
Muhammad Zia-ul-Haq	Zia ul-Haq|General Zia	PAK	Chief Martial Law Administrator	MIL	1977-07-05	1985-12-30
Muhammad Zia-ul-Haq		PAK	President	GOV	1978-09-16	1988-08-17
Muhammadu Buhari		NGA	Head of State	GOV	1983-12-31	1985-08-27
Mullah Omar		AFG	Leader of the Islamic Emirate of Afghanistan	GOV	1996-09-27	2001-11-13
Muqtada al-Sadr		IRQ	Commander of the Mahdi Army	REB	2003	2008
Murad Ebrahim	Al Haj Murad Ebrahim	PHL	Chairman of the Moro Islamic Liberation Front	REB	2003	2019
Murray McCully		NZL	Foreign Minister	GOV	2008-11-19	2017-05-02
Murtala Mohammed	Murtala Muhammed	NGA	Head of State	GOV	1975-07-29	1976-02-13
Mustafa Abdul Jalil	Mustafa Abdel Jalil|Mustafa Abdel-Jalil	LBY	Chairman of the National Transitional Council	GOV	2011-03-05	2012-08-08
Mustafa Khalil		EGY	Prime Minister	GOV	1978-10-02	1980-05-15
Mustafa Osman Ismail		SDN	Foreign Minister	GOV	1998	2005
Mustafa Tlass		SYR	Defence Minister	GOV	1972	2004-05-11
Mwai Kibaki		KEN	Vice President	GOV	1978-10-14	1988-03-24
Mykola Azarov	Nikolai Azarov	UKR	Prime Minister	GOV	2010-03-11	2014-01-28
Nabil Elaraby		EGY	Foreign Minister	GOV	2011-03-06	2011-07-01
Nabil Shaath		PSE	Foreign Minister	GOV	2003-04-30	2005-02-24
Nader al-Dahabi		JOR	Prime Minister	GOV	2007-11-25	2009-12-09
Naji Sabri		IRQ	Foreign Minister	GOV	2001	2003-04-09
Najib Mikati		LBN	Prime Minister	GOV	2005-04-19	2005-07-19
Nambaryn Enkhbayar		MNG	President	GOV	2005-06-24	2009-06-18
Nasir al-Wuhayshi	Nasser al-Wuhayshi	aqap	Leader of al-Qaeda in the Arabian Peninsula	REB	2009	2015-06-12
Nasser al-Kidwa	Nasser al-Qudwa	PSE	Foreign Minister	GOV	2005-02-24	2006-03-29
Nasser Al-Mohammed Al-Sabah	Sheikh Nasser al-Mohammed al-Sabah	KWT	Prime Minister	GOV	2006-02-07	2011-11-28
Natsagiin Bagabandi		MNG	President	GOV	1997-06-20	2005-06-24
Natwar Singh	K. Natwar Singh	IND	Minister of External Affairs	GOV	2004-05-22	2005-11-06
Navi Pillay	Navanethem Pillay	ohchr	UN High Commissioner for Human Rights	IGO	2008-09-01	2014-08-31
Nawaz Sharif		PAK	Prime Minister	GOV	1990-11-06	1993-07-18
Nawaz Sharif		PAK	Prime Minister	GOV	1997-02-17	1999-10-12
Nayef bin Abdulaziz	Prince Nayef|Crown Prince Nayef	SAU	Interior Minister	GOV	1975	2012-06-16
Nayef bin Abdulaziz		SAU	Crown Prince	GOV	2011-10-27	2012-06-16
Nayef Hawatmeh		PSE	Secretary-General of the Democratic Front for the Liberation of Palestine	REB	1969	
Ne Win		MMR	Chairman of the Burma Socialist Programme Party	GOV	1962-07-04	1988-07-23
Ne Win		MMR	President	GOV	1974-03-02	1981-11-09
Necmettin Erbakan		TUR	Prime Minister	GOV	1996-06-28	1997-06-30
Neelam Sanjiva Reddy		IND	President	GOV	1977-07-25	1982-07-25
Negasso Gidada		ETH	President	GOV	1995-08-22	2001-10-08
Neil Kinnock		GBR	Leader of the Opposition	OPP	1983-10-02	1992-07-18
Nelson Mandela		anc	President of the African National Congress	OPP	1991-07-05	1994-05-10
Nelson Rockefeller		USA	Vice President	GOV	1974-12-19	1977-01-20
Néstor Cerpa Cartolini	Nestor Cerpa	PER	Leader of the Túpac Amaru Revolutionary Movement	REB	1992	1997-04-22
Néstor Kirchner		ARG	President	GOV	2003-05-25	2007-12-10
Ngozi Okonjo-Iweala		NGA	Finance Minister	GOV	2003	2006
Ngozi Okonjo-Iweala		NGA	Foreign Minister	GOV	2006	2006
Ngozi Okonjo-Iweala		NGA	Finance Minister	GOV	2011-08-17	2015-05-29
Nguyen Co Thach		VNM	Foreign Minister	GOV	1980	1991
Nguyen Dy Nien		VNM	Foreign Minister	GOV	2000	2006-06-27
Nguyen Manh Cam		VNM	Foreign Minister	GOV	1991	2000
Nguyen Minh Triet		VNM	President	GOV	2006-06-27	2011-07-25
Nguyen Tan Dung		VNM	Prime Minister	GOV	2006-06-27	2016-04-07
Nguyen Van Linh		VNM	General Secretary of the Communist Party	GOV	1986-12-18	1991-06-28
Nicanor Costa Méndez		ARG	Foreign Minister	GOV	1981-12-22	1982-06-18
Nicanor Duarte	Nicanor Duarte Frutos	PRY	President	GOV	2003-08-15	2008-08-15
Nicolae Ceaușescu		ROU	General Secretary of the Romanian Communist Party	GOV	1965-03-22	1989-12-22
Nicolae Ceaușescu		ROU	President	GOV	1974-03-28	1989-12-22
Nicolae Timofti		MDA	President	GOV	2012-03-23	2016-12-23
Nicolae Văcăroiu		ROU	Prime Minister	GOV	1992-11-20	1996-12-12
Nicolás Rodríguez Bautista	Gabino	COL	Leader of the ELN	REB	1998	2021
Nicolas Sarkozy		FRA	Interior Minister	GOV	2002-05-07	2004-03-31
Nicolas Sarkozy		FRA	Interior Minister	GOV	2005-06-02	2007-03-26
Niels Helveg Petersen		DNK	Foreign Minister	GOV	1993-01-25	2000-12-21
Nikola Gruevski		MKD	Prime Minister	GOV	2006-08-27	2016-01-18
Nikolai Ryzhkov		RUS	Premier of the Soviet Union	GOV	1985-09-27	1991-01-14
Nikolai Tikhonov		RUS	Premier of the Soviet Union	GOV	1980-10-23	1985-09-27
Nino Burjanadze		GEO	Chairman of Parliament	LEG	2001-11-09	2008-06-07
Nino Burjanadze		GEO	Acting President	GOV	2003-11-23	2004-01-25
Nino Burjanadze		GEO	Acting President	GOV	2007-11-25	2008-01-20
Nkosazana Dlamini-Zuma	Nkosazana Dlamini Zuma|Dlamini-Zuma	ZAF	Foreign Minister	GOV	1999-06-17	2009-05-10
Nkosazana Dlamini-Zuma		ZAF	Home Affairs Minister	GOV	2009-05-10	2012-10-02
Nkosazana Dlamini-Zuma		african-union	Chairperson of the African Union Commission	IGO	2012-10-15	2017-03-14
Noboru Takeshita		JPN	Prime Minister	GOV	1987-11-06	1989-06-03
Nobutaka Machimura		JPN	Foreign Minister	GOV	2004-09-27	2005-10-31
Nong Duc Manh		VNM	General Secretary of the Communist Party	GOV	2001-04-22	2011-01-19
Norman Schwarzkopf	H. Norman Schwarzkopf	USA	Commander of US Central Command	MIL	1988-11-23	1991-08-09
Norodom Ranariddh	Prince Norodom Ranariddh|Prince Ranariddh	KHM	First Prime Minister	GOV	1993-07-02	1997-08-06
Norodom Sihamoni	King Norodom Sihamoni	KHM	King	GOV	2004-10-14	
Norodom Sihanouk	King Norodom Sihanouk|Prince Norodom Sihanouk|Prince Sihanouk	KHM	Head of State	GOV	1975-04-17	1976-04-02
Norodom Sihanouk		KHM	King	GOV	1993-09-24	2004-10-07
Nur Misuari		PHL	Chairman of the Moro National Liberation Front	REB	1972	2001
Nur Muhammad Taraki		AFG	Chairman of the Revolutionary Council	GOV	1978-04-30	1979-09-14
Odvar Nordli		NOR	Prime Minister	GOV	1976-01-15	1981-02-04
Ojo Maduekwe		NGA	Foreign Minister	GOV	2007	2010
Ola Ullsten		SWE	Prime Minister	GOV	1978-10-18	1979-10-12
Ólafur Ragnar Grímsson		ISL	President	GOV	1996-08-01	2016-08-01
Olav V	King Olav V|King Olav	NOR	King	GOV	1957-09-21	1991-01-17
Oliver Tambo		anc	President of the African National Congress	OPP	1967	1991-07-05
Ollanta Humala		PER	President	GOV	2011-07-28	2016-07-28
Olli Rehn		eu-commission	European Commissioner for Economic and Monetary Affairs	IGO	2010-02-10	2014-07-16
Olof Palme		SWE	Prime Minister	GOV	1969-10-14	1976-10-08
Olof Palme		SWE	Prime Minister	GOV	1982-10-08	1986-02-28
Olugbenga Ashiru		NGA	Foreign Minister	GOV	2011	2013
Olusegun Obasanjo		NGA	Head of State	GOV	1976-02-13	1979-10-01
Olusegun Obasanjo		NGA	President	GOV	1999-05-29	2007-05-29
Omar Abdirashid Ali Sharmarke		SOM	Prime Minister	GOV	2009-02-14	2010-09-21
Omar Bongo	Omar Bongo Ondimba|El Hadj Omar Bongo	GAB	President	GOV	1967-12-02	2009-06-08
Omar Karami		LBN	Prime Minister	GOV	1990-12-24	1992-05-16
Omar Karami		LBN	Prime Minister	GOV	2004-10-26	2005-04-19
Omar Suleiman		EGY	Director of the General Intelligence Service	SPY	1993-01-22	2011-01-29
Omar Suleiman		EGY	Vice President	GOV	2011-01-29	2011-02-11
Omar Torrijos		PAN	Commander of the National Guard	MIL	1968-10-11	1981-07-31
Óscar Arias		CRI	President	GOV	1986-05-08	1990-05-08
Óscar Arias		CRI	President	GOV	2006-05-08	2010-05-08
Óscar Berger		GTM	President	GOV	2004-01-14	2008-01-14
Oscar Luigi Scalfaro		ITA	President	GOV	1992-05-28	1999-05-15
Oskar Fischer		DEU	Foreign Minister of East Germany	GOV	1975-03-01	1990-04-12
Osvaldo Hurtado		ECU	President	GOV	1981-05-24	1984-08-10
Otto Pérez Molina		GTM	President	GOV	2012-01-14	2015-09-03
P. V. Narasimha Rao	Narasimha Rao|P.V. Narasimha Rao	IND	Minister of External Affairs	GOV	1980-01-14	1984-07-19
P. V. Narasimha Rao		IND	Prime Minister	GOV	1991-06-21	1996-05-16
P. W. Botha	Pieter Willem Botha|P.W. Botha	ZAF	Prime Minister	GOV	1978-10-09	1984-09-14
P. W. Botha		ZAF	State President	GOV	1984-09-14	1989-08-15
Paavo Lipponen		FIN	Prime Minister	GOV	1995-04-13	2003-04-17
Paddy Ashdown	Lord Ashdown	BIH	High Representative for Bosnia and Herzegovina	IGO	2002-05-27	2006-01-31
Paek Nam Sun	Paek Nam-sun	PRK	Foreign Minister	GOV	1998-09-05	2007-01-02
Pak Ui Chun	Pak Ui-chun	PRK	Foreign Minister	GOV	2007-05-18	2014-04-09
Pál Schmitt		HUN	President	GOV	2010-08-06	2012-04-02
Park Chung-hee	Park Chung Hee	KOR	President	GOV	1963-12-17	1979-10-26
Pascal Lamy		eu-commission	European Commissioner for Trade	IGO	1999-09-16	2004-11-21
Pascal Lamy		wto	Director-General of the WTO	IGO	2005-09-01	2013-08-31
Pascal Lissouba		COG	President	GOV	1992-08-31	1997-10-25
Pasteur Bizimungu		RWA	President	GOV	1994-07-19	2000-03-23
Patricia Espinosa		MEX	Foreign Secretary	GOV	2006-12-01	2012-11-30
Patricio Aylwin		CHL	President	GOV	1990-03-11	1994-03-11
Patrick Hillery		IRL	President	GOV	1976-12-03	1990-12-02
Paul Biya		CMR	Prime Minister	GOV	1975-06-30	1982-11-06
Paul Bremer	L. Paul Bremer	USA	Administrator of the Coalition Provisional Authority in Iraq	GOV	2003-05-12	2004-06-28
Paul Kagame		RWA	Commander of the Rwandan Patriotic Army	REB	1990	1994-07-19
Paul Kagame		RWA	Vice President and Defence Minister	GOV	1994-07-19	2000-04-22
Paul Keating		AUS	Prime Minister	GOV	1991-12-20	1996-03-11
Paul Martin		CAN	Prime Minister	GOV	2003-12-12	2006-02-06
Paul Wolfowitz		USA	Deputy Secretary of Defense	GOV	2001-03-02	2005-06-01
Paul Wolfowitz		world-bank	President of the World Bank	IGO	2005-06-01	2007-06-30
Pavel Grachev		RUS	Defence Minister	GOV	1992-05-18	1996-06-18
Pavlo Lazarenko		UKR	Prime Minister	GOV	1996-05-28	1997-07-02
Pedro Carmona		VEN	De Facto President	GOV	2002-04-12	2002-04-13
Pedro Passos Coelho		PRT	Prime Minister	GOV	2011-06-21	2015-11-26
Pedro Santana Lopes		PRT	Prime Minister	GOV	2004-07-17	2005-03-12
Per Stig Møller		DNK	Foreign Minister	GOV	2001-11-27	2010-02-23
Pervez Musharraf		PAK	Chief of Army Staff	MIL	1998-10-07	2007-11-28
Pervez Musharraf		PAK	Chief Executive	GOV	1999-10-12	2002-11-23
Petar Mladenov		BGR	Foreign Minister	GOV	1971-12-09	1989-11-17
Petar Mladenov		BGR	President	GOV	1989-11-17	1990-07-06
Petar Stoyanov		BGR	President	GOV	1997-01-22	2002-01-22
Péter Boross		HUN	Prime Minister	GOV	1993-12-21	1994-07-15
Peter MacKay		CAN	Foreign Minister	GOV	2006-02-06	2007-08-14
Peter MacKay		CAN	Defence Minister	GOV	2007-08-14	2013-07-15
Peter Mandelson	Lord Mandelson	eu-commission	European Commissioner for Trade	IGO	2004-11-22	2008-10-03
Péter Medgyessy		HUN	Prime Minister	GOV	2002-05-27	2004-09-29
Petr Nečas		CZE	Prime Minister	GOV	2010-07-13	2013-07-10
Petre Roman		ROU	Prime Minister	GOV	1989-12-26	1991-10-16
Petros Molyviatis		GRC	Foreign Minister	GOV	2004-03-10	2006-02-15
Petru Lucinschi		MDA	President	GOV	1997-01-15	2001-04-07
Pham Gia Khiem		VNM	Foreign Minister	GOV	2006-06-27	2011-08-03
Pham Van Dong		VNM	Prime Minister	GOV	1955-09-20	1987-06-18
Phan Van Khai		VNM	Prime Minister	GOV	1997-09-25	2006-06-27
Philippe Douste-Blazy		FRA	Foreign Minister	GOV	2005-06-02	2007-05-15
Pierre Bérégovoy		FRA	Prime Minister	GOV	1992-04-02	1993-03-29
Pierre Buyoya		BDI	President	GOV	1987-09-03	1993-07-10
Pierre Buyoya		BDI	President	GOV	1996-07-25	2003-04-30
Pierre Mauroy		FRA	Prime Minister	GOV	1981-05-21	1984-07-17
Pierre Nkurunziza		BDI	President	GOV	2005-08-26	2020-06-08
Pierre Trudeau	Pierre Elliott Trudeau	CAN	Prime Minister	GOV	1968-04-20	1979-06-04
Pierre Trudeau		CAN	Prime Minister	GOV	1980-03-03	1984-06-30
Pierre Werner		LUX	Prime Minister	GOV	1979-07-16	1984-07-20
Pieter Kooijmans		NLD	Foreign Minister	GOV	1993-01-03	1994-08-22
Pik Botha	Roelof Botha|R. F. Botha	ZAF	Foreign Minister	GOV	1977-04-01	1994-05-10
Pol Pot	Saloth Sar	KHM	Prime Minister of Democratic Kampuchea	GOV	1976-05-13	1979-01-07
Pol Pot		KHM	Leader of the Khmer Rouge	REB	1979-01-07	1997
Pope John Paul I	John Paul I	VAT	Pope	GOV	1978-08-26	1978-09-28
Pope John Paul II	John Paul II	VAT	Pope	GOV	1978-10-16	2005-04-02
Pope Paul VI	Paul VI	VAT	Pope	GOV	1963-06-21	1978-08-06
Porfirio Lobo	Porfirio Lobo Sosa|Pepe Lobo	HND	President	GOV	2010-01-27	2014-01-27
Poul Nyrup Rasmussen		DNK	Prime Minister	GOV	1993-01-25	2001-11-27
Poul Schlüter		DNK	Prime Minister	GOV	1982-09-10	1993-01-25
Pranab Mukherjee		IND	Finance Minister	GOV	1982-01-15	1984-12-31
Pranab Mukherjee		IND	Minister of External Affairs	GOV	1995-02-10	1996-05-16
Pranab Mukherjee		IND	Defence Minister	GOV	2004-05-22	2006-10-24
Pranab Mukherjee		IND	Minister of External Affairs	GOV	2006-10-24	2009-05-22
Pranab Mukherjee		IND	Finance Minister	GOV	2009-01-24	2012-06-26
Pratibha Patil		IND	President	GOV	2007-07-25	2012-07-25
Prem Tinsulanonda		THA	Prime Minister	GOV	1980-03-03	1988-08-04
Prosper Avril		HTI	Head of State	GOV	1988-09-17	1990-03-10
Punsalmaagiin Ochirbat		MNG	President	GOV	1990-03-21	1997-06-20
Pushpa Kamal Dahal	Prachanda	NPL	Leader of the Maoist Insurgency	REB	1996-02-13	2006-11-21
Pushpa Kamal Dahal		NPL	Prime Minister	GOV	2008-08-18	2009-05-25
Qian Qichen		CHN	Foreign Minister	GOV	1988-04-12	1998-03-18
Quett Masire	Ketumile Masire	BWA	President	GOV	1980-07-13	1998-03-31
R. Venkataraman	Ramaswamy Venkataraman	IND	President	GOV	1987-07-25	1992-07-25
Rached Ghannouchi	Rachid Ghannouchi	TUN	Leader of Ennahda	OPP	1991	2011
Radovan Karadžić		BIH	President of Republika Srpska	REB	1992-04-07	1996-07-19
Rafael Bielsa		ARG	Foreign Minister	GOV	2003-05-25	2005-12-01
Rafael Caldera		VEN	President	GOV	1994-02-02	1999-02-02
Rafik Hariri	Rafic Hariri|Rafiq Hariri|Rafiq al-Hariri	LBN	Prime Minister	GOV	1992-10-31	1998-12-04
Rafik Hariri		LBN	Prime Minister	GOV	2000-10-26	2004-10-21
Rajiv Gandhi		IND	Prime Minister	GOV	1984-10-31	1989-12-02
Ram Baran Yadav		NPL	President	GOV	2008-07-23	2015-10-29
Ramadan Shalah	Ramadan Abdullah Shallah	palestinian-islamic-jihad	Secretary-General of Palestinian Islamic Jihad	REB	1995	2018-09-28
Ramiz Alia		ALB	President	GOV	1982-11-22	1992-04-03
Ramiz Alia		ALB	First Secretary of the Party of Labour of Albania	GOV	1985-04-13	1991-06-13
Ramón José Velásquez		VEN	President	GOV	1993-06-05	1994-02-02
Ramush Haradinaj		XKX	Prime Minister	GOV	2004-12-03	2005-03-08
Ranasinghe Premadasa		LKA	Prime Minister	GOV	1978-02-06	1989-01-02
Ranasinghe Premadasa		LKA	President	GOV	1989-01-02	1993-05-01
Rangin Dadfar Spanta		AFG	Foreign Minister	GOV	2006-04-20	2010-01-19
Ranil Wickremesinghe		LKA	Prime Minister	GOV	1993-05-07	1994-08-19
Ranil Wickremesinghe		LKA	Prime Minister	GOV	2001-12-09	2004-04-06
Raoul Cédras		HTI	Commander-in-Chief of the Armed Forces	MIL	1991	1994-10-10
Rashid Abdullah Al Nuaimi	Rashid Abdullah al-Nuaimi	ARE	Foreign Minister	GOV	1980	2006-02-09
Rashid bin Saeed Al Maktoum	Sheikh Rashid bin Saeed	ARE	Vice President and Prime Minister	GOV	1979-04-25	1990-10-07
Rashid Karami		LBN	Prime Minister	GOV	1975-07-01	1976-12-08
Rashid Karami		LBN	Prime Minister	GOV	1984-04-30	1987-06-01
Ratko Mladić		BIH	Commander of the Bosnian Serb Army	REB	1992-05-12	1996-11-08
Rauf Denktaş	Rauf Denktash	CYP	President of the Turkish Republic of Northern Cyprus	GOV	1983-11-15	2005-04-24
Raúl Alfonsín		ARG	President	GOV	1983-12-10	1989-07-08
Raúl Castro		CUB	Minister of the Revolutionary Armed Forces	GOV	1959-10-16	2008-02-24
Raúl Castro		CUB	First Vice President	GOV	1976-12-02	2008-02-24
Raúl Reyes		COL	FARC Spokesman and Commander	REB	1990	2008-03-01
Raymond Barre		FRA	Prime Minister	GOV	1976-08-25	1981-05-21
Recep Tayyip Erdoğan		TUR	Mayor of Istanbul	GOV	1994-03-27	1998-11-06
Renato Ruggiero		wto	Director-General of the WTO	IGO	1995-05-01	1999-04-30
Renato Ruggiero		ITA	Foreign Minister	GOV	2001-06-11	2002-01-06
René Moawad		LBN	President	GOV	1989-11-05	1989-11-22
René Préval		HTI	President	GOV	1996-02-07	2001-02-07
René Préval		HTI	President	GOV	2006-05-14	2011-05-14
Rexhep Meidani		ALB	President	GOV	1997-07-24	2002-07-24
Reynaldo Bignone		ARG	President	GOV	1982-07-01	1983-12-10
Riad al-Asaad	Riyad al-Asaad	free-syrian-army	Commander of the Free Syrian Army	REB	2011-07-29	2012
Ricardo Alarcón		CUB	Foreign Minister	GOV	1992	1993
Ricardo Alarcón		CUB	President of the National Assembly	LEG	1993-03-24	2013-02-24
Ricardo Lagos		CHL	President	GOV	2000-03-11	2006-03-11
Ricardo Martinelli		PAN	President	GOV	2009-07-01	2014-07-01
Richard Butler		un	Executive Chairman of UNSCOM	IGO	1997-07-01	1999-06-30
Richard Holbrooke		USA	Ambassador to the United Nations	GOV	1999-08-25	2001-01-20
Richard Holbrooke		USA	Special Representative for Afghanistan and Pakistan	GOV	2009-01-22	2010-12-13
Richard von Weizsäcker	Richard von Weizsaecker	DEU	President	GOV	1984-07-01	1994-06-30
Riek Machar		SDN	Leader of SPLA-Nasir	REB	1991	2002
Riek Machar		SSD	Vice President	GOV	2011-07-09	2013-07-23
Rifaat al-Assad	Rifaat Assad	SYR	Vice President	GOV	1984-03-11	1998-02-08
Riyad Farid Hijab	Riyad Hijab	SYR	Prime Minister	GOV	2012-06-23	2012-08-06
Robert Gates		USA	Director of Central Intelligence	SPY	1991-11-06	1993-01-20
Robert Guéï		CIV	Head of State	GOV	1999-12-24	2000-10-26
Robert Kocharyan		ARM	President	GOV	1998-02-04	2008-04-09
Robert McNamara	Robert S. McNamara	world-bank	President of the World Bank	IGO	1968-04-01	1981-06-30
Robert Mugabe		ZWE	Leader of ZANU	REB	1975	1980-04-18
Robert Mugabe		ZWE	Prime Minister	GOV	1980-04-18	1987-12-31
Robert Muldoon		NZL	Prime Minister	GOV	1975-12-12	1984-07-26
Robert Zoellick	Robert B. Zoellick	USA	U.S. Trade Representative	GOV	2001-02-07	2005-02-22
Robert Zoellick		USA	Deputy Secretary of State	GOV	2005-02-22	2006-07-07
Robert Zoellick		world-bank	President of the World Bank	IGO	2007-07-01	2012-06-30
Roberto Micheletti		HND	De Facto President	GOV	2009-06-28	2010-01-27
Roberto Robaina		CUB	Foreign Minister	GOV	1993	1999-05-28
Roberto Viola	Roberto Eduardo Viola	ARG	President	GOV	1981-03-29	1981-12-11
Robin Cook		GBR	Foreign Secretary	GOV	1997-05-02	2001-06-08
Rodrigo Borja	Rodrigo Borja Cevallos	ECU	President	GOV	1988-08-10	1992-08-10
Rodrigo Londoño	Timoleón Jiménez|Timochenko|Timoleon Jimenez	COL	Leader of the FARC	REB	2011-11-15	2017-08-31
Rodrigo Rato	Rodrigo de Rato	imf	Managing Director of the IMF	IGO	2004-06-07	2007-10-31
Roh Moo-hyun	Roh Moo Hyun	KOR	President	GOV	2003-02-25	2008-02-24
Roh Tae-woo	Roh Tae Woo	KOR	President	GOV	1988-02-25	1993-02-24
Roland Dumas		FRA	Foreign Minister	GOV	1984-12-07	1986-03-20
Roland Dumas		FRA	Foreign Minister	GOV	1988-05-12	1993-03-29
Rolandas Paksas		LTU	President	GOV	2003-02-26	2004-04-06
Rolf Ekéus		un	Executive Chairman of UNSCOM	IGO	1991	1997-06-30
Roman Herzog		DEU	President	GOV	1994-07-01	1999-06-30
Romano Prodi		ITA	Prime Minister	GOV	1996-05-17	1998-10-21
Romano Prodi		eu-commission	President of the European Commission	IGO	1999-09-16	2004-11-21
Romano Prodi		ITA	Prime Minister	GOV	2006-05-17	2008-05-08
Ronald Reagan		USA	President	GOV	1981-01-20	1989-01-20
Rosario Green		MEX	Foreign Secretary	GOV	1998-01-07	2000-11-30
Rosen Plevneliev		BGR	President	GOV	2012-01-22	2017-01-22
Roy Jenkins		eu-commission	President of the European Commission	IGO	1977-01-06	1981-01-05
Roza Otunbayeva	Roza Otunbaeva	KGZ	President	GOV	2010-04-07	2011-12-01
Rudolf Kirchschläger	Rudolf Kirchschlaeger	AUT	President	GOV	1974-07-08	1986-07-08
Rudolf Schuster		SVK	President	GOV	1999-06-15	2004-06-15
Ruhollah Khomeini	Ayatollah Khomeini|Ayatollah Ruhollah Khomeini|Imam Khomeini	IRN	Supreme Leader	GOV	1979-02-11	1989-06-03
Rupiah Banda		ZMB	President	GOV	2008-08-19	2011-09-23
Ruud Lubbers		NLD	Prime Minister	GOV	1982-11-04	1994-08-22
Ruud Lubbers		unhcr	UN High Commissioner for Refugees	IGO	2001-01-01	2005-02-20
Ryan Crocker		USA	Ambassador to Iraq	GOV	2007-03-29	2009-02-13
Ryan Crocker		USA	Ambassador to Afghanistan	GOV	2011-07-25	2012-07-23
Ryutaro Hashimoto		JPN	Prime Minister	GOV	1996-01-11	1998-07-30
S. Jayakumar	Shunmugam Jayakumar	SGP	Foreign Minister	GOV	1994-01-02	2004-08-12
Saad Al-Abdullah Al-Sabah	Sheikh Saad al-Abdullah al-Sabah	KWT	Prime Minister	GOV	1978-02-08	2003-07-13
Saad Al-Abdullah Al-Sabah		KWT	Emir	GOV	2006-01-15	2006-01-24
Saadeddine Othmani	Saad Eddine El Othmani|Saad-Eddine El Othmani	MAR	Foreign Minister	GOV	2012-01-03	2013-10-10
Saadoun Hammadi		IRQ	Foreign Minister	GOV	1974	1983
Sabah Al-Ahmad Al-Jaber Al-Sabah		KWT	Foreign Minister	GOV	1963-01-28	2003-07-13
Sabah Al-Ahmad Al-Jaber Al-Sabah		KWT	Prime Minister	GOV	2003-07-13	2006-01-29
Sadako Ogata		unhcr	UN High Commissioner for Refugees	IGO	1991-01-01	2000-12-31
Saddam Hussein	Saddam Hussein al-Tikriti	IRQ	Vice Chairman of the Revolutionary Command Council	GOV	1969	1979-07-16
Saddam Hussein		IRQ	President	GOV	1979-07-16	2003-04-09
Saddam Hussein		IRQ	Prime Minister	GOV	1979-07-16	1991-03-23
Saddam Hussein		IRQ	Prime Minister	GOV	1994-05-29	2003-04-09
Sadegh Ghotbzadeh	Sadeq Ghotbzadeh	IRN	Foreign Minister	GOV	1979-11-29	1980-08-03
Sadiq al-Mahdi	Sadek al-Mahdi	SDN	Prime Minister	GOV	1986-05-06	1989-06-30
Sadiq al-Mahdi		SDN	Leader of the Umma Party	OPP	1989-06-30	2020-11-26
Saeb Erekat	Saeb Erakat	PSE	Chief Negotiator	GOV	2003	2020-11-10
Sahabzada Yaqub Khan		PAK	Foreign Minister	GOV	1982-03-21	1987-11-01
Salah Khalaf	Abu Iyad	PSE	PLO Security Chief	REB	1970	1991-01-14
Sali Berisha		ALB	President	GOV	1992-04-09	1997-07-24
Sali Berisha		ALB	Prime Minister	GOV	2005-09-11	2013-09-15
Salim Ahmed Salim		TZA	Foreign Minister	GOV	1980	1984
Salim Ahmed Salim		TZA	Prime Minister	GOV	1984-04-24	1985-11-05
Salim Ahmed Salim		TZA	Secretary-General of the Organisation of African Unity	IGO	1989-09-19	2001-09-17
Salman bin Abdulaziz		SAU	Governor of Riyadh	GOV	1963-02-05	2011-11-05
Salman bin Abdulaziz		SAU	Defence Minister	GOV	2011-11-05	2015-01-23
Salva Kiir		SDN	First Vice President	GOV	2005-08-11	2011-07-09
Sam Nujoma		NAM	Leader of SWAPO	REB	1960-04-19	1990-03-21
Sam Nujoma		NAM	President	GOV	1990-03-21	2005-03-21
Samak Sundaravej		THA	Prime Minister	GOV	2008-01-29	2008-09-09
Sami Anan	Sami Enan	EGY	Chief of Staff of the Armed Forces	MIL	2005	2012-08-12
Samir Geagea		LBN	Commander of the Lebanese Forces	REB	1986-01-15	1994-04-21
Samir Rifai	Samir al-Rifai	JOR	Prime Minister	GOV	2009-12-14	2011-02-09
Samora Machel		MOZ	President	GOV	1975-06-25	1986-10-19
Samuel Doe	Samuel K. Doe	LBR	Head of State	GOV	1980-04-12	1986-01-06
Samuel Doe		LBR	President	GOV	1986-01-06	1990-09-09
San Yu		MMR	President	GOV	1981-11-09	1988-07-27
Sandro Pertini		ITA	President	GOV	1978-07-09	1985-06-29
Sandy Berger	Samuel Berger	USA	National Security Adviser	GOV	1997-03-14	2001-01-20
Sani Abacha		NGA	Head of State	GOV	1993-11-17	1998-06-08
Saparmurat Niyazov	Turkmenbashi	TKM	President	GOV	1990-10-27	2006-12-21
Sartaj Aziz		PAK	Foreign Minister	GOV	1998-08-07	1999-10-12
Saw Maung		MMR	Chairman of the State Law and Order Restoration Council	GOV	1988-09-18	1992-04-23
Seiji Maehara		JPN	Foreign Minister	GOV	2010-09-17	2011-03-07
Selim Hoss	Salim al-Hoss|Selim al-Hoss	LBN	Prime Minister	GOV	1976-12-09	1980-07-16
Selim Hoss		LBN	Prime Minister	GOV	1987-06-01	1990-12-24
Selim Hoss		LBN	Prime Minister	GOV	1998-12-04	2000-10-26
Sergei Bagapsh	Sergey Bagapsh	GEO	President of Abkhazia (self-proclaimed)	REB	2005-02-12	2011-05-29
Sergei Ivanov	Sergey Ivanov	RUS	Defence Minister	GOV	2001-03-28	2007-02-15
Sergei Ivanov		RUS	First Deputy Prime Minister	GOV	2007-02-15	2008-05-12
Sergei Kiriyenko		RUS	Prime Minister	GOV	1998-03-23	1998-08-23
Sergei Martynov		BLR	Foreign Minister	GOV	2003-03-17	2012-08-20
Sergei Stanishev	Sergey Stanishev	BGR	Prime Minister	GOV	2005-08-17	2009-07-27
Sergei Stepashin	Sergey Stepashin	RUS	Prime Minister	GOV	1999-05-12	1999-08-09
Sergey Lavrov		RUS	Ambassador to the United Nations	GOV	1994	2004
Sérgio Vieira de Mello		ohchr	UN High Commissioner for Human Rights	IGO	2002-09-12	2003-08-19
Sérgio Vieira de Mello		un	Special Representative of the Secretary-General for Iraq	IGO	2003-05-27	2003-08-19
Serzh Sargsyan		ARM	Prime Minister	GOV	2007-04-04	2008-04-09
Seyni Kountché		NER	Head of State	GOV	1974-04-15	1987-11-10
Seyoum Mesfin		ETH	Foreign Minister	GOV	1991	2010-10-29
Shafik Handal	Schafik Handal	SLV	Commander of the FMLN	REB	1980	1992-01-16
Shafik Wazzan	Chafic Wazzan	LBN	Prime Minister	GOV	1980-10-25	1984-04-30
Shamil Basayev		RUS	Chechen Rebel Commander	REB	1991	2006-07-10
Shankar Dayal Sharma		IND	President	GOV	1992-07-25	1997-07-25
Shapour Bakhtiar		IRN	Prime Minister	GOV	1979-01-04	1979-02-11
Sharif Sheikh Ahmed	Sheikh Sharif Sheikh Ahmed	SOM	Leader of the Islamic Courts Union	REB	2006	2006
Sharif Sheikh Ahmed		SOM	President	GOV	2009-01-31	2012-08-20
Shaukat Aziz		PAK	Prime Minister	GOV	2004-08-28	2007-11-16
Shaul Mofaz		ISR	Chief of the General Staff	MIL	1998-07-09	2002-07-09
Shaul Mofaz		ISR	Defence Minister	GOV	2002-11-04	2006-05-04
Shehu Shagari		NGA	President	GOV	1979-10-01	1983-12-31
Sheikh Hasina		BGD	Prime Minister	GOV	1996-06-23	2001-07-15
Sheikh Mujibur Rahman	Mujibur Rahman|Bangabandhu	BGD	President	GOV	1975-01-25	1975-08-15
Shimon Peres		ISR	Defence Minister	GOV	1974-06-03	1977-06-20
Shimon Peres		ISR	Prime Minister	GOV	1984-09-13	1986-10-20
Shimon Peres		ISR	Foreign Minister	GOV	1986-10-20	1988-12-22
Shimon Peres		ISR	Foreign Minister	GOV	1992-07-13	1995-11-22
Shimon Peres		ISR	Prime Minister	GOV	1995-11-04	1996-06-18
Shimon Peres		ISR	Foreign Minister	GOV	2001-03-07	2002-11-02
Shintaro Abe		JPN	Foreign Minister	GOV	1982-11-27	1986-07-22
Shinzo Abe		JPN	Chief Cabinet Secretary	GOV	2005-10-31	2006-09-26
Shlomo Ben-Ami		ISR	Foreign Minister	GOV	2000-08-04	2001-03-07
Siad Barre	Mohamed Siad Barre	SOM	President	GOV	1969-10-21	1991-01-26
Siaka Stevens		SLE	President	GOV	1971-04-21	1985-11-28
Sibghatullah Mojaddedi		AFG	President	GOV	1992-04-28	1992-06-28
Siddhi Savetsila		THA	Foreign Minister	GOV	1980	1990
Sigvard Eklund		iaea	Director General of the IAEA	IGO	1961-12-01	1981-11-30
Silvan Shalom		ISR	Foreign Minister	GOV	2003-02-28	2006-01-16
Silvio Berlusconi		ITA	Prime Minister	GOV	1994-05-10	1995-01-17
Silvio Berlusconi		ITA	Prime Minister	GOV	2001-06-11	2006-05-17
Simeon Saxe-Coburg-Gotha	Simeon Sakskoburggotski|Simeon II	BGR	Prime Minister	GOV	2001-07-24	2005-08-17
Sirimavo Bandaranaike		LKA	Prime Minister	GOV	1970-05-29	1977-07-23
Sirimavo Bandaranaike		LKA	Prime Minister	GOV	1994-11-14	2000-08-10
Sixto Durán Ballén		ECU	President	GOV	1992-08-10	1996-08-10
Slobodan Milošević		SRB	President of Serbia	GOV	1989-05-08	1997-07-23
Slobodan Milošević		SRB	President of Yugoslavia	GOV	1997-07-23	2000-10-07
Soe Win		MMR	Prime Minister	GOV	2004-10-19	2007-10-12
Soledad Alvear		CHL	Foreign Minister	GOV	2000-03-11	2004-09-29
Somchai Wongsawat		THA	Prime Minister	GOV	2008-09-18	2008-12-02
Song Min-soon		KOR	Foreign Minister	GOV	2006-12-01	2008-02-29
Sonia Gandhi		IND	President of the Indian National Congress	OPP	1998-03-14	2004-05-22
Sonthi Boonyaratglin		THA	Leader of the Council for National Security	MIL	2006-09-19	2007-10-01
Sosuke Uno		JPN	Foreign Minister	GOV	1987-11-06	1989-06-03
Sosuke Uno		JPN	Prime Minister	GOV	1989-06-03	1989-08-10
Souphanouvong	Prince Souphanouvong	LAO	President	GOV	1975-12-02	1991-08-15
Spyros Kyprianou		CYP	President	GOV	1977-08-03	1988-02-28
Stanislav Gross		CZE	Prime Minister	GOV	2004-08-04	2005-04-25
Stanislav Shushkevich	Stanislau Shushkevich	BLR	Chairman of the Supreme Soviet	GOV	1991-09-18	1994-01-26
Stanisław Kania		POL	First Secretary of the Polish United Workers' Party	GOV	1980-09-06	1981-10-18
Stanley McChrystal		nato	Commander of ISAF in Afghanistan	MIL	2009-06-15	2010-06-23
Stavros Dimas		GRC	Foreign Minister	GOV	2011-11-11	2012-05-17
Stavros Lambrinidis		GRC	Foreign Minister	GOV	2011-06-17	2011-11-11
Sten Andersson		SWE	Foreign Minister	GOV	1985-10-17	1991-10-04
Stephen Hadley		USA	National Security Adviser	GOV	2005-01-26	2009-01-20
Stephen Smith		AUS	Foreign Minister	GOV	2007-12-03	2010-09-14
Stephen Smith		AUS	Defence Minister	GOV	2010-09-14	2013-09-18
Steven Vanackere		BEL	Foreign Minister	GOV	2009-07-17	2011-12-06
Stjepan Mesić	Stipe Mesic	SRB	President of the Presidency of Yugoslavia	GOV	1991-06-30	1991-12-05
Stjepan Mesić		HRV	President	GOV	2000-02-18	2010-02-18
Subhi al-Tufayli	Sobhi Tufaili	hezbollah	Secretary-General of Hezbollah	REB	1989	1991
Suchinda Kraprayoon		THA	Prime Minister	GOV	1992-04-07	1992-05-24
Suharto	Soeharto	IDN	President	GOV	1967-03-12	1998-05-21
Sule Lamido		NGA	Foreign Minister	GOV	1999	2003
Suleiman Frangieh	Sleiman Frangieh	LBN	President	GOV	1970-09-23	1976-09-22
Süleyman Demirel		TUR	Prime Minister	GOV	1975-03-31	1977-06-21
Süleyman Demirel		TUR	Prime Minister	GOV	1977-07-21	1978-01-05
Süleyman Demirel		TUR	Prime Minister	GOV	1979-11-12	1980-09-12
Süleyman Demirel		TUR	Prime Minister	GOV	1991-11-20	1993-05-16
Süleyman Demirel		TUR	President	GOV	1993-05-16	2000-05-16
Sultan bin Abdulaziz	Prince Sultan bin Abdulaziz	SAU	Defence Minister	GOV	1962-10-22	2011-10-22
Sultan bin Abdulaziz		SAU	Crown Prince	GOV	2005-08-01	2011-10-22
Supachai Panitchpakdi		wto	Director-General of the WTO	IGO	2002-09-01	2005-08-31
Surakiart Sathirathai		THA	Foreign Minister	GOV	2001-02-17	2005-03-11
Surayud Chulanont		THA	Prime Minister	GOV	2006-10-01	2008-01-29
Surin Pitsuwan		THA	Foreign Minister	GOV	1997-11-14	2001-02-17
Surin Pitsuwan		asean	Secretary-General of ASEAN	IGO	2008-01-01	2012-12-31
Susanna Agnelli		ITA	Foreign Minister	GOV	1995-01-17	1996-05-17
Svetozar Marović		SRB	President of Serbia and Montenegro	GOV	2003-03-07	2006-06-03
Syed Hamid Albar		MYS	Foreign Minister	GOV	1999-01-10	2008-03-18
Sylvestre Ntibantunganya		BDI	President	GOV	1994-04-06	1996-07-25
Ta Mok		KHM	Leader of the Khmer Rouge	REB	1997	1999-03-06
Tabaré Vázquez		URY	President	GOV	2005-03-01	2010-03-01
Tadeusz Mazowiecki		POL	Prime Minister	GOV	1989-08-24	1991-01-04
Taha Yassin Ramadan	Taha Yasin Ramadan	IRQ	Vice President	GOV	1991-03-23	2003-04-09
Taieb Fassi Fihri	Taib Fassi Fihri	MAR	Foreign Minister	GOV	2007-10-15	2012-01-03
Takeaki Matsumoto		JPN	Foreign Minister	GOV	2011-03-09	2011-09-02
Takeo Fukuda		JPN	Prime Minister	GOV	1976-12-24	1978-12-07
Takeo Miki		JPN	Prime Minister	GOV	1974-12-09	1976-12-24
Tang Jiaxuan		CHN	Foreign Minister	GOV	1998-03-18	2003-03-17
Tansu Çiller		TUR	Prime Minister	GOV	1993-06-25	1996-03-06
Tansu Çiller		TUR	Foreign Minister	GOV	1996-06-28	1997-06-30
Tarcisio Bertone	Cardinal Tarcisio Bertone	VAT	Secretary of State	GOV	2006-09-15	2013-10-15
Tariq Aziz		IRQ	Deputy Prime Minister	GOV	1979	2003-04-09
Tariq Aziz		IRQ	Foreign Minister	GOV	1983	1991
Tarja Halonen		FIN	Foreign Minister	GOV	1995-04-13	2000-02-25
Taro Aso		JPN	Foreign Minister	GOV	2005-10-31	2007-08-27
Taro Nakayama		JPN	Foreign Minister	GOV	1989-08-10	1991-11-05
Tassos Papadopoulos		CYP	President	GOV	2003-02-28	2008-02-28
Teodoro Obiang Nguema Mbasogo	Teodoro Obiang|Teodoro Obiang Nguema	GNQ	President	GOV	1979-08-03	
Thabo Mbeki		ZAF	Deputy President	GOV	1994-05-10	1999-06-14
Than Shwe		MMR	Chairman of the State Peace and Development Council	GOV	1992-04-23	2011-03-30
Thein Sein		MMR	Prime Minister	GOV	2007-10-24	2011-03-30
Théodore Sindikubwabo		RWA	Interim President	GOV	1994-04-09	1994-07-19
Theodoros Pangalos		GRC	Foreign Minister	GOV	1996-01-22	1999-02-18
Thomas Klestil		AUT	President	GOV	1992-07-08	2004-07-06
Thomas Lubanga	Thomas Lubanga Dyilo	COD	Leader of the Union of Congolese Patriots	REB	2000	2005
Thomas Pickering		USA	Ambassador to the United Nations	GOV	1989-03-20	1992-05-07
Thomas Sankara		BFA	President	GOV	1983-08-04	1987-10-15
Thorbjörn Fälldin		SWE	Prime Minister	GOV	1976-10-08	1978-10-18
Thorbjörn Fälldin		SWE	Prime Minister	GOV	1979-10-12	1982-10-08
Thorbjørn Jagland		NOR	Prime Minister	GOV	1996-10-25	1997-10-17
Thorbjørn Jagland		NOR	Foreign Minister	GOV	2000-03-17	2001-10-19
Thorbjørn Jagland		council-of-europe	Secretary General of the Council of Europe	IGO	2009-10-01	2019-09-18
Thorvald Stoltenberg		NOR	Foreign Minister	GOV	1987-05-09	1989-10-16
Thorvald Stoltenberg		NOR	Foreign Minister	GOV	1990-11-03	1993-04-02
Tito Okello		UGA	Head of State	GOV	1985-07-29	1986-01-26
Todor Zhivkov		BGR	General Secretary of the Bulgarian Communist Party	GOV	1954-03-04	1989-11-10
Todor Zhivkov		BGR	Chairman of the State Council	GOV	1971-07-07	1989-11-17
Tom Ikimi		NGA	Foreign Minister	GOV	1995	1998
Tomiichi Murayama		JPN	Prime Minister	GOV	1994-06-30	1996-01-11
Tomislav Nikolić		SRB	Leader of the Serbian Radical Party (acting)	OPP	2003-02-23	2008-09-06
Tommy Franks		USA	Commander of US Central Command	MIL	2000-07-06	2003-07-07
Tony Blair		GBR	Leader of the Opposition	OPP	1994-07-21	1997-05-02
Toomas Hendrik Ilves		EST	Foreign Minister	GOV	1996-11-04	1998-10-13
Toomas Hendrik Ilves		EST	Foreign Minister	GOV	1999-03-25	2002-01-28
Toshiki Kaifu		JPN	Prime Minister	GOV	1989-08-10	1991-11-05
Traian Băsescu		ROU	President	GOV	2004-12-20	2014-12-21
Tran Duc Luong		VNM	President	GOV	1997-09-24	2006-06-27
Trinidad Jiménez		ESP	Foreign Minister	GOV	2010-10-21	2011-12-22
Truong Chinh		VNM	Chairman of the Council of State	GOV	1981-07-04	1987-06-18
Truong Chinh		VNM	General Secretary of the Communist Party	GOV	1986-07-14	1986-12-18
Truong Tan Sang		VNM	President	GOV	2011-07-25	2016-04-02
Tsakhiagiin Elbegdorj		MNG	President	GOV	2009-06-18	2017-07-10
Tsutomu Hata		JPN	Foreign Minister	GOV	1993-08-09	1994-04-28
Tsutomu Hata		JPN	Prime Minister	GOV	1994-04-28	1994-06-30
Tung Chee-hwa		HKG	Chief Executive	GOV	1997-07-01	2005-03-12
Turgut Özal		TUR	Prime Minister	GOV	1983-12-13	1989-10-31
Turgut Özal		TUR	President	GOV	1989-11-09	1993-04-17
Turki al-Faisal	Prince Turki al-Faisal	SAU	Director General of the Intelligence Agency	SPY	1977-09-01	2001-08-31
Turki al-Faisal		SAU	Ambassador to the United States	GOV	2005	2007
Uffe Ellemann-Jensen		DNK	Foreign Minister	GOV	1982-09-10	1993-01-25
Urho Kekkonen		FIN	President	GOV	1956-03-01	1982-01-27
Uri Rosenthal		NLD	Foreign Minister	GOV	2010-10-14	2012-11-05
Urmas Paet		EST	Foreign Minister	GOV	2005-04-13	2014-11-17
Ursula Plassnik		AUT	Foreign Minister	GOV	2004-10-20	2008-12-02
V. P. Singh	Vishwanath Pratap Singh|V.P. Singh	IND	Prime Minister	GOV	1989-12-02	1990-11-10
Václav Havel		CZE	President of Czechoslovakia	GOV	1989-12-29	1992-07-20
Václav Havel		CZE	President	GOV	1993-02-02	2003-02-02
Václav Klaus		CZE	Prime Minister	GOV	1992-07-02	1998-01-02
Václav Klaus		CZE	President	GOV	2003-03-07	2013-03-07
Vaira Vīķe-Freiberga		LVA	President	GOV	1999-07-08	2007-07-08
Valdas Adamkus		LTU	President	GOV	1998-02-26	2003-02-26
Valdas Adamkus		LTU	President	GOV	2004-07-12	2009-07-12
Valdis Dombrovskis		LVA	Prime Minister	GOV	2009-03-12	2014-01-22
Valdis Zatlers		LVA	President	GOV	2007-07-08	2011-07-08
Valentin Inzko		BIH	High Representative for Bosnia and Herzegovina	IGO	2009-03-26	2021-07-31
Valentín Paniagua		PER	President	GOV	2000-11-22	2001-07-28
Valentin Pavlov		RUS	Premier of the Soviet Union	GOV	1991-01-14	1991-08-22
Valentine Strasser		SLE	Head of State	GOV	1992-04-29	1996-01-16
Valéry Giscard d'Estaing	Giscard d'Estaing	FRA	President	GOV	1974-05-27	1981-05-21
Vartan Oskanian		ARM	Foreign Minister	GOV	1998-04-10	2008-04-09
Velupillai Prabhakaran	Vellupillai Prabhakaran|Prabhakaran	LKA	Leader of the Liberation Tigers of Tamil Eelam	REB	1976-05-05	2009-05-18
Vicente Fox		MEX	President	GOV	2000-12-01	2006-11-30
Víctor Paz Estenssoro		BOL	President	GOV	1985-08-06	1989-08-06
Víctor Polay	Victor Polay Campos	PER	Leader of the Túpac Amaru Revolutionary Movement	REB	1982	1992-06-09
Victor Ponta		ROU	Prime Minister	GOV	2012-05-07	2015-11-04
Vigdís Finnbogadóttir		ISL	President	GOV	1980-08-01	1996-08-01
Viktor Chernomyrdin		RUS	Prime Minister	GOV	1992-12-14	1998-03-23
Viktor Klima		AUT	Chancellor	GOV	1997-01-28	2000-02-04
Viktor Yanukovych		UKR	Prime Minister	GOV	2002-11-21	2005-01-05
Viktor Yanukovych		UKR	Prime Minister	GOV	2006-08-04	2007-12-18
Viktor Yushchenko		UKR	Prime Minister	GOV	1999-12-22	2001-05-29
Viktor Zubkov		RUS	Prime Minister	GOV	2007-09-14	2008-05-07
Villy Søvndal		DNK	Foreign Minister	GOV	2011-10-03	2013-12-12
Vinicio Cerezo		GTM	President	GOV	1986-01-14	1991-01-14
Violeta Chamorro	Violeta Barrios de Chamorro	NIC	President	GOV	1990-04-25	1997-01-10
Virgilio Barco		COL	President	GOV	1986-08-07	1990-08-07
Vlad Filat		MDA	Prime Minister	GOV	2009-09-25	2013-04-25
Vladimir Kryuchkov		RUS	Chairman of the KGB	SPY	1988-10-01	1991-08-22
Vladimír Mečiar		SVK	Prime Minister	GOV	1992-06-24	1994-03-15
Vladimír Mečiar		SVK	Prime Minister	GOV	1994-12-13	1998-10-30
Vladimir Putin		RUS	Director of the FSB	SPY	1998-07-25	1999-08-09
Vladimír Špidla		CZE	Prime Minister	GOV	2002-07-15	2004-08-04
Vladimir Voronin		MDA	President	GOV	2001-04-07	2009-09-11
Vladimir Zhirinovsky		RUS	Leader of the Liberal Democratic Party	OPP	1991	2022-04-06
Vladimiro Montesinos		PER	Head of the National Intelligence Service	SPY	1990	2000
Vladislav Ardzinba		GEO	President of Abkhazia (self-proclaimed)	REB	1990-12-04	2005-02-12
Vo Van Kiet		VNM	Prime Minister	GOV	1991-08-08	1997-09-25
Vojislav Koštunica		SRB	President of Yugoslavia	GOV	2000-10-07	2003-03-07
Vojislav Koštunica		SRB	Prime Minister	GOV	2004-03-03	2008-07-07
Volodymyr Ohryzko		UKR	Foreign Minister	GOV	2007-12-18	2009-03-03
Vuk Drašković		SRB	Leader of the Serbian Renewal Movement	OPP	1990-03-14	2004-04-16
Vuk Drašković		SRB	Foreign Minister	GOV	2004-04-16	2007-05-15
Vuk Jeremić		SRB	Foreign Minister	GOV	2007-05-15	2012-07-27
Vuk Jeremić		un-general-assembly	President of the UN General Assembly	IGO	2012-09-18	2013-09-17
Vyacheslav Kebich		BLR	Prime Minister	GOV	1990-04-03	1994-07-21
Vytautas Landsbergis		LTU	Chairman of the Supreme Council	GOV	1990-03-11	1992-11-25
Wael al-Halqi		SYR	Prime Minister	GOV	2012-08-09	2016-07-03
Waldemar Pawlak		POL	Prime Minister	GOV	1993-10-26	1995-03-07
Walid Jumblatt	Walid Joumblatt	LBN	Leader of the Progressive Socialist Party	OPP	1977	2023-06-25
Walter Mondale		USA	Vice President	GOV	1977-01-20	1981-01-20
Walter Scheel		DEU	President	GOV	1974-07-01	1979-06-30
Warren Christopher		USA	Secretary of State	GOV	1993-01-20	1997-01-17
Wen Jiabao		CHN	Vice Premier	GOV	1998-03-18	2003-03-16
Werner Faymann		AUT	Chancellor	GOV	2008-12-02	2016-05-09
Wesley Clark		nato	Supreme Allied Commander Europe	MIL	1997-07-11	2000-05-03
Wilfried Martens		BEL	Prime Minister	GOV	1979-04-03	1981-04-06
Wilfried Martens		BEL	Prime Minister	GOV	1981-12-17	1992-03-07
Willi Stoph		DEU	Chairman of the Council of Ministers (East Germany)	GOV	1976-10-29	1989-11-13
William Cohen	William S. Cohen	USA	Secretary of Defense	GOV	1997-01-24	2001-01-20
William Eteki Mboumoua		CMR	Secretary-General of the Organisation of African Unity	IGO	1974	1978
William Perry	William J. Perry	USA	Secretary of Defense	GOV	1994-02-03	1997-01-23
William Tolbert		LBR	President	GOV	1971-07-23	1980-04-12
Willy Claes		BEL	Foreign Minister	GOV	1992-03-07	1994-10-10
Willy Claes		nato	Secretary-General of NATO	IGO	1994-10-17	1995-10-20
Wim Duisenberg		ecb	President of the European Central Bank	IGO	1998-06-01	2003-10-31
Wim Kok		NLD	Prime Minister	GOV	1994-08-22	2002-07-22
Winston Peters		NZL	Foreign Minister	GOV	2005-10-19	2008-10-29
Włodzimierz Cimoszewicz		POL	Prime Minister	GOV	1996-02-07	1997-10-31
Włodzimierz Cimoszewicz		POL	Foreign Minister	GOV	2001-10-19	2005-01-05
Wojciech Jaruzelski		POL	Prime Minister	GOV	1981-02-11	1985-11-06
Wojciech Jaruzelski		POL	First Secretary of the Polish United Workers' Party	GOV	1981-10-18	1989-07-29
Wojciech Jaruzelski		POL	Chairman of the Council of State	GOV	1985-11-06	1989-07-19
Wojciech Jaruzelski		POL	President	GOV	1989-07-19	1990-12-22
Wolfgang Petritsch		BIH	High Representative for Bosnia and Herzegovina	IGO	1999-08-18	2002-05-26
Wolfgang Schüssel	Wolfgang Schuessel	AUT	Foreign Minister	GOV	1995-05-04	2000-02-04
Wolfgang Schüssel		AUT	Chancellor	GOV	2000-02-04	2007-01-11
Wu Xueqian		CHN	Foreign Minister	GOV	1982-11-19	1988-04-12
Xanana Gusmão	Kay Rala Xanana Gusmao	TLS	Leader of the Falintil Resistance	REB	1981	1999
Xanana Gusmão		TLS	President	GOV	2002-05-20	2007-05-20
Xanana Gusmão		TLS	Prime Minister	GOV	2007-08-08	2015-02-16
Yahya Jammeh		GMB	President	GOV	1994-07-22	2017-01-19
Yakubu Gowon		NGA	Head of State	GOV	1966-08-01	1975-07-29
Yang Shangkun		CHN	President	GOV	1988-04-08	1993-03-27
Yashwant Sinha		IND	Minister of External Affairs	GOV	2002-07-01	2004-05-22
Yasser Arafat	Yasir Arafat|Abu Ammar	PSE	Chairman of the Palestine Liberation Organization	GOV	1969-02-04	2004-11-11
Yasser Arafat		PSE	President of the Palestinian Authority	GOV	1994-07-05	2004-11-11
Yasuhiro Nakasone		JPN	Prime Minister	GOV	1982-11-27	1987-11-06
Yasuo Fukuda		JPN	Chief Cabinet Secretary	GOV	2000-10-27	2004-05-07
Yasuo Fukuda		JPN	Prime Minister	GOV	2007-09-26	2008-09-24
Yegor Gaidar	Yegor Gaydar	RUS	Acting Prime Minister	GOV	1992-06-15	1992-12-14
Yevgeny Primakov	Yevgeni Primakov|Evgeny Primakov	RUS	Director of the Foreign Intelligence Service	SPY	1991-09-30	1996-01-09
Yevgeny Primakov		RUS	Foreign Minister	GOV	1996-01-09	1998-09-11
Yevgeny Primakov		RUS	Prime Minister	GOV	1998-09-11	1999-05-12
Yigal Allon		ISR	Foreign Minister	GOV	1974-06-03	1977-06-20
Yıldırım Akbulut		TUR	Prime Minister	GOV	1989-11-09	1991-06-23
Yitzhak Mordechai		ISR	Defence Minister	GOV	1996-06-18	1999-01-23
Yitzhak Navon		ISR	President	GOV	1978-05-29	1983-05-05
Yitzhak Rabin		ISR	Prime Minister	GOV	1974-06-03	1977-06-20
Yitzhak Rabin		ISR	Defence Minister	GOV	1984-09-13	1990-03-15
Yitzhak Rabin		ISR	Prime Minister	GOV	1992-07-13	1995-11-04
Yitzhak Shamir		ISR	Foreign Minister	GOV	1980-03-10	1986-10-20
Yitzhak Shamir		ISR	Prime Minister	GOV	1983-10-10	1984-09-13
Yitzhak Shamir		ISR	Prime Minister	GOV	1986-10-20	1992-07-13
Yohei Kono		JPN	Foreign Minister	GOV	1994-06-30	1996-01-11
Yohei Kono		JPN	Foreign Minister	GOV	1999-10-05	2001-04-26
Yoriko Kawaguchi		JPN	Foreign Minister	GOV	2002-02-01	2004-09-27
Yoshiro Mori		JPN	Prime Minister	GOV	2000-04-05	2001-04-26
Yoweri Museveni		UGA	Leader of the National Resistance Army	REB	1981	1986-01-26
Yu Myung-hwan		KOR	Foreign Minister	GOV	2008-02-29	2010-09-04
Yukihiko Ikeda		JPN	Foreign Minister	GOV	1996-01-11	1997-09-11
Yulia Tymoshenko		UKR	Prime Minister	GOV	2005-01-24	2005-09-08
Yulia Tymoshenko		UKR	Opposition Leader	OPP	2010-03-04	2011-10-11
Yuri Andropov	Yury Andropov	RUS	Chairman of the KGB	SPY	1967-05-18	1982-05-26
Yuri Andropov		RUS	General Secretary of the Communist Party of the Soviet Union	GOV	1982-11-12	1984-02-09
Yuri Andropov		RUS	Chairman of the Presidium of the Supreme Soviet	GOV	1983-06-16	1984-02-09
Yuriy Yekhanurov	Yuri Yekhanurov	UKR	Prime Minister	GOV	2005-09-22	2006-08-04
Yusuf bin Alawi		OMN	Minister of State for Foreign Affairs	GOV	1982	1997
Yves Leterme		BEL	Prime Minister	GOV	2008-03-20	2008-12-30
Yves Leterme		BEL	Prime Minister	GOV	2009-11-25	2011-12-06
Zafarullah Khan Jamali	Mir Zafarullah Khan Jamali	PAK	Prime Minister	GOV	2002-11-23	2004-06-26
Zaid al-Rifai	Zaid Rifai	JOR	Prime Minister	GOV	1985-04-04	1989-04-27
Zail Singh	Giani Zail Singh	IND	President	GOV	1982-07-25	1987-07-25
Zalmai Rassoul	Zalmay Rassoul	AFG	Foreign Minister	GOV	2010-01-19	2013-10-19
Zalmay Khalilzad		USA	Ambassador to Afghanistan	GOV	2003-11-27	2005-06-20
Zalmay Khalilzad		USA	Ambassador to Iraq	GOV	2005-06-21	2007-03-26
Zalmay Khalilzad		USA	Ambassador to the United Nations	GOV	2007-04-30	2009-01-22
Zayed bin Sultan Al Nahyan	Sheikh Zayed|Sheikh Zayed bin Sultan	ARE	President	GOV	1971-12-02	2004-11-02
Zbigniew Brzezinski		USA	National Security Adviser	GOV	1977-01-20	1981-01-20
Zenko Suzuki		JPN	Prime Minister	GOV	1980-07-17	1982-11-27
Zhan Videnov		BGR	Prime Minister	GOV	1995-01-25	1997-02-12
Zhao Ziyang		CHN	Premier	GOV	1980-09-10	1987-11-24
Zhao Ziyang		CHN	General Secretary of the Communist Party	GOV	1987-01-16	1989-06-24
Zhelyu Zhelev		BGR	President	GOV	1990-08-01	1997-01-22
Zhou Enlai		CHN	Premier	GOV	1949-10-01	1976-01-08
Zhu Rongji		CHN	Premier	GOV	1998-03-17	2003-03-16
Ziaur Rahman		BGD	President	GOV	1977-04-21	1981-05-30
Zillur Rahman		BGD	President	GOV	2009-02-12	2013-03-20
Zine El Abidine Ben Ali		TUN	Prime Minister	GOV	1987-10-02	1987-11-07
Zlatko Mateša		HRV	Prime Minister	GOV	1995-11-07	2000-01-27
Zoran Đinđić	Zoran Djindjic	SRB	Prime Minister	GOV	2001-01-25	2003-03-12
Zoran Lilić		SRB	President of Yugoslavia	GOV	1993-06-25	1997-06-25
Zoran Milanović		HRV	Prime Minister	GOV	2011-12-23	2016-01-22
Zoran Živković		SRB	Prime Minister	GOV	2003-03-18	2004-03-03
Zulfikar Ali Bhutto		PAK	Prime Minister	GOV	1973-08-14	1977-07-05
Zurab Zhvania		GEO	Prime Minister	GOV	2004-02-17	2005-02-03
Zviad Gamsakhurdia		GEO	President	GOV	1991-04-14	1992-01-06
"""#
