package org.refuge.perf;

import java.util.Arrays;
import java.util.List;

/**
 * Given and family names of the communities in the synthetic influx, in their own script, in Cyrillic where
 * Russian-language documents write them, and in the Latin spellings passports and registrars use. Common names only:
 * a real influx is full of namesakes, and the duplicate check has to live with them.
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
                    "Պետրոսյան|Петросян|Petrosyan,Petrosian", "Հարությունյան|Арутюнян|Harutyunyan,Harutiunian,Arutyunyan",
                    "Սարգսյան|Саргсян|Sargsyan,Sargsian,Sarkisian", "Գրիգորյան|Григорян|Grigoryan,Grigorian",
                    "Հովհաննիսյան|Оганесян|Hovhannisyan,Hovannisian,Oganesyan", "Խաչատրյան|Хачатрян|Khachatryan,Khachatrian",
                    "Կարապետյան|Карапетян|Karapetyan,Karapetian", "Մկրտչյան|Мкртчян|Mkrtchyan,Mkrtchian",
                    "Ավետիսյան|Аветисян|Avetisyan,Avetisian", "Գևորգյան|Геворгян|Gevorgyan,Gevorgian",
                    "Հակոբյան|Акопян|Hakobyan,Hakobian,Akopyan", "Վարդանյան|Варданян|Vardanyan,Vardanian",
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
            "سليم||Salim,Saleem", "عيسى||Issa,Isa");

    private static final List<Name> ARAB_FEMALE = parse(false,
            "فاطمة||Fatima,Fatma", "عائشة||Aisha,Aysha", "مريم||Maryam,Mariam", "زينب||Zainab,Zeinab", "نور||Nour,Noor",
            "رنا||Rana", "هبة||Hiba,Heba", "سارة||Sara,Sarah", "ليلى||Layla,Leila", "رغد||Raghad", "ديما||Dima",
            "لينا||Lina", "آمنة||Amina,Amna", "خديجة||Khadija,Khadijah", "سلمى||Salma", "هدى||Huda,Houda",
            "نادية||Nadia,Nadiya", "ريم||Reem,Rim", "سعاد||Suad,Souad", "وفاء||Wafaa,Wafa");

    static final Names SYRIAN = new Names(ARAB_MALE, ARAB_FEMALE, parse(false,
            "الحسن||Al-Hassan,Alhasan", "الخطيب||Al-Khatib,Alkhatib", "العلي||Al-Ali,Alali", "حداد||Haddad",
            "الشامي||Al-Shami,Alshami", "المصري||Al-Masri,Almasri", "خليل||Khalil,Khaleel", "سليمان||Suleiman,Sulaiman,Soliman",
            "عثمان||Othman,Osman,Uthman", "نجار||Najjar,Nadjar", "صالح||Saleh,Salih", "منصور||Mansour,Mansur",
            "حمدان||Hamdan", "الزعبي||Al-Zoubi,Alzubi", "درويش||Darwish,Darwich", "قاسم||Qasim,Kassem,Kasim",
            "جبور||Jabbour,Jabbur", "الحلبي||Al-Halabi,Halabi", "الأحمد||Al-Ahmad,Alahmad", "العمر||Al-Omar,Alomar",
            "الحمصي||Al-Homsi,Homsi", "شحادة||Shehadeh,Chehade", "عبود||Abboud,Abbud", "نصر||Nasr,Nassar"));

    static final Names IRAQI = new Names(ARAB_MALE, ARAB_FEMALE, parse(false,
            "الجبوري||Al-Jubouri,Aljuburi", "التميمي||Al-Tamimi,Altamimi", "الدليمي||Al-Dulaimi,Aldulaimi",
            "العبيدي||Al-Obaidi,Al-Ubaidi", "الربيعي||Al-Rubaie,Alrubaie", "الشمري||Al-Shammari,Alshammari",
            "الزبيدي||Al-Zubaidi,Alzubaidi", "الكعبي||Al-Kaabi,Alkaabi", "العزاوي||Al-Azzawi,Alazzawi",
            "الساعدي||Al-Saadi,Alsaadi", "الموسوي||Al-Mousawi,Al-Musawi", "الحسيني||Al-Husseini,Alhusaini",
            "البياتي||Al-Bayati,Albayati", "الخفاجي||Al-Khafaji,Alkhafaji", "الجنابي||Al-Janabi,Aljanabi",
            "العاني||Al-Ani,Alani", "الطائي||Al-Taie,Al-Tai", "السامرائي||Al-Samarrai,Alsamarai", "صالح||Saleh,Salih",
            "حسن||Hassan,Hasan"));

    static final Names KURDISH = new Names(
            parse(false,
                    "ئازاد||Azad,Azat", "ئاراس||Aras", "شێرکۆ||Sherko,Shirko", "کاوە||Kawa,Kawe", "هێمن||Hemin,Hemn",
                    "ڕێبوار||Rebwar,Rebuar", "دلێر||Dler,Diler", "بەختیار||Bakhtiyar,Bakhtiar", "سەردار||Sardar,Serdar",
                    "کارزان||Karzan", "هاوڕێ||Hawre,Havre", "ئاکۆ||Ako"),
            parse(false,
                    "شیلان||Shilan", "ژیان||Zhiyan,Jiyan", "نازدار||Nazdar", "ڤیان||Vian,Viyan", "ئاواز||Awaz,Avaz",
                    "بەفرین||Bafrin,Befrin", "ڕۆژین||Rozhin,Rojin", "هێرۆ||Hero", "ئەڤین||Evin,Avin", "شادان||Shadan"),
            parse(false,
                    "بارزانی||Barzani", "تاڵەبانی||Talabani,Talebani", "هەورامی||Hawrami,Hewrami", "زێباری||Zebari,Zibari",
                    "دۆسکی||Doski,Dosky", "جاف||Jaf,Jaff", "بەرزنجی||Barzinji,Berzinji", "هەرکی||Harki,Herki",
                    "مزووری||Mizuri,Mzouri", "گەردی||Gardi,Gerdi", "سیندی||Sindi,Sendi", "ئامێدی||Amedi,Amadi"));

    static final Names IRANIAN = new Names(
            parse(false,
                    "علی||Ali", "رضا||Reza", "مهدی||Mehdi,Mahdi", "حسین||Hossein,Hosein,Hussein", "امیر||Amir",
                    "محمدرضا||Mohammadreza,Mohammad Reza", "سعید||Saeed,Said", "مجید||Majid", "بهروز||Behrouz,Behruz",
                    "داریوش||Dariush,Daryoush", "حمید||Hamid", "مسعود||Masoud,Masud", "فرهاد||Farhad", "کامران||Kamran"),
            parse(false,
                    "مریم||Maryam,Mariam", "زهرا||Zahra", "فاطمه||Fatemeh,Fatima", "نرگس||Narges", "سارا||Sara,Sarah",
                    "لیلا||Leila,Layla", "مینا||Mina", "شیرین||Shirin", "پریسا||Parisa", "نسرین||Nasrin", "مهسا||Mahsa",
                    "الهام||Elham"),
            parse(false,
                    "محمدی||Mohammadi,Mohamadi", "حسینی||Hosseini,Husseini", "احمدی||Ahmadi", "رضایی||Rezaei,Rezaie",
                    "موسوی||Mousavi,Musavi", "کریمی||Karimi", "رحیمی||Rahimi", "جعفری||Jafari,Jaafari",
                    "صادقی||Sadeghi,Sadeqi", "هاشمی||Hashemi", "قاسمی||Ghasemi,Qasemi", "نوری||Nouri,Nuri",
                    "اکبری||Akbari", "عباسی||Abbasi"));

    private static List<Name> parse(boolean gendered, String... lines) {
        return Arrays.stream(lines).map(line -> Name.parse(line, gendered)).toList();
    }
}
