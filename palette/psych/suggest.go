package psych

import (
	"sort"
	"strings"
	"sync"
)

// synonyms are words briefs use that are not tags because they are
// ambiguous or only related: hueprint does not guess, it suggests the tags
// they are close to in meaning ("care" → health, wellness, tenderness).
var synonyms = []struct {
	Lang  Lang
	Words []string
	Tags  []string
}{
	{English, []string{"care", "caring"}, []string{"health", "wellness", "tenderness"}},
	{French, []string{"soin", "soins", "prendre soin"}, []string{"health", "wellness", "tenderness"}},
	{English, []string{"light", "bright and light"}, []string{"lightness", "pastel", "white"}},
	{French, []string{"clair", "lumineux", "lumière"}, []string{"lightness", "pastel", "white"}},
	{English, []string{"quality", "high quality"}, []string{"premium", "reliability", "craft"}},
	{French, []string{"qualité"}, []string{"premium", "reliability", "craft"}},
	{English, []string{"young"}, []string{"teens", "kids", "vivid"}},
	{French, []string{"jeune"}, []string{"teens", "kids", "vivid"}},
	{English, []string{"sun", "summer", "sunny"}, []string{"yellow", "joy", "warmth"}},
	{French, []string{"soleil", "été", "ensoleillé"}, []string{"yellow", "joy", "warmth"}},
	{English, []string{"sky"}, []string{"blue", "serenity", "lightness"}},
	{French, []string{"ciel"}, []string{"blue", "serenity", "lightness"}},
	{English, []string{"night"}, []string{"navy", "mystery", "deep"}},
	{French, []string{"nuit"}, []string{"navy", "mystery", "deep"}},
	{English, []string{"fire", "hot"}, []string{"red", "energy", "warmth"}},
	{French, []string{"feu", "chaud"}, []string{"red", "energy", "warmth"}},
	{English, []string{"forest", "wood", "wooden"}, []string{"green", "nature", "brown"}},
	{French, []string{"forêt", "bois"}, []string{"green", "nature", "brown"}},
	{English, []string{"home", "house", "interior", "decoration"}, []string{"real-estate", "warmth", "craft"}},
	{French, []string{"maison", "habitat", "intérieur", "décoration", "déco"}, []string{"real-estate", "warmth", "craft"}},
	{English, []string{"money"}, []string{"finance", "gold", "trust"}},
	{English, []string{"hope"}, []string{"optimism", "growth", "green"}},
	{French, []string{"espoir"}, []string{"optimism", "growth", "green"}},
	{English, []string{"peace"}, []string{"serenity", "calm", "white"}},
	{French, []string{"paix"}, []string{"serenity", "calm", "white"}},
	{English, []string{"speed", "fast", "quick"}, []string{"energy", "dynamism", "action"}},
	{French, []string{"vitesse", "rapide", "rapidité"}, []string{"energy", "dynamism", "action"}},
	{English, []string{"smart", "intelligent", "clever"}, []string{"tech", "innovation", "professionalism"}},
	{French, []string{"intelligent", "malin"}, []string{"tech", "innovation", "professionalism"}},
	{English, []string{"nice", "cool", "friendly and fun"}, []string{"friendly", "joy", "freshness"}},
	{French, []string{"sympa", "cool"}, []string{"friendly", "joy", "freshness"}},
	{English, []string{"gourmet", "tasty", "delicious"}, []string{"food", "burgundy", "warmth"}},
	{French, []string{"gourmand", "gourmet", "délicieux"}, []string{"food", "burgundy", "warmth"}},
	{English, []string{"spring"}, []string{"freshness", "green", "pastel"}},
	{French, []string{"printemps"}, []string{"freshness", "green", "pastel"}},
	{English, []string{"winter"}, []string{"white", "blue", "silver"}},
	{French, []string{"hiver"}, []string{"white", "blue", "silver"}},
	{English, []string{"autumn", "fall"}, []string{"brown", "orange", "warmth"}},
	{French, []string{"automne"}, []string{"brown", "orange", "warmth"}},
	{English, []string{"christmas"}, []string{"red", "green", "gold"}},
	{French, []string{"noël", "noel"}, []string{"red", "green", "gold"}},
	{English, []string{"fair", "fair trade"}, []string{"ethics", "commitment", "eco"}},
	{French, []string{"équitable", "commerce équitable"}, []string{"ethics", "commitment", "eco"}},
	{English, []string{"medicine", "patient", "patients", "wellness care"}, []string{"health", "trust", "calm"}},
	{French, []string{"médecine", "patient", "patientèle"}, []string{"health", "trust", "calm"}},
	{English, []string{"feminine", "women"}, []string{"beauty", "elegance", "tenderness"}},
	{French, []string{"féminin", "femmes"}, []string{"beauty", "elegance", "tenderness"}},
	{English, []string{"masculine", "men"}, []string{"strength", "professionalism", "navy"}},
	{French, []string{"masculin", "hommes"}, []string{"strength", "professionalism", "navy"}},
}

// synonymIndex maps a squeezed normalised synonym to its entry.
var synonymIndex = func() map[string]int {
	m := map[string]int{}
	for i, s := range synonyms {
		for _, w := range s.Words {
			m[squeeze(Normalize(w))] = i
		}
	}
	return m
}()

// Suggestions are the known tags offered for an unknown word.
type Suggestions struct {
	Lang       Lang     // the language the word seems to be in; the names below are in it
	ByMeaning  []string // tags close in meaning, from the synonym table ("care" → health …)
	BySpelling []string // tags close in spelling, nearest first
}

// All returns the suggestions by meaning then by spelling, without repeats.
func (s Suggestions) All() []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range append(append([]string(nil), s.ByMeaning...), s.BySpelling...) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// Suggest returns the known tag names nearest to an unknown word: first the
// tags close in meaning, then up to n close in spelling, all in the word's
// own language.
func Suggest(name string, n int) []string { return SuggestTags(name, n).All() }

// SuggestTags is Suggest with the two kinds of suggestion apart.
func SuggestTags(name string, n int) Suggestions {
	q := squeeze(Normalize(name))
	var s Suggestions
	if len(q) > maxSuggestLen {
		return s // longer than any name: nothing is near
	}
	i, ok := synonymIndex[q]
	if !ok && len(q) > 3 && strings.HasSuffix(q, "s") {
		i, ok = synonymIndex[q[:len(q)-1]]
	}
	en, fr := candidateNames()
	if ok {
		s.Lang = synonyms[i].Lang
		for _, id := range synonyms[i].Tags {
			for _, t := range allTags {
				if t.ID == id {
					s.ByMeaning = append(s.ByMeaning, t.Name.In(s.Lang))
				}
			}
		}
	} else {
		s.Lang = guessLang(name, q, en, fr)
	}
	pool := en
	if s.Lang == French {
		pool = fr
	}
	// One name per tag: "hôpital" and "hôpitaux" are one suggestion.
	seen := map[string]bool{}
	for _, m := range s.ByMeaning {
		t, _ := Lookup(m)
		seen[t.ID] = true
	}
	limit := -1 // the default distance
	if len(s.ByMeaning) > 0 {
		limit = 1 // with suggestions by meaning, only near-typos by spelling
	}
	for _, c := range closestWithin(q, pool, 4*n, limit) {
		t, _ := Lookup(c)
		if len(s.BySpelling) < n && !seen[t.ID] {
			seen[t.ID] = true
			s.BySpelling = append(s.BySpelling, c)
		}
	}
	return s
}

// maxSuggestLen bounds the words suggestions are searched for, in bytes:
// three times the longest name of the knowledge base.
const maxSuggestLen = 120

// guessLang says which language an unknown word is in: French when it has
// a French accent, else the language of its nearest known name.
func guessLang(raw, q string, en, fr []string) Lang {
	for _, r := range strings.ToLower(raw) {
		if _, ok := accentFold[r]; ok || r == 'œ' {
			return French
		}
	}
	best := func(pool []string) int {
		d := 1 << 30
		for _, c := range pool {
			d = min(d, distance(q, key(c)))
		}
		return d
	}
	if best(fr) < best(en) {
		return French
	}
	return English
}

// candidateNames returns the names of every tag, English and French apart:
// display names, and aliases sorted by their language.
var candidateNames = sync.OnceValues(func() (en, fr []string) {
	for _, t := range allTags {
		en = append(append(en, t.Name.EN), t.AliasesIn(English)...)
		fr = append(append(fr, t.Name.FR), t.AliasesIn(French)...)
	}
	return en, fr
})

func hasAccent(s string) bool {
	for _, r := range strings.ToLower(s) {
		if _, ok := accentFold[r]; ok {
			return true
		}
	}
	return false
}

// frenchAliases are the aliases of data.go and colorwords.go that are French
// without an accent to tell it.
var frenchAliases = []string{
	"professionnel", "serein", "optimiste", "dynamique", "joyeux", "naturel", "spirituel", "luxueux",
	"minimalisme", "chaleureux", "romantique", "frais", "innovant", "prestigieux", "fiable", "logiciel",
	"banque", "assurance", "conseil", "pharmacie", "boulangerie", "tourisme", "droit", "avocat",
	"enfant", "jeunesse", "joaillerie", "bijoux", "fait-main", "vive", "vifs", "ludique", "doux",
	"discret", "terre", "rustique", "sombre", "audace", "creatif", "bleue", "azur", "bleu-roi", "carmin",
	"jaune-citron", "moutarde", "verte", "violette", "lilas", "pourpre", "lavande", "mandarine", "corail",
	"sarcelle", "bleu-canard", "brun", "brune", "chocolat", "noire", "blanche", "ivoire", "grise",
	"platine", "sable", "marine", "bleu-nuit", "lie-de-vin", "grenat", "bien-etre-spa",
}

// Closest returns up to n of candidates nearest to word in spelling
// (Damerau–Levenshtein distance on case- and accent-folded forms, a prefix
// counting as distance 1), nearest first; candidates further than a third
// of the word's length (at least 2) are left out. It serves every "did you
// mean" of hueprint: tags, commands, flags, styles, colour names.
func Closest(word string, candidates []string, n int) []string {
	return closest(squeeze(Normalize(word)), candidates, n)
}

func closest(q string, candidates []string, n int) []string {
	return closestWithin(q, candidates, n, -1)
}

// closestWithin is closest with a distance limit; -1 means the default.
func closestWithin(q string, candidates []string, n, limit int) []string {
	type cand struct {
		name string
		d    int
	}
	var cs []cand
	seen := map[string]bool{}
	if limit < 0 {
		limit = max(2, len([]rune(q))/3)
	}
	for _, c := range candidates {
		k := key(c)
		if seen[k] || k == "" {
			continue
		}
		seen[k] = true
		d := distance(q, k)
		if len(q) >= 3 && len(k) >= 3 && (strings.HasPrefix(k, q) || strings.HasPrefix(q, k)) {
			d = min(d, 1)
		}
		if d <= limit && d < len([]rune(k)) {
			cs = append(cs, cand{c, d})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		return cs[i].name < cs[j].name
	})
	var out []string
	for _, c := range cs {
		if len(out) == n {
			break
		}
		out = append(out, c.name)
	}
	return out
}

// keys caches the squeezed normalised form of the names suggestions compare
// with; key computes it for other candidates (commands, colour names).
var keys sync.Map

func key(name string) string {
	if k, ok := keys.Load(name); ok {
		return k.(string)
	}
	k := squeeze(Normalize(name))
	keys.Store(name, k)
	return k
}

// distance is the optimal-string-alignment (restricted Damerau–Levenshtein)
// distance: insertions, deletions, substitutions and swaps of two adjacent
// letters ("trsut" → "trust") each cost 1.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1) // row i-2
	prev := make([]int, len(rb)+1)  // row i-1
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// AliasesIn returns the aliases of t (brief words included) that are words
// of lang, in their stored order: French aliases for French, English ones
// for English; a word of both languages ("bio", "chic") is in both.
func (t Tag) AliasesIn(lang Lang) []string {
	en, fr := aliasSets()
	var out []string
	for _, a := range t.Aliases {
		k := squeeze(Normalize(a))
		isFR := fr[k] || hasAccent(a)
		if (lang == French && isFR) || (lang == English && (!isFR || en[k])) {
			out = append(out, a)
		}
	}
	return out
}

// aliasSets returns the squeezed words known to be English and French.
var aliasSets = sync.OnceValues(func() (en, fr map[string]bool) {
	en, fr = map[string]bool{}, map[string]bool{}
	for _, w := range frenchAliases {
		fr[squeeze(Normalize(w))] = true
	}
	for _, g := range wordGroups {
		for _, w := range g.FR {
			fr[squeeze(Normalize(w))] = true
		}
		for _, w := range g.EN {
			en[squeeze(Normalize(w))] = true
		}
	}
	return en, fr
})
