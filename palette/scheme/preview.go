package scheme

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette/psych"
)

// PreviewOptions tunes Preview. The zero value is the default.
type PreviewOptions struct {
	Name string     // the brand's name, shown in the navigation (HTML-escaped); "" means "Brand"
	Lang psych.Lang // language of the page
}

// Preview writes a self-contained HTML page (one file, no network: styles
// and script inline, system fonts, a Content-Security-Policy that forbids
// every request) that shows s on a realistic landing page: navigation, a
// hero laid out 60-30-10 (primary, secondary, accent), buttons, cards, a
// form with labels, a focus ring and error, success and warning messages, a
// table and a footer. A toggle switches light and dark, starting from the
// system's prefers-color-scheme; a side panel lists every pair of Pairs
// with its contrast ratio in the current mode, and hovering a component
// shows its pair's ratios.
func Preview(w io.Writer, s *Scheme, o PreviewOptions) error {
	lang := o.Lang
	t := func(key string) string { return previewWord(key, lang) }
	name := o.Name
	if name == "" {
		name = t("brand")
	}
	var css strings.Builder
	css.WriteString(":root{color-scheme:light;")
	vars(&css, &s.Light)
	css.WriteString("}\n[data-theme=\"dark\"]{color-scheme:dark;")
	vars(&css, &s.Dark)
	css.WriteString("}\n")
	css.WriteString(previewCSS)

	type pairView struct {
		FG, BG              string
		Label               string
		Light, Dark         string
		LightPass, DarkPass bool
		Need                string
		Text                bool
	}
	var pairs []pairView
	ratioOf := map[[2]Role]string{}
	for _, pr := range Pairs() {
		rl, rd := contrast.Ratio(s.Light[pr.FG], s.Light[pr.BG]), contrast.Ratio(s.Dark[pr.FG], s.Dark[pr.BG])
		pv := pairView{FG: pr.FG.String(), BG: pr.BG.String(), Label: fmt.Sprintf("%s %s %s", pr.FG, t("on"), pr.BG),
			Light: number(rl, lang) + ":1", Dark: number(rd, lang) + ":1", LightPass: rl >= pr.Min, DarkPass: rd >= pr.Min,
			Need: number(pr.Min, lang) + ":1", Text: pr.Text}
		pairs = append(pairs, pv)
		ratioOf[[2]Role{pr.FG, pr.BG}] = fmt.Sprintf("%s — %s %s · %s %s", pv.Label, t("light"), pv.Light, t("dark"), pv.Dark)
	}
	var textPairs, uiPairs []pairView
	for _, pv := range pairs {
		if pv.Text {
			textPairs = append(textPairs, pv)
		} else {
			uiPairs = append(uiPairs, pv)
		}
	}
	// tip is the hover text of a component drawn with fg on bg.
	tip := func(fg, bg string) string {
		var f, b Role
		if f.UnmarshalText([]byte(fg)) != nil || b.UnmarshalText([]byte(bg)) != nil {
			return ""
		}
		if r, ok := ratioOf[[2]Role{f, b}]; ok {
			return r
		}
		rl, rd := contrast.Ratio(s.Light[f], s.Light[b]), contrast.Ratio(s.Dark[f], s.Dark[b])
		return fmt.Sprintf("%s %s %s — %s %s:1 · %s %s:1", f, t("on"), b, t("light"), number(rl, lang), t("dark"), number(rd, lang))
	}
	// tipModes is the hover text of a component drawn with one pair in
	// light and another in dark (the hero).
	tipModes := func(fgL, bgL, fgD, bgD string) string {
		var a, b, c, d Role
		if a.UnmarshalText([]byte(fgL)) != nil || b.UnmarshalText([]byte(bgL)) != nil || c.UnmarshalText([]byte(fgD)) != nil || d.UnmarshalText([]byte(bgD)) != nil {
			return ""
		}
		colon := ":"
		if lang == psych.French {
			colon = "\u202f:"
		}
		return fmt.Sprintf("%s%s %s %s %s %s:1 · %s%s %s %s %s %s:1", t("light"), colon, a, t("on"), b, number(contrast.Ratio(s.Light[a], s.Light[b]), lang),
			t("dark"), colon, c, t("on"), d, number(contrast.Ratio(s.Dark[c], s.Dark[d]), lang))
	}
	script := previewScript
	sum := sha256.Sum256([]byte(script))
	data := map[string]any{
		"Lang":   map[psych.Lang]string{psych.French: "fr"}[lang],
		"Name":   name,
		"CSS":    template.CSS(css.String()),
		"Script": template.JS(script),
		"CSP": "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) +
			"'; img-src data:; base-uri 'none'; form-action 'none'",
		"TextPairs": textPairs,
		"UIPairs":   uiPairs,
		"Notes":     noteTexts(s, lang),
		"Light":     t("light"),
		"Dark":      t("dark"),
		"Labels":    map[string]string{"dark": t("toDark"), "light": t("toLight")},
	}
	tpl, err := template.New("preview").Funcs(template.FuncMap{"t": t, "tip": tip, "tipModes": tipModes}).Parse(previewHTML)
	if err != nil {
		return fmt.Errorf("scheme: preview template: %w", err)
	}
	if data["Lang"] == "" {
		data["Lang"] = "en"
	}
	var buf bytes.Buffer
	if err := tpl.Execute(&buf, data); err != nil {
		return fmt.Errorf("scheme: preview: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

func vars(b *strings.Builder, c *Colors) {
	for _, r := range allRoles {
		fmt.Fprintf(b, "--color-%s:%s;", r, c.Hex(r))
	}
}

func noteTexts(s *Scheme, lang psych.Lang) []string {
	var out []string
	for _, n := range s.Notes {
		out = append(out, n.Text(lang))
	}
	return out
}

// previewScript sets the mode from prefers-color-scheme, then lets the
// toggle switch it. The toggle is a button named "Dark mode" whose
// aria-pressed says whether dark is on (WAI-ARIA toggle button: the name
// stays, the state changes). Its hash goes in the page's
// Content-Security-Policy.
const previewScript = `
(function () {
  var root = document.documentElement;
  var button = document.getElementById('theme-toggle');
  var media = window.matchMedia('(prefers-color-scheme: dark)');
  function set(mode) {
    root.setAttribute('data-theme', mode);
    button.setAttribute('aria-pressed', mode === 'dark' ? 'true' : 'false');
    document.getElementById('mode-name').textContent = root.getAttribute(mode === 'dark' ? 'data-dark' : 'data-light');
  }
  set(media.matches ? 'dark' : 'light');
  media.addEventListener('change', function (e) { set(e.matches ? 'dark' : 'light'); });
  button.addEventListener('click', function () { set(root.getAttribute('data-theme') === 'dark' ? 'light' : 'dark'); });
  var form = document.getElementById('signup');
  form.addEventListener('submit', function (e) { e.preventDefault(); });
})();
`

const previewCSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;line-height:1.5;-webkit-text-size-adjust:100%}
body{margin:0;background:var(--color-background);color:var(--color-on-background);font-size:16px}
a{color:inherit;text-decoration-color:var(--color-primary);text-decoration-thickness:2px;text-underline-offset:3px}
:focus-visible{outline:3px solid var(--color-focus);outline-offset:2px;border-radius:6px}
.skip{position:absolute;left:-9999px;top:8px;background:var(--color-surface);color:var(--color-on-surface);padding:8px 12px;border-radius:8px;z-index:10}
.skip:focus{left:8px}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 330px;gap:32px;max-width:1360px;margin:0 auto;padding:0 32px}
header.nav{position:sticky;top:0;z-index:5;background:var(--color-background);border-bottom:1px solid var(--color-outline)}
.nav-inner{display:flex;flex-wrap:wrap;align-items:center;gap:12px 28px;max-width:1360px;margin:0 auto;padding:14px 32px}
.logo{display:flex;align-items:center;gap:10px;font-weight:750;font-size:18px;letter-spacing:-.01em;text-decoration:none;min-width:0}
.logo .name{min-width:0;overflow-wrap:anywhere}
.mark{display:inline-grid;grid-template-columns:12px 6px;grid-template-rows:9px 9px;gap:2px}
.mark i{display:block;border-radius:3px}
.mark i:nth-child(1){grid-row:span 2;background:var(--color-primary)}
.mark i:nth-child(2){background:var(--color-secondary);outline:1px solid var(--color-outline)}
.mark i:nth-child(3){background:var(--color-accent)}
.nav ul{display:flex;gap:22px;list-style:none;margin:0;padding:0}
.nav ul a{text-decoration:none;font-weight:550;color:var(--color-on-surface-muted)}
.nav ul a:hover,.nav ul a[aria-current]{color:var(--color-on-background);text-decoration:underline;text-decoration-color:var(--color-primary)}
.nav .spacer{flex:1}
.btn{display:inline-flex;align-items:center;justify-content:center;gap:8px;font:inherit;font-weight:650;font-size:15px;line-height:1;padding:13px 20px;border-radius:10px;border:1px solid transparent;cursor:pointer;text-decoration:none}
.btn-primary{background:var(--color-primary);color:var(--color-on-primary)}
.btn-secondary{background:var(--color-secondary);color:var(--color-on-secondary)}
.btn-accent{background:var(--color-accent);color:var(--color-on-accent);box-shadow:0 6px 18px -8px rgba(0,0,0,.45)}
.btn-ghost{background:transparent;color:var(--color-on-surface);border-color:var(--color-outline)}
.btn-sm{padding:9px 14px;font-size:14px}
.btn:hover{filter:brightness(1.06)}
.toggle-icon{width:16px;height:16px;border-radius:50%;background:linear-gradient(90deg,var(--color-on-surface) 50%,transparent 50%);border:2px solid var(--color-on-surface)}
main{padding:40px 0 64px;min-width:0}
.hero{display:grid;grid-template-columns:1.5fr 1fr;gap:0;border-radius:28px;overflow:hidden;background:var(--color-primary);color:var(--color-on-primary);min-height:420px}
.hero .copy{padding:56px 48px;display:flex;flex-direction:column;justify-content:center;gap:20px}
.hero :focus-visible{outline-color:var(--color-on-primary)}
.eyebrow{display:inline-flex;align-self:flex-start;align-items:center;gap:8px;font-size:13px;font-weight:650;letter-spacing:.06em;text-transform:uppercase;padding:6px 12px;border-radius:999px;background:var(--color-primary-container);color:var(--color-on-primary-container)}
[data-theme="dark"] .hero{background:var(--color-primary-container);color:var(--color-on-primary-container)}
[data-theme="dark"] .hero .btn-ghost{color:var(--color-on-primary-container);border-color:var(--color-on-primary-container)}
[data-theme="dark"] .hero :focus-visible{outline-color:var(--color-on-primary-container)}
[data-theme="dark"] .eyebrow{background:var(--color-primary);color:var(--color-on-primary)}
.hero h1{font-size:46px;line-height:1.05;letter-spacing:-.025em;margin:0;font-weight:800}
.hero p{font-size:19px;margin:0;max-width:34em}
.hero .actions{display:flex;gap:12px;flex-wrap:wrap;margin-top:8px}
.hero .btn-ghost{color:var(--color-on-primary);border-color:var(--color-on-primary)}
.art{background:var(--color-secondary);color:var(--color-on-secondary);padding:40px 36px;display:flex;flex-direction:column;justify-content:center;gap:16px}
.art .panel{background:var(--color-surface);color:var(--color-on-surface);border-radius:16px;padding:18px 20px;box-shadow:0 20px 40px -24px rgba(0,0,0,.5)}
.art .panel h2{font-size:14px;margin:0 0 12px;font-weight:650}
.bars{display:flex;align-items:flex-end;gap:10px;height:120px}
.bars span{flex:1;border-radius:6px 6px 2px 2px;background:var(--color-primary-container)}
.bars span.hi{background:var(--color-accent)}
.art .kpi{display:flex;justify-content:space-between;font-size:14px}
.art .kpi strong{font-size:24px;display:block;letter-spacing:-.02em}
.ratio-note{font-size:13px;margin:0}
section{margin-top:64px}
section>h2{font-size:28px;letter-spacing:-.015em;margin:0 0 6px}
.lead{color:var(--color-on-surface-muted);margin:0 0 24px;max-width:44em}
.row{display:flex;gap:12px;flex-wrap:wrap;align-items:center;padding:24px;border-radius:16px;background:var(--color-surface);border:1px solid var(--color-outline)}
.cards{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:20px}
.card{background:var(--color-surface);color:var(--color-on-surface);border:1px solid var(--color-outline);border-radius:16px;padding:24px;display:flex;flex-direction:column;gap:10px}
.card h3{margin:0;font-size:19px}
.card p{margin:0;color:var(--color-on-surface-muted)}
.badge{align-self:flex-start;font-size:12px;font-weight:700;padding:4px 10px;border-radius:999px;background:var(--color-primary-container);color:var(--color-on-primary-container)}
.badge.alt{background:var(--color-secondary);color:var(--color-on-secondary)}
.badge.acc{background:var(--color-accent);color:var(--color-on-accent)}
.card .more{margin-top:auto;font-weight:650}
.form-wrap{display:grid;grid-template-columns:minmax(0,1.1fr) minmax(0,1fr);gap:24px;align-items:start}
form{background:var(--color-surface);color:var(--color-on-surface);border:1px solid var(--color-outline);border-radius:16px;padding:28px;display:grid;gap:18px}
.field{display:grid;gap:6px}
label{font-weight:650;font-size:14px}
.hint{font-size:13px;color:var(--color-on-surface-muted)}
input,select{font:inherit;color:var(--color-on-surface);background:var(--color-background);border:1.5px solid var(--color-outline);border-radius:10px;padding:11px 13px;width:100%}
input::placeholder{color:var(--color-on-surface-muted);opacity:1}
input:focus-visible,select:focus-visible{outline:3px solid var(--color-focus);outline-offset:1px;border-color:var(--color-focus)}
input[aria-invalid="true"]{border-color:var(--color-error)}
input.valid{border-color:var(--color-success)}
.msg{display:flex;gap:8px;align-items:center;font-size:14px;font-weight:600}
.msg.error{color:var(--color-error)}
.msg.success{color:var(--color-success)}
.icon{flex:none;display:inline-grid;place-items:center;width:20px;height:20px;border-radius:50%;font-size:12px;font-weight:800;line-height:1}
.icon.error{background:var(--color-error);color:var(--color-on-error)}
.icon.success{background:var(--color-success);color:var(--color-on-success)}
.icon.warning{background:var(--color-warning);color:var(--color-on-warning)}
.check{display:flex;gap:10px;align-items:center;font-weight:500}
.check input{width:18px;height:18px;accent-color:var(--color-primary)}
.alerts{display:grid;gap:12px}
.alert{display:flex;gap:12px;align-items:flex-start;padding:14px 16px;border-radius:12px;font-size:15px}
.alert strong{display:block}
.alert.error{background:var(--color-error);color:var(--color-on-error)}
.alert.success{background:var(--color-success);color:var(--color-on-success)}
.alert.warning{background:var(--color-warning);color:var(--color-on-warning)}
.alert .icon{background:var(--color-surface);color:var(--color-on-surface);margin-top:1px}
table{width:100%;border-collapse:separate;border-spacing:0;background:var(--color-surface);color:var(--color-on-surface);border:1px solid var(--color-outline);border-radius:16px;overflow:hidden}
th,td{text-align:left;padding:14px 18px;border-bottom:1px solid var(--color-outline)}
tbody tr:last-child th,tbody tr:last-child td{border-bottom:0}
thead th{font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:var(--color-on-surface-muted)}
td.num{font-variant-numeric:tabular-nums}
tr.featured{background:var(--color-primary-container);color:var(--color-on-primary-container)}
tr.featured td,tr.featured th{color:var(--color-on-primary-container)}
aside.contrast{position:sticky;top:76px;align-self:start;margin-top:40px;max-height:calc(100vh - 88px);overflow:auto;background:var(--color-surface);color:var(--color-on-surface);border:1px solid var(--color-outline);border-radius:16px;padding:20px}
aside h2{font-size:17px;margin:0 0 4px}
aside p{font-size:13px;margin:0 0 14px;color:var(--color-on-surface-muted)}
aside ol{list-style:none;margin:0;padding:0;display:grid;gap:4px}
aside h3{font-size:12px;text-transform:uppercase;letter-spacing:.06em;margin:14px 0 8px;color:var(--color-on-surface-muted)}
aside li{display:grid;grid-template-columns:38px 1fr auto;gap:10px;align-items:center;font-size:12.5px;line-height:1.3}
.sample{display:grid;place-items:center;height:22px;border-radius:6px;font-weight:700;font-size:12px;border:1px solid var(--color-outline)}
.ok{color:var(--color-success);font-weight:800;margin-left:4px}
.pair-name{overflow-wrap:anywhere}
.ratio{font-variant-numeric:tabular-nums;font-weight:700}
.ratio .dark,[data-theme="dark"] .ratio .light{display:none}
[data-theme="dark"] .ratio .dark{display:inline}
.notes{margin:0;padding:0;list-style:none;display:grid;gap:8px;font-size:12.5px;line-height:1.4;color:var(--color-on-surface-muted)}
.notes li{display:block;padding-left:10px;border-left:3px solid var(--color-outline)}
footer{border-top:1px solid var(--color-outline);background:var(--color-surface);color:var(--color-on-surface-muted);margin-top:72px}
.foot{max-width:1360px;margin:0 auto;padding:32px;display:flex;gap:24px;justify-content:space-between;flex-wrap:wrap;font-size:14px;overflow-wrap:anywhere}
.foot strong{color:var(--color-on-surface)}
@media (max-width:1100px){.layout{grid-template-columns:1fr}aside.contrast{position:static;max-height:none}.hero{grid-template-columns:1fr}.cards{grid-template-columns:1fr}.form-wrap{grid-template-columns:1fr}}
@media (max-width:640px){.nav-inner{gap:10px 18px;padding:12px 16px}.layout{padding:0 16px}.hero .copy{padding:32px 24px}.hero h1{font-size:34px}table{font-size:14px}th,td{padding:10px 6px;overflow-wrap:anywhere}thead th{font-size:12px;letter-spacing:.02em}.foot{padding:24px 16px}}
`

const previewHTML = `<!doctype html>
<html lang="{{.Lang}}" data-light="{{.Light}}" data-dark="{{.Dark}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">
<meta name="generator" content="hueprint preview">
<title>{{.Name}} — {{t "title"}}</title>
<link rel="icon" href="data:,">
<style>{{.CSS}}</style>
</head>
<body>
<a class="skip" href="#main">{{t "skip"}}</a>
<header class="nav">
<div class="nav-inner">
<a class="logo" href="#main" title="{{tip "primary" "background"}}"><span class="mark" aria-hidden="true"><i></i><i></i><i></i></span><span class="name">{{.Name}}</span></a>
<nav aria-label="{{t "navLabel"}}"><ul>
<li><a href="#features" aria-current="page">{{t "navProduct"}}</a></li>
<li><a href="#pricing" title="{{tip "on-surface-muted" "background"}}">{{t "navPricing"}}</a></li>
<li><a href="#signup-title">{{t "navSignup"}}</a></li>
</ul></nav>
<span class="spacer"></span>
<button class="btn btn-ghost btn-sm" id="theme-toggle" type="button" aria-pressed="false"><span class="toggle-icon" aria-hidden="true"></span><span class="label">{{index .Labels "dark"}}</span></button>
<a class="btn btn-primary btn-sm" href="#signup-title" title="{{tip "on-primary" "primary"}}">{{t "signIn"}}</a>
</div>
</header>
<div class="layout">
<main id="main">
<div class="hero">
<div class="copy" title="{{tipModes "on-primary" "primary" "on-primary-container" "primary-container"}}">
<span class="eyebrow" title="{{tipModes "on-primary-container" "primary-container" "on-primary" "primary"}}">{{t "eyebrow"}}</span>
<h1>{{t "headline"}}</h1>
<p>{{t "sub"}}</p>
<div class="actions">
<a class="btn btn-accent" href="#signup-title" title="{{tip "on-accent" "accent"}}">{{t "cta"}}</a>
<a class="btn btn-ghost" href="#features" title="{{tipModes "on-primary" "primary" "on-primary-container" "primary-container"}}">{{t "cta2"}}</a>
</div>
</div>
<div class="art" title="{{tip "on-secondary" "secondary"}}">
<div class="panel" title="{{tip "on-surface" "surface"}}">
<h2>{{t "chart"}}</h2>
<div class="bars" aria-hidden="true"><span style="height:38%"></span><span style="height:52%"></span><span style="height:46%"></span><span style="height:64%"></span><span style="height:58%"></span><span class="hi" style="height:92%"></span></div>
</div>
<div class="kpi"><div><strong>60 %</strong>{{t "kpi1"}}</div><div><strong>30 %</strong>{{t "kpi2"}}</div><div><strong>10 %</strong>{{t "kpi3"}}</div></div>
</div>
</div>

<section aria-labelledby="buttons-title">
<h2 id="buttons-title">{{t "buttons"}}</h2>
<p class="lead">{{t "buttonsLead"}}</p>
<div class="row">
<button class="btn btn-primary" type="button" title="{{tip "on-primary" "primary"}}">{{t "bPrimary"}}</button>
<button class="btn btn-secondary" type="button" title="{{tip "on-secondary" "secondary"}}">{{t "bSecondary"}}</button>
<button class="btn btn-accent" type="button" title="{{tip "on-accent" "accent"}}">{{t "bAccent"}}</button>
<button class="btn btn-ghost" type="button" title="{{tip "outline" "surface"}}">{{t "bGhost"}}</button>
</div>
</section>

<section id="features" aria-labelledby="features-title">
<h2 id="features-title">{{t "features"}}</h2>
<p class="lead">{{t "featuresLead"}}</p>
<div class="cards">
<article class="card" title="{{tip "on-surface" "surface"}}"><span class="badge" title="{{tip "on-primary-container" "primary-container"}}">{{t "c1badge"}}</span><h3>{{t "c1"}}</h3><p title="{{tip "on-surface-muted" "surface"}}">{{t "c1text"}}</p><a class="more" href="#pricing">{{t "more"}}</a></article>
<article class="card" title="{{tip "on-surface" "surface"}}"><span class="badge alt" title="{{tip "on-secondary" "secondary"}}">{{t "c2badge"}}</span><h3>{{t "c2"}}</h3><p>{{t "c2text"}}</p><a class="more" href="#pricing">{{t "more"}}</a></article>
<article class="card" title="{{tip "on-surface" "surface"}}"><span class="badge acc" title="{{tip "on-accent" "accent"}}">{{t "c3badge"}}</span><h3>{{t "c3"}}</h3><p>{{t "c3text"}}</p><a class="more" href="#pricing">{{t "more"}}</a></article>
</div>
</section>

<section aria-labelledby="signup-title">
<h2 id="signup-title">{{t "signup"}}</h2>
<p class="lead">{{t "signupLead"}}</p>
<div class="form-wrap">
<form id="signup" novalidate>
<div class="field"><label for="f-name">{{t "fName"}}</label><input id="f-name" name="name" autocomplete="name" value="Camille Martin" class="valid" aria-describedby="f-name-ok">
<span class="msg success" id="f-name-ok" title="{{tip "success" "surface"}}"><span class="icon success" aria-hidden="true">✓</span>{{t "okName"}}</span></div>
<div class="field"><label for="f-email">{{t "fEmail"}}</label><input id="f-email" name="email" type="email" autocomplete="email" value="camille@" aria-invalid="true" aria-describedby="f-email-err">
<span class="msg error" id="f-email-err" title="{{tip "error" "surface"}}"><span class="icon error" aria-hidden="true">!</span>{{t "errEmail"}}</span></div>
<div class="field"><label for="f-team">{{t "fTeam"}}</label><select id="f-team" name="team"><option>1–10</option><option selected>11–50</option><option>51–200</option></select>
<span class="hint" title="{{tip "on-surface-muted" "surface"}}">{{t "teamHint"}}</span></div>
<label class="check"><input type="checkbox" checked> {{t "fNews"}}</label>
<div><button class="btn btn-primary" type="submit" title="{{tip "on-primary" "primary"}}">{{t "submit"}}</button></div>
</form>
<div class="alerts">
<div class="alert error" role="alert" title="{{tip "on-error" "error"}}"><span class="icon" aria-hidden="true">!</span><div><strong>{{t "aErrT"}}</strong>{{t "aErr"}}</div></div>
<div class="alert success" role="status" title="{{tip "on-success" "success"}}"><span class="icon" aria-hidden="true">✓</span><div><strong>{{t "aOkT"}}</strong>{{t "aOk"}}</div></div>
<div class="alert warning" title="{{tip "on-warning" "warning"}}"><span class="icon" aria-hidden="true">!</span><div><strong>{{t "aWarnT"}}</strong>{{t "aWarn"}}</div></div>
</div>
</div>
</section>

<section id="pricing" aria-labelledby="pricing-title">
<h2 id="pricing-title">{{t "pricing"}}</h2>
<p class="lead">{{t "pricingLead"}}</p>
<table>
<caption class="skip">{{t "pricing"}}</caption>
<thead><tr><th scope="col">{{t "plan"}}</th><th scope="col">{{t "seats"}}</th><th scope="col">{{t "exports"}}</th><th scope="col">{{t "price"}}</th></tr></thead>
<tbody>
<tr><th scope="row">{{t "p1"}}</th><td>1</td><td>CSS, SCSS</td><td class="num">0 €</td></tr>
<tr class="featured" title="{{tip "on-primary-container" "primary-container"}}"><th scope="row">{{t "p2"}}</th><td>10</td><td>CSS, Tailwind, tokens</td><td class="num">{{t "p2price"}}</td></tr>
<tr><th scope="row">{{t "p3"}}</th><td>{{t "unlimited"}}</td><td>{{t "all"}}</td><td class="num">{{t "p3price"}}</td></tr>
</tbody>
</table>
</section>
</main>

<aside class="contrast" aria-labelledby="contrast-title" tabindex="0">
<h2 id="contrast-title">{{t "contrast"}}</h2>
<p>{{t "contrastLead"}} <strong id="mode-name">{{.Light}}</strong></p>
<h3>{{t "textPairs"}}</h3>
<ol>
{{range .TextPairs}}<li data-fg="{{.FG}}" data-bg="{{.BG}}">{{if .Text}}<span class="sample" style="color:var(--color-{{.FG}});background:var(--color-{{.BG}})" aria-hidden="true">Aa</span>{{else}}<span class="sample" style="background:var(--color-{{.BG}});box-shadow:inset 0 0 0 3px var(--color-{{.FG}})" aria-hidden="true"></span>{{end}}<span class="pair-name">{{.Label}}</span><span class="ratio"><span class="light">{{.Light}}</span><span class="dark">{{.Dark}}</span></span></li>
{{end}}</ol>
<h3>{{t "uiPairs"}}</h3>
<ol>
{{range .UIPairs}}<li data-fg="{{.FG}}" data-bg="{{.BG}}"><span class="sample" style="background:var(--color-{{.BG}});box-shadow:inset 0 0 0 3px var(--color-{{.FG}})" aria-hidden="true"></span><span class="pair-name">{{.Label}}</span><span class="ratio"><span class="light">{{.Light}}</span><span class="dark">{{.Dark}}</span></span></li>
{{end}}</ol>
{{if .Notes}}<h3>{{t "notes"}}</h3><ul class="notes">{{range .Notes}}<li>{{.}}</li>{{end}}</ul>{{end}}
</aside>
</div>

<footer>
<div class="foot">
<span><strong>{{.Name}}</strong> — {{t "footer"}}</span>
<span>{{t "footer2"}}</span>
</div>
</footer>
<script>{{.Script}}</script>
</body>
</html>
`
