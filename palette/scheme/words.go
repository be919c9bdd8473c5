package scheme

import "github.com/hueprint/hueprint/palette/psych"

// Every word this package writes, English then French, in one place so that
// the shared catalogue (palette/psych) can take them over. French follows
// French typography: a narrow no-break space (U+202F) before the colon and
// semicolon, a decimal comma, typographic apostrophes.

// The words of the notes, English then French, in one place. French
// follows French typography: a narrow no-break space before the colon, a
// decimal comma.
var noteWords = map[NoteKind][2]string{
	Adjusted: {
		"%s: %s %s reaches only %s:1 on the %s (%s), under the %s:1 it needs (WCAG 2.2); %s, the nearest passing tone of the same hue, is used instead",
		"%s\u202f: %s %s n'atteint que %s:1 sur %s (%s), sous les %s:1 requis (WCAG 2.2)\u202f; %s, le ton conforme le plus proche de même teinte, le remplace",
	},
	NeutralReplaced: {
		"%s: the palette has no neutral that works as %s (%s was the nearest); %s, a tone of the primary hue, is used",
		"%s\u202f: aucun neutre de la palette ne convient pour %s (%s était le plus proche)\u202f; %s, un ton de la teinte primaire, est utilisé",
	},
	UseIcons: {
		"%s: error %s and success %s stay close with deuteranopia (CIEDE2000 %s, under %s): show an icon or a word with each state, not colour alone",
		"%s\u202f: l'erreur %s et le succès %s restent proches pour un deutéranope (CIEDE2000 %s, sous %s)\u202f: accompagnez chaque état d'une icône ou d'un mot, pas de la seule couleur",
	},
}

// modeWords, roleWords: the names notes use.
var modeWords = map[Mode][2]string{Light: {"light", "clair"}, Dark: {"dark", "sombre"}}

var roleWords = map[Role][2]string{
	Background: {"background", "le fond"}, OnBackground: {"text", "le texte"}, Surface: {"surface", "la surface"},
	Primary: {"primary", "la couleur principale"}, Secondary: {"secondary", "la couleur secondaire"}, Accent: {"accent", "l'accent"},
}

// previewWords are the texts of the preview page.
var previewWords = map[string][2]string{
	"brand":        {"Brand", "Marque"},
	"title":        {"light and dark scheme preview", "aperçu des thèmes clair et sombre"},
	"skip":         {"Skip to content", "Aller au contenu"},
	"navLabel":     {"Main", "Principale"},
	"navProduct":   {"Product", "Produit"},
	"navPricing":   {"Pricing", "Tarifs"},
	"navSignup":    {"Sign up", "Inscription"},
	"signIn":       {"Sign in", "Connexion"},
	"toDark":       {"Dark mode", "Mode sombre"},
	"light":        {"light", "clair"},
	"dark":         {"dark", "sombre"},
	"on":           {"on", "sur"},
	"eyebrow":      {"New · Colour that works", "Nouveau · Des couleurs qui marchent"},
	"headline":     {"Your brand, legible everywhere, day and night", "Votre marque, lisible partout, de jour comme de nuit"},
	"sub":          {"One palette becomes a light and a dark interface where every text reaches WCAG AA, every control stands out, and the brand stays itself.", "Une palette devient une interface claire et une sombre où chaque texte atteint le niveau AA des WCAG, chaque contrôle se détache, et la marque reste elle-même."},
	"cta":          {"Get started free", "Commencer gratuitement"},
	"cta2":         {"See how it works", "Voir comment ça marche"},
	"chart":        {"Weekly sign-ups", "Inscriptions par semaine"},
	"kpi1":         {"primary", "primaire"},
	"kpi2":         {"secondary", "secondaire"},
	"kpi3":         {"accent", "accent"},
	"buttons":      {"Buttons", "Boutons"},
	"buttonsLead":  {"Primary for the main action, secondary beside it, accent for the one call to action, outline for the rest.", "La couleur principale pour l'action principale, la secondaire à côté, l'accent pour l'unique appel à l'action, le contour pour le reste."},
	"bPrimary":     {"Save changes", "Enregistrer"},
	"bSecondary":   {"Preview", "Aperçu"},
	"bAccent":      {"Upgrade now", "Passer à l'offre Pro"},
	"bGhost":       {"Cancel", "Annuler"},
	"features":     {"Why teams choose us", "Pourquoi les équipes nous choisissent"},
	"featuresLead": {"Cards sit on the surface colour; muted text stays above 4.5:1 on it.", "Les cartes reposent sur la couleur de surface ; le texte atténué y reste au-dessus de 4,5:1."},
	"c1badge":      {"Fast", "Rapide"},
	"c1":           {"Ship in minutes", "En ligne en quelques minutes"},
	"c1text":       {"Export the scheme to CSS, Tailwind or design tokens and both modes come along.", "Exportez le thème en CSS, Tailwind ou jetons de design : les deux modes suivent."},
	"c2badge":      {"Accessible", "Accessible"},
	"c2":           {"Checked, not hoped", "Vérifié, pas espéré"},
	"c2text":       {"Every pair of colours is measured before you see it, in light and in dark.", "Chaque paire de couleurs est mesurée avant que vous ne la voyiez, en clair comme en sombre."},
	"c3badge":      {"On brand", "Fidèle"},
	"c3":           {"Your colours, kept", "Vos couleurs, gardées"},
	"c3text":       {"Brand colours are used verbatim wherever they pass; a note explains any change.", "Les couleurs de la marque sont gardées telles quelles dès qu'elles passent ; une note explique tout changement."},
	"more":         {"Learn more", "En savoir plus"},
	"signup":       {"Create your account", "Créez votre compte"},
	"signupLead":   {"Labels, inputs, a visible focus ring and the three validation states.", "Libellés, champs, anneau de focus visible et les trois états de validation."},
	"fName":        {"Full name", "Nom complet"},
	"okName":       {"Looks good", "Parfait"},
	"fEmail":       {"Work email", "Courriel professionnel"},
	"errEmail":     {"Enter a complete address, such as camille@example.com", "Saisissez une adresse complète, par exemple camille@example.com"},
	"fTeam":        {"Team size", "Taille de l'équipe"},
	"teamHint":     {"You can change this later.", "Vous pourrez le modifier plus tard."},
	"fNews":        {"Send me product news, twice a month", "Envoyez-moi les nouveautés, deux fois par mois"},
	"submit":       {"Create account", "Créer le compte"},
	"aErrT":        {"Payment failed", "Le paiement a échoué"},
	"aErr":         {"Your card was declined. Try another card or contact your bank.", "Votre carte a été refusée. Essayez-en une autre ou contactez votre banque."},
	"aOkT":         {"Workspace ready", "Espace de travail prêt"},
	"aOk":          {"Your team can sign in now.", "Votre équipe peut se connecter dès maintenant."},
	"aWarnT":       {"Trial ends in 3 days", "L'essai se termine dans 3 jours"},
	"aWarn":        {"Add a payment method to keep your projects.", "Ajoutez un moyen de paiement pour garder vos projets."},
	"pricing":      {"Plans", "Offres"},
	"pricingLead":  {"A table on the surface; the featured row uses the primary container.", "Un tableau sur la surface ; la ligne mise en avant utilise le conteneur primaire."},
	"plan":         {"Plan", "Offre"},
	"seats":        {"Seats", "Places"},
	"exports":      {"Exports", "Exports"},
	"price":        {"Price / month", "Prix / mois"},
	"p1":           {"Starter", "Découverte"},
	"p2":           {"Team", "Équipe"},
	"p2price":      {"29 €", "29 €"},
	"p3":           {"Enterprise", "Entreprise"},
	"p3price":      {"On request", "Sur devis"},
	"unlimited":    {"Unlimited", "Illimitées"},
	"all":          {"All formats", "Tous les formats"},
	"contrast":     {"Contrast of each pair", "Contraste de chaque paire"},
	"textPairs":    {"Text · at least 4.5:1", "Texte · au moins 4,5:1"},
	"uiPairs":      {"Components and focus · at least 3:1", "Composants et focus · au moins 3:1"},
	"contrastLead": {"WCAG 2.x ratios, text ≥ 4.5:1, components ≥ 3:1. Mode shown:", "Rapports WCAG 2.x, texte ≥ 4,5:1, composants ≥ 3:1. Mode affiché :"},
	"notes":        {"Notes", "Notes"},
	"footer":       {"a hueprint scheme preview. Hover any component to see its contrast.", "un aperçu de thème hueprint. Survolez un composant pour voir son contraste."},
	"footer2":      {"Offline page: no network, no framework, system fonts.", "Page hors ligne : ni réseau, ni framework, polices du système."},
}

func previewWord(key string, lang psych.Lang) string {
	w, ok := previewWords[key]
	if !ok {
		return key
	}
	if lang == psych.French {
		return w[1]
	}
	return w[0]
}

// textWords are the words of Scheme.WriteText, English then French.
var textWords = map[string][2]string{
	"light":   {"Light", "Clair"},
	"dark":    {"Dark", "Sombre"},
	"roles":   {"Roles", "Rôles"},
	"pairs":   {"Pairs (WCAG 2.x ratio; text needs 4.5:1, outlines, focus and buttons 3:1)", "Paires (rapport WCAG 2.x\u202f; le texte requiert 4,5:1, contours, focus et boutons 3:1)"},
	"on":      {"on", "sur"},
	"notes":   {"Notes", "Notes"},
	"nonotes": {"No note: every brand colour is used verbatim in the light scheme.", "Aucune note\u202f: chaque couleur de la marque est utilisée telle quelle dans le thème clair."},
}

func textWord(key string, lang psych.Lang) string {
	if lang == psych.French {
		return textWords[key][1]
	}
	return textWords[key][0]
}
