// Package suggest finds the nearest spelling of a mistyped name, so an error
// about an unknown analyzer or configuration key can say what was probably
// meant.
package suggest

import "strings"

// Nearest returns the candidate closest to word by Levenshtein distance,
// compared case-insensitively. ok is false when no candidate is close enough:
// the distance must be at most max(2, len(word)/3), so short words allow two
// typos and long words about one in three letters. Ties go to the earliest
// candidate, so the answer is deterministic for a fixed candidate order.
func Nearest(word string, candidates []string) (string, bool) {
	w := strings.ToLower(word)
	limit := len([]rune(w)) / 3
	if limit < 2 {
		limit = 2
	}
	best, bestDist := "", -1
	for _, c := range candidates {
		d := distance(w, strings.ToLower(c))
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	if bestDist < 0 || bestDist > limit {
		return "", false
	}
	return best, true
}

// distance is the Levenshtein edit distance between a and b, counted in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
