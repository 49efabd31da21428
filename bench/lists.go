package main

// The lists below are written for this benchmark. Countries are real names
// (facts, in rough order of how often they make diplomatic news, which sets
// their Zipf rank); persons are invented by combining the first and last
// names below; topics and the common words are plain English.

// countryNames is ordered by rank: the first is drawn most often.
var countryNames = []string{
	"United States", "Russia", "China", "France", "Germany", "Britain", "Iran", "Israel",
	"Ukraine", "Japan", "India", "Turkey", "Iraq", "Syria", "Pakistan", "Egypt",
	"Saudi Arabia", "North Korea", "South Korea", "Afghanistan", "Italy", "Canada", "Brazil", "Poland",
	"Mexico", "Spain", "Lebanon", "Libya", "Sudan", "Nigeria", "South Africa", "Australia",
	"Venezuela", "Cuba", "Indonesia", "Qatar", "Yemen", "Ethiopia", "Kenya", "Serbia",
	"Belarus", "Kazakhstan", "Azerbaijan", "Armenia", "Greece", "Cyprus", "Algeria", "Morocco",
	"Tunisia", "Somalia", "Colombia", "Argentina", "Chile", "Peru", "Vietnam", "Thailand",
	"Malaysia", "Philippines", "Myanmar", "Bangladesh", "Nepal", "Sri Lanka", "Mongolia", "Uzbekistan",
	"Kyrgyzstan", "Tajikistan", "Turkmenistan", "Moldova", "Romania", "Bulgaria", "Hungary", "Austria",
	"Switzerland", "Belgium", "Netherlands", "Denmark", "Norway", "Sweden", "Finland", "Estonia",
	"Latvia", "Lithuania", "Ireland", "Portugal", "Croatia", "Slovenia", "Slovakia", "Albania",
	"Kosovo", "Bosnia", "Montenegro", "Macedonia", "Oman", "Kuwait", "Bahrain", "Zimbabwe",
	"Uganda", "Rwanda", "Tanzania", "Angola", "Mozambique", "Ghana", "Senegal", "Mali",
	"Niger", "Cameroon", "Congo", "Zambia", "Namibia", "Botswana", "Eritrea", "Djibouti",
	"Bolivia", "Ecuador", "Paraguay", "Uruguay", "Nicaragua", "Honduras", "Guatemala", "Panama",
	"Haiti", "Jamaica", "New Zealand", "Singapore", "Cambodia", "Laos", "Bhutan", "Iceland",
}

// firstNames and lastNames make the invented persons. They avoid country
// names and common English words so that a name in the text is only a name.
var firstNames = []string{
	"Anton", "Sergei", "Mikhail", "Hamid", "Karim", "Yusuf", "Tariq", "Omar",
	"Elena", "Marta", "Ingrid", "Sofia", "Amina", "Leila", "Nadia", "Yasmin",
	"Pierre", "Henri", "Jacques", "Laurent", "Klaus", "Dieter", "Jurgen", "Heinz",
	"Kenji", "Hiroshi", "Takeshi", "Wei", "Jian", "Ming", "Rajiv", "Sanjay",
	"Carlos", "Diego", "Javier", "Luis", "Ahmed", "Mustafa", "Hassan", "Ali",
	"Olga", "Irina", "Tatiana", "Natalia", "Margit", "Birgit", "Helga", "Anneli",
	"Kwame", "Kofi", "Thabo", "Jomo", "Samuel", "Daniel", "Robert", "William",
	"Catherine", "Margaret", "Helen", "Susan", "Maria", "Ana", "Lucia", "Teresa",
}

var lastNames = []string{
	"Varga", "Petrov", "Ivanov", "Sokolov", "Kuznetsov", "Morozov", "Volkov", "Lebedev",
	"Karimi", "Rahimi", "Haddad", "Nasser", "Mansour", "Khalil", "Saleh", "Farouk",
	"Dubois", "Lefebvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Bertrand", "Lemaire",
	"Schneider", "Hoffmann", "Becker", "Wagner", "Richter", "Krause", "Zimmermann", "Lindqvist",
	"Tanaka", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Zhang", "Liu", "Zhou",
	"Sharma", "Gupta", "Verma", "Reddy", "Mendoza", "Herrera", "Castillo", "Vargas",
	"Okafor", "Mensah", "Nkosi", "Mwangi", "Abara", "Diallo", "Traore", "Keita",
	"Novak", "Horvat", "Kowalski", "Nowak", "Popescu", "Dimitrov", "Georgiou", "Papadakis",
	"Andersen", "Halvorsen", "Virtanen", "Korhonen", "Ozturk", "Yilmaz", "Demir", "Aydin",
	"Thornbury", "Ashworth", "Pembroke", "Fairbanks", "Whitcombe", "Calloway", "Delacroix", "Ferreira",
}

// roles precede a person's name in the text: "Foreign Minister Anton Varga".
var roles = []string{
	"Foreign Minister", "Prime Minister", "President", "Defence Minister",
	"Ambassador", "Trade Minister", "Deputy Foreign Minister", "Interior Minister",
	"Finance Minister", "Envoy", "Chief Negotiator", "Vice President",
}

// topics are phrases a story is about; one per article, named in its title
// and body.
var topics = []string{
	"nuclear nonproliferation", "border dispute", "trade tariffs", "refugee resettlement",
	"arms control", "climate finance", "maritime security", "sanctions relief",
	"peace negotiations", "energy pipeline", "debt restructuring", "election monitoring",
	"human rights", "counterterrorism cooperation", "water sharing", "fisheries agreement",
	"visa liberalization", "prisoner exchange", "ceasefire monitoring", "humanitarian corridor",
	"grain exports", "cyber security", "space cooperation", "drug trafficking",
	"migration policy", "oil production quotas", "embassy security", "diplomatic immunity",
	"extradition treaty", "investment treaty", "aid package", "military exercises",
	"troop withdrawal", "missile defence", "chemical weapons", "food security",
	"public health cooperation", "airspace violations", "territorial waters", "currency swap",
}

// titleVerbs join the countries and the topic in a headline.
var titleVerbs = []string{
	"discuss", "agree on", "clash over", "review", "resume talks on", "sign deal on",
	"weigh", "reject plan on", "seek progress on", "hold talks on",
}

// sources are invented wire services.
var sources = []string{"Chancery Wire", "Meridian Press", "Northgate News", "Palisade Agency"}

// weekdays name the day a statement was made.
var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// commonWords are the most frequent ranks of the vocabulary, in rank order;
// generated pseudo-words follow them.
var commonWords = []string{
	"the", "of", "to", "and", "a", "in", "that", "for", "on", "is",
	"was", "with", "he", "it", "as", "by", "at", "from", "his", "be",
	"have", "has", "an", "are", "not", "they", "this", "but", "had", "were",
	"will", "would", "which", "their", "been", "its", "who", "we", "also", "more",
	"after", "officials", "government", "year", "new", "two", "over", "about", "than", "into",
	"could", "there", "other", "last", "country", "people", "state", "week", "first", "when",
	"meeting", "all", "up", "out", "agreement", "because", "between", "some", "if", "security",
	"against", "during", "policy", "international", "since", "while", "national", "former", "under", "may",
	"percent", "statement", "three", "before", "our", "should", "support", "region", "military", "economic",
	"council", "talks", "leaders", "visit", "capital", "forces", "border", "plan", "process", "delegation",
	"parliament", "crisis", "public", "political", "further", "month", "envoys", "summit", "conference", "proposal",
	"ministry", "spokesman", "diplomats", "decision", "issue", "negotiations", "relations", "cooperation", "sides", "bilateral",
	"regional", "vote", "foreign", "peace", "troops", "treaty", "aid", "sanctions", "communique", "envoy",
}
