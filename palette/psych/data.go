package psych

// The colour families. Hue ranges and typical L/C were read off reference
// colours in OKLCH (e.g. #e4002b red H 24, #ffd700 gold H 95, #1d4ed8 blue
// H 264, #40e0d0 turquoise H 185) and widened to what designers still call
// by that name.
var families = []Family{
	{ID: "blue", Name: Text{"blue", "bleu"}, HueMin: 240, HueMax: 268, L: 0.48, C: 0.18,
		Meanings: []Text{{"trust", "confiance"}, {"professionalism", "professionnalisme"}, {"serenity", "sérénité"}, {"calm", "calme"}, {"security", "sécurité"}}},
	{ID: "red", Name: Text{"red", "rouge"}, HueMin: 18, HueMax: 34, L: 0.57, C: 0.21,
		Meanings: []Text{{"energy", "énergie"}, {"passion", "passion"}, {"action", "action"}, {"urgency", "urgence"}}},
	{ID: "yellow", Name: Text{"yellow", "jaune"}, HueMin: 92, HueMax: 108, L: 0.9, C: 0.17, MinL: 0.87,
		Meanings: []Text{{"optimism", "optimisme"}, {"creativity", "créativité"}, {"dynamism", "dynamisme"}, {"joy", "joie"}}},
	{ID: "green", Name: Text{"green", "vert"}, HueMin: 135, HueMax: 160, L: 0.55, C: 0.15,
		Meanings: []Text{{"nature", "nature"}, {"well-being", "bien-être"}, {"growth", "croissance"}, {"ethics", "éthique"}}},
	{ID: "violet", Name: Text{"violet", "violet"}, HueMin: 292, HueMax: 322, L: 0.45, C: 0.17,
		Meanings: []Text{{"elegance", "élégance"}, {"mystery", "mystère"}, {"spirituality", "spiritualité"}}},
	{ID: "black", Name: Text{"black", "noir"}, L: 0.19, C: 0.006,
		Meanings: []Text{{"luxury", "luxe"}, {"sophistication", "sophistication"}, {"timelessness", "intemporalité"}, {"minimalism", "minimalisme"}}},
	{ID: "orange", Name: Text{"orange", "orange"}, HueMin: 45, HueMax: 68, L: 0.72, C: 0.17,
		Meanings: []Text{{"warmth", "chaleur"}, {"friendliness", "convivialité"}, {"enthusiasm", "enthousiasme"}}},
	{ID: "pink", Name: Text{"pink", "rose"}, HueMin: 350, HueMax: 10, L: 0.66, C: 0.18,
		Meanings: []Text{{"tenderness", "tendresse"}, {"romance", "romantisme"}, {"playfulness", "espièglerie"}}},
	{ID: "earth", Name: Text{"brown", "brun"}, HueMin: 40, HueMax: 62, L: 0.46, C: 0.08,
		Meanings: []Text{{"authenticity", "authenticité"}, {"reliability", "fiabilité"}, {"craft", "savoir-faire"}}},
	{ID: "teal", Name: Text{"turquoise", "turquoise"}, HueMin: 178, HueMax: 205, L: 0.66, C: 0.11,
		Meanings: []Text{{"freshness", "fraîcheur"}, {"clarity", "clarté"}, {"healing", "soin"}}},
	{ID: "gold", Name: Text{"gold", "or"}, HueMin: 78, HueMax: 92, L: 0.74, C: 0.13, MinL: 0.66,
		Meanings: []Text{{"prestige", "prestige"}, {"success", "réussite"}, {"refinement", "raffinement"}}},
	{ID: "grey", Name: Text{"grey", "gris"}, L: 0.62, C: 0.008,
		Meanings: []Text{{"neutrality", "neutralité"}, {"balance", "équilibre"}, {"simplicity", "simplicité"}}},
	// White covers off-whites and creams (OKLCH L ≥ 0.88, C ≤ 0.03): a
	// lime-wash #e4d9c9 is L 0.89, C 0.025.
	{ID: "white", Name: Text{"white", "blanc"}, L: 0.89, C: 0.02,
		Meanings: []Text{{"purity", "pureté"}, {"light", "lumière"}, {"clarity", "clarté"}, {"cleanliness", "propreté"}}},
}

// The styles. Lightness ranges are OKLCH L of the primary; chroma is a
// multiple of the family's typical chroma.
var styles = []StyleDef{
	{ID: "balanced", Name: Text{"balanced", "équilibré"}, CMul: 1,
		Why: Text{"balanced lightness and saturation", "clarté et saturation équilibrées"}},
	{ID: "vivid", Name: Text{"vivid", "vif"}, LMin: 0.55, LMax: 0.75, CMul: 1.35,
		Why: Text{"vivid and playful", "vif et ludique"}},
	{ID: "pastel", Name: Text{"pastel", "pastel"}, LMin: 0.84, LMax: 0.91, CMul: 0.45,
		Why: Text{"soft pastel", "pastel doux"}},
	{ID: "muted", Name: Text{"muted", "sourd"}, LMin: 0.45, LMax: 0.65, CMul: 0.5,
		Why: Text{"muted and calm", "sourd et posé"}},
	{ID: "earthy", Name: Text{"earthy", "terreux"}, LMin: 0.38, LMax: 0.58, CMul: 0.6, Earth: true,
		Why: Text{"earthy and natural", "terreux et naturel"}},
	{ID: "deep", Name: Text{"deep", "profond"}, LMin: 0.24, LMax: 0.38, CMul: 0.85,
		Why: Text{"deep and premium", "profond et haut de gamme"}},
	{ID: "monochrome", Name: Text{"monochrome", "monochrome"}, CMul: 1,
		Why: Text{"one hue in several lightnesses", "une teinte en plusieurs clartés"}},
	{ID: "black-and-white", Name: Text{"black-and-white", "noir-et-blanc"}, CMul: 1,
		Why: Text{"raw black and white with one signal colour", "noir et blanc bruts, une seule couleur signal"}},
}

// The tags. A tag's first family is the one its colour comes from; the
// others serve for secondaries and accents.
var tags = []Tag{
	// Meanings.
	{ID: "trust", Name: Text{"trust", "confiance"}, Kind: Meaning, Families: []string{"blue", "teal"}},
	{ID: "professionalism", Name: Text{"professionalism", "professionnalisme"}, Kind: Meaning, Families: []string{"blue", "grey"}, Aliases: []string{"professional", "professionnel"}},
	{ID: "serenity", Name: Text{"serenity", "sérénité"}, Kind: Meaning, Families: []string{"blue", "teal"}, Aliases: []string{"serene", "serein"}},
	{ID: "calm", Name: Text{"calm", "calme"}, Kind: Meaning, Families: []string{"blue", "teal", "green"}},
	{ID: "security", Name: Text{"security", "sécurité"}, Kind: Meaning, Families: []string{"blue", "grey"}, Aliases: []string{"safety", "secure"}},
	{ID: "energy", Name: Text{"energy", "énergie"}, Kind: Meaning, Families: []string{"red", "orange"}, Aliases: []string{"energetic", "énergique"}},
	{ID: "passion", Name: Text{"passion", "passion"}, Kind: Meaning, Families: []string{"red", "pink"}, Aliases: []string{"passionate", "passionné"}},
	{ID: "action", Name: Text{"action", "action"}, Kind: Meaning, Families: []string{"red", "orange"}},
	{ID: "urgency", Name: Text{"urgency", "urgence"}, Kind: Meaning, Families: []string{"red", "orange"}, Aliases: []string{"urgent"}},
	{ID: "optimism", Name: Text{"optimism", "optimisme"}, Kind: Meaning, Families: []string{"yellow", "orange"}, Aliases: []string{"optimistic", "optimiste"}},
	{ID: "creativity", Name: Text{"creativity", "créativité"}, Kind: Meaning, Families: []string{"yellow", "violet", "orange"}, Aliases: []string{"creative", "créatif"}},
	{ID: "dynamism", Name: Text{"dynamism", "dynamisme"}, Kind: Meaning, Families: []string{"yellow", "orange", "red"}, Aliases: []string{"dynamic", "dynamique"}},
	{ID: "joy", Name: Text{"joy", "joie"}, Kind: Meaning, Families: []string{"yellow", "orange", "pink"}, Aliases: []string{"joyful", "joyeux", "happy", "gaieté"}},
	{ID: "nature", Name: Text{"nature", "nature"}, Kind: Meaning, Families: []string{"green", "earth"}, Aliases: []string{"natural", "naturel"}},
	{ID: "well-being", Name: Text{"well-being", "mieux-être"}, Kind: Meaning, Families: []string{"green", "teal"}, Aliases: []string{"wellbeing"}},
	{ID: "growth", Name: Text{"growth", "croissance"}, Kind: Meaning, Families: []string{"green", "teal"}},
	{ID: "ethics", Name: Text{"ethics", "éthique"}, Kind: Meaning, Families: []string{"green", "earth"}, Aliases: []string{"ethical"}},
	{ID: "elegance", Name: Text{"elegance", "élégance"}, Kind: Meaning, Families: []string{"violet", "black"}, Aliases: []string{"elegant", "élégant"}},
	{ID: "mystery", Name: Text{"mystery", "mystère"}, Kind: Meaning, Families: []string{"violet", "black"}, Aliases: []string{"mysterious", "mystérieux"}},
	{ID: "spirituality", Name: Text{"spirituality", "spiritualité"}, Kind: Meaning, Families: []string{"violet", "teal"}, Aliases: []string{"spiritual", "spirituel"}},
	{ID: "luxury", Name: Text{"luxury", "luxe"}, Kind: Meaning, Families: []string{"black", "gold", "violet"}, Styles: []string{"deep"}, Aliases: []string{"luxurious", "luxueux"}},
	{ID: "sophistication", Name: Text{"sophistication", "sophistication"}, Kind: Meaning, Families: []string{"black", "violet", "gold"}, Aliases: []string{"sophisticated", "sophistiqué"}},
	{ID: "timeless", Name: Text{"timeless", "intemporel"}, Kind: Meaning, Families: []string{"black", "earth"}, Aliases: []string{"timelessness", "intemporalité"}},
	{ID: "minimalist", Name: Text{"minimalist", "minimaliste"}, Kind: Meaning, Families: []string{"black", "white", "grey"}, Aliases: []string{"minimalism", "minimalisme", "minimal"}},
	{ID: "warmth", Name: Text{"warmth", "chaleur"}, Kind: Meaning, Families: []string{"orange", "red", "earth"}, Aliases: []string{"warm", "chaleureux"}},
	{ID: "friendly", Name: Text{"friendly", "convivial"}, Kind: Meaning, Families: []string{"orange", "yellow"}, Aliases: []string{"friendliness", "convivialité"}},
	{ID: "tenderness", Name: Text{"tenderness", "tendresse"}, Kind: Meaning, Families: []string{"pink", "violet"}, Aliases: []string{"tender", "softness", "douceur"}},
	{ID: "romance", Name: Text{"romance", "romantisme"}, Kind: Meaning, Families: []string{"pink", "red"}, Aliases: []string{"romantic", "romantique"}},
	{ID: "freshness", Name: Text{"freshness", "fraîcheur"}, Kind: Meaning, Families: []string{"teal", "green"}, Aliases: []string{"fresh", "frais"}},
	{ID: "innovation", Name: Text{"innovation", "innovation"}, Kind: Meaning, Families: []string{"teal", "violet", "blue"}, Aliases: []string{"innovative", "innovant"}},
	{ID: "prestige", Name: Text{"prestige", "prestige"}, Kind: Meaning, Families: []string{"gold", "black"}, Aliases: []string{"prestigious", "prestigieux"}},
	{ID: "reliability", Name: Text{"reliability", "fiabilité"}, Kind: Meaning, Families: []string{"earth", "blue"}, Aliases: []string{"reliable", "fiable"}},
	{ID: "simplicity", Name: Text{"simplicity", "simplicité"}, Kind: Meaning, Families: []string{"grey", "black"}, Aliases: []string{"simple"}},

	// Sectors.
	{ID: "tech", Name: Text{"tech", "technologie"}, Kind: Sector, Families: []string{"blue", "teal", "violet"}, Aliases: []string{"technology", "tech-fr", "numérique", "digital", "software", "logiciel"}},
	{ID: "finance", Name: Text{"finance", "finance"}, Kind: Sector, Families: []string{"blue", "green", "gold"}, Aliases: []string{"bank", "banque", "insurance", "assurance"}},
	{ID: "corporate", Name: Text{"corporate", "entreprise"}, Kind: Sector, Families: []string{"blue", "grey"}, Aliases: []string{"b2b", "consulting", "conseil"}},
	{ID: "health", Name: Text{"health", "santé"}, Kind: Sector, Families: []string{"green", "teal", "blue"}, Aliases: []string{"medical", "médical", "pharmacy", "pharmacie"}},
	{ID: "eco", Name: Text{"eco", "écologie"}, Kind: Sector, Families: []string{"green", "earth"}, Aliases: []string{"ecology", "green-tech", "écologique", "sustainable", "durable"}},
	{ID: "food", Name: Text{"food", "alimentation"}, Kind: Sector, Families: []string{"orange", "red", "green"}, Aliases: []string{"restaurant", "bakery", "boulangerie", "cuisine"}},
	{ID: "education", Name: Text{"education", "éducation"}, Kind: Sector, Families: []string{"blue", "yellow", "orange"}, Aliases: []string{"school", "école", "formation", "training"}},
	{ID: "beauty", Name: Text{"beauty", "beauté"}, Kind: Sector, Families: []string{"pink", "violet", "gold"}, Aliases: []string{"cosmetics", "cosmétique"}},
	{ID: "sport", Name: Text{"sport", "sport"}, Kind: Sector, Families: []string{"red", "orange", "blue"}, Aliases: []string{"sports", "fitness"}},
	{ID: "fashion", Name: Text{"fashion", "mode"}, Kind: Sector, Families: []string{"black", "pink", "violet"}, Aliases: []string{"clothing", "vêtements"}},
	{ID: "travel", Name: Text{"travel", "voyage"}, Kind: Sector, Families: []string{"teal", "blue", "orange"}, Aliases: []string{"tourism", "tourisme"}},
	{ID: "real-estate", Name: Text{"real-estate", "immobilier"}, Kind: Sector, Families: []string{"blue", "earth", "green"}, Aliases: []string{"realestate", "property"}},
	{ID: "legal", Name: Text{"legal", "juridique"}, Kind: Sector, Families: []string{"blue", "black", "earth"}, Aliases: []string{"law", "droit", "avocat", "lawyer"}},
	{ID: "kids", Name: Text{"kids", "enfants"}, Kind: Sector, Families: []string{"yellow", "red", "blue", "teal"}, Styles: []string{"vivid", "pastel"}, Aliases: []string{"children", "child", "enfant", "jeunesse"}},
	{ID: "wellness", Name: Text{"wellness", "bien-être"}, Kind: Sector, Families: []string{"violet", "green", "teal"}, Aliases: []string{"spa", "yoga", "bien-etre-spa"}},
	{ID: "premium", Name: Text{"premium", "haut-de-gamme"}, Kind: Sector, Families: []string{"black", "violet", "gold"}, Styles: []string{"deep"}, Aliases: []string{"high-end"}},
	{ID: "jewellery", Name: Text{"jewellery", "bijouterie"}, Kind: Sector, Families: []string{"black", "gold", "teal"}, Styles: []string{"deep"}, Aliases: []string{"jewelry", "joaillerie", "bijoux"}},
	{ID: "craft", Name: Text{"craft", "artisanat"}, Kind: Sector, Families: []string{"earth", "orange", "green"}, Styles: []string{"earthy"}, Aliases: []string{"artisan", "handmade", "fait-main"}},
	{ID: "energy-sector", Name: Text{"utilities", "énergéticien"}, Kind: Sector, Families: []string{"green", "blue", "yellow"}, Aliases: []string{"power", "électricité"}},

	// Styles and audiences.
	{ID: "vivid", Name: Text{"vivid", "vif"}, Kind: Style, Styles: []string{"vivid"}, Aliases: []string{"bright", "vive", "vifs", "playful", "ludique"}},
	{ID: "pastel", Name: Text{"pastel", "pastel"}, Kind: Style, Styles: []string{"pastel"}, Aliases: []string{"soft", "doux", "pastels"}},
	{ID: "muted", Name: Text{"muted", "sourd"}, Kind: Style, Styles: []string{"muted"}, Aliases: []string{"desaturated", "désaturé", "subtle", "discret"}},
	{ID: "earthy", Name: Text{"earthy", "terreux"}, Kind: Style, Styles: []string{"earthy"}, Aliases: []string{"earth", "terre", "rustic", "rustique"}},
	{ID: "deep", Name: Text{"deep", "profond"}, Kind: Style, Styles: []string{"deep"}, Aliases: []string{"dark", "sombre", "foncé"}},
	{ID: "monochrome", Name: Text{"monochrome", "monochrome"}, Kind: Style, Styles: []string{"monochrome"}, Aliases: []string{"mono"}},
	{ID: "authentic", Name: Text{"authentic", "authentique"}, Kind: Style, Families: []string{"earth"}, Styles: []string{"earthy"}, Aliases: []string{"authenticity", "authenticité"}},
	{ID: "bold", Name: Text{"bold", "audacieux"}, Kind: Style, Styles: []string{"vivid"}, Aliases: []string{"stand-out", "audace", "daring"}},
	{ID: "black-and-white", Name: Text{"black-and-white", "noir-et-blanc"}, Kind: Style, Styles: []string{"black-and-white"}, Aliases: []string{"bw", "b&w", "n&b", "black-white", "noir-blanc"}},
}
