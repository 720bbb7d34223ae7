-- The world's countries by their Indonesian names (with the spellings news
-- also uses, and its epithets: "Negeri Jiran" for Malaysia), and the capitals
-- and cities international news names, in the format of lexicon/entities.lua.
-- A country written after an office title belongs to the role ("Perdana
-- Menteri Malaysia Anwar Ibrahim": the person is Anwar Ibrahim), and a
-- description ("pemimpin Malaysia itu") finds the person serving it. Countries the main gazetteer
-- already holds (Rusia, China, Jepang ...) are not repeated here. Like
-- lexicon/regions.lua, they stay out of the rule macros ({PLACE}) so those
-- stay small; kimput.entities.lookup knows them.
-- Left out on purpose: names that are also common given names (Chad, Jordan:
-- Yordania is the Indonesian name).
local L = "place"

local function e(name, aliases, country)
  return { name = name, kind = L, aliases = aliases or {}, country = country }
end

-- a city and the country it lies in: a city of another country after a country's office is no
-- place of that office ("Menteri Pertahanan Taiwan Wellington Koo": Wellington opens the name)
local function city(name, country, aliases)
  return e(name, aliases, country)
end

return {
  -- Southeast Asia and the Pacific
  e("Malaysia", { "Negeri Jiran" }),
  e("Singapura", { "Singapore", "Negeri Singa", "Republik Singapura" }),
  e("Thailand", { "Negeri Gajah Putih" }), e("Filipina", { "Philippines", "Republik Filipina" }),
  e("Brunei Darussalam", { "Brunei", "Negara Brunei Darussalam" }), e("Kamboja", { "Cambodia" }),
  e("Laos", { "Republik Demokratik Rakyat Laos" }), e("Myanmar", { "Burma", "Republik Persatuan Myanmar" }),
  -- (its official name written out, as in a title: "Menlu Republik Demokratik Timor-Leste X")
  e("Timor Leste", { "Timor-Leste", "Timor Lorosae", "Republik Demokratik Timor-Leste",
                     "Republik Demokratik Timor Leste" }), e("Australia", { "Negeri Kanguru" }),
  e("Selandia Baru", { "New Zealand" }),
  e("Papua Nugini", { "Papua New Guinea", "PNG" }), e("Fiji"), e("Samoa"), e("Tonga"), e("Vanuatu"),
  e("Kepulauan Solomon"), e("Kiribati"), e("Nauru"), e("Palau"), e("Tuvalu"),
  e("Mikronesia"), e("Kepulauan Marshall"), e("Taiwan"), e("Hong Kong"),
  -- South and Central Asia
  e("Pakistan", { "Republik Islam Pakistan" }), e("Bangladesh", { "Republik Rakyat Bangladesh" }),
  e("Sri Lanka", { "Republik Sosialis Demokratik Sri Lanka" }), e("Nepal"), e("Bhutan"), e("Maladewa", { "Maldives" }),
  e("Afganistan", { "Afghanistan", "Emirat Islam Afganistan", "Emirat Islam Afghanistan" }),
  e("Kazakhstan", { "Kazakstan", "Republik Kazakhstan" }), e("Uzbekistan"),
  e("Kirgistan", { "Kirgizstan", "Kyrgyzstan" }), e("Tajikistan"), e("Turkmenistan"),
  -- the Middle East
  e("Arab Saudi", { "Saudi Arabia", "Saudi" }),
  e("Uni Emirat Arab", { "UEA", "Persatuan Emirat Arab" }), e("Qatar", { "Negara Qatar" }),
  e("Kuwait", { "Negara Kuwait" }),
  e("Bahrain"), e("Oman"), e("Yaman", { "Yemen" }), e("Irak", { "Iraq", "Republik Irak" }),
  e("Yordania"),
  e("Lebanon", { "Libanon" }), e("Mesir", { "Republik Arab Mesir" }), e("Siprus"), e("Azerbaijan"), e("Armenia"),
  e("Georgia"),
  -- Europe
  e("Italia", { "Republik Italia" }), e("Spanyol"), e("Portugal"),
  e("Belanda", { "Negeri Kincir Angin" }), e("Belgia"),
  e("Luksemburg"), e("Swiss"),
  e("Austria"), e("Polandia"), e("Ceko", { "Republik Ceko", "Cheska" }), e("Slowakia", { "Slovakia" }),
  e("Hongaria", { "Hungaria", "Hungary" }),
  e("Rumania", { "Romania" }), e("Bulgaria"), e("Yunani"), e("Albania"), e("Serbia"),
  e("Kroasia"), e("Slovenia"), e("Bosnia dan Herzegovina", { "Bosnia-Herzegovina", "Bosnia" }),
  e("Montenegro"), e("Makedonia Utara"), e("Kosovo"), e("Moldova"), e("Lituania"),
  e("Latvia"), e("Estonia"), e("Finlandia"), e("Swedia"), e("Norwegia"), e("Denmark"), e("Islandia"),
  e("Irlandia"), e("Skotlandia"), e("Malta"), e("Monako"), e("Vatikan", { "Takhta Suci" }),
  e("San Marino"), e("Andorra"), e("Liechtenstein"),
  -- Africa
  e("Afrika Selatan"), e("Nigeria"), e("Kenya"), e("Etiopia", { "Ethiopia" }), e("Tanzania"), e("Uganda"),
  e("Rwanda"), e("Burundi"), e("Somalia"), e("Sudan"), e("Sudan Selatan"), e("Libya"), e("Tunisia"),
  e("Aljazair", { "Algeria" }), e("Maroko"), e("Mauritania"), e("Senegal"), e("Ghana"),
  e("Pantai Gading"), e("Kamerun"), e("Gabon"), e("Kongo", { "Republik Demokratik Kongo" }),
  e("Angola"), e("Zambia"), e("Zimbabwe"), e("Mozambik", { "Mozambique" }), e("Namibia"), e("Botswana"),
  e("Madagaskar"),
  e("Malawi"), e("Mali"), e("Niger"), e("Burkina Faso"), e("Guinea"), e("Sierra Leone"), e("Liberia"),
  e("Guinea-Bissau", { "Guinea Bissau" }), e("Guinea Khatulistiwa", { "Guinea Ekuatorial" }),
  e("Sao Tome dan Principe", { "São Tomé dan Príncipe" }), e("Komoro", { "Comoros" }),
  e("Benin"), e("Togo"), e("Eritrea"), e("Djibouti"), e("Mauritius"), e("Seychelles"),
  e("Republik Afrika Tengah"), e("Lesotho"), e("Eswatini"), e("Gambia"), e("Tanjung Verde"),
  -- the Americas
  e("Kanada"), e("Meksiko", { "Mexico" }), e("Brasil", { "Brazil" }), e("Argentina"),
  e("Chili", { "Cile", "Chile" }), e("Kolombia", { "Colombia" }), e("Venezuela", { "Republik Bolivarian Venezuela" }),
  e("Peru"),
  e("Ekuador", { "Ecuador" }), e("Bolivia"), e("Paraguay"), e("Uruguay"), e("Kuba", { "Republik Kuba" }), e("Panama"),
  e("Kosta Rika", { "Costa Rica" }), e("Nikaragua", { "Nicaragua" }), e("Honduras"), e("Guatemala"),
  e("El Salvador"), e("Haiti"), e("Republik Dominika"), e("Jamaika", { "Jamaica" }), e("Suriname"), e("Guyana"),
  e("Trinidad dan Tobago"), e("Bahama"), e("Barbados"), e("Grenada"), e("Saint Lucia"), e("Belize"),
  e("Antigua dan Barbuda"), e("Saint Kitts dan Nevis"), e("Saint Vincent dan Grenadine"),
  -- capitals, cities and territories international news names (a dateline, a place after an
  -- office, a body's seat: "Kementerian Kesehatan Gaza"); not those whose name is also a word
  -- or a common given name (Lima, Male, Roma, Victoria, Athena)
  city("Gaza", "Palestina", { "Jalur Gaza" }), city("Tepi Barat", "Palestina"),
  city("Yerusalem", "Israel", { "Jerusalem" }), city("Tel Aviv", "Israel"), city("Rafah", "Palestina"),
  city("Kairo", "Mesir", { "Cairo" }), city("Beirut", "Lebanon"), city("Damaskus", "Suriah", { "Damascus" }),
  city("Bagdad", "Irak", { "Baghdad" }), city("Teheran", "Iran", { "Tehran" }), city("Riyadh", "Arab Saudi"),
  city("Doha", "Qatar"), city("Abu Dhabi", "Uni Emirat Arab"), city("Dubai", "Uni Emirat Arab"),
  city("Amman", "Yordania"), city("Bangkok", "Thailand"), city("Manila", "Filipina"),
  city("Kuala Lumpur", "Malaysia"), city("Hanoi", "Vietnam"), city("Phnom Penh", "Kamboja"),
  city("Naypyidaw", "Myanmar"), city("Yangon", "Myanmar"), city("Dhaka", "Bangladesh"),
  city("Islamabad", "Pakistan"), city("New Delhi", "India"), city("Kabul", "Afganistan"),
  city("Canberra", "Australia"), city("Sydney", "Australia"), city("Melbourne", "Australia"),
  city("Wellington", "Selandia Baru"), city("Taipei", "Taiwan"), city("Shanghai", "China"),
  city("Busan", "Korea Selatan"), city("Osaka", "Jepang"),
  city("London", "Inggris"), city("Paris", "Prancis"), city("Berlin", "Jerman"),
  city("Brussel", "Belgia", { "Brussels" }), city("Den Haag", "Belanda"), city("Amsterdam", "Belanda"),
  city("Jenewa", "Swiss", { "Geneva" }), city("Wina", "Austria", { "Vienna" }),
  city("Warsawa", "Polandia", { "Warsaw" }), city("Madrid", "Spanyol"), city("Lisbon", "Portugal"),
  city("Stockholm", "Swedia"), city("Oslo", "Norwegia"), city("Helsinki", "Finlandia"),
  city("Kopenhagen", "Denmark"), city("Minsk", "Belarus"), city("Kharkiv", "Ukraina"),
  city("Odesa", "Ukraina", { "Odessa" }),
  city("St Petersburg", "Rusia", { "Sankt Petersburg", "Saint Petersburg" }), city("Kazan", "Rusia"),
  city("Sochi", "Rusia"), city("New York", "Amerika Serikat"), city("Los Angeles", "Amerika Serikat"),
  city("Ottawa", "Kanada"), city("Brasilia", "Brasil"), city("Buenos Aires", "Argentina"),
  city("Nairobi", "Kenya"), city("Pretoria", "Afrika Selatan"), city("Johannesburg", "Afrika Selatan"),
}
