// Package extract finds the dominant colours of an image, and the one most
// likely to be a brand's colour.
//
// The image is reduced to a weighted histogram of its colours (5 bits per
// channel, with the exact mean colour of each bin kept), then clustered by
// k-means in OKLab with a deterministic farthest-point start, so the same
// image always gives the same colours. Images above MaxSamples pixels are
// sampled on a regular grid first, which keeps a 4000x3000 photo within
// about the time of decoding it. Fully transparent pixels are ignored.
//
// A flat background around a logo (white, black, any flat colour, or
// transparency) is found from the image's border and reported apart, unless
// Options.KeepBackground is set. Clusters closer than MergeDistance
// (CIEDE2000) are merged, and small clusters that are blends of two larger
// ones (anti-aliasing fringes) are folded into them. A cluster's colour is
// the mean of its core (the bins near its densest one), so edge pixels do not
// pull it off the true colour.
//
// Colors are returned most dominant first with their shares (fractions 0–1
// of the opaque pixels, background excluded unless kept). Each also has a
// brand score that, like Material Color Utilities' seed-colour score,
// prefers chromatic, distinctive colours over large dull areas; Brand
// returns the best-scoring colour.
//
// The result also satisfies draw.Quantizer through Quantizer. Report is a
// result with its file name, the JSON of `hueprint extract`; Result.WriteText
// its text.
package extract
