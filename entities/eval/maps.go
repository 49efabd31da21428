package eval

import "strings"

// reutersPlaces names the country of each Reuters-21578 PLACES code whose
// name differs from ours. Every other code is its name with dashes as
// spaces ("south-korea" -> "South Korea"). All 175 PLACES codes are ISO 3166
// countries or territories (Hong Kong, Macao, Gibraltar, Bermuda ... have
// ISO 3166-1 codes), so each maps to one of our countries.
var reutersPlaces = map[string]string{
	"usa":                      "United States",
	"uk":                       "United Kingdom",
	"ussr":                     "Soviet Union",
	"uae":                      "United Arab Emirates",
	"burma":                    "Myanmar",
	"kampuchea":                "Cambodia",
	"zaire":                    "Democratic Republic of the Congo",
	"congo":                    "Republic of the Congo",
	"trinidad-tobago":          "Trinidad and Tobago",
	"yemen-arab-republic":      "Yemen",
	"yemen-demo-republic":      "South Yemen",
	"vatican":                  "Vatican City",
	"western-samoa":            "Samoa",
	"swaziland":                "Eswatini",
	"us-virgin-islands":        "U.S. Virgin Islands",
	"antigua":                  "Antigua and Barbuda",
	"ivory-coast":              "Ivory Coast",
	"papua-new-guinea":         "Papua New Guinea",
	"british-virgin-islands":   "British Virgin Islands",
	"netherlands-antilles":     "Netherlands Antilles",
	"central-african-republic": "Central African Republic",
	"guinea-bissau":            "Guinea-Bissau",
	"el-salvador":              "El Salvador",
	"costa-rica":               "Costa Rica",
	"dominican-republic":       "Dominican Republic",
	"equatorial-guinea":        "Equatorial Guinea",
	"cape-verde":               "Cape Verde",
	"burkina-faso":             "Burkina Faso",
	"sierra-leone":             "Sierra Leone",
	"sri-lanka":                "Sri Lanka",
	"saudi-arabia":             "Saudi Arabia",
}

// PlaceName returns our country name for a Reuters PLACES code.
func PlaceName(code string) string {
	if n, ok := reutersPlaces[code]; ok {
		return n
	}
	words := strings.Split(code, "-")
	for i, w := range words {
		if w != "and" && w != "of" && len(w) > 0 {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// reutersTopics maps Reuters-21578 TOPICS codes to the label of our topic
// that covers them. Codes not listed (currency codes such as "dmk",
// "stg", and rare ones) are left out of the topic score.
var reutersTopics = map[string]string{
	"earn": "business information", "acq": "business information",
	"crude": "energy and resource", "nat-gas": "energy and resource", "fuel": "energy and resource",
	"heat": "energy and resource", "gas": "energy and resource", "propane": "energy and resource",
	"naphtha": "energy and resource", "jet": "energy and resource", "pet-chem": "energy and resource",
	"trade":    "international trade",
	"money-fx": "foreign exchange market", "dlr": "foreign exchange market", "yen": "foreign exchange market",
	"interest":     "interest rates",
	"money-supply": "monetary policy",
	"ship":         "waterway and maritime transport",
	"grain":        "commodities market", "wheat": "commodities market", "corn": "commodities market",
	"barley": "commodities market", "oat": "commodities market", "rice": "commodities market",
	"sorghum": "commodities market", "rye": "commodities market", "soybean": "commodities market",
	"oilseed": "commodities market", "sugar": "commodities market", "coffee": "commodities market",
	"cocoa": "commodities market", "cotton": "commodities market", "veg-oil": "commodities market",
	"palm-oil": "commodities market", "livestock": "commodities market", "carcass": "commodities market",
	"l-cattle": "commodities market", "hog": "commodities market", "rubber": "commodities market",
	"tea": "commodities market", "orange": "commodities market", "meal-feed": "commodities market",
	"soy-meal": "commodities market", "soy-oil": "commodities market", "rapeseed": "commodities market",
	"sunseed": "commodities market", "wool": "commodities market", "lumber": "commodities market",
	"potato": "commodities market", "copra-cake": "commodities market", "groundnut": "commodities market",
	"gold": "metal", "silver": "metal", "copper": "metal", "zinc": "metal", "lead": "metal", "tin": "metal",
	"nickel": "metal", "alum": "metal", "iron-steel": "metal", "platinum": "metal", "palladium": "metal",
	"strategic-metal": "metal",
	"gnp":             "economy", "bop": "economic trends and indicators", "cpi": "economic trends and indicators",
	"wpi": "economic trends and indicators", "ipi": "economic trends and indicators",
	"retail": "economic trends and indicators", "housing": "economic trends and indicators",
	"income": "economic trends and indicators", "inventories": "economic trends and indicators",
	"instal-debt": "economic trends and indicators", "lei": "economic trends and indicators",
	"reserves": "economic trends and indicators", "capacity": "economic trends and indicators",
	"jobs": "employment",
}

// MapReutersTopics returns the distinct labels that Reuters TOPICS codes map to.
func MapReutersTopics(codes []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range codes {
		if l, ok := reutersTopics[c]; ok && !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}
