// Package psych is hueprint's colour-psychology knowledge base and its
// message catalogue: brand tags in English and French, the colour families
// they point to, what each family means, the styles that audiences call for,
// the words of real briefs, and every word hueprint prints or draws.
//
// It is data only, with no I/O (DefaultLang reads the environment). The
// meanings follow brand-identity practice: blue for trust, professionalism
// and serenity (tech, finance, corporate); red for energy, passion, action
// and urgency; yellow for optimism, creativity and dynamism; green for
// nature, well-being and growth (eco, health); violet for elegance, mystery
// and spirituality (wellness, premium); black for luxury, sophistication,
// timelessness and minimalism (premium, minimalist); plus orange, pink,
// brown/earth, turquoise/teal, gold and grey, and the shades briefs name:
// navy, burgundy, beige, silver and white.
//
// Each Family is a region of OKLCH: a hue range in degrees [0, 360) (which
// may wrap through 0), a typical lightness L (0–1) and chroma C. Achromatic
// families (black, grey, silver, white) have no hue range.
//
// Tags are meanings, sectors, styles and colour words ("bleu", "navy",
// "bordeaux"): Kind says which. The brief vocabulary (Words) adds the words
// briefs use — "haut de gamme", "éco-responsable", "bio", "hôpital",
// "parfum" … — each group with the reason it stands for its tag. Lookup
// matches without regard to case, accents, hyphens, spaces or apostrophes
// ("haut de gamme" = "haut-de-gamme" = "hautdegamme"), and tries a plural
// without its final s or x. SuggestTags answers an unknown word in its own
// language: tags close in meaning from a synonym table ("soins" → santé,
// bien-être, tendresse), and tags close in spelling. Closest is the same
// spelling search over any list (commands, flags, CSS colour names).
//
// Knowledge gives the whole base in one language as a KnowledgeBase, the
// document `hueprint tags` prints: its JSON (MarshalJSON) and its text
// (WriteText).
//
// The catalogue (T, keyed messages in English and French) holds every word
// of hueprint's output; Num, Percent and Ratio format figures, with a
// decimal comma in French, and Typeset gives French its no-break spaces
// before « : ; ! ? % » and inside « ». FrenchLint finds what in a French
// text is not French, for the tests that keep it so.
package psych
