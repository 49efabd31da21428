package entities

import (
	"slices"
	"strings"
	"testing"

	"chancery/archive"
)

// TestPersonsNotNames checks the general rules that keep companies, common
// words, titles and glued titles out of persons, on invented text.
func TestPersonsNotNames(t *testing.T) {
	x := mustNew(t)
	for _, tc := range []struct {
		name, body string
		want       []string // persons, in order
		notWant    []string
	}{
		{"doubled name", "Mark Nielsen Mark Nielsen said the plan would go ahead. Nielsen said more later.", []string{"Mark Nielsen"}, []string{"Mark Nielsen Mark Nielsen"}},
		{"title and given name", "White House Chief of Staff Howard Baker met senators. Baker told reporters the talks went well.", []string{"Howard Baker"}, []string{"Baker"}},
		{"title inside the span", "Tory MP Boris Johnson said the vote was lost.", []string{"Boris Johnson"}, []string{"Tory MP Boris Johnson"}},
		{"particle case", "Commissioner Willy De Clercq met Willy de Clercq's staff in Brussels.", []string{"Willy de Clercq"}, []string{"Willy De Clercq"}},
		{"sentence adverbs", "Additionally, the plan was dropped. Meanwhile, prices rose. Already the firm had sold it. Hans Falk agreed.", []string{"Hans Falk"}, []string{"Additionally", "Meanwhile", "Already"}},
		{"a campaign and a programme", "Groups opposed to the plan include Stop Stansted Expansion, said Hans Falk. A special, Asia Remembered, will be shown on Sunday.", []string{"Hans Falk"}, []string{"Stop Stansted", "Asia Remembered"}},
		{"a place's feature before its name", "The line runs from Dar es Salaam to the area around Mount Kilimanjaro and Port Pirie, said Anthony Lake, who visited Lake Erie.", []string{"Anthony Lake"}, []string{"Mount Kilimanjaro", "Port Pirie", "Lake Erie"}},
		{"places and things", "The guards at Quarrow Palace were changed, and Vellan Foundation Hospitals opened a ward. Talks on Grain Storage and the Market Certificate rate went on, Hans Falk said.", []string{"Hans Falk"}, []string{"Quarrow Palace", "Vellan Foundation Hospitals", "Grain Storage", "Market Certificate"}},
		{"trades, indexes, grades, illnesses and events", "Varnel Refining and Osko Cement raised prices; the Market Index fell, Hans Falk said. Storms reached Level IV. The Finance Ministers met after the Colin Rae Rally, and Motor Neurone Disease research got funds, Ed Rollins said.", []string{"Hans Falk", "Ed Rollins"}, []string{"Varnel Refining", "Osko Cement", "Market Index", "Level IV", "Finance Ministers", "Colin Rae Rally", "Motor Neurone Disease", "Motor Neurone"}},
		{"an office or a trade before the name", "Treasurer Peter Costello said the budget was sound. Businessman Raul Concepcion and musician Alan Wass agreed.", []string{"Peter Costello", "Raul Concepcion", "Alan Wass"}, []string{"Treasurer Peter Costello", "Businessman Raul Concepcion", "Musician Alan Wass"}},
		{"an honorific after an office inside the span", "The party repaid the loan to former Tory Treasurer Lord Ashcroft, Hans Falk said.", []string{"Ashcroft", "Hans Falk"}, []string{"Lord Ashcroft", "Tory Treasurer Lord Ashcroft"}},
		{"a legal form with its full stop", "STOCKHOLM, March 5 - Nordvik Handelsbanken PLC. said it would raise its dividend, Hans Falk said.", []string{"Hans Falk"}, []string{"Nordvik Handelsbanken PLC.", "Nordvik Handelsbanken"}},
		{"a shop, a chain or a label before a one-word name", "Upscale department store Halvorsen said same store sales were 9.3% higher. Supermarket chain Lindqvist agreed, and record label Brightwave signed the band, Hans Falk said.", []string{"Hans Falk"}, []string{"Halvorsen", "Lindqvist", "Brightwave"}},
		{"a firm's or a body's head noun", "Orlan Electronics hired staff and Tarvel Films made a deal, Hans Falk said. The Vesko Division and the Ethel Marne Theatre were sold, Ed Rollins said.", []string{"Hans Falk", "Ed Rollins"}, []string{"Orlan Electronics", "Tarvel Films", "Vesko Division", "Ethel Marne Theatre"}},
		{"word also in lower case", "Tornado warnings were issued. A tornado hit the town, Hans Falk said.", []string{"Hans Falk"}, []string{"Tornado"}},
		{"plurals", "Sales of DVDs rose. Muslims and a Muslim leader met Hans Falk.", []string{"Hans Falk"}, []string{"DVDs", "Muslims"}},
		{"corporate context", "Zentrox said its profits rose. Shares of Quillmark fell after Vantor's shares rose. Hans Falk said.", []string{"Hans Falk"}, []string{"Zentrox", "Quillmark", "Vantor"}},
		{"a thing after an article", "She won an Oscar nomination and the Oscar itself, Hans Falk said. The Reagan administration agreed, and Reagan said so.", []string{"Hans Falk", "Reagan"}, []string{"Oscar"}},
		{"a thing in the plural", "Oscar hopefuls gathered before the Oscars, Hans Falk said.", []string{"Hans Falk"}, []string{"Oscar"}},
		{"a club before its people", "Chelsea boss Hans Falk was pleased. Reagan spokesman Ed Rollins agreed.", []string{"Hans Falk", "Ed Rollins"}, []string{"Chelsea"}},
		{"a possessive inside a name", "Coach Ray Smith said Wexley's Hans Falk played well.", []string{"Ray Smith", "Hans Falk"}, []string{"Wexley Hans Falk", "Wexley"}},
		{"a known company heading a sentence", "Nokia said on Monday that handset sales rose, Hans Falk said.", []string{"Hans Falk"}, []string{"Nokia"}},
		{"quantifiers and common nouns that speak", "Arbitrageurs said the bid was low. Another added, \"It is too late.\" Hans Falk agreed, and two farm state Congressmen, Ed Rollins among them, said so.", []string{"Hans Falk", "Ed Rollins"}, []string{"Arbitrageurs", "Another", "Congressmen"}},
		{"a number word in a title, a chapter", "Ocean's Twelve took sixth place, Hans Falk said. The firm's Chapter 11 filing was approved.", []string{"Hans Falk"}, []string{"Twelve", "Chapter"}},
		{"a name after a preposition says nothing", "A spokeswoman for Wexley said the club would appeal. Wexley won 2-1, Hans Falk said.", []string{"Hans Falk"}, []string{"Wexley"}},
		{"a day's possessive is no institution's", "The film is nominated at Sunday's Oscar ceremony, Hans Falk said.", []string{"Hans Falk"}, []string{"Oscar"}},
		{"a name after a preposition that speaks elsewhere stays", "A spokesman for Orvanto said no. Orvanto said later he would go.", []string{"Orvanto"}, nil},
		{"a paper in apposition", "Lin Wei Po, a Hong Kong daily with close Peking links, said the drought was the worst in 20 years. Hans Falk agreed.", []string{"Hans Falk"}, []string{"Lin Wei Po", "Wei Po"}},
		{"a unit in apposition", "Quell Dorran, a unit of Marrow Corp, said sales rose. Hans Falk agreed.", []string{"Hans Falk"}, []string{"Quell Dorran"}},
		{"a person described by a place and a party stays", "Hans Falk, a Texas Democrat, said the company would lose. Tom Reed, a New York lawyer with the firm, agreed.", []string{"Hans Falk", "Tom Reed"}, nil},
		{"a laboratory firm", "Gynex Labs and Marrow Corp ended their pact, Hans Falk said. Gynex Labs will bear the costs.", []string{"Hans Falk"}, []string{"Gynex Labs"}},
		{"a middle initial at a line's end", "The company said Hans Falk has been succeeded by John H.\nGeiger, who had been president.\nIt named Ruth K.\nDorran to the board.", []string{"Hans Falk", "John H. Geiger", "Ruth K. Dorran"}, []string{"John H.", "Ruth K."}},
		{"legal forms with periods and a country's abbreviation", "Hans Falk said Norte S.A. and Arcalex B.V. would merge, and Vesta Bros. and Neste Oy agreed with Tarn Bros. The White House would name Lund U.S. ambassador, and Ruth Dorran said Lund was ready.", []string{"Hans Falk", "Lund", "Ruth Dorran"}, []string{"Norte S.A.", "Arcalex B.V.", "Vesta Bros.", "Neste Oy", "Tarn Bros", "Lund U.S."}},
		{"a person's chief of staff stays a person", "Reagan's chief of staff resigned on Friday.", []string{"Reagan"}, nil},
		// a single word needs a full name, a title, an honorific or speech
		{"a lone word without support", "Brackley won 2-1 at home. Fans cheered Brackley, Hans Falk said.", []string{"Hans Falk"}, []string{"Brackley"}},
		{"a surname of an article's full name", "Hans Falk arrived. Later Falk left.", []string{"Hans Falk"}, []string{"Falk"}},
		{"a surname after a title", "Talks went on. President Orvanto arrived late.", []string{"Orvanto"}, nil},
		{"a surname after an honorific", "Talks went on. Lord Quennell arrived late.", []string{"Quennell"}, nil},
		{"a surname that speaks", "Talks went on. Orvanto said they would end soon.", []string{"Orvanto"}, nil},
		{"a surname after said", "\"It will end,\" said Orvanto.", []string{"Orvanto"}, nil},
		{"a surname that has said", "Talks went on. Orvanto has said the terms were fair.", []string{"Orvanto"}, nil},
		{"a company that had said", "Talks went on. Quillmark had said last year it would close the plant.", nil, []string{"Quillmark"}},
		{"a watchdog that has said", "Rules will change, watchdog Quillmark has said.", nil, []string{"Quillmark"}},
		{"a spokesman for a firm has said", "Talks went on. A spokesman for Quillmark has said the terms were fair.", nil, []string{"Quillmark"}},
		// a role noun in lower case before two unknown words
		{"a creed before a group", "Police hunted members of the leftist Red Quorm guerrilla group, Hans Falk said.", []string{"Hans Falk"}, []string{"Red Quorm"}},
		{"a role noun before a body and its role", "Dissident Khmer Vantu leader Ieng Sarro spoke, Hans Falk said.", []string{"Hans Falk"}, []string{"Khmer Vantu"}},
		// an apposition that gives two unknown words an office
		// a middle initial the model began the name at
		{"a given name before an initial", "Zentrox said it elected Orvan J. Quellin to its board.", []string{"Orvan J. Quellin"}, []string{"J. Quellin"}},
		{"a country before an initial", "Man of the match: Zimbabwe A. Flower. Australia M. Slater 45, India A. Jadeja 30.", nil, []string{"Zimbabwe A. Flower", "Australia M. Slater", "India A. Jadeja"}},
		{"apposition with an office", "He met Kuo Tan, the deputy governor, on Monday.", []string{"Kuo Tan"}, nil},
		{"a hyphenated office", "Talks went on, said Deputy Director-General Kuo Tan of the agency.", []string{"Kuo Tan"}, nil},
		// works and bands named like people
		{"a film after film", "The film Vera Quill won a prize, Hans Falk said.", []string{"Hans Falk"}, []string{"Vera Quill"}},
		{"books after a name", "Sales of Tom Wexley books rose, Hans Falk said.", []string{"Hans Falk"}, []string{"Tom Wexley"}},
		{"a band before its singer", "Otto Brandel singer Ann Lee arrived.", []string{"Ann Lee"}, []string{"Otto Brandel"}},
		{"the sixth work", "Fans queued for the sixth Harry Quill, Hans Falk said.", []string{"Hans Falk"}, []string{"Harry Quill"}},
		{"a director's work", "Mike Lane's Vera Quill won, and Mike Lane said he was glad.", []string{"Mike Lane"}, []string{"Vera Quill"}},
		{"a firm after a company noun", "The ferry owned by the British company Tom Wexley sank, Hans Falk said. Tom Wexley said it was sorry.", []string{"Hans Falk"}, []string{"Tom Wexley"}},
		{"a firm after the owners and a comma", "A spokesman for the owners, Tom Wexley, said the ship was sound, Hans Falk said.", []string{"Hans Falk"}, []string{"Tom Wexley"}},
		{"a firm's parent company", "Tom Wexley's parent company Orvan Holdings paid, Hans Falk said.", []string{"Hans Falk"}, []string{"Tom Wexley"}},
		{"a firm's chairman after of stays a person", "Chairman of the firm Tom Wexley said sales rose.", []string{"Tom Wexley"}, nil},
		{"a company's head after a comma stays a person", "The head of the Orvan company, Tom Wexley, said he was glad.", []string{"Tom Wexley"}, nil},
		{"a company's chairman stays a person", "The company's chairman Tom Wexley said sales rose.", []string{"Tom Wexley"}, nil},
		{"a person that speaks is no work", "The Vera Quill show was cut. Vera Quill said she was sorry.", []string{"Vera Quill"}, nil},
		// companies, ships and compounds named like people
		{"a company's first word that speaks", "Talks with Fenwick International Corp went on. Fenwick said it would sell the unit, Hans Falk said.", []string{"Hans Falk"}, []string{"Fenwick"}},
		{"a surname with a title beside a company", "Treasury Secretary Quorvan spoke. Quorvan International Corp fell. Quorvan said so.", []string{"Quorvan"}, nil},
		{"a name before a ticker", "Cie des Machines Fenwick <FEN.PA> will sell its unit, Hans Falk said.", []string{"Hans Falk"}, []string{"Machines Fenwick"}},
		{"a French firm's name", "Cie des Machines Fenwick said it would sell the unit, Hans Falk said.", []string{"Hans Falk"}, []string{"Machines Fenwick"}},
		{"a ship", "The French ship Pierre Morel berthed at the port, Hans Falk said.", []string{"Hans Falk"}, []string{"Pierre Morel"}},
		{"half of a compound", "Rates will hold, said Brenner Handels- und Wexley Bank economist Hans Falk.", []string{"Hans Falk"}, []string{"Brenner Handels"}},
		{"a capitalised administration", "Officials said Orvanto Administration policy was clear. Orvanto said so too.", []string{"Orvanto"}, []string{"Orvanto Administration"}},
		// organisations, towns and terms named like people
		{"a foreign bank", "Lead manager Banque Quellaine de Wexford said the issue was sold, Hans Falk said.", []string{"Hans Falk"}, []string{"Banque Quellaine", "Banque Quellaine de Wexford"}},
		{"a foreign credit house", "Credit Orvantais said profits rose, Hans Falk said.", []string{"Hans Falk"}, []string{"Credit Orvantais"}},
		{"a research firm", "Viewers lead the trend, Quorlan Research found, Hans Falk said.", []string{"Hans Falk"}, []string{"Quorlan Research"}},
		{"a German paper", "The magazine Der Wexburger said the minister had resigned, Hans Falk said. Der Wexburger said he would go.", []string{"Hans Falk"}, []string{"Der Wexburger", "Wexburger"}},
		{"a town before its state", "A group led by Brannock Hills, N.J., investor Marta Kellerby said so.", []string{"Marta Kellerby"}, []string{"Brannock Hills"}},
		{"the first half of a partners' firm", "Underwriters are Quorlan Tessick, Pell Dunmore Inc, Hans Falk said.", []string{"Hans Falk"}, []string{"Quorlan Tessick"}},
		{"a person before a firm stays a person", "The deal was good, said John Kellerby, Pell Dunmore Inc economist.", []string{"John Kellerby"}, nil},
		{"a term and its acronym", "Quantal Brisk Vortex Line technology is fast. QBVL reaches most homes, Hans Falk said.", []string{"Hans Falk"}, []string{"Quantal Brisk Vortex Line"}},
		{"a class of shares", "Class B shares rose, Hans Falk said.", []string{"Hans Falk"}, []string{"Class B"}},
		{"a firm's plural possessive", "Talks went on. Fenwicks' Hans Falk said so.", []string{"Hans Falk"}, []string{"Fenwicks Hans Falk"}},
		{"an acronym ending a name", "Quill LBO, a unit of Quill Group, said so, Hans Falk said.", []string{"Hans Falk"}, []string{"Quill LBO"}},
		{"a regnal number", "Pope Pius XII and King Henry VIII were named, Hans Falk said.", []string{"Hans Falk", "Henry VIII"}, nil},
		{"a film's number words", "Clint Eastwood's Million Dollar Baby won, Hans Falk said.", []string{"Hans Falk"}, []string{"Million Dollar Baby"}},
		{"a title with its office", "Chancellor of the Exchequer Nigel Quill has set a target.", []string{"Nigel Quill"}, nil},
		{"a title with an organization", "Governor of the Bank of Japan Satoshi Orvanto said so.", []string{"Satoshi Orvanto"}, nil},
		{"a name between commas after a title and office", "Japan's Minister of Fisheries and Forests, Hajime Orvanto, will meet them.", []string{"Hajime Orvanto"}, nil},
		{"an Arabic article in a name", "Oil Minister Sheikh Ali al-Qasimi al-Fahad said so. Sheikh Ali denied it, and Qasimi left.", []string{"Ali al-Qasimi al-Fahad"}, []string{"Ali", "Qasimi"}},
		{"a hyphenated given name", "Chairman Lo Ka-wing said profits rose. Lo said more later.", []string{"Lo Ka-wing"}, []string{"Lo Ka", "Lo"}},
		// forms that only people take
		{"scorers in a result", "Wexford 2 (Brannock 12th, Marwick 77th minute) Dunmore 1 (Kellerby 45th).", []string{"Brannock", "Marwick", "Kellerby"}, []string{"Wexford", "Dunmore"}},
		{"a cricket scorecard", "Tom Ashby c Fennick b Hollard 45", []string{"Tom Ashby", "Fennick", "Hollard"}, nil},
		{"an age", "The 21-year-old Quennell won. In the final the champion beat Hollard, 34, in two sets.", []string{"Quennell", "Hollard"}, nil},
		{"an age before a club's player", "The 21-year-old Brackley prop is uncapped, Hans Falk said.", []string{"Hans Falk"}, []string{"Brackley"}},
		{"a record or a country after a name", "Brannock (10-2) pitched well. Marwick (Belgium) was second.", []string{"Brannock", "Marwick"}, nil},
		{"no such form", "Brannock won 10-2 at home. Marwick was second in Belgium.", nil, []string{"Brannock", "Marwick"}},
		{"a minute without its ordinal", "Wexford 2 (Brannock 7, Kellerby 33) Dunmore 1.", []string{"Brannock", "Kellerby"}, nil},
		{"a bowler's figures", "Bowling: Brannock 9-2-35-0, Kellerby 6-0-23-1", []string{"Brannock", "Kellerby"}, nil},
		{"a team sheet's initials", "Ireland: G Quennell; S Orvanto, B Hollard, D Marwick. Italy: M Brannock (Italy).", []string{"G Quennell", "S Orvanto", "B Hollard", "D Marwick", "M Brannock"}, []string{"Ireland"}},
		{"a story in capitals", "THE TALKS ENDED ON MONDAY. PRESIDENT RONALD QUENNELL SAID THE BILL WOULD PASS, AND NORMAN TOLD REPORTERS SO.", []string{"Ronald Quennell"}, []string{"Norman Told", "Bill Would"}},
		{"a title before a surname", "Parliament Speaker Quennell said no. Patriarch Marwick agreed.", []string{"Quennell", "Marwick"}, nil},
		{"a byline", "Tarn Quennell\n\nWEXFORD, Aug 2 - The talks ended on Friday.", []string{"Tarn Quennell"}, nil},
		{"a byline after By", "By Tarn Quennell\n\nWEXFORD, Aug 2 - The talks ended on Friday.", []string{"Tarn Quennell"}, nil},
		{"no byline without a dateline", "Weekly Review\n\nThe talks ended on Friday.", nil, []string{"Weekly Review"}},
		{"a title before an unknown given name", "Comments by Trade Representative Carrick Quennell do not reflect policy.", []string{"Carrick Quennell"}, nil},
		{"a title before a place", "The Trade Representative Kansas City office closed.", nil, []string{"Kansas City"}},
		{"an office's title before unknown words", "The bill of Senator Arland Quennell passed.", []string{"Arland Quennell"}, nil},
		{"a nationality before a name", "Joining him was Wimbledon winner Tom Ashby, who beat Moroccan Karsim Alouani in four sets. Alouani was tired.", []string{"Karsim Alouani"}, nil},
		{"a place's possessive before a name", "Boston's Marv Quellan went 3-for-3. Quellan scored twice.", []string{"Marv Quellan"}, nil},
		{"a place's possessive before a firm", "Italy's Gruppo Quellani bought it. Quellani said so, Hans Falk said.", []string{"Hans Falk"}, []string{"Gruppo Quellani"}},
		{"a nationality before a body", "Holders of American Depositary Quorls were paid, Hans Falk said.", []string{"Hans Falk"}, []string{"Depositary Quorls"}},
		{"a nationality before an event", "He won the Belgian Grand Prix on Sunday, Hans Falk said.", []string{"Hans Falk"}, []string{"Grand Prix"}},
		{"scorers the model has not seen", "Wexford 2 (Van Quorlo 12th, Zbrannik 77th) Dunmore 0.", []string{"Van Quorlo", "Zbrannik"}, []string{"Wexford", "Dunmore"}},
		{"a cricket scorecard the model has not seen", "Tom Ashby c Zbrannik b Quorlovic 45", []string{"Zbrannik", "Quorlovic"}, nil},
		// parties, seats and works named like people
		{"a party's name before a name", "Fellow Lib Dem Tarn Quennell said the report was damning.", []string{"Tarn Quennell"}, []string{"Fellow Lib Dem Tarn Quennell", "Lib Dem Tarn Quennell"}},
		{"a party's name after a name", "Orvanto Labour's longest-serving leader", nil, []string{"Orvanto Labour"}},
		{"a two-word party", "Christian Democrat Ugo Fanchetti said so.", []string{"Ugo Fanchetti"}, []string{"Christian"}},
		{"a party in apposition", "He launched his new party, Veridia, on Monday. Hans Falk said Veridia would fight every seat.", []string{"Hans Falk"}, []string{"Veridia"}},
		{"a party before party", "Kilroy launches 'Veridia' party. Hans Falk said Veridia would fail.", []string{"Hans Falk"}, []string{"Veridia"}},
		{"a party's leader in apposition", "The leader of the Nationalist Party, Khaleda Zia, said so.", []string{"Khaleda Zia"}, nil},
		{"a party's leader", "The Veridia leader said no. He said Veridia wanted an amnesty, Hans Falk said.", []string{"Hans Falk"}, []string{"Veridia"}},
		{"a seat", "He may stand against Hans Falk in his Brackley seat. Hans Falk's Brackley constituents were told.", []string{"Hans Falk"}, []string{"Brackley"}},
		{"a work's star", "Vera Quill star Marta Kellerby won, Hans Falk said.", []string{"Marta Kellerby", "Hans Falk"}, []string{"Vera Quill"}},
		{"a star's movie stays a person", "UK debut for Kevin Sparrow movie. Stars Kevin Sparrow and Kate Stone came.", []string{"Kevin Sparrow"}, nil},
		{"a work in quotes", "Sales of the 'Anne Quill' line rose, Hans Falk said.", []string{"Hans Falk"}, []string{"Anne Quill"}},
		{"a work and the", "Harry Quill and the Prisoner of Brackley won, Hans Falk said.", []string{"Hans Falk"}, []string{"Harry Quill"}},
		{"a role in a work", "Marta Kellerby won for her role in Vera Quill.", []string{"Marta Kellerby"}, []string{"Vera Quill"}},
		{"a director's work after starring in", "She starred in Jean-Pierre Orvanto's A Long Walk.", []string{"Jean-Pierre Orvanto"}, nil},
		{"a work in parentheses after an actor", "Nominees: Daniel Craig (Vera Quill), Phil Davis (Blind Fight).", []string{"Daniel Craig", "Phil Davis"}, []string{"Vera Quill", "Blind Fight"}},
		// names in parts
		{"lower-case particles", "Lawyer Piet van der Quill met Cesare dal Orvanto on Monday.", []string{"Piet van der Quill", "Cesare dal Orvanto"}, []string{"Piet", "Quill"}},
		{"a capitalised particle", "5. Marta De Quennell (Belgium) 2:43.18", []string{"Marta de Quennell"}, []string{"De Quennell", "Quennell"}},
		{"an elided particle", "Former President Anatole Vanier d'Orvanto met Hans Falk. Vanier d'Orvanto said so.", []string{"Anatole Vanier d'Orvanto", "Hans Falk"}, []string{"Anatole Vanier"}},
		{"an elided word that is no particle", "Hans Falk said the mix of l'Orvanto and d'accord was new.", []string{"Hans Falk"}, []string{"Hans Falk d'accord"}},
		{"a name joined by hyphens", "Imran Ashraf c Fennick b Tamir-ul-Haqqi 35", []string{"Tamir-ul-Haqqi"}, []string{"Tamir"}},
		// adjectives, headline verbs and types after a title are no names
		{"a lower-case title that is an adjective", "Exports from major Tarvish producers fell, said an official. The chief Tarvish buyer said prices rose.",
			nil, []string{"Tarvish"}},
		{"a capitalised title still is one", "Exports fell, Major Tarvish told the meeting.", []string{"Tarvish"}, nil},
		{"an honorific after the", "\"I'm not going to be the Mr Grimble of books,\" said Tony Cowan, 54.", []string{"Tony Cowan"}, []string{"Grimble"}},
		{"an honorific after the, and with a title", "Mr Grimble said no. Talks with Mr Grimble went on.", []string{"Grimble"}, nil},
		// names written as a firm's or a body's somewhere in the article
		{"inside the wires' company marks", "Sweden's Telefon AB Vessko\n<KARL ST> said one of its units won an order.", nil, []string{"Karl ST"}},
		{"an apposition describing a firm", "Notes will be sold by Tarrin Quell. Tarrin Quell, a federally chartered, stockholder-owned corporation, is a big buyer.", nil, []string{"Tarrin Quell"}},
		{"an apposition describing a person", "Tarrin Quell, a former bank clerk, said he would appeal.", []string{"Tarrin Quell"}, nil},
		{"an apposition with a firm after of", "Action was taken against Tarrin Quell, a former trader of a major firm, on Monday.", []string{"Tarrin Quell"}, nil},
		{"portfolios listed after an office's of", "Dun Weng, Minister of Agriculture, Animal Tending and Fisheries said output rose.", []string{"Dun Weng"}, []string{"Animal Tending", "Fisheries"}},
		{"a firm's unit", "Pillmore said it will sell its Quarry Tower unit. Quarry Tower said sales rose.", nil, []string{"Quarry Tower"}},
		{"a firm's first half before and", "Quarry Refining and Marketing Co raised prices. Quarry Refining said demand was strong.", nil, []string{"Quarry Refining"}},
		{"a person before and a firm", "Anna Quill and Tarrow Corp signed the deal. Anna Quill said it was fair.", []string{"Anna Quill"}, nil},
		// a speaker the next sentence describes as an organisation
		{"a speaker described as a paper", "Losses were large, Pravdina said. The party daily said the managers had been sacked.", nil, []string{"Pravdina"}},
		{"a speaker before a plain the company", "Sales rose, Tarrow said. The company said it would hire more staff.", []string{"Tarrow"}, nil},
		// a short form of the given name is the article's full name
		{"a short form of the given name", "Deputy Secretary Richard Darlow will leave. \"Dick Darlow has contributed mightily,\" the minister said.",
			[]string{"Richard Darlow"}, []string{"Dick Darlow"}},
		{"a short form with two full names of it", "Steven Tarrant and Stephen Tarrant are cousins. Steve Tarrant scored.",
			[]string{"Steven Tarrant", "Stephen Tarrant", "Steve Tarrant"}, nil},
		{"another given name is another person", "David Evanson plays guitar; his brother Dick Evanson left the band.",
			[]string{"David Evanson", "Dick Evanson"}, nil},
		// an editor's bracketed given name before the quoted surname
		{"a bracketed given name after a title", "\"We will compare notes on (Brazilian Finance Minister Teodoro) Vessani,\" he said. Vessani said he wanted a deal.",
			[]string{"Teodoro Vessani"}, []string{"Teodoro", "Vessani"}},
		{"a bracketed given name of the list", "\"The system was inherited from (former President Michael) Quellan,\" the banker said.",
			[]string{"Michael Quellan"}, []string{"Michael"}},
		{"a bracketed name without a title", "Sales of the phone (made by Tarrow) Monday rose.", nil, []string{"Tarrow Monday"}},
		// a line-up's initials are the article's full names of that letter
		{"an initial for the given name", "Coach Ray Dunmore picked Jamie Tollan at centre. Team: J Tollan, B Marrick, C Pellow; replacements: T Avery.",
			[]string{"Ray Dunmore", "Jamie Tollan", "B Marrick"}, []string{"J Tollan"}},
		{"an initial with a dot and an apostrophe", "Brian O'Tarrow scored twice. Ireland: B. O'Tarrow, G Fenn, D Rourke.",
			[]string{"Brian O'Tarrow"}, []string{"B. O'Tarrow", "B O'Tarrow"}},
		{"another letter is another person", "Guy Pellerby starts at scrum-half. Ireland: G Pellerby, S Pellerby, D Rourke.",
			[]string{"Guy Pellerby", "S Pellerby"}, []string{"G Pellerby"}},
		{"two full names of the letter leave it", "Sam Wexford and Simon Wexford are brothers. Team: S Wexford, D Rourke, G Fenn.",
			[]string{"Sam Wexford", "Simon Wexford", "S Wexford"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &archive.Article{Title: "News", Body: tc.body}
			x.Extract(a)
			for _, w := range tc.want {
				if !slices.Contains(a.Persons, w) {
					t.Errorf("persons %q lack %q", a.Persons, w)
				}
			}
			for _, w := range tc.notWant {
				if slices.Contains(a.Persons, w) {
					t.Errorf("persons %q include %q", a.Persons, w)
				}
			}
		})
	}
}

// TestHeadlineTitleWord: a title in a capitals headline before a word the
// body never writes with a capital makes no name; before a name the body
// writes, it still does.
func TestHeadlineTitleWord(t *testing.T) {
	x := mustNew(t)
	for _, tc := range []struct {
		title, body string
		want, not   string
	}{
		{"UK MINISTER SEEKS TO EASE TENSION ON TRIP", "The British trade minister arrived on Monday for talks on the trade dispute.", "", "Seeks"},
		{"UK MINISTER TARVISH TO VISIT TOKYO", "Trade Minister Tarvish will arrive on Monday for talks.", "Tarvish", ""},
	} {
		a := &archive.Article{Title: tc.title, Body: tc.body}
		x.Extract(a)
		if tc.not != "" && slices.Contains(a.Persons, tc.not) {
			t.Errorf("%q: persons %q include %q", tc.title, a.Persons, tc.not)
		}
		if tc.want != "" && !slices.Contains(a.Persons, tc.want) {
			t.Errorf("%q: persons %q lack %q", tc.title, a.Persons, tc.want)
		}
	}
}

// TestOrgRules checks whole company names and ministries with their
// country (invented text).
func TestOrgRules(t *testing.T) {
	x := mustNew(t)
	for _, tc := range []struct {
		body    string
		want    []string // orgs, any order
		notWant []string
		// dateline and source of the article, when the case needs them
		dateline, source string
	}{
		{"Analysts at Quill, Marston and Co said.", []string{"Quill Marston and Co"}, []string{"Marston and Co"}, "", ""},
		{"Swiss Bank Corp International Ltd led the deal with Salomon Brothers International Ltd.", []string{"Swiss Bank Corp International Ltd", "Salomon Brothers International Ltd"}, []string{"International Ltd", "Salomon Brothers"}, "", ""},
		{"The notes were sold by Shearson Lehman Bros Inc.", []string{"Shearson Lehman Brothers"}, []string{"Shearson Lehman Brothers Bros Inc", "Bros Inc"}, "", ""},
		{"In Tokyo, Sumitomo Bank Ltd rose.", []string{"Sumitomo Bank Ltd"}, []string{"Tokyo Sumitomo Bank Ltd"}, "", ""},
		{"The Japanese Finance Ministry said. The Finance Ministry sold bonds.", []string{"Ministry of Finance (Japan)"}, []string{"Finance Ministry"}, "", ""},
		{"The French Foreign Ministry said.", []string{"Ministry of Foreign Affairs (France)"}, nil, "", ""},
		{"The Finance Ministry said on Monday.", []string{"Finance Ministry"}, nil, "", ""},
		{"The U.S. Treasury said. The Treasury sold bills.", []string{"Treasury (United States)"}, []string{"Treasury"}, "", ""},
		{"The Treasury sold bills.", []string{"Treasury"}, nil, "", ""},
		// a department carries the country the text gives it, or the
		// country of its official that the article names
		{"The U.S. Agriculture Department said. The Agriculture Department sold wheat.", []string{"Agriculture Department (United States)"}, []string{"Agriculture Department"}, "", ""},
		{"Officials of the Philippine Agriculture Department met.", []string{"Agriculture Department (Philippines)"}, nil, "", ""},
		{"U.S. Commerce Secretary Anna Quill spoke. The Commerce Department said sales rose.", []string{"Commerce Department (United States)"}, []string{"Commerce Department"}, "", ""},
		{"U.S. Agriculture Secretary Anna Quill met Philippine Agriculture Undersecretary Ben Tarn. The Agriculture Department said so.", []string{"Agriculture Department"}, nil, "", ""},
		{"The Agriculture Department said wheat stocks rose.", []string{"Agriculture Department (United States)"}, []string{"Agriculture Department"}, "WASHINGTON, May 4 -", ""},
		{"The Agriculture Department said Japanese wheat stocks rose.", []string{"Agriculture Department"}, nil, "WASHINGTON, May 4 -", ""},
		{"U.S. Energy Corp said the Energy Department approved it.", []string{"Energy Department"}, nil, "", ""},
		{"The Manitoba Agriculture Department said seeding was late.", []string{"Agriculture Department"}, nil, "", ""},
		{"Canada's Agriculture Department said seeding was late.", []string{"Agriculture Department (Canada)"}, nil, "", ""},
		// the dateline's country, where the body names it and no other, and not
		// for a province's department
		{"Wheat sales to U.S. mills rose, the Agriculture Department said.", []string{"Agriculture Department (United States)"}, []string{"Agriculture Department"}, "WASHINGTON, May 4 -", ""},
		{"American farmers sold more corn, the Agriculture Department said.", []string{"Agriculture Department (United States)"}, nil, "CHICAGO, May 4 -", ""},
		{"Soviet and U.S. officials met. State Department spokesman Ben Tarn said so.", []string{"State Department"}, []string{"State Department (Soviet Union)"}, "MOSCOW, May 4 -", ""},
		{"Wheat sales to U.S. mills rose, the Agriculture Department said.", []string{"Agriculture Department"}, nil, "", ""},
		{"Canadian farmers were late, the Manitoba Agriculture Department said.", []string{"Agriculture Department"}, []string{"Agriculture Department (Canada)"}, "WINNIPEG, May 4 -", ""},
		{"The Justice Department said the Paris accord held.", []string{"Justice Department"}, nil, "PARIS, May 4 -", ""},
		// quantifiers, two names glued by "and", legal forms in a row
		{"Shares rose. One of Fenwick Motor Co's plants closed.", []string{"Fenwick Motor Co"}, []string{"One of Fenwick Motor Co"}, "", ""},
		{"Both Quillan and Marsby Co said sales rose.", []string{"Marsby Co"}, []string{"Both Quillan and Marsby Co", "Quillan and Marsby Co"}, "", ""},
		{"A group of Tarn and Hollis and QRT Industries Inc bought it.", nil, []string{"Tarn and Hollis and QRT Industries Inc", "QRT Industries Inc", "Hollis and QRT Industries Inc"}, "", ""},
		{"The library was bought from Quorlan Corp Holdings Ltd last year.", []string{"Quorlan Corp"}, []string{"Holdings Ltd"}, "", ""},
		{"Lead underwriters are Alex. Quorby and Sons Inc and others.", []string{"Alex Quorby and Sons Inc"}, []string{"Quorby and Sons Inc"}, "", ""},
		{"Lead managers are Quill Inc and Hollis and Dane Inc.", []string{"Hollis and Dane Inc"}, []string{"Inc and Hollis and Dane Inc"}, "", ""},
		{"Talks with Tarn and Associates and Quorby Co ended.", []string{"Quorby Co"}, []string{"Associates and Quorby Co"}, "", ""},
		{"Lead manager Banque Quellaine a Wexbourg SA said the issue was sold.", []string{"Banque Quellaine a Wexbourg SA"}, []string{"Wexbourg SA"}, "", ""},
		{"The bonds carry a Wexbourg SA guarantee.", []string{"Wexbourg SA"}, nil, "", ""},
		{"All Quorlan Airways Co flights left.", []string{"All Quorlan Airways Co"}, nil, "", ""},
		// a person or a role before "of" is no part of a company
		{"Rates will rise, said Robert Quill of Fenwick Securities Co.", []string{"Fenwick Securities Co"}, []string{"Robert Quill of Fenwick Securities Co"}, "", ""},
		{"Prices fell. Analyst Robert Quill of Fenwick Securities Co said so.", []string{"Fenwick Securities Co"}, []string{"Analyst Robert Quill of Fenwick Securities Co"}, "", ""},
		{"Rates will rise, said Darwin Quill of Fenwick Securities Co.", []string{"Fenwick Securities Co"}, []string{"Darwin Quill of Fenwick Securities Co"}, "", ""},
		{"Deposits rose at Barnett Banks of Florida Inc.", []string{"Barnett Banks of Florida Inc"}, []string{"Florida Inc"}, "", ""},
		{"Anna Marsh, Vice Chairman of Fenwick and Bates Drilling Co, said.", []string{"Fenwick and Bates Drilling Co"}, nil, "", ""},
		{"Loans rose at Bank of Fenwick Ltd.", []string{"Bank of Fenwick Ltd"}, nil, "", ""},
		{"Chairman of Fenwick Motors Corp Roger Quill said.", []string{"Fenwick Motors Corp"}, []string{"Chairman of Fenwick Motors Corp"}, "", ""},
		// the dateline gives a bare ministry or Treasury its country, where
		// that country has one
		{"The Finance Ministry said on Monday.", []string{"Ministry of Finance (Japan)"}, []string{"Finance Ministry"}, "TOKYO, May 4 -", ""},
		{"The Treasury sold bills.", []string{"Treasury (United States)"}, []string{"Treasury"}, "WASHINGTON, May 4 -", ""},
		{"The Treasury sold bills.", []string{"Treasury"}, nil, "TOKYO, May 4 -", ""},
		{"The Finance Ministry said on Monday.", []string{"Finance Ministry"}, nil, "WASHINGTON, May 4 -", ""},
		{"The Foreign Ministry said on Monday.", []string{"Ministry of Foreign Affairs (France)"}, nil, "PARIS, May 4 -", ""},
		// a country a few words before, past numbers and lower-case words
		{"The key U.S. 7-1/2 pct Treasury bond rose.", []string{"Treasury (United States)"}, []string{"Treasury"}, "TOKYO, May 4 -", ""},
		{"Rates of French 13-week Treasury bills rose.", []string{"Treasury (France)"}, []string{"Treasury"}, "", ""},
		{"Japan said so, and Treasury bills rose.", []string{"Treasury"}, nil, "TOKYO, May 4 -", ""},
		{"Today Foreign Ministry officials met.", []string{"Ministry of Foreign Affairs (Kuwait)"}, nil, "KUWAIT, June 2 -", ""},
		{"Yesterday, Tamura's Ministry of International Trade and Industry said so.", []string{"Ministry of International Trade and Industry"}, []string{"Tamura Ministry", "Ministry of Tamura (Japan)"}, "TOKYO, June 2 -", ""},
		{"The Japan Ministry said so.", nil, []string{"Ministry of Japan (Japan)"}, "TOKYO, June 2 -", ""},
		// without a dateline, the only country the article names
		{"The Treasury in Britain sold bills.", []string{"Treasury (United Kingdom)"}, nil, "", ""},
		{"The Treasury sold bills to Britain and France.", []string{"Treasury"}, nil, "", ""},
		{"The Treasury said the Paris accord held.", []string{"Treasury"}, nil, "", ""},
		// a news outlet as the channel of the story is no mention
		{"Officials told Reuters the talks would go on.", nil, []string{"Reuters"}, "", ""},
		{"Mr Gray told the BBC News website that it was over.", nil, []string{"BBC"}, "", ""},
		{"The minister said on BBC Radio 4 that it was over.", nil, []string{"BBC"}, "", ""},
		{"Traders polled by Reuters expect a rise.", nil, []string{"Reuters"}, "", ""},
		{"The BBC has decided to cut 2,000 jobs.", []string{"BBC"}, nil, "", ""},
		{"The BBC's Paul Quill says the talks failed.", nil, []string{"BBC"}, "", ""},
		{"The rise is 4%, BBC Scotland has learned.", nil, []string{"BBC"}, "", ""},
		{"The BBC's director general said jobs would go.", []string{"BBC"}, nil, "", ""},
		{"The BBC said on Monday it would sell the unit.", []string{"BBC"}, nil, "", ""},
		// nor its own name in its own story
		{"The bank said it had sold its stake in Reuters.", nil, []string{"Reuters"}, "", "Reuters"},
		{"The bank said it had sold its stake in Reuters.", []string{"Reuters"}, nil, "", "VOA"},
	} {
		a := &archive.Article{Title: "News", Body: tc.body, Dateline: tc.dateline, Source: tc.source}
		x.Extract(a)
		for _, w := range tc.want {
			if !slices.Contains(a.Orgs, w) {
				t.Errorf("%q: orgs %q lack %q", tc.body, a.Orgs, w)
			}
		}
		for _, w := range tc.notWant {
			if slices.Contains(a.Orgs, w) {
				t.Errorf("%q: orgs %q include %q", tc.body, a.Orgs, w)
			}
		}
	}
}

// TestAcronymCompanies checks that an acronym before a legal form names a
// company, with the words of its name after the legal form, not the fixed
// name the acronym spells ("BBC AG Brown Boveri" is no broadcaster), and
// that a country's possessive before a company is no part of its name, and
// that a market index named after a firm is no mention of it (invented
// text).
func TestAcronymCompanies(t *testing.T) {
	x := mustNew(t)
	for _, tc := range []struct {
		body    string
		want    []string // orgs, any order
		notWant []string
		persons []string // none of these among the persons
	}{
		{"Trading in BBC AG Quellan Varri und Cie <BQVZ.Z> was halted.", []string{"BBC AG Quellan Varri und Cie"}, []string{"BBC"}, []string{"Quellan Varri"}},
		{"Otto Marr, chairman of BBC AG Quellan Varri und Cie, will retire.", []string{"BBC AG Quellan Varri und Cie"}, []string{"BBC"}, []string{"Quellan Varri"}},
		{"The unit is owned by Switzerland's BBC AG Quellan Varri und Cie <BQVZ.Z>.", []string{"BBC AG Quellan Varri und Cie"}, []string{"BBC", "Switzerland BBC AG"}, nil},
		{"BBC AG said its orders rose.", []string{"BBC AG"}, []string{"BBC"}, nil},
		{"A deal with OPEC SA Fenwick Marlo <OPFM.PA> was signed.", []string{"OPEC SA Fenwick Marlo"}, []string{"OPEC"}, nil},
		// words after the legal form that end in no firm's word are not its name
		{"QRX Corp Chairman Anna Quill said sales rose.", []string{"QRX Corp"}, []string{"QRX Corp Chairman Anna Quill"}, nil},
		{"The BBC said on Monday it would sell the unit.", []string{"BBC"}, nil, nil},
		// a country's possessive
		{"Britain's Quorlan and Fenwick Plc said profits rose.", []string{"Quorlan and Fenwick Plc"}, []string{"Britain Quorlan and Fenwick Plc"}, nil},
		{"West Germany's Fenwick Werke AG bought it.", []string{"Fenwick Werke AG"}, []string{"West Germany Fenwick Werke AG"}, nil},
		{"Traders bought Quorlan's Fenwick Corp.", []string{"Quorlan Fenwick Corp"}, nil, nil},
		// a subsidiary "of" a country, written after the parent's legal form
		{"Fenwick Motor Co of Canada Ltd said sales rose.", []string{"Fenwick Motor Co of Canada Ltd"}, []string{"Canada Ltd", "Fenwick Motor Co"}, nil},
		{"Quorlan Corp of Australia Pty Ltd was sold.", []string{"Quorlan Corp of Australia Pty Ltd"}, []string{"Australia Pty Ltd"}, nil},
		{"Fenwick Motor Co of Detroit said sales rose.", []string{"Fenwick Motor Co"}, nil, nil},
		// a market index named after a firm or a market is neither
		{"The Dow Jones industrial average fell 20 points and the Nasdaq composite index rose.", nil, []string{"Dow Jones", "Nasdaq"}, nil},
		{"Stocks in the Standard and Poor's 500 index rose.", nil, []string{"Standard and Poor's"}, nil},
		{"The benchmark Dow Jones share index closed higher.", nil, []string{"Dow Jones"}, nil},
		{"Dow Jones said it would buy the paper. Nasdaq said trading was heavy.", []string{"Dow Jones", "Nasdaq"}, nil, nil},
		{"Ministers of the Group of Seven industrial nations met in Paris on Monday.", []string{"Group of Seven"}, nil, nil},
		{"Fenwick Corp sold its America's Pharmacy Inc unit.", []string{"America Pharmacy Inc"}, nil, nil},
		// what of a firm is meant, or a country and a noun saying what the
		// name is, are no part of its name
		{"Shares of Quorlan Metals Co rose 2 dlrs.", []string{"Quorlan Metals Co"}, []string{"Shares of Quorlan Metals Co"}, nil},
		{"The row over the U.K. Firm Fenwick and Marlo Plc grew.", []string{"Fenwick and Marlo Plc"}, []string{"U.K. Firm Fenwick and Marlo Plc"}, nil},
		{"Its U.S. Subsidiary Quorlan Motor Manufacturing USA Inc will build it.", []string{"Quorlan Motor Manufacturing USA Inc"}, nil, nil},
		{"American Bank Note Co said it would sell.", []string{"American Bank Note Co"}, nil, nil},
		{"Unit Drilling and Exploration Co said it would sell.", []string{"Unit Drilling and Exploration Co"}, nil, nil},
		{"Fenwick Motor Company Ltd said it would sell.", []string{"Fenwick Motor Company Ltd"}, nil, nil},
		{"Subsidiary Quorlan Brewing Ltd will be sold.", []string{"Quorlan Brewing Ltd"}, []string{"Subsidiary Quorlan Brewing Ltd"}, nil},
		{"It bought the U.S. Subsidiary of Fenwick Motor Corp last year.", []string{"Fenwick Motor Corp"}, []string{"U.S. Subsidiary of Fenwick Motor Corp"}, nil},
		{"Marlo said its U.K. Subsidiary Quorlan Copper Ltd would close.", []string{"Quorlan Copper Ltd"}, nil, nil},
		{"Lloyd's Bank Plc chairman Anna Quill spoke.", []string{"Lloyd Bank Plc"}, []string{"Bank Plc"}, nil},
		{"The talks at Cargill U.K. Ltd's plant failed.", nil, []string{"U.K. Ltd"}, nil},
		// an acronym opening a longer firm's name is no fixed name
		{"IDB Fenwick Group Inc said its net rose.", nil, []string{"Inter-American Development Bank"}, nil},
		{"The IDB approved a loan to Peru.", []string{"Inter-American Development Bank"}, nil, nil},
		// an article that spells the acronym out as another name
		{"The import will be financed by the Islamic Development Bank (IDB), officials said. The IDB signed the loan.", nil, []string{"Inter-American Development Bank"}, nil},
		{"The Inter-American Development Bank (IDB) approved a loan to Peru. The IDB said so.", []string{"Inter-American Development Bank"}, nil, nil},
	} {
		a := &archive.Article{Title: "News", Body: tc.body}
		x.Extract(a)
		for _, w := range tc.want {
			if !slices.Contains(a.Orgs, w) {
				t.Errorf("%q: orgs %q lack %q", tc.body, a.Orgs, w)
			}
		}
		for _, w := range tc.notWant {
			if slices.Contains(a.Orgs, w) {
				t.Errorf("%q: orgs %q include %q", tc.body, a.Orgs, w)
			}
		}
		for _, w := range tc.persons {
			if slices.Contains(a.Persons, w) {
				t.Errorf("%q: persons %q include %q", tc.body, a.Persons, w)
			}
		}
	}
}

// TestFlashPersons checks the lone name of a wire flash written in sentence
// case (invented titles, no body).
func TestFlashPersons(t *testing.T) {
	x := mustNew(t)
	for _, tc := range []struct {
		title string
		want  []string // persons, exactly
	}{
		{"Orvanto says central bank will intervene if needed", []string{"Orvanto"}},
		{"Orvanto expects dollar to rebound soon", []string{"Orvanto"}},
		{"Output held under ceiling to defend price - Orvanto", []string{"Orvanto"}},
		{"Japan says it will cut tariffs", nil},
		{"Rates unchanged after meeting - Bundesbank", nil},
		{"Prices rose in Tokyo - dealers", nil},
		{"Officials say talks will go on", nil},
		{"ORVANTO SAYS TALKS WILL GO ON", []string{"Orvanto"}},
		{"Japan will keep rates stable, Orvanto", []string{"Orvanto"}},
		{"PRESIDENT ORVANTO'S OPPOSITION TO TAX HIKE", []string{"Orvanto"}},
		{"WHITE HOUSE'S HOWARD ORVANTO SAYS TALKS GO ON", []string{"Howard Orvanto"}},
		{"PRESIDENT'S BUDGET SAYS DEFICIT WILL FALL", nil},
		{"CARL ORVANTO SAYS HE IS A TARGET", []string{"Carl Orvanto"}},
		{"Church urges boycott of the show", nil},
		{"Tough rules for ringtone sellers", nil},
		{"DVD review: I, Robot", nil},
		// four-letter surnames are no acronyms when spoken like a word
		{"VORK SAYS FARM AID WILL GO ON", []string{"Vork"}},
		{"TRADE CHIEF'S VORK SEES NO DEAL", []string{"Vork"}},
		{"ABMS SAYS ZINC STOCKS ROSE", nil},
		{"NADX SAYS VOLUME ROSE", nil},
		{"BRITISH MINISTER GOES TO TOKYO", nil},
		// a person's act heads the headline
		{"ORVANTO OPPOSES NEW TAX ON STOCKS", []string{"Orvanto"}},
		{"ORVANTO LIKELY TO VISIT MOSCOW SOON", []string{"Orvanto"}},
		{"ORVANTO TO ADDRESS NATION ON FRIDAY", []string{"Orvanto"}},
		{"ADMINISTRATION OPPOSES NEW TAX", nil},
		{"INVESTOR DISAPPOINTED BY OFFER", nil},
		{"ZENTROX <ZTX> OPPOSES MERGER", nil},
		{"ZENTROX TO BUY STAKE IN QUILLMARK", nil},
		// the person a headline ends by quoting
		{"NO SIGN TRADE GAP IS NARROWING - ORVANTO", []string{"Orvanto"}},
		{"BANK WILL NOT ACT ON RATES -- ORVANTO", []string{"Orvanto"}},
		{"INFLATION STILL A WORRY, ORVANTO SAYS", []string{"Orvanto"}},
		{"BONN SERIOUS ABOUT PACT, SAYS ORVANTO", []string{"Orvanto"}},
		{"WHEAT AREA TO FALL - EXPORTERS", nil},
		{"NOTES TO BE ISSUED IN APRIL - TRUSTEE", nil},
		// an office's title, a name and a verb
		{"PRESIDENT ORVANTO COMING TO CAPITOL", []string{"Orvanto"}},
		{"TREASURY SECRETARY ORVANTO DECLINES COMMENT", []string{"Orvanto"}},
		{"BRAZIL FINANCE MINISTER MEETS OFFICIALS", nil},
		{"ZENTROX CHAIRMAN STEPS DOWN", nil},
		{"ZENTROX <ZTX> PRESIDENT RESIGN", nil},
		{"SCOTTISH PREMIER DIVISION RESULTS", nil},
		// a given name alone between a title or possessive and a verb is a surname
		{"KING HUSSEIN SAYS TALKS WILL GO ON", []string{"Hussein"}},
		{"TREASURY'S DOUGLAS SEES NO DEAL", []string{"Douglas"}},
		{"HUSSEIN SAYS TALKS WILL GO ON", nil},
		{"PRESIDENT DOUGLAS ORVANTO SAYS TALKS GO ON", []string{"Douglas Orvanto"}},
		{"ORVANTO REPEATS HE IS CONTENT WITH RATES", []string{"Orvanto"}},
		{"ZENTROX REPEATS FORECAST FOR 1987", nil},
		{"RATES TO STAY STEADY - BUNDESBANK", nil},
		// the one said to act as only a person does
		{"OFFICIAL SAYS ORVANTO OPPOSES STOCK TAX", []string{"Orvanto"}},
		{"WHITE HOUSE SAYS ORVANTO TO ADDRESS NATION", []string{"Orvanto"}},
		{"ZENTROX LTD <ZTX> SAYS SKIER VISITS A RECORD", nil},
		{"OFFICIAL SAYS STERLING TO FALL", nil},
	} {
		a := &archive.Article{Title: tc.title}
		x.Extract(a)
		if !slices.Equal(a.Persons, tc.want) {
			t.Errorf("%q: persons %q, want %q", tc.title, a.Persons, tc.want)
		}
	}
	// a story that names the headline's word without making it a person
	// ("the move", "Quillmark said its ...") keeps it out
	for _, tc := range []struct{ title, body string }{
		{"CANADA'S MOVE TO SHORTEN TERMS AIDS MARKET", "The move was welcomed by dealers."},
		{"OUTPUT TO RISE IN MAY - QUILLMARK", "Quillmark Inc said its output would rise in May."},
	} {
		a := &archive.Article{Title: tc.title, Body: tc.body}
		x.Extract(a)
		if len(a.Persons) != 0 {
			t.Errorf("%q with its story: persons %q, want none", tc.title, a.Persons)
		}
	}
}

// TestRoledPersons checks the role-noun rule alone, as if the model had
// left every word out: which words it labels as a name.
func TestRoledPersons(t *testing.T) {
	x := mustNew(t)
	for _, tc := range []struct {
		name, body string
		want       string // the words labelled, "" for none
	}{
		{"a role noun", "The crowd cheered as goalkeeper Andrzo Wexlik saved twice.", "Andrzo Wexlik"},
		{"an agent noun in -ist", "The plan was drawn up by political strategist Dorn Quarrell last year.", "Dorn Quarrell"},
		{"an agent noun in -man", "Reuters cameraman Liuto Stremas said a column passed.", "Liuto Stremas"},
		{"a role noun heading a sentence", "Doctor Masso Ndoye said the staff were tired.", "Masso Ndoye"},
		{"a creed before a group", "Police hunted the leftist Red Quorm guerrilla group.", ""},
		{"a body before its role", "The dissident Khmer Vantu leader spoke.", ""},
		{"a verb in -ist", "They insist Orvan Quell is wrong.", ""},
		{"three capitalised words", "The keeper Andrzo Wexlik Pantor saved.", ""},
		{"a known place", "The singer New Zealand toured.", ""},
		{"a compound's noun", "Dealers sold 455 1987-model Fenwick Tarros with airbags.", ""},
		{"a product before its number", "It offered airbags on its model Orvan Delto 88 cars.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := labelledBy(x, tc.body, (*Extractor).roledPersons); g != tc.want {
				t.Errorf("labelled %q, want %q", g, tc.want)
			}
		})
	}
}

// TestAgedPersons checks the age rule alone, as if the model had left
// every word out: which words it labels as a name.
func TestAgedPersons(t *testing.T) {
	x := mustNew(t)
	for _, tc := range []struct {
		name, body string
		want       string // the words labelled, "" for none
	}{
		{"two words and an age", "Police said Chen Siu Wan, 40, was arrested.", "Chen Siu Wan"},
		{"an age before a stop", "The victim was Tarno Quillek, 23.", "Tarno Quillek"},
		{"a single word", "Police said Quillek, 40, was arrested.", ""},
		{"a known place", "He left New Zealand, 40, for home.", ""},
		{"a number of three digits", "Tarno Quillek, 400, was the total.", ""},
		{"a company", "Zentrox Holdings Inc, 45, said.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := labelledBy(x, tc.body, (*Extractor).agedPersons); g != tc.want {
				t.Errorf("labelled %q, want %q", g, tc.want)
			}
		})
	}
}

// labelledBy runs one person rule alone on body, as if the model had left
// every word out, and returns the words it labels as a name.
func labelledBy(x *Extractor, body string, rule func(*Extractor, *scratch)) string {
	s := new(scratch)
	x.tokens(s, &archive.Article{Body: body})
	x.findOrgs(s)
	clear(s.labels)
	rule(x, s)
	var got []string
	for i := range s.toks {
		if s.labels[i] != labO {
			got = append(got, s.toks[i].text)
		}
	}
	return strings.Join(got, " ")
}

// TestJoinedToName checks the words whose "said" is a firm's of two
// surnames ("AFG and Harlow and Brown said"), not the word's.
func TestJoinedToName(t *testing.T) {
	for _, tc := range []struct {
		text    string
		word    string // the one-word name
		persons []string
		want    bool
	}{
		{"Earlier AFG and Harlow and Brown said they would sell.", "Brown", nil, true},
		{"Harlow and Brown said they would sell.", "Brown", nil, false}, // a sentence's first word may be any word
		{"Hans Falk and Brown said they would sell.", "Brown", []string{"Hans Falk"}, false},
		{"Officials and Brown said they would sell.", "Brown", nil, false},
		{"Brown said they would sell.", "Brown", nil, false},
	} {
		toks := tokenize(nil, tc.text, fieldBody)
		var spans []personSpan
		at := -1
		for i := range toks {
			if toks[i].text == tc.word {
				at = i
			}
			for _, p := range tc.persons {
				if w := strings.Fields(p); toks[i].text == w[0] {
					spans = append(spans, personSpan{start: i, end: i + len(w)})
				}
			}
		}
		if got := joinedToName(toks, spans, at); got != tc.want {
			t.Errorf("joinedToName(%q, %q) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}

// TestAcronymFirmInHeadline checks that a wire headline's company whose
// name opens with an acronym is not the fixed name the acronym spells
// (invented text).
func TestAcronymFirmInHeadline(t *testing.T) {
	x := mustNew(t)
	a := &archive.Article{Title: "IDB FENWICK GROUP INC <IDFX> YEAR NET", Body: "Shr 25 cts vs 20 cts Net 801,000 vs 703,000"}
	x.Extract(a)
	if slices.Contains(a.Orgs, "Inter-American Development Bank") {
		t.Errorf("orgs %q include the bank the acronym spells", a.Orgs)
	}
}

// TestDatelineQualifiedTown: a dateline's town is where the state or
// country after its comma says, not a namesake abroad.
func TestDatelineQualifiedTown(t *testing.T) {
	x := mustNew(t)
	for _, tc := range []struct {
		dateline, want, notWant string
	}{
		{"BIRMINGHAM, Ala., Feb 26 -", "United States", "United Kingdom"},
		{"SAN JOSE, Calif., March 3 -", "United States", "Costa Rica"},
		{"LONDON, Ontario, March 3 -", "Canada", "United Kingdom"},
		{"CAMBRIDGE, Mass., March 3 -", "United States", "United Kingdom"},
		{"LONDON, March 3 -", "United Kingdom", ""},
		{"BELFAST, Northern Ireland, March 3 -", "United Kingdom", ""},
	} {
		a := &archive.Article{Title: "QUORLAN CORP SETS DIVIDEND", Dateline: tc.dateline, Body: "Quorlan Corp said its board declared a quarterly dividend of 25 cts a share."}
		x.Extract(a)
		var names []string
		for _, c := range a.Countries {
			names = append(names, c.Name)
		}
		if !slices.Contains(names, tc.want) || tc.notWant != "" && slices.Contains(names, tc.notWant) {
			t.Errorf("%q: countries %q, want %s and not %q", tc.dateline, names, tc.want, tc.notWant)
		}
	}
}
