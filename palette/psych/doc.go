// Package psych is hueprint's colour-psychology knowledge base: brand tags in
// English and French, the colour families they point to, what each family
// means, and the styles that audiences call for.
//
// It is data only, with no I/O. The meanings follow brand-identity practice:
// blue for trust, professionalism and serenity (tech, finance, corporate); red
// for energy, passion, action and urgency; yellow for optimism, creativity and
// dynamism; green for nature, well-being and growth (eco, health); violet for
// elegance, mystery and spirituality (wellness, premium); black for luxury,
// sophistication, timelessness and minimalism; plus orange, pink,
// brown/earth, turquoise/teal, gold and grey/white.
//
// Each Family is a region of OKLCH: a hue range in degrees [0, 360) (which
// may wrap through 0), a typical lightness L (0–1) and chroma C. Achromatic
// families (black, grey) have no hue range.
//
// Tags are matched without regard to case or accents ("energie" is
// "énergie"), with "-", "_" and spaces alike. Lookup returns a Tag; Suggest
// returns the nearest known tags for a typo.
package psych
