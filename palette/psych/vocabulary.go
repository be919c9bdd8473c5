package psych

import "sort"

// The brief vocabulary: the words real briefs use, in English and French,
// and the tag each stands for. Words were gathered from brand briefs and
// brand-identity articles (sector, audience and mood words): "haut de
// gamme", "éco-responsable", "disruptif", "engagé", "légèreté", "bio",
// "startup", "hôpital", "parfum", "boisson", "café", "yoga" … Every group
// states why its words read as that tag. Matching ignores case, accents,
// hyphens, spaces and apostrophes, so each word is written once.

// WordGroup is a set of brief words, in English and French, that stand for
// one tag, with the reason they do.
type WordGroup struct {
	Tag string   // the ID of the tag the words stand for
	EN  []string // English words
	FR  []string // French words
	Why Text     // why these words read as that tag
}

// briefTags are the tags the brief vocabulary needs that data.go lacks.
var briefTags = []Tag{
	// Meanings.
	{ID: "attention", Name: Text{"attention", "attention"}, Kind: Meaning, Families: []string{"red", "yellow", "orange"},
		Why: Text{"red and yellow are what the eye catches first (warning signs, sales)", "le rouge et le jaune sont ce que l'œil voit d'abord (signalisation, soldes)"}},
	{ID: "lightness", Name: Text{"lightness", "légèreté"}, Kind: Meaning, Families: []string{"teal", "yellow", "beige"}, Styles: []string{"pastel"},
		Why: Text{"airy tints of turquoise and sunny yellow feel weightless", "des teintes aériennes de turquoise et de jaune paraissent sans poids"}},
	{ID: "disruptive", Name: Text{"disruptive", "disruptif"}, Kind: Meaning, Families: []string{"violet", "red", "black"}, Styles: []string{"vivid"},
		Why: Text{"electric violet and red on black break a sector's blue codes", "un violet et un rouge électriques sur noir cassent les codes bleus d'un secteur"}},
	{ID: "commitment", Name: Text{"commitment", "engagement"}, Kind: Meaning, Families: []string{"green", "orange", "red"},
		Why: Text{"committed brands take green for the planet and orange for solidarity", "les marques engagées prennent le vert pour la planète et l'orange pour la solidarité"}},
	{ID: "purity", Name: Text{"purity", "pureté"}, Kind: Meaning, Families: []string{"white", "teal", "blue"},
		Why: Text{"white is purity and cleanliness; clear turquoise and blue keep it fresh", "le blanc est pureté et propreté ; le turquoise et le bleu clairs le gardent frais"}},
	{ID: "strength", Name: Text{"strength", "force"}, Kind: Meaning, Families: []string{"red", "black", "navy"},
		Why: Text{"power reads as red's energy over the weight of black and navy", "la puissance se lit dans l'énergie du rouge sur le poids du noir et du marine"}},
	{ID: "fun", Name: Text{"fun", "fun"}, Kind: Meaning, Families: []string{"yellow", "orange", "pink"}, Styles: []string{"vivid"},
		Why: Text{"saturated yellow, orange and pink: the colours of play", "jaune, orange et rose saturés : les couleurs du jeu"}},
	{ID: "heritage", Name: Text{"heritage", "patrimoine"}, Kind: Meaning, Families: []string{"burgundy", "navy", "gold"},
		Why: Text{"old houses use burgundy and navy with gold", "les maisons anciennes emploient le bordeaux et le marine avec l'or"}},

	// Sectors.
	{ID: "fragrance", Name: Text{"fragrance", "parfumerie"}, Kind: Sector, Families: []string{"violet", "pink", "gold", "black"},
		Why: Text{"perfume sells mystery and sensuality: violet, pink, gold, black", "le parfum vend mystère et sensualité : violet, rose, or, noir"}},
	{ID: "drinks", Name: Text{"drinks", "boissons"}, Kind: Sector, Families: []string{"orange", "red", "teal"},
		Why: Text{"drinks use fruit orange and red, and turquoise for freshness", "les boissons prennent l'orange et le rouge des fruits, le turquoise pour la fraîcheur"}},
	{ID: "coffee", Name: Text{"coffee", "café"}, Kind: Sector, Families: []string{"earth", "black", "orange"},
		Why: Text{"roasted browns and black, warmed by orange", "bruns torréfiés et noir, réchauffés d'orange"}},
	{ID: "wine", Name: Text{"wine", "vins"}, Kind: Sector, Families: []string{"burgundy", "gold", "earth"},
		Why: Text{"the colour of the wine itself, with gold labels and earth", "la couleur du vin lui-même, avec l'or des étiquettes et la terre"}},
	{ID: "automotive", Name: Text{"automotive", "automobile"}, Kind: Sector, Families: []string{"black", "red", "silver"},
		Why: Text{"cars are sold in black, racing red and metal silver", "les voitures se vendent en noir, rouge course et argent métal"}},
	{ID: "transport", Name: Text{"transport", "transport"}, Kind: Sector, Families: []string{"blue", "orange", "grey"},
		Why: Text{"reliable blue with visible orange: logistics and mobility", "un bleu fiable et un orange visible : logistique et mobilité"}},
	{ID: "retail", Name: Text{"retail", "commerce"}, Kind: Sector, Families: []string{"red", "orange", "yellow"},
		Why: Text{"shops call to buy with warm, visible colours", "les commerces appellent à l'achat avec des couleurs chaudes et visibles"}},
	{ID: "nonprofit", Name: Text{"nonprofit", "associatif"}, Kind: Sector, Families: []string{"green", "orange", "blue"},
		Why: Text{"causes: green for the planet, orange for solidarity, blue for trust", "les causes : vert pour la planète, orange pour la solidarité, bleu pour la confiance"}},
	{ID: "culture", Name: Text{"culture", "culture"}, Kind: Sector, Families: []string{"violet", "red", "black"},
		Why: Text{"the stage and the gallery: violet, theatre red, black", "la scène et la galerie : violet, rouge théâtre, noir"}},
	{ID: "gaming", Name: Text{"gaming", "jeu vidéo"}, Kind: Sector, Families: []string{"violet", "teal", "black"}, Styles: []string{"vivid"},
		Why: Text{"neon violet and cyan on black screens", "violet et cyan néon sur écrans noirs"}},
	{ID: "baby", Name: Text{"baby", "bébé"}, Kind: Sector, Families: []string{"pink", "teal", "yellow"}, Styles: []string{"pastel"},
		Why: Text{"soft, reassuring pastels", "des pastels doux et rassurants"}},
	{ID: "pets", Name: Text{"pets", "animalerie"}, Kind: Sector, Families: []string{"orange", "green", "earth"},
		Why: Text{"warm, friendly orange with nature's green and brown", "un orange chaleureux et amical avec le vert et le brun de la nature"}},
	{ID: "farming", Name: Text{"farming", "agriculture"}, Kind: Sector, Families: []string{"green", "earth", "yellow"},
		Why: Text{"fields, soil and wheat", "les champs, la terre et le blé"}},
	{ID: "construction", Name: Text{"construction", "bâtiment"}, Kind: Sector, Families: []string{"yellow", "orange", "grey"},
		Why: Text{"site yellow and orange on concrete grey", "le jaune et l'orange de chantier sur le gris béton"}},
	{ID: "nautical", Name: Text{"nautical", "nautisme"}, Kind: Sector, Families: []string{"navy", "teal", "white"},
		Why: Text{"navy and sea turquoise with sail white", "marine et turquoise de la mer avec le blanc des voiles"}},
	{ID: "science", Name: Text{"science", "sciences"}, Kind: Sector, Families: []string{"blue", "teal", "white"},
		Why: Text{"laboratory blue and turquoise on clinical white", "le bleu et le turquoise du laboratoire sur un blanc clinique"}},
	{ID: "hospitality", Name: Text{"hospitality", "hôtellerie"}, Kind: Sector, Families: []string{"gold", "earth", "teal"},
		Why: Text{"welcome: warm gold and wood, turquoise for holidays", "l'accueil : or et bois chaleureux, turquoise des vacances"}},

	// Audiences and styles.
	{ID: "teens", Name: Text{"teens", "ados"}, Kind: Sector, Families: []string{"violet", "pink", "teal"}, Styles: []string{"vivid"},
		Why: Text{"young audiences answer to saturated, unexpected colours", "les jeunes publics répondent aux couleurs saturées et inattendues"}},
	{ID: "seniors", Name: Text{"seniors", "seniors"}, Kind: Sector, Families: []string{"blue", "earth", "green"}, Styles: []string{"muted"},
		Why: Text{"calm, legible, reassuring colours", "des couleurs calmes, lisibles et rassurantes"}},
	{ID: "families", Name: Text{"families", "familles"}, Kind: Sector, Families: []string{"orange", "yellow", "blue"},
		Why: Text{"warm and cheerful, with blue for trust", "chaleureux et gai, avec le bleu de la confiance"}},
	{ID: "vintage", Name: Text{"vintage", "vintage"}, Kind: Style, Families: []string{"earth", "orange"}, Styles: []string{"muted"},
		Why: Text{"faded browns and oranges of old prints", "les bruns et orangés passés des vieilles affiches"}},
}

// wordGroups are the words of briefs that stand for existing tags.
var wordGroups = []WordGroup{
	{Tag: "premium", EN: []string{"upmarket", "upscale", "exclusive", "high end"}, FR: []string{"haut de gamme", "exclusif", "luxe accessible"},
		Why: Text{"words for the top of a market", "mots du haut d'un marché"}},
	{Tag: "eco", EN: []string{"eco-responsible", "eco-friendly", "organic", "vegan", "zero-waste", "recycled", "green energy"}, FR: []string{"éco-responsable", "écoresponsable", "bio", "biologique", "végan", "zéro déchet", "recyclé", "écolo"},
		Why: Text{"care for the planet: the ecology sector's greens and earth", "le soin de la planète : les verts et la terre du secteur écologie"}},
	{Tag: "commitment", EN: []string{"committed", "engaged", "activist", "solidarity", "responsible"}, FR: []string{"engagé", "engagée", "militant", "solidaire", "solidarité", "responsable"},
		Why: Text{"a brand that takes a stand", "une marque qui prend position"}},
	{Tag: "disruptive", EN: []string{"disruption", "rebel", "subversive", "irreverent", "edgy"}, FR: []string{"disruption", "rebelle", "subversif", "irrévérencieux", "décalé"},
		Why: Text{"breaking the sector's codes", "casser les codes du secteur"}},
	{Tag: "lightness", EN: []string{"airy", "weightless"}, FR: []string{"léger", "légère", "aérien", "aérienne"},
		Why: Text{"the feeling of lightness", "le sentiment de légèreté"}},
	{Tag: "attention", EN: []string{"eye-catching", "visibility", "impact", "striking"}, FR: []string{"accrocheur", "visibilité", "impactant", "percutant"},
		Why: Text{"being seen first", "être vu en premier"}},
	{Tag: "fun", EN: []string{"funny", "festive", "cheerful"}, FR: []string{"amusant", "rigolo", "festif", "gai"},
		Why: Text{"play and celebration", "le jeu et la fête"}},
	{Tag: "calm", EN: []string{"zen", "soothing", "peaceful", "relaxing"}, FR: []string{"apaisant", "paisible", "reposant", "détente"},
		Why: Text{"a quiet state of mind: calm blues and turquoise", "un état d'esprit paisible : bleus calmes et turquoise"}},
	{Tag: "wellness", EN: []string{"meditation", "massage", "relaxation", "retreat"}, FR: []string{"méditation", "relaxation", "thalasso", "sophrologie"},
		Why: Text{"practices of the wellness sector", "pratiques du secteur du bien-être"}},
	{Tag: "innovation", EN: []string{"startup", "start-up", "scale-up", "modern", "futuristic", "contemporary", "avant-garde"}, FR: []string{"jeune pousse", "moderne", "futuriste", "contemporain", "avant-gardiste"},
		Why: Text{"the new and the forward-looking", "le nouveau et le tourné vers l'avenir"}},
	{Tag: "health", EN: []string{"hospital", "clinic", "doctor", "dentist", "healthcare", "medtech", "nursing"}, FR: []string{"hôpital", "hôpitaux", "clinique", "médecin", "dentiste", "soignant", "infirmier", "e-santé"},
		Why: Text{"places and people of care: the health sector", "lieux et métiers du soin : le secteur de la santé"}},
	{Tag: "fragrance", EN: []string{"perfume", "perfumery", "scent"}, FR: []string{"parfum", "parfums", "senteur"},
		Why: Text{"the perfume trade", "le métier du parfum"}},
	{Tag: "drinks", EN: []string{"drink", "beverage", "juice", "soda", "beer", "brewery", "spirits"}, FR: []string{"boisson", "jus", "bière", "brasserie", "spiritueux", "limonade"},
		Why: Text{"what is sold to drink", "ce qui se vend à boire"}},
	{Tag: "coffee", EN: []string{"coffee shop", "tea", "tea room", "roaster"}, FR: []string{"salon de thé", "thé", "torréfacteur"},
		Why: Text{"hot drinks share coffee's roasted browns", "les boissons chaudes partagent les bruns torréfiés du café"}},
	{Tag: "wine", EN: []string{"winery", "vineyard", "wine shop", "champagne"}, FR: []string{"vin", "vignoble", "caviste", "domaine viticole"},
		Why: Text{"the wine trade", "le métier du vin"}},
	{Tag: "food", EN: []string{"pastry", "grocery", "catering", "gastronomy", "fast food", "pizzeria", "chocolatier", "snack"}, FR: []string{"pâtisserie", "épicerie", "traiteur", "gastronomie", "restauration", "pizzeria", "chocolatier", "boucherie", "fromagerie"},
		Why: Text{"food trades: appetising warm colours", "métiers de bouche : couleurs chaudes qui donnent faim"}},
	{Tag: "tech", EN: []string{"ai", "saas", "cloud", "data", "web", "app", "cybersecurity", "it"}, FR: []string{"ia", "intelligence artificielle", "informatique", "cybersécurité", "appli", "high-tech"},
		Why: Text{"software and digital trades", "métiers du logiciel et du numérique"}},
	{Tag: "finance", EN: []string{"fintech", "crypto", "investment", "accounting", "wealth management"}, FR: []string{"investissement", "comptabilité", "expert-comptable", "gestion de patrimoine", "mutuelle"},
		Why: Text{"money trades: the finance sector", "métiers de l'argent : le secteur de la finance"}},
	{Tag: "legal", EN: []string{"notary", "attorney", "law firm"}, FR: []string{"notaire", "cabinet d'avocats", "huissier"},
		Why: Text{"legal professions", "professions juridiques"}},
	{Tag: "automotive", EN: []string{"car", "garage", "dealership"}, FR: []string{"voiture", "concession", "garagiste"},
		Why: Text{"the car trade", "le commerce automobile"}},
	{Tag: "transport", EN: []string{"logistics", "delivery", "mobility", "shipping", "airline"}, FR: []string{"logistique", "livraison", "mobilité", "compagnie aérienne", "transporteur"},
		Why: Text{"moving goods and people", "déplacer biens et personnes"}},
	{Tag: "retail", EN: []string{"shop", "store", "e-commerce", "supermarket", "marketplace"}, FR: []string{"boutique", "magasin", "e-commerce", "supermarché", "grande distribution"},
		Why: Text{"selling to the public", "vendre au public"}},
	{Tag: "nonprofit", EN: []string{"ngo", "charity", "humanitarian", "foundation", "non-profit"}, FR: []string{"ong", "association", "caritatif", "humanitaire", "fondation"},
		Why: Text{"causes and associations", "causes et associations"}},
	{Tag: "culture", EN: []string{"art", "arts", "museum", "theatre", "theater", "music", "festival", "gallery", "cinema"}, FR: []string{"musée", "théâtre", "musique", "galerie", "cinéma", "spectacle"},
		Why: Text{"arts and culture", "arts et culture"}},
	{Tag: "gaming", EN: []string{"video games", "games", "esports"}, FR: []string{"jeux vidéo", "jeu", "e-sport"},
		Why: Text{"games and their players", "les jeux et leurs joueurs"}},
	{Tag: "baby", EN: []string{"babies", "nursery", "maternity", "newborn"}, FR: []string{"puériculture", "maternité", "naissance", "nourrisson"},
		Why: Text{"the first months of life", "les premiers mois de la vie"}},
	{Tag: "pets", EN: []string{"pet", "pet shop", "veterinary", "vet", "animals"}, FR: []string{"animaux", "vétérinaire", "animalier"},
		Why: Text{"animals and their owners", "les animaux et leurs maîtres"}},
	{Tag: "farming", EN: []string{"farm", "agri", "agrifood", "farmers"}, FR: []string{"ferme", "agricole", "agroalimentaire", "agriculteur"},
		Why: Text{"the land and what it grows", "la terre et ce qu'elle fait pousser"}},
	{Tag: "construction", EN: []string{"building", "industry", "industrial", "architecture", "renovation"}, FR: []string{"btp", "construction", "industrie", "industriel", "rénovation"},
		Why: Text{"building and making", "construire et fabriquer"}},
	{Tag: "nautical", EN: []string{"maritime", "sailing", "sea", "ocean", "boating"}, FR: []string{"maritime", "voile", "mer", "océan", "plaisance"},
		Why: Text{"the sea and its trades", "la mer et ses métiers"}},
	{Tag: "science", EN: []string{"research", "laboratory", "lab", "biotech"}, FR: []string{"recherche", "laboratoire", "labo", "biotechnologie"},
		Why: Text{"research and laboratories", "la recherche et les laboratoires"}},
	{Tag: "hospitality", EN: []string{"hotel", "hotels", "guesthouse", "bed and breakfast"}, FR: []string{"hôtel", "chambre d'hôtes", "gîte", "auberge"},
		Why: Text{"places that welcome guests", "lieux qui accueillent"}},
	{Tag: "teens", EN: []string{"teen", "teenagers", "gen z", "youth"}, FR: []string{"ado", "adolescents", "jeunes"},
		Why: Text{"young audiences", "jeunes publics"}},
	{Tag: "seniors", EN: []string{"senior", "elderly", "retirees"}, FR: []string{"retraités", "aînés", "troisième âge"},
		Why: Text{"older audiences", "publics âgés"}},
	{Tag: "families", EN: []string{"family", "parents"}, FR: []string{"famille"},
		Why: Text{"family audiences", "publics familiaux"}},
	{Tag: "kids", EN: []string{"toys", "daycare"}, FR: []string{"jouets", "crèche", "garderie"},
		Why: Text{"children's trades", "métiers de l'enfance"}},
	{Tag: "education", EN: []string{"university", "e-learning", "students", "academy"}, FR: []string{"université", "étudiants", "enseignement", "académie"},
		Why: Text{"teaching and learning", "enseigner et apprendre"}},
	{Tag: "beauty", EN: []string{"hairdresser", "skincare", "makeup", "salon"}, FR: []string{"coiffure", "coiffeur", "soin de la peau", "maquillage", "esthétique", "institut de beauté"},
		Why: Text{"beauty trades", "métiers de la beauté"}},
	{Tag: "fashion", EN: []string{"streetwear", "ready-to-wear", "couture", "apparel"}, FR: []string{"prêt-à-porter", "haute couture", "habillement"},
		Why: Text{"clothing trades", "métiers du vêtement"}},
	{Tag: "travel", EN: []string{"travel agency", "camping", "holidays", "vacation"}, FR: []string{"agence de voyages", "vacances", "tourisme vert"},
		Why: Text{"holidays and journeys", "vacances et voyages"}},
	{Tag: "sport", EN: []string{"gym", "running", "sports club", "outdoor sports"}, FR: []string{"salle de sport", "club de sport", "sportif", "sportive"},
		Why: Text{"physical activity", "l'activité physique"}},
	{Tag: "energy-sector", EN: []string{"solar", "renewable energy", "utility"}, FR: []string{"solaire", "énergies renouvelables", "fournisseur d'énergie"},
		Why: Text{"energy suppliers", "fournisseurs d'énergie"}},
	{Tag: "corporate", EN: []string{"institutional", "hr", "recruitment", "b2b services"}, FR: []string{"institutionnel", "rh", "recrutement", "cabinet de conseil"},
		Why: Text{"organisations speaking to organisations", "organisations qui parlent aux organisations"}},
	{Tag: "elegance", EN: []string{"chic", "classy", "refined", "graceful"}, FR: []string{"chic", "classe", "raffiné", "distingué"},
		Why: Text{"words of elegance", "mots de l'élégance"}},
	{Tag: "professionalism", EN: []string{"serious", "rigorous", "expertise", "expert"}, FR: []string{"sérieux", "rigueur", "rigoureux", "expertise", "expert"},
		Why: Text{"competence and rigour", "compétence et rigueur"}},
	{Tag: "trust", EN: []string{"reassuring", "transparency", "honest", "trustworthy"}, FR: []string{"rassurant", "transparence", "honnête", "digne de confiance"},
		Why: Text{"words of trust", "mots de la confiance"}},
	{Tag: "minimalist", EN: []string{"clean", "sober", "scandinavian", "nordic", "pared-back"}, FR: []string{"sobre", "épuré", "scandinave", "nordique", "dépouillé"},
		Why: Text{"few colours, much space: black and grey", "peu de couleurs, beaucoup d'espace : noir et gris"}},
	{Tag: "warmth", EN: []string{"human", "welcoming", "cosy", "cozy", "cocooning"}, FR: []string{"humain", "accueillant", "cosy", "cocooning", "chaleur humaine"},
		Why: Text{"warm human contact", "le contact humain chaleureux"}},
	{Tag: "friendly", EN: []string{"accessible", "affordable", "b2c", "inclusive", "approachable"}, FR: []string{"accessible", "abordable", "grand public", "inclusif", "sympathique"},
		Why: Text{"open to everyone", "ouvert à tous"}},
	{Tag: "authentic", EN: []string{"terroir", "genuine", "sincere"}, FR: []string{"terroir", "sincère", "vrai"},
		Why: Text{"true to its roots", "fidèle à ses racines"}},
	{Tag: "craft", EN: []string{"local", "homemade", "workshop", "artisanal"}, FR: []string{"local", "fait maison", "atelier", "artisanal", "artisanale"},
		Why: Text{"made by hand, close by", "fait à la main, près de chez soi"}},
	{Tag: "energy", EN: []string{"vitality", "tonic", "sporty", "lively"}, FR: []string{"vitalité", "tonique", "tonus", "vivant"},
		Why: Text{"words of energy", "mots de l'énergie"}},
	{Tag: "heritage", EN: []string{"tradition", "traditional", "historic", "legacy"}, FR: []string{"tradition", "traditionnel", "historique", "héritage"},
		Why: Text{"a long history", "une longue histoire"}},
	{Tag: "romance", EN: []string{"wedding", "love"}, FR: []string{"mariage", "amour"},
		Why: Text{"love and weddings", "l'amour et les mariages"}},
	{Tag: "nature", EN: []string{"outdoor", "outdoors", "plants"}, FR: []string{"plein air", "plantes", "végétal"},
		Why: Text{"the living world", "le monde vivant"}},
	{Tag: "strength", EN: []string{"powerful", "strong"}, FR: []string{"puissant", "puissance", "fort"},
		Why: Text{"words of strength", "mots de la force"}},
	{Tag: "purity", EN: []string{"pure", "pristine"}, FR: []string{"pur", "pure", "immaculé"},
		Why: Text{"words of purity", "mots de la pureté"}},
	{Tag: "vintage", EN: []string{"retro", "nostalgic", "old-school"}, FR: []string{"rétro", "nostalgique", "à l'ancienne"},
		Why: Text{"the look of past decades", "l'allure des décennies passées"}},
	{Tag: "well-being", EN: []string{"wellbeing"}, FR: []string{"bien-être personnel", "épanouissement"},
		Why: Text{"the feeling of well-being", "la sensation de bien-être"}},
}

// Words returns the brief vocabulary, in a fixed order.
func Words() []WordGroup { return append([]WordGroup(nil), wordGroups...) }

// withWords adds each word group's words to its tag's aliases.
func withWords(ts []Tag) []Tag {
	at := map[string]int{}
	for i, t := range ts {
		at[t.ID] = i
	}
	for _, g := range wordGroups {
		i, ok := at[g.Tag]
		if !ok {
			continue // reported by TestWordsResolve
		}
		t := &ts[i]
		t.Aliases = append(append(append([]string(nil), t.Aliases...), g.EN...), g.FR...)
	}
	return ts
}

// WordsFor returns the brief words that stand for tag id, English then
// French, each list sorted.
func WordsFor(id string) (en, fr []string) {
	for _, g := range wordGroups {
		if g.Tag == id {
			en = append(en, g.EN...)
			fr = append(fr, g.FR...)
		}
	}
	sort.Strings(en)
	sort.Strings(fr)
	return en, fr
}
