package quotes

import (
	"chancery/internal/shared"
	"os"
	"strings"
	"testing"
)

func TestExtract(t *testing.T) {
	lavrovZebari := []string{"Sergei Lavrov", "Hoshyar Zebari"}
	tests := []struct {
		name    string
		body    string
		persons []string
		guess   bool
		want    []Quote // Span is not compared
	}{
		{
			name:    "direct, speaker after",
			body:    `"We will not send troops to the region," Lavrov said.`,
			persons: lavrovZebari,
			want:    []Quote{{Person: "Sergei Lavrov", Kind: Direct, Text: "We will not send troops to the region"}},
		},
		{
			name:    "direct, verb before speaker",
			body:    `"The talks were useful and frank," said Foreign Minister Sergei Lavrov.`,
			persons: lavrovZebari,
			want:    []Quote{{Person: "Sergei Lavrov", Kind: Direct, Text: "The talks were useful and frank"}},
		},
		{
			name:    "direct, speaker before with colon",
			body:    `Zebari told reporters: "Our neighbours must act now."`,
			persons: lavrovZebari,
			want:    []Quote{{Person: "Hoshyar Zebari", Kind: Direct, Text: "Our neighbours must act now"}},
		},
		{
			name:    "curly quotes and a pronoun",
			body:    "Lavrov arrived in Baghdad on Monday.\n\n“Moscow will not change its position,” he said.",
			persons: lavrovZebari,
			want:    []Quote{{Person: "Sergei Lavrov", Kind: Direct, Text: "Moscow will not change its position"}},
		},
		{
			name:    "a pronoun after two persons is nobody's",
			body:    "Lavrov met Zebari on Monday.\n\n“Moscow will not change its position,” he said.",
			persons: lavrovZebari,
			want:    nil,
		},
		{
			name:    "an aide's words are the aide's",
			body:    "Walter Pruett, an adviser on fisheries to President Bush, has said the quota talks would resume in the autumn.\n\nA spokesman for Prime Minister Yasuhiro Nakasone said Japan would cut tariffs on farm goods.",
			persons: []string{"George Bush", "Walter Pruett", "Yasuhiro Nakasone"},
			want:    []Quote{{Person: "Walter Pruett", Kind: Reported, Text: "the quota talks would resume in the autumn"}},
		},
		{
			name:    "an aide described by a relative clause is still the aide",
			body:    "A close aide to Prime Minister Yasuhiro Nakasone, who asked not to be identified, said he saw little effect of the tax on the local elections.",
			persons: []string{"Yasuhiro Nakasone"},
			want:    nil,
		},
		{
			name:    "a name ending a relative clause is not the subject",
			body:    "However, Mr Johnson, who was forced to apologise last year for an article about the death of British hostage Ken Bigley, said Mr Blair should stay out of the row. Ms Okafor, whose brother worked with Juan Pardo, said the inquiry would go on.",
			persons: []string{"Boris Johnson", "Ken Bigley", "Ngozi Okafor", "Juan Pardo"},
			want: []Quote{
				{Person: "Boris Johnson", Kind: Reported, Text: "Mr Blair should stay out of the row"},
				{Person: "Ngozi Okafor", Kind: Reported, Text: "the inquiry would go on"},
			},
		},
		{
			name:    "a relative clause ending in a name after an object gives nobody",
			body:    "A spokesman for Tony Blair, who met Ken Bigley's family, said the talks went on.",
			persons: []string{"Tony Blair", "Ken Bigley"},
			want:    nil,
		},
		{
			name:    "a title's of is no preposition before the name",
			body:    "Assistant Secretary of State Elliott Abrams, who briefed reporters, said the aid would not be linked to the package. An adviser to Secretary of State George Shultz, who spoke later, said talks would go on.",
			persons: []string{"Elliott Abrams", "George Shultz"},
			want:    []Quote{{Person: "Elliott Abrams", Kind: Reported, Text: "the aid would not be linked to the package"}},
		},
		{
			name:  "a paper described in apposition is no speaker",
			body:  "Wen Wei Po, a Hong Kong daily with close Peking links, said the drought is the worst in over 20 years.\n\nThe upper reaches of the river are at their lowest levels in a century, Wen Wei Po said.",
			guess: true,
			want:  nil,
		},
		{
			name:    "a person described in apposition stays the speaker",
			body:    "Tom Reed, a New York lawyer with the firm, said the drought is the worst in over 20 years.",
			persons: []string{"Tom Reed"},
			want:    []Quote{{Person: "Tom Reed", Kind: Reported, Text: "the drought is the worst in over 20 years"}},
		},
		{
			name:    "the one told is no speaker",
			body:    "A group of senators, however, told Nakasone in a letter that trade strife would erupt.\n\nIn his radio address, Reagan said he would tell Nakasone: \"We want to work together on trade problems and lift these restrictions soon.\"",
			persons: []string{"Yasuhiro Nakasone", "Ronald Reagan"},
			want:    []Quote{{Person: "Ronald Reagan", Kind: Reported, Text: "he would tell Nakasone: \"We want to work together on trade problems and lift these restrictions soon.\""}},
		},
		{
			name:    "a speaker after the verb said stays",
			body:    "\"We will fight the tax to the end,\" said Nakasone, who spoke in Tokyo.",
			persons: []string{"Yasuhiro Nakasone"},
			want:    []Quote{{Person: "Yasuhiro Nakasone", Kind: Direct, Text: "We will fight the tax to the end"}},
		},
		{
			name:    "a shadow minister is not the minister",
			body:    "Tory shadow chancellor Peter Amwell attacked the plans.\n\nBut the chancellor said Mr Dunmore was never at the meetings. He said the union was trying to block the reform of the service.",
			persons: []string{"Peter Amwell", "Harold Dunmore"},
			want:    nil,
		},
		{
			name:    "a pronoun for someone the quotation names is wrong, and so are its continuations",
			body:    "Nadia Petrova will now face Olga Marenko.\n\nBut she is remaining confident. \"She (Marenko) is a great player,\" she said. \"But everyone can be beaten and I am looking forward to the match.\"",
			persons: []string{"Olga Marenko"},
			want:    nil,
		},
		{
			name:    "the clause before \"said:\" is no statement",
			body:    "Criticised for making the announcement, Mr Dunmore said: \"I will never apologise. The rule was broken and it is up to them to explain.\"",
			persons: []string{"Harold Dunmore"},
			want:    []Quote{{Person: "Harold Dunmore", Kind: Direct, Text: "I will never apologise. The rule was broken and it is up to them to explain"}},
		},
		{
			name:  "the tail of an organisation's name is no guessed person",
			body:  "The International Association of Machinists and Aerospace Workers said checks are being mailed to its members.",
			guess: true,
			want:  nil,
		},
		{
			name:  "the words after a place's first word are no guessed person",
			body:  "New Jersey Bell said the ruling gives it relief.\n\nSouth Wales Electricity said prices would rise.",
			guess: true,
			want:  nil,
		},
		{
			name:    "a name that says \"its\" and has no title is an organisation",
			body:    "Harbour Bull said its new line includes five models.\n\nChairman Joseph Pinnock said its banks would grow this year.",
			persons: []string{"Harbour Bull", "Joseph Pinnock"},
			want:    []Quote{{Person: "Joseph Pinnock", Kind: Reported, Text: "its banks would grow this year"}},
		},
		{
			name:    "a surname the text also gives a company is nobody's",
			body:    "Corbel Tool Co said its offer to merge with Pruett Marine Corp still stood.\n\nPruett said the merger would cut costs by 40 mln dlrs.\n\n\"We want a fair price,\" Walter Pruett said.",
			persons: []string{"Walter Pruett"},
			want:    []Quote{{Person: "Walter Pruett", Kind: Direct, Text: "We want a fair price"}},
		},
		{
			name:    "a surname alone resolves when no company shares it",
			body:    "Corbel Tool Co said its offer still stood.\n\nPruett said the merger would cut costs by 40 mln dlrs.",
			persons: []string{"Walter Pruett"},
			want:    []Quote{{Person: "Walter Pruett", Kind: Reported, Text: "the merger would cut costs by 40 mln dlrs"}},
		},
		{
			name:    "he never stands for a woman the article called she",
			body:    "Prime Minister Helen Marsh said on Monday that taxes would fall. She later said the cut depended on growth.\n\nAlthough Dunmore denounced what he called election fever, he added that an early poll was likely.",
			persons: []string{"Helen Marsh"},
			want: []Quote{
				{Person: "Helen Marsh", Kind: Reported, Text: "taxes would fall"},
				{Person: "Helen Marsh", Kind: Reported, Text: "the cut depended on growth"},
			},
		},
		{
			name:    "a title tells the sex before any pronoun",
			body:    "Mrs Marsh met the governors on Monday.\n\n\"Rates must come down soon,\" he said.",
			persons: []string{"Helen Marsh"},
			want:    nil,
		},
		{
			name:    "an indefinite description is someone not named",
			body:    "Foreign Minister Anna Ferreira flew to Lisbon on Monday.\n\nA foreign minister said the visit had been useful.",
			persons: []string{"Anna Ferreira"},
			want:    nil,
		},
		{
			name:    "a publication is no speaker",
			body:    `Prices will rise in the spring, the Farmers Daily said. "Supplies of feed grain are short in the north," Farmers Daily quoted one trader as saying.`,
			persons: []string{"Farmers Daily"},
			guess:   true,
			want:    nil,
		},
		{
			name:    "an opening phrase is no statement",
			body:    `At today's Cabinet meeting, Prime Minister Yasuhiro Nakasone said. According to Kyodo News Service, Nakasone said the yen was too strong.`,
			persons: []string{"Yasuhiro Nakasone"},
			want:    []Quote{{Person: "Yasuhiro Nakasone", Kind: Reported, Text: "the yen was too strong"}},
		},
		{
			name:    "a quotation after one by someone unknown is not continued",
			body:    "\"We have a strong legal case,\" Mr Gammell said.\n\n\"We loved the game and the atmosphere,\" Mr White said, \"and school went out of the window for both of us.\"",
			persons: []string{"Bill Gammell", "White"},
			want:    []Quote{{Person: "Bill Gammell", Kind: Direct, Text: "We have a strong legal case"}},
		},
		{
			name:    "reported with told ... that",
			body:    `Mr. Zebari told reporters in Baghdad that the government would raise the issue in Damascus.`,
			persons: lavrovZebari,
			want:    []Quote{{Person: "Hoshyar Zebari", Kind: Reported, Text: "the government would raise the issue in Damascus"}},
		},
		{
			name:    "reported, pronoun is the last person named",
			body:    `Foreign Minister Lavrov says Russia will help. He then says Moscow wants the loans rescheduled by spring.`,
			persons: lavrovZebari,
			want: []Quote{
				{Person: "Sergei Lavrov", Kind: Reported, Text: "Russia will help"},
				{Person: "Sergei Lavrov", Kind: Reported, Text: "Moscow wants the loans rescheduled by spring"},
			},
		},
		{
			name:    "a name inside the quotation is not whom he stands for",
			body:    "Zebari said the committee would meet.\n\n\"There is the question of how to do it without Sergei Lavrov. I would rather have him than not,\" he told reporters.",
			persons: lavrovZebari,
			want: []Quote{
				{Person: "Hoshyar Zebari", Kind: Reported, Text: "the committee would meet"},
				{Person: "Hoshyar Zebari", Kind: Direct, Text: "There is the question of how to do it without Sergei Lavrov. I would rather have him than not"},
			},
		},
		{
			name:    "a description resolves to the person it was given to",
			body:    `Iraq's foreign minister, Hoshyar Zebari, arrived on Friday. Russian Foreign Minister Sergei Lavrov met him. The Iraqi foreign minister told reporters that he expected two new power plants.`,
			persons: lavrovZebari,
			want:    []Quote{{Person: "Hoshyar Zebari", Kind: Reported, Text: "he expected two new power plants"}},
		},
		{
			name:    "an ambiguous description is nobody",
			body:    `Foreign Minister Hoshyar Zebari arrived. Foreign Minister Sergei Lavrov met him. The foreign minister said the talks went well.`,
			persons: lavrovZebari,
			want:    nil,
		},
		{
			name:    "officials and countries are not persons",
			body:    `Kenyan officials say the border stays shut this week. Kenya has repeatedly said it will keep its army at home.`,
			persons: lavrovZebari,
			want:    nil,
		},
		{
			name:    "speaker after the statement",
			body:    `Russia will not send troops to Iraq, Foreign Minister Sergei Lavrov said on Saturday.`,
			persons: lavrovZebari,
			want:    []Quote{{Person: "Sergei Lavrov", Kind: Reported, Text: "Russia will not send troops to Iraq"}},
		},
		{
			name:    "a statement inside another is cut out of it",
			body:    `Lavrov spoke first. But he says Russia will not send troops, a request that the Iraqi envoy, Hoshyar Zebari, on Friday had said he might seek.`,
			persons: lavrovZebari,
			want: []Quote{
				{Person: "Sergei Lavrov", Kind: Reported, Text: "Russia will not send troops"},
				{Person: "Hoshyar Zebari", Kind: Reported, Text: "he might seek"},
			},
		},
		{
			name:    "an unattributed quotation continues the speaker's",
			body:    "\"We are ready to help Iraq,\" Lavrov said. \"We will not send troops there.\"\n\n\"This position has not changed.\"",
			persons: lavrovZebari,
			want: []Quote{
				{Person: "Sergei Lavrov", Kind: Direct, Text: "We are ready to help Iraq"},
				{Person: "Sergei Lavrov", Kind: Direct, Text: "We will not send troops there"},
				{Person: "Sergei Lavrov", Kind: Direct, Text: "This position has not changed"},
			},
		},
		{
			name:    "a quotation opening a paragraph is the last speaker's",
			body:    "Zebari said the government was committed to the ceasefire.\n\n\"We are ready to talk without conditions.\"",
			persons: lavrovZebari,
			want: []Quote{
				{Person: "Hoshyar Zebari", Kind: Reported, Text: "the government was committed to the ceasefire"},
				{Person: "Hoshyar Zebari", Kind: Direct, Text: "We are ready to talk without conditions"},
			},
		},
		{
			name:    "a quoted phrase inside reported speech keeps its marks",
			body:    `Lavrov said Moscow had "accepted with great regret" the decision.` + "\n\n" + `Lavrov said Moscow "would never agree."`,
			persons: lavrovZebari,
			want: []Quote{
				{Person: "Sergei Lavrov", Kind: Reported, Text: `Moscow had "accepted with great regret" the decision`},
				{Person: "Sergei Lavrov", Kind: Reported, Text: `Moscow "would never agree."`},
			},
		},
		{
			name:    "said he believed: he is not an inverted subject",
			body:    `Lavrov spoke first. Senate Leader Trent Lott of Mississippi, said he believed the talks were right.`,
			persons: []string{"Sergei Lavrov", "Trent Lott"},
			want:    []Quote{{Person: "Trent Lott", Kind: Reported, Text: "he believed the talks were right"}},
		},
		{
			name:    "a time word between the verb and its clause",
			body:    `However, the president of the coffee institute, Jorio Dauster, said yesterday he had not yet decided.` + "\n\n" + `In a filing, Dauster said, it is reducing its rate.`,
			persons: []string{"Jorio Dauster"},
			want: []Quote{
				{Person: "Jorio Dauster", Kind: Reported, Text: "he had not yet decided"},
				{Person: "Jorio Dauster", Kind: Reported, Text: "it is reducing its rate"},
			},
		},
		{
			name: "a time phrase of several words, or a comma, between the verb and its clause",
			body: `Lavrov said last month he wanted the talks to resume.` + "\n\n" +
				`Zebari said earlier this week the border would stay open.` + "\n\n" +
				`Lavrov said this morning Moscow would send an envoy.` + "\n\n" +
				`Zebari said late last year that elections were possible.` + "\n\n" +
				`Lavrov said this week in an interview that the envoy would stay.` + "\n\n" +
				`Zebari said that, despite the attacks, the situation had improved.`,
			persons: lavrovZebari,
			want: []Quote{
				{Person: "Sergei Lavrov", Kind: Reported, Text: "he wanted the talks to resume"},
				{Person: "Hoshyar Zebari", Kind: Reported, Text: "the border would stay open"},
				{Person: "Sergei Lavrov", Kind: Reported, Text: "Moscow would send an envoy"},
				{Person: "Hoshyar Zebari", Kind: Reported, Text: "elections were possible"},
				{Person: "Sergei Lavrov", Kind: Reported, Text: "the envoy would stay"},
				{Person: "Hoshyar Zebari", Kind: Reported, Text: "despite the attacks, the situation had improved"},
			},
		},
		{
			name: "a clause runs on past but into another person's act",
			body: `Lavrov said he had left the talks early, but Zebari branded the walkout a mistake.` + "\n\n" +
				`Zebari said the border would reopen, but Foreign Minister Lavrov doubted it.` + "\n\n" +
				`Lavrov said the envoy would stay, but he would not attend himself.` + "\n\n" +
				`Zebari said the talks had failed, but Lavrov's aides disagreed.`,
			persons: lavrovZebari,
			want: []Quote{
				{Person: "Sergei Lavrov", Kind: Reported, Text: "he had left the talks early"},
				{Person: "Hoshyar Zebari", Kind: Reported, Text: "the border would reopen"},
				{Person: "Sergei Lavrov", Kind: Reported, Text: "the envoy would stay, but he would not attend himself"},
				{Person: "Hoshyar Zebari", Kind: Reported, Text: "the talks had failed"},
			},
		},
		{
			name:    "this is a clause, not a time phrase",
			body:    `Lavrov said this was the last chance for the talks.`,
			persons: lavrovZebari,
			want:    []Quote{{Person: "Sergei Lavrov", Kind: Reported, Text: "this was the last chance for the talks"}},
		},
		{
			name:    "announced and reiterated need that",
			body:    `Lavrov reiterated the kingdom's commitment to the accord, the official Press Agency said. Lavrov announced that talks would resume.`,
			persons: lavrovZebari,
			want:    []Quote{{Person: "Sergei Lavrov", Kind: Reported, Text: "talks would resume"}},
		},
		{
			name:    "scare quotes are not statements",
			body:    `Lavrov called the plan a "road map" for the region.`,
			persons: lavrovZebari,
			want:    nil,
		},
		{
			name:    "saying",
			body:    `BAGHDAD, Nov 4 - Iraqi Foreign Minister Hoshyar Zebari on Tuesday urged Syria to act, saying fighters were still crossing the border.`,
			persons: lavrovZebari,
			want:    []Quote{{Person: "Hoshyar Zebari", Kind: Reported, Text: "fighters were still crossing the border"}},
		},
		{
			name:    "saying with a quotation",
			body:    `But Zebari denied the report, saying, "The ministry did not receive any such letter."`,
			persons: lavrovZebari,
			want:    []Quote{{Person: "Hoshyar Zebari", Kind: Direct, Text: "The ministry did not receive any such letter"}},
		},
		{
			name:  "guessed speakers and their surnames",
			body:  "WASHINGTON, March 2 - Treasury Secretary James Baker said the dollar had fallen enough.\n\nBaker added that talks would continue, analysts said.",
			guess: true,
			want: []Quote{
				{Person: "James Baker", Kind: Reported, Text: "the dollar had fallen enough"},
				{Person: "James Baker", Kind: Reported, Text: "talks would continue"},
			},
		},
		{
			name:  "companies are not guessed as persons",
			body:  `General Motors Corp said sales rose. The White House said it welcomed the figures.`,
			guess: true,
			want:  nil,
		},
		{
			name:    "\"he\" after a surname that stands for someone unknown is nobody's",
			body:    "Party leader Roger Knapp said the group would fail.\n\nMr Dunmore quit the party last week after he lost the vote. He said he was ashamed of its leaders. \"I shall not turn my back on the voters,\" he said.",
			persons: []string{"Roger Knapp", "Dunmore"},
			want:    []Quote{{Person: "Roger Knapp", Kind: Reported, Text: "the group would fail"}},
		},
		{
			name:    "a name's title may hold someone unknown",
			body:    "But Bayern counterpart Felix Magden was in no mood to celebrate. He said: \"I am far from happy despite the win tonight.\"",
			persons: []string{"Felix Magden", "Bayern"},
			want:    []Quote{{Person: "Felix Magden", Kind: Direct, Text: "I am far from happy despite the win tonight"}},
		},
		{
			name:    "\"he\" is not a woman the given name says",
			body:    "Party chairman Petra Hollis has said the group will be a parody.\n\nHe said he was ashamed to be a member of the party.",
			persons: []string{"Petra Hollis"},
			want:    []Quote{{Person: "Petra Hollis", Kind: Reported, Text: "the group will be a parody"}},
		},
		{
			name:    "\"he\" is not a baroness",
			body:    "Baroness Amwell said the bill was flawed. \"We will vote against it in the Lords,\" he said.",
			persons: []string{"Chris Amwell"},
			want:    []Quote{{Person: "Chris Amwell", Kind: Reported, Text: "the bill was flawed"}},
		},
		{
			name:    "\"he\" is not a person the article calls \"she\"",
			body:    "Chris Dunmore said she would fight the ruling in the courts.\n\nThe council declined to comment. \"It is a scandal and a waste of money,\" he said.",
			persons: []string{"Chris Dunmore"},
			want:    []Quote{{Person: "Chris Dunmore", Kind: Reported, Text: "she would fight the ruling in the courts"}},
		},
		{
			name:    "\"said he\" does not make a woman a man",
			body:    "Comedian Cyril Fletch has died at 91. Host Mary Rantz said he was a delight to work with. \"He was a real gentleman and I shall miss him,\" she said.",
			persons: []string{"Cyril Fletch", "Mary Rantz"},
			want: []Quote{
				{Person: "Mary Rantz", Kind: Reported, Text: "he was a delight to work with"},
				{Person: "Mary Rantz", Kind: Direct, Text: "He was a real gentleman and I shall miss him"},
			},
		},
		{
			name:    "words the speaker reports someone else said are nobody's",
			body:    "Robert Kilmore said he was very angry. He said the man shouted: \"You have offended us all and I am doing this for them.\" \"I will find you wherever you go.\"",
			persons: []string{"Robert Kilmore"},
			want:    []Quote{{Person: "Robert Kilmore", Kind: Reported, Text: "he was very angry"}},
		},
		{
			name:    "reported speech that reports someone else's is nobody's",
			body:    "Robert Kilmore said officials told him the plant would close next year. Kilmore said the man, who later fled, claimed he was acting for the union. Kilmore said he had told the minister the plant would close.",
			persons: []string{"Robert Kilmore"},
			want:    []Quote{{Person: "Robert Kilmore", Kind: Reported, Text: "he had told the minister the plant would close"}},
		},
		{
			name:    "a question put to the speaker, or a noun, is no one else's speech",
			body:    "Lavrov said when asked: \"We will not send troops to the region.\" Zebari said in a comment: \"Our neighbours must act now to close the border.\"",
			persons: lavrovZebari,
			want: []Quote{
				{Person: "Sergei Lavrov", Kind: Direct, Text: "We will not send troops to the region"},
				{Person: "Hoshyar Zebari", Kind: Direct, Text: "Our neighbours must act now to close the border"},
			},
		},
		{
			name:    "a description cut short by a lower-case word is read whole",
			body:    "Scottish Tory leader Duncan Meldrew said the escape was beyond belief.\n\nThe Scottish National Party's parliamentary leader argued that ministers were to blame. The home secretary said the law would change. The party's home affairs spokesman said nothing would change.",
			persons: []string{"Duncan Meldrew", "Charles Clerk"},
			want:    []Quote{{Person: "Duncan Meldrew", Kind: Reported, Text: "the escape was beyond belief"}},
		},
		{
			name:    "a lower-case word of a learnt description resolves",
			body:    "Home secretary Charles Clerk met the police chiefs.\n\nThe home secretary said the law would change before the summer.",
			persons: []string{"Charles Clerk"},
			want:    []Quote{{Person: "Charles Clerk", Kind: Reported, Text: "the law would change before the summer"}},
		},
		{
			name:    "a name the persons list lacks is someone unknown",
			body:    "Comedian Ronald Corbin said modern comedy was too cruel.\n\nLast month Victoria Woodley criticised the new quiz shows. \"It is a shame people cannot just write a script,\" she said.",
			persons: []string{"Ronald Corbin"},
			want:    []Quote{{Person: "Ronald Corbin", Kind: Reported, Text: "modern comedy was too cruel"}},
		},
		{
			name:    "\"Mrs\" and a man's given name are two persons",
			body:    "Tory leader Michael Harwood began his tour in Kent.\n\nMrs Harwood has joined the campaign. During an interview she said she often criticised her husband for being too stiff.",
			persons: []string{"Michael Harwood"},
			want:    nil,
		},
		{
			name:    "\"she\" is not a man the given name says",
			body:    "Andrew Corbin said the show was too long. \"We wanted everything done properly and it was,\" she said.",
			persons: []string{"Andrew Corbin"},
			want:    []Quote{{Person: "Andrew Corbin", Kind: Reported, Text: "the show was too long"}},
		},
		{
			name:    "a phrase after \"said\" is no statement",
			body:    "Finance Minister Carl Hohner said the group would cut jobs this year. He said, without giving details. Hohner said that during their long tour of the region, he and the minister warned creditors that payments would stop.",
			persons: []string{"Carl Hohner"},
			want: []Quote{
				{Person: "Carl Hohner", Kind: Reported, Text: "the group would cut jobs this year"},
				{Person: "Carl Hohner", Kind: Reported, Text: "payments would stop"},
			},
		},
		{
			name:    "banks and divisions named like persons are no speakers",
			body:    "Norvale Bancorp said its earnings rose. Statistics Canada said prices rose 0.3 pct in March. Chevrolet Motor Division said it will recall the cars.",
			persons: []string{"Norvale Bancorp", "Statistics Canada", "Chevrolet Motor Division"},
			want:    nil,
		},
		{
			name:    "\"but he said\" is the subject of the sentence's first clause",
			body:    "The Mac Lite will sell for about 2,000 dlrs.\n\nJohn Scully, the company's chairman, declined to estimate sales, but he said the new model should add to profits this year.",
			persons: []string{"Mac Lite", "John Scully"},
			want:    []Quote{{Person: "John Scully", Kind: Reported, Text: "the new model should add to profits this year"}},
		},
		{
			name:    "a clause that relays others' speech before \", X said\" is nobody's",
			body:    "Consumers said fixed criteria should decide the quotas, Dauwe said. Dauwe said the talks would resume in June.",
			persons: []string{"Jorge Dauwe"},
			want:    []Quote{{Person: "Jorge Dauwe", Kind: Reported, Text: "the talks would resume in June"}},
		},
		{
			name:    "a description in apposition before the name is no statement",
			body:    "The programme's host, Jonathan Dimmock, later told the audience the guest had been covered from head to toe.",
			persons: []string{"Jonathan Dimmock"},
			want:    nil,
		},
		{
			name:    "\"he\" after an unnamed speaker who replied is nobody's",
			body:    "The plan was known to adviser John Poindle, since resigned.\n\n\"No, that is not true at all,\" the president replied when asked about a report Poindle had told him. He said he learned of the plan only in November.",
			persons: []string{"John Poindle"},
			want:    nil,
		},
		{
			name:    "\", he said, according to ...\" keeps the words before, and \"he\" keeps its speaker",
			body:    "Trade representative Clay Yoder told the ministers that a bill would pass. The economy needed better figures by then, or President Ronald Regan would have a hard time vetoing the bill, he said, according to briefings by delegates. The deficit had only angered Congress further, he said.",
			persons: []string{"Clay Yoder", "Ronald Regan"},
			want: []Quote{
				{Person: "Clay Yoder", Kind: Reported, Text: "a bill would pass"},
				{Person: "Clay Yoder", Kind: Reported, Text: "The economy needed better figures by then, or President Ronald Regan would have a hard time vetoing the bill"},
				{Person: "Clay Yoder", Kind: Reported, Text: "The deficit had only angered Congress further"},
			},
		},
		{
			name:    "one does not tell oneself: \"he told Regan\" is someone else",
			body:    "President Ronald Regan spoke on Monday.\n\nA source said the adviser planned to contend that twice last year he told Regan that the sales were generating money.",
			persons: []string{"Ronald Regan"},
			want:    nil,
		},
		{
			name:    "a name before \"administration\" modifies it",
			body:    "President Ronald Regan spoke on Monday.\n\nThe Regan administration is opposed to the tax, an administration official said. \"It would impair the markets,\" he said.",
			persons: []string{"Ronald Regan"},
			want:    nil,
		},
		{
			name:    "\"he said\" later in a sentence is the speaker it names",
			body:    "Edwin Dahl, the budget chief's spokesman, said the remarks were accurate. James Millar said he was concerned the bank might overreact -- a move he said could have political consequences.",
			persons: []string{"Edwin Dahl", "James Millar"},
			want: []Quote{
				{Person: "Edwin Dahl", Kind: Reported, Text: "the remarks were accurate"},
				{Person: "James Millar", Kind: Reported, Text: "he was concerned the bank might overreact -- a move he said could have political consequences"},
			},
		},
		{
			name:    "a statement split by its attribution or a relative clause is no statement",
			body:    "Gas prices, Shoup said, should climb this year. Bergman said a new system is needed to replace the old ones, which he said had not worked.",
			persons: []string{"Andrew Shoup", "Fred Bergman"},
			want:    []Quote{{Person: "Fred Bergman", Kind: Reported, Text: "a new system is needed to replace the old ones"}},
		},
		{
			name:    "\"X is reported as saying\" makes a quotation X's, not a continuation",
			body:    "\"Some of the patents are of dubious validity and should go,\" said Dr Jeremy Philby of the patent office. Some panel members are worried. \"If pushed to the wall, they will unleash the lawyers on everyone,\" Mr Kaplan is reported as saying.",
			persons: []string{"Jeremy Philby", "Mitchell Kaplan"},
			want:    []Quote{{Person: "Jeremy Philby", Kind: Direct, Text: "Some of the patents are of dubious validity and should go"}},
		},
		{
			name:    "a name before \"characters\" or a BancGroup is no speaker",
			body:    "Colonial BancGroup said it acquired a bank. Lee co-created the Hulk and Fantastic Four characters. He said: \"I am gratified by the judge's decision today.\"",
			persons: []string{"Colonial BancGroup", "Fantastic Four"},
			want:    nil,
		},
		{
			name:    "a name joined to an object by \"and\" is an object too",
			body:    "Gavin Hensley kicked the winning goal.\n\nNone more so than Hensley, who will now face the same spotlight as the likes of Jonny Wilkins and Brian O'Driscon. \"I'm the sort of player who likes pressure on me,\" he said.",
			persons: []string{"Gavin Hensley", "Jonny Wilkins", "Brian O'Driscon"},
			want:    nil,
		},
		{
			name:    "Royal Mail and a blog are no speakers",
			body:    "Royal Mail says it is investigating the situation. Writing in the blogzine Print Culture, a player said he had stopped. Print Culture said gaming was a habit for many.",
			persons: []string{"Royal Mail", "Print Culture"},
			want:    nil,
		},
		{
			name:    "a person whose name the text writes before Co is a company",
			body:    "Tony Lamar Co Inc said it signed a letter of intent. Tony Lamar said it would assume some of the liabilities.",
			persons: []string{"Tony Lamar"},
			want:    nil,
		},
		{
			name:  "a guessed name that \"said it\" is a company",
			body:  "Du Pond Overseas said it will redeem all its notes on May 15. It will buy back the notes at par, Du Pond Overseas said.",
			guess: true,
			want:  nil,
		},
		{
			name:    "\", said Gonzales had ...\": the name is the clause's subject",
			body:    "Antonio Mancera, leader of the main opposition party which tabled a motion against the government, said Gonzales had run out of ideas.",
			persons: []string{"Felipe Gonzales"},
			want:    nil,
		},
		{
			name:    "a speaker with a long description in apposition after the quotation",
			body:    "\"This flurry of new technology could change how data is kept,\" said Ian Warfield, a senior analyst. \"We're developing new systems because our customers are asking for them,\" Peter Gilles, vice president and general manager of Kodak's mass memory division, said in an interview.",
			persons: []string{"Ian Warfield", "Peter Gilles"},
			want: []Quote{
				{Person: "Ian Warfield", Kind: Direct, Text: "This flurry of new technology could change how data is kept"},
				{Person: "Peter Gilles", Kind: Direct, Text: "We're developing new systems because our customers are asking for them"},
			},
		},
		{
			name:    "\"As a result, X said\" is no statement; \"As a result, prices rose, he said\" is",
			body:    "As a result, Clive Woodman stressed his squad might not be dominated by one country. As a result, prices rose sharply in March, Woodman said.",
			persons: []string{"Clive Woodman"},
			want:    []Quote{{Person: "Clive Woodman", Kind: Reported, Text: "As a result, prices rose sharply in March"}},
		},
		{
			name: "no persons, no guessing: nothing",
			body: `"We will not send troops to the region," Lavrov said.`,
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.body, Options{Persons: tt.persons, Guess: tt.guess})
			for i := range got {
				if sp := got[i].Span; tt.body[sp.Start:sp.End] == "" {
					t.Errorf("quote %d has an empty span", i)
				}
				got[i].Span = Span{}
				checkEvidence(t, tt.body, got[i])
				got[i].EvidenceSpan = Span{}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes, want %d:\n%s", len(got), len(tt.want), dump(got))
			}
			for i := range got {
				if tt.want[i].Via == "" { // attribution checked in TestAttribution
					got[i].Via, got[i].Evidence = "", ""
				}
				if got[i] != tt.want[i] {
					t.Errorf("quote %d:\n got %+v\nwant %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// checkEvidence checks that q says how it was attributed and that its
// evidence is the text at its evidence span.
func checkEvidence(t *testing.T, body string, q Quote) {
	t.Helper()
	if q.Via == "" || q.Evidence == "" {
		t.Errorf("%q: no attribution (via %q, evidence %q)", q.Text, q.Via, q.Evidence)
		return
	}
	if got := strings.Join(strings.Fields(body[q.EvidenceSpan.Start:q.EvidenceSpan.End]), " "); got != q.Evidence {
		t.Errorf("%q: evidence %q, but its span holds %q", q.Text, q.Evidence, got)
	}
}

func TestAttribution(t *testing.T) {
	persons := []string{"Sergei Lavrov", "Hoshyar Zebari"}
	body := `Iraq's foreign minister, Hoshyar Zebari, arrived in Moscow on Monday.

Russian Foreign Minister Sergei Lavrov said Moscow would not send troops to Iraq. He said talks on the debt would resume in the autumn.

"We are grateful for the support of our friends," the Iraqi foreign minister told reporters. "Our neighbours must act now to close the border."

"The debt question will be settled among creditors this year," Zebari said.`
	type want struct {
		person   string
		via      Attribution
		evidence string
	}
	wants := []want{
		{"Sergei Lavrov", ByName, "Russian Foreign Minister Sergei Lavrov"},
		{"Sergei Lavrov", ByPronoun, "He"},
		{"Hoshyar Zebari", ByRole, "the Iraqi foreign minister"},
		{"Hoshyar Zebari", Continued, "the Iraqi foreign minister"},
		{"Hoshyar Zebari", ByName, "Zebari"},
	}
	got := Extract(body, Options{Persons: persons})
	if len(got) != len(wants) {
		t.Fatalf("got %d quotes, want %d:\n%s", len(got), len(wants), dump(got))
	}
	for i, w := range wants {
		q := got[i]
		checkEvidence(t, body, q)
		if q.Person != w.person || q.Via != w.via || q.Evidence != w.evidence {
			t.Errorf("quote %d %q: got %s via %s (%q), want %s via %s (%q)", i, q.Text, q.Person, q.Via, q.Evidence, w.person, w.via, w.evidence)
		}
	}
}

// TestEvidenceOpeners checks that the words naming the speaker leave out
// a connective or a day opening the sentence.
func TestEvidenceOpeners(t *testing.T) {
	body := `Foreign Secretary Jack Straw arrived in Brussels on Monday.

But Mr Straw said the embargo would stay for now.

Yesterday Foreign Secretary Jack Straw said talks on the ban would resume in the spring.`
	got := Extract(body, Options{Persons: []string{"Jack Straw"}})
	want := []string{"Mr Straw", "Foreign Secretary Jack Straw"}
	if len(got) != len(want) {
		t.Fatalf("got %d quotes, want %d:\n%s", len(got), len(want), dump(got))
	}
	for i, q := range got {
		checkEvidence(t, body, q)
		if q.Evidence != want[i] {
			t.Errorf("quote %d %q: evidence %q, want %q", i, q.Text, q.Evidence, want[i])
		}
	}
}

func dump(qs []Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("  " + q.Person + " [" + string(q.Kind) + ", " + string(q.Via) + ": " + q.Evidence + "] " + q.Text + "\n")
	}
	return b.String()
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Lavrov arrived. He met U.S. officials. \"It went well.\" Then he left!", []string{"Mr. Lavrov arrived.", "He met U.S. officials.", "\"It went well.\"", "Then he left!"}},
		{"First paragraph without a stop\n\nSecond one. Two sentences.", []string{"First paragraph without a stop", "Second one.", "Two sentences."}},
		{"Prices rose 3.5 pct in Jan. from a year ago. Dealers said so.", []string{"Prices rose 3.5 pct in Jan. from a year ago.", "Dealers said so."}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Sentences(tt.in) {
			got = append(got, tt.in[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// seedPath finds the seed article in the shared folder above the
// repository, or "".
func seedPath() string { return shared.Find("seed", "voa-2004-07-24.txt") }

// TestSeedLavrov checks the example the product was specified from: every
// statement attributed to Sergei Lavrov is his, and they include those on
// peacekeepers and on Iraq's debt.
func TestSeedLavrov(t *testing.T) {
	p := seedPath()
	if p == "" {
		t.Skip("seed article ../shared/seed/voa-2004-07-24.txt not present")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	body := string(data)
	// the body starts after the dated headline line
	if i := strings.Index(body, "- 2004-07-24"); i >= 0 {
		body = body[i+len("- 2004-07-24"):]
	}
	persons := []string{"Sergei Lavrov", "Hoshyar Zebari", "Saddam Hussein"}
	for _, guess := range []bool{false, true} {
		qs := Extract(body, Options{Persons: persons, Guess: guess})
		var lavrov []string
		for _, q := range qs {
			if q.Person == "Sergei Lavrov" {
				lavrov = append(lavrov, q.Text)
			}
		}
		all := strings.Join(lavrov, "\n")
		for _, want := range []string{"peacekeeping troops", "peacekeepers", "debt"} {
			if !strings.Contains(all, want) {
				t.Errorf("guess=%v: Lavrov's statements do not mention %q:\n%s", guess, want, dump(qs))
			}
		}
		for _, s := range lavrov {
			for _, notHis := range []string{"technicians", "might seek", "Soviet", "insurgency"} {
				if strings.Contains(s, notHis) {
					t.Errorf("guess=%v: statement attributed to Lavrov is not his (%q): %s", guess, notHis, s)
				}
			}
		}
		if len(lavrov) < 4 {
			t.Errorf("guess=%v: %d statements by Lavrov, want at least 4:\n%s", guess, len(lavrov), dump(qs))
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	body := strings.Repeat(`BAGHDAD, Nov 4 - Iraqi Foreign Minister Hoshyar Zebari on Tuesday urged Syria and Iran to tighten control of their borders, saying fighters were still crossing into the country.

Mr. Zebari told reporters in Baghdad that the interim government would raise the issue at a regional meeting. "We expect our neighbours to act, not only to talk," Zebari said.

Foreign Minister Sergei Lavrov tells reporters that Moscow has no plan to deploy soldiers there. He adds that creditors should ease the country's loan burden.

`, 3) // about 2,000 bytes: a long wire story
	opts := Options{Persons: []string{"Sergei Lavrov", "Hoshyar Zebari"}}
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Extract(body, opts)
	}
}
