package studio

import (
	"net/http"
	"strings"

	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette/generate"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/hueprint/hueprint/palette/render"
)

// ui is every word of the page, English then French, in one table: the
// page looks its strings up by key (data-t attributes and t() in app.js).
// French follows French typography (non-breaking spaces before : ; ? !).
var ui = map[string][2]string{
	"title":             {"hueprint studio", "hueprint studio"},
	"lede":              {"Brand palettes from colour psychology, legible by construction.", "Des palettes de marque issues de la psychologie des couleurs, lisibles par construction."},
	"tags":              {"Tags", "Mots-clés"},
	"tagsHelp":          {"Meanings, sectors and styles, e.g. trust, tech. Enter or comma adds a tag.", "Significations, secteurs et styles, p. ex. confiance, tech. Entrée ou virgule ajoute un mot-clé."},
	"tagsPlace":         {"Add a tag…", "Ajouter un mot-clé…"},
	"removeTag":         {"Remove tag", "Retirer le mot-clé"},
	"didYouMean":        {"Did you mean", "Vouliez-vous dire"},
	"k.meaning":         {"meaning", "signification"},
	"k.sector":          {"sector", "secteur"},
	"k.style":           {"style", "style"},
	"noMatch":           {"No known tag", "Aucun mot-clé connu"},
	"style":             {"Style", "Style"},
	"fromTags":          {"From the tags", "D’après les mots-clés"},
	"harmony":           {"Harmony", "Harmonie"},
	"h.auto":            {"Auto", "Automatique"},
	"h.analogous":       {"Analogous", "Analogue"},
	"h.complementary":   {"Complementary", "Complémentaire"},
	"h.split":           {"Split complementary", "Complémentaire adjacente"},
	"h.triadic":         {"Triadic", "Triadique"},
	"h.tags":            {"From the tags", "D’après les mots-clés"},
	"h.monochrome":      {"Monochrome", "Monochrome"},
	"secondaries":       {"Secondaries", "Secondaires"},
	"base":              {"Base colour", "Couleur de base"},
	"baseHelp":          {"The brand’s primary, kept verbatim", "La couleur principale de la marque, gardée telle quelle"},
	"clear":             {"Clear", "Effacer"},
	"avoid":             {"Avoid", "À éviter"},
	"avoidHelp":         {"Competitors’ colours, comma-separated", "Couleurs des concurrents, séparées par des virgules"},
	"seed":              {"Seed", "Graine"},
	"variants":          {"Variants", "Variantes"},
	"regenerate":        {"Regenerate", "Régénérer"},
	"spaceHint":         {"Space regenerates the unlocked colours", "Espace régénère les couleurs non verrouillées"},
	"lock":              {"Lock", "Verrouiller"},
	"unlock":            {"Unlock", "Déverrouiller"},
	"copy":              {"Copy", "Copier"},
	"copied":            {"Copied", "Copié"},
	"r.primary":         {"primary", "principale"},
	"r.secondary":       {"secondary", "secondaire"},
	"r.accent":          {"accent", "accent"},
	"r.neutral":         {"neutral", "neutre"},
	"text":              {"text", "texte"},
	"score":             {"score", "score"},
	"variantsHead":      {"Variants, best first", "Variantes, la meilleure d’abord"},
	"minText":           {"Text ≥ %s:1 on every colour", "Texte ≥ %s:1 sur chaque couleur"},
	"show":              {"Show", "Afficher"},
	"shown":             {"Shown", "Affichée"},
	"guarantees":        {"Every palette: neutral text passes WCAG AA on each colour, dark on light passes AAA, the accent stands out from the primary (3:1 or 25 ΔE00) and every two colours are 10 ΔE00 apart.", "Chaque palette : le texte neutre passe WCAG AA sur chaque couleur, le foncé sur le clair passe AAA, l’accent se détache de la couleur principale (3:1 ou 25 ΔE00) et deux couleurs sont toujours à 10 ΔE00 l’une de l’autre."},
	"previews":          {"Previews", "Aperçus"},
	"vision":            {"Colour vision", "Vision des couleurs"},
	"cvd.none":          {"Typical", "Typique"},
	"cvd.protanopia":    {"Protanopia", "Protanopie"},
	"cvd.deuteranopia":  {"Deuteranopia", "Deutéranopie"},
	"cvd.tritanopia":    {"Tritanopia", "Tritanopie"},
	"cvd.achromatopsia": {"Achromatopsia", "Achromatopsie"},
	"simulated":         {"Simulated", "Simulé"},
	"card":              {"Palette card", "Carte de la palette"},
	"banner":            {"Banner", "Bannière"},
	"preset":            {"Format", "Format"},
	"headline":          {"Headline", "Titre"},
	"tagline":           {"Tagline", "Accroche"},
	"cta":               {"Button", "Bouton"},
	"contrast":          {"Contrast grid", "Grille de contraste"},
	"contrastHelp":      {"Text (rows) on background (columns): WCAG 2.x ratio, then APCA Lc.", "Texte (lignes) sur fond (colonnes) : ratio WCAG 2.x, puis Lc APCA."},
	"on":                {"on", "sur"},
	"scheme":            {"UI scheme, light and dark", "Thème d’interface, clair et sombre"},
	"schemeHelp":        {"The light and dark schemes of hueprint scheme: every pair below reaches its WCAG minimum (4.5:1 for text, 3:1 for borders and focus) in both modes.", "Les thèmes clair et sombre de hueprint scheme : chaque paire ci-dessous atteint son minimum WCAG (4,5:1 pour le texte, 3:1 pour les bordures et le focus) dans les deux modes."},
	"mode":              {"Mode", "Mode"},
	"light":             {"Light", "Clair"},
	"dark":              {"Dark", "Sombre"},
	"schemePage":        {"Landing page in the scheme (hueprint preview)", "Page d’accueil dans le thème (hueprint preview)"},
	"schemePageHelp":    {"The page hueprint preview writes, sandboxed: its own toggle works too.", "La page qu’écrit hueprint preview, isolée : son propre bouton fonctionne aussi."},
	"schemeOpen":        {"Open the page on its own", "Ouvrir la page seule"},
	"schemeRoles":       {"Roles", "Rôles"},
	"schemePairs":       {"Pairs and their ratios", "Paires et leurs ratios"},
	"notes":             {"Notes", "Notes"},
	"noNotes":           {"No note: every brand colour is used verbatim in the light scheme.", "Aucune note : chaque couleur de la marque est utilisée telle quelle dans le thème clair."},
	"need":              {"needs", "requis"},
	"schemeSim":         {"swatches, ratios and the page as seen; hex codes and notes are the scheme’s own.", "pastilles, ratios et page tels que perçus ; les codes hexadécimaux et les notes sont ceux du thème."},
	"schemeExport":      {"UI scheme, light and dark (export --scheme; default prefix color)", "Thème d’interface, clair et sombre (export --scheme ; préfixe par défaut color)"},
	"export":            {"Export", "Exporter"},
	"exportHelp":        {"The same files as hueprint export, byte for byte.", "Les mêmes fichiers que hueprint export, à l’octet près."},
	"ramps":             {"Tonal ramps 50–950", "Rampes tonales 50–950"},
	"prefix":            {"Prefix", "Préfixe"},
	"prefixHelp":        {"of variables: letters, digits, -", "des variables : lettres, chiffres, -"},
	"kit":               {"Every banner (ZIP)", "Toutes les bannières (ZIP)"},
	"check":             {"Check images", "Vérifier des images"},
	"checkHelp":         {"Drop brand images: the same numbers as hueprint check. Files stay in memory.", "Déposez des images de marque : les mêmes chiffres que hueprint check. Les fichiers restent en mémoire."},
	"dropImages":        {"Drop images here or choose files", "Déposez des images ici ou choisissez des fichiers"},
	"fromImage":         {"Start from a logo", "Partir d’un logo"},
	"fromImageHelp":     {"Drop a logo: its brand colour becomes the base, as palette --from-image.", "Déposez un logo : sa couleur de marque devient la base, comme palette --from-image."},
	"dropLogo":          {"Drop a logo here or choose a file", "Déposez un logo ici ou choisissez un fichier"},
	"brandOf":           {"Brand colour of", "Couleur de marque de"},
	"pass":              {"passes", "conforme"},
	"fail":              {"does not pass", "non conforme"},
	"off":               {"off-palette", "hors palette"},
	"mask":              {"Mask: off-palette pixels in colour", "Masque : pixels hors palette en couleur"},
	"cli":               {"The same palette from the command line", "La même palette en ligne de commande"},
	"language":          {"Français", "English"},
	"languageName":      {"Language", "Langue"},
	"error":             {"Error", "Erreur"},
	"loading":           {"Working…", "Calcul…"},
	"options":           {"Options", "Options"},
	"palette":           {"Palette", "Palette"},
}

type tagJSON struct {
	ID   string `json:"id"`
	EN   string `json:"en"`
	FR   string `json:"fr"`
	Kind string `json:"kind"`
}

// handleMeta gives the page what it needs before the first palette: its
// words in both languages, the tags, styles, harmonies, presets, export
// formats and deficiencies.
func (s *server) handleMeta(w http.ResponseWriter, r *http.Request) {
	type nameJSON struct {
		ID string `json:"id"`
		EN string `json:"en"`
		FR string `json:"fr"`
	}
	type presetJSON struct {
		Name   string `json:"name"`
		Title  string `json:"title"`
		Width  int    `json:"width"`
		Height int    `json:"height"`
	}
	resp := struct {
		Strings   map[string]map[string]string `json:"strings"`
		Tags      []tagJSON                    `json:"tags"`
		Styles    []nameJSON                   `json:"styles"`
		Harmonies []string                     `json:"harmonies"`
		Presets   []presetJSON                 `json:"presets"`
		Layouts   []render.Layout              `json:"layouts"`
		Formats   []string                     `json:"formats"`
		Scheme    []string                     `json:"scheme_formats"`
		CVD       []string                     `json:"cvd"`
	}{Strings: map[string]map[string]string{"en": {}, "fr": {}}, Layouts: render.Layouts(), Formats: exportFormats, Scheme: schemeFormats}
	for k, v := range ui {
		resp.Strings["en"][k], resp.Strings["fr"][k] = v[0], v[1]
	}
	for _, t := range psych.Tags() {
		resp.Tags = append(resp.Tags, tagJSON{t.ID, t.Name.EN, t.Name.FR, t.Kind.String()})
	}
	for _, st := range psych.Styles() {
		resp.Styles = append(resp.Styles, nameJSON{st.ID, st.Name.EN, st.Name.FR})
	}
	for h := generate.Auto; h < 32; h++ {
		var back generate.Harmony
		if back.UnmarshalText([]byte(h.String())) != nil || back != h {
			break
		}
		resp.Harmonies = append(resp.Harmonies, h.String())
	}
	for _, p := range render.Presets() {
		resp.Presets = append(resp.Presets, presetJSON{p.Name, p.Title, p.Width, p.Height})
	}
	for _, k := range cvd.Kinds() {
		resp.CVD = append(resp.CVD, k.String())
	}
	w.Header().Set("Cache-Control", "max-age=60")
	writeJSON(w, resp)
}

// handleSuggest completes a tag as it is typed: known tags and aliases, in
// either language, that start with (then contain) the text; when none
// does, the nearest known names ("did you mean").
func (s *server) handleSuggest(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var lang psych.Lang
	if v := q.Get("lang"); v != "" {
		if err := lang.UnmarshalText([]byte(v)); err != nil {
			writeError(w, http.StatusBadRequest, "studio: lang="+quote(v)+": want en or fr")
			return
		}
	}
	text := strings.TrimSpace(q.Get("q"))
	if len(text) > maxTagLength {
		writeError(w, http.StatusBadRequest, "studio: q: want at most 64 bytes")
		return
	}
	resp := struct {
		Matches    []tagJSON `json:"matches"`
		DidYouMean []string  `json:"did_you_mean"`
	}{Matches: []tagJSON{}, DidYouMean: []string{}}
	n := psych.Normalize(text)
	if n == "" {
		writeJSON(w, resp)
		return
	}
	var prefix, inside []tagJSON
	for _, t := range psych.Tags() {
		tj := tagJSON{t.ID, t.Name.EN, t.Name.FR, t.Kind.String()}
		names := append([]string{t.Name.In(lang), t.Name.EN, t.Name.FR, t.ID}, t.Aliases...)
		best := 2
		for _, name := range names {
			nn := psych.Normalize(name)
			if strings.HasPrefix(nn, n) {
				best = 0
				break
			}
			if strings.Contains(nn, n) {
				best = min(best, 1)
			}
		}
		switch best {
		case 0:
			prefix = append(prefix, tj)
		case 1:
			inside = append(inside, tj)
		}
	}
	resp.Matches = append(prefix, inside...)
	if len(resp.Matches) > 8 {
		resp.Matches = resp.Matches[:8]
	}
	if len(resp.Matches) == 0 {
		if _, ok := psych.Lookup(text); !ok {
			resp.DidYouMean = psych.Suggest(text, 3)
		}
	}
	writeJSON(w, resp)
}

func quote(s string) string {
	if len(s) > 64 {
		s = s[:64]
	}
	return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
}
