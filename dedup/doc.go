// Package dedup recognises near-duplicate articles: the same wire story
// republished with small edits (a corrected figure, a new last paragraph,
// a dateline or a ticker symbol added). The index groups them at ingest so
// that a search shows each story once, with "N similar versions".
//
// Texts are compared by their sets of ShingleWords-word shingles (words
// lower-cased; punctuation ignored): two texts are near-duplicates when
// the Jaccard similarity of their shingle sets is at least Threshold and
// their dates are at most MaxDays apart. To find the candidates among many
// articles without comparing every pair, each text gets a MinHash
// Signature whose Bands are indexed as keywords: texts that share a band
// are candidates, and only candidates are compared exactly.
//
// # How the parameters were chosen
//
// Measured on the Reuters-21578 development files reut2-000..013 (14,000
// articles; `CHANCERY_MEASURE=1 go test -run Measure -v ./dedup/`):
// 11,922 have at least MinWords words and get a signature; the bands make
// 1,256 candidate pairs, of which 472 have J >= 0.7. Judged by their
// headlines, pairs with J from 0.65 to 0.85 and dates at most three days
// apart are the same story in 37 of 40 sampled (rewrites, "CORRECTED -"
// reissues, a ticker added to a headline; the three others are the daily
// Fed template below); from 0.55 to 0.65 in 12 of 17; from 0.45 to 0.55
// in 11 of 18, the others being different stories cut from one template
// (eurobond issues, "Treasury balances at Fed rose on March 30"). Of the pairs at
// J >= 0.7, 315 share a day, 90 are one day apart and 53 five or more days
// apart, 47 of those the daily "Fed adds reserves via customer
// repurchases", one template and a new story each day: hence MaxDays. All
// 65 pairs at J >= 0.7 among the first 3,000 articles were candidates
// (banding recall 1.0 there; 1-(1-J^3)^10 predicts 0.98 at J = 0.7).
// On the check files reut2-014..017 (4,000 articles, nothing tuned on
// them): 111 pairs at J >= 0.7, 106 of them within a day; banding recall
// 70 of 70 among the first 3,000.
//
// # Caveats
//
//   - Templated stories (money market reports, earnings tables) published
//     within MaxDays of each other can still pass as versions of one story
//     when little but the figures differ.
//   - Texts under MinWords words (Reuters briefs, one-line tables) never
//     group.
//   - A translation or a rewrite in other words is not a near-duplicate:
//     this compares word sequences, not meaning.
//   - Jaccard similarity is not transitive; package index puts an article
//     in the group of its closest match, so a chain A~B~C may end up in
//     one group or two depending on the order of ingest.
package dedup
