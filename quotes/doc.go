// Package quotes finds statements in news text and the persons who made
// them, for `search quotes`.
//
// Two kinds are found:
//
//   - Direct quotations: words in quotation marks ("..." or “...”) with
//     an attribution next to them: `"...," Zebari said`, `"...," said
//     Foreign Minister Sergei Lavrov`, `Zebari told reporters: "..."`. A
//     quotation without one takes the speaker of another quotation in its
//     paragraph or, when it opens its paragraph, the person who made the
//     last statement of the paragraph before.
//     Quotations under four words ("road map") are not statements.
//   - Reported speech: a speech verb (says, said, told ... that, added,
//     warned, insisted, ...) with a person as subject and a clause:
//     "Lavrov says Russia will not send troops to the region",
//     "Russia will not send troops, Foreign Minister Sergei Lavrov said",
//     "..., saying fighters were still crossing".
//
// A speaker is resolved to one of the article's persons (Options.Persons,
// the names package entities extracted): by the full name, the surname
// ("Mr. Lavrov"), a description the article gave the person ("Iraq's
// foreign minister, Hoshyar Zebari" lets "the Iraqi foreign minister"
// stand for Zebari), or "he"/"she", which stand for the speaker, else
// the first person named outside quotation marks, of the last sentence
// that named someone.
// Each statement says how its speaker was found (Quote.Via: by name, by
// pronoun, by role, or continued from a quotation of the same speaker) and
// the words that name the speaker (Quote.Evidence). A statement is given
// only to a speaker resolved with confidence: a one-word person or a
// surname two persons share stands for someone unknown, an organisation or
// publication ("Farmers Daily") is nobody, a name after a preposition or a
// possessive ("an aide to Mr Brown", "Nakasone's spokesman") is not the
// subject, "he" after a sentence naming two persons or an unnamed
// speaker is nobody's, an indefinite description ("a British minister")
// is nobody the article named, a surname the text also writes as a
// company's ("Baker International Corp") is nobody's when it stands alone,
// and so is a full name the text writes before Co, Inc or Corp ("Tony
// Lama Co Inc") or a guessed name that "said it".
// "he" after a sentence whose subject is someone unknown (a surname that
// stands for nobody, a name the persons list lacks, "the president
// replied") is nobody's; "..., but he said" is the person who opens the
// sentence; "he told Reagan that" is not Reagan's; a name joined by "and"
// to an object ("the likes of Wilkinson and O'Driscoll") or before
// "administration" is no subject. "he" never stands for
// a woman nor "she" for a man, by the article's own evidence: a title or
// describing noun at the name ("Mrs", "Baroness", "spokeswoman", "his
// wife"), "she" or "herself" in a sentence naming her alone, else the
// given name; "Mrs Howard" in an article on Michael Howard is someone
// else. Words the speaker reports someone else said ("He said the man
// shouted: ...", "said officials told him ...", "Consumers said ..., X
// said") are nobody's. Opening phrases ("At today's Cabinet meeting,
// ..."), a description before a name ("The programme's host, ..."), a
// clause with no subject ("which he said had not worked"), either half of
// a statement split by its attribution ("Gas prices, he said, should
// ...") and source citations ("according to ...") are not statements.
// Statements by anyone else ("Russian officials say", "Russia has long
// said") are left out. Options.Guess adds speakers from the text itself
// for articles that have no persons list.
//
// Extraction is one pass over the tokens of each sentence, with no
// regular expression except the one that strips a wire dateline; it runs
// at query time over the articles a search matched.
//
// # Caveats
//
//   - The grammar is shallow: a subject is looked for only right before
//     its verb (skipping "also", "had", "on Tuesday" and the like), after
//     a comma for an apposition, or right after the verb. Long subjects
//     ("Lavrov, who arrived on Friday after talks in Paris, said") are
//     missed.
//   - A pronoun's sex is known only from the article: a title ("Mrs
//     Thatcher", "Mr Lawson"), a describing noun, "she" in a sentence
//     naming the person alone, a woman's given name (a short list: names
//     either sex bears are not on it), or an earlier pronoun that stood
//     for the person. Before any such clue "she" can stand for a man
//     named last, and "he" for a woman whose given name is not listed.
//   - A description resolves only when exactly one person of the article
//     carries it; "the minister" with two ministers named is nobody.
//   - A reported clause runs to the end of its sentence, cut before
//     another statement's subject or a trailing ", analysts said"; it may
//     still carry clauses that are the writer's, not the speaker's.
//   - Guessed names are capitalised word runs next to a title or a speech
//     verb; a company name without a telltale word (Corp, Bank, Group ...)
//     can pass as a person.
//   - Precision is measured on statements judged by hand (quotes/judge,
//     docs/QUALITY.md); statements a confident rule leaves out are not
//     counted, so recall is lower than it was before those rules.
//   - English only.
package quotes
