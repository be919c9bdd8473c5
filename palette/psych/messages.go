package psych

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

// The message catalogue: every word hueprint prints or draws, keyed, in
// English and French. Templates take fmt verbs; figures are formatted
// beforehand with Num, Percent and Ratio so that French gets its decimal
// comma. French templates are written with ordinary spaces and get French
// typography when the catalogue is built: a no-break space (U+00A0) before
// « : ; ! ? % » and inside « », as the Imprimerie nationale's Lexique des
// règles typographiques prescribes.
var messages = map[string]Text{
	// Roles, one colour.
	"role.primary":   {"primary", "principale"},
	"role.secondary": {"secondary", "secondaire"},
	"role.accent":    {"accent", "accent"},
	"role.neutral":   {"neutral", "neutre"},
	"role.off":       {"off-palette", "hors palette"},
	// Roles as headings.
	"roles.primary":   {"primary colour", "couleur principale"},
	"roles.secondary": {"secondary colours", "couleurs secondaires"},
	"roles.accent":    {"accent", "accent"},
	"roles.neutral":   {"neutrals", "neutres"},
	"tags":            {"tags", "mots-clés"},

	// Harmonies: names, then as a secondary's reason.
	"harmony.auto":              {"auto", "automatique"},
	"harmony.analogous":         {"analogous", "analogue"},
	"harmony.complementary":     {"complementary", "complémentaire"},
	"harmony.split":             {"split-complementary", "complémentaire adjacente"},
	"harmony.triadic":           {"triadic", "triadique"},
	"harmony.monochrome":        {"monochrome", "monochrome"},
	"harmony.tags":              {"from the tags", "issue des mots-clés"},
	"harmony.why.analogous":     {"analogous to the primary", "analogue à la couleur principale"},
	"harmony.why.complementary": {"complementary to the primary", "complémentaire de la couleur principale"},
	"harmony.why.split":         {"split-complementary to the primary", "complémentaire adjacente de la couleur principale"},
	"harmony.why.triadic":       {"triadic with the primary", "en triade avec la couleur principale"},
	"harmony.why.monochrome":    {"in the primary's hue", "dans la teinte de la couleur principale"},
	"harmony.why.tags":          {"from the other tags", "issue des autres mots-clés"},

	// Styles: what each does to the colours, true whatever the tags.
	"style.why.balanced":   {"balanced lightness and saturation", "clarté et saturation équilibrées"},
	"style.why.vivid":      {"vivid style: saturation raised", "style vif : saturation renforcée"},
	"style.why.pastel":     {"pastel style: light, soft tints", "style pastel : teintes claires et douces"},
	"style.why.muted":      {"muted style: saturation lowered", "style sourd : saturation atténuée"},
	"style.why.earthy":     {"earthy style: warm, natural tones", "style terreux : tons chauds et naturels"},
	"style.why.deep":       {"deep style: dark, rich tones", "style profond : tons sombres et riches"},
	"style.why.monochrome": {"monochrome style: one hue in several lightnesses", "style monochrome : une teinte en plusieurs clartés"},

	// Reasons of a generated palette.
	"why.bw":     {"black, the base of a raw black-and-white identity", "noir, la base d'une identité noir et blanc brute"},
	"why.brand":  {"your brand colour, kept exactly as given", "votre couleur de marque, gardée telle quelle"},
	"why.family": {"%s: %s", "%s : %s"},
	"why.tags":   {"%s (tags %s)", "%s (mots-clés %s)"},
	"why.tagwhy": {"%s: %s", "%s : %s"},
	"why.join":   {"%s; %s", "%s ; %s"},

	// Reasons of a generated secondary: its use, then where its hue comes
	// from (hue offsets are formatted with Degrees).
	"why.use.tint":          {"a pale tint for panels, cards and large surfaces", "une teinte pâle pour les encadrés, les cartes et les grands fonds"},
	"why.use.shade":         {"a deep shade for headings, footers and dark bands", "une nuance profonde pour les titres, les pieds de page et les bandeaux sombres"},
	"why.use.black":         {"black as a real role: dark bands, type, packaging", "le noir comme vrai rôle : bandeaux sombres, typographie, emballages"},
	"why.use.white":         {"white as a real role: the other half of the identity", "le blanc comme vrai rôle : l'autre moitié de l'identité"},
	"why.use.named":         {"the colour the brief names, at its own strength: bands, illustrations, secondary buttons", "la couleur que nomme le brief, à sa vraie intensité : bandeaux, illustrations, boutons secondaires"},
	"why.rel.tag":           {"brings the tag %s", "apporte le mot-clé %s"},
	"why.rel.navy":          {"a deep hue designers set beside %s, where its own shade would turn brown or olive", "une teinte profonde que les designers posent à côté d'une couleur principale %s, dont la nuance sombre tournerait au brun ou à l'olive"},
	"why.rel.ownopp":        {"the primary's own hue; complementary scheme: the accent carries the opposite hue", "la teinte de la couleur principale ; schéma complémentaire : l'accent porte la teinte opposée"},
	"why.rel.ownmono":       {"monochrome: the primary's hue at another lightness", "monochrome : la teinte de la couleur principale à une autre clarté"},
	"why.rel.own":           {"the primary's own hue", "la teinte de la couleur principale"},
	"why.sec.complementary": {"complementary: the primary's opposite hue (%s)", "complémentaire : la teinte opposée à la couleur principale (%s)"},
	"why.sec.split":         {"split-complementary: one side of the primary's opposite (%s), the accent takes the other", "complémentaire adjacente : un côté de l'opposé de la couleur principale (%s), l'accent prend l'autre"},
	"why.sec.triadic":       {"triadic: a third of the wheel from the primary (%s); the accent takes the other third", "triade : un tiers du cercle depuis la couleur principale (%s) ; l'accent prend l'autre tiers"},
	"why.sec.analogous":     {"analogous: a neighbour of the primary (%s)", "analogue : une voisine de la couleur principale (%s)"},

	// Reasons of a generated accent.
	"why.acc":               {"call to action, about 10 %%: %s; stands out from the primary by %s ΔE00; label %s at %s", "appel à l'action, environ 10 %% : %s ; se détache de la couleur principale de %s ΔE00 ; libellé %s à %s"},
	"why.acc.black":         {"black, as luxury and minimal brands use for their buttons", "noir, comme les marques de luxe et minimalistes le font pour leurs boutons"},
	"why.acc.white":         {"white, the button of a dark, bold interface", "blanc, le bouton d'une interface sombre et affirmée"},
	"why.acc.free":          {"the free hue nearest the primary's complement (%s): the usual pairings %s", "la teinte libre la plus proche du complément de la couleur principale (%s) : les accords habituels %s"},
	"why.acc.free.weak":     {"would not stand out here", "ne ressortiraient pas ici"},
	"why.acc.free.avoid":    {"are taken by avoided colours or would not stand out here", "sont pris par les couleurs évitées ou ne ressortiraient pas ici"},
	"why.acc.monopairing":   {"the one exception to the monochrome, a pairing designers use with %s (%s)", "l'unique exception au monochrome, un accord que les designers font avec une couleur principale %s (%s)"},
	"why.acc.anapairing":    {"analogous base with a pairing designers use with %s as the accent (%s)", "base analogue, avec pour accent un accord que les designers font avec une couleur principale %s (%s)"},
	"why.acc.pairing.achro": {"a pairing designers use with %s", "un accord que les designers font avec une couleur principale %s"},
	"why.acc.pairing":       {"a pairing designers use with %s (%s)", "un accord que les designers font avec une couleur principale %s (%s)"},
	"why.acc.complementary": {"complementary: the primary's opposite hue (%s)", "complémentaire : la teinte opposée à la couleur principale (%s)"},
	"why.acc.split":         {"split-complementary: the other side of the primary's opposite (%s)", "complémentaire adjacente : l'autre côté de l'opposé de la couleur principale (%s)"},
	"why.acc.triadic":       {"triadic: the other third of the wheel (%s)", "triade : l'autre tiers du cercle (%s)"},
	"why.acc.analogous":     {"analogous: the primary's other neighbour (%s), lifted in chroma and lightness", "analogue : l'autre voisine de la couleur principale (%s), plus saturée et d'une autre clarté"},
	"why.acc.mono":          {"monochrome: the chroma step of the primary's hue", "monochrome : le palier saturé de la teinte de la couleur principale"},

	// What Generate says about the options (Candidate.Notes, Warnings).
	"gen.avoid":            {"primary %s rather than %s: every %s is within %s ΔE00 (or 25° of hue) of the avoided %s; %s is the next family the tags allow", "couleur principale %s plutôt que %s : tout %s est à moins de %s ΔE00 (ou 25° de teinte) de la couleur évitée %s ; %s est la famille suivante des mots-clés"},
	"gen.base.neon":        {"the base %s is a neon (OKLCH L %s, C %s): it is kept; the palette gives it dark text, a deep secondary and a darker, calmer accent so it does not look like a rave flyer", "la base %s est un fluo (OKLCH L %s, C %s) : elle est gardée ; la palette lui donne un texte foncé, une secondaire profonde et un accent plus sombre et plus calme"},
	"gen.base.white":       {"the base %s is white or off-white (OKLCH L %s): as a fill it vanishes on a white page; the light neutral moves away from it and the accent and secondary carry the colour", "la base %s est blanche ou blanc cassé (OKLCH L %s) : en aplat, elle disparaît sur une page blanche ; le neutre clair s'en écarte et l'accent et la secondaire portent la couleur"},
	"gen.base.black":       {"the base %s is black (OKLCH L %s): the text neutral moves to a graphite at least %s ΔE00 away, and the accent is light", "la base %s est noire (OKLCH L %s) : le neutre du texte devient un graphite à au moins %s ΔE00, et l'accent est clair"},
	"gen.base.grey":        {"the base %s is a grey (OKLCH C %s): it brings no hue, so the palette takes its hue from the tags (%s) and a saturated accent carries the energy", "la base %s est un gris (OKLCH C %s) : elle n'apporte pas de teinte ; la palette la prend aux mots-clés (%s) et un accent saturé porte l'énergie"},
	"gen.note.line":        {"hueprint: note: %s", "hueprint: remarque : %s"},
	"gen.warn.line":        {"hueprint: warning: %s", "hueprint: avertissement : %s"},
	"gen.warn":             {"%s: %s", "%s : %s"},
	"gen.warn.distinct":    {"%s %s and %s %s are %s CIEDE2000 apart, under %s; tell them apart by use, or change the one you can", "%s %s et %s %s sont à %s CIEDE2000 l'une de l'autre, moins de %s ; distinguez-les par l'usage, ou changez celle que vous pouvez"},
	"gen.warn.avoid":       {"%s %s is %s CIEDE2000 from avoided %s, under %s; it is kept because you own it", "%s %s est à %s CIEDE2000 de la couleur évitée %s, moins de %s ; elle est gardée parce qu'elle vous appartient"},
	"guarantee.distinct":   {"distinct colours", "couleurs distinctes"},
	"guarantee.avoid":      {"distance from avoided colours", "distance aux couleurs évitées"},
	"guarantee.legibility": {"legibility", "lisibilité"},
	"guarantee.cvd":        {"colour-vision deficiencies", "daltonismes"},
	"guarantee.accent":     {"accent", "accent"},
	"why.dark":             {"dark neutral for text: %s on the light neutral (AAA)", "neutre foncé pour le texte : %s sur le neutre clair (AAA)"},
	"why.light":            {"light neutral for backgrounds and for text on dark colours", "neutre clair pour les fonds et le texte sur couleurs foncées"},

	// Colour names.
	"name.charcoal": {"charcoal", "anthracite"},
	"name.black":    {"black", "noir"},
	"name.white":    {"white", "blanc"},
	"name.offwhite": {"off-white", "blanc cassé"},
	"name.deep":     {"deep %s", "%s profond"},
	"name.light":    {"light %s", "%s clair"},
	"name.pale":     {"pale %s", "%s pâle"},
	"name.vivid":    {"vivid %s", "%s vif"},
	"name.muted":    {"muted %s", "%s sourd"},

	// hueprint palette.
	"palette.title":   {"Palette", "Palette"},
	"palette.variant": {"Variant %d of %d", "Variante %d sur %d"},
	"palette.head":    {"%s %q — harmony %s, style %s, score %s", "%s « %s » — harmonie %s, style %s, score %s"},
	"palette.text":    {"text", "texte"},
	"palette.rule":    {"rule", "règle"},
	"rule.line":       {"%s/%s/%s ± %s points, at most %s off-palette", "%s/%s/%s ± %s points, au plus %s hors palette"},

	// Contrast grades.
	"grade.AAA":      {"AAA", "AAA"},
	"grade.AA":       {"AA", "AA"},
	"grade.AA large": {"AA large", "AA grand texte"},
	"grade.fails AA": {"fails AA", "échoue AA"},

	// Rule problems.
	"problem.nobrand":         {"no pixel uses the primary, secondary or accent colours", "aucun pixel n'utilise la couleur principale, les secondaires ni l'accent"},
	"problem.primary.under":   {"primary is %s of the brand colours, %s points under its %s target (±%s)", "la couleur principale fait %s des couleurs de marque, %s points sous sa cible de %s (±%s)"},
	"problem.primary.over":    {"primary is %s of the brand colours, %s points over its %s target (±%s)", "la couleur principale fait %s des couleurs de marque, %s points au-dessus de sa cible de %s (±%s)"},
	"problem.secondary.under": {"secondary is %s of the brand colours, %s points under its %s target (±%s)", "les couleurs secondaires font %s des couleurs de marque, %s points sous leur cible de %s (±%s)"},
	"problem.secondary.over":  {"secondary is %s of the brand colours, %s points over its %s target (±%s)", "les couleurs secondaires font %s des couleurs de marque, %s points au-dessus de leur cible de %s (±%s)"},
	"problem.accent.under":    {"accent is %s of the brand colours, %s points under its %s target (±%s)", "l'accent fait %s des couleurs de marque, %s points sous sa cible de %s (±%s)"},
	"problem.accent.over":     {"accent is %s of the brand colours, %s points over its %s target (±%s)", "l'accent fait %s des couleurs de marque, %s points au-dessus de sa cible de %s (±%s)"},
	"problem.toolittle":       {"too little brand colour for a 60-30-10 verdict: primary, secondary and accent cover %s of the %s (at least %s needed)", "trop peu de couleurs de marque pour juger la règle 60-30-10 : la couleur principale, les secondaires et l'accent couvrent %s de %s (au moins %s)"},
	"problem.design.image":    {"image", "l'image"},
	"problem.design.photo":    {"image outside its photographs", "l'image hors photographies"},
	"problem.off":             {"%s of the image is off-palette (at most %s allowed)", "%s de l'image est hors palette (au plus %s admis)"},
	"problem.off.mostly":      {"%s of the image is off-palette, mostly %s (at most %s allowed)", "%s de l'image est hors palette, surtout %s (au plus %s admis)"},

	// hueprint check.
	"check.pass":      {"PASS", "CONFORME"},
	"check.fail":      {"FAIL", "ÉCHEC"},
	"check.error":     {"ERROR %s: %v", "ERREUR %s : %v"},
	"check.line":      {"%s %s  %dx%d  %s", "%s %s  %d×%d  %s"},
	"check.brandline": {"primary %s  secondary %s  accent %s of brand colours (brand colours %s of the image)", "principale %s  secondaires %s  accent %s des couleurs de marque (couleurs de marque %s de l'image)"},
	"check.toolittle": {"brand colours %s of the image, too little for a 60-30-10 verdict", "couleurs de marque %s de l'image, trop peu pour juger la règle 60-30-10"},
	"check.imageline": {"  ·  neutral %s  off %s", "  ·  neutres %s  hors palette %s"},
	"check.photo":     {"  photo %s", "  photo %s"},
	"check.ofimage":   {" of the image", " de l'image"},
	"check.skip":      {"SKIP  %s: %s", "IGNORÉ  %s : %s"},
	"check.skipped":   {", %d skipped", ", %d ignorés"},
	"check.summary":   {"checked %d%.0s: %d passed%.0s, %d failed%.0s, %d unreadable%.0s%s in %s s%s", "%d %s : %d %s, %d %s, %d %s%s en %s s%s"},
	"n.checked":       {"image|images", "image vérifiée|images vérifiées"},
	"n.passed":        {"passed|passed", "conforme|conformes"},
	"n.failed":        {"failed|failed", "non conforme|non conformes"},
	"n.unreadable":    {"unreadable|unreadable", "illisible|illisibles"},
	"n.problems":      {"problem|problems", "problème|problèmes"},
	"check.rate":      {", %s images/s", ", %s images/s"},
	"check.csv":       {"file,width,height,primary,secondary,accent,neutral,off,pass,problems,error,photo,brand,primary_of_brand,secondary_of_brand,accent_of_brand,skipped", "fichier,largeur,hauteur,principale,secondaire,accent,neutre,hors_palette,conforme,problemes,erreur,photo,marque,principale_de_marque,secondaire_de_marque,accent_de_marque,ignore"},

	// hueprint tags.
	"tags.meanings": {"Meanings", "Significations"},
	"tags.sectors":  {"Sectors", "Secteurs"},
	"tags.styles":   {"Styles", "Styles"},
	"tags.colors":   {"Colour words", "Mots de couleur"},
	"tags.families": {"Colour families", "Familles de couleurs"},
	"tags.style":    {"style %s", "style %s"},
	"tags.or":       {" or ", " ou "},
	"tags.also":     {"also: %s", "aussi : %s"},
	"tags.region":   {"OKLCH L %s C %s", "OKLCH L %s C %s"},
	"tags.hue":      {" H %s–%s°", " H %s–%s°"},

	// hueprint audit.
	"audit.legibility":  {"Legibility (best text colour of the palette on each colour; %s needs %s):", "Lisibilité (meilleure couleur de texte de la palette sur chaque couleur ; le niveau %s demande %s) :"},
	"audit.textline":    {"text %s  %s %-13s APCA Lc %s", "texte %s  %s %-13s APCA Lc %s"},
	"audit.cvd":         {"Colour-vision deficiencies (smallest CIEDE2000 between primary, secondary and accent, needs %s; accent on primary, needs %s or %s CIEDE2000):", "Daltonismes (plus petit CIEDE2000 entre couleur principale, secondaires et accent, au moins %s ; accent sur couleur principale, au moins %s ou %s CIEDE2000) :"},
	"audit.cvdline":     {"accent %s %5s ΔE00  %s", "accent %s %5s ΔE00  %s"},
	"audit.ok":          {"ok", "ok"},
	"audit.confusable":  {"hard to tell apart: %s", "difficiles à distinguer : %s"},
	"audit.under":       {"under %s (%s)", "sous %s (%s)"},
	"audit.accentunder": {"accent under %s and %s CIEDE2000", "accent sous %s et %s CIEDE2000"},
	"audit.sep":         {"; ", " ; "},
	"audit.accentweak":  {"accent too weak", "accent trop faible"},
	"audit.noproblem":   {"No problem found.", "Aucun problème trouvé."},
	"audit.problems":    {"%d %s:", "%d %s :"},
	"audit.note":        {"Note: %s", "Remarque : %s"},
	"audit.scheme":      {"UI scheme (light and dark, hueprint scheme):", "Thème d'interface (clair et sombre, hueprint scheme)\u202f:"},
	"audit.schemepass":  {"every pair passes in both modes", "toutes les paires passent dans les deux modes"},
	"audit.logo":        {"Logotypes are exempt from WCAG contrast requirements (SC 1.4.3): a logo in the brand colours needs no minimum contrast; text and controls do.", "Les logotypes sont exemptés des exigences de contraste des WCAG (critère 1.4.3) : un logo aux couleurs de la marque n'a pas de contraste minimal à respecter ; les textes et les commandes, si."},
	"cvd.normal":        {"normal vision", "vision normale"},
	"cvd.protanopia":    {"protanopia", "protanopie"},
	"cvd.deuteranopia":  {"deuteranopia", "deutéranopie"},
	"cvd.tritanopia":    {"tritanopia", "tritanopie"},
	"cvd.achromatopsia": {"achromatopsia", "achromatopsie"},

	// Audit findings (palette.Audit).
	"finding.legibility":  {"no text colour of the palette reaches %s (%s) on %s %s: the best, %s, gives %s", "aucune couleur de texte de la palette n'atteint %s (%s) sur %s %s : la meilleure, %s, donne %s"},
	"finding.usetext":     {"use %s instead of %s for text", "employez %s au lieu de %s pour le texte"},
	"finding.change":      {"change %s to %s", "remplacez %s par %s"},
	"finding.nofix":       {"no change of an unlocked colour fixes it", "aucun changement d'une couleur non verrouillée ne le corrige"},
	"finding.cvd":         {"with %s, %s %s and %s %s are hard to tell apart (%s CIEDE2000, under %s)", "en %s, %s %s et %s %s se distinguent mal (%s CIEDE2000, moins de %s)"},
	"finding.bothlocked":  {"both are locked: tell them apart by shape, pattern or a label", "les deux sont verrouillées : distinguez-les par la forme, un motif ou une étiquette"},
	"finding.noapart":     {"no lightness of %s fixes it and keeps it %s CIEDE2000 from the other colours: change its hue", "aucune clarté de %s ne le corrige en la gardant à %s CIEDE2000 des autres couleurs : changez sa teinte"},
	"finding.bylightness": {"no change of an unlocked colour fixes it by lightness alone", "aucun changement d'une couleur non verrouillée ne le corrige par la seule clarté"},
	"finding.changecvd":   {"change %s to %s (lighter or darker, same hue)", "remplacez %s par %s (plus clair ou plus foncé, même teinte)"},
	"finding.accent":      {"with %s the accent %s stands out from the primary %s at only %s and %s CIEDE2000 (a call to action needs %s or %s)", "en %s, l'accent %s ne ressort sur la couleur principale %s qu'à %s et %s CIEDE2000 (un appel à l'action demande %s ou %s)"},
	"finding.accentlock":  {"the accent is locked", "l'accent est verrouillé"},
	"finding.changeacc":   {"change the accent to %s", "remplacez l'accent par %s"},

	// hueprint check --report (the HTML report).
	"report.Title":            {"Brand image check", "Contrôle des images de marque"},
	"report.Palette":          {"Palette", "Palette"},
	"report.Rule":             {"Rule", "Règle"},
	"report.Summary":          {"Summary", "Résumé"},
	"report.Checked":          {"checked|checked", "vérifiée|vérifiées"},
	"report.Passed":           {"passed|passed", "conforme|conformes"},
	"report.Failed":           {"failed|failed", "non conforme|non conformes"},
	"report.Unreadable":       {"unreadable|unreadable", "illisible|illisibles"},
	"report.Seconds":          {"seconds", "secondes"},
	"report.Filter":           {"Show", "Afficher"},
	"report.All":              {"all images", "toutes les images"},
	"report.FailedOnly":       {"failed only", "non conformes seulement"},
	"report.UnreadableOnly":   {"unreadable only", "illisibles seulement"},
	"report.Sort":             {"Sort by", "Trier par"},
	"report.ByName":           {"name", "nom"},
	"report.ByOff":            {"off-palette share", "part hors palette"},
	"report.ByDistance":       {"distance from the rule", "écart à la règle"},
	"report.Pass":             {"PASS", "CONFORME"},
	"report.Fail":             {"FAIL", "NON CONFORME"},
	"report.Error":            {"UNREADABLE", "ILLISIBLE"},
	"report.Off":              {"largest off-palette colours", "principales couleurs hors palette"},
	"report.Mask":             {"off-palette mask", "masque hors palette"},
	"report.Distribution":     {"Distance from the rule across the batch", "Écart à la règle sur l'ensemble du lot"},
	"report.DistributionNote": {"largest gap between a role's share and its target, in points", "plus grand écart entre la part d'un rôle et sa cible, en points"},
	"report.Shares":           {"measured shares", "parts mesurées"},
	"report.Target":           {"target", "cible"},
	"report.NoProblem":        {"No problem: the image follows the rule.", "Aucun problème : l'image suit la règle."},
	"report.Primary":          {"primary", "principale"},
	"report.Secondary":        {"secondary", "secondaire"},
	"report.Accent":           {"accent", "accent"},
	"report.Neutral":          {"neutral", "neutre"},
	"report.OffPalette":       {"off-palette", "hors palette"},
	"report.Images":           {"images", "images"},
	"report.Points":           {"points", "points"},
	"report.Role":             {"Role", "Rôle"},
	"report.Hex":              {"Hex", "Hex"},
	"report.Name":             {"Name", "Nom"},
	"report.Image":            {"Image", "Image"},
	"report.Thumbnail":        {"Thumbnail of", "Miniature de"},
	"report.Pages":            {"Pages of images", "Pages d'images"},
	"report.Previous":         {"Previous", "Précédente"},
	"report.Next":             {"Next", "Suivante"},
	"report.Page":             {"Page", "Page"},
	"report.Colon":            {": ", " : "},
	"report.Photo":            {"photo", "photo"},
	"report.OfBrand":          {"of the brand colours", "des couleurs de marque"},
	"report.OfImage":          {"of the image", "de l'image"},
	"report.TooLittle":        {"too little brand colour for a 60-30-10 verdict", "trop peu de couleurs de marque pour juger la règle 60-30-10"},
	"report.Skipped":          {"skipped", "ignorée"},
	"report.ByProblems":       {"problems first", "problèmes d'abord"},
	"report.ByInput":          {"input order", "ordre d'entrée"},

	// Errors and hints of hueprint palette.
	"err.tag":      {"hueprint: unknown tag %q", "hueprint : mot-clé inconnu « %s »"},
	"err.meaning":  {"close in meaning: %s", "proches par le sens : %s"},
	"err.spelling": {"did you mean %s?", "vouliez-vous dire %s ?"},
	"hint.tags":    {"hueprint: hint: run 'hueprint tags' for every known tag", "hueprint : astuce : « hueprint tags --lang fr » liste tous les mots-clés"},

	// hueprint color.
	"sim.protanomaly":   {"protanomaly", "protanomalie"},
	"sim.deuteranomaly": {"deuteranomaly", "deutéranomalie"},
	"sim.tritanomaly":   {"tritanomaly", "tritanomalie"},
	"sim.partial":       {"partial %s", "%s partielle"},
	"sim.full":          {"full severity", "sévérité totale"},
	"sim.severity":      {"severity %s", "sévérité %s"},
	"sim.description":   {"Simulated %s, %s (Machado, Oliveira & Fernandes 2009): the colours are as seen with this colour-vision deficiency, not the palette's true colours.", "Simulation : %s, %s (Machado, Oliveira et Fernandes 2009) : les couleurs telles que les voit une personne atteinte de ce daltonisme, pas les vraies couleurs de la palette."},
	"sim.tag":           {"SIMULATION", "SIMULATION"},
	"sim.sub":           {"As seen with %s, simulated after Machado, Oliveira & Fernandes (2009). Not the palette's true colours.", "Vu avec une %s, simulée d'après Machado, Oliveira et Fernandes (2009). Pas les vraies couleurs de la palette."},
	"sim.subshort":      {"Simulated colours, not the palette's true colours.", "Couleurs simulées, pas les vraies couleurs de la palette."},
	"sim.true":          {"true", "vraies"},
	"sim.seen":          {"seen", "vues"},
	"card.seenas":       {"seen as %s", "vue comme %s"},
	"color.seen":        {"  seen with (Machado et al. 2009, severity %s):", "  vue avec (Machado et al. 2009, sévérité %s) :"},
	"color.nohue":       {"none", "aucune"},
	"color.name.near":   {"%s, near CSS %s (ΔE00 %s)", "%s, proche du nom CSS %s (ΔE00 %s)"},
	"color.name.css":    {"%s, CSS %s", "%s, nom CSS %s"},
	"color.input":       {"input", "saisie"},
	"color.luminance":   {"%s  (white text %s, black text %s)", "%s  (texte blanc %s, texte noir %s)"},

	// hueprint contrast.
	"contrast.passes":     {"passes", "réussit"},
	"contrast.fails":      {"fails", "échoue"},
	"contrast.pass":       {"pass", "réussi"},
	"contrast.fail":       {"fail", "échec"},
	"contrast.sample":     {"Sample text", "Texte d'exemple"},
	"contrast.pair":       {"%s on %s: %s, %s %s", "%s sur %s : %s, %s %s"},
	"contrast.level":      {"%s  needs %s", "%s  minimum %s"},
	"contrast.apca":       {"%s (advisory)", "%s (indicatif)"},
	"contrast.darker":     {"darker", "plus foncé"},
	"contrast.lighter":    {"lighter", "plus clair"},
	"contrast.suggestion": {"suggestion", "suggestion"},
	"contrast.reaches":    {"%s reaches %s at %s (same hue and chroma, %s)", "%s atteint %s à %s (même teinte et chroma, %s)"},
	"contrast.none":       {"none: %v", "aucune : %v"},
	"contrast.grid":       {"WCAG contrast ratios, text (rows) on background (columns); * passes %s", "Rapports de contraste WCAG, texte (lignes) sur fond (colonnes) ; * réussit %s"},

	"level.aa-large":  {"aa-large", "aa grand"},
	"level.aaa-large": {"aaa-large", "aaa grand"},
	"level.non-text":  {"non-text", "non textuel"},

	// hueprint extract.
	"extract.brand":       {"brand colour", "couleur de marque"},
	"extract.background":  {"background", "fond"},
	"extract.leftout":     {"background %s (%s of the image) left out; --keep-background counts it", "fond %s (%s de l'image) écarté ; --keep-background le compte"},
	"extract.transparent": {"background: transparent", "fond : transparent"},

	// Swatch and banner cards.
	"banner.line":         {"%s: %s %dx%d, %s layout; primary %s, secondary %s, accent %s of the brand colours (%s its rule)", "%s : %s %d×%d, mise en page %s ; principale %s, secondaires %s, accent %s des couleurs de marque (%s sa règle)"},
	"banner.passes":       {"passes", "respecte"},
	"banner.fails":        {"does not pass", "ne respecte pas"},
	"banner.normal":       {"normal", "texte normal"},
	"banner.large":        {"large", "grand texte"},
	"banner.text":         {"  %-8s %s %s px (%s text, floor %s px) at %s, needs %s  %q", "  %-8s %s %s px (%s, plancher %s px) à %s, minimum %s  « %s »"},
	"banner.logo":         {"  logo     %dx%d at %d,%d%s", "  logo     %d×%d à %d,%d%s"},
	"banner.plate":        {" on a %s plate", " sur un fond %s"},
	"banner.note":         {"  note: %s", "  remarque : %s"},
	"bnote.profile":       {"%s is a profile picture, shown small and in a circle: it carries the mark only, without tagline or button", "%s est une photo de profil, vue petite et dans un cercle : elle ne porte que la marque, sans accroche ni bouton"},
	"bnote.glyphs":        {"the font has no glyph for %s: left out of the render", "la police n'a pas de glyphe pour %s : laissé hors du rendu"},
	"bnote.glyph":         {"%q (U+%04X) in the %s", "« %s » (U+%04X) dans %s"},
	"bnote.reduced":       {"the %s was set at %s px, %s under its preferred %s px, to fit", "%s : taille ramenée à %s px, %s sous la taille idéale de %s px, pour tenir"},
	"bnote.logo":          {"the logo's own pixels (%s of the image) are left out of the 60-30-10 measurement", "les pixels du logo (%s de l'image) sont exclus de la mesure 60-30-10"},
	"bnote.scrim":         {"no text colour reached its contrast on the artwork under the headline; a %s panel was added behind the text", "aucune couleur de texte n'atteignait son contraste sur le visuel sous le titre ; un panneau %s a été ajouté derrière le texte"},
	"bnote.cta":           {"the button text reaches only %s on the accent %s", "le texte du bouton n'atteint que %s sur l'accent %s"},
	"bnote.role.title":    {"title", "le titre"},
	"bnote.role.tagline":  {"tagline", "l'accroche"},
	"bnote.role.cta":      {"button text", "le texte du bouton"},
	"banner.role.title":   {"title", "titre"},
	"banner.role.tagline": {"tagline", "accroche"},
	"banner.role.cta":     {"cta", "bouton"},
	"layout.diagonal":     {"diagonal", "diagonale"},
	"layout.bands":        {"bands", "bandes"},
	"layout.blocks":       {"blocks", "blocs"},
	"layout.circle":       {"circle", "cercle"},
	"card.title":          {"Palette", "Palette"},
	"swatch.done":         {"%s: palette card %dx%d", "%s : carte de palette %d×%d"},
	"card.text":           {"text %s %s %s", "texte %s %s %s"},
	"card.brand":          {"Your brand", "Votre marque"},
	"card.rule":           {"Rule %s/%s/%s ± %s points, at most %s off-palette", "Règle %s/%s/%s ± %s points, au plus %s hors palette"},
}

// frenchTemplates holds the French templates with French typography.
var frenchTemplates = func() map[string]string {
	m := make(map[string]string, len(messages))
	for k, t := range messages {
		m[k] = Typeset(French, t.FR)
	}
	return m
}()

// T returns message key in lang, formatted with args as fmt.Sprintf does.
// An unknown key is returned as "!key" so that a missing message shows in
// tests instead of vanishing.
func T(lang Lang, key string, args ...any) string {
	t, ok := messages[key]
	if !ok {
		return "!" + key
	}
	tmpl := t.EN
	if lang == French {
		tmpl = frenchTemplates[key]
	}
	if len(args) == 0 {
		return tmpl
	}
	return fmt.Sprintf(tmpl, args...)
}

// Has reports whether the catalogue has a message for key.
func Has(key string) bool { _, ok := messages[key]; return ok }

// Typeset applies French typography to s when lang is French: a no-break
// space (U+00A0) replaces the space before « : ; ! ? % » and inside
// guillemets, and is inserted where there was none before « ; ! ? ». Text
// in English is returned unchanged.
func Typeset(lang Lang, s string) string {
	if lang != French {
		return s
	}
	r := strings.NewReplacer(" :", "\u00a0:", " ;", "\u00a0;", " !", "\u00a0!", " ?", "\u00a0?",
		" %%", "\u00a0%%", "« ", "«\u00a0", " »", "\u00a0»")
	s = r.Replace(s)
	// A literal per cent sign (not a template verb such as %s) after a space.
	for i := strings.Index(s, " %"); i >= 0; {
		if i+2 == len(s) || !strings.ContainsRune("sdvqfgxXtTbceEGopU0123456789.-+#*[%", rune(s[i+2])) {
			s = s[:i] + "\u00a0" + s[i+1:]
		}
		j := strings.Index(s[i+1:], " %")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	// A ";" "!" "?" glued to the word before it gets its space too; ":" is
	// left alone, as in ratios (4,5:1) and times.
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c == ';' || c == '!' || c == '?') && i > 0 && s[i-1] != ' ' && s[i-1] != '&' &&
			!(i > 1 && s[i-2] == 0xc2 && s[i-1] == 0xa0) {
			b.WriteString("\u00a0")
		}
		b.WriteByte(c)
	}
	return b.String()
}

// NumBelow formats v like Num, with more decimals (up to 4) when v is under
// limit but would round up to it or over: 14.97 against 15 prints "14.97",
// never "15.0" beside a verdict saying it is under 15.
func NumBelow(lang Lang, v float64, prec int, limit float64) string {
	for ; prec < 4 && v < limit; prec++ {
		if r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'f', prec, 64), 64); err == nil && r < limit {
			break
		}
	}
	return Num(lang, v, prec)
}

// Num formats v with prec decimals, with a decimal comma in French.
func Num(lang Lang, v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if lang == French {
		s = strings.Replace(s, ".", ",", 1)
		s = strings.Replace(s, "-", "−", 1)
	}
	return s
}

// Percent formats a fraction (0.125) as a percentage with prec decimals:
// "12.5 %" in English, "12,5 %" with a no-break space in French.
func Percent(lang Lang, f float64, prec int) string {
	sp := " "
	if lang == French {
		sp = "\u00a0"
	}
	return Num(lang, f*100, prec) + sp + "%"
}

// Ratio formats a WCAG contrast ratio with two decimals: "4.52:1", "4,52:1".
func Ratio(lang Lang, r float64) string { return Num(lang, r, 2) + ":1" }

// Degrees formats a signed hue offset in whole degrees: "+133°", "−40°"
// (a true minus sign in French).
func Degrees(lang Lang, d float64) string {
	d = math.Round(d) + 0 // no "-0"
	if d == 0 {
		d = 0
	}
	s := Num(lang, d, 0)
	if !strings.HasPrefix(s, "-") && !strings.HasPrefix(s, "−") {
		s = "+" + s
	}
	return s + "°"
}

// RatioShort formats a ratio with one decimal: "3.9:1", "3,9:1".
func RatioShort(lang Lang, r float64) string { return Num(lang, r, 1) + ":1" }

// DefaultLang returns the language the environment asks for: HUEPRINT_LANG
// when set (en or fr), else French when the locale (LC_ALL, then
// LC_MESSAGES, then LANG, as POSIX orders them) starts with "fr", else
// English.
func DefaultLang() Lang { return LangFromEnv(os.Getenv) }

// LangFromEnv is DefaultLang reading the environment through getenv.
func LangFromEnv(getenv func(string) string) Lang {
	var l Lang
	if v := getenv("HUEPRINT_LANG"); v != "" && l.UnmarshalText([]byte(v)) == nil {
		return l
	}
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "fr") {
				return French
			}
			return English
		}
	}
	return English
}

// Keys returns the keys of the catalogue, sorted.
func Keys() []string {
	out := make([]string, 0, len(messages))
	for k := range messages {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Plural returns the form of message key (two forms, "one|many") for n
// things: French takes the singular for 0 and 1, English for 1 only.
func Plural(lang Lang, key string, n int) string {
	one, many, ok := strings.Cut(T(lang, key), "|")
	if !ok {
		return one
	}
	if n == 1 || (lang == French && n == 0) {
		return one
	}
	return many
}
