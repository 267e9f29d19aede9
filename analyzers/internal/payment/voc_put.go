package payment

import "strings"

// ---- PUT of a money-moving action ------------------------------------------------
//
// PUT is idempotent by HTTP's definition, so it is not a default write
// method: a PUT of a payment, a profile or a setting replaces it, and
// sending it twice leaves one. Some payment APIs still put a money-moving
// action behind PUT ("PUT /merchant/v2/projects/{p}/payments/{id}/refund",
// "PUT /orders/{id}/capture"): the server runs the action on every
// request, so a retry refunds or captures again unless a key makes it
// one. Such a PUT is a write when a literal action that moves money
// follows the id of the payment it acts on.

// putMoneyActions are the actions that move money (cancel and void do
// not: voiding twice voids once).
var putMoneyActions = map[string]bool{
	"refund": true, "refunds": true, "capture": true, "captures": true,
	"reverse": true, "reversals": true, "settle": true, "pay": true, "payout": true,
}

// putMovesMoney: method is PUT and, after the payment resource ending at
// last, an id is followed by a money-moving action segment.
func putMovesMoney(method string, p urlPath, last int) bool {
	if !strings.EqualFold(method, "PUT") || last < 0 {
		return false
	}
	if l := p.Segs[last]; last > 0 && l.Hole == nil && putMoneyActions[strings.ToLower(l.Lit)] && p.Segs[last-1].Hole != nil {
		return true // the action is a resource word itself ("/payments/{id}/refund")
	}
	sawID := false
	for i := last + 1; i < len(p.Segs); i++ {
		s := p.Segs[i]
		switch {
		case s.Hole != nil:
			sawID = true
		case sawID && putMoneyActions[strings.ToLower(s.Lit)]:
			return true
		}
	}
	return false
}
