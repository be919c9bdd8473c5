package render

import (
	"fmt"
	"image"
	"strings"
)

// Preset is a published image format with its safe zone: the part of the
// image that stays visible whatever the device crops or the profile picture
// covers. Presets are dated data: platforms change them.
type Preset struct {
	Name    string          // the name scripts use: "x-header"
	Title   string          // what people call it
	Width   int             // pixels
	Height  int             // pixels
	Safe    image.Rectangle // the safe zone, in pixels
	Layout  Layout          // the default layout
	Profile bool            // a profile picture: shown small, in a circle; it carries a mark only
	Source  string          // where the size and safe zone come from
	Checked string          // when they were checked, YYYY-MM-DD
}

const (
	checked    = "2026-11-28"
	checkedNew = "2026-11-30" // the formats added with issue 18
)

// The presets. Where a platform publishes no safe zone, the one used is the
// usual design practice, named as such in Source.
var presets = []Preset{
	{Name: "x-header", Title: "X (Twitter) header", Width: 1500, Height: 500, Safe: image.Rect(420, 60, 1440, 440), Layout: Diagonal,
		Source: "X Help Center, profile header 1500x500; the profile photo covers the lower left and phones crop about 60 px top and bottom (design practice)", Checked: checked},
	{Name: "x-profile", Title: "X (Twitter) profile photo", Width: 400, Height: 400, Safe: image.Rect(59, 59, 341, 341), Layout: Mark, Profile: true,
		Source: "X Help Center, profile photo 400x400, shown in a circle: the safe zone is the inscribed square", Checked: checked},
	{Name: "linkedin-banner", Title: "LinkedIn personal background", Width: 1584, Height: 396, Safe: image.Rect(560, 30, 1554, 366), Layout: Diagonal,
		Source: "LinkedIn Help, background photo 1584x396; the profile photo covers the left third on desktop (design practice)", Checked: checked},
	{Name: "linkedin-company", Title: "LinkedIn company cover", Width: 1128, Height: 191, Safe: image.Rect(300, 16, 1108, 175), Layout: Bands,
		Source: "LinkedIn Pages Help, cover image 1128x191; the logo covers the lower left (design practice)", Checked: checked},
	{Name: "facebook-cover", Title: "Facebook Page cover", Width: 851, Height: 315, Safe: image.Rect(106, 30, 745, 285), Layout: Diagonal,
		Source: "Meta Business Help, cover shown at 820x312 on desktop and 640x360 on phones; 851x315 is the common upload size and other guides say 820x312: phones keep the central 640 px", Checked: checked},
	{Name: "youtube-banner", Title: "YouTube channel banner", Width: 2560, Height: 1440, Safe: image.Rect(507, 508, 2053, 931), Layout: Bands,
		Source: "YouTube Help, channel banner 2560x1440 with a 1546x423 centred area safe on all devices", Checked: checked},
	{Name: "instagram-post", Title: "Instagram square post", Width: 1080, Height: 1080, Safe: image.Rect(60, 60, 1020, 1020), Layout: Blocks,
		Source: "Instagram Help, square post 1080x1080; 60 px margins (design practice)", Checked: checked},
	{Name: "instagram-portrait", Title: "Instagram portrait post", Width: 1080, Height: 1350, Safe: image.Rect(60, 60, 1020, 1290), Layout: Blocks,
		Source: "Instagram Help, portrait post 1080x1350 (4:5); 60 px margins (design practice)", Checked: checked},
	{Name: "instagram-story", Title: "Instagram story", Width: 1080, Height: 1920, Safe: image.Rect(60, 250, 1020, 1580), Layout: Blocks,
		Source: "Instagram Help, story 1080x1920; the top 250 px and bottom 340 px hold the app's controls (design practice)", Checked: checked},
	{Name: "pinterest-pin", Title: "Pinterest standard pin", Width: 1000, Height: 1500, Safe: image.Rect(50, 50, 950, 1400), Layout: Blocks,
		Source: "Pinterest Help, standard pin 1000x1500 (2:3); the lower right holds buttons (design practice)", Checked: checked},
	{Name: "og-image", Title: "Open Graph link preview", Width: 1200, Height: 630, Safe: image.Rect(60, 40, 1140, 590), Layout: Diagonal,
		Source: "Open Graph protocol og:image, 1200x630 (1.91:1) as Facebook and LinkedIn recommend; 60 px margins (design practice)", Checked: checked},
	{Name: "youtube-thumbnail", Title: "YouTube video thumbnail", Width: 1280, Height: 720, Safe: image.Rect(64, 48, 1216, 616), Layout: Diagonal,
		Source: "YouTube Help, custom thumbnail 1280x720 (16:9); the video length badge covers the lower right, so the bottom 104 px are kept clear (design practice)", Checked: checkedNew},
	{Name: "x-post", Title: "X (Twitter) post image", Width: 1600, Height: 900, Safe: image.Rect(80, 60, 1520, 840), Layout: Diagonal,
		Source: "X Business, single image post 1600x900 (16:9) shown uncropped in the timeline; 5 % margins (design practice)", Checked: checkedNew},
	{Name: "linkedin-post", Title: "LinkedIn feed post image", Width: 1200, Height: 627, Safe: image.Rect(60, 40, 1140, 587), Layout: Diagonal,
		Source: "LinkedIn Marketing Solutions, single image ad and shared image 1200x627 (1.91:1); 60 px margins (design practice)", Checked: checkedNew},
	{Name: "facebook-post", Title: "Facebook feed post", Width: 1080, Height: 1350, Safe: image.Rect(108, 108, 972, 1242), Layout: Blocks,
		Source: "Meta Business Help, feed images from 1.91:1 to 4:5, 1080x1350 (4:5) fills the most of the mobile feed; 10 % margins against feed rounding and shared crops (design practice)", Checked: checkedNew},
	{Name: "tiktok-video", Title: "TikTok video cover", Width: 1080, Height: 1920, Safe: image.Rect(60, 250, 910, 1500), Layout: Blocks,
		Source: "TikTok Creative Center, in-feed 1080x1920 (9:16); the app's tabs cover the top 250 px, the caption, sound and CTA the bottom 420 px, and the like, comment and share column the right 170 px (design practice, TikTok safe-zone overlays)", Checked: checkedNew},
}

// Presets returns every preset, in a fixed order.
func Presets() []Preset { return append([]Preset(nil), presets...) }

// PresetByName returns the preset of that name.
func PresetByName(name string) (Preset, bool) {
	n := strings.ToLower(strings.TrimSpace(name))
	for _, p := range presets {
		if p.Name == n {
			return p, true
		}
	}
	return Preset{}, false
}

// CustomPreset returns a preset for any size, with 5 % margins as its safe
// zone and the layout that suits its shape.
func CustomPreset(w, h int) (Preset, error) {
	if w < 64 || h < 64 || w > 10000 || h > 10000 {
		return Preset{}, fmt.Errorf("render: size %dx%d: want 64 to 10000 pixels a side", w, h)
	}
	mx, my := w/20, h/20
	p := Preset{Name: fmt.Sprintf("%dx%d", w, h), Title: "custom size", Width: w, Height: h,
		Safe: image.Rect(mx, my, w-mx, h-my), Source: "custom size, 5 % margins", Checked: checked}
	if float64(w)/float64(h) >= wideRatio {
		p.Layout = Diagonal
	} else {
		p.Layout = Blocks
	}
	return p, nil
}

// wideRatio is the width-to-height ratio from which a format is laid out
// as a wide banner (text beside a panel) rather than as a poster.
const wideRatio = 1.3
