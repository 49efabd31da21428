package quotes

import (
	"regexp"
	"strings"
	"sync"

	"chancery/wordrule"
)

var set = wordrule.Set

// Word lists of the extractor. Keys are lower case. They are built on the
// first Extract (loadWords), not when the package is initialised: a
// process that extracts no statements, as a search does, does not build
// them (1 ms and 100 KB of a new `search` process's start).
var (
	particles, speechVerbs, tellVerbs, thatVerbs, timeWords, timeNouns, between, adjunctStart, notClause,
	objectPreps, pronouns, roleHeads, titleWords, roleNoise, descriptionStart, notNames,
	orgWords, functionWords, openers, attributionVerbs, analystWords, nameModifiers, addVerbs,
	objectStart, rankWords, conjunctions, maleNames, femaleNames, relayVerbs, selfWords,
	objectPronouns, clauseWords, participles, coordinators, relayingVerbs, passiveOrRelative,
	replyVerbs, nameNouns, finiteVerbs, relatives, clauseRelatives, companyWords, asPhrases map[string]bool
	genderWords, pronounGender map[string]byte
	irregular                  map[string]string
	dateline                   *regexp.Regexp
)

// loadWords builds the word lists; Extract calls it before it reads them.
var loadWords = sync.OnceFunc(func() {
	// speechVerbs introduce a statement: "Lavrov says ...", "..., Zebari said".
	speechVerbs = set(
		"say", "says", "said", "tell", "tells", "told", "add", "adds", "added",
		"state", "states", "stated", "declare", "declares", "declared",
		"announce", "announces", "announced", "warn", "warns", "warned",
		"insist", "insists", "insisted", "argue", "argues", "argued",
		"note", "notes", "noted", "stress", "stresses", "stressed",
		"explain", "explains", "explained", "claim", "claims", "claimed",
		"maintain", "maintains", "maintained", "assert", "asserts", "asserted",
		"acknowledge", "acknowledges", "acknowledged", "predict", "predicts", "predicted",
		"contend", "contends", "contended", "reiterate", "reiterates", "reiterated",
		"confirm", "confirms", "confirmed", "emphasise", "emphasises", "emphasised",
		"emphasize", "emphasizes", "emphasized", "admit", "admits", "admitted",
		"concede", "concedes", "conceded", "promise", "promises", "promised",
	)

	// tellVerbs take an object before their clause: "told reporters that".
	tellVerbs = set("tell", "tells", "told", "promise", "promises", "promised", "warn", "warns", "warned")

	// thatVerbs report a statement only with "that": without it their object
	// is a thing ("announced a plan", "reiterated the commitment").
	thatVerbs = set(
		"announce", "announces", "announced", "reiterate", "reiterates", "reiterated",
		"confirm", "confirms", "confirmed", "acknowledge", "acknowledges", "acknowledged",
		"stress", "stresses", "stressed", "note", "notes", "noted", "emphasise", "emphasises",
		"emphasised", "emphasize", "emphasizes", "emphasized", "admit", "admits", "admitted",
		"concede", "concedes", "conceded", "state", "states", "stated", "declare", "declares",
		"declared", "explain", "explains", "explained", "maintain", "maintains", "maintained",
	)

	// timeWords may stand between a verb and its clause without "that": "said
	// yesterday he had not decided", "said on Tuesday Moscow would".
	timeWords = set(
		"yesterday", "today", "tonight", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "last", "late", "earlier", "later", "week", "night", "again", "also",
		"separately", "too", "however",
	)

	// timeNouns end a time phrase after a time word: "last month", "this
	// week", "late last year".
	timeNouns = set(
		"week", "month", "year", "weekend", "morning", "afternoon", "evening", "night", "spring",
		"summer", "autumn", "fall", "winter", "quarter", "decade", "fortnight",
	)

	// between may stand between a subject and its verb: "Zebari, earlier had
	// said", "Lavrov on Saturday said".
	between = set(
		"also", "earlier", "later", "again", "has", "had", "have", "would", "will", "could", "may", "might",
		"previously", "repeatedly", "then", "long", "once", "further", "recently", "already", "often",
		"frequently", "publicly", "privately", "flatly", "firmly", "only", "first", "last", "yesterday",
		"today", "tonight", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "week", "night", "separately", "too", "himself", "herself", "personally",
	)

	// adjunctStart may follow a verb before its clause: "said on Tuesday that",
	// "said in a statement that".
	adjunctStart = set(
		"in", "on", "at", "after", "before", "during", "following", "yesterday", "today", "tonight",
		"late", "earlier", "later", "last", "to", "through", "via", "monday", "tuesday", "wednesday",
		"thursday", "friday", "saturday", "sunday", "again", "also", "repeatedly", "publicly",
		"privately", "separately", "again", "however", "moreover", "too",
	)

	// notClause are words after "said" that do not start a reported clause.
	notClause = set("so", "nothing", "little", "yes", "no", "goodbye", "something", "anything", "by", "and", "or", "but", "as", "of", "for", "with", "from")

	// objectPreps before a name make it someone the clause is about, not its
	// subject: "an adviser to President Bush", "a spokesman for Nakasone".
	objectPreps = set("to", "for", "of", "in", "near", "into", "inside", "outside", "across", "with", "by", "from", "against", "about", "under", "at", "on", "than", "between", "among", "like", "including", "beside", "besides", "behind", "toward", "towards", "over", "after", "before", "whom")

	// pronouns that stand for the last named person.
	pronouns = set("he", "she")

	// roleHeads end a description that can stand for a person: "the Iraqi
	// foreign minister", "his Iraqi counterpart".
	roleHeads = set(
		"minister", "secretary", "president", "premier", "chancellor", "spokesman", "spokeswoman",
		"spokesperson", "ambassador", "envoy", "chairman", "chairwoman", "chair", "director",
		"governor", "senator", "leader", "king", "queen", "prince", "general", "commander", "mayor",
		"negotiator", "counterpart", "head", "adviser", "advisor", "representative", "chief",
		"governor-general", "secretary-general", "undersecretary", "under-secretary", "emir", "sheikh", "pope", "prelate",
	)

	// titleWords may be part of a person's title: "Russian Foreign Minister
	// Sergei Lavrov", "Treasury Secretary James Baker".
	titleWords = set(
		"minister", "foreign", "finance", "prime", "president", "vice", "secretary", "state", "treasury",
		"deputy", "chief", "executive", "chairman", "chairwoman", "spokesman", "spokeswoman", "ambassador",
		"envoy", "general", "director", "governor", "senator", "sen.", "rep.", "representative",
		"chancellor", "king", "queen", "prince", "leader", "premier", "mr.", "mrs.", "ms.", "dr.", "prof.",
		"interim", "acting", "former", "commander", "mayor", "officer", "head", "undersecretary",
		"assistant", "agriculture", "trade", "economy", "economics", "energy", "oil", "defence", "defense",
		"interior", "justice", "commerce", "labor", "labour", "counterpart", "senior", "top", "new",
		"opposition", "party", "negotiator", "adviser", "advisor", "security", "national", "ministry",
		"foreign-affairs", "affairs", "industry", "transport", "health", "education", "environment",
		"budget", "planning", "information", "development", "international", "supreme", "lieutenant",
		"colonel", "major", "captain", "admiral", "sergeant", "gen.", "lt.", "col.", "maj.", "capt.",
		"adm.", "gov.", "pres.", "judge", "justice", "emir", "sheikh", "pope", "cardinal", "bishop",
		"archbishop", "rev.", "secretary-general", "governor-general", "sir", "lord", "lady", "dame", "then", "outgoing", "incoming", "designate",
	)

	// roleNoise are words of a description that do not tell persons apart.
	roleNoise = set("the", "a", "an", "his", "her", "its", "their", "our", "interim", "acting", "new", "former", "then", "current", "top", "senior", "outgoing", "incoming", "designate")

	// descriptionStart are the roleNoise words that open a description: the
	// words before them belong to something else ("his" in "his deputy foreign
	// minister" opens it; "former" does not).
	descriptionStart = set("the", "a", "an", "his", "her")

	// notNames are capitalised words that do not belong to a guessed person's
	// name (organisations, places, time words).
	notNames = set(
		"house", "ministry", "department", "office", "bank", "council", "committee", "commission",
		"government", "party", "union", "agency", "corp", "corp.", "inc", "inc.", "co", "co.", "ltd",
		"ltd.", "group", "reuters", "association", "board", "fund", "court", "company", "exchange",
		"club", "nations", "states", "organisation", "organization", "press", "times", "news", "post",
		"journal", "airlines", "motors", "industries", "securities", "capital", "partners", "holdings",
		"systems", "services", "resources", "petroleum", "oil", "energy", "trust", "federal", "reserve",
		"national", "street", "kingdom", "republic", "army", "navy", "police", "assembly", "parliament",
		"congress", "senate", "cabinet", "kremlin", "pentagon", "embassy", "foundation", "institute",
		"university", "centre", "center", "network", "radio", "television", "tv", "agency", "administration",
		"the", "a", "an", "in", "on", "but", "and", "this", "that", "these", "those", "it", "they", "we",
		"i", "you", "he", "she", "there", "officials", "analysts", "diplomats", "sources", "economists",
		"traders", "dealers", "bankers", "experts", "january", "february", "march", "april", "may",
		"june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
		"wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "america",
		"american", "europe", "european", "east", "west", "north", "south", "airways", "steel",
		"chemical", "chemicals", "electric", "power", "financial", "investment", "investors", "market",
		"markets", "plc", "ag", "sa", "nv", "bhd", "spa", "gmbh", "ab", "as", "corporation", "limited",
		"brothers", "associates", "communications", "technologies", "technology", "products", "foods",
		"mining", "gas", "insurance", "savings", "loan", "credit", "general", "street",
	)

	// orgWords in a name make it an organisation's or a publication's.
	orgWords = set(
		"daily", "news", "service", "agency", "times", "journal", "post", "press", "herald", "tribune",
		"gazette", "telegraph", "radio", "television", "tv", "newspaper", "magazine", "weekly", "bank",
		"corp", "corp.", "inc", "inc.", "co", "co.", "ltd", "ltd.", "plc", "group", "ministry", "association",
		"council", "committee", "commission", "company", "exchange", "institute", "university", "party",
		"union", "reuters", "securities", "industries", "holdings", "airlines", "motors", "bureau",
		"office", "department", "board", "fund", "federation", "organisation", "organization",
		"engineers", "engineering", "associates", "partners", "brothers", "systems", "laboratories",
		"trust", "guaranty", "mines", "mining", "resources", "petroleum", "chemical", "chemicals", "steel",
		"electric", "energy", "foods", "motors", "airways", "bancorp", "bancorporation", "bancshares",
		"financial", "savings", "properties", "realty", "division", "workers", "agreement", "statistics",
		"interstate", "network", "cadena", "canada", "united", "cities", "disease", "shop", "mail",
		"culture", "blog", "brief", "newsletter",
	)

	// functionWords may follow a name with no stop between when a sentence
	// lost its full stop: "... analyst Vadim Mitroshin The dispute".
	functionWords = set("the", "a", "an", "in", "on", "but", "and", "this", "that", "these", "those", "it", "they", "we", "i", "you", "he", "she", "there")

	// openers start an adverbial phrase that opens a sentence: "At today's
	// Cabinet meeting, Nakasone said".
	openers = set(
		"at", "in", "on", "after", "before", "during", "following", "according", "speaking", "asked",
		"addressing", "writing", "interviewed", "earlier", "later", "meanwhile", "however", "separately",
		"from", "with", "without", "under", "for", "by", "since", "until", "unlike", "despite", "amid",
		"referring", "commenting", "responding", "quoting", "citing", "elsewhere",
	)

	// attributionVerbs introduce a quotation without being speech verbs of
	// reported speech: `Fraser Kemp responded: "..."`. A quotation next to
	// one whose subject is unknown is nobody's, not a continuation.
	attributionVerbs = set(
		"respond", "responds", "responded", "reply", "replies", "replied", "retort", "retorted",
		"comment", "comments", "commented", "counter", "counters", "countered", "remark", "remarked",
		"write", "writes", "wrote", "ask", "asks", "asked", "continue", "continues", "continued",
		"joke", "joked", "quip", "quipped", "recall", "recalls", "recalled", "urge", "urged", "urges",
		"think", "thinks", "believe", "believes", "quoted", "quotes", "says", "insisted", "saying",
	)

	// analystWords may stand between a firm's name and a person's: "Dean
	// Witter analyst Karen Gibbs".
	analystWords = set("analyst", "economist", "strategist", "trader", "dealer", "partner", "spokesman", "spokeswoman", "official", "lawyer", "attorney", "broker")

	// nameModifiers may stand between a preposition and a title: "by shadow
	// chancellor Oliver Letwin".
	nameModifiers = set("shadow", "then", "former", "fellow", "his", "her", "their", "its", "our")

	// addVerbs take a thing as object as often as a clause: "added a second
	// goal"; objectStart words after them start the object.
	addVerbs = set("add", "adds", "added")
	objectStart = set("a", "an", "another", "second", "third", "fourth", "two", "three", "four", "his", "her", "their", "its", "to", "fuel", "weight")

	// rankWords in a learnt description make it another office than the bare
	// one: a deputy prime minister is not "the prime minister".
	rankWords = set("deputy", "vice", "assistant", "shadow", "junior", "under", "associate", "former", "ex", "acting", "interim", "opposition", "co")

	// conjunctions end a clause cut short before another statement.
	conjunctions = set("and", "but", "while", "whereas", "as", "although", "though", "yet", "something", "which", "who")

	// genderWords tell a person's sex when they stand at the name: an
	// honorific or title ("Mrs", "Baroness", "Sir") or a describing noun
	// ("spokeswoman", "his wife"). Titles used for either ("chairman",
	// "Dr") are not here.
	genderWords = func() map[string]byte {
		g := map[string]byte{}
		for _, w := range strings.Fields(`mr sir lord baron duke earl king prince monsieur husband son
		brother father grandfather nephew uncle boyfriend businessman congressman sportsman
		policeman statesman widower`) {
			g[w] = 'm'
		}
		for _, w := range strings.Fields(`mrs ms miss lady dame madam madame mme baroness duchess
		countess queen princess wife widow mother daughter sister girlfriend grandmother niece
		aunt heiress spokeswoman chairwoman congresswoman businesswoman sportswoman policewoman
		stateswoman actress`) {
			g[w] = 'f'
		}
		return g
	}()

	// pronounGender are the pronouns that tell the sex of the person a
	// sentence names.
	pronounGender = map[string]byte{"himself": 'm', "she": 'f', "her": 'f', "herself": 'f'}

	// maleNames are given names that are a man's in English news (not those
	// either sex bears: "Jean", "Leslie", "Robin", "Chris", "Kelly"). A
	// person so named, whom no title or pronoun of the article gives a sex,
	// is not "she".
	maleNames = set(strings.Fields(`
	aaron abdul abdullah adam adrian ahmed alan albert alberto alexander alfred ali allan
	andrew andy anthony antonio arnold arthur barry ben benjamin bernard bill bob boris brian
	bruce carl carlos charles charlie christopher clive colin craig dan daniel danny darren
	dave david dennis derek dieter donald douglas duncan edward eric ernst frank franz fred
	gary gavin geoff geoffrey george gerald gerhard gordon graham greg gregory hans harold
	harry helmut henry howard hugh ian ivan jack jacques james jeff jeffrey jeremy jim jimmy
	joe johan john johnny jonathan jorge jose joseph juan karl keith ken kenneth kevin klaus
	larry lawrence louis luis malcolm manuel marc mark martin matthew michael miguel mike
	mikhail mohammed neil nicholas nick nigel norman oliver patrick paul pedro peter philip
	pierre rafael ralph raymond richard robert roger ronald ronnie roy russell ryan samuel
	scott sergei simon stanley stephen steve steven stuart ted thomas tim timothy tom tommy
	tony trevor vladimir walter wayne william wolfgang yasuhiro yuri`)...)

	// femaleNames are given names that are a woman's in English news (names
	// used for either sex, "Jean", "Kim", "Hilary", "Andrea", "Nicola", are
	// not here). A person so named, whom no title or pronoun of the article
	// gives a sex, is not "he".
	femaleNames = set(strings.Fields(`
	agnes alice alicia alison amanda amy ana angela angelina anita ann anna anne annette annie
	barbara beatrice benazir betty beverley brenda bridget britney carla carmen carol caroline
	carolyn catherine cecilia charlotte cherie christina christine cindy claire clara clare
	claudia condoleezza corazon cynthia daniela deborah debra denise diana diane dolores donna
	doris dorothy edith eileen elaine eleanor elena elisabeth elizabeth ellen emily emma erica
	esther eva evelyn fatima fiona florence frances gillian gloria golda gwyneth harriet hazel
	heather helen helena helga hillary imelda indira ingrid irene isabel isabella jacqueline
	jane janet janice jennifer jenny jessica joan joanna josephine joyce judith judy julia
	julie juliet karen karin kate katherine kathleen kathryn katie kirsty kylie laura lauren
	linda lisa louise lucy madeleine madonna margaret margarethe maria marie marilyn martha mary
	maureen megan melanie melissa michelle monica nancy naomi natalia natasha nicole nora olga
	patricia paula pauline penelope petra rachel rebecca rita rosa rose ruth sally samantha sandra
	sara sarah sharon sheila shirley silvia sonia sophie stella susan suzanne svetlana sylvia
	tanya teresa tessa theresa tina valerie vanessa victoria virginia wendy winnie yulia yvonne`)...)

	// relayVerbs report someone's words without being speech verbs of the
	// extractor: after "said the man", the quotation is the man's.
	relayVerbs = set(
		"shout", "shouts", "shouted", "yell", "yells", "yelled", "scream", "screams", "screamed",
		"cry", "cries", "cried", "exclaim", "exclaims", "exclaimed", "whisper", "whispers", "whispered",
		"mutter", "mutters", "muttered", "chant", "chants", "chanted", "shouting", "screaming", "yelling",
	)

	// selfWords as the subject of a reported clause are the speaker or their
	// side: "said he had told Kohl", "said we warned them".
	selfWords = set("he", "she", "i", "we")

	// objectPronouns after "told" make the teller someone other than the
	// speaker: "said officials told him".
	objectPronouns = set("him", "her", "me", "us", "them")

	// clauseWords may stand before a description that opens a clause: "said
	// that the minister", "when the chairman".
	clauseWords = set("that", "when", "where", "if", "because", "since", "so", "then", "now", "whether", "once", "unless", "whom", "whose", "who", "which", "says", "also")

	// participles and prepositions that open a phrase, never a clause, after
	// "said": "said, without giving details", "said, quoting customs figures".
	participles = set("without", "responding", "quoting", "citing", "referring", "commenting", "speaking", "addressing", "writing", "giving", "replying", "adding", "noting")

	// coordinators join a clause whose subject is a pronoun to the one
	// before: "Sculley declined to estimate sales, but he said ...".
	coordinators = set("but", "and", "yet", "while")

	// relayingVerbs open a clause that reports someone else's speech (not
	// nouns as "states", "claims" or "promise" can be): "Consumers said ...".
	relayingVerbs = set("say", "says", "said", "tell", "tells", "told", "warned", "argued", "insisted", "contended", "predicted", "asserted")

	// passiveOrRelative before a speech verb make it no one else's speech
	// in the clause: "were told", "Iraq, which said".
	passiveOrRelative = set("be", "been", "being", "was", "were", "is", "are", "which", "who", "that")

	// replyVerbs say someone spoke without being speech verbs of reported
	// speech: "the president replied sternly".
	replyVerbs = set("reply", "replies", "replied", "respond", "responds", "responded", "retort", "retorted", "remark", "remarked", "countered", "quipped", "joked")

	// nameNouns after a name make it a modifier, not the subject: "The Reagan
	// administration said", "Thatcher government officials".
	nameNouns = set("administration", "government", "cabinet", "camp", "aides", "aide", "officials", "official", "spokesman", "spokeswoman", "adviser", "advisers", "era", "years", "plan", "plans", "policy", "policies", "doctrine", "team", "campaign", "allies", "supporters", "family", "office", "staff", "presidency", "regime", "white", "characters", "films", "film", "movie", "movies", "series", "album", "show", "books", "novels", "fans")

	// finiteVerbs after ", said X," continue the sentence whose subject came
	// before: "The major drawback, said Landis, is that ...".
	finiteVerbs = set("is", "was", "are", "were", "will", "would", "has", "had", "have", "could", "should", "may", "might", "can", "must")

	// relatives before "he said" make the reported clause a relative one:
	// "which he said had not worked".
	relatives = set("which", "that", "who", "whom", "what", "whose")
	// clauseRelatives open a relative clause after a comma (not "that",
	// which after a comma is as often a demonstrative)
	clauseRelatives = set("which", "who", "whom", "whose")

	// companyWords after a person's full name make it a company's: "Tony Lama
	// Co Inc" (not "Party": "the Robert Kilroy-Silk Party" is his).
	companyWords = set("co", "co.", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "group", "cos", "cos.", "gmbh", "ag", "sa", "nv")

	// asPhrases after "as" open an adverbial phrase, not a clause: "As
	// expected, ...", "As usual, ...".
	asPhrases = set("expected", "usual", "always", "before", "ever", "such", "well")
	// particles may stand lower-case inside a name: "Jaap de Hoop Scheffer".
	particles = set("de", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "du", "da", "dos", "del", "di")

	// dateline matches a wire dateline at the start of a body:
	// "MOSCOW, July 26 - ", "WASHINGTON - ".
	dateline = regexp.MustCompile(`^\s*[A-Z][A-Z.'\- ]+(?:\([A-Za-z .]+\))?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:-+|–|—)\s+`)

	// irregular pairs demonyms with the names sameStem cannot match by their
	// common start: "french" and "france", "us" and "american".
	irregular = map[string]string{
		"french": "france", "british": "britain", "dutch": "netherlands", "swiss": "switzerland",
		"us": "american", "uk": "british", "greek": "greece", "turkish": "turkey", "spanish": "spain",
		"danish": "denmark", "swedish": "sweden", "polish": "poland", "finnish": "finland", "irish": "ireland",
		"philippine": "philippines", "filipino": "philippines", "thai": "thailand", "peruvian": "peru",
	}
})
