// Package entities extracts the facets of an article: persons, countries,
// organizations and topics.
//
//	x, err := entities.New(entities.Options{Aliases: aliases}) // once; safe for concurrent use
//	x.Extract(&article) // fills Persons, Countries, Orgs, Topics
//
// Everything it knows is embedded from data/ (go:embed) and written or
// derived by the team:
//
//   - countries.tsv: ISO 3166-1 countries and territories (ISO 3166-3 codes for
//     dissolved states) with other names, abbreviations, demonyms and
//     capitals or seats of government; places.tsv: cities, regions and states
//     resolving to a country. In both, "@" marks names that count only in a
//     dateline: places named like other places ("Hamilton"), and capitals
//     whose name is mostly a person, a state or a word ("Victoria", "Male").
//   - orgs.tsv: organizations with fixed names and their variants.
//   - firstnames.txt, titles.txt, particles.txt: word lists for persons.
//   - nicknames.txt: short forms of English given names ("Jim" for "James"),
//     which the person registry merges only with a shared role or
//     description.
//   - givennames.txt: a broad list of English given names (Moby Word II,
//     public domain), a feature of the persons model only.
//   - persons.model: an averaged-perceptron token classifier over hashed
//     features, trained on CoNLL-2003 eng.train by `go run ./cmd/evaluate
//     --train entities/data/persons.model` (PersonsTrainOptions). It holds
//     weights only. Its features read the word lists and gazetteers, so a
//     change to them needs the model retrained (cmd/evaluate's tests fail
//     until the embedded model is what that command writes).
//   - alpha3.tsv: ISO 3166-1 alpha-3 codes, from Debian's iso-codes, for
//     Countries (filter values such as GBR).
//   - topics.tsv: the topic taxonomy, IPTC Media Topics with their medtop
//     codes and weighted keywords; toplevel.tsv: top-level topic word
//     weights learned from the BBC dev split (`evaluate --learn-topics`).
//
// How each facet is found:
//
//   - Text is tokenized in one pass (no regular expressions); sentences
//     written in capitals (wire headlines) are marked, and the persons model
//     does not read them: narrow rules take their names (a headline's
//     speaker or actor, "TREASURY'S BAKER SAYS", "... - VOLCKER"; in a
//     story written in capitals a given name and one or two name-shaped
//     words, one to three such words after an office's title, two around
//     "SAID").
//   - Organizations: the longest fixed name from orgs.tsv (short acronyms such
//     as "UN" or "EC" only in capitals), then companies, ministries and parties
//     by their last word ("Texaco Inc", "Foreign Ministry"). Fixed names
//     consume their words: "Paris Club" says nothing about France.
//   - Persons: the model labels capitalised tokens as the beginning or inside
//     of a name; "Mr."/"Dr." force a name. Titles ("Foreign Minister", "Gen.")
//     are stripped; spans that are places, organizations, acronyms or end in a
//     company word are dropped. A title followed by a given name makes a
//     person the model missed, past the title's office ("Chancellor of the
//     Exchequer Nigel Lawson", "Governor of the Bank of Japan Satoshi
//     Sumita"); a wire flash in sentence case gives its one name ("Sumita
//     says ...", "... - Subroto"). A partial name ("Lavrov", "Mr. Lavrov") becomes
//     the full name it ends in the same article ("Sergei Lavrov"); a surname
//     that never gets a full name is kept as it is. Name order is kept as
//     written. Most mentioned first.
//   - Countries: names, abbreviations, demonyms and capitals count 1, other
//     places 0.5, the dateline 3 and the title twice. A country is kept at
//     1; when an article names more than three countries, a country needs 1.5.
//     Names follow the article's date: Moscow in 1987 is the Soviet Union, Bonn
//     West Germany. Most salient first.
//   - Topics: keyword scores per topic (stemmed, title boosted), summed into
//     the top-level ancestor together with the learned word weights. A
//     specific topic is chosen on its own and its descendants' scores, and a
//     chosen topic hides its chosen ancestors ("oil and gas" hides "energy
//     and resource"); each chosen top-level topic is listed after its chosen
//     specific topics, most salient first. Beside the main top-level topic,
//     another needs evidence about the subject (two distinct strong keywords,
//     one in the headline or lead, or one the headline and body share);
//     learned words and capitalised names are no evidence, a short financial
//     notice gets financial topics only, and "oil" is not oil and gas in an
//     article about vegetable oils.
//   - Persons that name a company of the same article are dropped ("Texaco"
//     beside "Texaco Inc"), as are names the article uses as a company ("X
//     said its", "X's shares", "shares of X"); orgs.tsv lists firms news
//     names without a legal form ("Merrill Lynch", "Moody's", "Nokia").
//     A single word is no person when the article also writes it in lower
//     case, has it in the plural, only puts it after "the"/"a"/"an", puts
//     it before a team's or firm's people ("Chelsea boss"), or it is a
//     sentence's first word ending in -ly. A title inside a name ends what
//     comes before it ("Tory MP Boris Johnson"), a name written twice in a
//     row counts once, and particles inside a name are written in lower
//     case ("Willy de Clercq"), so that one person has one spelling.
//     A one-word name that begins a company of the article ("Baker" beside
//     "Baker International Corp") needs a title or a full name, not only a
//     verb of saying; a name before a stock ticker, "and Sons" or "and Co",
//     after a ship's noun or a French firm's "des", cut at a hyphen
//     ("Berliner Handels- und ..."), or ending in an acronym or a single
//     capital ("Class B") is no person; a capitalised "Administration" ends
//     a name ("Reagan Administration"); a plural possessive ends what comes
//     before it ("Hughes' Kistler"); "Li Ka-shing" is one name, and so is
//     "Ali al-Khalifa al-Sabah" (an Arabic article glued to a surname
//     continues the name; "Ali" alone then resolves to it).
//   - A one-word name needs support: a longer name of the article, a title
//     or honorific before it, speech ("Volcker said", "said Volcker",
//     "Mikulic has said ...", not when "it" or "its" follows as a
//     company's statement does), or the forms below.
//   - Persons by the shape of the text: a one-word name is kept in a form
//     only people take (a scorer's minute "(Riedle 8th", a cricket "c
//     Stewart b Mullally", an age "the 21-year-old Huber", "Coetzer, 24,",
//     a record "Moyer (10-2)", "Nilis (Belgium)", bowling figures); such
//     result lines, a nationality before two unknown capitalised words
//     ("Moroccan Karim Alami"), a byline before a dateline and an office's
//     title before two unknown words ("Trade Representative Clayton
//     Yeutter") make names the model missed; names split at particles are
//     joined ("Joost van der Westhuizen", "Inzamam-ul-Haq"). A party's
//     adjective ends or begins a name ("Fellow Lib Dem Norman Baker" is
//     Norman Baker), and a party ("his new party, Veritas,", "the Veritas
//     party", "the Veritas leader"), a seat ("Hoon's Ashfield seat") or a
//     work (before "star" or "director", in quotation marks, "X and the Y
//     of Z", after "role in", in parentheses after a person's name) is no
//     person. A place's possessive counts as a nationality ("Boston's Mo
//     Vaughn").
//   - Organizations: "Goldman, Sachs and Co" is one name, and a person or a
//     role before "of" is no part of a company ("Robert Brusca of Nikko
//     Securities Co"). A ministry or the Treasury carries the country the
//     text gives it ("Japanese Finance Ministry" is "Ministry of Finance
//     (Japan)", "U.S. 7-1/2 pct Treasury bond" is "Treasury (United
//     States)"), else the country of the article's dateline ("TOKYO, March
//     3 -"), or without a dateline the only country its body names, where
//     that country has one (a Tokyo story's bare "Treasury" stays bare);
//     otherwise it stays bare. A department ("Agriculture Department")
//     carries only the country the text gives it, by name or people ("U.S.
//     Agriculture Department", "the Irish Agriculture Department") or by
//     an official of it ("U.S. Commerce Secretary"), or the dateline's
//     when the body names that country and no other ("WASHINGTON - U.S.
//     housing starts rose, the Commerce Department said"), or when the
//     dateline is in the United States and the article names no other
//     country ("WASHINGTON - The Agriculture Department said ..."); never
//     a province's or state's ("the Manitoba Agriculture Department").
//   - A news outlet (Reuters, BBC, AP, Tanjug) is no organization mention
//     in its own story (Article.Source) or where it is the channel of the
//     news ("told Reuters", "polled by Reuters", "BBC Radio 4", "the BBC's
//     Today programme"); "the BBC has decided" stays one.
//   - Aliases (a librarian-edited file) are applied last.
//
// Across an archive, a Registry (built by a first `indexer add` or by
// `indexer retag`) fills in a bare surname with the full name that
// articles of the same source within a year either side use for it
// ("Baker" -> "James Baker") when one full name dominates there, or by the
// role written before it ("Treasury Secretary Baker", and an institution's
// possessive for the roles it begins: "TREASURY'S BAKER", "FED'S JOHNSON"
// for "Federal Reserve Board Vice Chairman Manuel Johnson"), records it in
// Article.Inferred with the evidence, gives a name written with and
// without a middle initial in the same source and period one form
// ("Anna K. Novak" and "Anna Novak"), and drops names the archive knows as
// companies; see Registry for the rules. Articles with no source or no
// date (BBC's) have no period: in them only the two forms of a name within
// one folder are merged, to the form with the initial, since "George
// Bush" and "George W Bush" can be two presidents and the initial is what
// names one; the merge is marked inferred and gives way in an article that
// writes both forms.
//
// # Caveats
//
//   - Ambiguity is handled by rules, not understanding: "Georgia" is the US
//     state when the article is otherwise about the United States (or dated
//     before 1992) and shows no Georgian cues; "Jordan" and "Chad" followed by
//     a capitalised word are taken for first names; "turkey" in lower case is
//     a bird. A country name inside a person's name ("Michael Jordan") is not
//     a country.
//   - "Soviet" after 1991 (and "Soviet era") is history, not the state.
//   - West Germany keeps the ISO 3166-1 code DE: ISO 3166-3 has no code for
//     it, since DE passed from the Federal Republic to united Germany. Its
//     name tells it apart from Germany.
//   - The persons model learned from 1996 Reuters news; it is weaker on
//     lower-case text, all-caps text and names without any context.
//   - Topic codes, labels and parents were checked against IPTC's Media
//     Topics export of 2026-07-02; the taxonomy is a subset (a few dozen of
//     about 1,200 topics), and keywords are English only.
//   - Measured quality and speed are in docs/QUALITY.md.
package entities
