package psych

// Colour words as tags. A brief that says "bleu" or "navy" names a colour,
// not a meaning: the colour word becomes a tag of kind Color whose family is
// that colour, and the family carries the meanings brand-identity practice
// gives it (the same table as the families of data.go). When a colour tag is
// the first tag of a brief its family gives the primary; later it gives a
// secondary or the accent.
//
// The families below complete data.go with the colours briefs name that the
// twelve base families do not cover. Their OKLCH regions were read off
// reference colours and widened to what designers still call by that name:
// CSS navy #000080 (L 0.27, C 0.19, H 264), #1f3a68 (L 0.35, C 0.09, H 260);
// burgundy #800020 (L 0.38, C 0.15, H 14), #6d071a (L 0.33, C 0.13, H 16);
// CSS beige #f5f5dc (L 0.96, C 0.03, H 107), tan #d2b48c (L 0.78, C 0.06,
// H 74), cream #f3e5c8 (L 0.92, C 0.04, H 83); CSS silver #c0c0c0 (L 0.81);
// CSS white #ffffff (L 1).
var colorFamilies = []Family{
	{ID: "navy", Of: "blue", Name: Text{"navy", "bleu marine"}, HueMin: 245, HueMax: 275, L: 0.32, C: 0.12,
		Meanings: []Text{{"authority", "autorité"}, {"trust", "confiance"}, {"seriousness", "sérieux"}, {"tradition", "tradition"}}},
	{ID: "burgundy", Of: "red", Name: Text{"burgundy", "bordeaux"}, HueMin: 0, HueMax: 24, L: 0.36, C: 0.12,
		Meanings: []Text{{"refinement", "raffinement"}, {"maturity", "maturité"}, {"heritage", "patrimoine"}, {"indulgence", "gourmandise"}}},
	{ID: "beige", Of: "earth", Name: Text{"beige", "beige"}, HueMin: 60, HueMax: 100, L: 0.86, C: 0.045, MinL: 0.76,
		Meanings: []Text{{"softness", "douceur"}, {"naturalness", "naturel"}, {"discretion", "discrétion"}, {"comfort", "confort"}}},
	{ID: "silver", Of: "grey", Name: Text{"silver", "argent"}, L: 0.76, C: 0.008,
		Meanings: []Text{{"modernity", "modernité"}, {"technology", "technologie"}, {"precision", "précision"}, {"sleekness", "sobriété"}}},
}

// colorTags are the colour words. Each names its family first; the second
// family, where there is one, is the companion practice pairs it with, used
// for a secondary when no other tag gives one.
var colorTags = []Tag{
	{ID: "blue", Name: Text{"blue", "bleu"}, Kind: Color, Families: []string{"blue"}, Aliases: []string{"bleue", "azure", "azur", "royal-blue", "bleu-roi"}},
	{ID: "red", Name: Text{"red", "rouge"}, Kind: Color, Families: []string{"red"}, Aliases: []string{"scarlet", "écarlate", "crimson", "carmin"}},
	{ID: "yellow", Name: Text{"yellow", "jaune"}, Kind: Color, Families: []string{"yellow"}, Aliases: []string{"lemon-yellow", "jaune-citron", "mustard", "moutarde"}},
	{ID: "green", Name: Text{"green", "vert"}, Kind: Color, Families: []string{"green"}, Aliases: []string{"verte", "emerald", "émeraude"}},
	{ID: "purple", Name: Text{"purple", "violet"}, Kind: Color, Families: []string{"violet"}, Aliases: []string{"violette", "mauve", "lilac", "lilas", "pourpre", "lavender", "lavande"}},
	{ID: "orange", Name: Text{"orange", "orange"}, Kind: Color, Families: []string{"orange"}, Aliases: []string{"tangerine", "mandarine"}},
	{ID: "pink", Name: Text{"pink", "rose"}, Kind: Color, Families: []string{"pink"}, Aliases: []string{"rosy", "rosé", "fuchsia", "coral", "corail"}},
	{ID: "turquoise", Name: Text{"turquoise", "turquoise"}, Kind: Color, Families: []string{"teal"}, Aliases: []string{"teal", "sarcelle", "cyan", "aqua", "aquamarine", "bleu-canard"}},
	{ID: "brown", Name: Text{"brown", "marron"}, Kind: Color, Families: []string{"earth"}, Aliases: []string{"brun", "brune", "chocolate", "chocolat", "caramel", "camel"}},
	{ID: "black", Name: Text{"black", "noir"}, Kind: Color, Families: []string{"black"}, Aliases: []string{"noire", "ebony", "ébène"}},
	{ID: "white", Name: Text{"white", "blanc"}, Kind: Color, Families: []string{"white", "grey"}, Aliases: []string{"blanche", "ivory", "ivoire"}},
	{ID: "grey", Name: Text{"grey", "gris"}, Kind: Color, Families: []string{"grey"}, Aliases: []string{"gray", "grise", "anthracite", "charcoal", "slate", "ardoise"}},
	{ID: "gold", Name: Text{"gold", "or"}, Kind: Color, Families: []string{"gold"}, Aliases: []string{"golden", "doré", "dorée", "gilded"}},
	{ID: "silver", Name: Text{"silver", "argent"}, Kind: Color, Families: []string{"silver", "grey"}, Aliases: []string{"silvery", "argenté", "argentée", "chrome", "platinum", "platine"}},
	{ID: "beige", Name: Text{"beige", "beige"}, Kind: Color, Families: []string{"beige"}, Aliases: []string{"cream", "crème", "sand", "sable", "ecru", "écru", "nude", "tan"}},
	{ID: "navy", Name: Text{"navy", "bleu marine"}, Kind: Color, Families: []string{"navy"}, Aliases: []string{"marine", "navy-blue", "midnight-blue", "bleu-nuit"}},
	{ID: "burgundy", Name: Text{"burgundy", "bordeaux"}, Kind: Color, Families: []string{"burgundy"}, Aliases: []string{"maroon", "wine-red", "lie-de-vin", "oxblood", "grenat", "garnet"}},
}
