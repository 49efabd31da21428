// Package timeline cuts a date range into periods (years, months, ISO
// weeks), counts dated articles per period (Bucket, Count, and TopValues
// for the most frequent values of a facet), and draws the counts: as bars
// in a terminal, as CSV, and as an SVG column chart fit for a paper.
// internal/service reads the dates of the matching articles from the index
// as Dated values, buckets them and hands the counts to a Chart.
//
// # Caveats
//
//   - Weeks are ISO 8601 weeks (Monday to Sunday, labelled "2004-W53");
//     the first and last weeks of a year may hold days of the next or the
//     previous year.
//   - Periods refuses more than MaxPeriods buckets.
//   - The SVG uses a generic sans-serif font and estimates label widths
//     (7 px a character at 12 px); labels in very wide scripts may touch.
package timeline
