package org.refuge.perf;

import java.util.Arrays;
import java.util.List;

/**
 * The hand-curated common names of the communities in the synthetic influx, the commonest first: in their own script,
 * in Cyrillic where Russian-language documents write them, and in the Latin spellings passports and registrars use.
 * They are the head of each ranked list of {@link NameTable}, whose long tail comes from datafaker's lists. Kurdish
 * names are all here: datafaker has none.
 */
final class NameBank {

    private NameBank() {
    }

    record Names(List<Name> male, List<Name> female, List<Name> family) {
    }

    static final Names ARMENIAN = new Names(
            parse(false,
                    "Արամ|Арам|Aram", "Արմեն|Армен|Armen", "Գևորգ|Геворг|Gevorg,Gevork,Kevork", "Դավիթ|Давид|Davit,David",
                    "Հայկ|Айк|Hayk,Haik", "Տիգրան|Тигран|Tigran", "Նարեկ|Нарек|Narek", "Սարգիս|Саргис|Sargis,Sarkis",
                    "Վարդան|Вардан|Vardan,Vartan", "Կարեն|Карен|Karen", "Արթուր|Артур|Artur,Arthur",
                    "Հովհաննես|Ованес|Hovhannes,Hovannes,Ovanes", "Գրիգոր|Григор|Grigor,Krikor",
                    "Միքայել|Микаел|Mikayel,Mikael", "Ռուբեն|Рубен|Ruben", "Սամվել|Самвел|Samvel", "Աշոտ|Ашот|Ashot",
                    "Արսեն|Арсен|Arsen", "Էդգար|Эдгар|Edgar", "Գագիկ|Гагик|Gagik", "Հրանտ|Грант|Hrant,Grant",
                    "Ռաֆայել|Рафаэл|Rafayel,Rafael", "Սերգեյ|Сергей|Sergey,Sergei", "Վահան|Ваган|Vahan,Vagan",
                    "Մհեր|Мгер|Mher,Mger", "Գոռ|Гор|Gor", "Էրիկ|Эрик|Erik,Eric", "Ալեքսանդր|Александр|Aleksandr,Alexander",
                    "Հակոբ|Акоп|Hakob,Hagop,Akop", "Պետրոս|Петрос|Petros", "Լևոն|Левон|Levon", "Նորայր|Норайр|Norayr,Norair"),
            parse(false,
                    "Անի|Ани|Ani", "Աննա|Анна|Anna", "Մարիամ|Мариам|Mariam,Maryam", "Նարինե|Нарине|Narine",
                    "Լուսինե|Лусине|Lusine,Lousine", "Գայանե|Гаяне|Gayane,Gayaneh", "Արմինե|Армине|Armine",
                    "Հասմիկ|Асмик|Hasmik,Asmik", "Սիրանուշ|Сирануш|Siranush,Siranoush", "Անահիտ|Анаит|Anahit",
                    "Լիլիթ|Лилит|Lilit,Lilith", "Մարինե|Марине|Marine", "Տաթևիկ|Татевик|Tatevik", "Սոնա|Сона|Sona",
                    "Նունե|Нуне|Nune", "Ռուզաննա|Рузанна|Ruzanna", "Աստղիկ|Астхик|Astghik", "Զարուհի|Заруи|Zaruhi",
                    "Հերմինե|Эрмине|Hermine", "Էլեն|Элен|Elen", "Մանե|Мане|Mane", "Գոհար|Гоар|Gohar",
                    "Սուսաննա|Сусанна|Susanna", "Վարդուհի|Вардуи|Varduhi", "Ալվարդ|Алвард|Alvard", "Նաիրա|Наира|Naira",
                    "Մելինե|Мелине|Meline", "Լիանա|Лиана|Liana", "Քրիստինե|Кристине|Kristine,Christine", "Շուշան|Шушан|Shushan"),
            parse(false,
                    "Գրիգորյան|Григорян|Grigoryan,Grigorian", "Սարգսյան|Саргсян|Sargsyan,Sargsian,Sarkisian",
                    "Հարությունյան|Арутюнян|Harutyunyan,Harutiunian,Arutyunyan",
                    "Հովհաննիսյան|Оганесян|Hovhannisyan,Hovannisian,Oganesyan", "Խաչատրյան|Хачатрян|Khachatryan,Khachatrian",
                    "Հակոբյան|Акопян|Hakobyan,Hakobian,Akopyan", "Պետրոսյան|Петросян|Petrosyan,Petrosian",
                    "Վարդանյան|Варданян|Vardanyan,Vardanian", "Կարապետյան|Карапетян|Karapetyan,Karapetian",
                    "Գևորգյան|Геворгян|Gevorgyan,Gevorgian", "Մկրտչյան|Мкртчян|Mkrtchyan,Mkrtchian",
                    "Ավետիսյան|Аветисян|Avetisyan,Avetisian",
                    "Ստեփանյան|Степанян|Stepanyan,Stepanian", "Մարտիրոսյան|Мартиросян|Martirosyan,Martirosian",
                    "Աբրահամյան|Абрамян|Abrahamyan,Abramyan", "Սահակյան|Саакян|Sahakyan,Saakyan",
                    "Դավթյան|Давтян|Davtyan,Davtian", "Մանուկյան|Манукян|Manukyan,Manukian",
                    "Բաղդասարյան|Багдасарян|Baghdasaryan,Bagdasarian", "Ղազարյան|Казарян|Ghazaryan,Kazarian",
                    "Մելքոնյան|Мелконян|Melkonyan,Melkonian", "Առաքելյան|Аракелян|Arakelyan,Arakelian",
                    "Պողոսյան|Погосян|Poghosyan,Poghosian,Pogosyan", "Ալեքսանյան|Алексанян|Aleksanyan,Alexanian",
                    "Բաբայան|Бабаян|Babayan", "Մինասյան|Минасян|Minasyan,Minasian", "Զաքարյան|Закарян|Zakaryan,Zakarian",
                    "Ղուկասյան|Гукасян|Ghukasyan,Ghukasian", "Դանիելյան|Даниелян|Danielyan,Danielian",
                    "Թադևոսյան|Тадевосян|Tadevosyan,Tadevosian", "Համբարձումյան|Амбарцумян|Hambardzumyan,Ambartsumian",
                    "Ասատրյան|Асатрян|Asatryan,Asatrian", "Սիմոնյան|Симонян|Simonyan,Simonian",
                    "Եղիազարյան|Егиазарян|Yeghiazaryan,Egiazarian", "Բալայան|Балаян|Balayan",
                    "Ներսիսյան|Нерсисян|Nersisyan,Nersisian", "Մովսիսյան|Мовсисян|Movsisyan,Movsesian",
                    "Հայրապետյան|Айрапетян|Hayrapetyan,Airapetian", "Գասպարյան|Гаспарян|Gasparyan,Gasparian",
                    "Իսրայելյան|Исраелян|Israyelyan,Israelian"));

    static final Names RUSSIAN = new Names(
            parse(false,
                    "Александр||Aleksandr,Alexander|Александрович|Александровна", "Сергей||Sergey,Sergei|Сергеевич|Сергеевна",
                    "Дмитрий||Dmitriy,Dmitry,Dmitrii|Дмитриевич|Дмитриевна", "Андрей||Andrey,Andrei|Андреевич|Андреевна",
                    "Алексей||Aleksey,Alexei|Алексеевич|Алексеевна", "Иван||Ivan|Иванович|Ивановна",
                    "Михаил||Mikhail|Михайлович|Михайловна", "Николай||Nikolay,Nikolai|Николаевич|Николаевна",
                    "Владимир||Vladimir|Владимирович|Владимировна", "Евгений||Evgeniy,Yevgeny|Евгеньевич|Евгеньевна",
                    "Юрий||Yuriy,Yuri,Iurii|Юрьевич|Юрьевна", "Павел||Pavel|Павлович|Павловна",
                    "Артём||Artyom,Artem|Артёмович|Артёмовна", "Максим||Maksim,Maxim|Максимович|Максимовна",
                    "Игорь||Igor|Игоревич|Игоревна", "Олег||Oleg|Олегович|Олеговна", "Виктор||Viktor,Victor|Викторович|Викторовна",
                    "Роман||Roman|Романович|Романовна", "Денис||Denis|Денисович|Денисовна",
                    "Константин||Konstantin|Константинович|Константиновна"),
            parse(false,
                    "Елена||Elena,Yelena", "Ольга||Olga", "Наталья||Natalya,Natalia", "Татьяна||Tatyana,Tatiana",
                    "Ирина||Irina", "Светлана||Svetlana", "Анна||Anna", "Мария||Mariya,Maria", "Екатерина||Ekaterina,Yekaterina",
                    "Юлия||Yuliya,Julia", "Анастасия||Anastasiya,Anastasia", "Галина||Galina", "Людмила||Lyudmila,Ludmila",
                    "Валентина||Valentina", "Дарья||Darya,Daria", "Ксения||Kseniya,Ksenia", "Вера||Vera", "Любовь||Lyubov",
                    "Софья||Sofya,Sofia", "Полина||Polina"),
            parse(true,
                    "Иванов||Ivanov", "Смирнов||Smirnov", "Кузнецов||Kuznetsov", "Попов||Popov", "Васильев||Vasilyev,Vasiliev",
                    "Петров||Petrov", "Соколов||Sokolov", "Михайлов||Mikhaylov,Mikhailov", "Новиков||Novikov",
                    "Фёдоров||Fyodorov,Fedorov", "Морозов||Morozov", "Волков||Volkov", "Алексеев||Alekseyev,Alekseev",
                    "Лебедев||Lebedev", "Семёнов||Semyonov,Semenov", "Егоров||Yegorov,Egorov", "Павлов||Pavlov",
                    "Козлов||Kozlov", "Степанов||Stepanov", "Николаев||Nikolayev,Nikolaev", "Орлов||Orlov",
                    "Андреев||Andreyev,Andreev", "Макаров||Makarov", "Никитин||Nikitin", "Захаров||Zakharov",
                    "Зайцев||Zaytsev,Zaitsev", "Соловьёв||Solovyov,Soloviev", "Борисов||Borisov", "Яковлев||Yakovlev",
                    "Григорьев||Grigoryev,Grigoriev"));

    private static final List<Name> ARAB_MALE = parse(false,
            "محمد||Mohammed,Muhammad,Mohamad", "أحمد||Ahmed,Ahmad", "علي||Ali", "حسن||Hassan,Hasan",
            "حسين||Hussein,Husain,Hussain", "خالد||Khaled,Khalid", "عمر||Omar,Umar", "يوسف||Yousef,Youssef,Yusuf",
            "إبراهيم||Ibrahim,Ebrahim", "محمود||Mahmoud,Mahmud", "مصطفى||Mustafa,Moustafa", "عبدالله||Abdullah,Abdallah",
            "سامر||Samer", "فادي||Fadi", "رامي||Rami", "باسل||Basel,Basil", "وليد||Walid,Waleed", "ماهر||Maher",
            "طارق||Tareq,Tariq", "زياد||Ziad,Ziyad", "كريم||Karim,Kareem", "نبيل||Nabil,Nabeel", "جمال||Jamal,Gamal",
            "سليم||Salim,Saleem", "عيسى||Issa,Isa", "حيدر||Haidar,Hayder", "عباس||Abbas", "حسام||Hussam,Houssam",
            "أيمن||Ayman", "عماد||Imad,Emad", "بلال||Bilal,Belal", "أنس||Anas", "عادل||Adel,Adil", "ياسر||Yasser,Yaser",
            "سعيد||Saeed,Said", "فراس||Firas,Feras", "مازن||Mazen,Mazin", "غسان||Ghassan", "هيثم||Haitham,Haytham",
            "منير||Mounir,Munir", "رياض||Riad,Riyad", "جعفر||Jaafar,Jafar", "كاظم||Kadhim,Kazem", "رائد||Raed,Raid",
            "مهدي||Mahdi,Mehdi", "سجاد||Sajjad,Sajad", "مرتضى||Murtadha,Mortada", "زيد||Zaid,Zeid", "أسامة||Osama,Usama",
            "صلاح||Salah,Salaheddine", "فيصل||Faisal,Faysal", "حازم||Hazem,Hazim", "ثامر||Thamer,Thamir", "لؤي||Louay,Luay");

    private static final List<Name> ARAB_FEMALE = parse(false,
            "فاطمة||Fatima,Fatma", "عائشة||Aisha,Aysha", "مريم||Maryam,Mariam", "زينب||Zainab,Zeinab", "نور||Nour,Noor",
            "رنا||Rana", "هبة||Hiba,Heba", "سارة||Sara,Sarah", "ليلى||Layla,Leila", "رغد||Raghad", "ديما||Dima",
            "لينا||Lina", "آمنة||Amina,Amna", "خديجة||Khadija,Khadijah", "سلمى||Salma", "هدى||Huda,Houda",
            "نادية||Nadia,Nadiya", "ريم||Reem,Rim", "سعاد||Suad,Souad", "وفاء||Wafaa,Wafa", "زهراء||Zahraa,Zahra",
            "آية||Aya,Ayah", "رهف||Rahaf", "ياسمين||Yasmin,Yasmine", "دعاء||Duaa,Doaa", "رشا||Rasha", "منى||Mona,Muna",
            "سهى||Suha,Souha", "بتول||Batool,Batoul", "هالة||Hala", "ندى||Nada", "لمى||Lama", "جنى||Jana", "شهد||Shahad",
            "مروة||Marwa,Marwah", "سمر||Samar", "أمل||Amal", "حنين||Haneen,Hanin", "رقية||Ruqaya,Roqaya",
            "نجلاء||Najla,Najlaa", "كوثر||Kawthar,Kawsar", "سوسن||Sawsan,Sausan");

    static final Names SYRIAN = new Names(ARAB_MALE, ARAB_FEMALE, parse(false,
            "الحسن||Al-Hassan,Alhasan", "الخطيب||Al-Khatib,Alkhatib", "العلي||Al-Ali,Alali", "حداد||Haddad",
            "الشامي||Al-Shami,Alshami", "المصري||Al-Masri,Almasri", "خليل||Khalil,Khaleel", "سليمان||Suleiman,Sulaiman,Soliman",
            "عثمان||Othman,Osman,Uthman", "نجار||Najjar,Nadjar", "صالح||Saleh,Salih", "منصور||Mansour,Mansur",
            "حمدان||Hamdan", "الزعبي||Al-Zoubi,Alzubi", "درويش||Darwish,Darwich", "قاسم||Qasim,Kassem,Kasim",
            "جبور||Jabbour,Jabbur", "الحلبي||Al-Halabi,Halabi", "الأحمد||Al-Ahmad,Alahmad", "العمر||Al-Omar,Alomar",
            "الحمصي||Al-Homsi,Homsi", "شحادة||Shehadeh,Chehade", "عبود||Abboud,Abbud", "نصر||Nasr,Nassar",
            "المحمد||Al-Mohammad,Almohammad", "الحسين||Al-Hussein,Alhussein", "الصالح||Al-Saleh,Alsaleh",
            "الجاسم||Al-Jassem,Al-Jasim", "الكردي||Al-Kurdi,Kurdi", "الحموي||Al-Hamwi,Hamawi", "خوري||Khoury,Khouri",
            "حمود||Hammoud,Hamoud", "الشيخ||Al-Sheikh,Sheikh", "الحاج||Al-Hajj,Hajj", "مراد||Mourad,Murad",
            "يوسف||Youssef,Yousef", "إبراهيم||Ibrahim", "الأسعد||Al-Asaad,Alasaad", "الرفاعي||Al-Rifai,Rifai",
            "الإدلبي||Al-Idlibi,Idlibi", "الدمشقي||Al-Dimashqi,Dimashki", "العطار||Al-Attar,Attar",
            "الصباغ||Al-Sabbagh,Sabbagh", "الحلاق||Al-Hallak,Hallak", "بكور||Bakkour,Bakour", "طه||Taha",
            "الأيوبي||Al-Ayoubi,Ayoubi"));

    static final Names IRAQI = new Names(ARAB_MALE, ARAB_FEMALE, parse(false,
            "الجبوري||Al-Jubouri,Aljuburi", "التميمي||Al-Tamimi,Altamimi", "الدليمي||Al-Dulaimi,Aldulaimi",
            "العبيدي||Al-Obaidi,Al-Ubaidi", "الربيعي||Al-Rubaie,Alrubaie", "الشمري||Al-Shammari,Alshammari",
            "الزبيدي||Al-Zubaidi,Alzubaidi", "الكعبي||Al-Kaabi,Alkaabi", "العزاوي||Al-Azzawi,Alazzawi",
            "الساعدي||Al-Saadi,Alsaadi", "الموسوي||Al-Mousawi,Al-Musawi", "الحسيني||Al-Husseini,Alhusaini",
            "البياتي||Al-Bayati,Albayati", "الخفاجي||Al-Khafaji,Alkhafaji", "الجنابي||Al-Janabi,Aljanabi",
            "العاني||Al-Ani,Alani", "الطائي||Al-Taie,Al-Tai", "السامرائي||Al-Samarrai,Alsamarai", "صالح||Saleh,Salih",
            "حسن||Hassan,Hasan", "المالكي||Al-Maliki,Almaliki", "العامري||Al-Amiri,Alamiri", "الأسدي||Al-Asadi,Alasadi",
            "الحمداني||Al-Hamdani,Alhamdani", "الراوي||Al-Rawi,Alrawi", "الهاشمي||Al-Hashimi,Al-Hashemi",
            "البغدادي||Al-Baghdadi,Albaghdadi", "الحلي||Al-Hilli,Al-Hili", "النجفي||Al-Najafi,Alnajafi",
            "البصري||Al-Basri,Albasri", "الموصلي||Al-Mosuli,Al-Mawsili", "الدوري||Al-Douri,Al-Duri",
            "العبادي||Al-Abadi,Alabadi", "الحكيم||Al-Hakim,Alhakim", "الفتلاوي||Al-Fatlawi,Alfatlawi",
            "الكناني||Al-Kinani,Alkinani", "الخزرجي||Al-Khazraji,Alkhazraji", "العنزي||Al-Anazi,Al-Enezi",
            "المشهداني||Al-Mashhadani,Almashhadani", "الكبيسي||Al-Kubaisi,Alkubaisi", "الجميلي||Al-Jumaili,Aljumaili",
            "الكربلائي||Al-Karbalai,Alkarbalai"));

    /** Many Kurdish men carry the common Muslim names; the Kurdish ones are interleaved at the ranks they hold. */
    static final Names KURDISH = new Names(
            parse(false,
                    "محەمەد||Mohammed,Muhammad", "ئەحمەد||Ahmad,Ahmed", "ئازاد||Azad,Azat", "عەلی||Ali", "ئاراس||Aras",
                    "شێرکۆ||Sherko,Shirko", "کاوە||Kawa,Kawe", "عومەر||Omar", "هێمن||Hemin,Hemn", "ڕێبوار||Rebwar,Rebuar",
                    "حەسەن||Hassan,Hasan", "دلێر||Dler,Diler", "بەختیار||Bakhtiyar,Bakhtiar", "سەردار||Sardar,Serdar",
                    "ئیبراهیم||Ibrahim", "کارزان||Karzan", "هاوڕێ||Hawre,Havre", "ئاکۆ||Ako", "سۆران||Soran",
                    "ئاسۆ||Aso", "هەژار||Hazhar,Hejar", "شوان||Shwan", "دیار||Diyar,Dyar", "نەوزاد||Nawzad,Newzad",
                    "زانا||Zana", "سیروان||Sirwan,Sirvan", "ئارام||Aram", "هۆشیار||Hoshyar,Hoshiar", "فەرهاد||Farhad",
                    "کامەران||Kamaran,Kameran", "جەلال||Jalal,Celal", "مەسعوود||Masoud,Masud", "نێچیرڤان||Nechirvan",
                    "ئیدریس||Idris", "سالار||Salar", "ئومێد||Omed,Omid", "پشتیوان||Pshtiwan", "بەرزان||Barzan,Berzan",
                    "ڕزگار||Rizgar,Rezgar", "گۆران||Goran", "هیوا||Hiwa", "کەریم||Karim,Kareem", "ڕەحمان||Rahman",
                    "سەلاح||Salah", "کەمال||Kamal,Kemal", "یوسف||Yousif,Yusuf", "مستەفا||Mustafa", "خالید||Khalid,Khaled",
                    "حوسێن||Hussein,Husein", "ئیسماعیل||Ismail", "جەمال||Jamal,Cemal", "ئاری||Ari"),
            parse(false,
                    "فاتیمە||Fatima,Fatma", "شیلان||Shilan", "ژیان||Zhiyan,Jiyan", "ئامینە||Amina", "نازدار||Nazdar",
                    "ڤیان||Vian,Viyan", "ئاواز||Awaz,Avaz", "خەدیجە||Khadija", "بەفرین||Bafrin,Befrin", "ڕۆژین||Rozhin,Rojin",
                    "هێرۆ||Hero", "زەینەب||Zainab,Zeinab", "ئەڤین||Evin,Avin", "شادان||Shadan", "ڕووناک||Runak,Roonak",
                    "شیرین||Shirin", "گوڵاڵە||Gulala,Golala", "نازەنین||Nazanin", "ڕەنگین||Rangin,Rengin", "بەهار||Bahar,Behar",
                    "ئاڤا||Ava,Awa", "سارا||Sara", "هەناو||Hanaw", "ژینا||Zhina,Jina", "سۆزان||Suzan,Sozan", "ڕێزان||Rezan",
                    "تارا||Tara", "کوێستان||Kwestan,Kuestan", "گەلاوێژ||Galawezh,Gelawej", "پەخشان||Pakhshan",
                    "هاوژین||Hawzhin,Hawjin", "نەسرین||Nasrin", "لەیلا||Layla,Leila", "مریەم||Maryam,Mariam", "دیلان||Dilan",
                    "هێلین||Helin", "بێریڤان||Berivan", "ڕۆژان||Rozhan,Rojan", "چنار||Chinar", "سۆما||Soma", "ئاسیا||Asia,Asya"),
            parse(false,
                    "بارزانی||Barzani", "تاڵەبانی||Talabani,Talebani", "هەورامی||Hawrami,Hewrami", "زێباری||Zebari,Zibari",
                    "ئەحمەد||Ahmad,Ahmed", "دۆسکی||Doski,Dosky", "جاف||Jaf,Jaff", "محەمەد||Mohammed,Muhammad",
                    "بەرزنجی||Barzinji,Berzinji", "هەرکی||Harki,Herki", "مزووری||Mizuri,Mzouri", "حەسەن||Hassan,Hasan",
                    "گەردی||Gardi,Gerdi", "سیندی||Sindi,Sendi", "ئامێدی||Amedi,Amadi", "کەریم||Karim", "بابان||Baban",
                    "شوانی||Shwani", "ڕەواندزی||Rawanduzi,Rewandizi", "عەبدوڵڵا||Abdullah,Abdulla", "کەرکووکی||Kirkuki,Karkuki",
                    "هەولێری||Hawleri,Hewleri", "سلێمانی||Sulaimani,Slemani", "قادری||Qadri,Kadri", "خۆشناو||Khoshnaw,Khoshnao",
                    "ئیسماعیل||Ismail", "زەنگەنە||Zangana,Zengene", "دزەیی||Dizayee,Dizayi", "ئاکرەیی||Akrayi,Akreyi",
                    "بەرواری||Barwari,Berwari", "گۆرانی||Gorani", "مستەفا||Mustafa", "کاکەیی||Kakayi,Kakai",
                    "برادۆستی||Bradosti,Biradosti", "سۆفی||Sofi,Sufi", "مەلا||Mala,Mulla", "خانەقینی||Khanaqini",
                    "هەمەوەند||Hamawand,Hemewend", "باجەڵان||Bajalan", "موکریانی||Mukriani,Mukryani",
                    "پێنجوێنی||Penjweni,Penjwini", "ڕەشید||Rashid,Rasheed", "عەزیز||Aziz"));

    /** Mohammad first: with its compounds it is by far the commonest name of Iranian men. */
    static final Names IRANIAN = new Names(
            parse(false,
                    "محمد||Mohammad,Mohamad,Mohammed", "علی||Ali", "حسین||Hossein,Hosein,Hussein", "رضا||Reza",
                    "مهدی||Mehdi,Mahdi", "حسن||Hassan,Hasan", "امیر||Amir", "محمدرضا||Mohammadreza,Mohammad Reza",
                    "ابوالفضل||Abolfazl", "مصطفی||Mostafa,Mustafa", "علیرضا||Alireza,Ali Reza", "محسن||Mohsen",
                    "سعید||Saeed,Said", "احمد||Ahmad", "مجید||Majid", "امیرحسین||Amirhossein,Amir Hossein",
                    "جواد||Javad", "عباس||Abbas", "حمید||Hamid", "مرتضی||Morteza", "مسعود||Masoud,Masud",
                    "ابراهیم||Ebrahim,Ibrahim", "اکبر||Akbar", "ناصر||Naser,Nasser", "هادی||Hadi", "سجاد||Sajjad,Sajad",
                    "کریم||Karim", "یوسف||Yousef,Yusef", "بهروز||Behrouz,Behruz", "داریوش||Dariush,Daryoush",
                    "فرهاد||Farhad", "کامران||Kamran"),
            parse(false,
                    "فاطمه||Fatemeh,Fatima", "زهرا||Zahra", "مریم||Maryam,Mariam", "معصومه||Masoumeh,Masumeh",
                    "زینب||Zeinab,Zaynab", "سمیه||Somayeh,Somaye", "نرگس||Narges", "سارا||Sara,Sarah", "لیلا||Leila,Layla",
                    "طاهره||Tahereh", "اعظم||Azam", "مینا||Mina", "شیرین||Shirin", "اکرم||Akram", "راضیه||Razieh,Raziyeh",
                    "پریسا||Parisa", "نازنین||Nazanin", "نسرین||Nasrin", "فرزانه||Farzaneh", "مهسا||Mahsa", "الهام||Elham",
                    "سکینه||Sakineh", "صدیقه||Sedigheh,Sediqeh", "رقیه||Roghayeh,Roqayeh", "هانیه||Hanieh,Haniyeh",
                    "فائزه||Faezeh", "ریحانه||Reyhaneh,Reihaneh", "عاطفه||Atefeh", "سمانه||Samaneh", "محدثه||Mohadeseh"),
            parse(false,
                    "محمدی||Mohammadi,Mohamadi", "حسینی||Hosseini,Husseini", "احمدی||Ahmadi", "رضایی||Rezaei,Rezaie",
                    "موسوی||Mousavi,Musavi", "کریمی||Karimi", "رحیمی||Rahimi", "جعفری||Jafari,Jaafari",
                    "صادقی||Sadeghi,Sadeqi", "حیدری||Heydari,Heidari", "هاشمی||Hashemi", "قاسمی||Ghasemi,Qasemi",
                    "کاظمی||Kazemi", "نوری||Nouri,Nuri", "محمودی||Mahmoudi,Mahmudi", "اکبری||Akbari", "عباسی||Abbasi",
                    "سلطانی||Soltani", "ابراهیمی||Ebrahimi", "مرادی||Moradi", "صالحی||Salehi", "رحمانی||Rahmani",
                    "یوسفی||Yousefi,Yusefi", "شریفی||Sharifi", "اسدی||Asadi", "زارعی||Zarei,Zareie", "بهرامی||Bahrami",
                    "طاهری||Taheri", "فتحی||Fathi", "امیری||Amiri", "نظری||Nazari", "قربانی||Ghorbani,Qorbani",
                    "رستمی||Rostami", "خسروی||Khosravi", "جمالی||Jamali"));

    private static List<Name> parse(boolean gendered, String... lines) {
        return Arrays.stream(lines).map(line -> Name.parse(line, gendered)).toList();
    }
}
