package payment

import "strings"

// ownerScoped are segments that name a payment only right after one
// subscription's or customer's id: Paddle's one-time charge ("POST
// /subscriptions/{id}/charge"), Chargebee's usages ("POST
// /subscriptions/{id}/usages"). A bare "charge" or "usages" elsewhere is
// something else (an EV charger's "/chargers/{id}/charge", a quota's
// usage), so the owner and its id are required.
var ownerScoped = map[string]bool{"charge": true, "usages": true}

// scopeOwners are the collections whose member a scoped segment acts on.
var scopeOwners = map[string]bool{"subscriptions": true, "customers": true}

// ownerScopedMatch returns the index of a scoped segment that follows
// "<owner>/{id}" in p, and whether there is one.
func ownerScopedMatch(p urlPath) (int, bool) {
	for i := 2; i < len(p.Segs); i++ {
		s, id, owner := p.Segs[i], p.Segs[i-1], p.Segs[i-2]
		if s.Hole == nil && ownerScoped[strings.ToLower(s.Lit)] && id.Hole != nil &&
			owner.Hole == nil && scopeOwners[strings.ToLower(owner.Lit)] {
			return i, true
		}
	}
	return -1, false
}
